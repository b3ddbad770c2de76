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
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

T = TypeVar("T", bound="RedeemPreview")


@_attrs_define(weakref_slot=False)
class RedeemPreview:
    service_fee: Decimal
    """ Redeem service fee. """
    service_fee_rate: Decimal
    """ Redeem service fee rate. """
    stbt_to_be_burnt: Decimal
    """ Amount of STBT to be burned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        service_fee = decimal_to_wire(self.service_fee)

        service_fee_rate = decimal_to_wire(self.service_fee_rate)

        stbt_to_be_burnt = decimal_to_wire(self.stbt_to_be_burnt)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_fee": service_fee,
                "service_fee_rate": service_fee_rate,
                "stbt_to_be_burnt": stbt_to_be_burnt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            service_fee = decimal_from_wire(d.pop("service_fee"))

        except PARSE_ERRORS as _error:
            service_fee = invalid(cls, "service_fee", src_dict, _error)
            _broken = True

        try:
            service_fee_rate = decimal_from_wire(d.pop("service_fee_rate"))

        except PARSE_ERRORS as _error:
            service_fee_rate = invalid(cls, "service_fee_rate", src_dict, _error)
            _broken = True

        try:
            stbt_to_be_burnt = decimal_from_wire(d.pop("stbt_to_be_burnt"))

        except PARSE_ERRORS as _error:
            stbt_to_be_burnt = invalid(cls, "stbt_to_be_burnt", src_dict, _error)
            _broken = True

        _instance = cls(
            service_fee=service_fee,
            service_fee_rate=service_fee_rate,
            stbt_to_be_burnt=stbt_to_be_burnt,
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
