"""The sandbox's signature judge: its own short implementation of the documented algorithm.

It shares no code with the client's signing (`matrixport._signing`), so a bug in one cannot
hide in the other; `tests/test_sandbox_judge.py` pins it to vectors worked by hand from the
documents. The algorithm (Prime Broker document, "Python Demo (Signature and Request)";
`MatrixportSignature` in spec/shared.yaml; spec/README.md, "Signing"):

    string to sign = path, then "&" and every parameter as key=value, sorted by key, joined by "&"
    signature      = upper-case hex HMAC-SHA256(secret key, string to sign)

Parameters are the query string of a GET and the JSON body of anything else; `signature` is
left out, null values are neither sent nor signed, booleans are `true`/`false`, numbers are
signed as written, a nested object as its own sorted pairs and an array as `[`, its items
joined by `&`, `]`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

ACCESS_KEY_HEADER = "x-matrixport-access-key"
SIGNATURE_HEADER = "x-matrixport-access-signature"
AMBIGUOUS = "&=[]"
"""Characters that make a string value ambiguous in the string to sign: such requests are refused."""

TIMESTAMP_WINDOW_MS = 5_000
"""How far a signed timestamp may be from real time (the documents: "within a few seconds")."""

PARAMETER_ERROR = 17002001
SIGNATURE_ERROR = 17002010
UNKNOWN_KEY = 17002013


class Refused(Exception):
    """A request the gateway refuses before it reaches a product: the code and a message for the caller."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _Number:
    """A JSON number as it was written: signed as its literal text."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


def _encode(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, _Number):
        return value.text
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Mapping):
        return "&".join(f"{k}={_encode(v)}" for k, v in sorted(value.items()) if v is not None)
    if isinstance(value, (list, tuple)):
        return "[" + "&".join(_encode(item) for item in value if item is not None) + "]"
    raise TypeError(f"cannot sign a {type(value).__name__}")


def string_to_sign(path: str, params: Iterable[tuple[str, Any]]) -> str:
    """`path`, then `&key=value` for each parameter but `signature`, sorted by key (a stable sort)."""
    pairs = sorted(((k, v) for k, v in params if k != "signature" and v is not None), key=lambda p: p[0])
    return "&".join([path, *(f"{key}={_encode(value)}" for key, value in pairs)])


def signature(secret_key: str, text: str) -> str:
    return hmac.new(secret_key.encode("utf-8"), text.encode("utf-8"), hashlib.sha256).hexdigest().upper()


def _ambiguous(name: str, value: Any) -> str | None:
    """The path of the first string leaf under `value` that holds `&`, `=`, `[` or `]`, or None."""
    if isinstance(value, str):
        return name if any(char in value for char in AMBIGUOUS) else None
    if isinstance(value, Mapping):
        for key, item in value.items():
            if found := _ambiguous(f"{name}.{key}", item):
                return found
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            if found := _ambiguous(f"{name}[{index}]", item):
                return found
    return None


@dataclass(frozen=True)
class Signed:
    """What a signed request proved: who sent it."""

    access_key: str


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class Judge:
    """Checks a request's access key, timestamp window and signature.

    `secret_for(access_key)` returns the key's secret, or None for a key the sandbox does not know.
    The timestamp is compared with real time (`wall`), never with the sandbox clock.
    """

    def __init__(
        self,
        secret_for: Callable[[str], str | None],
        *,
        window_ms: int = TIMESTAMP_WINDOW_MS,
        wall: Callable[[], int] = _wall_ms,
    ) -> None:
        self._secret_for = secret_for
        self.window_ms = window_ms
        self._wall = wall

    def check(
        self,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        body: bytes,
        headers: Mapping[str, str],
    ) -> Signed:
        """The signer of a valid request; raises `Refused` with the gateway's code otherwise."""
        access_key = headers.get(ACCESS_KEY_HEADER, "")
        secret = self._secret_for(access_key) if access_key else None
        if secret is None:
            raise Refused(UNKNOWN_KEY, "akid illegal: unknown access key")
        params = self._params(method, query, body)
        for name, value in params:
            if (where := _ambiguous(name, value)) is not None:
                raise Refused(
                    PARAMETER_ERROR,
                    f"Verify signature parameter error: the value of {where} contains one of {AMBIGUOUS!r}, "
                    "which makes the string to sign ambiguous (it could sign the same as other parameters)",
                )
        values = dict(params)
        timestamp, given = values.get("timestamp"), values.get("signature")
        header = headers.get(SIGNATURE_HEADER)
        if timestamp is None or given is None or header is None:
            raise Refused(
                PARAMETER_ERROR,
                "Verify signature parameter error: timestamp and signature parameters and the "
                "X-MatrixPort-Access-Signature header are required",
            )
        text = timestamp.text if isinstance(timestamp, _Number) else timestamp
        if not isinstance(text, str) or not text.isdigit() or not text.isascii():
            raise Refused(
                PARAMETER_ERROR, "Verify signature parameter error: timestamp must be integer milliseconds"
            )
        skew = int(text) - self._wall()
        if abs(skew) > self.window_ms:
            raise Refused(
                SIGNATURE_ERROR,
                f"Signature error: the timestamp is {abs(skew)} ms {'ahead of' if skew > 0 else 'behind'} "
                f"the server clock (at most {self.window_ms} ms)",
            )
        expected = signature(secret, string_to_sign(path, params)).encode("ascii")
        ok = isinstance(given, str) and hmac.compare_digest(expected, given.encode("utf-8", "replace"))
        ok = hmac.compare_digest(expected, header.encode("utf-8", "replace")) and ok
        if not ok:
            raise Refused(SIGNATURE_ERROR, "Signature error: the signature does not match the request")
        return Signed(access_key)

    @staticmethod
    def _params(method: str, query: Sequence[tuple[str, str]], body: bytes) -> list[tuple[str, Any]]:
        if method == "GET":
            return list(query)
        if query:
            raise Refused(
                PARAMETER_ERROR,
                f"Verify signature parameter error: a signed {method} carries its parameters in the JSON "
                "body only; this request also has a query string, which the signature does not cover",
            )
        if not body:
            return []
        try:
            decoded = json.loads(body, parse_int=_Number, parse_float=_Number)
        except ValueError:
            decoded = None
        if not isinstance(decoded, dict):
            raise Refused(PARAMETER_ERROR, "Verify signature parameter error: the body is not a JSON object")
        return list(decoded.items())
