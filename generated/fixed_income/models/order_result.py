from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.order_result_status import OrderResultStatus
from ..types import NO_FIELDS

T = TypeVar("T", bound="OrderResult")


@_attrs_define(weakref_slot=False)
class OrderResult:
    """Result of a purchase order placed with `client.fixed_income.create_order`. While `status` is 0 (purchasing) the
    order is still being processed: ask again.

    """

    status: OrderResultStatus
    """ Result of a purchase order: 0 purchasing (still processing, ask again), 1 purchased, 2 purchase failed (see
    `failed_code` and `failed_message`). """
    failed_code: int
    """ Failure code (0 unless `status` is 2). """
    failed_message: str
    """ Failure message. """
    order_id: str
    """ Order ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        status = OrderResultStatus(self.status).value

        failed_code = self.failed_code

        failed_message = self.failed_message

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "failed_code": failed_code,
                "failed_message": failed_message,
                "order_id": order_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            status = OrderResultStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:
            failed_code = d.pop("failed_code")
            if failed_code.__class__ is not int:  # inline fast path: most values are right
                failed_code = expect_type(failed_code, int)
        except PARSE_ERRORS as _error:
            failed_code = invalid(cls, "failed_code", src_dict, _error)
            _broken = True

        try:
            failed_message = d.pop("failed_message")
            if failed_message.__class__ is not str:  # inline fast path: most values are right
                failed_message = expect_type(failed_message, str)
        except PARSE_ERRORS as _error:
            failed_message = invalid(cls, "failed_message", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        _instance = cls(
            status=status,
            failed_code=failed_code,
            failed_message=failed_message,
            order_id=order_id,
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
