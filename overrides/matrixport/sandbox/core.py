"""The sandbox's request handling, independent of how requests arrive (ASGI server or httpx transport).

A request goes: control endpoints (`/__sandbox/...`, see `control.py`) or an operation of the
spec -> the judge (access key, timestamp, signature) -> the spec's parameter checks -> an
error code asked for with `Prefer: code=...` -> a fault refusing it before it acts (429) ->
due state changes (the clock passed a settlement) -> a repeated idempotency key -> the
document's state model -> the ledger -> a fault after it acted (500, drop, delay, garbage).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import _json
from .clock import SandboxClock
from .faults import Faults
from .judge import PARAMETER_ERROR, TIMESTAMP_WINDOW_MS, Judge, Refused
from .ledger import ACTED, REPEAT, Ledger
from .models.base import ApiError, Call, Raw
from .spec import Spec, SpecOperation, Validator, bundled_spec
from .store import Customer, Store
from .world import DEFAULT_KEYS, World

log = logging.getLogger("matrixport.sandbox")

IN_PROCESS = "in-process"
"""The peer of requests that come through the in-process transports (trusted like loopback)."""

GARBAGE = b'{"code": 0, "message": "", "data": {"trunc'
SERVER_ERROR_PAGE = b"<html><body><h1>500 Internal Server Error</h1></body></html>"
_ANONYMOUS = Customer("", "")


@dataclass
class SandboxRequest:
    method: str
    path: str
    query: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    """Header names in lower case."""
    body: bytes = b""
    client: str | None = None
    """The peer's address (`IN_PROCESS` for the in-process transports); None when unknown."""


@dataclass
class SandboxResponse:
    status: int
    body: bytes
    media_type: str = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)
    fault: str | None = None
    """The fault this answer carries; `drop` and `delay` tell the server or transport how to fail."""
    delay: float = 0.0


def json_response(value: Any, status: int = 200) -> SandboxResponse:
    return SandboxResponse(status, _json.dumps(value))


