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

from ..models.account_type import AccountType
from ..models.flow_direction import FlowDirection
from ..models.scenario import Scenario
from ..types import NO_FIELDS

T = TypeVar("T", bound="AccountFlow")


@_attrs_define(weakref_slot=False)
class AccountFlow:
    serial_no: str
    """ Serial NO. """
    user_id: str
    """ User ID. """
    exchange: str
    """ Exchange (`matrixport` for the Matrix wallet; errata PB-20). """
    account_id: str
    """ Account id. """
    account_type: AccountType
    """ Account type: the Matrix (Prime) wallet or an exchange sub-account. """
    scenario: Scenario
    """ The business scenario of a transfer or an account flow. """
    direction: FlowDirection
    """ Deposit and withdrawal direction of an account flow. """
    currency: str
    """ Currency. """
    amount: Decimal
    """ Amount. """
    instant_transfer_fee: Decimal
    """ Instant transfer fee. """
    created_at: int
    """ Created time, milliseconds since the Unix epoch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        serial_no = self.serial_no

        user_id = self.user_id

        exchange = self.exchange

        account_id = self.account_id

        account_type = AccountType(self.account_type).value

        scenario = Scenario(self.scenario).value

        direction = FlowDirection(self.direction).value

        currency = self.currency

        amount = decimal_to_wire(self.amount)

        instant_transfer_fee = decimal_to_wire(self.instant_transfer_fee)

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serial_no": serial_no,
                "user_id": user_id,
                "exchange": exchange,
                "account_id": account_id,
                "account_type": account_type,
                "scenario": scenario,
                "direction": direction,
                "currency": currency,
                "amount": amount,
                "instant_transfer_fee": instant_transfer_fee,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            serial_no = d.pop("serial_no")
            if serial_no.__class__ is not str:  # inline fast path: most values are right
                serial_no = expect_type(serial_no, str)
        except PARSE_ERRORS as _error:
            serial_no = invalid(cls, "serial_no", src_dict, _error)
            _broken = True

        try:
            user_id = d.pop("user_id")
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        try:
            exchange = d.pop("exchange")
            if exchange.__class__ is not str:  # inline fast path: most values are right
                exchange = expect_type(exchange, str)
        except PARSE_ERRORS as _error:
            exchange = invalid(cls, "exchange", src_dict, _error)
            _broken = True

        try:
            account_id = d.pop("account_id")
            if account_id.__class__ is not str:  # inline fast path: most values are right
                account_id = expect_type(account_id, str)
        except PARSE_ERRORS as _error:
            account_id = invalid(cls, "account_id", src_dict, _error)
            _broken = True

        try:
            account_type = AccountType.from_wire(d.pop("account_type"))

        except PARSE_ERRORS as _error:
            account_type = invalid(cls, "account_type", src_dict, _error)
            _broken = True

        try:
            scenario = Scenario.from_wire(d.pop("scenario"))

        except PARSE_ERRORS as _error:
            scenario = invalid(cls, "scenario", src_dict, _error)
            _broken = True

        try:
            direction = FlowDirection.from_wire(d.pop("direction"))

        except PARSE_ERRORS as _error:
            direction = invalid(cls, "direction", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            amount = decimal_from_wire(d.pop("amount"))

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            instant_transfer_fee = decimal_from_wire(d.pop("instant_transfer_fee"))

        except PARSE_ERRORS as _error:
            instant_transfer_fee = invalid(cls, "instant_transfer_fee", src_dict, _error)
            _broken = True

        try:
            created_at = d.pop("created_at")
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

        _instance = cls(
            serial_no=serial_no,
            user_id=user_id,
            exchange=exchange,
            account_id=account_id,
            account_type=account_type,
            scenario=scenario,
            direction=direction,
            currency=currency,
            amount=amount,
            instant_transfer_fee=instant_transfer_fee,
            created_at=created_at,
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
