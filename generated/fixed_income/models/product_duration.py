from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.duration_limit import DurationLimit
from ..types import NO_FIELDS

T = TypeVar("T", bound="ProductDuration")


@_attrs_define(weakref_slot=False)
class ProductDuration:
    """A product's term: closed period, value date and settlement date. Times of day are seconds after midnight (12:00 is
    12*3600).

    """

    close_day: int
    """ Close days, unit: days. """
    value_day: int
    """ Value date: T+x, unit: days. """
    value_time: int
    """ Value time, seconds after midnight: 12:00 is 12*3600. """
    value_limit: DurationLimit
    """ Interest / settlement day rule: 0 no limit, 1 excludes weekends. """
    end_settled_day: int
    """ Closing date for settlement, T+x. """
    end_settled_time: int
    """ Closing time for settlement, seconds after midnight: 12:00 is 12*3600. """
    settle_limit: DurationLimit
    """ Interest / settlement day rule: 0 no limit, 1 excludes weekends. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        close_day = self.close_day

        value_day = self.value_day

        value_time = self.value_time

        value_limit = DurationLimit(self.value_limit).value

        end_settled_day = self.end_settled_day

        end_settled_time = self.end_settled_time

        settle_limit = DurationLimit(self.settle_limit).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "close_day": close_day,
                "value_day": value_day,
                "value_time": value_time,
                "value_limit": value_limit,
                "end_settled_day": end_settled_day,
                "end_settled_time": end_settled_time,
                "settle_limit": settle_limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            close_day = d.pop("close_day")
            if close_day.__class__ is not int:  # inline fast path: most values are right
                close_day = expect_type(close_day, int)
        except PARSE_ERRORS as _error:
            close_day = invalid(cls, "close_day", src_dict, _error)
            _broken = True

        try:
            value_day = d.pop("value_day")
            if value_day.__class__ is not int:  # inline fast path: most values are right
                value_day = expect_type(value_day, int)
        except PARSE_ERRORS as _error:
            value_day = invalid(cls, "value_day", src_dict, _error)
            _broken = True

        try:
            value_time = d.pop("value_time")
            if value_time.__class__ is not int:  # inline fast path: most values are right
                value_time = expect_type(value_time, int)
        except PARSE_ERRORS as _error:
            value_time = invalid(cls, "value_time", src_dict, _error)
            _broken = True

        try:
            value_limit = DurationLimit.from_wire(d.pop("value_limit"))

        except PARSE_ERRORS as _error:
            value_limit = invalid(cls, "value_limit", src_dict, _error)
            _broken = True

        try:
            end_settled_day = d.pop("end_settled_day")
            if end_settled_day.__class__ is not int:  # inline fast path: most values are right
                end_settled_day = expect_type(end_settled_day, int)
        except PARSE_ERRORS as _error:
            end_settled_day = invalid(cls, "end_settled_day", src_dict, _error)
            _broken = True

        try:
            end_settled_time = d.pop("end_settled_time")
            if end_settled_time.__class__ is not int:  # inline fast path: most values are right
                end_settled_time = expect_type(end_settled_time, int)
        except PARSE_ERRORS as _error:
            end_settled_time = invalid(cls, "end_settled_time", src_dict, _error)
            _broken = True

        try:
            settle_limit = DurationLimit.from_wire(d.pop("settle_limit"))

        except PARSE_ERRORS as _error:
            settle_limit = invalid(cls, "settle_limit", src_dict, _error)
            _broken = True

        _instance = cls(
            close_day=close_day,
            value_day=value_day,
            value_time=value_time,
            value_limit=value_limit,
            end_settled_day=end_settled_day,
            end_settled_time=end_settled_time,
            settle_limit=settle_limit,
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
