"""Money is never a float: the decimal and e8 converters, and JSON decoding."""

from __future__ import annotations

from decimal import Decimal

import pytest
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    e8_from_wire,
    e8_to_wire,
    json_dumps,
    json_loads,
)


def test_decimals_from_strings_and_bare_numbers_are_exact() -> None:
    assert decimal_from_wire("0.341090391338626559") == Decimal("0.341090391338626559")
    decoded = json_loads(b'{"a": 0.1, "b": 12345678901234567890.123456789, "c": 7}')
    assert decoded["a"] == Decimal("0.1")
    assert decoded["b"] == Decimal("12345678901234567890.123456789")
    assert decimal_from_wire(decoded["c"]) == Decimal(7)


@pytest.mark.parametrize("bad", [0.1, True, None, [], "abc", "NaN", "Infinity"])
def test_decimal_refuses_floats_and_non_numbers(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        decimal_from_wire(bad)


def test_decimal_to_wire_uses_plain_notation() -> None:
    assert decimal_to_wire(Decimal("1E-8")) == "0.00000001"
    assert decimal_to_wire(Decimal("1E+3")) == "1000"
    assert decimal_to_wire("0.10") == "0.10"
    with pytest.raises(TypeError, match="floats are refused"):
        decimal_to_wire(0.1)  # type: ignore[arg-type]


def test_e8_scales_exactly_both_ways() -> None:
    assert e8_from_wire(12000000) == Decimal("0.12")
    assert e8_from_wire(510749999) == Decimal("5.10749999")
    assert e8_to_wire(Decimal("5.10749999")) == 510749999
    assert e8_to_wire("0.12") == 12000000
    with pytest.raises(ValueError, match="more than 8 decimal places"):
        e8_to_wire(Decimal("0.000000001"))
    with pytest.raises(TypeError):
        e8_from_wire(1.5)


def test_json_dumps_writes_decimals_as_exact_numbers_and_refuses_floats() -> None:
    assert (
        json_dumps({"a": Decimal("0.10"), "b": [1, "x", None, True]}) == b'{"a":0.10,"b":[1,"x",null,true]}'
    )
    with pytest.raises(TypeError):
        json_dumps({"a": 0.1})


def test_json_loads_refuses_nan() -> None:
    with pytest.raises(ValueError):
        json_loads(b'{"a": NaN}')
