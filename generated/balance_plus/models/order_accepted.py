from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.order_type import OrderType
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="OrderAccepted")


@_attrs_define(weakref_slot=False)
class OrderAccepted:
    serial_number: str
    """ Serial number; pass it to `client.balance_plus.get_deposit_withdraw_result`. """
    type_: OrderType
    """ Order type: 1 deposit, 2 withdraw. """
    income_distribution_time: int | Unset = UNSET
    """ Income distribution time. Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_wire_names__: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """Attributes named unlike their JSON keys (the one-pass decoder reads JSON keys as attribute names)."""

    def to_dict(self) -> dict[str, Any]:
        serial_number = self.serial_number

        type_ = OrderType(self.type_).value

        income_distribution_time = self.income_distribution_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serial_number": serial_number,
                "type": type_,
            }
        )
        if income_distribution_time is not UNSET:
            field_dict["income_distribution_time"] = income_distribution_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            serial_number = d.pop("serial_number")
            if serial_number.__class__ is not str:  # inline fast path: most values are right
                serial_number = expect_type(serial_number, str)
        except PARSE_ERRORS as _error:
            serial_number = invalid(cls, "serial_number", src_dict, _error)
            _broken = True

        try:
            type_ = OrderType.from_wire(d.pop("type"))

        except PARSE_ERRORS as _error:
            type_ = invalid(cls, "type", src_dict, _error)
            _broken = True

        try:
            income_distribution_time = d.pop("income_distribution_time", UNSET)
            if income_distribution_time.__class__ is not int:  # inline fast path: most values are right
                income_distribution_time = expect_type(income_distribution_time, int)
        except PARSE_ERRORS as _error:
            income_distribution_time = invalid(cls, "income_distribution_time", src_dict, _error)
            _broken = True

        _instance = cls(
            serial_number=serial_number,
            type_=type_,
            income_distribution_time=income_distribution_time,
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
