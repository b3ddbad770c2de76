from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    e8_from_wire,
    e8_to_wire,
    expect_object,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.payback_currency import PaybackCurrency
from ..types import NO_FIELDS

T = TypeVar("T", bound="RedeemOrderRequest")


@_attrs_define(weakref_slot=False)
class RedeemOrderRequest:
    payback_currency: PaybackCurrency
    """ Currency a redemption pays back in: ETH or STETH. """
    order_id: str
    """ Order ID. """
    share: Decimal
    """ Shares to redeem, e8: 500735294 is 5.00735294 shares. """
    principal: Decimal
    """ Principal of the shares redeemed, `share` times the order's `share_price`, e8: 510749999 is 5.10749999 (the
    response's `redeem_principal_dec`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "share",
        "principal",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        payback_currency = PaybackCurrency(self.payback_currency).value

        order_id = self.order_id

        share = e8_to_wire(self.share)

        principal = e8_to_wire(self.principal)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payback_currency": payback_currency,
                "order_id": order_id,
                "share": share,
                "principal": principal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            payback_currency = PaybackCurrency.from_wire(d.pop("payback_currency"))

        except PARSE_ERRORS as _error:
            payback_currency = invalid(cls, "payback_currency", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            share = e8_from_wire(d.pop("share"))

        except PARSE_ERRORS as _error:
            share = invalid(cls, "share", src_dict, _error)
            _broken = True

        try:
            principal = e8_from_wire(d.pop("principal"))

        except PARSE_ERRORS as _error:
            principal = invalid(cls, "principal", src_dict, _error)
            _broken = True

        _instance = cls(
            payback_currency=payback_currency,
            order_id=order_id,
            share=share,
            principal=principal,
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
