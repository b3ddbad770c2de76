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

T = TypeVar("T", bound="CurrencySummary")


@_attrs_define(weakref_slot=False)
class CurrencySummary:
    currency: str
    """ Currency name. """
    balance: Decimal
    """ User balance in this currency. """
    deposit_apy: Decimal
    """ Deposit APY. """
    interest: Decimal
    """ User's income amount in this currency. """
    product_type: str | Unset = UNSET
    """ Product type. """
    subject_type: str | Unset = UNSET
    """ Subject type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        balance = decimal_to_wire(self.balance)

        deposit_apy = decimal_to_wire(self.deposit_apy)

        interest = decimal_to_wire(self.interest)

        product_type = self.product_type

        subject_type = self.subject_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "balance": balance,
                "deposit_apy": deposit_apy,
                "interest": interest,
            }
        )
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            balance = decimal_from_wire(d.pop("balance"))

        except PARSE_ERRORS as _error:
            balance = invalid(cls, "balance", src_dict, _error)
            _broken = True

        try:
            deposit_apy = decimal_from_wire(d.pop("deposit_apy"))

        except PARSE_ERRORS as _error:
            deposit_apy = invalid(cls, "deposit_apy", src_dict, _error)
            _broken = True

        try:
            interest = decimal_from_wire(d.pop("interest"))

        except PARSE_ERRORS as _error:
            interest = invalid(cls, "interest", src_dict, _error)
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

        _instance = cls(
            currency=currency,
            balance=balance,
            deposit_apy=deposit_apy,
            interest=interest,
            product_type=product_type,
            subject_type=subject_type,
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
