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
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="ProductAsset")


@_attrs_define(weakref_slot=False)
class ProductAsset:
    asset_nav: Decimal
    """ Asset NAV (net asset value). """
    portfolio_amount: Decimal | Unset = UNSET
    """ Portfolio amount (deprecated). """
    profit_reserve_amount: Decimal | Unset = UNSET
    """ Profit reserve amount (deprecated). """
    depositing: Decimal | Unset = UNSET
    """ Depositing (deprecated). """
    pool_balance: Decimal | Unset = UNSET
    """ Pool balance (deprecated). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        asset_nav = decimal_to_wire(self.asset_nav)

        portfolio_amount: str | Unset = UNSET
        if not isinstance(self.portfolio_amount, Unset):
            portfolio_amount = decimal_to_wire(self.portfolio_amount)

        profit_reserve_amount: str | Unset = UNSET
        if not isinstance(self.profit_reserve_amount, Unset):
            profit_reserve_amount = decimal_to_wire(self.profit_reserve_amount)

        depositing: str | Unset = UNSET
        if not isinstance(self.depositing, Unset):
            depositing = decimal_to_wire(self.depositing)

        pool_balance: str | Unset = UNSET
        if not isinstance(self.pool_balance, Unset):
            pool_balance = decimal_to_wire(self.pool_balance)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asset_nav": asset_nav,
            }
        )
        if portfolio_amount is not UNSET:
            field_dict["portfolio_amount"] = portfolio_amount
        if profit_reserve_amount is not UNSET:
            field_dict["profit_reserve_amount"] = profit_reserve_amount
        if depositing is not UNSET:
            field_dict["depositing"] = depositing
        if pool_balance is not UNSET:
            field_dict["pool_balance"] = pool_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            asset_nav = decimal_from_wire(d.pop("asset_nav"))

        except PARSE_ERRORS as _error:
            asset_nav = invalid(cls, "asset_nav", src_dict, _error)
            _broken = True

        try:
            _portfolio_amount = d.pop("portfolio_amount", UNSET)
            portfolio_amount: Decimal | Unset
            if isinstance(_portfolio_amount, Unset):
                portfolio_amount = UNSET
            else:
                portfolio_amount = decimal_from_wire(_portfolio_amount)

        except PARSE_ERRORS as _error:
            portfolio_amount = invalid(cls, "portfolio_amount", src_dict, _error)
            _broken = True

        try:
            _profit_reserve_amount = d.pop("profit_reserve_amount", UNSET)
            profit_reserve_amount: Decimal | Unset
            if isinstance(_profit_reserve_amount, Unset):
                profit_reserve_amount = UNSET
            else:
                profit_reserve_amount = decimal_from_wire(_profit_reserve_amount)

        except PARSE_ERRORS as _error:
            profit_reserve_amount = invalid(cls, "profit_reserve_amount", src_dict, _error)
            _broken = True

        try:
            _depositing = d.pop("depositing", UNSET)
            depositing: Decimal | Unset
            if isinstance(_depositing, Unset):
                depositing = UNSET
            else:
                depositing = decimal_from_wire(_depositing)

        except PARSE_ERRORS as _error:
            depositing = invalid(cls, "depositing", src_dict, _error)
            _broken = True

        try:
            _pool_balance = d.pop("pool_balance", UNSET)
            pool_balance: Decimal | Unset
            if isinstance(_pool_balance, Unset):
                pool_balance = UNSET
            else:
                pool_balance = decimal_from_wire(_pool_balance)

        except PARSE_ERRORS as _error:
            pool_balance = invalid(cls, "pool_balance", src_dict, _error)
            _broken = True

        _instance = cls(
            asset_nav=asset_nav,
            portfolio_amount=portfolio_amount,
            profit_reserve_amount=profit_reserve_amount,
            depositing=depositing,
            pool_balance=pool_balance,
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
