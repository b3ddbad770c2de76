"""Secrets never leave: not in cassettes, repr(), exception messages or logs."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from matrixport import Matrixport, MatrixportError

from tests.conftest import ACCESS_KEY, SECRET_KEY

CASSETTES = Path(__file__).parent / "cassettes"
SIGNATURE = re.compile(r"(?<![0-9A-Za-z])[0-9A-F]{64}(?![0-9A-Za-z])")


def test_cassettes_hold_no_key_secret_or_signature() -> None:
    cassettes = sorted(CASSETTES.rglob("*.yaml"))
    assert cassettes, "no cassettes recorded"
    for cassette in cassettes:
        text = cassette.read_text(encoding="utf-8")
        assert ACCESS_KEY not in text, cassette
        assert SECRET_KEY not in text, cassette
        # A signature is 64 upper-case hex digits on its own (a 0x-prefixed tx hash is not one).
        assert not SIGNATURE.search(text), f"{cassette}: holds what looks like a signature"
        assert "signature=" not in text and '"signature"' not in text, cassette
        assert not re.search(r"[?&]timestamp=", text), cassette


def test_repr_and_errors_hide_the_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="matrixport")
    client = Matrixport("an-access-key-123", "the-secret-key-456", "http://127.0.0.1:9", retry_backoff=0.001)
    assert "the-secret-key-456" not in repr(client)
    assert "an-access-key-123" not in repr(client)
    with pytest.raises(MatrixportError) as caught:
        client.balance_plus.get_total_position()
    for text in (str(caught.value), repr(caught.value), caplog.text):
        assert "the-secret-key-456" not in text
        assert "an-access-key-123" not in text