class SandboxCore:
    """One sandbox: its state, clock, keys, faults and ledger, answering requests."""

    def __init__(
        self,
        *,
        state: str | Path | None = None,
        keys: Mapping[str, str] | None = None,
        clock: SandboxClock | None = None,
        faults: Faults | None = None,
        validate: bool = True,
        timestamp_window_ms: int = TIMESTAMP_WINDOW_MS,
        admin_token: str | None = None,
        spec: Spec | None = None,
    ) -> None:
        self.spec = spec or bundled_spec()
        self.store = Store(state)
        self.clock = clock or SandboxClock()
        self.world = World(self.store, self.clock, self.spec)
        self.configured_keys = dict(DEFAULT_KEYS if keys is None else keys)
        self.world.ensure_keys(self.configured_keys)
        self.judge = Judge(self.store.secret_for, window_ms=timestamp_window_ms)
        self.validator = Validator(self.spec) if validate else None
        self.faults = faults or Faults()
        self.admin_token = admin_token or secrets.token_urlsafe(24)
        self.ledger = Ledger(self.store)
        from .control import Control

        self._control = Control(self)

    def close(self) -> None:
        self.store.close()

    def keys_user(self, access_key: str) -> str:
        customer = self.store.customer(access_key)
        return customer.user_id if customer else "?"

    def reset(self) -> None:
        """Back to a fresh state: no records, no ledger, the configured keys re-created, no faults."""
        self.store.wipe()
        self.clock.reset()
        self.world = World(self.store, self.clock, self.spec)
        self.world.ensure_keys(self.configured_keys)
        self.faults = Faults()

    # ---- requests ----------------------------------------------------------------------------

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        try:
            if request.path == "/__sandbox" or request.path.startswith("/__sandbox/"):
                return self._control.handle(request)
            return self._operation(request)
        except Exception:
            log.exception("sandbox error on %s %s", request.method, request.path)
            return json_response({"code": 500, "message": "sandbox internal error (see its log)"}, 500)

    def _operation(self, request: SandboxRequest) -> SandboxResponse:
        routed = self.spec.route(request.method, request.path)
        if routed is None:
            return json_response(
                {"code": 404, "message": f"no operation {request.method} {request.path} in the spec"}, 404
            )
        op, path_params = routed
        document = self.spec.documents[op.document]
        customer = _ANONYMOUS
        try:
            if op.signed:
                signed = self.judge.check(
                    request.method, request.path, request.query, request.body, request.headers
                )
                customer = self.store.customer(signed.access_key) or _ANONYMOUS
        except Refused as refusal:
            return self._envelope(refusal.code, refusal.message)
        if self.validator is not None:
            problems = self.validator.problems(op, request.query, request.headers, request.body, path_params)
            if problems is not None:
                return self._envelope(PARAMETER_ERROR, f"Verify signature parameter error: {problems}")
        requested = _requested_code(request.headers)
        if requested is not None:
            return self._envelope(requested, document.message(requested))
        fault = self.faults.draw(op.key)
        if fault == "429":
            return SandboxResponse(
                429, b'{"code":429,"message":"too many requests"}', headers=[("retry-after", "0")]
            )
        try:
            params = _params(request)
        except ValueError as error:
            return self._envelope(PARAMETER_ERROR, f"Verify signature parameter error: {error}")
        response = self._act(op, customer, params, path_params, request.headers.get("x-request-id"))
        return _after(fault, response, self.faults.delay)

    def _act(
        self,
        op: SpecOperation,
        customer: Customer,
        params: dict[str, Any],
        path_params: Mapping[str, str],
        request_id: str | None,
    ) -> SandboxResponse:
        document = self.spec.documents[op.document]
        model = self.world.models.get(op.document)
        now = self.clock.now_ms()
        self.world.tick(now)
        key = params.get(op.idempotency_key) if op.idempotency_key and op.side_effects else None
        key = None if key in (None, "") else str(key)
        repeat: tuple[int, str] | None = None
        try:
            with self.store.transaction():
                if key is not None and customer is not _ANONYMOUS:
                    seen, outcome = self.store.key_outcome(
                        customer.user_id, op.document, op.operation_id, key
                    )
                    if seen:
                        code = model.duplicate_code(op) if model else None
                        self.store.add_ledger(
                            op.document, op.operation_id, customer, REPEAT, key, request_id, now, code
                        )
                        if code is None:  # no documented refusal: the first answer again (a file is not kept)
                            return self._render(op, self._file(op) if op.binary else outcome)
                        repeat = (code, f"{op.idempotency_key} {key!r} was used already")
                if repeat is None:
                    call = Call(op, customer, params, now, path_params)
                    handler = model.handler(op.operation_id) if model else None
                    data = handler(call) if handler else self._example(op, call)
                    if op.side_effects and customer is not _ANONYMOUS:
                        result = None if isinstance(data, Raw) else data
                        if key is not None:
                            self.store.remember_key(
                                customer.user_id, op.document, op.operation_id, key, result, now
                            )
                        self.store.add_ledger(
                            op.document, op.operation_id, customer, ACTED, key, request_id, now, result
                        )
        except ApiError as error:
            message = document.message(error.code)
            return self._envelope(
                error.code, f"{message.rstrip('.')}: {error.detail}" if error.detail else message
            )
        if repeat is not None:
            return self._envelope(repeat[0], f"{document.message(repeat[0]).rstrip('.')}: {repeat[1]}")
        return self._render(op, data)

    def _render(self, op: SpecOperation, data: Any) -> SandboxResponse:
        if isinstance(data, Raw):
            return SandboxResponse(200, data.body, data.media_type, list(data.headers))
        if op.envelope:
            return json_response({"code": 0, "message": "", "data": data})
        return json_response(data)

    @staticmethod
    def _envelope(code: int, message: str) -> SandboxResponse:
        return json_response({"code": code, "message": message, "data": None})

    @staticmethod
    def _file(op: SpecOperation) -> Raw:
        """The documented file an operation that answers a file (not JSON) sends."""
        return Raw(str(op.example or "").encode(), op.media_type)

    @staticmethod
    def _example(op: SpecOperation, call: Call) -> Any:
        """The documented example, paged for real when the operation pages (offset/limit).

        The example itself is answered (nothing downstream changes an answer in place); a page is a
        new object over it.
        """
        if op.binary:
            return SandboxCore._file(op)
        data = op.example
        paging = op.pagination or {}
        if paging.get("style") == "offset" and isinstance(data, dict):
            items = list(data.get(paging["items"]) or [])
            offset = call.integer(paging["offset_parameter"], 0)
            limit = call.integer(paging["limit_parameter"], len(items))
            data = {**data, paging["items"]: items[offset : offset + limit], paging["total"]: len(items)}
        return data


def _requested_code(headers: Mapping[str, str]) -> int | None:
    for part in headers.get("prefer", "").split(","):
        name, _, value = part.strip().partition("=")
        if name == "code" and value.strip().lstrip("-").isdigit():
            return int(value)
    return None


def _params(request: SandboxRequest) -> dict[str, Any]:
    if request.method == "GET" or not request.body:
        params: dict[str, Any] = {}
        for name, value in request.query:
            if name in params:
                previous = params[name]
                params[name] = [*previous, value] if isinstance(previous, list) else [previous, value]
            else:
                params[name] = value
        return params
    decoded = _json.loads(request.body)
    if not isinstance(decoded, dict):
        raise ValueError("the body is not a JSON object")
    return decoded


def _after(fault: str | None, response: SandboxResponse, delay: float) -> SandboxResponse:
    """A fault that strikes after the operation acted: the answer is lost one way or another."""
    if fault == "500":
        return SandboxResponse(500, SERVER_ERROR_PAGE, "text/html", fault=fault)
    if fault == "garbage":
        return SandboxResponse(200, GARBAGE, fault=fault)
    if fault in ("drop", "delay"):
        response.fault = fault
        response.delay = delay
    return response
