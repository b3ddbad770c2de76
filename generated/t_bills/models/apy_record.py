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

T = TypeVar("T", bound="ApyRecord")


@_attrs_define(weakref_slot=False)
class ApyRecord:
    deposit_apy: Decimal
    """ Deposit APY. """
    asset_apy: Decimal
    """ Asset APY. """
    average_deposit_apy: Decimal
    """ Seven days average deposit APY. """
    average_asset_apy: Decimal
    """ Seven days average asset APY. """
    utilization_rate: Decimal
    """ Utilization rate. """
    timestamp: int
    """ Rebase timestamp, milliseconds since the Unix epoch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        deposit_apy = decimal_to_wire(self.deposit_apy)

        asset_apy = decimal_to_wire(self.asset_apy)

        average_deposit_apy = decimal_to_wire(self.average_deposit_apy)

        average_asset_apy = decimal_to_wire(self.average_asset_apy)

        utilization_rate = decimal_to_wire(self.utilization_rate)

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deposit_apy": deposit_apy,
                "asset_apy": asset_apy,
                "average_deposit_apy": average_deposit_apy,
                "average_asset_apy": average_asset_apy,
                "utilization_rate": utilization_rate,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            deposit_apy = decimal_from_wire(d.pop("deposit_apy"))

        except PARSE_ERRORS as _error:
            deposit_apy = invalid(cls, "deposit_apy", src_dict, _error)
            _broken = True

        try:
            asset_apy = decimal_from_wire(d.pop("asset_apy"))

        except PARSE_ERRORS as _error:
            asset_apy = invalid(cls, "asset_apy", src_dict, _error)
            _broken = True

        try:
            average_deposit_apy = decimal_from_wire(d.pop("average_deposit_apy"))

        except PARSE_ERRORS as _error:
            average_deposit_apy = invalid(cls, "average_deposit_apy", src_dict, _error)
            _broken = True

        try:
            average_asset_apy = decimal_from_wire(d.pop("average_asset_apy"))

        except PARSE_ERRORS as _error:
            average_asset_apy = invalid(cls, "average_asset_apy", src_dict, _error)
            _broken = True

        try:
            utilization_rate = decimal_from_wire(d.pop("utilization_rate"))

        except PARSE_ERRORS as _error:
            utilization_rate = invalid(cls, "utilization_rate", src_dict, _error)
            _broken = True

        try:
            timestamp = d.pop("timestamp")
            if timestamp.__class__ is not int:  # inline fast path: most values are right
                timestamp = expect_type(timestamp, int)
        except PARSE_ERRORS as _error:
            timestamp = invalid(cls, "timestamp", src_dict, _error)
            _broken = True

        _instance = cls(
            deposit_apy=deposit_apy,
            asset_apy=asset_apy,
            average_deposit_apy=average_deposit_apy,
            average_asset_apy=average_asset_apy,
            utilization_rate=utilization_rate,
            timestamp=timestamp,
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
