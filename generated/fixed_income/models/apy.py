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

T = TypeVar("T", bound="Apy")


@_attrs_define(weakref_slot=False)
class Apy:
    apy: Decimal
    """ APY, a plain fraction: "0.12" is 12%. """
    tenor: int
    """ Tenor of the product (the unit is not documented; presumably days). """
    minimum_of_purchase_amount: Decimal
    """ Minimum amount of one single purchase. """
    maximum_of_purchase_amount: Decimal
    """ Maximum amount of one single purchase. """
    maximum_order_count: int
    """ Maximum order count of one user. """
    currency: str | Unset = UNSET
    """ Currency. Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        apy = decimal_to_wire(self.apy)

        tenor = self.tenor

        minimum_of_purchase_amount = decimal_to_wire(self.minimum_of_purchase_amount)

        maximum_of_purchase_amount = decimal_to_wire(self.maximum_of_purchase_amount)

        maximum_order_count = self.maximum_order_count

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apy": apy,
                "tenor": tenor,
                "minimum_of_purchase_amount": minimum_of_purchase_amount,
                "maximum_of_purchase_amount": maximum_of_purchase_amount,
                "maximum_order_count": maximum_order_count,
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
            apy = decimal_from_wire(d.pop("apy"))

        except PARSE_ERRORS as _error:
            apy = invalid(cls, "apy", src_dict, _error)
            _broken = True

        try:
            tenor = d.pop("tenor")
            if tenor.__class__ is not int:  # inline fast path: most values are right
                tenor = expect_type(tenor, int)
        except PARSE_ERRORS as _error:
            tenor = invalid(cls, "tenor", src_dict, _error)
            _broken = True

        try:
            minimum_of_purchase_amount = decimal_from_wire(d.pop("minimum_of_purchase_amount"))

        except PARSE_ERRORS as _error:
            minimum_of_purchase_amount = invalid(cls, "minimum_of_purchase_amount", src_dict, _error)
            _broken = True

        try:
            maximum_of_purchase_amount = decimal_from_wire(d.pop("maximum_of_purchase_amount"))

        except PARSE_ERRORS as _error:
            maximum_of_purchase_amount = invalid(cls, "maximum_of_purchase_amount", src_dict, _error)
            _broken = True

        try:
            maximum_order_count = d.pop("maximum_order_count")
            if maximum_order_count.__class__ is not int:  # inline fast path: most values are right
                maximum_order_count = expect_type(maximum_order_count, int)
        except PARSE_ERRORS as _error:
            maximum_order_count = invalid(cls, "maximum_order_count", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency", UNSET)
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        _instance = cls(
            apy=apy,
            tenor=tenor,
            minimum_of_purchase_amount=minimum_of_purchase_amount,
            maximum_of_purchase_amount=maximum_of_purchase_amount,
            maximum_order_count=maximum_order_count,
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
