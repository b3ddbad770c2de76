from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.exchange import Exchange
from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.trading_fee_rate import TradingFeeRate


T = TypeVar("T", bound="ExchangeTradingFees")


@_attrs_define(weakref_slot=False)
class ExchangeTradingFees:
    ex_name: str | Unset = UNSET
    """ Undocumented; seen in the example. Exchange name, for show. """
    ex_value: Exchange | Unset = UNSET
    """ Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the `ex_value` of
    responses. """
    trading_fees: list[TradingFeeRate] | Unset = UNSET
    """ Undocumented; seen in the example. Fee rates by VIP level and base coin. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        ex_name = self.ex_name

        ex_value: str | Unset = UNSET
        if not isinstance(self.ex_value, Unset):
            ex_value = Exchange(self.ex_value).value

        trading_fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trading_fees, Unset):
            trading_fees = []
            for trading_fees_item_data in self.trading_fees:
                trading_fees_item = trading_fees_item_data.to_dict()
                trading_fees.append(trading_fees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ex_name is not UNSET:
            field_dict["ex_name"] = ex_name
        if ex_value is not UNSET:
            field_dict["ex_value"] = ex_value
        if trading_fees is not UNSET:
            field_dict["trading_fees"] = trading_fees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trading_fee_rate import TradingFeeRate  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            ex_name = d.pop("ex_name", UNSET)
            if ex_name.__class__ is not str:  # inline fast path: most values are right
                ex_name = expect_type(ex_name, str)
        except PARSE_ERRORS as _error:
            ex_name = invalid(cls, "ex_name", src_dict, _error)
            _broken = True

        try:
            _ex_value = d.pop("ex_value", UNSET)
            ex_value: Exchange | Unset
            if isinstance(_ex_value, Unset):
                ex_value = UNSET
            else:
                ex_value = Exchange.from_wire(_ex_value)

        except PARSE_ERRORS as _error:
            ex_value = invalid(cls, "ex_value", src_dict, _error)
            _broken = True

        try:
            _trading_fees = d.pop("trading_fees", UNSET)
            trading_fees: list[TradingFeeRate] | Unset = UNSET
            if _trading_fees is not UNSET:
                trading_fees = []
                for trading_fees_item_data in _trading_fees:
                    trading_fees_item = TradingFeeRate.from_dict(trading_fees_item_data)

                    trading_fees.append(trading_fees_item)

        except PARSE_ERRORS as _error:
            trading_fees = invalid(cls, "trading_fees", src_dict, _error)
            _broken = True

        _instance = cls(
            ex_name=ex_name,
            ex_value=ex_value,
            trading_fees=trading_fees,
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
