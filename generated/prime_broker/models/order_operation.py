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
from ..models.op_type import OpType
from ..types import NO_FIELDS

T = TypeVar("T", bound="OrderOperation")


@_attrs_define(weakref_slot=False)
class OrderOperation:
    created_at: int
    """ Created time, milliseconds since the Unix epoch. """
    serial_no: str
    """ Serial NO. """
    user_id: str
    """ User ID. """
    request_id: str
    """ Request id of the operation (the `request_id` sent to Add Order Margin, Order Renew, Order Repay, ...;
    errata PB-18). """
    order_id: str
    """ Order id (an account id in records of the undocumented op type 22). """
    currency: str
    """ Currency (may be empty). """
    op_type: OpType
    """ Type of an order operation. The document's example also shows 22, whose meaning is not documented (errata
    PB-17). """
    amount: Decimal
    """ Amount. """
    status: OpStatus
    """ Status of an order operation (margin records, operation records): 1 pending approval ("WaitApprove"), 2
    approved, 3 rejected, 4 processing, 5 processed, 6 failed (errata PB-16). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        serial_no = self.serial_no

        user_id = self.user_id

        request_id = self.request_id

        order_id = self.order_id

        currency = self.currency

        op_type = OpType(self.op_type).value

        amount = decimal_to_wire(self.amount)

        status = OpStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "serial_no": serial_no,
                "user_id": user_id,
                "request_id": request_id,
                "order_id": order_id,
                "currency": currency,
                "op_type": op_type,
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
            created_at = d.pop("created_at")
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

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
            request_id = d.pop("request_id")
            if request_id.__class__ is not str:  # inline fast path: most values are right
                request_id = expect_type(request_id, str)
        except PARSE_ERRORS as _error:
            request_id = invalid(cls, "request_id", src_dict, _error)
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
            op_type = OpType.from_wire(d.pop("op_type"))

        except PARSE_ERRORS as _error:
            op_type = invalid(cls, "op_type", src_dict, _error)
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
            created_at=created_at,
            serial_no=serial_no,
            user_id=user_id,
            request_id=request_id,
            order_id=order_id,
            currency=currency,
            op_type=op_type,
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
