from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.exchange import Exchange
from ..types import NO_FIELDS

if TYPE_CHECKING:
    from ..models.custody import Custody


T = TypeVar("T", bound="ExchangeCustody")


@_attrs_define(weakref_slot=False)
class ExchangeCustody:
    ex_name: str
    """ Exchange name, for show, mutable. """
    ex_value: Exchange
    """ Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the `ex_value` of
    responses. """
    custody: list[Custody] | None
    """ The custodians supported on the exchange; null when none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        ex_name = self.ex_name

        ex_value = Exchange(self.ex_value).value

        custody: list[dict[str, Any]] | None
        if isinstance(self.custody, list):
            custody = []
            for custody_type_0_item_data in self.custody:
                custody_type_0_item = custody_type_0_item_data.to_dict()
                custody.append(custody_type_0_item)

        else:
            custody = self.custody

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ex_name": ex_name,
                "ex_value": ex_value,
                "custody": custody,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custody import Custody  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            ex_name = d.pop("ex_name")
            if ex_name.__class__ is not str:  # inline fast path: most values are right
                ex_name = expect_type(ex_name, str)
        except PARSE_ERRORS as _error:
            ex_name = invalid(cls, "ex_name", src_dict, _error)
            _broken = True

        try:
            ex_value = Exchange.from_wire(d.pop("ex_value"))

        except PARSE_ERRORS as _error:
            ex_value = invalid(cls, "ex_value", src_dict, _error)
            _broken = True

        try:

            def _parse_custody(data: object) -> list[Custody] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    custody_type_0 = []
                    _custody_type_0 = data
                    for custody_type_0_item_data in _custody_type_0:
                        custody_type_0_item = Custody.from_dict(custody_type_0_item_data)

                        custody_type_0.append(custody_type_0_item)

                    return custody_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[Custody] | None, data)

            custody = _parse_custody(d.pop("custody"))

        except PARSE_ERRORS as _error:
            custody = invalid(cls, "custody", src_dict, _error)
            _broken = True

        _instance = cls(
            ex_name=ex_name,
            ex_value=ex_value,
            custody=custody,
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
