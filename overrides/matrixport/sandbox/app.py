"""The sandbox's ASGI application (see the package docstring)."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.contrib.starlette.requests import StarletteOpenAPIRequest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .._convert import decimal_from_wire, json_dumps, json_loads
from .._signing import ACCESS_KEY_HEADER, SIGNATURE_HEADER, sign, system_clock
from .faults import KINDS, Faults, after, before

TIMESTAMP_WINDOW_MS = 5_000
SAMPLE_FILE = b"%PDF-1.4\n% Matrixport sandbox sample file\n%%EOF\n"
"""What a file download (a non-JSON response without a documented example) returns."""
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class SandboxKeys:
    """Test credentials the sandbox accepts: access key -> secret key."""

    pairs: dict[str, str] = field(default_factory=lambda: {"sandbox-access-key": "sandbox-secret-key"})


@dataclass
class _Operation:
    document: str
    operation_id: str
    method: str
    pattern: re.Pattern[str]
    signed: bool
    spec: dict[str, Any]
    errors: dict[int, str]
    validator: OpenAPI
    side_effects: bool
    idempotency_key: str | None

    def example(self) -> tuple[bytes, str]:
        content = self.spec["responses"]["200"].get("content", {})
        for media_type, media in content.items():
            examples = media.get("examples") or {}
            if examples:
                value = next(iter(examples.values()))["value"]
                if media_type == "application/json":
                    return json_dumps(value), media_type
                return str(value).encode("utf-8"), media_type
            if media_type != "application/json":
                return SAMPLE_FILE, media_type
        return json_dumps({"code": 0, "message": "", "data": None}), "application/json"


def _is_decimal(value: object) -> bool:
    try:
        decimal_from_wire(value)
    except (TypeError, ValueError):
        return False
    return True


def _is_e8(value: object) -> bool:
    if isinstance(value, str):
        return value.isdigit()
    return isinstance(value, int) and not isinstance(value, bool)


# The spec's own formats (spec/README.md): validated exactly, never through a float.
FORMATS = Config(
    extra_format_validators={"decimal": _is_decimal, "e8": _is_e8},
    extra_format_unmarshallers={"decimal": decimal_from_wire, "e8": int},
)


def load_specs() -> dict[str, dict[str, Any]]:
    """The bundled specs shipped with the package (generated/_specs)."""
    folder = resources.files("matrixport") / "_specs"
    return {
        entry.name.removesuffix(".json"): json.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    }


def _operations(specs: dict[str, dict[str, Any]]) -> list[_Operation]:
    result = []
    for document, spec in specs.items():
        local = copy.deepcopy(spec)
        local["servers"] = [{"url": "/"}]  # validate whatever host the sandbox listens on
        validator = OpenAPI.from_dict(local, config=FORMATS)
        errors = {entry["code"]: entry["message"] for entry in spec.get("x-matrixport-error-codes", [])}
        root_security = spec.get("security", [])
        for path, item in spec.get("paths", {}).items():
            regex = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$"
            for method in HTTP_METHODS:
                if method in item:
                    operation = item[method]
                    result.append(
                        _Operation(
                            document=document,
                            operation_id=operation["operationId"],
                            method=method.upper(),
                            pattern=re.compile(regex),
                            signed=bool(operation.get("security", root_security)),
                            spec=operation,
                            errors=errors,
                            validator=validator,
                            side_effects=operation.get("x-matrixport-side-effects", method != "get"),
                            idempotency_key=operation.get("x-matrixport-idempotency-key"),
                        )
                    )
    # Literal paths before templated ones, so /order/detail/list never matches /order/detail/{id}.
    result.sort(key=lambda op: op.pattern.pattern.count("[^/]+"))
    return result


def _envelope(code: int, message: str) -> Response:
    return Response(
        json_dumps({"code": code, "message": message, "data": None}), media_type="application/json"
    )


def _signed_params(request: Request, body: bytes) -> list[tuple[str, Any]] | None:
    if request.method == "GET" or not body:
        return list(request.query_params.multi_items())
    decoded = json_loads(body)
    return list(decoded.items()) if isinstance(decoded, dict) else None


def _check_signature(
    request: Request, body: bytes, keys: SandboxKeys, clock: Callable[[], int], window_ms: int
) -> Response | None:
    access_key = request.headers.get(ACCESS_KEY_HEADER)
    if not access_key or access_key not in keys.pairs:
        return _envelope(17002013, "akid illegal")
    try:
        params = _signed_params(request, body)
    except ValueError:
        params = None
    if params is None:
        return _envelope(17002001, "Verify signature parameter error: the body is not a JSON object")
    values = dict(params)
    timestamp, signature = values.get("timestamp"), values.get("signature")
    if timestamp is None or signature is None:
        return _envelope(17002001, "Verify signature parameter error: timestamp and signature are required")
    try:
        skew = abs(int(str(timestamp)) - clock())
    except ValueError:
        return _envelope(17002001, "Verify signature parameter error: timestamp is not an integer")
    if skew > window_ms:
        return _envelope(17002010, f"Signature error: timestamp is {skew} ms away from the server clock")
    expected = sign(keys.pairs[access_key], request.url.path, params)
    if not (signature == expected == request.headers.get(SIGNATURE_HEADER)):
        return _envelope(17002010, "Signature error")
    return None


def _check_parameters(op: _Operation, request: Request, body: bytes) -> Response | None:
    result = op.validator.unmarshal_request(StarletteOpenAPIRequest(request, body or None))
    if result.errors:
        details = "; ".join(_describe(error) for error in result.errors)
        return _envelope(17002001, f"Verify signature parameter error: {details}")
    return None


def _describe(error: BaseException) -> str:
    causes = [str(error)]
    for attribute in ("schema_errors", "__cause__"):
        inner = getattr(error, attribute, None)
        if isinstance(inner, Iterable):
            causes.extend(getattr(e, "message", str(e)) for e in inner)
        elif inner is not None:
            causes.append(_describe(inner))
    return ": ".join(causes)


def _requested_code(request: Request) -> int | None:
    for part in request.headers.get("prefer", "").split(","):
        key, _, value = part.strip().partition("=")
        if key == "code" and value.strip().lstrip("-").isdigit():
            return int(value)
    return None


@dataclass
class Ledger:
    """What the operations with side effects did: one entry per new create, repeats (same key) not counted."""

    creates: dict[str, list[str | None]] = field(default_factory=dict)
    repeats: dict[str, int] = field(default_factory=dict)

    def record(self, op: _Operation, request: Request, body: bytes) -> None:
        key = None
        if op.idempotency_key:
            source = dict(request.query_params) if request.method == "GET" else json_loads(body or b"{}")
            key = source.get(op.idempotency_key)
        entries = self.creates.setdefault(op.operation_id, [])
        if key is not None and key in entries:
            self.repeats[op.operation_id] = self.repeats.get(op.operation_id, 0) + 1
        else:
            entries.append(key)


@dataclass
class _State:
    faults: Faults = field(default_factory=Faults)
    ledger: Ledger = field(default_factory=Ledger)


def create_app(
    specs: dict[str, dict[str, Any]] | None = None,
    keys: SandboxKeys | None = None,
    clock: Callable[[], int] = system_clock,
    faults: Faults | None = None,
    validate: bool = True,
    timestamp_window_ms: int = TIMESTAMP_WINDOW_MS,
) -> Starlette:
    """The sandbox app.

    `validate=False` skips the parameter checks (for load tests); `timestamp_window_ms` is how far
    a signed timestamp may be from the clock. Control endpoints (unsigned, loopback only):
    `GET /__sandbox/ledger`, `POST /__sandbox/reset`, `POST /__sandbox/faults` with
    `{rate, kinds, delay, seed}`.
    """
    operations = _operations(specs if specs is not None else load_specs())
    keys = keys or SandboxKeys()
    state = _State(faults=faults or Faults())

    async def ledger(request: Request) -> Response:
        return JSONResponse({"creates": state.ledger.creates, "repeats": state.ledger.repeats})

    async def reset(request: Request) -> Response:
        state.ledger = Ledger()
        state.faults = Faults()
        return JSONResponse({"ok": True})

    async def set_faults(request: Request) -> Response:
        settings = json_loads(await request.body() or b"{}")
        try:
            state.faults = Faults(
                rate=float(settings.get("rate", 0)),
                kinds=tuple(settings.get("kinds", KINDS)),
                delay=float(settings.get("delay", 2.0)),
                seed=settings.get("seed"),
            )
        except ValueError as exc:
            return JSONResponse({"error": str(exc)}, 400)
        return JSONResponse({"ok": True})

    async def handle(request: Request) -> Response:
        op = next(
            (o for o in operations if o.method == request.method and o.pattern.match(request.url.path)), None
        )
        if op is None:
            return JSONResponse(
                {"code": 404, "message": f"no operation {request.method} {request.url.path}"}, 404
            )
        body = await request.body()
        if op.signed:
            rejection = _check_signature(request, body, keys, clock, timestamp_window_ms)
            if rejection is not None:
                return rejection
        if validate:
            rejection = _check_parameters(op, request, body)
            if rejection is not None:
                return rejection
        code = _requested_code(request)
        if code is not None:
            return _envelope(code, op.errors.get(code, "sandbox: requested error"))
        fault = state.faults.draw()
        refused = await before(fault)
        if refused is not None:
            return refused
        if op.side_effects:
            state.ledger.record(op, request, body)
        content, media_type = op.example()
        return await after(fault, Response(content, media_type=media_type), state.faults.delay)

    return Starlette(
        routes=[
            Route("/__sandbox/ledger", ledger, methods=["GET"]),
            Route("/__sandbox/reset", reset, methods=["POST"]),
            Route("/__sandbox/faults", set_faults, methods=["POST"]),
            Route("/{path:path}", handle, methods=[m.upper() for m in HTTP_METHODS]),
        ]
    )


__all__ = ["SandboxKeys", "create_app", "load_specs"]
