"""Settings checked when they are given: a client with a bad setting is never built, a call never sent."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import httpx


def checked_timeout(value: Any) -> httpx.Timeout:
    """`value` (seconds or an `httpx.Timeout`) as an `httpx.Timeout` whose every part is a positive number."""
    if value is None:
        raise ValueError("timeout=None is not allowed: pass a number of seconds or an httpx.Timeout")
    if isinstance(value, bool) or not isinstance(value, (int, float, httpx.Timeout)):
        raise ValueError(
            f"timeout must be a number of seconds or an httpx.Timeout, not {type(value).__name__}"
        )
    timeout = value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)
    for part, seconds in timeout.as_dict().items():
        if not isinstance(seconds, (int, float)) or not math.isfinite(seconds) or seconds <= 0:
            raise ValueError(f"timeout: {part} must be a positive number of seconds, not {seconds}")
    return timeout


def checked_positive(name: str, value: Any, *, integer: bool = False, allow_zero: bool = False) -> None:
    number = isinstance(value, int) or (not integer and isinstance(value, float) and math.isfinite(value))
    if isinstance(value, bool) or not number:
        raise ValueError(f"{name} must be a {'whole ' if integer else ''}number, not {value!r}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValueError(f"{name} must be {'0 or more' if allow_zero else 'more than 0'}, not {value!r}")


def checked_base_url(value: str) -> str:
    """`value` if it is an http(s) URL with a host."""
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ValueError(f"base_url is not a URL: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(
            f"base_url must be an http:// or https:// URL with a host (e.g. https://mapi.matrixport.com),"
            f" not {value!r}"
        )
    return value


def header_problem(name: str, value: Any) -> str | None:
    """Why `value` cannot be sent as header `name`, or None: visible ASCII (and spaces, inside)."""
    if not isinstance(value, str):
        return f"header {name} must be a str, not {type(value).__name__}"
    if not value or not value.isascii() or not all(" " <= c <= "~" for c in value) or value != value.strip():
        return f"header {name} must be printable ASCII text, without leading or trailing spaces"
    return None


def headers_problem(headers: Mapping[str, Any] | None) -> str | None:
    for name, value in (headers or {}).items():
        if (
            not isinstance(name, str)
            or not name.isascii()
            or not name
            or not all("!" <= c <= "~" for c in name)
        ):
            return f"header name {name!r} is not a valid HTTP header name"
        if (problem := header_problem(name, value)) is not None:
            return problem
    return None
