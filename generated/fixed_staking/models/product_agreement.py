from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

T = TypeVar("T", bound="ProductAgreement")


@_attrs_define(weakref_slot=False)
class ProductAgreement:
    """A product agreement (protocol)."""

    id: int
    """ Agreement ID. """
    product_id: str
    """ Product ID. """
    agreement: str
    """ Agreement name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        product_id = self.product_id

        agreement = self.agreement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "product_id": product_id,
                "agreement": agreement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            id = d.pop("id")
            if id.__class__ is not int:  # inline fast path: most values are right
                id = expect_type(id, int)
        except PARSE_ERRORS as _error:
            id = invalid(cls, "id", src_dict, _error)
            _broken = True

        try:
            product_id = d.pop("product_id")
            if product_id.__class__ is not str:  # inline fast path: most values are right
                product_id = expect_type(product_id, str)
        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        try:
            agreement = d.pop("agreement")
            if agreement.__class__ is not str:  # inline fast path: most values are right
                agreement = expect_type(agreement, str)
        except PARSE_ERRORS as _error:
            agreement = invalid(cls, "agreement", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            product_id=product_id,
            agreement=agreement,
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
