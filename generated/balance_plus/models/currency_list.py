from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    expect_object,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

if TYPE_CHECKING:
    from ..models.currency_summary import CurrencySummary


T = TypeVar("T", bound="CurrencyList")


@_attrs_define(weakref_slot=False)
class CurrencyList:
    total_balance_amount: Decimal
    """ User's total balance amount. """
    total_interest: Decimal
    """ User's total revenue amount. """
    currencies: list[CurrencySummary]
    """ List of investable currencies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        total_balance_amount = decimal_to_wire(self.total_balance_amount)

        total_interest = decimal_to_wire(self.total_interest)

        currencies = []
        for currencies_item_data in self.currencies:
            currencies_item = currencies_item_data.to_dict()
            currencies.append(currencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_balance_amount": total_balance_amount,
                "total_interest": total_interest,
                "currencies": currencies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_summary import CurrencySummary  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            total_balance_amount = decimal_from_wire(d.pop("total_balance_amount"))

        except PARSE_ERRORS as _error:
            total_balance_amount = invalid(cls, "total_balance_amount", src_dict, _error)
            _broken = True

        try:
            total_interest = decimal_from_wire(d.pop("total_interest"))

        except PARSE_ERRORS as _error:
            total_interest = invalid(cls, "total_interest", src_dict, _error)
            _broken = True

        try:
            currencies = []
            _currencies = d.pop("currencies")
            for currencies_item_data in _currencies:
                currencies_item = CurrencySummary.from_dict(currencies_item_data)

                currencies.append(currencies_item)

        except PARSE_ERRORS as _error:
            currencies = invalid(cls, "currencies", src_dict, _error)
            _broken = True

        _instance = cls(
            total_balance_amount=total_balance_amount,
            total_interest=total_interest,
            currencies=currencies,
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
