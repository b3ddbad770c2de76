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

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="CurrencyMinimumAmount")


@_attrs_define(weakref_slot=False)
class CurrencyMinimumAmount:
    minimum_amount: Decimal
    """ Minimum Transfer Amount. """
    digit: int
    """ Maximum Supported Decimal Places. """
    currency: str | Unset = UNSET
    """ Undocumented; seen in the example. Currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        minimum_amount = decimal_to_wire(self.minimum_amount)

        digit = self.digit

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minimum_amount": minimum_amount,
                "digit": digit,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            minimum_amount = decimal_from_wire(d.pop("minimum_amount"))

        except PARSE_ERRORS as _error:
            minimum_amount = invalid(cls, "minimum_amount", src_dict, _error)
            _broken = True

        try:
            digit = d.pop("digit")
            if digit.__class__ is not int:  # inline fast path: most values are right
                digit = expect_type(digit, int)
        except PARSE_ERRORS as _error:
            digit = invalid(cls, "digit", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency", UNSET)
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        _instance = cls(
            minimum_amount=minimum_amount,
            digit=digit,
            currency=currency,
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
