from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    expect_object,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="ApySubscribeSetting")


@_attrs_define(weakref_slot=False)
class ApySubscribeSetting:
    """APY notification subscription settings."""

    currency: str
    """ Currency name. """
    product_type: str | Unset = UNSET
    """ Product type. """
    subject_type: str | Unset = UNSET
    """ Subject type. """
    deposit_apy: Decimal | Unset = UNSET
    """ Deposit APY to notify at. Undocumented; seen in the example. """
    enable: bool | Unset = UNSET
    """ Whether the subscription is enabled. Undocumented; seen in the example. """
    notify_interval: int | Unset = UNSET
    """ Notification interval. Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        product_type = self.product_type

        subject_type = self.subject_type

        deposit_apy: Decimal | Unset = UNSET
        if not isinstance(self.deposit_apy, Unset):
            deposit_apy = decimal_from_wire(self.deposit_apy)

        enable = self.enable

        notify_interval = self.notify_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
            }
        )
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if deposit_apy is not UNSET:
            field_dict["deposit_apy"] = deposit_apy
        if enable is not UNSET:
            field_dict["enable"] = enable
        if notify_interval is not UNSET:
            field_dict["notify_interval"] = notify_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            product_type = d.pop("product_type", UNSET)
            if product_type.__class__ is not str:  # inline fast path: most values are right
                product_type = expect_type(product_type, str)
        except PARSE_ERRORS as _error:
            product_type = invalid(cls, "product_type", src_dict, _error)
            _broken = True

        try:
            subject_type = d.pop("subject_type", UNSET)
            if subject_type.__class__ is not str:  # inline fast path: most values are right
                subject_type = expect_type(subject_type, str)
        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        try:
            _deposit_apy = d.pop("deposit_apy", UNSET)
            deposit_apy: Decimal | Unset
            if isinstance(_deposit_apy, Unset):
                deposit_apy = UNSET
            else:
                deposit_apy = decimal_from_wire(_deposit_apy)

        except PARSE_ERRORS as _error:
            deposit_apy = invalid(cls, "deposit_apy", src_dict, _error)
            _broken = True

        try:
            enable = d.pop("enable", UNSET)
            if enable.__class__ is not bool:  # inline fast path: most values are right
                enable = expect_type(enable, bool)
        except PARSE_ERRORS as _error:
            enable = invalid(cls, "enable", src_dict, _error)
            _broken = True

        try:
            notify_interval = d.pop("notify_interval", UNSET)
            if notify_interval.__class__ is not int:  # inline fast path: most values are right
                notify_interval = expect_type(notify_interval, int)
        except PARSE_ERRORS as _error:
            notify_interval = invalid(cls, "notify_interval", src_dict, _error)
            _broken = True

        _instance = cls(
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            deposit_apy=deposit_apy,
            enable=enable,
            notify_interval=notify_interval,
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
