from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="ProductI18N")


@_attrs_define(weakref_slot=False)
class ProductI18N:
    """A localized product text."""

    currency: str
    """ Currency name. """
    product_type: str | Unset = UNSET
    """ Product type. """
    subject_type: str | Unset = UNSET
    """ Subject type. """
    created_at: int | Unset = UNSET
    """ Creation time. Undocumented; seen in the example. """
    data: str | Unset = UNSET
    """ The text. Undocumented; seen in the example. """
    id: int | Unset = UNSET
    """ Undocumented; seen in the example. """
    language: str | Unset = UNSET
    """ Language. Undocumented; seen in the example. """
    tag: str | Unset = UNSET
    """ Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        product_type = self.product_type

        subject_type = self.subject_type

        created_at = self.created_at

        data = self.data

        id = self.id

        language = self.language

        tag = self.tag

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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if data is not UNSET:
            field_dict["data"] = data
        if id is not UNSET:
            field_dict["id"] = id
        if language is not UNSET:
            field_dict["language"] = language
        if tag is not UNSET:
            field_dict["tag"] = tag

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
            created_at = d.pop("created_at", UNSET)
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

        try:
            data = d.pop("data", UNSET)
            if data.__class__ is not str:  # inline fast path: most values are right
                data = expect_type(data, str)
        except PARSE_ERRORS as _error:
            data = invalid(cls, "data", src_dict, _error)
            _broken = True

        try:
            id = d.pop("id", UNSET)
            if id.__class__ is not int:  # inline fast path: most values are right
                id = expect_type(id, int)
        except PARSE_ERRORS as _error:
            id = invalid(cls, "id", src_dict, _error)
            _broken = True

        try:
            language = d.pop("language", UNSET)
            if language.__class__ is not str:  # inline fast path: most values are right
                language = expect_type(language, str)
        except PARSE_ERRORS as _error:
            language = invalid(cls, "language", src_dict, _error)
            _broken = True

        try:
            tag = d.pop("tag", UNSET)
            if tag.__class__ is not str:  # inline fast path: most values are right
                tag = expect_type(tag, str)
        except PARSE_ERRORS as _error:
            tag = invalid(cls, "tag", src_dict, _error)
            _broken = True

        _instance = cls(
            currency=currency,
            product_type=product_type,
            subject_type=subject_type,
            created_at=created_at,
            data=data,
            id=id,
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
