from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

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

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="WithdrawRequest")


@_attrs_define(weakref_slot=False)
class WithdrawRequest:
    amount: Decimal
    """ Amount. """
    currency: str
    """ Currency name, such as BTC, ETH, etc. """
    product_type: Literal["flexi_saving"]
    """ Must be flexi_saving. """
    subject_type: Literal["flexi_saving"]
    """ Must be flexi_saving. """
    order_source: Literal["1"]
    """ Order source: 1 the user places an order (the only value this API accepts). """
    redeem_all: bool | Unset = UNSET
    """ Whether to withdraw everything. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        amount = decimal_to_wire(self.amount)

        currency = self.currency

        product_type = self.product_type

        subject_type = self.subject_type

        order_source = self.order_source

        redeem_all = self.redeem_all

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "currency": currency,
                "product_type": product_type,
                "subject_type": subject_type,
                "order_source": order_source,
            }
        )
        if redeem_all is not UNSET:
            field_dict["redeem_all"] = redeem_all

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            amount = decimal_from_wire(d.pop("amount"))

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            product_type = cast(Literal["flexi_saving"], d.pop("product_type"))
            if product_type != "flexi_saving":
                raise ValueError(f"product_type must match const 'flexi_saving', got '{product_type}'")
        except PARSE_ERRORS as _error:
            product_type = invalid(cls, "product_type", src_dict, _error)
            _broken = True

        try:
            subject_type = cast(Literal["flexi_saving"], d.pop("subject_type"))
            if subject_type != "flexi_saving":
                raise ValueError(f"subject_type must match const 'flexi_saving', got '{subject_type}'")
        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        try:
            order_source = cast(Literal["1"], d.pop("order_source"))
            if order_source != "1":
                raise ValueError(f"order_source must match const '1', got '{order_source}'")
        except PARSE_ERRORS as _error:
            order_source = invalid(cls, "order_source", src_dict, _error)
            _broken = True

        try:
            redeem_all = d.pop("redeem_all", UNSET)
            if redeem_all.__class__ is not bool:  # inline fast path: most values are right
                redeem_all = expect_type(redeem_all, bool)
        except PARSE_ERRORS as _error:
            redeem_all = invalid(cls, "redeem_all", src_dict, _error)
            _broken = True

        _instance = cls(
            amount=amount,
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            order_source=order_source,
            redeem_all=redeem_all,
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
