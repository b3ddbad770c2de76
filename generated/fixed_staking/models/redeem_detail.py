from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    e8_from_wire,
    e8_to_wire,
    expect_object,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_payback import OrderPayback
    from ..models.redeem_record import RedeemRecord


T = TypeVar("T", bound="RedeemDetail")


@_attrs_define(weakref_slot=False)
class RedeemDetail:
    redeem_orders: list[RedeemRecord]
    """ The order's redemptions. """
    profit_ror: Decimal
    """ Profit rate of return, e8. """
    steth_profit_ror: Decimal
    """ stETH profit rate of return, e8. """
    steth_avg_price: Decimal
    """ stETH average price, e8 (errata FS-9). """
    slippage_avg_ror: Decimal
    """ Average slippage rate, e8. """
    platform_fee_ror: Decimal
    """ Platform fee rate, e8. """
    redeem_fee_ror: Decimal
    """ Redemption fee rate, e8: 2000000 is 2%. """
    redeeming_amount_dec: Decimal
    """ Amount being redeemed. """
    profit_dec: Decimal
    """ Profit in ETH. """
    steth_profit_dec: Decimal
    """ Profit in stETH. """
    steth_payback_dec: Decimal
    """ stETH payback amount (when the user chose stETH payback on redeeming). """
    redeem_fee_dec: Decimal
    """ Redemption fee. """
    order_payback: None | OrderPayback | Unset = UNSET
    """ The order's settlement payback; returned only once the order is settled (order status 7). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "profit_ror",
        "steth_profit_ror",
        "steth_avg_price",
        "slippage_avg_ror",
        "platform_fee_ror",
        "redeem_fee_ror",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_payback import OrderPayback  # noqa: PLC0415

        redeem_orders = []
        for redeem_orders_item_data in self.redeem_orders:
            redeem_orders_item = redeem_orders_item_data.to_dict()
            redeem_orders.append(redeem_orders_item)

        profit_ror = e8_to_wire(self.profit_ror)

        steth_profit_ror = e8_to_wire(self.steth_profit_ror)

        steth_avg_price = e8_to_wire(self.steth_avg_price)

        slippage_avg_ror = e8_to_wire(self.slippage_avg_ror)

        platform_fee_ror = e8_to_wire(self.platform_fee_ror)

        redeem_fee_ror = e8_to_wire(self.redeem_fee_ror)

        redeeming_amount_dec = decimal_to_wire(self.redeeming_amount_dec)

        profit_dec = decimal_to_wire(self.profit_dec)

        steth_profit_dec = decimal_to_wire(self.steth_profit_dec)

        steth_payback_dec = decimal_to_wire(self.steth_payback_dec)

        redeem_fee_dec = decimal_to_wire(self.redeem_fee_dec)

        order_payback: dict[str, Any] | None | Unset
        if isinstance(self.order_payback, Unset):
            order_payback = UNSET
        elif isinstance(self.order_payback, OrderPayback):
            order_payback = self.order_payback.to_dict()
        else:
            order_payback = self.order_payback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redeem_orders": redeem_orders,
                "profit_ror": profit_ror,
                "steth_profit_ror": steth_profit_ror,
                "steth_avg_price": steth_avg_price,
                "slippage_avg_ror": slippage_avg_ror,
                "platform_fee_ror": platform_fee_ror,
                "redeem_fee_ror": redeem_fee_ror,
                "redeeming_amount_dec": redeeming_amount_dec,
                "profit_dec": profit_dec,
                "steth_profit_dec": steth_profit_dec,
                "steth_payback_dec": steth_payback_dec,
                "redeem_fee_dec": redeem_fee_dec,
            }
        )
        if order_payback is not UNSET:
            field_dict["order_payback"] = order_payback

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_payback import OrderPayback  # noqa: PLC0415
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
            profit_ror = e8_from_wire(d.pop("profit_ror"))

        except PARSE_ERRORS as _error:
            profit_ror = invalid(cls, "profit_ror", src_dict, _error)
            _broken = True

        try:
            steth_profit_ror = e8_from_wire(d.pop("steth_profit_ror"))

        except PARSE_ERRORS as _error:
            steth_profit_ror = invalid(cls, "steth_profit_ror", src_dict, _error)
            _broken = True

        try:
            steth_avg_price = e8_from_wire(d.pop("steth_avg_price"))

        except PARSE_ERRORS as _error:
            steth_avg_price = invalid(cls, "steth_avg_price", src_dict, _error)
            _broken = True

        try:
            slippage_avg_ror = e8_from_wire(d.pop("slippage_avg_ror"))

        except PARSE_ERRORS as _error:
            slippage_avg_ror = invalid(cls, "slippage_avg_ror", src_dict, _error)
            _broken = True

        try:
            platform_fee_ror = e8_from_wire(d.pop("platform_fee_ror"))

        except PARSE_ERRORS as _error:
            platform_fee_ror = invalid(cls, "platform_fee_ror", src_dict, _error)
            _broken = True

        try:
            redeem_fee_ror = e8_from_wire(d.pop("redeem_fee_ror"))

        except PARSE_ERRORS as _error:
            redeem_fee_ror = invalid(cls, "redeem_fee_ror", src_dict, _error)
            _broken = True

        try:
            redeeming_amount_dec = decimal_from_wire(d.pop("redeeming_amount_dec"))

        except PARSE_ERRORS as _error:
            redeeming_amount_dec = invalid(cls, "redeeming_amount_dec", src_dict, _error)
            _broken = True

        try:
            profit_dec = decimal_from_wire(d.pop("profit_dec"))

        except PARSE_ERRORS as _error:
            profit_dec = invalid(cls, "profit_dec", src_dict, _error)
            _broken = True

        try:
            steth_profit_dec = decimal_from_wire(d.pop("steth_profit_dec"))

        except PARSE_ERRORS as _error:
            steth_profit_dec = invalid(cls, "steth_profit_dec", src_dict, _error)
            _broken = True

        try:
            steth_payback_dec = decimal_from_wire(d.pop("steth_payback_dec"))

        except PARSE_ERRORS as _error:
            steth_payback_dec = invalid(cls, "steth_payback_dec", src_dict, _error)
            _broken = True

        try:
            redeem_fee_dec = decimal_from_wire(d.pop("redeem_fee_dec"))

        except PARSE_ERRORS as _error:
            redeem_fee_dec = invalid(cls, "redeem_fee_dec", src_dict, _error)
            _broken = True

        try:

            def _parse_order_payback(data: object) -> None | OrderPayback | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    order_payback_type_0 = OrderPayback.from_dict(data)

                    return order_payback_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | OrderPayback | Unset, data)

            order_payback = _parse_order_payback(d.pop("order_payback", UNSET))

        except PARSE_ERRORS as _error:
            order_payback = invalid(cls, "order_payback", src_dict, _error)
            _broken = True

        _instance = cls(
            redeem_orders=redeem_orders,
            profit_ror=profit_ror,
            steth_profit_ror=steth_profit_ror,
            steth_avg_price=steth_avg_price,
            slippage_avg_ror=slippage_avg_ror,
            platform_fee_ror=platform_fee_ror,
            redeem_fee_ror=redeem_fee_ror,
            redeeming_amount_dec=redeeming_amount_dec,
            profit_dec=profit_dec,
            steth_profit_dec=steth_profit_dec,
            steth_payback_dec=steth_payback_dec,
            redeem_fee_dec=redeem_fee_dec,
            order_payback=order_payback,
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
