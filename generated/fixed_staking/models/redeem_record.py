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

from ..models.main_product_type import MainProductType
from ..models.payback_currency import PaybackCurrency
from ..models.redeem_status import RedeemStatus
from ..types import NO_FIELDS

T = TypeVar("T", bound="RedeemRecord")


@_attrs_define(weakref_slot=False)
class RedeemRecord:
    """A redemption of shares of an order: the result of `client.fixed_staking.redeem_order` and an item of
    `client.fixed_staking.get_redeem_detail`. Amounts marked "estimate" are final once `status` is 2 (succeeded).

    """

    id: int
    """ Redemption (redeem order) ID. """
    order_id: str
    """ Order ID. """
    ror: Decimal
    """ Actual settled rate of return of the redemption, e8; an estimate until the redemption succeeds. """
    redeem_time: int
    """ User redeem time, Unix timestamp in seconds. """
    main_product_type: MainProductType
    """ Main product type: 40 ETH2.0 & ETH2.0 leverage staking. """
    confirm_time: int
    """ Redemption confirm time, Unix timestamp in seconds; 0 until confirmed. """
    redeem_currency: str
    """ Redemption currency. """
    redeem_share: Decimal
    """ Shares redeemed, e8: 500735294 is 5.00735294 shares. """
    redeem_share_price: Decimal
    """ Confirmed share price of the redemption, e8; 0 until confirmed. """
    redeem_share_price_time: int
    """ Time of the confirmed share price, Unix timestamp in seconds; 0 until confirmed. """
    status: RedeemStatus
    """ Redemption status: 1 redemption order created, 2 redemption succeeded, 3 redemption canceled, 4 under review
    / processing (Fixed-Income says "Under review", Fixed-Staking "redeem processing"). """
    redeem_principal_dec: Decimal
    """ Principal redeemed. """
    redeem_profit_dec: Decimal
    """ Redemption profit. """
    redeem_demand_interest_dec: Decimal
    """ Raising-period interest. """
    coupon_profit_dec: Decimal
    """ Coupon profit. """
    redeem_amount_dec: Decimal
    """ Amount paid back; an estimate until the redemption succeeds. """
    payback_currency: PaybackCurrency
    """ Currency a redemption pays back in: ETH or STETH. """
    client_repay_amount_dec: Decimal
    """ Client repay amount; ETH2.0 leverage staking only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "ror",
        "redeem_share",
        "redeem_share_price",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        order_id = self.order_id

        ror = e8_to_wire(self.ror)

        redeem_time = self.redeem_time

        main_product_type = MainProductType(self.main_product_type).value

        confirm_time = self.confirm_time

        redeem_currency = self.redeem_currency

        redeem_share = e8_to_wire(self.redeem_share)

        redeem_share_price = e8_to_wire(self.redeem_share_price)

        redeem_share_price_time = self.redeem_share_price_time

        status = RedeemStatus(self.status).value

        redeem_principal_dec = decimal_to_wire(self.redeem_principal_dec)

        redeem_profit_dec = decimal_to_wire(self.redeem_profit_dec)

        redeem_demand_interest_dec = decimal_to_wire(self.redeem_demand_interest_dec)

        coupon_profit_dec = decimal_to_wire(self.coupon_profit_dec)

        redeem_amount_dec = decimal_to_wire(self.redeem_amount_dec)

        payback_currency = PaybackCurrency(self.payback_currency).value

        client_repay_amount_dec = decimal_to_wire(self.client_repay_amount_dec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_id": order_id,
                "ror": ror,
                "redeem_time": redeem_time,
                "main_product_type": main_product_type,
                "confirm_time": confirm_time,
                "redeem_currency": redeem_currency,
                "redeem_share": redeem_share,
                "redeem_share_price": redeem_share_price,
                "redeem_share_price_time": redeem_share_price_time,
                "status": status,
                "redeem_principal_dec": redeem_principal_dec,
                "redeem_profit_dec": redeem_profit_dec,
                "redeem_demand_interest_dec": redeem_demand_interest_dec,
                "coupon_profit_dec": coupon_profit_dec,
                "redeem_amount_dec": redeem_amount_dec,
                "payback_currency": payback_currency,
                "client_repay_amount_dec": client_repay_amount_dec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            id = d.pop("id")
            if id.__class__ is not int:  # inline fast path: most values are right
                id = expect_type(id, int)
        except PARSE_ERRORS as _error:
            id = invalid(cls, "id", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
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
            main_product_type = MainProductType.from_wire(d.pop("main_product_type"))

        except PARSE_ERRORS as _error:
            main_product_type = invalid(cls, "main_product_type", src_dict, _error)
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
            redeem_share = e8_from_wire(d.pop("redeem_share"))

        except PARSE_ERRORS as _error:
            redeem_share = invalid(cls, "redeem_share", src_dict, _error)
            _broken = True

        try:
            redeem_share_price = e8_from_wire(d.pop("redeem_share_price"))

        except PARSE_ERRORS as _error:
            redeem_share_price = invalid(cls, "redeem_share_price", src_dict, _error)
            _broken = True

        try:
            redeem_share_price_time = d.pop("redeem_share_price_time")
            if redeem_share_price_time.__class__ is not int:  # inline fast path: most values are right
                redeem_share_price_time = expect_type(redeem_share_price_time, int)
        except PARSE_ERRORS as _error:
            redeem_share_price_time = invalid(cls, "redeem_share_price_time", src_dict, _error)
            _broken = True

        try:
            status = RedeemStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:
            redeem_principal_dec = decimal_from_wire(d.pop("redeem_principal_dec"))

        except PARSE_ERRORS as _error:
            redeem_principal_dec = invalid(cls, "redeem_principal_dec", src_dict, _error)
            _broken = True

        try:
            redeem_profit_dec = decimal_from_wire(d.pop("redeem_profit_dec"))

        except PARSE_ERRORS as _error:
            redeem_profit_dec = invalid(cls, "redeem_profit_dec", src_dict, _error)
            _broken = True

        try:
            redeem_demand_interest_dec = decimal_from_wire(d.pop("redeem_demand_interest_dec"))

        except PARSE_ERRORS as _error:
            redeem_demand_interest_dec = invalid(cls, "redeem_demand_interest_dec", src_dict, _error)
            _broken = True

        try:
            coupon_profit_dec = decimal_from_wire(d.pop("coupon_profit_dec"))

        except PARSE_ERRORS as _error:
            coupon_profit_dec = invalid(cls, "coupon_profit_dec", src_dict, _error)
            _broken = True

        try:
            redeem_amount_dec = decimal_from_wire(d.pop("redeem_amount_dec"))

        except PARSE_ERRORS as _error:
            redeem_amount_dec = invalid(cls, "redeem_amount_dec", src_dict, _error)
            _broken = True

        try:
            payback_currency = PaybackCurrency.from_wire(d.pop("payback_currency"))

        except PARSE_ERRORS as _error:
            payback_currency = invalid(cls, "payback_currency", src_dict, _error)
            _broken = True

        try:
            client_repay_amount_dec = decimal_from_wire(d.pop("client_repay_amount_dec"))

        except PARSE_ERRORS as _error:
            client_repay_amount_dec = invalid(cls, "client_repay_amount_dec", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            order_id=order_id,
            ror=ror,
            redeem_time=redeem_time,
            main_product_type=main_product_type,
            confirm_time=confirm_time,
            redeem_currency=redeem_currency,
            redeem_share=redeem_share,
            redeem_share_price=redeem_share_price,
            redeem_share_price_time=redeem_share_price_time,
            status=status,
            redeem_principal_dec=redeem_principal_dec,
            redeem_profit_dec=redeem_profit_dec,
            redeem_demand_interest_dec=redeem_demand_interest_dec,
            coupon_profit_dec=coupon_profit_dec,
            redeem_amount_dec=redeem_amount_dec,
            payback_currency=payback_currency,
            client_repay_amount_dec=client_repay_amount_dec,
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
