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

from ..models.accrual_type import AccrualType
from ..types import NO_FIELDS

T = TypeVar("T", bound="AvailableBalance")


@_attrs_define(weakref_slot=False)
class AvailableBalance:
    supply_min_amount: Decimal
    """ Minimum amount of a single deposit. """
    supply_max_amount: Decimal
    """ Maximum amount of a single deposit. """
    user_supply_max_amount: Decimal
    """ User's maximum investment amount. """
    user_available_balance: Decimal
    """ User available balance. """
    agreement: str
    """ Agreement name. """
    reference_apy: Decimal
    """ Reference APY. """
    accrual_type: AccrualType
    """ Interest calculation mode: 1 simple interest, 2 compound interest. """
    interest_period: int
    """ Interest period. """
    questionnaire: bool
    """ Whether the user must answer the questionnaire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        supply_min_amount = decimal_to_wire(self.supply_min_amount)

        supply_max_amount = decimal_to_wire(self.supply_max_amount)

        user_supply_max_amount = decimal_to_wire(self.user_supply_max_amount)

        user_available_balance = decimal_to_wire(self.user_available_balance)

        agreement = self.agreement

        reference_apy = decimal_to_wire(self.reference_apy)

        accrual_type = AccrualType(self.accrual_type).value

        interest_period = self.interest_period

        questionnaire = self.questionnaire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supply_min_amount": supply_min_amount,
                "supply_max_amount": supply_max_amount,
                "user_supply_max_amount": user_supply_max_amount,
                "user_available_balance": user_available_balance,
                "agreement": agreement,
                "reference_apy": reference_apy,
                "accrual_type": accrual_type,
                "interest_period": interest_period,
                "questionnaire": questionnaire,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            supply_min_amount = decimal_from_wire(d.pop("supply_min_amount"))

        except PARSE_ERRORS as _error:
            supply_min_amount = invalid(cls, "supply_min_amount", src_dict, _error)
            _broken = True

        try:
            supply_max_amount = decimal_from_wire(d.pop("supply_max_amount"))

        except PARSE_ERRORS as _error:
            supply_max_amount = invalid(cls, "supply_max_amount", src_dict, _error)
            _broken = True

        try:
            user_supply_max_amount = decimal_from_wire(d.pop("user_supply_max_amount"))

        except PARSE_ERRORS as _error:
            user_supply_max_amount = invalid(cls, "user_supply_max_amount", src_dict, _error)
            _broken = True

        try:
            user_available_balance = decimal_from_wire(d.pop("user_available_balance"))

        except PARSE_ERRORS as _error:
            user_available_balance = invalid(cls, "user_available_balance", src_dict, _error)
            _broken = True

        try:
            agreement = d.pop("agreement")
            if agreement.__class__ is not str:  # inline fast path: most values are right
                agreement = expect_type(agreement, str)
        except PARSE_ERRORS as _error:
            agreement = invalid(cls, "agreement", src_dict, _error)
            _broken = True

        try:
            reference_apy = decimal_from_wire(d.pop("reference_apy"))

        except PARSE_ERRORS as _error:
            reference_apy = invalid(cls, "reference_apy", src_dict, _error)
            _broken = True

        try:
            accrual_type = AccrualType.from_wire(d.pop("accrual_type"))

        except PARSE_ERRORS as _error:
            accrual_type = invalid(cls, "accrual_type", src_dict, _error)
            _broken = True

        try:
            interest_period = d.pop("interest_period")
            if interest_period.__class__ is not int:  # inline fast path: most values are right
                interest_period = expect_type(interest_period, int)
        except PARSE_ERRORS as _error:
            interest_period = invalid(cls, "interest_period", src_dict, _error)
            _broken = True

        try:
            questionnaire = d.pop("questionnaire")
            if questionnaire.__class__ is not bool:  # inline fast path: most values are right
                questionnaire = expect_type(questionnaire, bool)
        except PARSE_ERRORS as _error:
            questionnaire = invalid(cls, "questionnaire", src_dict, _error)
            _broken = True

        _instance = cls(
            supply_min_amount=supply_min_amount,
            supply_max_amount=supply_max_amount,
            user_supply_max_amount=user_supply_max_amount,
            user_available_balance=user_available_balance,
            agreement=agreement,
            reference_apy=reference_apy,
            accrual_type=accrual_type,
            interest_period=interest_period,
            questionnaire=questionnaire,
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
