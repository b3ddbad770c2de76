from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_type, note_unknown_fields

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductI18N")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        currency = expect_type(d.pop("currency"), str)

        product_type = expect_type(d.pop("product_type", UNSET), str)

        subject_type = expect_type(d.pop("subject_type", UNSET), str)

        created_at = expect_type(d.pop("created_at", UNSET), int)

        data = expect_type(d.pop("data", UNSET), str)

        id = expect_type(d.pop("id", UNSET), int)

        language = expect_type(d.pop("language", UNSET), str)

        tag = expect_type(d.pop("tag", UNSET), str)

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
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
