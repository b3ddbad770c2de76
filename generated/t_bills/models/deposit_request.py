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

T = TypeVar("T", bound="DepositRequest")


@_attrs_define(weakref_slot=False)
class DepositRequest:
    address: str
    """ STBT address of user. """
    amount: Decimal
    """ The deposit amount, presumably in `payment_currency` (compare `client.t_bills.preview_deposit`'s
    `principal`; errata TB-18). """
    ask_price_id: str
    """ Ask price id: the `price_id` of a price quotation (the `AskPrice` schema). It may be the empty string when
    `payment_currency` is the product's currency (errata TB-18). """
    payment_currency: str
    """ Payment currency. """
    product_id: str
    """ Product id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        amount = decimal_to_wire(self.amount)

        ask_price_id = self.ask_price_id

        payment_currency = self.payment_currency

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "amount": amount,
                "ask_price_id": ask_price_id,
                "payment_currency": payment_currency,
                "product_id": product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            address = d.pop("address")
            if address.__class__ is not str:  # inline fast path: most values are right
                address = expect_type(address, str)
        except PARSE_ERRORS as _error:
            address = invalid(cls, "address", src_dict, _error)
            _broken = True

        try:
            amount = decimal_from_wire(d.pop("amount"))

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            ask_price_id = d.pop("ask_price_id")
            if ask_price_id.__class__ is not str:  # inline fast path: most values are right
                ask_price_id = expect_type(ask_price_id, str)
        except PARSE_ERRORS as _error:
            ask_price_id = invalid(cls, "ask_price_id", src_dict, _error)
            _broken = True

        try:
            payment_currency = d.pop("payment_currency")
            if payment_currency.__class__ is not str:  # inline fast path: most values are right
                payment_currency = expect_type(payment_currency, str)
        except PARSE_ERRORS as _error:
            payment_currency = invalid(cls, "payment_currency", src_dict, _error)
            _broken = True

        try:
            product_id = d.pop("product_id")
            if product_id.__class__ is not str:  # inline fast path: most values are right
                product_id = expect_type(product_id, str)
        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        _instance = cls(
            address=address,
            amount=amount,
            ask_price_id=ask_price_id,
            payment_currency=payment_currency,
            product_id=product_id,
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
