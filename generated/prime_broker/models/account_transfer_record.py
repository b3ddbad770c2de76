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

from ..models.scenario import Scenario
from ..models.transfer_process import TransferProcess
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="AccountTransferRecord")


@_attrs_define(weakref_slot=False)
class AccountTransferRecord:
    user_id: str
    """ User ID. """
    serial_no: str
    """ Serial NO. """
    from_account: str
    """ From account id. """
    to_account: str
    """ To account id. """
    currency: str
    """ Currency. """
    amount: Decimal
    """ Amount. """
    scenario: Scenario
    """ The business scenario of a transfer or an account flow. """
    instant_transfer_fee: Decimal
    """ Instant transfer fee. The received amount = amount - instant_transfer_fee. """
    transfer_fee: Decimal
    """ Transfer fee (cross transfer withdrawal fee). The received amount = amount - transfer_fee. """
    created_at: int
    """ Created time, milliseconds since the Unix epoch. """
    process: TransferProcess | Unset = UNSET
    """ Progress of a transfer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        serial_no = self.serial_no

        from_account = self.from_account

        to_account = self.to_account

        currency = self.currency

        amount = decimal_to_wire(self.amount)

        scenario = Scenario(self.scenario).value

        instant_transfer_fee = decimal_to_wire(self.instant_transfer_fee)

        transfer_fee = decimal_to_wire(self.transfer_fee)

        created_at = self.created_at

        process: int | Unset = UNSET
        if not isinstance(self.process, Unset):
            process = TransferProcess(self.process).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "serial_no": serial_no,
                "from_account": from_account,
                "to_account": to_account,
                "currency": currency,
                "amount": amount,
                "scenario": scenario,
                "instant_transfer_fee": instant_transfer_fee,
                "transfer_fee": transfer_fee,
                "created_at": created_at,
            }
        )
        if process is not UNSET:
            field_dict["process"] = process

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
            serial_no = d.pop("serial_no")
            if serial_no.__class__ is not str:  # inline fast path: most values are right
                serial_no = expect_type(serial_no, str)
        except PARSE_ERRORS as _error:
            serial_no = invalid(cls, "serial_no", src_dict, _error)
            _broken = True

        try:
            from_account = d.pop("from_account")
            if from_account.__class__ is not str:  # inline fast path: most values are right
                from_account = expect_type(from_account, str)
        except PARSE_ERRORS as _error:
            from_account = invalid(cls, "from_account", src_dict, _error)
            _broken = True

        try:
            to_account = d.pop("to_account")
            if to_account.__class__ is not str:  # inline fast path: most values are right
                to_account = expect_type(to_account, str)
        except PARSE_ERRORS as _error:
            to_account = invalid(cls, "to_account", src_dict, _error)
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
            scenario = Scenario.from_wire(d.pop("scenario"))

        except PARSE_ERRORS as _error:
            scenario = invalid(cls, "scenario", src_dict, _error)
            _broken = True

        try:
            instant_transfer_fee = decimal_from_wire(d.pop("instant_transfer_fee"))

        except PARSE_ERRORS as _error:
            instant_transfer_fee = invalid(cls, "instant_transfer_fee", src_dict, _error)
            _broken = True

        try:
            transfer_fee = decimal_from_wire(d.pop("transfer_fee"))

        except PARSE_ERRORS as _error:
            transfer_fee = invalid(cls, "transfer_fee", src_dict, _error)
            _broken = True

        try:
            created_at = d.pop("created_at")
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

        try:
            _process = d.pop("process", UNSET)
            process: TransferProcess | Unset
            if isinstance(_process, Unset):
                process = UNSET
            else:
                process = TransferProcess.from_wire(_process)

        except PARSE_ERRORS as _error:
            process = invalid(cls, "process", src_dict, _error)
            _broken = True

        _instance = cls(
            user_id=user_id,
            serial_no=serial_no,
            from_account=from_account,
            to_account=to_account,
            currency=currency,
            amount=amount,
            scenario=scenario,
            instant_transfer_fee=instant_transfer_fee,
            transfer_fee=transfer_fee,
            created_at=created_at,
            process=process,
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
