from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

if TYPE_CHECKING:
    from ..models.lending_account import LendingAccount


T = TypeVar("T", bound="SetLendingAccountRequest")


@_attrs_define(weakref_slot=False)
class SetLendingAccountRequest:
    order_id: str
    """ Order id. """
    lending_accounts: list[LendingAccount]
    """ Order disbursement account configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        lending_accounts = []
        for lending_accounts_item_data in self.lending_accounts:
            lending_accounts_item = lending_accounts_item_data.to_dict()
            lending_accounts.append(lending_accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "lending_accounts": lending_accounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lending_account import LendingAccount  # noqa: PLC0415

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
            lending_accounts = []
            _lending_accounts = d.pop("lending_accounts")
            for lending_accounts_item_data in _lending_accounts:
                lending_accounts_item = LendingAccount.from_dict(lending_accounts_item_data)

                lending_accounts.append(lending_accounts_item)

        except PARSE_ERRORS as _error:
            lending_accounts = invalid(cls, "lending_accounts", src_dict, _error)
            _broken = True

        _instance = cls(
            order_id=order_id,
            lending_accounts=lending_accounts,
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
