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

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="TransferRequest")


@_attrs_define(weakref_slot=False)
class TransferRequest:
    from_account: str
    """ Source account, `account_id` from the account list (e.g. `888.bal`). """
    to_account: str
    """ Destination account, `account_id` from the account list (e.g. `888_binance_1`). """
    currency: str
    """ Currency, as returned by Available Currencies (`client.prime_broker.list_available_currencies`). """
    amount: Decimal
    """ Transfer amount; at least the exchange's minimum (`client.prime_broker.get_exchange_minimum_amounts`). """
    serial_no: str
    """ Serial no of the transfer, 8 to 32 characters matching `^[a-zA-Z0-9_-]+$` (e.g. a timestamp). Identifies the
    transfer in Transfer Record. """
    from_wallet_type: int | Unset = 0
    """ Source wallet, a `wallet_type` returned by Wallet Types (`client.prime_broker.list_wallet_types`); default
    0. """
    to_wallet_type: int | Unset = 0
    """ Destination wallet, a `wallet_type` returned by Wallet Types (`client.prime_broker.list_wallet_types`);
    default 0. """
    chain: str | Unset = UNSET
    """ The chain you prefer, as returned by Available Chains (`client.prime_broker.list_available_chains`), e.g.
    `ERC20`. Needed when a DeFi account is involved (see the transfer cases). """
    is_instant_transfer: bool | Unset = UNSET
    """ Use the instant transfer (CEX to CEX only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        from_account = self.from_account

        to_account = self.to_account

        currency = self.currency

        amount = decimal_to_wire(self.amount)

        serial_no = self.serial_no

        from_wallet_type = self.from_wallet_type

        to_wallet_type = self.to_wallet_type

        chain = self.chain

        is_instant_transfer = self.is_instant_transfer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_account": from_account,
                "to_account": to_account,
                "currency": currency,
                "amount": amount,
                "serial_no": serial_no,
            }
        )
        if from_wallet_type is not UNSET:
            field_dict["from_wallet_type"] = from_wallet_type
        if to_wallet_type is not UNSET:
            field_dict["to_wallet_type"] = to_wallet_type
        if chain is not UNSET:
            field_dict["chain"] = chain
        if is_instant_transfer is not UNSET:
            field_dict["is_instant_transfer"] = is_instant_transfer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
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
            serial_no = d.pop("serial_no")
            if serial_no.__class__ is not str:  # inline fast path: most values are right
                serial_no = expect_type(serial_no, str)
        except PARSE_ERRORS as _error:
            serial_no = invalid(cls, "serial_no", src_dict, _error)
            _broken = True

        try:
            from_wallet_type = d.pop("from_wallet_type", UNSET)
            if from_wallet_type.__class__ is not int:  # inline fast path: most values are right
                from_wallet_type = expect_type(from_wallet_type, int)
        except PARSE_ERRORS as _error:
            from_wallet_type = invalid(cls, "from_wallet_type", src_dict, _error)
            _broken = True

        try:
            to_wallet_type = d.pop("to_wallet_type", UNSET)
            if to_wallet_type.__class__ is not int:  # inline fast path: most values are right
                to_wallet_type = expect_type(to_wallet_type, int)
        except PARSE_ERRORS as _error:
            to_wallet_type = invalid(cls, "to_wallet_type", src_dict, _error)
            _broken = True

        try:
            chain = d.pop("chain", UNSET)
            if chain.__class__ is not str:  # inline fast path: most values are right
                chain = expect_type(chain, str)
        except PARSE_ERRORS as _error:
            chain = invalid(cls, "chain", src_dict, _error)
            _broken = True

        try:
            is_instant_transfer = d.pop("is_instant_transfer", UNSET)
            if is_instant_transfer.__class__ is not bool:  # inline fast path: most values are right
                is_instant_transfer = expect_type(is_instant_transfer, bool)
        except PARSE_ERRORS as _error:
            is_instant_transfer = invalid(cls, "is_instant_transfer", src_dict, _error)
            _broken = True

        _instance = cls(
            from_account=from_account,
            to_account=to_account,
            currency=currency,
            amount=amount,
            serial_no=serial_no,
            from_wallet_type=from_wallet_type,
            to_wallet_type=to_wallet_type,
            chain=chain,
            is_instant_transfer=is_instant_transfer,
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
