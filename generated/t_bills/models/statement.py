from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_type, note_unknown_fields

from ..models.statement_tag import StatementTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="Statement")


@_attrs_define
class Statement:
    statement_id: str
    """ Statement id. """
    product_id: str
    """ Product id. """
    tag: StatementTag
    """ Statement tag: 1 LegalDoc, 2 AuditReport, 3 Asset, 4 Other. """
    short_uri: str
    """ Short uri; pass it to downloadStatement. """
    business_time: int
    """ Business time, milliseconds since the Unix epoch. """
    id: str | Unset = UNSET
    """ Undocumented; seen in the example. """
    created_at: int | Unset = UNSET
    """ Undocumented; seen in the example. Creation time, milliseconds since the Unix epoch. """
    updated_at: int | Unset = UNSET
    """ Undocumented; seen in the example. Update time, milliseconds since the Unix epoch. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        statement_id = expect_type(d.pop("statement_id"), str)

        product_id = expect_type(d.pop("product_id"), str)

        tag = StatementTag(d.pop("tag"))

        short_uri = expect_type(d.pop("short_uri"), str)

        business_time = expect_type(d.pop("business_time"), int)

        id = expect_type(d.pop("id", UNSET), str)

        created_at = expect_type(d.pop("created_at", UNSET), int)

        updated_at = expect_type(d.pop("updated_at", UNSET), int)

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
