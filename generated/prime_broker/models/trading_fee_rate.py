from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_or_none_from_wire,
    decimal_to_wire,
    expect_object,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

T = TypeVar("T", bound="TradingFeeRate")


@_attrs_define(weakref_slot=False)
class TradingFeeRate:
    vip: str
    """ VIP name, differs for each exchange. """
    base_coin: str
    """ Base coin. """
    updated_time: int
    """ Data latest update time, milliseconds since the Unix epoch. """
    spot_maker: Decimal
    """ Trade fee rate (spot, maker). """
    spot_taker: Decimal
    """ Trade fee rate (spot, taker). """
    prep_maker: Decimal
    """ Trade fee rate (perpetual swaps, maker; errata PB-28). """
    prep_taker: Decimal
    """ Trade fee rate (perpetual swaps, taker; errata PB-28). """
    futures_maker: Decimal
    """ Trade fee rate (futures, maker). """
    futures_taker: Decimal
    """ Trade fee rate (futures, taker). """
    option_maker: Decimal | None
    """ Trade fee rate (options, maker). An empty string when the exchange has no option fee for the base coin means
    no value. """
    option_taker: Decimal | None
    """ Trade fee rate (options, taker). An empty string when the exchange has no option fee for the base coin means
    no value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        vip = self.vip

        base_coin = self.base_coin

        updated_time = self.updated_time

        spot_maker = decimal_to_wire(self.spot_maker)

        spot_taker = decimal_to_wire(self.spot_taker)

        prep_maker = decimal_to_wire(self.prep_maker)

        prep_taker = decimal_to_wire(self.prep_taker)

        futures_maker = decimal_to_wire(self.futures_maker)

        futures_taker = decimal_to_wire(self.futures_taker)

        option_maker = "" if self.option_maker is None else decimal_to_wire(self.option_maker)

        option_taker = "" if self.option_taker is None else decimal_to_wire(self.option_taker)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vip": vip,
                "base_coin": base_coin,
                "updated_time": updated_time,
                "spot_maker": spot_maker,
                "spot_taker": spot_taker,
                "prep_maker": prep_maker,
                "prep_taker": prep_taker,
                "futures_maker": futures_maker,
                "futures_taker": futures_taker,
                "option_maker": option_maker,
                "option_taker": option_taker,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            vip = d.pop("vip")
            if vip.__class__ is not str:  # inline fast path: most values are right
                vip = expect_type(vip, str)
        except PARSE_ERRORS as _error:
            vip = invalid(cls, "vip", src_dict, _error)
            _broken = True

        try:
            base_coin = d.pop("base_coin")
            if base_coin.__class__ is not str:  # inline fast path: most values are right
                base_coin = expect_type(base_coin, str)
        except PARSE_ERRORS as _error:
            base_coin = invalid(cls, "base_coin", src_dict, _error)
            _broken = True

        try:
            updated_time = d.pop("updated_time")
            if updated_time.__class__ is not int:  # inline fast path: most values are right
                updated_time = expect_type(updated_time, int)
        except PARSE_ERRORS as _error:
            updated_time = invalid(cls, "updated_time", src_dict, _error)
            _broken = True

        try:
            spot_maker = decimal_from_wire(d.pop("spot_maker"))

        except PARSE_ERRORS as _error:
            spot_maker = invalid(cls, "spot_maker", src_dict, _error)
            _broken = True

        try:
            spot_taker = decimal_from_wire(d.pop("spot_taker"))

        except PARSE_ERRORS as _error:
            spot_taker = invalid(cls, "spot_taker", src_dict, _error)
            _broken = True

        try:
            prep_maker = decimal_from_wire(d.pop("prep_maker"))

        except PARSE_ERRORS as _error:
            prep_maker = invalid(cls, "prep_maker", src_dict, _error)
            _broken = True

        try:
            prep_taker = decimal_from_wire(d.pop("prep_taker"))

        except PARSE_ERRORS as _error:
            prep_taker = invalid(cls, "prep_taker", src_dict, _error)
            _broken = True

        try:
            futures_maker = decimal_from_wire(d.pop("futures_maker"))

        except PARSE_ERRORS as _error:
            futures_maker = invalid(cls, "futures_maker", src_dict, _error)
            _broken = True

        try:
            futures_taker = decimal_from_wire(d.pop("futures_taker"))

        except PARSE_ERRORS as _error:
            futures_taker = invalid(cls, "futures_taker", src_dict, _error)
            _broken = True

        try:
            option_maker = decimal_or_none_from_wire(d.pop("option_maker"))

        except PARSE_ERRORS as _error:
            option_maker = invalid(cls, "option_maker", src_dict, _error)
            _broken = True

        try:
            option_taker = decimal_or_none_from_wire(d.pop("option_taker"))

        except PARSE_ERRORS as _error:
            option_taker = invalid(cls, "option_taker", src_dict, _error)
            _broken = True

        _instance = cls(
            vip=vip,
            base_coin=base_coin,
            updated_time=updated_time,
            spot_maker=spot_maker,
            spot_taker=spot_taker,
            prep_maker=prep_maker,
            prep_taker=prep_taker,
            futures_maker=futures_maker,
            futures_taker=futures_taker,
            option_maker=option_maker,
            option_taker=option_taker,
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
