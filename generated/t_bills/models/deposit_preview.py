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

T = TypeVar("T", bound="DepositPreview")


@_attrs_define(weakref_slot=False)
class DepositPreview:
    payment_principal: Decimal
    """ Payment amount during deposit. """
    payment_currency: str
    """ Payment currency during deposit. """
    reference_apy: Decimal
    """ Reference annual interest rate. """
    daily_interest: Decimal
    """ Estimated daily interest. """
    currency: str
    """ Product currency. """
    stbt_amount: Decimal
    """ Estimated amount of STBT to be obtained. """
    fiat_conversion_fee: Decimal
    """ Fiat currency conversion fee. """
    confirmed_after_conversion: bool
    """ Confirmed fiat_conversion_fee after conversion. """
    no_reference_apy: bool
    """ No reference APY (true when first-time). """
    no_daily_interest: bool
    """ No daily interest (true when first-time). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        payment_principal = decimal_to_wire(self.payment_principal)

        payment_currency = self.payment_currency

        reference_apy = decimal_to_wire(self.reference_apy)

        daily_interest = decimal_to_wire(self.daily_interest)

        currency = self.currency

        stbt_amount = decimal_to_wire(self.stbt_amount)

        fiat_conversion_fee = decimal_to_wire(self.fiat_conversion_fee)

        confirmed_after_conversion = self.confirmed_after_conversion

        no_reference_apy = self.no_reference_apy

        no_daily_interest = self.no_daily_interest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payment_principal": payment_principal,
                "payment_currency": payment_currency,
                "reference_apy": reference_apy,
                "daily_interest": daily_interest,
                "currency": currency,
                "stbt_amount": stbt_amount,
                "fiat_conversion_fee": fiat_conversion_fee,
                "confirmed_after_conversion": confirmed_after_conversion,
                "no_reference_apy": no_reference_apy,
                "no_daily_interest": no_daily_interest,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            payment_principal = decimal_from_wire(d.pop("payment_principal"))

        except PARSE_ERRORS as _error:
            payment_principal = invalid(cls, "payment_principal", src_dict, _error)
            _broken = True

        try:
            payment_currency = d.pop("payment_currency")
            if payment_currency.__class__ is not str:  # inline fast path: most values are right
                payment_currency = expect_type(payment_currency, str)
        except PARSE_ERRORS as _error:
            payment_currency = invalid(cls, "payment_currency", src_dict, _error)
            _broken = True

        try:
            reference_apy = decimal_from_wire(d.pop("reference_apy"))

        except PARSE_ERRORS as _error:
            reference_apy = invalid(cls, "reference_apy", src_dict, _error)
            _broken = True

        try:
            daily_interest = decimal_from_wire(d.pop("daily_interest"))

        except PARSE_ERRORS as _error:
            daily_interest = invalid(cls, "daily_interest", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            stbt_amount = decimal_from_wire(d.pop("stbt_amount"))

        except PARSE_ERRORS as _error:
            stbt_amount = invalid(cls, "stbt_amount", src_dict, _error)
            _broken = True

        try:
            fiat_conversion_fee = decimal_from_wire(d.pop("fiat_conversion_fee"))

        except PARSE_ERRORS as _error:
            fiat_conversion_fee = invalid(cls, "fiat_conversion_fee", src_dict, _error)
            _broken = True

        try:
            confirmed_after_conversion = d.pop("confirmed_after_conversion")
            if confirmed_after_conversion.__class__ is not bool:  # inline fast path: most values are right
                confirmed_after_conversion = expect_type(confirmed_after_conversion, bool)
        except PARSE_ERRORS as _error:
            confirmed_after_conversion = invalid(cls, "confirmed_after_conversion", src_dict, _error)
            _broken = True

        try:
            no_reference_apy = d.pop("no_reference_apy")
            if no_reference_apy.__class__ is not bool:  # inline fast path: most values are right
                no_reference_apy = expect_type(no_reference_apy, bool)
        except PARSE_ERRORS as _error:
            no_reference_apy = invalid(cls, "no_reference_apy", src_dict, _error)
            _broken = True

        try:
            no_daily_interest = d.pop("no_daily_interest")
            if no_daily_interest.__class__ is not bool:  # inline fast path: most values are right
                no_daily_interest = expect_type(no_daily_interest, bool)
        except PARSE_ERRORS as _error:
            no_daily_interest = invalid(cls, "no_daily_interest", src_dict, _error)
            _broken = True

        _instance = cls(
            payment_principal=payment_principal,
            payment_currency=payment_currency,
            reference_apy=reference_apy,
            daily_interest=daily_interest,
            currency=currency,
            stbt_amount=stbt_amount,
            fiat_conversion_fee=fiat_conversion_fee,
            confirmed_after_conversion=confirmed_after_conversion,
            no_reference_apy=no_reference_apy,
            no_daily_interest=no_daily_interest,
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
