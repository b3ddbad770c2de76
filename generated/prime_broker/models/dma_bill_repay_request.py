from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import expect_object, expect_type, note_unknown_fields
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

T = TypeVar("T", bound="DmaBillRepayRequest")


@_attrs_define(weakref_slot=False)
class DmaBillRepayRequest:
    request_id: str
    """ Request id, 8 to 32 characters (e.g. a timestamp). """
    account_id: str
    """ Account id, for repay (e.g. `888.bal`). """
    serial_no: str
    """ DMA bill serial no (the `serial_no` of `client.prime_broker.list_dma_bills`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        account_id = self.account_id

        serial_no = self.serial_no

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "account_id": account_id,
                "serial_no": serial_no,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            request_id = d.pop("request_id")
            if request_id.__class__ is not str:  # inline fast path: most values are right
                request_id = expect_type(request_id, str)
        except PARSE_ERRORS as _error:
            request_id = invalid(cls, "request_id", src_dict, _error)
            _broken = True

        try:
            account_id = d.pop("account_id")
            if account_id.__class__ is not str:  # inline fast path: most values are right
                account_id = expect_type(account_id, str)
        except PARSE_ERRORS as _error:
            account_id = invalid(cls, "account_id", src_dict, _error)
            _broken = True

        try:
            serial_no = d.pop("serial_no")
            if serial_no.__class__ is not str:  # inline fast path: most values are right
                serial_no = expect_type(serial_no, str)
        except PARSE_ERRORS as _error:
            serial_no = invalid(cls, "serial_no", src_dict, _error)
            _broken = True

        _instance = cls(
            request_id=request_id,
            account_id=account_id,
            serial_no=serial_no,
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
