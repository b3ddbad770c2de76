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

T = TypeVar("T", bound="WithdrawableBalance")


@_attrs_define(weakref_slot=False)
class WithdrawableBalance:
    redeem_min_amount: Decimal
    """ Minimum withdraw amount. """
    redeem_max_amount: Decimal
    """ Maximum withdraw amount. """
    reference_apy: Decimal
    """ Reference APY. """
    principal: Decimal
    """ Currently confirmed investment principal. """
    interest: Decimal
    """ Current remaining interest. """
    supply_balance: Decimal
    """ Pool liquidity balance. """
    redeem_delay_time: int
    """ Withdraw delay time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        redeem_min_amount = decimal_to_wire(self.redeem_min_amount)

        redeem_max_amount = decimal_to_wire(self.redeem_max_amount)

        reference_apy = decimal_to_wire(self.reference_apy)

        principal = decimal_to_wire(self.principal)

        interest = decimal_to_wire(self.interest)

        supply_balance = decimal_to_wire(self.supply_balance)

        redeem_delay_time = self.redeem_delay_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redeem_min_amount": redeem_min_amount,
                "redeem_max_amount": redeem_max_amount,
                "reference_apy": reference_apy,
                "principal": principal,
                "interest": interest,
                "supply_balance": supply_balance,
                "redeem_delay_time": redeem_delay_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            redeem_min_amount = decimal_from_wire(d.pop("redeem_min_amount"))

        except PARSE_ERRORS as _error:
            redeem_min_amount = invalid(cls, "redeem_min_amount", src_dict, _error)
            _broken = True

        try:
            redeem_max_amount = decimal_from_wire(d.pop("redeem_max_amount"))

        except PARSE_ERRORS as _error:
            redeem_max_amount = invalid(cls, "redeem_max_amount", src_dict, _error)
            _broken = True

        try:
            reference_apy = decimal_from_wire(d.pop("reference_apy"))

        except PARSE_ERRORS as _error:
            reference_apy = invalid(cls, "reference_apy", src_dict, _error)
            _broken = True

        try:
            principal = decimal_from_wire(d.pop("principal"))

        except PARSE_ERRORS as _error:
            principal = invalid(cls, "principal", src_dict, _error)
            _broken = True

        try:
            interest = decimal_from_wire(d.pop("interest"))

        except PARSE_ERRORS as _error:
            interest = invalid(cls, "interest", src_dict, _error)
            _broken = True

        try:
            supply_balance = decimal_from_wire(d.pop("supply_balance"))

        except PARSE_ERRORS as _error:
            supply_balance = invalid(cls, "supply_balance", src_dict, _error)
            _broken = True

        try:
            redeem_delay_time = d.pop("redeem_delay_time")
            if redeem_delay_time.__class__ is not int:  # inline fast path: most values are right
                redeem_delay_time = expect_type(redeem_delay_time, int)
        except PARSE_ERRORS as _error:
            redeem_delay_time = invalid(cls, "redeem_delay_time", src_dict, _error)
            _broken = True

        _instance = cls(
            redeem_min_amount=redeem_min_amount,
            redeem_max_amount=redeem_max_amount,
            reference_apy=reference_apy,
            principal=principal,
            interest=interest,
            supply_balance=supply_balance,
            redeem_delay_time=redeem_delay_time,
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
