from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.wallet_type import WalletType


T = TypeVar("T", bound="WalletTypeList")


@_attrs_define(weakref_slot=False)
class WalletTypeList:
    wallets: list[WalletType] | Unset = UNSET
    """ Undocumented; seen in the example. The account's wallets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        wallets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.wallets, Unset):
            wallets = []
            for wallets_item_data in self.wallets:
                wallets_item = wallets_item_data.to_dict()
                wallets.append(wallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if wallets is not UNSET:
            field_dict["wallets"] = wallets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.wallet_type import WalletType  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            _wallets = d.pop("wallets", UNSET)
            wallets: list[WalletType] | Unset = UNSET
            if _wallets is not UNSET:
                wallets = []
                for wallets_item_data in _wallets:
                    wallets_item = WalletType.from_dict(wallets_item_data)

                    wallets.append(wallets_item)

        except PARSE_ERRORS as _error:
            wallets = invalid(cls, "wallets", src_dict, _error)
            _broken = True

        _instance = cls(
            wallets=wallets,
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
