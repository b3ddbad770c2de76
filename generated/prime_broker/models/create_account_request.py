from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.exchange import Exchange
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="CreateAccountRequest")


@_attrs_define(weakref_slot=False)
class CreateAccountRequest:
    exchange: Exchange
    """ Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the `ex_value` of
    responses. """
    request_id: str
    """ Request id, 8 to 32 characters (e.g. a timestamp). """
    custody_id: str | Unset = UNSET
    """ Supported Custody ID on the Exchange (from `client.prime_broker.list_exchange_custody`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        exchange = Exchange(self.exchange).value

        request_id = self.request_id

        custody_id = self.custody_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exchange": exchange,
                "request_id": request_id,
            }
        )
        if custody_id is not UNSET:
            field_dict["custody_id"] = custody_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            exchange = Exchange.from_wire(d.pop("exchange"))

        except PARSE_ERRORS as _error:
            exchange = invalid(cls, "exchange", src_dict, _error)
            _broken = True

        try:
            request_id = d.pop("request_id")
            if request_id.__class__ is not str:  # inline fast path: most values are right
                request_id = expect_type(request_id, str)
        except PARSE_ERRORS as _error:
            request_id = invalid(cls, "request_id", src_dict, _error)
            _broken = True

        try:
            custody_id = d.pop("custody_id", UNSET)
            if custody_id.__class__ is not str:  # inline fast path: most values are right
                custody_id = expect_type(custody_id, str)
        except PARSE_ERRORS as _error:
            custody_id = invalid(cls, "custody_id", src_dict, _error)
            _broken = True

        _instance = cls(
            exchange=exchange,
            request_id=request_id,
            custody_id=custody_id,
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
