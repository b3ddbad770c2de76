"""Idempotency keys for operations whose spec names one (`x-matrixport-idempotency-key`)."""

from __future__ import annotations

import uuid


def new_idempotency_key() -> str:
    """32 characters from [0-9a-f]: within every documented key's limits (8-32, `^[a-zA-Z0-9_-]+$`)."""
    return uuid.uuid4().hex
