from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    expect_object,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

T = TypeVar("T", bound="UserProfit")


@_attrs_define(weakref_slot=False)
class UserProfit:
    timestamp: int
    """ Rebase timestamp, milliseconds since the Unix epoch. """
    profit: Decimal
    """ User profit. """
    profit_rate: Decimal
    """ APY. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        profit = decimal_to_wire(self.profit)

        profit_rate = decimal_to_wire(self.profit_rate)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "profit": profit,
                "profit_rate": profit_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            timestamp = d.pop("timestamp")
            if timestamp.__class__ is not int:  # inline fast path: most values are right
                timestamp = expect_type(timestamp, int)
        except PARSE_ERRORS as _error:
            timestamp = invalid(cls, "timestamp", src_dict, _error)
            _broken = True

        try:
            profit = decimal_from_wire(d.pop("profit"))

        except PARSE_ERRORS as _error:
            profit = invalid(cls, "profit", src_dict, _error)
            _broken = True

        try:
            profit_rate = decimal_from_wire(d.pop("profit_rate"))

        except PARSE_ERRORS as _error:
            profit_rate = invalid(cls, "profit_rate", src_dict, _error)
            _broken = True

        _instance = cls(
            timestamp=timestamp,
            profit=profit,
            profit_rate=profit_rate,
        )

        _instance.additional_properties = d
        if d:
            note_unknown_fields(cls, d)
        if _broken:
            tolerate(_instance)
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        if self.additional_properties is NO_FIELDS:
            self.additional_properties = {}
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
