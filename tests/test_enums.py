"""Open enums: a value the server adds after this client was generated is kept, typed, warned about once."""

from __future__ import annotations

import enum
import logging
from typing import Any

import pytest
from matrixport._enums import open_enum_member


def int_enum() -> Any:
    class Status(enum.IntEnum):  # a fresh class per test: unknown members are cached on the class
        PENDING = 1
        DONE = 2

        @classmethod
        def _missing_(cls, value: object) -> Any:
            return open_enum_member(cls, value)

    return Status


def str_enum() -> Any:
    class Exchange(str, enum.Enum):
        BINANCE = "binance"
        OKEX = "okex"

        @classmethod
        def _missing_(cls, value: object) -> Any:
            return open_enum_member(cls, value)

    return Exchange


def test_an_unknown_integer_is_kept_as_a_member_and_warned_about_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING, logger="matrixport")
    status = int_enum()
    member = status(99)
    assert member.name == "UNKNOWN_99" and member.value == 99 and member == 99
    assert isinstance(member, status) and isinstance(member, int)
    assert status(99) is member
    assert list(status) == [status.PENDING, status.DONE]
    assert [r.getMessage() for r in caplog.records] == [
        "Status: unknown value 99 from the server, kept as UNKNOWN_99"
    ]


@pytest.mark.parametrize(("text", "value"), [("2", 2), ("-5", -5), ("40", 40)])
def test_an_integer_enum_reads_an_integer_sent_as_a_string(text: str, value: int) -> None:
    status = int_enum()
    assert status(text) == value
    assert status(text) is status(value)


@pytest.mark.parametrize("value", [False, 1.5, "x", "1.5", None, [1]])
def test_an_integer_enum_refuses_what_is_not_an_integer(value: Any) -> None:
    with pytest.raises(ValueError):
        int_enum()(value)


def test_an_unknown_string_is_kept_as_a_member() -> None:
    exchange = str_enum()
    member = exchange("kraken")
    assert member.name == "UNKNOWN_kraken" and member.value == "kraken" and member == "kraken"
    assert isinstance(member, str)
    digits = exchange("123")
    assert digits.value == "123" and isinstance(digits.value, str)


@pytest.mark.parametrize("value", [5, True, None, b"okex"])
def test_a_string_enum_refuses_what_is_not_a_string(value: Any) -> None:
    with pytest.raises(ValueError):
        str_enum()(value)
