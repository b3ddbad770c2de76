from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.dma_bill import DmaBill


T = TypeVar("T", bound="DmaBillPage")


@_attrs_define(weakref_slot=False)
class DmaBillPage:
    count: int | Unset = UNSET
    """ Undocumented; seen in the example. Total number of records. """
    items: list[DmaBill] | Unset = UNSET
    """ Undocumented; seen in the example. The records of this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dma_bill import DmaBill  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            count = d.pop("count", UNSET)
            if count.__class__ is not int:  # inline fast path: most values are right
                count = expect_type(count, int)
        except PARSE_ERRORS as _error:
            count = invalid(cls, "count", src_dict, _error)
            _broken = True

        try:
            _items = d.pop("items", UNSET)
            items: list[DmaBill] | Unset = UNSET
            if _items is not UNSET:
                items = []
                for items_item_data in _items:
                    items_item = DmaBill.from_dict(items_item_data)

                    items.append(items_item)

        except PARSE_ERRORS as _error:
            items = invalid(cls, "items", src_dict, _error)
            _broken = True

        _instance = cls(
            count=count,
            items=items,
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
