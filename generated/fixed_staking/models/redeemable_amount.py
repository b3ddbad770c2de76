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

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="RedeemableAmount")


@_attrs_define(weakref_slot=False)
class RedeemableAmount:
    max_share: Decimal
    """ Largest share that can be redeemed, e8 (2002941176 is 20.02941176 shares). """
    order_id: str | Unset = UNSET
    """ Order ID. Undocumented; seen in the example. """
    max_amount: Decimal | Unset = UNSET
    """ Largest redeemable amount, e8 (2043000001 is "20.43000001"). Undocumented; seen in the example. """
    max_amount_dec: Decimal | Unset = UNSET
    """ Largest redeemable amount. Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "max_share",
        "max_amount",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        max_share = e8_to_wire(self.max_share)

        order_id = self.order_id

        max_amount: int | Unset = UNSET
        if not isinstance(self.max_amount, Unset):
            max_amount = e8_to_wire(self.max_amount)

        max_amount_dec: str | Unset = UNSET
        if not isinstance(self.max_amount_dec, Unset):
            max_amount_dec = decimal_to_wire(self.max_amount_dec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "max_share": max_share,
            }
        )
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if max_amount is not UNSET:
            field_dict["max_amount"] = max_amount
        if max_amount_dec is not UNSET:
            field_dict["max_amount_dec"] = max_amount_dec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            max_share = e8_from_wire(d.pop("max_share"))

        except PARSE_ERRORS as _error:
            max_share = invalid(cls, "max_share", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id", UNSET)
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            _max_amount = d.pop("max_amount", UNSET)
            max_amount: Decimal | Unset
            if isinstance(_max_amount, Unset):
                max_amount = UNSET
            else:
                max_amount = e8_from_wire(_max_amount)

        except PARSE_ERRORS as _error:
            max_amount = invalid(cls, "max_amount", src_dict, _error)
            _broken = True

        try:
            _max_amount_dec = d.pop("max_amount_dec", UNSET)
            max_amount_dec: Decimal | Unset
            if isinstance(_max_amount_dec, Unset):
                max_amount_dec = UNSET
            else:
                max_amount_dec = decimal_from_wire(_max_amount_dec)

        except PARSE_ERRORS as _error:
            max_amount_dec = invalid(cls, "max_amount_dec", src_dict, _error)
            _broken = True

        _instance = cls(
            max_share=max_share,
            order_id=order_id,
            max_amount=max_amount,
            max_amount_dec=max_amount_dec,
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
