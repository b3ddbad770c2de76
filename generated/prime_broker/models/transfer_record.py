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

T = TypeVar("T", bound="TransferRecord")


@_attrs_define(weakref_slot=False)
class TransferRecord:
    process: TransferProcess
    """ Progress of a transfer. """
    scenario: Scenario
    """ The business scenario of a transfer or an account flow. """
    amount: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. Transfer amount. """
    currency: str | Unset = UNSET
    """ Undocumented; seen in the example. Currency. """
    from_account: str | Unset = UNSET
    """ Undocumented; seen in the example. Source account id. """
    serial_no: str | Unset = UNSET
    """ Undocumented; seen in the example. Serial no of the transfer. """
    to_account: str | Unset = UNSET
    """ Undocumented; seen in the example. Destination account id. """
    user_id: str | Unset = UNSET
    """ Undocumented; seen in the example. User id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        process = TransferProcess(self.process).value

        scenario = Scenario(self.scenario).value

        amount: str | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = decimal_to_wire(self.amount)

        currency = self.currency

        from_account = self.from_account

        serial_no = self.serial_no

        to_account = self.to_account

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "process": process,
                "scenario": scenario,
            }
        )
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if from_account is not UNSET:
            field_dict["from_account"] = from_account
        if serial_no is not UNSET:
            field_dict["serial_no"] = serial_no
        if to_account is not UNSET:
            field_dict["to_account"] = to_account
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            process = TransferProcess.from_wire(d.pop("process"))

        except PARSE_ERRORS as _error:
            process = invalid(cls, "process", src_dict, _error)
            _broken = True

        try:
            scenario = Scenario.from_wire(d.pop("scenario"))

        except PARSE_ERRORS as _error:
            scenario = invalid(cls, "scenario", src_dict, _error)
            _broken = True

        try:
            _amount = d.pop("amount", UNSET)
            amount: Decimal | Unset
            if isinstance(_amount, Unset):
                amount = UNSET
            else:
                amount = decimal_from_wire(_amount)

        except PARSE_ERRORS as _error:
            amount = invalid(cls, "amount", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency", UNSET)
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            from_account = d.pop("from_account", UNSET)
            if from_account.__class__ is not str:  # inline fast path: most values are right
                from_account = expect_type(from_account, str)
        except PARSE_ERRORS as _error:
            from_account = invalid(cls, "from_account", src_dict, _error)
            _broken = True

        try:
            serial_no = d.pop("serial_no", UNSET)
            if serial_no.__class__ is not str:  # inline fast path: most values are right
                serial_no = expect_type(serial_no, str)
        except PARSE_ERRORS as _error:
            serial_no = invalid(cls, "serial_no", src_dict, _error)
            _broken = True

        try:
            to_account = d.pop("to_account", UNSET)
            if to_account.__class__ is not str:  # inline fast path: most values are right
                to_account = expect_type(to_account, str)
        except PARSE_ERRORS as _error:
            to_account = invalid(cls, "to_account", src_dict, _error)
            _broken = True

        try:
            user_id = d.pop("user_id", UNSET)
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        _instance = cls(
            process=process,
            scenario=scenario,
            amount=amount,
            currency=currency,
            from_account=from_account,
            serial_no=serial_no,
            to_account=to_account,
            user_id=user_id,
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
