from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

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

from ..models.order_source import OrderSource
from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define(weakref_slot=False)
class Order:
    """A deposit or withdraw order."""

    amount: Decimal
    """ Investment amount. """
    created_at: int
    """ Creation time. """
    currency: str
    """ Investment currency. """
    order_id: str
    """ Order ID. """
    order_source: OrderSource
    """ Order source: 1 the user places an order, 2 the system places an order, 3 automatic deposit. """
    order_status: OrderStatus
    """ Order status: 1 queuing, 2 processing, 3 cancelled, 4 completed; 0 means all, as a filter only. """
    policy_id: str
    """ Policy ID. """
    redeem_all: bool
    """ Whether everything is withdrawn. """
    redeem_principal: Decimal
    """ Withdrawn principal. """
    redeem_profit: Decimal
    """ Withdrawn profit. """
    refund_transfer_sn: str
    """ Refund serial number. """
    transfer_sn: str
    """ Platform transaction serial number. """
    type_: OrderType
    """ Order type: 1 deposit, 2 withdraw. """
    updated_at: int
    """ Update time. """
    user_id: str
    """ User ID. """
    failed_code: int
    """ Why the order failed: an error code of this document (0 if it did not fail). """
    product_type: str | Unset = UNSET
    """ Product type. """
    subject_type: str | Unset = UNSET
    """ Subject type. """
    agreement_status: int | Unset = UNSET
    """ Undocumented; seen in the example. """
    biz_serial_number: str | Unset = UNSET
    """ Business serial number. Undocumented; seen in the example. """
    confirmed_time: int | Unset = UNSET
    """ Confirmation time. Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_wire_names__: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """Attributes named unlike their JSON keys (the one-pass decoder reads JSON keys as attribute names)."""

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_wire(self.amount)

        created_at = self.created_at

        currency = self.currency

        order_id = self.order_id

        order_source = OrderSource(self.order_source).value

        order_status = OrderStatus(self.order_status).value

        policy_id = self.policy_id

        redeem_all = self.redeem_all

        redeem_principal = decimal_to_wire(self.redeem_principal)

        redeem_profit = decimal_to_wire(self.redeem_profit)

        refund_transfer_sn = self.refund_transfer_sn

        transfer_sn = self.transfer_sn

        type_ = OrderType(self.type_).value

        updated_at = self.updated_at

        user_id = self.user_id

        failed_code = self.failed_code

        product_type = self.product_type

        subject_type = self.subject_type

        agreement_status = self.agreement_status

        biz_serial_number = self.biz_serial_number

        confirmed_time = self.confirmed_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "created_at": created_at,
                "currency": currency,
                "order_id": order_id,
                "order_source": order_source,
                "order_status": order_status,
                "policy_id": policy_id,
                "redeem_all": redeem_all,
                "redeem_principal": redeem_principal,
                "redeem_profit": redeem_profit,
                "refund_transfer_sn": refund_transfer_sn,
                "transfer_sn": transfer_sn,
                "type": type_,
                "updated_at": updated_at,
                "user_id": user_id,
                "failed_code": failed_code,
            }
        )
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if agreement_status is not UNSET:
            field_dict["agreement_status"] = agreement_status
        if biz_serial_number is not UNSET:
            field_dict["biz_serial_number"] = biz_serial_number
        if confirmed_time is not UNSET:
            field_dict["confirmed_time"] = confirmed_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            amount = decimal_from_wire(d.pop("amount"))

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            created_at = d.pop("created_at")
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            order_source = OrderSource.from_wire(d.pop("order_source"))

        except PARSE_ERRORS as _error:
            order_source = invalid(cls, "order_source", src_dict, _error)
            _broken = True

        try:
            order_status = OrderStatus.from_wire(d.pop("order_status"))

        except PARSE_ERRORS as _error:
            order_status = invalid(cls, "order_status", src_dict, _error)
            _broken = True

        try:
            policy_id = d.pop("policy_id")
            if policy_id.__class__ is not str:  # inline fast path: most values are right
                policy_id = expect_type(policy_id, str)
        except PARSE_ERRORS as _error:
            policy_id = invalid(cls, "policy_id", src_dict, _error)
            _broken = True

        try:
            redeem_all = d.pop("redeem_all")
            if redeem_all.__class__ is not bool:  # inline fast path: most values are right
                redeem_all = expect_type(redeem_all, bool)
        except PARSE_ERRORS as _error:
            redeem_all = invalid(cls, "redeem_all", src_dict, _error)
            _broken = True

        try:
            redeem_principal = decimal_from_wire(d.pop("redeem_principal"))

        except PARSE_ERRORS as _error:
            redeem_principal = invalid(cls, "redeem_principal", src_dict, _error)
            _broken = True

        try:
            redeem_profit = decimal_from_wire(d.pop("redeem_profit"))

        except PARSE_ERRORS as _error:
            redeem_profit = invalid(cls, "redeem_profit", src_dict, _error)
            _broken = True

        try:
            refund_transfer_sn = d.pop("refund_transfer_sn")
            if refund_transfer_sn.__class__ is not str:  # inline fast path: most values are right
                refund_transfer_sn = expect_type(refund_transfer_sn, str)
        except PARSE_ERRORS as _error:
            refund_transfer_sn = invalid(cls, "refund_transfer_sn", src_dict, _error)
            _broken = True

        try:
            transfer_sn = d.pop("transfer_sn")
            if transfer_sn.__class__ is not str:  # inline fast path: most values are right
                transfer_sn = expect_type(transfer_sn, str)
        except PARSE_ERRORS as _error:
            transfer_sn = invalid(cls, "transfer_sn", src_dict, _error)
            _broken = True

        try:
            type_ = OrderType.from_wire(d.pop("type"))

        except PARSE_ERRORS as _error:
            type_ = invalid(cls, "type", src_dict, _error)
            _broken = True

        try:
            updated_at = d.pop("updated_at")
            if updated_at.__class__ is not int:  # inline fast path: most values are right
                updated_at = expect_type(updated_at, int)
        except PARSE_ERRORS as _error:
            updated_at = invalid(cls, "updated_at", src_dict, _error)
            _broken = True

        try:
            user_id = d.pop("user_id")
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        try:
            failed_code = d.pop("failed_code")
            if failed_code.__class__ is not int:  # inline fast path: most values are right
                failed_code = expect_type(failed_code, int)
        except PARSE_ERRORS as _error:
            failed_code = invalid(cls, "failed_code", src_dict, _error)
            _broken = True

        try:
            product_type = d.pop("product_type", UNSET)
            if product_type.__class__ is not str:  # inline fast path: most values are right
                product_type = expect_type(product_type, str)
        except PARSE_ERRORS as _error:
            product_type = invalid(cls, "product_type", src_dict, _error)
            _broken = True

        try:
            subject_type = d.pop("subject_type", UNSET)
            if subject_type.__class__ is not str:  # inline fast path: most values are right
                subject_type = expect_type(subject_type, str)
        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        try:
            agreement_status = d.pop("agreement_status", UNSET)
            if agreement_status.__class__ is not int:  # inline fast path: most values are right
                agreement_status = expect_type(agreement_status, int)
        except PARSE_ERRORS as _error:
            agreement_status = invalid(cls, "agreement_status", src_dict, _error)
            _broken = True

        try:
            biz_serial_number = d.pop("biz_serial_number", UNSET)
            if biz_serial_number.__class__ is not str:  # inline fast path: most values are right
                biz_serial_number = expect_type(biz_serial_number, str)
        except PARSE_ERRORS as _error:
            biz_serial_number = invalid(cls, "biz_serial_number", src_dict, _error)
            _broken = True

        try:
            confirmed_time = d.pop("confirmed_time", UNSET)
            if confirmed_time.__class__ is not int:  # inline fast path: most values are right
                confirmed_time = expect_type(confirmed_time, int)
        except PARSE_ERRORS as _error:
            confirmed_time = invalid(cls, "confirmed_time", src_dict, _error)
            _broken = True

        _instance = cls(
            amount=amount,
            created_at=created_at,
            currency=currency,
            order_id=order_id,
            order_source=order_source,
            order_status=order_status,
            policy_id=policy_id,
            redeem_all=redeem_all,
            redeem_principal=redeem_principal,
            redeem_profit=redeem_profit,
            refund_transfer_sn=refund_transfer_sn,
            transfer_sn=transfer_sn,
            type_=type_,
            updated_at=updated_at,
            user_id=user_id,
            failed_code=failed_code,
            product_type=product_type,
            subject_type=subject_type,
            agreement_status=agreement_status,
            biz_serial_number=biz_serial_number,
            confirmed_time=confirmed_time,
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
