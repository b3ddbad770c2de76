from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.address_status import AddressStatus
from ..models.address_type import AddressType
from ..types import NO_FIELDS

T = TypeVar("T", bound="UserAddress")


@_attrs_define(weakref_slot=False)
class UserAddress:
    address: str
    """ STBT address of user. """
    address_type: AddressType
    """ Type of a user's STBT address: 0 internal address, 1 external address. """
    status: AddressStatus
    """ Status of a user's STBT address: 0 pending effective, 1 effective. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        address_type = AddressType(self.address_type).value

        status = AddressStatus(self.status).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "address_type": address_type,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            address = d.pop("address")
            if address.__class__ is not str:  # inline fast path: most values are right
                address = expect_type(address, str)
        except PARSE_ERRORS as _error:
            address = invalid(cls, "address", src_dict, _error)
            _broken = True

        try:
            address_type = AddressType.from_wire(d.pop("address_type"))

        except PARSE_ERRORS as _error:
            address_type = invalid(cls, "address_type", src_dict, _error)
            _broken = True

        try:
            status = AddressStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        _instance = cls(
            address=address,
            address_type=address_type,
            status=status,
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
