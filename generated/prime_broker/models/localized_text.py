from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="LocalizedText")


@_attrs_define(weakref_slot=False)
class LocalizedText:
    language: str | Unset = UNSET
    """ Undocumented; seen in the example. Language tag (zh-CN, zh-TW, en). """
    text: str | Unset = UNSET
    """ Undocumented; seen in the example. The text in that language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if language is not UNSET:
            field_dict["language"] = language
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            language = d.pop("language", UNSET)
            if language.__class__ is not str:  # inline fast path: most values are right
                language = expect_type(language, str)
        except PARSE_ERRORS as _error:
            language = invalid(cls, "language", src_dict, _error)
            _broken = True

        try:
            text = d.pop("text", UNSET)
            if text.__class__ is not str:  # inline fast path: most values are right
                text = expect_type(text, str)
        except PARSE_ERRORS as _error:
            text = invalid(cls, "text", src_dict, _error)
            _broken = True

        _instance = cls(
            language=language,
            text=text,
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
