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

T = TypeVar("T", bound="ProcessingAsset")


@_attrs_define(weakref_slot=False)
class ProcessingAsset:
    depositing: Decimal
    """ The amount being deposited. """
    withdrawing: Decimal
    """ The amount being redeemed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        depositing = decimal_to_wire(self.depositing)

        withdrawing = decimal_to_wire(self.withdrawing)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "depositing": depositing,
                "withdrawing": withdrawing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            depositing = decimal_from_wire(d.pop("depositing"))

        except PARSE_ERRORS as _error:
            depositing = invalid(cls, "depositing", src_dict, _error)
            _broken = True

        try:
            withdrawing = decimal_from_wire(d.pop("withdrawing"))

        except PARSE_ERRORS as _error:
            withdrawing = invalid(cls, "withdrawing", src_dict, _error)
            _broken = True

        _instance = cls(
            depositing=depositing,
            withdrawing=withdrawing,
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
