from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.exchange import Exchange
from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency_minimum_amount import CurrencyMinimumAmount


T = TypeVar("T", bound="ExchangeMinimumAmounts")


@_attrs_define(weakref_slot=False)
class ExchangeMinimumAmounts:
    exchange: Exchange | Unset = UNSET
    """ Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the `ex_value` of
    responses. """
    currency_info: list[CurrencyMinimumAmount] | Unset = UNSET
    """ Undocumented; seen in the example. One entry per currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        exchange: str | Unset = UNSET
        if not isinstance(self.exchange, Unset):
            exchange = Exchange(self.exchange).value

        currency_info: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currency_info, Unset):
            currency_info = []
            for currency_info_item_data in self.currency_info:
                currency_info_item = currency_info_item_data.to_dict()
                currency_info.append(currency_info_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if currency_info is not UNSET:
            field_dict["currency_info"] = currency_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency_minimum_amount import CurrencyMinimumAmount  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            _exchange = d.pop("exchange", UNSET)
            exchange: Exchange | Unset
            if isinstance(_exchange, Unset):
                exchange = UNSET
            else:
                exchange = Exchange.from_wire(_exchange)

        except PARSE_ERRORS as _error:
            exchange = invalid(cls, "exchange", src_dict, _error)
            _broken = True

        try:
            _currency_info = d.pop("currency_info", UNSET)
            currency_info: list[CurrencyMinimumAmount] | Unset = UNSET
            if _currency_info is not UNSET:
                currency_info = []
                for currency_info_item_data in _currency_info:
                    currency_info_item = CurrencyMinimumAmount.from_dict(currency_info_item_data)

                    currency_info.append(currency_info_item)

        except PARSE_ERRORS as _error:
            currency_info = invalid(cls, "currency_info", src_dict, _error)
            _broken = True

        _instance = cls(
            exchange=exchange,
            currency_info=currency_info,
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
