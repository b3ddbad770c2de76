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

from ..models.op_status import OpStatus
from ..types import NO_FIELDS

T = TypeVar("T", bound="MarginRecord")


@_attrs_define(weakref_slot=False)
class MarginRecord:
    serial_no: str
    """ Serial NO. """
    user_id: str
    """ User ID. """
    order_id: str
    """ Order id. """
    currency: str
    """ Currency. """
    amount: Decimal
    """ Amount. """
    status: OpStatus
    """ Status of an order operation (margin records, operation records): 1 pending approval ("WaitApprove"), 2
    approved, 3 rejected, 4 processing, 5 processed, 6 failed (errata PB-16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        serial_no = self.serial_no

        user_id = self.user_id

        order_id = self.order_id

        currency = self.currency

        amount = decimal_to_wire(self.amount)

        status = OpStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serial_no": serial_no,
                "user_id": user_id,
                "order_id": order_id,
                "currency": currency,
                "amount": amount,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            serial_no = d.pop("serial_no")
            if serial_no.__class__ is not str:  # inline fast path: most values are right
                serial_no = expect_type(serial_no, str)
        except PARSE_ERRORS as _error:
            serial_no = invalid(cls, "serial_no", src_dict, _error)
            _broken = True

        try:
            user_id = d.pop("user_id")
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            amount = decimal_from_wire(d.pop("amount"))

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            status = OpStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        _instance = cls(
            serial_no=serial_no,
            user_id=user_id,
            order_id=order_id,
            currency=currency,
            amount=amount,
            status=status,
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
