from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    e8_from_wire,
    e8_to_wire,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.main_product_type import MainProductType
from ..models.payback_currency import PaybackCurrency
from ..models.redeem_status import RedeemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedeemRecord")


@_attrs_define
class RedeemRecord:
    """A redemption of (part of) an order: the result of `redeemOrder` and an item of `getRedeemDetail`. One shape for both
    documents: the fields both list are required; `redeem_ror` and `profit_dec` are Fixed-Income's, the share, payback
    and fee fields Fixed-Staking's. Amounts marked "estimate" are final once `status` is 2 (succeeded).

    """

    id: int | str
    """ Redemption (redeem order) ID. The documents send it as a bare number and as a string; it exceeds 2^53, so
    JavaScript clients must not read the bare number as a double (see ERRATA.md). """
    order_id: str
    """ Order ID. """
    ror: Decimal
    """ Rate of return of the redemption, e8 (Fixed-Income: "redeem ror of order"; Fixed-Staking: "actual redeem
    settled ror", an estimate until the redemption succeeds). """
    redeem_time: int
    """ Redemption time (user redeem time), Unix timestamp in seconds. """
    confirm_time: int
    """ Redemption confirm time, Unix timestamp in seconds; 0 until confirmed. """
    redeem_currency: str
    """ Redemption currency. """
    status: RedeemStatus
    """ Redemption status: 1 redemption order created, 2 redemption succeeded, 3 redemption canceled, 4 under review
    / processing (Fixed-Income says "Under review", Fixed-Staking "redeem processing"). """
    redeem_principal_dec: Decimal
    """ Redeemed principal. """
    redeem_demand_interest_dec: Decimal
    """ Estimated demand (raised-period) interest. """
    coupon_profit_dec: Decimal
    """ Estimated coupon profit. """
    redeem_amount_dec: Decimal
    """ Amount paid back (an estimate until the redemption succeeds). """
    redeem_ror: Decimal | Unset = UNSET
    """ Redemption rate of return, e8 (Fixed-Income only). """
    profit_dec: Decimal | Unset = UNSET
    """ Estimated total profit (Fixed-Income only). """
    main_product_type: MainProductType | Unset = UNSET
    """ Main product type: 40 ETH2.0 & ETH2.0 leverage staking (Fixed-Staking). """
    redeem_share: Decimal | Unset = UNSET
    """ Redeemed share, e8 (Fixed-Staking only). """
    redeem_share_price: Decimal | Unset = UNSET
    """ Confirmed share price of the redemption, e8; 0 until confirmed (Fixed-Staking only). """
    redeem_share_price_time: int | Unset = UNSET
    """ Time of the confirmed share price, Unix timestamp in seconds; 0 until confirmed (Fixed-Staking only). """
    redeem_profit_dec: Decimal | Unset = UNSET
    """ Redemption profit (Fixed-Staking only). """
    payback_currency: PaybackCurrency | Unset = UNSET
    """ Currency a Fixed-Staking redemption pays back in: ETH or STETH. """
    client_repay_amount_dec: Decimal | Unset = UNSET
    """ Client repay amount; ETH2.0 leverage staking only (Fixed-Staking only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        order_id = self.order_id

        ror = e8_to_wire(self.ror)

        redeem_time = self.redeem_time

        confirm_time = self.confirm_time

        redeem_currency = self.redeem_currency

        status = RedeemStatus(self.status).value

        redeem_principal_dec = decimal_to_wire(self.redeem_principal_dec)

        redeem_demand_interest_dec = decimal_to_wire(self.redeem_demand_interest_dec)

        coupon_profit_dec = decimal_to_wire(self.coupon_profit_dec)

        redeem_amount_dec = decimal_to_wire(self.redeem_amount_dec)

        redeem_ror: int | Unset = UNSET
        if not isinstance(self.redeem_ror, Unset):
            redeem_ror = e8_to_wire(self.redeem_ror)

        profit_dec: str | Unset = UNSET
        if not isinstance(self.profit_dec, Unset):
            profit_dec = decimal_to_wire(self.profit_dec)

        main_product_type: int | Unset = UNSET
        if not isinstance(self.main_product_type, Unset):
            main_product_type = MainProductType(self.main_product_type).value

        redeem_share: int | Unset = UNSET
        if not isinstance(self.redeem_share, Unset):
            redeem_share = e8_to_wire(self.redeem_share)

        redeem_share_price: int | Unset = UNSET
        if not isinstance(self.redeem_share_price, Unset):
            redeem_share_price = e8_to_wire(self.redeem_share_price)

        redeem_share_price_time = self.redeem_share_price_time

        redeem_profit_dec: str | Unset = UNSET
        if not isinstance(self.redeem_profit_dec, Unset):
            redeem_profit_dec = decimal_to_wire(self.redeem_profit_dec)

        payback_currency: str | Unset = UNSET
        if not isinstance(self.payback_currency, Unset):
            payback_currency = PaybackCurrency(self.payback_currency).value

        client_repay_amount_dec: str | Unset = UNSET
        if not isinstance(self.client_repay_amount_dec, Unset):
            client_repay_amount_dec = decimal_to_wire(self.client_repay_amount_dec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "order_id": order_id,
                "ror": ror,
                "redeem_time": redeem_time,
                "confirm_time": confirm_time,
                "redeem_currency": redeem_currency,
                "status": status,
                "redeem_principal_dec": redeem_principal_dec,
                "redeem_demand_interest_dec": redeem_demand_interest_dec,
                "coupon_profit_dec": coupon_profit_dec,
                "redeem_amount_dec": redeem_amount_dec,
            }
        )
        if redeem_ror is not UNSET:
            field_dict["redeem_ror"] = redeem_ror
        if profit_dec is not UNSET:
            field_dict["profit_dec"] = profit_dec
        if main_product_type is not UNSET:
            field_dict["main_product_type"] = main_product_type
        if redeem_share is not UNSET:
            field_dict["redeem_share"] = redeem_share
        if redeem_share_price is not UNSET:
            field_dict["redeem_share_price"] = redeem_share_price
        if redeem_share_price_time is not UNSET:
            field_dict["redeem_share_price_time"] = redeem_share_price_time
        if redeem_profit_dec is not UNSET:
            field_dict["redeem_profit_dec"] = redeem_profit_dec
        if payback_currency is not UNSET:
            field_dict["payback_currency"] = payback_currency
        if client_repay_amount_dec is not UNSET:
            field_dict["client_repay_amount_dec"] = client_repay_amount_dec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _broken = False
        try:

            def _parse_id(data: object) -> int | str:
                return cast(int | str, data)

            id = _parse_id(d.pop("id"))

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
            _redeem_ror = d.pop("redeem_ror", UNSET)
            redeem_ror: Decimal | Unset
            if isinstance(_redeem_ror, Unset):
                redeem_ror = UNSET
            else:
                redeem_ror = e8_from_wire(_redeem_ror)

        except PARSE_ERRORS as _error:
            redeem_ror = invalid(cls, "redeem_ror", src_dict, _error)
            _broken = True

        try:
            _profit_dec = d.pop("profit_dec", UNSET)
            profit_dec: Decimal | Unset
            if isinstance(_profit_dec, Unset):
                profit_dec = UNSET
            else:
                profit_dec = decimal_from_wire(_profit_dec)

        except PARSE_ERRORS as _error:
            profit_dec = invalid(cls, "profit_dec", src_dict, _error)
            _broken = True

        try:
            _main_product_type = d.pop("main_product_type", UNSET)
            main_product_type: MainProductType | Unset
            if isinstance(_main_product_type, Unset):
                main_product_type = UNSET
            else:
                main_product_type = MainProductType.from_wire(_main_product_type)

        except PARSE_ERRORS as _error:
            main_product_type = invalid(cls, "main_product_type", src_dict, _error)
            _broken = True

        try:
            _redeem_share = d.pop("redeem_share", UNSET)
            redeem_share: Decimal | Unset
            if isinstance(_redeem_share, Unset):
                redeem_share = UNSET
            else:
                redeem_share = e8_from_wire(_redeem_share)

        except PARSE_ERRORS as _error:
            redeem_share = invalid(cls, "redeem_share", src_dict, _error)
            _broken = True

        try:
            _redeem_share_price = d.pop("redeem_share_price", UNSET)
            redeem_share_price: Decimal | Unset
            if isinstance(_redeem_share_price, Unset):
                redeem_share_price = UNSET
            else:
                redeem_share_price = e8_from_wire(_redeem_share_price)

        except PARSE_ERRORS as _error:
            redeem_share_price = invalid(cls, "redeem_share_price", src_dict, _error)
            _broken = True

        try:
            redeem_share_price_time = d.pop("redeem_share_price_time", UNSET)
            if redeem_share_price_time.__class__ is not int:  # inline fast path: most values are right
                redeem_share_price_time = expect_type(redeem_share_price_time, int)
        except PARSE_ERRORS as _error:
            redeem_share_price_time = invalid(cls, "redeem_share_price_time", src_dict, _error)
            _broken = True

        try:
            _redeem_profit_dec = d.pop("redeem_profit_dec", UNSET)
            redeem_profit_dec: Decimal | Unset
            if isinstance(_redeem_profit_dec, Unset):
                redeem_profit_dec = UNSET
            else:
                redeem_profit_dec = decimal_from_wire(_redeem_profit_dec)

        except PARSE_ERRORS as _error:
            redeem_profit_dec = invalid(cls, "redeem_profit_dec", src_dict, _error)
            _broken = True

        try:
            _payback_currency = d.pop("payback_currency", UNSET)
            payback_currency: PaybackCurrency | Unset
            if isinstance(_payback_currency, Unset):
                payback_currency = UNSET
            else:
                payback_currency = PaybackCurrency.from_wire(_payback_currency)

        except PARSE_ERRORS as _error:
            payback_currency = invalid(cls, "payback_currency", src_dict, _error)
            _broken = True

        try:
            _client_repay_amount_dec = d.pop("client_repay_amount_dec", UNSET)
            client_repay_amount_dec: Decimal | Unset
            if isinstance(_client_repay_amount_dec, Unset):
                client_repay_amount_dec = UNSET
            else:
                client_repay_amount_dec = decimal_from_wire(_client_repay_amount_dec)

        except PARSE_ERRORS as _error:
            client_repay_amount_dec = invalid(cls, "client_repay_amount_dec", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            order_id=order_id,
            ror=ror,
            redeem_time=redeem_time,
            confirm_time=confirm_time,
            redeem_currency=redeem_currency,
            status=status,
            redeem_principal_dec=redeem_principal_dec,
            redeem_demand_interest_dec=redeem_demand_interest_dec,
            coupon_profit_dec=coupon_profit_dec,
            redeem_amount_dec=redeem_amount_dec,
            redeem_ror=redeem_ror,
            profit_dec=profit_dec,
            main_product_type=main_product_type,
            redeem_share=redeem_share,
            redeem_share_price=redeem_share_price,
            redeem_share_price_time=redeem_share_price_time,
            redeem_profit_dec=redeem_profit_dec,
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
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
