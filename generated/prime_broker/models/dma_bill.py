from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    expect_type,
    note_unknown_fields,
)

from ..models.dma_bill_status import DmaBillStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DmaBill")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        user_id = d.pop("user_id")
        if user_id.__class__ is not str:  # inline fast path: most values are right
            user_id = expect_type(user_id, str)

        amount = decimal_from_wire(d.pop("amount"))

        reduction_amount = decimal_from_wire(d.pop("reduction_amount"))

        currency = d.pop("currency")
        if currency.__class__ is not str:  # inline fast path: most values are right
            currency = expect_type(currency, str)

        status = DmaBillStatus.from_wire(d.pop("status"))

        start_time = d.pop("start_time")
        if start_time.__class__ is not int:  # inline fast path: most values are right
            start_time = expect_type(start_time, int)

        end_time = d.pop("end_time")
        if end_time.__class__ is not int:  # inline fast path: most values are right
            end_time = expect_type(end_time, int)

        spot_trading_volume_maker = decimal_from_wire(d.pop("spot_trading_volume_maker"))

        spot_trading_volume_taker = decimal_from_wire(d.pop("spot_trading_volume_taker"))

        derivatives_trading_volume_maker = decimal_from_wire(d.pop("derivatives_trading_volume_maker"))

        derivatives_trading_volume_taker = decimal_from_wire(d.pop("derivatives_trading_volume_taker"))

        option_trading_volume_maker = decimal_from_wire(d.pop("option_trading_volume_maker"))

        option_trading_volume_taker = decimal_from_wire(d.pop("option_trading_volume_taker"))

        fee_rate = decimal_from_wire(d.pop("fee_rate"))

        serial_no = d.pop("serial_no", UNSET)
        if serial_no.__class__ is not str:  # inline fast path: most values are right
            serial_no = expect_type(serial_no, str)

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
