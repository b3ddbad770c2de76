"""Request signing, as the Matrixport documents define it (see `MatrixportSignature` in spec/shared.yaml).

String to sign: the request path, then `&`, then the parameters as `key=value`
sorted by key and joined by `&`; HMAC-SHA256 with the secret key, upper-case
hex. `timestamp` (milliseconds) and `signature` travel with the parameters:
the query string for GET, the JSON body otherwise. Every call of the auth flow
(so every attempt, retries included) gets a fresh timestamp and signature.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Generator, Iterable, Mapping
from operator import itemgetter
from typing import Any

import httpx

from ._convert import json_dumps, json_loads, wire_text
from ._redact import mask, register_key

ACCESS_KEY_HEADER = "X-MatrixPort-Access-Key"
SIGNATURE_HEADER = "X-MatrixPort-Access-Signature"
SIGNED_PARAMETERS = ("timestamp", "signature")

Clock = Callable[[], int]
"""Returns the current time in integer milliseconds since the Unix epoch."""


def system_clock() -> int:
    return time.time_ns() // 1_000_000


def _encode_value(value: Any) -> str:
    kind = value.__class__
    if kind is str:  # the common case first: signing runs on every attempt of every call
        return value  # type: ignore[no-any-return]
    if kind is int:
        return str(value)
    if isinstance(value, Mapping):
        return _encode_pairs(sorted(value.items(), key=_KEY))
    if isinstance(value, (list, tuple)):
        return "[" + "&".join([_encode_value(item) for item in value if item is not None]) + "]"
    return wire_text(value)


def _encode_pairs(pairs: Iterable[tuple[str, Any]]) -> str:
    return "&".join([f"{key}={_encode_value(value)}" for key, value in pairs if value is not None])


_KEY = itemgetter(0)


def string_to_sign(path: str, params: Iterable[tuple[str, Any]]) -> str:
    """The exact text that is signed for `path` and `params` (pairs; a repeated key keeps its order)."""
    pairs = sorted(params, key=_KEY)  # stable: a repeated query key keeps the order it is sent in
    encoded = _encode_pairs([pair for pair in pairs if pair[0] != "signature"])
    return f"{path}&{encoded}" if encoded else path


def sign(secret_key: str, path: str, params: Iterable[tuple[str, Any]]) -> str:
    """The upper-case hex HMAC-SHA256 signature of `path` and `params` under `secret_key`."""
    message = string_to_sign(path, params).encode("utf-8")
    return hmac.new(secret_key.encode("utf-8"), message, hashlib.sha256).hexdigest().upper()


class MatrixportAuth(httpx.Auth):
    """Signs requests for the Matrixport API; usable with any `httpx.Client` or `httpx.AsyncClient`.

    >>> client = httpx.Client(base_url="https://mapi.matrixport.com", auth=MatrixportAuth(key, secret))
    >>> client.get("/flexible/api/v2/user/asset/summary").json()
    """

    requires_request_body = True

    def __init__(self, access_key: str, secret_key: str, *, clock: Clock = system_clock) -> None:
        for name, key in (("access key", access_key), ("secret key", secret_key)):
            if not isinstance(key, str) or not key:
                raise ValueError(f"MatrixportAuth needs the {name}")
            if any(character.isspace() or not character.isprintable() for character in key):
                raise ValueError(
                    f"the {name} holds whitespace or a control character (a newline read from a file?);"
                    " it is not shown here"
                )
            register_key(key)
        self._access_key = access_key
        self._secret_key = secret_key
        self._clock = clock

    def __repr__(self) -> str:
        return f"MatrixportAuth(access_key={mask(self._access_key)!r}, secret_key='***')"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign_request(request)

    def sign_parts(
        self, path: str, query: list[tuple[str, Any]], body: dict[str, Any] | None
    ) -> tuple[list[tuple[str, Any]], dict[str, Any] | None, dict[str, str]]:
        """`query`, `body` and headers carrying a fresh timestamp and signature.

        They travel in the JSON body when there is one, in the query string otherwise.
        """
        timestamp = self._clock()
        if body is not None:
            body = {k: v for k, v in body.items() if k not in SIGNED_PARAMETERS and v is not None}
            body["timestamp"] = timestamp
            signature = sign(self._secret_key, path, body.items())
            body["signature"] = signature
        else:
            query = [(k, v) for k, v in query if k not in SIGNED_PARAMETERS]
            query.append(("timestamp", str(timestamp)))
            signature = sign(self._secret_key, path, query)
            query.append(("signature", signature))
        return query, body, {ACCESS_KEY_HEADER: self._access_key, SIGNATURE_HEADER: signature}

    def sign_request(self, request: httpx.Request) -> httpx.Request:
        """A copy of `request` carrying a fresh timestamp and signature."""
        body = json_loads(request.content) if request.content else None
        if body is not None and not isinstance(body, dict):
            raise ValueError("a signed request body must be a JSON object")
        query, body, signing_headers = self.sign_parts(
            request.url.path, request.url.params.multi_items(), body
        )
        headers = httpx.Headers(request.headers)
        headers.update(signing_headers)
        if body is None:
            return httpx.Request(
                request.method,
                request.url.copy_with(params=query),
                headers=headers,
                extensions=request.extensions,
            )
        headers.pop("Content-Length", None)  # httpx sets the signed body's own
        headers.pop("Transfer-Encoding", None)  # a streamed body is sent whole once signed
        return httpx.Request(
            request.method,
            request.url,
            headers=headers,
            content=json_dumps(body),
            extensions=request.extensions,
        )
