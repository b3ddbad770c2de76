from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="CouponTemplateName")


@_attrs_define(weakref_slot=False)
class CouponTemplateName:
    language: str
    """ Language, e.g. `En-US`. """
    data: str
    """ Event name. """
    item: str | Unset = UNSET
    """ Undocumented; seen in the example. """
    trigger: str | Unset = UNSET
    """ Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        language = self.language

        data = self.data

        item = self.item

        trigger = self.trigger

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "data": data,
            }
        )
        if item is not UNSET:
            field_dict["item"] = item
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            language = d.pop("language")
            if language.__class__ is not str:  # inline fast path: most values are right
                language = expect_type(language, str)
        except PARSE_ERRORS as _error:
            language = invalid(cls, "language", src_dict, _error)
            _broken = True

        try:
            data = d.pop("data")
            if data.__class__ is not str:  # inline fast path: most values are right
                data = expect_type(data, str)
        except PARSE_ERRORS as _error:
            data = invalid(cls, "data", src_dict, _error)
            _broken = True

        try:
            item = d.pop("item", UNSET)
            if item.__class__ is not str:  # inline fast path: most values are right
                item = expect_type(item, str)
        except PARSE_ERRORS as _error:
            item = invalid(cls, "item", src_dict, _error)
            _broken = True

        try:
            trigger = d.pop("trigger", UNSET)
            if trigger.__class__ is not str:  # inline fast path: most values are right
                trigger = expect_type(trigger, str)
        except PARSE_ERRORS as _error:
            trigger = invalid(cls, "trigger", src_dict, _error)
            _broken = True

        _instance = cls(
            language=language,
            data=data,
            item=item,
            trigger=trigger,
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
