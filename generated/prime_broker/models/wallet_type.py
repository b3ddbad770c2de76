from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="WalletType")


@_attrs_define(weakref_slot=False)
class WalletType:
    wallet_type: int | Unset = UNSET
    """ Undocumented; seen in the example. Wallet type id, the `from_wallet_type` / `to_wallet_type` of Transfer
    (e.g. 0 spot, 1 unified, 2 contract; differs per exchange). """
    wallet_name: str | Unset = UNSET
    """ Undocumented; seen in the example. Wallet name (spot, unified, contract, ...). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        wallet_type = self.wallet_type

        wallet_name = self.wallet_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallet_type is not UNSET:
            field_dict["wallet_type"] = wallet_type
        if wallet_name is not UNSET:
            field_dict["wallet_name"] = wallet_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            wallet_type = d.pop("wallet_type", UNSET)
            if wallet_type.__class__ is not int:  # inline fast path: most values are right
                wallet_type = expect_type(wallet_type, int)
        except PARSE_ERRORS as _error:
            wallet_type = invalid(cls, "wallet_type", src_dict, _error)
            _broken = True

        try:
            wallet_name = d.pop("wallet_name", UNSET)
            if wallet_name.__class__ is not str:  # inline fast path: most values are right
                wallet_name = expect_type(wallet_name, str)
        except PARSE_ERRORS as _error:
            wallet_name = invalid(cls, "wallet_name", src_dict, _error)
            _broken = True

        _instance = cls(
            wallet_type=wallet_type,
            wallet_name=wallet_name,
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
