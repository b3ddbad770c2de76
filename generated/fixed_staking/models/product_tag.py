from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

T = TypeVar("T", bound="ProductTag")


@_attrs_define(weakref_slot=False)
class ProductTag:
    """Product label, displayed behind the product name (e.g. "Redeem Early", "Star Product")."""

    id: int
    """ Label ID. """
    deleted_at: int | None
    """ Deletion time; null while the label is not deleted (the examples only show null, so the unit is not
    documented). """
    product_id: str
    """ Product ID. """
    language: str
    """ Product language, e.g. `zh-CN`. """
    tag: str
    """ Label content. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        deleted_at: int | None
        deleted_at = self.deleted_at

        product_id = self.product_id

        language = self.language

        tag = self.tag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "deleted_at": deleted_at,
                "product_id": product_id,
                "language": language,
                "tag": tag,
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

            def _parse_deleted_at(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            deleted_at = _parse_deleted_at(d.pop("deleted_at"))

        except PARSE_ERRORS as _error:
            deleted_at = invalid(cls, "deleted_at", src_dict, _error)
            _broken = True

        try:
            product_id = d.pop("product_id")
            if product_id.__class__ is not str:  # inline fast path: most values are right
                product_id = expect_type(product_id, str)
        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        try:
            language = d.pop("language")
            if language.__class__ is not str:  # inline fast path: most values are right
                language = expect_type(language, str)
        except PARSE_ERRORS as _error:
            language = invalid(cls, "language", src_dict, _error)
            _broken = True

        try:
            tag = d.pop("tag")
            if tag.__class__ is not str:  # inline fast path: most values are right
                tag = expect_type(tag, str)
        except PARSE_ERRORS as _error:
            tag = invalid(cls, "tag", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            deleted_at=deleted_at,
            product_id=product_id,
            language=language,
            tag=tag,
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
