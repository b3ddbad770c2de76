from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

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

from ..models.dma_bill_status import DmaBillStatus
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="DmaBill")


@_attrs_define(weakref_slot=False)
class DmaBill:
    user_id: str
    """ User ID. """
    amount: Decimal
    """ Amount. """
    reduction_amount: Decimal
    """ Reduction amount. """
    currency: str
    """ Currency. """
    status: DmaBillStatus
    """ Direct Market Access (DMA) bill status. """
    start_time: int
    """ Bill start time, milliseconds since the Unix epoch. """
    end_time: int
    """ Bill end time, milliseconds since the Unix epoch. """
    spot_trading_volume_maker: Decimal
    """ Volume (spot, maker). """
    spot_trading_volume_taker: Decimal
    """ Volume (spot, taker). """
    derivatives_trading_volume_maker: Decimal
    """ Volume (derivatives, maker). """
    derivatives_trading_volume_taker: Decimal
    """ Volume (derivatives, taker). """
    option_trading_volume_maker: Decimal
    """ Volume (options, maker). """
    option_trading_volume_taker: Decimal
    """ Volume (options, taker). """
    fee_rate: Decimal
    """ Fee rate. """
    serial_no: str | Unset = UNSET
    """ Undocumented; seen in the example. Serial no of the DMA bill (the `serial_no` of DMA Bill Repay). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        amount = decimal_to_wire(self.amount)

        reduction_amount = decimal_to_wire(self.reduction_amount)

        currency = self.currency

        status = DmaBillStatus(self.status).value

        start_time = self.start_time

        end_time = self.end_time

        spot_trading_volume_maker = decimal_to_wire(self.spot_trading_volume_maker)

        spot_trading_volume_taker = decimal_to_wire(self.spot_trading_volume_taker)

        derivatives_trading_volume_maker = decimal_to_wire(self.derivatives_trading_volume_maker)

        derivatives_trading_volume_taker = decimal_to_wire(self.derivatives_trading_volume_taker)

        option_trading_volume_maker = decimal_to_wire(self.option_trading_volume_maker)

        option_trading_volume_taker = decimal_to_wire(self.option_trading_volume_taker)

        fee_rate = decimal_to_wire(self.fee_rate)

        serial_no = self.serial_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "amount": amount,
                "reduction_amount": reduction_amount,
                "currency": currency,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
                "spot_trading_volume_maker": spot_trading_volume_maker,
                "spot_trading_volume_taker": spot_trading_volume_taker,
                "derivatives_trading_volume_maker": derivatives_trading_volume_maker,
                "derivatives_trading_volume_taker": derivatives_trading_volume_taker,
                "option_trading_volume_maker": option_trading_volume_maker,
                "option_trading_volume_taker": option_trading_volume_taker,
                "fee_rate": fee_rate,
            }
        )
        if serial_no is not UNSET:
            field_dict["serial_no"] = serial_no

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            user_id = d.pop("user_id")
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        try:
            amount = decimal_from_wire(d.pop("amount"))

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            reduction_amount = decimal_from_wire(d.pop("reduction_amount"))

        except PARSE_ERRORS as _error:
            reduction_amount = invalid(cls, "reduction_amount", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            status = DmaBillStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:
            start_time = d.pop("start_time")
            if start_time.__class__ is not int:  # inline fast path: most values are right
                start_time = expect_type(start_time, int)
        except PARSE_ERRORS as _error:
            start_time = invalid(cls, "start_time", src_dict, _error)
            _broken = True

        try:
            end_time = d.pop("end_time")
            if end_time.__class__ is not int:  # inline fast path: most values are right
                end_time = expect_type(end_time, int)
        except PARSE_ERRORS as _error:
            end_time = invalid(cls, "end_time", src_dict, _error)
            _broken = True

        try:
            spot_trading_volume_maker = decimal_from_wire(d.pop("spot_trading_volume_maker"))

        except PARSE_ERRORS as _error:
            spot_trading_volume_maker = invalid(cls, "spot_trading_volume_maker", src_dict, _error)
            _broken = True

        try:
            spot_trading_volume_taker = decimal_from_wire(d.pop("spot_trading_volume_taker"))

        except PARSE_ERRORS as _error:
            spot_trading_volume_taker = invalid(cls, "spot_trading_volume_taker", src_dict, _error)
            _broken = True

        try:
            derivatives_trading_volume_maker = decimal_from_wire(d.pop("derivatives_trading_volume_maker"))

        except PARSE_ERRORS as _error:
            derivatives_trading_volume_maker = invalid(cls, "derivatives_trading_volume_maker", src_dict, _error)
            _broken = True

        try:
            derivatives_trading_volume_taker = decimal_from_wire(d.pop("derivatives_trading_volume_taker"))

        except PARSE_ERRORS as _error:
            derivatives_trading_volume_taker = invalid(cls, "derivatives_trading_volume_taker", src_dict, _error)
            _broken = True

        try:
            option_trading_volume_maker = decimal_from_wire(d.pop("option_trading_volume_maker"))

        except PARSE_ERRORS as _error:
            option_trading_volume_maker = invalid(cls, "option_trading_volume_maker", src_dict, _error)
            _broken = True

        try:
            option_trading_volume_taker = decimal_from_wire(d.pop("option_trading_volume_taker"))

        except PARSE_ERRORS as _error:
            option_trading_volume_taker = invalid(cls, "option_trading_volume_taker", src_dict, _error)
            _broken = True

        try:
            fee_rate = decimal_from_wire(d.pop("fee_rate"))

        except PARSE_ERRORS as _error:
            fee_rate = invalid(cls, "fee_rate", src_dict, _error)
            _broken = True

        try:
            serial_no = d.pop("serial_no", UNSET)
            if serial_no.__class__ is not str:  # inline fast path: most values are right
                serial_no = expect_type(serial_no, str)
        except PARSE_ERRORS as _error:
            serial_no = invalid(cls, "serial_no", src_dict, _error)
            _broken = True

        _instance = cls(
            user_id=user_id,
            amount=amount,
            reduction_amount=reduction_amount,
            currency=currency,
            status=status,
            start_time=start_time,
            end_time=end_time,
            spot_trading_volume_maker=spot_trading_volume_maker,
            spot_trading_volume_taker=spot_trading_volume_taker,
            derivatives_trading_volume_maker=derivatives_trading_volume_maker,
            derivatives_trading_volume_taker=derivatives_trading_volume_taker,
            option_trading_volume_maker=option_trading_volume_maker,
            option_trading_volume_taker=option_trading_volume_taker,
            fee_rate=fee_rate,
            serial_no=serial_no,
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
