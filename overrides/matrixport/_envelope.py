"""From an HTTP response to the operation's result or its error: the `{code, message, data}` envelope."""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from . import _fast as fast
from ._convert import json_loads
from ._exceptions import APIError, HTTPStatusError, ResponseValidationError
from ._flow import Received
from ._operation import CallContext, Operation, ResponseKind
from ._results import Download
from ._retry import retry_after_seconds
from ._tolerant import PARSE_ERRORS, Problem, reading

T = TypeVar("T")

log = logging.getLogger("matrixport")
_reported: set[tuple[str | None, str, str]] = set()


def read_result(op: Operation[T], received: Received, context: CallContext, *, strict: bool = False) -> T:
    """The result of `op`, or the `MatrixportError` the response stands for.

    A field that is not the documented shape is kept as invalid (`matrixport._tolerant`) and logged
    once per operation and field; with `strict`, it fails the call instead.
    """
    if len(received.content) < fast.LARGE_BODY:
        return _read(op, received, context, strict)
    with fast.gc_paused():  # reading builds many objects and no cycles: see `gc_paused`
        return _read(op, received, context, strict)


def _read(op: Operation[T], received: Received, context: CallContext, strict: bool) -> T:
    status = received.status_code
    body = received.content
    success = 200 <= status < 300
    where: dict[str, Any] = {"operation": op.name, "request_id": context.request_id}
    if status == 429 or status >= 500 or 300 <= status < 400:
        raise status_error(
            received, where
        )  # the gateway's answer, whatever the body says; redirects are not followed
    if op.response_kind is ResponseKind.BINARY and success and not _is_json(received):
        content_type = received.headers.get("content-type", "application/octet-stream")
        return op.parse(Download(body, content_type, _filename(received)), context)
    if success and op.finish is not None:
        data = fast.decode(op, body)  # well-formed responses: one pass; anything else: read below
        if data is not fast.MISS:
            return op.finish(data, context)
    try:
        decoded = json_loads(body)
    except ValueError:
        if not success:
            raise status_error(received, where) from None
        raise ResponseValidationError(
            "expected a JSON body", body=body, status_code=status, **where
        ) from None
    if op.response_kind is not ResponseKind.JSON or not success:
        code = decoded.get("code") if isinstance(decoded, dict) else None
        if not isinstance(code, int) or isinstance(code, bool):
            if not success:
                raise status_error(received, where)
            raise ResponseValidationError(
                "expected the {code, message, data} envelope", body=body, status_code=status, **where
            )
        if code != 0:
            raise api_error(op, code, decoded.get("message"), status, context)
        if not success:
            raise status_error(received, where)
        if op.response_kind is ResponseKind.ENVELOPE:
            decoded = decoded.get("data")
    try:
        with reading(op.name) as session:
            result = op.parse(decoded, context)
    except PARSE_ERRORS as exc:
        raise ResponseValidationError(
            f"response data is not the documented shape ({type(exc).__name__}: {exc})",
            body=body,
            status_code=status,
            **where,
        ) from exc
    if session.problems:
        if strict:
            listed = "; ".join(f"{p.model}.{p.field}: {p.detail}" for p in session.problems)
            raise ResponseValidationError(
                f"response fields are not the documented shape: {listed}",
                body=body,
                status_code=status,
                **where,
            )
        _report(session.problems)
    return result


def _report(found: list[Problem]) -> None:
    for problem in found:
        key = (problem.operation, problem.model, problem.field)
        if key not in _reported:
            _reported.add(key)
            log.warning(
                "%s; the rest of the result is read, reading this field raises ResponseValidationError",
                problem,
            )


def status_error(received: Received, where: dict[str, Any]) -> HTTPStatusError:
    return HTTPStatusError(
        received.status_code, received.content, retry_after=retry_after_seconds(received.headers), **where
    )


def api_error(op: Operation[Any], code: int, message: Any, status: int, context: CallContext) -> APIError:
    error_class = op.errors.get(code, APIError)
    return error_class(
        code,
        message if isinstance(message, str) else "",
        operation=op.name,
        request_id=context.request_id,
        http_status=status,
        idempotency_key=context.idempotency_key,
    )


def _is_json(received: Received) -> bool:
    return "json" in received.headers.get("content-type", "")


def _filename(received: Received) -> str | None:
    disposition = received.headers.get("content-disposition", "")
    for part in disposition.split(";"):
        key, _, value = part.strip().partition("=")
        if key.lower() == "filename" and value:
            return str(value).strip('"')
    return None
