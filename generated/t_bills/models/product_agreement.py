from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="ProductAgreement")


@_attrs_define(weakref_slot=False)
class ProductAgreement:
    """An agreement of the product. Undocumented; seen in the Product Detail example."""

    type_: str | Unset = UNSET
    """ Undocumented; seen in the example (STBT). """
    agreement: str | Unset = UNSET
    """ Undocumented; seen in the example (stbt_agreement001). Presumably the agreement number to pass to
    `client.t_bills.render_product_agreement` as `agreement_no`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_wire_names__: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """Attributes named unlike their JSON keys (the one-pass decoder reads JSON keys as attribute names)."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        agreement = self.agreement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if agreement is not UNSET:
            field_dict["agreement"] = agreement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            type_ = d.pop("type", UNSET)
            if type_.__class__ is not str:  # inline fast path: most values are right
                type_ = expect_type(type_, str)
        except PARSE_ERRORS as _error:
            type_ = invalid(cls, "type", src_dict, _error)
            _broken = True

        try:
            agreement = d.pop("agreement", UNSET)
            if agreement.__class__ is not str:  # inline fast path: most values are right
                agreement = expect_type(agreement, str)
        except PARSE_ERRORS as _error:
            agreement = invalid(cls, "agreement", src_dict, _error)
            _broken = True

        _instance = cls(
            type_=type_,
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
