from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, TypeVar

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

from ..models.order_status import OrderStatus
from ..models.order_type import OrderType
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="Order")


@_attrs_define(weakref_slot=False)
class Order:
    """A deposit or redemption order. `deposit_currency` is absent from redemptions (errata TB-22)."""

    order_id: str
    """ Order id. """
    order_type: OrderType
    """ Order type: 1 deposit, 2 withdraw (redeem). """
    order_status: OrderStatus
    """ Order status: 1 initial state, 10 cancelled, 60 completed, 70 failed; any other value (the Order Result
    example shows 120) means the order is still processing (errata TB-21). """
    paid_amount: Decimal
    """ The deposit amount, with the currency being paid_currency. """
    paid_currency: str
    """ The payment currency used for deposit. """
    deposit_amount: Decimal
    """ The actual deposit amount, with the currency being deposit_currency. """
    stbt_amount: Decimal
    """ The mint/burn amount of STBT. """
    settlement_amount: Decimal
    """ Redemption settlement amount. """
    settlement_currency: str
    """ Redemption settlement currency (empty for a deposit). """
    service_fee_amount: Decimal
    """ Redemption fee. """
    service_fee_rate: Decimal
    """ Redemption fee rate. """
    trading_loss_rate: Decimal
    """ Trading loss fee rate. """
    trading_loss_amount: Decimal
    """ Trading loss fee. """
    deposit_fee_rate: Decimal
    """ Deposit fee rate (the current value is 0). """
    deposit_fee_amount: Decimal
    """ Deposit fee amount (the current value is 0). """
    fiat_conversion_fee_rate: Decimal
    """ Fiat conversion fee rate. """
    fiat_conversion_fee_amount: Decimal
    """ Fiat conversion fee amount. """
    confirmed_after_conversion: bool
    """ Fiat conversion fee confirmed after conversion. """
    create_time: int
    """ Order creation time, milliseconds since the Unix epoch. """
    stbt_done_time: int
    """ Time of completion for STBT mint/burn, milliseconds since the Unix epoch. """
    settle_time: int
    """ Redemption settlement time; 0 when not settled. Unit uncertain: the Order Detail example's value is in
    seconds, the other times are milliseconds (errata TB-22). """
    address: str
    """ STBT address of user. """
    tx_hash: str
    """ STBT mint/burn transaction hash. """
    err_code: int
    """ Error code (0 when none). """
    err_msg: str
    """ Fail message (errata TB-22). """
    remark_en: str
    """ Order remark in English. """
    remark_zh_cn: str
    """ Order remark in Simplified Chinese. """
    remark_zh_tw: str
    """ Order remark in Traditional Chinese. """
    deposit_currency: str | Unset = UNSET
    """ The deposited currency, which should match the currency in the product. """
    redeem_amount: Decimal | Unset = UNSET
    """ Undocumented; seen in the example (presumably the redeemed amount). """
    fail_msg: str | Unset = UNSET
    """ Fail message, under the name the table gives it; the examples send `err_msg` (errata TB-22). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_wire_names__: ClassVar[dict[str, str]] = {
        "remark_zh_cn": "remark_zhCN",
        "remark_zh_tw": "remark_zhTW",
    }
    """Attributes named unlike their JSON keys (the one-pass decoder reads JSON keys as attribute names)."""

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        order_type = OrderType(self.order_type).value

        order_status = OrderStatus(self.order_status).value

        paid_amount = decimal_to_wire(self.paid_amount)

        paid_currency = self.paid_currency

        deposit_amount = decimal_to_wire(self.deposit_amount)

        stbt_amount = decimal_to_wire(self.stbt_amount)

        settlement_amount = decimal_to_wire(self.settlement_amount)

        settlement_currency = self.settlement_currency

        service_fee_amount = decimal_to_wire(self.service_fee_amount)

        service_fee_rate = decimal_to_wire(self.service_fee_rate)

        trading_loss_rate = decimal_to_wire(self.trading_loss_rate)

        trading_loss_amount = decimal_to_wire(self.trading_loss_amount)

        deposit_fee_rate = decimal_to_wire(self.deposit_fee_rate)

        deposit_fee_amount = decimal_to_wire(self.deposit_fee_amount)

        fiat_conversion_fee_rate = decimal_to_wire(self.fiat_conversion_fee_rate)

        fiat_conversion_fee_amount = decimal_to_wire(self.fiat_conversion_fee_amount)

        confirmed_after_conversion = self.confirmed_after_conversion

        create_time = self.create_time

        stbt_done_time = self.stbt_done_time

        settle_time = self.settle_time

        address = self.address

        tx_hash = self.tx_hash

        err_code = self.err_code

        err_msg = self.err_msg

        remark_en = self.remark_en

        remark_zh_cn = self.remark_zh_cn

        remark_zh_tw = self.remark_zh_tw

        deposit_currency = self.deposit_currency

        redeem_amount: str | Unset = UNSET
        if not isinstance(self.redeem_amount, Unset):
            redeem_amount = decimal_to_wire(self.redeem_amount)

        fail_msg = self.fail_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "order_type": order_type,
                "order_status": order_status,
                "paid_amount": paid_amount,
                "paid_currency": paid_currency,
                "deposit_amount": deposit_amount,
                "stbt_amount": stbt_amount,
                "settlement_amount": settlement_amount,
                "settlement_currency": settlement_currency,
                "service_fee_amount": service_fee_amount,
                "service_fee_rate": service_fee_rate,
                "trading_loss_rate": trading_loss_rate,
                "trading_loss_amount": trading_loss_amount,
                "deposit_fee_rate": deposit_fee_rate,
                "deposit_fee_amount": deposit_fee_amount,
                "fiat_conversion_fee_rate": fiat_conversion_fee_rate,
                "fiat_conversion_fee_amount": fiat_conversion_fee_amount,
                "confirmed_after_conversion": confirmed_after_conversion,
                "create_time": create_time,
                "stbt_done_time": stbt_done_time,
                "settle_time": settle_time,
                "address": address,
                "tx_hash": tx_hash,
                "err_code": err_code,
                "err_msg": err_msg,
                "remark_en": remark_en,
                "remark_zhCN": remark_zh_cn,
                "remark_zhTW": remark_zh_tw,
            }
        )
        if deposit_currency is not UNSET:
            field_dict["deposit_currency"] = deposit_currency
        if redeem_amount is not UNSET:
            field_dict["redeem_amount"] = redeem_amount
        if fail_msg is not UNSET:
            field_dict["fail_msg"] = fail_msg

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
            order_type = OrderType.from_wire(d.pop("order_type"))

        except PARSE_ERRORS as _error:
            order_type = invalid(cls, "order_type", src_dict, _error)
            _broken = True

        try:
            order_status = OrderStatus.from_wire(d.pop("order_status"))

        except PARSE_ERRORS as _error:
            order_status = invalid(cls, "order_status", src_dict, _error)
            _broken = True

        try:
            paid_amount = decimal_from_wire(d.pop("paid_amount"))

        except PARSE_ERRORS as _error:
            paid_amount = invalid(cls, "paid_amount", src_dict, _error)
            _broken = True

        try:
            paid_currency = d.pop("paid_currency")
            if paid_currency.__class__ is not str:  # inline fast path: most values are right
                paid_currency = expect_type(paid_currency, str)
        except PARSE_ERRORS as _error:
            paid_currency = invalid(cls, "paid_currency", src_dict, _error)
            _broken = True

        try:
            deposit_amount = decimal_from_wire(d.pop("deposit_amount"))

        except PARSE_ERRORS as _error:
            deposit_amount = invalid(cls, "deposit_amount", src_dict, _error)
            _broken = True

        try:
            stbt_amount = decimal_from_wire(d.pop("stbt_amount"))

        except PARSE_ERRORS as _error:
            stbt_amount = invalid(cls, "stbt_amount", src_dict, _error)
            _broken = True

        try:
            settlement_amount = decimal_from_wire(d.pop("settlement_amount"))

        except PARSE_ERRORS as _error:
            settlement_amount = invalid(cls, "settlement_amount", src_dict, _error)
            _broken = True

        try:
            settlement_currency = d.pop("settlement_currency")
            if settlement_currency.__class__ is not str:  # inline fast path: most values are right
                settlement_currency = expect_type(settlement_currency, str)
        except PARSE_ERRORS as _error:
            settlement_currency = invalid(cls, "settlement_currency", src_dict, _error)
            _broken = True

        try:
            service_fee_amount = decimal_from_wire(d.pop("service_fee_amount"))

        except PARSE_ERRORS as _error:
            service_fee_amount = invalid(cls, "service_fee_amount", src_dict, _error)
            _broken = True

        try:
            service_fee_rate = decimal_from_wire(d.pop("service_fee_rate"))

        except PARSE_ERRORS as _error:
            service_fee_rate = invalid(cls, "service_fee_rate", src_dict, _error)
            _broken = True

        try:
            trading_loss_rate = decimal_from_wire(d.pop("trading_loss_rate"))

        except PARSE_ERRORS as _error:
            trading_loss_rate = invalid(cls, "trading_loss_rate", src_dict, _error)
            _broken = True

        try:
            trading_loss_amount = decimal_from_wire(d.pop("trading_loss_amount"))

        except PARSE_ERRORS as _error:
            trading_loss_amount = invalid(cls, "trading_loss_amount", src_dict, _error)
            _broken = True

        try:
            deposit_fee_rate = decimal_from_wire(d.pop("deposit_fee_rate"))

        except PARSE_ERRORS as _error:
            deposit_fee_rate = invalid(cls, "deposit_fee_rate", src_dict, _error)
            _broken = True

        try:
            deposit_fee_amount = decimal_from_wire(d.pop("deposit_fee_amount"))

        except PARSE_ERRORS as _error:
            deposit_fee_amount = invalid(cls, "deposit_fee_amount", src_dict, _error)
            _broken = True

        try:
            fiat_conversion_fee_rate = decimal_from_wire(d.pop("fiat_conversion_fee_rate"))

        except PARSE_ERRORS as _error:
            fiat_conversion_fee_rate = invalid(cls, "fiat_conversion_fee_rate", src_dict, _error)
            _broken = True

        try:
            fiat_conversion_fee_amount = decimal_from_wire(d.pop("fiat_conversion_fee_amount"))

        except PARSE_ERRORS as _error:
            fiat_conversion_fee_amount = invalid(cls, "fiat_conversion_fee_amount", src_dict, _error)
            _broken = True

        try:
            confirmed_after_conversion = d.pop("confirmed_after_conversion")
            if confirmed_after_conversion.__class__ is not bool:  # inline fast path: most values are right
                confirmed_after_conversion = expect_type(confirmed_after_conversion, bool)
        except PARSE_ERRORS as _error:
            confirmed_after_conversion = invalid(cls, "confirmed_after_conversion", src_dict, _error)
            _broken = True

        try:
            create_time = d.pop("create_time")
            if create_time.__class__ is not int:  # inline fast path: most values are right
                create_time = expect_type(create_time, int)
        except PARSE_ERRORS as _error:
            create_time = invalid(cls, "create_time", src_dict, _error)
            _broken = True

        try:
            stbt_done_time = d.pop("stbt_done_time")
            if stbt_done_time.__class__ is not int:  # inline fast path: most values are right
                stbt_done_time = expect_type(stbt_done_time, int)
        except PARSE_ERRORS as _error:
            stbt_done_time = invalid(cls, "stbt_done_time", src_dict, _error)
            _broken = True

        try:
            settle_time = d.pop("settle_time")
            if settle_time.__class__ is not int:  # inline fast path: most values are right
                settle_time = expect_type(settle_time, int)
        except PARSE_ERRORS as _error:
            settle_time = invalid(cls, "settle_time", src_dict, _error)
            _broken = True

        try:
            address = d.pop("address")
            if address.__class__ is not str:  # inline fast path: most values are right
                address = expect_type(address, str)
        except PARSE_ERRORS as _error:
            address = invalid(cls, "address", src_dict, _error)
            _broken = True

        try:
            tx_hash = d.pop("tx_hash")
            if tx_hash.__class__ is not str:  # inline fast path: most values are right
                tx_hash = expect_type(tx_hash, str)
        except PARSE_ERRORS as _error:
            tx_hash = invalid(cls, "tx_hash", src_dict, _error)
            _broken = True

        try:
            err_code = d.pop("err_code")
            if err_code.__class__ is not int:  # inline fast path: most values are right
                err_code = expect_type(err_code, int)
        except PARSE_ERRORS as _error:
            err_code = invalid(cls, "err_code", src_dict, _error)
            _broken = True

        try:
            err_msg = d.pop("err_msg")
            if err_msg.__class__ is not str:  # inline fast path: most values are right
                err_msg = expect_type(err_msg, str)
        except PARSE_ERRORS as _error:
            err_msg = invalid(cls, "err_msg", src_dict, _error)
            _broken = True

        try:
            remark_en = d.pop("remark_en")
            if remark_en.__class__ is not str:  # inline fast path: most values are right
                remark_en = expect_type(remark_en, str)
        except PARSE_ERRORS as _error:
            remark_en = invalid(cls, "remark_en", src_dict, _error)
            _broken = True

        try:
            remark_zh_cn = d.pop("remark_zhCN")
            if remark_zh_cn.__class__ is not str:  # inline fast path: most values are right
                remark_zh_cn = expect_type(remark_zh_cn, str)
        except PARSE_ERRORS as _error:
            remark_zh_cn = invalid(cls, "remark_zhCN", src_dict, _error)
            _broken = True

        try:
            remark_zh_tw = d.pop("remark_zhTW")
            if remark_zh_tw.__class__ is not str:  # inline fast path: most values are right
                remark_zh_tw = expect_type(remark_zh_tw, str)
        except PARSE_ERRORS as _error:
            remark_zh_tw = invalid(cls, "remark_zhTW", src_dict, _error)
            _broken = True

        try:
            deposit_currency = d.pop("deposit_currency", UNSET)
            if deposit_currency.__class__ is not str:  # inline fast path: most values are right
                deposit_currency = expect_type(deposit_currency, str)
        except PARSE_ERRORS as _error:
            deposit_currency = invalid(cls, "deposit_currency", src_dict, _error)
            _broken = True

        try:
            _redeem_amount = d.pop("redeem_amount", UNSET)
            redeem_amount: Decimal | Unset
            if isinstance(_redeem_amount, Unset):
                redeem_amount = UNSET
            else:
                redeem_amount = decimal_from_wire(_redeem_amount)

        except PARSE_ERRORS as _error:
            redeem_amount = invalid(cls, "redeem_amount", src_dict, _error)
            _broken = True

        try:
            fail_msg = d.pop("fail_msg", UNSET)
            if fail_msg.__class__ is not str:  # inline fast path: most values are right
                fail_msg = expect_type(fail_msg, str)
        except PARSE_ERRORS as _error:
            fail_msg = invalid(cls, "fail_msg", src_dict, _error)
            _broken = True

        _instance = cls(
            order_id=order_id,
            order_type=order_type,
            order_status=order_status,
            paid_amount=paid_amount,
            paid_currency=paid_currency,
            deposit_amount=deposit_amount,
            stbt_amount=stbt_amount,
            settlement_amount=settlement_amount,
            settlement_currency=settlement_currency,
            service_fee_amount=service_fee_amount,
            service_fee_rate=service_fee_rate,
            trading_loss_rate=trading_loss_rate,
            trading_loss_amount=trading_loss_amount,
            deposit_fee_rate=deposit_fee_rate,
            deposit_fee_amount=deposit_fee_amount,
            fiat_conversion_fee_rate=fiat_conversion_fee_rate,
            fiat_conversion_fee_amount=fiat_conversion_fee_amount,
            confirmed_after_conversion=confirmed_after_conversion,
            create_time=create_time,
            stbt_done_time=stbt_done_time,
            settle_time=settle_time,
            address=address,
            tx_hash=tx_hash,
            err_code=err_code,
            err_msg=err_msg,
            remark_en=remark_en,
            remark_zh_cn=remark_zh_cn,
            remark_zh_tw=remark_zh_tw,
            deposit_currency=deposit_currency,
            redeem_amount=redeem_amount,
            fail_msg=fail_msg,
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
