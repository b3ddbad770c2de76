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

T = TypeVar("T", bound="FiatConversionConf")


@_attrs_define(weakref_slot=False)
class FiatConversionConf:
    """Fiat conversion fee configuration of one payment currency."""

    currency: str
    """ Payment currency. """
    fixed_rate: Decimal
    """ Fixed fiat conversion fee rate (may be negative, e.g. -0.02). """
    confirmed_after_conversion: bool
    """ Fiat conversion fee confirmed after conversion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        fixed_rate = decimal_to_wire(self.fixed_rate)

        confirmed_after_conversion = self.confirmed_after_conversion

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "fixed_rate": fixed_rate,
                "confirmed_after_conversion": confirmed_after_conversion,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            fixed_rate = decimal_from_wire(d.pop("fixed_rate"))

        except PARSE_ERRORS as _error:
            fixed_rate = invalid(cls, "fixed_rate", src_dict, _error)
            _broken = True

        try:
            confirmed_after_conversion = d.pop("confirmed_after_conversion")
            if confirmed_after_conversion.__class__ is not bool:  # inline fast path: most values are right
                confirmed_after_conversion = expect_type(confirmed_after_conversion, bool)
        except PARSE_ERRORS as _error:
            confirmed_after_conversion = invalid(cls, "confirmed_after_conversion", src_dict, _error)
            _broken = True

        _instance = cls(
            currency=currency,
            fixed_rate=fixed_rate,
            confirmed_after_conversion=confirmed_after_conversion,
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
