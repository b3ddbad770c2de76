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
    from ..models.redeem_record import RedeemRecord


T = TypeVar("T", bound="RedeemDetail")


@_attrs_define(weakref_slot=False)
class RedeemDetail:
    redeem_orders: list[RedeemRecord]
    """ The order's redemptions. """
    redeeming_amount_dec: Decimal
    """ Amount being redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        redeem_orders = []
        for redeem_orders_item_data in self.redeem_orders:
            redeem_orders_item = redeem_orders_item_data.to_dict()
            redeem_orders.append(redeem_orders_item)

        redeeming_amount_dec = decimal_to_wire(self.redeeming_amount_dec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redeem_orders": redeem_orders,
                "redeeming_amount_dec": redeeming_amount_dec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.redeem_record import RedeemRecord  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            redeem_orders = []
            _redeem_orders = d.pop("redeem_orders")
            for redeem_orders_item_data in _redeem_orders:
                redeem_orders_item = RedeemRecord.from_dict(redeem_orders_item_data)

                redeem_orders.append(redeem_orders_item)

        except PARSE_ERRORS as _error:
            redeem_orders = invalid(cls, "redeem_orders", src_dict, _error)
            _broken = True

        try:
            redeeming_amount_dec = decimal_from_wire(d.pop("redeeming_amount_dec"))

        except PARSE_ERRORS as _error:
            redeeming_amount_dec = invalid(cls, "redeeming_amount_dec", src_dict, _error)
            _broken = True

        _instance = cls(
            redeem_orders=redeem_orders,
            redeeming_amount_dec=redeeming_amount_dec,
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
