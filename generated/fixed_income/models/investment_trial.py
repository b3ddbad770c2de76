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

T = TypeVar("T", bound="InvestmentTrial")


@_attrs_define(weakref_slot=False)
class InvestmentTrial:
    """Estimated outcome of an investment. All amounts are decimals in units of `currency` (errata FI-3 about the
    e8-looking example values).

    """

    estimate_min_settle_amount_dec: Decimal
    """ Estimated minimum settlement amount, at the minimum rate of return: capital + closed-period revenue +
    collection-period revenue + coupon profit. """
    estimate_max_settle_amount_dec: Decimal
    """ Estimated maximum settlement amount, at the maximum rate of return: capital + closed-period revenue +
    collection-period revenue + coupon profit. """
    estimate_settle_amount_dec: Decimal
    """ Estimated settlement amount. """
    estimate_min_profit_dec: Decimal
    """ Estimated minimum revenue, at the minimum rate of return: closed-period revenue + collection-period revenue
    + coupon profit. """
    estimate_max_profit_dec: Decimal
    """ Estimated maximum revenue, at the maximum rate of return: closed-period revenue + collection-period revenue
    + coupon profit. """
    estimate_profit_dec: Decimal
    """ Estimated profit. """
    demand_profit_dec: Decimal
    """ Collection (raising-period) profit. """
    coupon_profit_dec: Decimal
    """ Coupon profit. """
    estimate_min_invest_profit_dec: Decimal
    """ Estimated minimum closed-period profit. """
    estimate_max_invest_profit_dec: Decimal
    """ Estimated maximum closed-period profit. """
    currency: str
    """ Currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        estimate_min_settle_amount_dec = decimal_to_wire(self.estimate_min_settle_amount_dec)

        estimate_max_settle_amount_dec = decimal_to_wire(self.estimate_max_settle_amount_dec)

        estimate_settle_amount_dec = decimal_to_wire(self.estimate_settle_amount_dec)

        estimate_min_profit_dec = decimal_to_wire(self.estimate_min_profit_dec)

        estimate_max_profit_dec = decimal_to_wire(self.estimate_max_profit_dec)

        estimate_profit_dec = decimal_to_wire(self.estimate_profit_dec)

        demand_profit_dec = decimal_to_wire(self.demand_profit_dec)

        coupon_profit_dec = decimal_to_wire(self.coupon_profit_dec)

        estimate_min_invest_profit_dec = decimal_to_wire(self.estimate_min_invest_profit_dec)

        estimate_max_invest_profit_dec = decimal_to_wire(self.estimate_max_invest_profit_dec)

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimate_min_settle_amount_dec": estimate_min_settle_amount_dec,
                "estimate_max_settle_amount_dec": estimate_max_settle_amount_dec,
                "estimate_settle_amount_dec": estimate_settle_amount_dec,
                "estimate_min_profit_dec": estimate_min_profit_dec,
                "estimate_max_profit_dec": estimate_max_profit_dec,
                "estimate_profit_dec": estimate_profit_dec,
                "demand_profit_dec": demand_profit_dec,
                "coupon_profit_dec": coupon_profit_dec,
                "estimate_min_invest_profit_dec": estimate_min_invest_profit_dec,
                "estimate_max_invest_profit_dec": estimate_max_invest_profit_dec,
                "currency": currency,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            estimate_min_settle_amount_dec = decimal_from_wire(d.pop("estimate_min_settle_amount_dec"))

        except PARSE_ERRORS as _error:
            estimate_min_settle_amount_dec = invalid(cls, "estimate_min_settle_amount_dec", src_dict, _error)
            _broken = True

        try:
            estimate_max_settle_amount_dec = decimal_from_wire(d.pop("estimate_max_settle_amount_dec"))

        except PARSE_ERRORS as _error:
            estimate_max_settle_amount_dec = invalid(cls, "estimate_max_settle_amount_dec", src_dict, _error)
            _broken = True

        try:
            estimate_settle_amount_dec = decimal_from_wire(d.pop("estimate_settle_amount_dec"))

        except PARSE_ERRORS as _error:
            estimate_settle_amount_dec = invalid(cls, "estimate_settle_amount_dec", src_dict, _error)
            _broken = True

        try:
            estimate_min_profit_dec = decimal_from_wire(d.pop("estimate_min_profit_dec"))

        except PARSE_ERRORS as _error:
            estimate_min_profit_dec = invalid(cls, "estimate_min_profit_dec", src_dict, _error)
            _broken = True

        try:
            estimate_max_profit_dec = decimal_from_wire(d.pop("estimate_max_profit_dec"))

        except PARSE_ERRORS as _error:
            estimate_max_profit_dec = invalid(cls, "estimate_max_profit_dec", src_dict, _error)
            _broken = True

        try:
            estimate_profit_dec = decimal_from_wire(d.pop("estimate_profit_dec"))

        except PARSE_ERRORS as _error:
            estimate_profit_dec = invalid(cls, "estimate_profit_dec", src_dict, _error)
            _broken = True

        try:
            demand_profit_dec = decimal_from_wire(d.pop("demand_profit_dec"))

        except PARSE_ERRORS as _error:
            demand_profit_dec = invalid(cls, "demand_profit_dec", src_dict, _error)
            _broken = True

        try:
            coupon_profit_dec = decimal_from_wire(d.pop("coupon_profit_dec"))

        except PARSE_ERRORS as _error:
            coupon_profit_dec = invalid(cls, "coupon_profit_dec", src_dict, _error)
            _broken = True

        try:
            estimate_min_invest_profit_dec = decimal_from_wire(d.pop("estimate_min_invest_profit_dec"))

        except PARSE_ERRORS as _error:
            estimate_min_invest_profit_dec = invalid(cls, "estimate_min_invest_profit_dec", src_dict, _error)
            _broken = True

        try:
            estimate_max_invest_profit_dec = decimal_from_wire(d.pop("estimate_max_invest_profit_dec"))

        except PARSE_ERRORS as _error:
            estimate_max_invest_profit_dec = invalid(cls, "estimate_max_invest_profit_dec", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        _instance = cls(
            estimate_min_settle_amount_dec=estimate_min_settle_amount_dec,
            estimate_max_settle_amount_dec=estimate_max_settle_amount_dec,
            estimate_settle_amount_dec=estimate_settle_amount_dec,
            estimate_min_profit_dec=estimate_min_profit_dec,
            estimate_max_profit_dec=estimate_max_profit_dec,
            estimate_profit_dec=estimate_profit_dec,
            demand_profit_dec=demand_profit_dec,
            coupon_profit_dec=coupon_profit_dec,
            estimate_min_invest_profit_dec=estimate_min_invest_profit_dec,
            estimate_max_invest_profit_dec=estimate_max_invest_profit_dec,
            currency=currency,
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
