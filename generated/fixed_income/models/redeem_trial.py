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

T = TypeVar("T", bound="RedeemTrial")


@_attrs_define(weakref_slot=False)
class RedeemTrial:
    """Estimated early redemption of an order."""

    order_id: str
    """ Order ID. """
    redeem_ror: Decimal
    """ Redemption rate of return, e8. """
    redeem_amount_dec: Decimal
    """ Estimated amount the redemption pays back. """
    profit_dec: Decimal
    """ Estimated total profit. """
    redeem_principal_dec: Decimal
    """ Principal redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = ("redeem_ror",)
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        redeem_ror = e8_to_wire(self.redeem_ror)

        redeem_amount_dec = decimal_to_wire(self.redeem_amount_dec)

        profit_dec = decimal_to_wire(self.profit_dec)

        redeem_principal_dec = decimal_to_wire(self.redeem_principal_dec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "redeem_ror": redeem_ror,
                "redeem_amount_dec": redeem_amount_dec,
                "profit_dec": profit_dec,
                "redeem_principal_dec": redeem_principal_dec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            redeem_ror = e8_from_wire(d.pop("redeem_ror"))

        except PARSE_ERRORS as _error:
            redeem_ror = invalid(cls, "redeem_ror", src_dict, _error)
            _broken = True

        try:
            redeem_amount_dec = decimal_from_wire(d.pop("redeem_amount_dec"))

        except PARSE_ERRORS as _error:
            redeem_amount_dec = invalid(cls, "redeem_amount_dec", src_dict, _error)
            _broken = True

        try:
            profit_dec = decimal_from_wire(d.pop("profit_dec"))

        except PARSE_ERRORS as _error:
            profit_dec = invalid(cls, "profit_dec", src_dict, _error)
            _broken = True

        try:
            redeem_principal_dec = decimal_from_wire(d.pop("redeem_principal_dec"))

        except PARSE_ERRORS as _error:
            redeem_principal_dec = invalid(cls, "redeem_principal_dec", src_dict, _error)
            _broken = True

        _instance = cls(
            order_id=order_id,
            redeem_ror=redeem_ror,
            redeem_amount_dec=redeem_amount_dec,
            profit_dec=profit_dec,
            redeem_principal_dec=redeem_principal_dec,
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
