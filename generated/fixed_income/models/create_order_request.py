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

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define(weakref_slot=False)
class CreateOrderRequest:
    product_id: str
    """ Product ID, e.g. 6820591484295766016. """
    amount_dec: Decimal
    """ Investment amount. """
    coupon_id: int | Unset = UNSET
    """ Coupon ID, an integer; `client.fixed_income.list_coupons` returns coupon ids as strings, convert them
    (errata FI-21). """
    serial_number: str | Unset = UNSET
    """ Unique serial number provided by the client, up to 32 characters, optional. The server de-duplicates on it;
    `client.fixed_income.get_order_result` and the orders call it `out_serial_number` (errata FI-6). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        amount_dec = decimal_to_wire(self.amount_dec)

        coupon_id = self.coupon_id

        serial_number = self.serial_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "amount_dec": amount_dec,
            }
        )
        if coupon_id is not UNSET:
            field_dict["coupon_id"] = coupon_id
        if serial_number is not UNSET:
            field_dict["serial_number"] = serial_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            product_id = d.pop("product_id")
            if product_id.__class__ is not str:  # inline fast path: most values are right
                product_id = expect_type(product_id, str)
        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        try:
            amount_dec = decimal_from_wire(d.pop("amount_dec"))

        except PARSE_ERRORS as _error:
            amount_dec = invalid(cls, "amount_dec", src_dict, _error)
            _broken = True

        try:
            coupon_id = d.pop("coupon_id", UNSET)
            if coupon_id.__class__ is not int:  # inline fast path: most values are right
                coupon_id = expect_type(coupon_id, int)
        except PARSE_ERRORS as _error:
            coupon_id = invalid(cls, "coupon_id", src_dict, _error)
            _broken = True

        try:
            serial_number = d.pop("serial_number", UNSET)
            if serial_number.__class__ is not str:  # inline fast path: most values are right
                serial_number = expect_type(serial_number, str)
        except PARSE_ERRORS as _error:
            serial_number = invalid(cls, "serial_number", src_dict, _error)
            _broken = True

        _instance = cls(
            product_id=product_id,
            amount_dec=amount_dec,
            coupon_id=coupon_id,
            serial_number=serial_number,
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
