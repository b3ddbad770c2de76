from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    e8_from_wire,
    e8_to_wire,
    expect_object,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

T = TypeVar("T", bound="OrderPayback")


@_attrs_define(weakref_slot=False)
class OrderPayback:
    """Settlement payback of a settled order."""

    currency: str
    """ Currency. """
    ror: Decimal
    """ Settled rate of return, e8. """
    payback_time: int
    """ Payback time, Unix timestamp in seconds. """
    settle_payback_dec: Decimal
    """ Settlement payback amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = ("ror",)
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        ror = e8_to_wire(self.ror)

        payback_time = self.payback_time

        settle_payback_dec = decimal_to_wire(self.settle_payback_dec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "ror": ror,
                "payback_time": payback_time,
                "settle_payback_dec": settle_payback_dec,
            }
        )

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
            ror = e8_from_wire(d.pop("ror"))

        except PARSE_ERRORS as _error:
            ror = invalid(cls, "ror", src_dict, _error)
            _broken = True

        try:
            payback_time = d.pop("payback_time")
            if payback_time.__class__ is not int:  # inline fast path: most values are right
                payback_time = expect_type(payback_time, int)
        except PARSE_ERRORS as _error:
            payback_time = invalid(cls, "payback_time", src_dict, _error)
            _broken = True

        try:
            settle_payback_dec = decimal_from_wire(d.pop("settle_payback_dec"))

        except PARSE_ERRORS as _error:
            settle_payback_dec = invalid(cls, "settle_payback_dec", src_dict, _error)
            _broken = True

        _instance = cls(
            currency=currency,
            ror=ror,
            payback_time=payback_time,
            settle_payback_dec=settle_payback_dec,
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
