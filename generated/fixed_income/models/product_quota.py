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

from ..types import NO_FIELDS

T = TypeVar("T", bound="ProductQuota")


@_attrs_define(weakref_slot=False)
class ProductQuota:
    """A product's remaining quota and purchase limits."""

    product_left_quota_dec: Decimal
    """ Product quota remaining; -1 indicates no limit. """
    user_left_quota_dec: Decimal
    """ Quota still available to the user; -1 indicates no limit. """
    minimum_of_purchase_amount_dec: Decimal
    """ Minimum purchase amount. """
    maximum_of_purchase_amount_dec: Decimal
    """ Maximum purchase amount. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        product_left_quota_dec = decimal_to_wire(self.product_left_quota_dec)

        user_left_quota_dec = decimal_to_wire(self.user_left_quota_dec)

        minimum_of_purchase_amount_dec = decimal_to_wire(self.minimum_of_purchase_amount_dec)

        maximum_of_purchase_amount_dec = decimal_to_wire(self.maximum_of_purchase_amount_dec)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_left_quota_dec": product_left_quota_dec,
                "user_left_quota_dec": user_left_quota_dec,
                "minimum_of_purchase_amount_dec": minimum_of_purchase_amount_dec,
                "maximum_of_purchase_amount_dec": maximum_of_purchase_amount_dec,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            product_left_quota_dec = decimal_from_wire(d.pop("product_left_quota_dec"))

        except PARSE_ERRORS as _error:
            product_left_quota_dec = invalid(cls, "product_left_quota_dec", src_dict, _error)
            _broken = True

        try:
            user_left_quota_dec = decimal_from_wire(d.pop("user_left_quota_dec"))

        except PARSE_ERRORS as _error:
            user_left_quota_dec = invalid(cls, "user_left_quota_dec", src_dict, _error)
            _broken = True

        try:
            minimum_of_purchase_amount_dec = decimal_from_wire(d.pop("minimum_of_purchase_amount_dec"))

        except PARSE_ERRORS as _error:
            minimum_of_purchase_amount_dec = invalid(cls, "minimum_of_purchase_amount_dec", src_dict, _error)
            _broken = True

        try:
            maximum_of_purchase_amount_dec = decimal_from_wire(d.pop("maximum_of_purchase_amount_dec"))

        except PARSE_ERRORS as _error:
            maximum_of_purchase_amount_dec = invalid(cls, "maximum_of_purchase_amount_dec", src_dict, _error)
            _broken = True

        _instance = cls(
            product_left_quota_dec=product_left_quota_dec,
            user_left_quota_dec=user_left_quota_dec,
            minimum_of_purchase_amount_dec=minimum_of_purchase_amount_dec,
            maximum_of_purchase_amount_dec=maximum_of_purchase_amount_dec,
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
