from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.account_type import AccountType
from ..models.exchange import Exchange
from ..types import NO_FIELDS

T = TypeVar("T", bound="RcuAccount")


@_attrs_define(weakref_slot=False)
class RcuAccount:
    account_id: str
    """ Account id. """
    user_id: str
    """ User id. """
    type_: AccountType
    """ Account type: the Matrix (Prime) wallet or an exchange sub-account. """
    exchange: str
    """ Parent exchange of the sub-account. """
    ex_account_id: str
    """ Exchange sub account primary key. """
    name: str
    """ Account name. """
    ex_value: Exchange
    """ Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the `ex_value` of
    responses. """
    custody_id: str
    """ Exchange custody id (empty when none). """
    custody_key: str
    """ Exchange custody sub account primary key. """
    rcu_id: int
    """ RCU ID associated with the account, 0 indicates unassociated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_wire_names__: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """Attributes named unlike their JSON keys (the one-pass decoder reads JSON keys as attribute names)."""

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        user_id = self.user_id

        type_ = AccountType(self.type_).value

        exchange = self.exchange

        ex_account_id = self.ex_account_id

        name = self.name

        ex_value = Exchange(self.ex_value).value

        custody_id = self.custody_id

        custody_key = self.custody_key

        rcu_id = self.rcu_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "user_id": user_id,
                "type": type_,
                "exchange": exchange,
                "ex_account_id": ex_account_id,
                "name": name,
                "ex_value": ex_value,
                "custody_id": custody_id,
                "custody_key": custody_key,
                "rcu_id": rcu_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            account_id = d.pop("account_id")
            if account_id.__class__ is not str:  # inline fast path: most values are right
                account_id = expect_type(account_id, str)
        except PARSE_ERRORS as _error:
            account_id = invalid(cls, "account_id", src_dict, _error)
            _broken = True

        try:
            user_id = d.pop("user_id")
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        try:
            type_ = AccountType.from_wire(d.pop("type"))

        except PARSE_ERRORS as _error:
            type_ = invalid(cls, "type", src_dict, _error)
            _broken = True

        try:
            exchange = d.pop("exchange")
            if exchange.__class__ is not str:  # inline fast path: most values are right
                exchange = expect_type(exchange, str)
        except PARSE_ERRORS as _error:
            exchange = invalid(cls, "exchange", src_dict, _error)
            _broken = True

        try:
            ex_account_id = d.pop("ex_account_id")
            if ex_account_id.__class__ is not str:  # inline fast path: most values are right
                ex_account_id = expect_type(ex_account_id, str)
        except PARSE_ERRORS as _error:
            ex_account_id = invalid(cls, "ex_account_id", src_dict, _error)
            _broken = True

        try:
            name = d.pop("name")
            if name.__class__ is not str:  # inline fast path: most values are right
                name = expect_type(name, str)
        except PARSE_ERRORS as _error:
            name = invalid(cls, "name", src_dict, _error)
            _broken = True

        try:
            ex_value = Exchange.from_wire(d.pop("ex_value"))

        except PARSE_ERRORS as _error:
            ex_value = invalid(cls, "ex_value", src_dict, _error)
            _broken = True

        try:
            custody_id = d.pop("custody_id")
            if custody_id.__class__ is not str:  # inline fast path: most values are right
                custody_id = expect_type(custody_id, str)
        except PARSE_ERRORS as _error:
            custody_id = invalid(cls, "custody_id", src_dict, _error)
            _broken = True

        try:
            custody_key = d.pop("custody_key")
            if custody_key.__class__ is not str:  # inline fast path: most values are right
                custody_key = expect_type(custody_key, str)
        except PARSE_ERRORS as _error:
            custody_key = invalid(cls, "custody_key", src_dict, _error)
            _broken = True

        try:
            rcu_id = d.pop("rcu_id")
            if rcu_id.__class__ is not int:  # inline fast path: most values are right
                rcu_id = expect_type(rcu_id, int)
        except PARSE_ERRORS as _error:
            rcu_id = invalid(cls, "rcu_id", src_dict, _error)
            _broken = True

        _instance = cls(
            account_id=account_id,
            user_id=user_id,
            type_=type_,
            exchange=exchange,
            ex_account_id=ex_account_id,
            name=name,
            ex_value=ex_value,
            custody_id=custody_id,
            custody_key=custody_key,
            rcu_id=rcu_id,
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
