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

T = TypeVar("T", bound="RcuSummary")


@_attrs_define(weakref_slot=False)
class RcuSummary:
    rcu_id: int
    """ RCU id. """
    rcu_name: str
    """ RCU name. """
    total_value: Decimal
    """ Total value (USD). """
    loan_size: Decimal
    """ Loan size (USD). """
    skitg: Decimal
    """ Skitg (USD), presumably "skin in the game". """
    initial_margin_ratio: Decimal
    """ Initial margin ratio. """
    order_id: str
    """ Order id. """
    is_enable: bool
    """ Is enabled (true/false). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        rcu_id = self.rcu_id

        rcu_name = self.rcu_name

        total_value = decimal_to_wire(self.total_value)

        loan_size = decimal_to_wire(self.loan_size)

        skitg = decimal_to_wire(self.skitg)

        initial_margin_ratio = decimal_to_wire(self.initial_margin_ratio)

        order_id = self.order_id

        is_enable = self.is_enable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rcu_id": rcu_id,
                "rcu_name": rcu_name,
                "total_value": total_value,
                "loan_size": loan_size,
                "skitg": skitg,
                "initial_margin_ratio": initial_margin_ratio,
                "order_id": order_id,
                "is_enable": is_enable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            rcu_id = d.pop("rcu_id")
            if rcu_id.__class__ is not int:  # inline fast path: most values are right
                rcu_id = expect_type(rcu_id, int)
        except PARSE_ERRORS as _error:
            rcu_id = invalid(cls, "rcu_id", src_dict, _error)
            _broken = True

        try:
            rcu_name = d.pop("rcu_name")
            if rcu_name.__class__ is not str:  # inline fast path: most values are right
                rcu_name = expect_type(rcu_name, str)
        except PARSE_ERRORS as _error:
            rcu_name = invalid(cls, "rcu_name", src_dict, _error)
            _broken = True

        try:
            total_value = decimal_from_wire(d.pop("total_value"))

        except PARSE_ERRORS as _error:
            total_value = invalid(cls, "total_value", src_dict, _error)
            _broken = True

        try:
            loan_size = decimal_from_wire(d.pop("loan_size"))

        except PARSE_ERRORS as _error:
            loan_size = invalid(cls, "loan_size", src_dict, _error)
            _broken = True

        try:
            skitg = decimal_from_wire(d.pop("skitg"))

        except PARSE_ERRORS as _error:
            skitg = invalid(cls, "skitg", src_dict, _error)
            _broken = True

        try:
            initial_margin_ratio = decimal_from_wire(d.pop("initial_margin_ratio"))

        except PARSE_ERRORS as _error:
            initial_margin_ratio = invalid(cls, "initial_margin_ratio", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            is_enable = d.pop("is_enable")
            if is_enable.__class__ is not bool:  # inline fast path: most values are right
                is_enable = expect_type(is_enable, bool)
        except PARSE_ERRORS as _error:
            is_enable = invalid(cls, "is_enable", src_dict, _error)
            _broken = True

        _instance = cls(
            rcu_id=rcu_id,
            rcu_name=rcu_name,
            total_value=total_value,
            loan_size=loan_size,
            skitg=skitg,
            initial_margin_ratio=initial_margin_ratio,
            order_id=order_id,
            is_enable=is_enable,
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
