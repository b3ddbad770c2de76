"""Secrets never leave: signatures and keys are cut out of every error text and log line.

A gateway error page may echo the signed URL or headers back, and httpx logs every request URL;
both would carry the signature. `redact` removes signatures (in any of the forms a request carries
them) and the keys of every client in this process from a text.
"""

from __future__ import annotations

import logging
import re

_SIGNATURES = re.compile(
    r"(?i)(signature[\"']?\s*[=:]\s*[\"']?)[0-9a-f]+"  # signature=..., "signature": "...", header
    r"|(?<![0-9A-Za-z])[0-9A-F]{64}(?![0-9A-Za-z])"  # a bare signature: 64 upper-case hex digits
)
_known_keys: set[str] = set()

MIN_KEY_LENGTH = 8
"""Keys shorter than this are not searched for: they would match ordinary words."""


def register_key(key: str) -> None:
    """Redact `key` (an access or secret key of a client of this process) from now on."""
    if len(key) >= MIN_KEY_LENGTH:
        _known_keys.add(key)


def mask(secret: str) -> str:
    """Enough of a key to recognise it in a log, not enough to use it."""
    return f"{secret[:4]}…" if len(secret) > MIN_KEY_LENGTH else "***"


def redact(text: str) -> str:
    """`text` without signatures or keys."""
    text = _SIGNATURES.sub(lambda m: f"{m.group(1)}***" if m.group(1) else "***", text)
    for key in tuple(_known_keys):  # a snapshot: another thread may add a key
        if key in text:
            text = text.replace(key, mask(key))
    return text


class RedactingFilter(logging.Filter):
    """Applies `redact` to every record of the logger it is attached to."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


for _name in ("httpx", "matrixport"):
    logging.getLogger(_name).addFilter(RedactingFilter())
