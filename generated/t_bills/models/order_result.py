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

from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import NO_FIELDS

T = TypeVar("T", bound="OrderResult")


@_attrs_define(weakref_slot=False)
class OrderResult:
    order_id: str
    """ Order id. """
    order_type: OrderType
    """ Order type: 1 deposit, 2 withdraw (redeem). """
    amount: Decimal
    """ Amount. """
    currency: str
    """ Currency. """
    status: OrderStatus
    """ Order status: 1 initial state, 10 cancelled, 60 completed, 70 failed; any other value (the Order Result
    example shows 120) means the order is still processing (errata TB-21). """
    address: str
    """ STBT address of user. """
    fail_msg: str
    """ Fail message. """
    paid_amount: Decimal
    """ Paid amount. """
    paid_currency: str
    """ Paid currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_type = OrderType(self.order_type).value

        amount = decimal_to_wire(self.amount)

        currency = self.currency

        status = OrderStatus(self.status).value

        address = self.address

        fail_msg = self.fail_msg

        paid_amount = decimal_to_wire(self.paid_amount)

        paid_currency = self.paid_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "order_type": order_type,
                "amount": amount,
                "currency": currency,
                "status": status,
                "address": address,
                "fail_msg": fail_msg,
                "paid_amount": paid_amount,
                "paid_currency": paid_currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            order_type = OrderType.from_wire(d.pop("order_type"))

        except PARSE_ERRORS as _error:
            order_type = invalid(cls, "order_type", src_dict, _error)
            _broken = True

        try:
            amount = decimal_from_wire(d.pop("amount"))

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            status = OrderStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:
            address = d.pop("address")
            if address.__class__ is not str:  # inline fast path: most values are right
                address = expect_type(address, str)
        except PARSE_ERRORS as _error:
            address = invalid(cls, "address", src_dict, _error)
            _broken = True

        try:
            fail_msg = d.pop("fail_msg")
            if fail_msg.__class__ is not str:  # inline fast path: most values are right
                fail_msg = expect_type(fail_msg, str)
        except PARSE_ERRORS as _error:
            fail_msg = invalid(cls, "fail_msg", src_dict, _error)
            _broken = True

        try:
            paid_amount = decimal_from_wire(d.pop("paid_amount"))

        except PARSE_ERRORS as _error:
            paid_amount = invalid(cls, "paid_amount", src_dict, _error)
            _broken = True

        try:
            paid_currency = d.pop("paid_currency")
            if paid_currency.__class__ is not str:  # inline fast path: most values are right
                paid_currency = expect_type(paid_currency, str)
        except PARSE_ERRORS as _error:
            paid_currency = invalid(cls, "paid_currency", src_dict, _error)
            _broken = True

        _instance = cls(
            order_id=order_id,
            order_type=order_type,
            amount=amount,
            currency=currency,
            status=status,
            address=address,
            fail_msg=fail_msg,
            paid_amount=paid_amount,
            paid_currency=paid_currency,
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
