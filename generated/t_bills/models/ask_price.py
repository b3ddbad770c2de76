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

T = TypeVar("T", bound="AskPrice")


@_attrs_define(weakref_slot=False)
class AskPrice:
    """A price quotation, presumably for converting `payment_currency` into the product currency, valid until
    `expire_time`; Deposit's `ask_price_id` is a quotation's `price_id`. No operation of the document returns it (errata
    TB-17).

    """

    price_id: str
    """ Price ID (what `client.t_bills.create_deposit`'s `ask_price_id` takes). """
    price: Decimal
    """ Price. """
    expire_time: int
    """ Expiration time, re-inquiry is required after expiration (presumably milliseconds since the Unix epoch). """
    filled_amount: Decimal
    """ Filled amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        price_id = self.price_id

        price = decimal_to_wire(self.price)

        expire_time = self.expire_time

        filled_amount = decimal_to_wire(self.filled_amount)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_id": price_id,
                "price": price,
                "expire_time": expire_time,
                "filled_amount": filled_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            price_id = d.pop("price_id")
            if price_id.__class__ is not str:  # inline fast path: most values are right
                price_id = expect_type(price_id, str)
        except PARSE_ERRORS as _error:
            price_id = invalid(cls, "price_id", src_dict, _error)
            _broken = True

        try:
            price = decimal_from_wire(d.pop("price"))

        except PARSE_ERRORS as _error:
            price = invalid(cls, "price", src_dict, _error)
            _broken = True

        try:
            expire_time = d.pop("expire_time")
            if expire_time.__class__ is not int:  # inline fast path: most values are right
                expire_time = expect_type(expire_time, int)
        except PARSE_ERRORS as _error:
            expire_time = invalid(cls, "expire_time", src_dict, _error)
            _broken = True

        try:
            filled_amount = decimal_from_wire(d.pop("filled_amount"))

        except PARSE_ERRORS as _error:
            filled_amount = invalid(cls, "filled_amount", src_dict, _error)
            _broken = True

        _instance = cls(
            price_id=price_id,
            price=price,
            expire_time=expire_time,
            filled_amount=filled_amount,
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
