from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.statement_tag import StatementTag
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="Statement")


@_attrs_define(weakref_slot=False)
class Statement:
    statement_id: str
    """ Statement id. """
    product_id: str
    """ Product id. """
    tag: StatementTag
    """ Statement tag: 1 LegalDoc, 2 AuditReport, 3 Asset, 4 Other. """
    short_uri: str
    """ Short uri; pass it to `client.t_bills.download_statement`. """
    business_time: int
    """ Business time, milliseconds since the Unix epoch. """
    id: str | Unset = UNSET
    """ Undocumented; seen in the example. """
    created_at: int | Unset = UNSET
    """ Undocumented; seen in the example. Creation time, milliseconds since the Unix epoch. """
    updated_at: int | Unset = UNSET
    """ Undocumented; seen in the example. Update time, milliseconds since the Unix epoch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        statement_id = self.statement_id

        product_id = self.product_id

        tag = StatementTag(self.tag).value

        short_uri = self.short_uri

        business_time = self.business_time

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statement_id": statement_id,
                "product_id": product_id,
                "tag": tag,
                "short_uri": short_uri,
                "business_time": business_time,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            statement_id = d.pop("statement_id")
            if statement_id.__class__ is not str:  # inline fast path: most values are right
                statement_id = expect_type(statement_id, str)
        except PARSE_ERRORS as _error:
            statement_id = invalid(cls, "statement_id", src_dict, _error)
            _broken = True

        try:
            product_id = d.pop("product_id")
            if product_id.__class__ is not str:  # inline fast path: most values are right
                product_id = expect_type(product_id, str)
        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        try:
            tag = StatementTag.from_wire(d.pop("tag"))

        except PARSE_ERRORS as _error:
            tag = invalid(cls, "tag", src_dict, _error)
            _broken = True

        try:
            short_uri = d.pop("short_uri")
            if short_uri.__class__ is not str:  # inline fast path: most values are right
                short_uri = expect_type(short_uri, str)
        except PARSE_ERRORS as _error:
            short_uri = invalid(cls, "short_uri", src_dict, _error)
            _broken = True

        try:
            business_time = d.pop("business_time")
            if business_time.__class__ is not int:  # inline fast path: most values are right
                business_time = expect_type(business_time, int)
        except PARSE_ERRORS as _error:
            business_time = invalid(cls, "business_time", src_dict, _error)
            _broken = True

        try:
            id = d.pop("id", UNSET)
            if id.__class__ is not str:  # inline fast path: most values are right
                id = expect_type(id, str)
        except PARSE_ERRORS as _error:
            id = invalid(cls, "id", src_dict, _error)
            _broken = True

        try:
            created_at = d.pop("created_at", UNSET)
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

        try:
            updated_at = d.pop("updated_at", UNSET)
            if updated_at.__class__ is not int:  # inline fast path: most values are right
                updated_at = expect_type(updated_at, int)
        except PARSE_ERRORS as _error:
            updated_at = invalid(cls, "updated_at", src_dict, _error)
            _broken = True

        _instance = cls(
            statement_id=statement_id,
            product_id=product_id,
            tag=tag,
            short_uri=short_uri,
            business_time=business_time,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
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
