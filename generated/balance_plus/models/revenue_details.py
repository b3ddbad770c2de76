from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.interest_record import InterestRecord


T = TypeVar("T", bound="RevenueDetails")


@_attrs_define(weakref_slot=False)
class RevenueDetails:
    accumulated_interest: Decimal
    """ Total income during the period. """
    currency: str
    """ Income currency. """
    next_timestamp: int
    """ Cursor for the next page (milliseconds). """
    total_asset: Decimal
    """ Total asset valuation. """
    yesterday_interest: Decimal
    """ Yesterday's earnings. """
    interests: list[InterestRecord]
    """ The interest records on this page. """
    product_type: str | Unset = UNSET
    """ Product type. """
    subject_type: str | Unset = UNSET
    """ Subject type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        accumulated_interest = decimal_to_wire(self.accumulated_interest)

        currency = self.currency

        next_timestamp = self.next_timestamp

        total_asset = decimal_to_wire(self.total_asset)

        yesterday_interest = decimal_to_wire(self.yesterday_interest)

        interests = []
        for interests_item_data in self.interests:
            interests_item = interests_item_data.to_dict()
            interests.append(interests_item)

        product_type = self.product_type

        subject_type = self.subject_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accumulated_interest": accumulated_interest,
                "currency": currency,
                "next_timestamp": next_timestamp,
                "total_asset": total_asset,
                "yesterday_interest": yesterday_interest,
                "interests": interests,
            }
        )
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.interest_record import InterestRecord  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            accumulated_interest = decimal_from_wire(d.pop("accumulated_interest"))

        except PARSE_ERRORS as _error:
            accumulated_interest = invalid(cls, "accumulated_interest", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            next_timestamp = d.pop("next_timestamp")
            if next_timestamp.__class__ is not int:  # inline fast path: most values are right
                next_timestamp = expect_type(next_timestamp, int)
        except PARSE_ERRORS as _error:
            next_timestamp = invalid(cls, "next_timestamp", src_dict, _error)
            _broken = True

        try:
            total_asset = decimal_from_wire(d.pop("total_asset"))

        except PARSE_ERRORS as _error:
            total_asset = invalid(cls, "total_asset", src_dict, _error)
            _broken = True

        try:
            yesterday_interest = decimal_from_wire(d.pop("yesterday_interest"))

        except PARSE_ERRORS as _error:
            yesterday_interest = invalid(cls, "yesterday_interest", src_dict, _error)
            _broken = True

        try:
            interests = []
            _interests = d.pop("interests")
            for interests_item_data in _interests:
                interests_item = InterestRecord.from_dict(interests_item_data)

                interests.append(interests_item)

        except PARSE_ERRORS as _error:
            interests = invalid(cls, "interests", src_dict, _error)
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

        _instance = cls(
            accumulated_interest=accumulated_interest,
            currency=currency,
            next_timestamp=next_timestamp,
            total_asset=total_asset,
            yesterday_interest=yesterday_interest,
            interests=interests,
            product_type=product_type,
            subject_type=subject_type,
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
