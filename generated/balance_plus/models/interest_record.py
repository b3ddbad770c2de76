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

T = TypeVar("T", bound="InterestRecord")


@_attrs_define(weakref_slot=False)
class InterestRecord:
    """One interest accrual."""

    currency: str
    """ Investment currency. """
    interest: Decimal
    """ Interest. """
    rate: Decimal
    """ Rate. """
    timestamp: int | Unset = UNSET
    """ Interest calculation time in milliseconds. """
    asset_interest: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. """
    asset_principal: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. """
    created_at: int | Unset = UNSET
    """ Undocumented; seen in the example. """
    duration: int | Unset = UNSET
    """ Undocumented; seen in the example. """
    latest: int | Unset = UNSET
    """ Undocumented; seen in the example. """
    product_type: str | Unset = UNSET
    """ Product type. """
    reported: bool | Unset = UNSET
    """ Undocumented; seen in the example. """
    subject_type: str | Unset = UNSET
    """ Subject type. """
    user_id: str | Unset = UNSET
    """ User ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        interest = decimal_to_wire(self.interest)

        rate = decimal_to_wire(self.rate)

        timestamp = self.timestamp

        asset_interest: Decimal | Unset = UNSET
        if not isinstance(self.asset_interest, Unset):
            asset_interest = decimal_from_wire(self.asset_interest)

        asset_principal: Decimal | Unset = UNSET
        if not isinstance(self.asset_principal, Unset):
            asset_principal = decimal_from_wire(self.asset_principal)

        created_at = self.created_at

        duration = self.duration

        latest = self.latest

        product_type = self.product_type

        reported = self.reported

        subject_type = self.subject_type

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency": currency,
                "interest": interest,
                "rate": rate,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if asset_interest is not UNSET:
            field_dict["asset_interest"] = asset_interest
        if asset_principal is not UNSET:
            field_dict["asset_principal"] = asset_principal
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if latest is not UNSET:
            field_dict["latest"] = latest
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if reported is not UNSET:
            field_dict["reported"] = reported
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
            interest = decimal_from_wire(d.pop("interest"))

        except PARSE_ERRORS as _error:
            interest = invalid(cls, "interest", src_dict, _error)
            _broken = True

        try:
            rate = decimal_from_wire(d.pop("rate"))

        except PARSE_ERRORS as _error:
            rate = invalid(cls, "rate", src_dict, _error)
            _broken = True

        try:
            timestamp = d.pop("timestamp", UNSET)
            if timestamp.__class__ is not int:  # inline fast path: most values are right
                timestamp = expect_type(timestamp, int)
        except PARSE_ERRORS as _error:
            timestamp = invalid(cls, "timestamp", src_dict, _error)
            _broken = True

        try:
            _asset_interest = d.pop("asset_interest", UNSET)
            asset_interest: Decimal | Unset
            if isinstance(_asset_interest, Unset):
                asset_interest = UNSET
            else:
                asset_interest = decimal_from_wire(_asset_interest)

        except PARSE_ERRORS as _error:
            asset_interest = invalid(cls, "asset_interest", src_dict, _error)
            _broken = True

        try:
            _asset_principal = d.pop("asset_principal", UNSET)
            asset_principal: Decimal | Unset
            if isinstance(_asset_principal, Unset):
                asset_principal = UNSET
            else:
                asset_principal = decimal_from_wire(_asset_principal)

        except PARSE_ERRORS as _error:
            asset_principal = invalid(cls, "asset_principal", src_dict, _error)
            _broken = True

        try:
            created_at = d.pop("created_at", UNSET)
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

        try:
            duration = d.pop("duration", UNSET)
            if duration.__class__ is not int:  # inline fast path: most values are right
                duration = expect_type(duration, int)
        except PARSE_ERRORS as _error:
            duration = invalid(cls, "duration", src_dict, _error)
            _broken = True

        try:
            latest = d.pop("latest", UNSET)
            if latest.__class__ is not int:  # inline fast path: most values are right
                latest = expect_type(latest, int)
        except PARSE_ERRORS as _error:
            latest = invalid(cls, "latest", src_dict, _error)
            _broken = True

        try:
            product_type = d.pop("product_type", UNSET)
            if product_type.__class__ is not str:  # inline fast path: most values are right
                product_type = expect_type(product_type, str)
        except PARSE_ERRORS as _error:
            product_type = invalid(cls, "product_type", src_dict, _error)
            _broken = True

        try:
            reported = d.pop("reported", UNSET)
            if reported.__class__ is not bool:  # inline fast path: most values are right
                reported = expect_type(reported, bool)
        except PARSE_ERRORS as _error:
            reported = invalid(cls, "reported", src_dict, _error)
            _broken = True

        try:
            subject_type = d.pop("subject_type", UNSET)
            if subject_type.__class__ is not str:  # inline fast path: most values are right
                subject_type = expect_type(subject_type, str)
        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        try:
            user_id = d.pop("user_id", UNSET)
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        _instance = cls(
            currency=currency,
            interest=interest,
            rate=rate,
            timestamp=timestamp,
            asset_interest=asset_interest,
            asset_principal=asset_principal,
            created_at=created_at,
            duration=duration,
            latest=latest,
            product_type=product_type,
            reported=reported,
            subject_type=subject_type,
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
