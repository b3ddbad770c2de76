from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar, cast

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

from ..models.redeem_status import RedeemStatus
from ..types import NO_FIELDS

T = TypeVar("T", bound="RedeemRecord")


@_attrs_define(weakref_slot=False)
class RedeemRecord:
    """A redemption of (part of) an order: the result of `client.fixed_income.redeem_order` and an item of
    `client.fixed_income.get_redeem_detail`. Amounts marked "estimate" are final once `status` is 2 (succeeded).

    """

    order_id: str
    """ Order ID. """
    redeem_ror: Decimal
    """ Redemption rate of return, e8. """
    redeem_amount_dec: Decimal
    """ Estimated amount the redemption pays back. """
    profit_dec: Decimal
    """ Estimated total profit. """
    coupon_profit_dec: Decimal
    """ Estimated coupon profit. """
    redeem_principal_dec: Decimal
    """ Principal redeemed. """
    redeem_demand_interest_dec: Decimal
    """ Estimated demand (raising-period) profit. """
    id: int | str
    """ Redemption ID, a 64-bit integer sent as a bare number or as a string. It exceeds 2^53: read it as a 64-bit
    integer or keep the string, never through a double. """
    ror: Decimal
    """ Rate of return of the order, e8. """
    redeem_time: int
    """ Redemption time, Unix timestamp in seconds. """
    confirm_time: int
    """ Redemption confirm time, Unix timestamp in seconds; 0 until confirmed. """
    redeem_currency: str
    """ Redemption currency. """
    status: RedeemStatus
    """ Redemption status: 1 redemption order created, 2 redemption succeeded, 3 redemption canceled, 4 under review
    / processing (Fixed-Income says "Under review", Fixed-Staking "redeem processing"). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "redeem_ror",
        "ror",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        redeem_ror = e8_to_wire(self.redeem_ror)

        redeem_amount_dec = decimal_to_wire(self.redeem_amount_dec)

        profit_dec = decimal_to_wire(self.profit_dec)

        coupon_profit_dec = decimal_to_wire(self.coupon_profit_dec)

        redeem_principal_dec = decimal_to_wire(self.redeem_principal_dec)

        redeem_demand_interest_dec = decimal_to_wire(self.redeem_demand_interest_dec)

        id: int | str
        id = self.id

        ror = e8_to_wire(self.ror)

        redeem_time = self.redeem_time

        confirm_time = self.confirm_time

        redeem_currency = self.redeem_currency

        status = RedeemStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "redeem_ror": redeem_ror,
                "redeem_amount_dec": redeem_amount_dec,
                "profit_dec": profit_dec,
                "coupon_profit_dec": coupon_profit_dec,
                "redeem_principal_dec": redeem_principal_dec,
                "redeem_demand_interest_dec": redeem_demand_interest_dec,
                "id": id,
                "ror": ror,
                "redeem_time": redeem_time,
                "confirm_time": confirm_time,
                "redeem_currency": redeem_currency,
                "status": status,
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
            coupon_profit_dec = decimal_from_wire(d.pop("coupon_profit_dec"))

        except PARSE_ERRORS as _error:
            coupon_profit_dec = invalid(cls, "coupon_profit_dec", src_dict, _error)
            _broken = True

        try:
            redeem_principal_dec = decimal_from_wire(d.pop("redeem_principal_dec"))

        except PARSE_ERRORS as _error:
            redeem_principal_dec = invalid(cls, "redeem_principal_dec", src_dict, _error)
            _broken = True

        try:
            redeem_demand_interest_dec = decimal_from_wire(d.pop("redeem_demand_interest_dec"))

        except PARSE_ERRORS as _error:
            redeem_demand_interest_dec = invalid(cls, "redeem_demand_interest_dec", src_dict, _error)
            _broken = True

        try:

            def _parse_id(data: object) -> int | str:
                return cast(int | str, data)

            id = _parse_id(d.pop("id"))

        except PARSE_ERRORS as _error:
            id = invalid(cls, "id", src_dict, _error)
            _broken = True

        try:
            ror = e8_from_wire(d.pop("ror"))

        except PARSE_ERRORS as _error:
            ror = invalid(cls, "ror", src_dict, _error)
            _broken = True

        try:
            redeem_time = d.pop("redeem_time")
            if redeem_time.__class__ is not int:  # inline fast path: most values are right
                redeem_time = expect_type(redeem_time, int)
        except PARSE_ERRORS as _error:
            redeem_time = invalid(cls, "redeem_time", src_dict, _error)
            _broken = True

        try:
            confirm_time = d.pop("confirm_time")
            if confirm_time.__class__ is not int:  # inline fast path: most values are right
                confirm_time = expect_type(confirm_time, int)
        except PARSE_ERRORS as _error:
            confirm_time = invalid(cls, "confirm_time", src_dict, _error)
            _broken = True

        try:
            redeem_currency = d.pop("redeem_currency")
            if redeem_currency.__class__ is not str:  # inline fast path: most values are right
                redeem_currency = expect_type(redeem_currency, str)
        except PARSE_ERRORS as _error:
            redeem_currency = invalid(cls, "redeem_currency", src_dict, _error)
            _broken = True

        try:
            status = RedeemStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        _instance = cls(
            order_id=order_id,
            redeem_ror=redeem_ror,
            redeem_amount_dec=redeem_amount_dec,
            profit_dec=profit_dec,
            coupon_profit_dec=coupon_profit_dec,
            redeem_principal_dec=redeem_principal_dec,
            redeem_demand_interest_dec=redeem_demand_interest_dec,
            id=id,
            ror=ror,
            redeem_time=redeem_time,
            confirm_time=confirm_time,
            redeem_currency=redeem_currency,
            status=status,
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
