from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    expect_object,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..models.monthly_report_status import MonthlyReportStatus
from ..types import NO_FIELDS

T = TypeVar("T", bound="MonthlyReport")


@_attrs_define(weakref_slot=False)
class MonthlyReport:
    id: str
    """ ID. """
    created_at: int
    """ Creation time, milliseconds since the Unix epoch. """
    updated_at: int
    """ Update time, milliseconds since the Unix epoch. """
    record_id: str
    """ Record ID. """
    publish_time: int
    """ Publish time, milliseconds since the Unix epoch. """
    yield_to_maturity: Decimal
    """ Yield to maturity. """
    thirty_day_sec_yield: Decimal
    """ Thirty day SEC yield. """
    total_asset: Decimal
    """ Total asset. """
    stbt_total_supply: Decimal
    """ STBT total supply. """
    weight_avg_maturity: Decimal
    """ Weighted average maturity (unit not documented). """
    asset_crash: Decimal
    """ Asset crash (so named; presumably "asset cash", the cash held). """
    file_url: str
    """ File url. """
    file_name: str
    """ File name. """
    status: MonthlyReportStatus
    """ Monthly report record status: 1 unapproved, 2 approved, 3 rejected. """
    deleted_at: int
    """ Delete time (0 when not deleted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        record_id = self.record_id

        publish_time = self.publish_time

        yield_to_maturity = decimal_to_wire(self.yield_to_maturity)

        thirty_day_sec_yield = decimal_to_wire(self.thirty_day_sec_yield)

        total_asset = decimal_to_wire(self.total_asset)

        stbt_total_supply = decimal_to_wire(self.stbt_total_supply)

        weight_avg_maturity = decimal_to_wire(self.weight_avg_maturity)

        asset_crash = decimal_to_wire(self.asset_crash)

        file_url = self.file_url

        file_name = self.file_name

        status = MonthlyReportStatus(self.status).value

        deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "record_id": record_id,
                "publish_time": publish_time,
                "yield_to_maturity": yield_to_maturity,
                "thirty_day_sec_yield": thirty_day_sec_yield,
                "total_asset": total_asset,
                "stbt_total_supply": stbt_total_supply,
                "weight_avg_maturity": weight_avg_maturity,
                "asset_crash": asset_crash,
                "file_url": file_url,
                "file_name": file_name,
                "status": status,
                "deleted_at": deleted_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            id = d.pop("id")
            if id.__class__ is not str:  # inline fast path: most values are right
                id = expect_type(id, str)
        except PARSE_ERRORS as _error:
            id = invalid(cls, "id", src_dict, _error)
            _broken = True

        try:
            created_at = d.pop("created_at")
            if created_at.__class__ is not int:  # inline fast path: most values are right
                created_at = expect_type(created_at, int)
        except PARSE_ERRORS as _error:
            created_at = invalid(cls, "created_at", src_dict, _error)
            _broken = True

        try:
            updated_at = d.pop("updated_at")
            if updated_at.__class__ is not int:  # inline fast path: most values are right
                updated_at = expect_type(updated_at, int)
        except PARSE_ERRORS as _error:
            updated_at = invalid(cls, "updated_at", src_dict, _error)
            _broken = True

        try:
            record_id = d.pop("record_id")
            if record_id.__class__ is not str:  # inline fast path: most values are right
                record_id = expect_type(record_id, str)
        except PARSE_ERRORS as _error:
            record_id = invalid(cls, "record_id", src_dict, _error)
            _broken = True

        try:
            publish_time = d.pop("publish_time")
            if publish_time.__class__ is not int:  # inline fast path: most values are right
                publish_time = expect_type(publish_time, int)
        except PARSE_ERRORS as _error:
            publish_time = invalid(cls, "publish_time", src_dict, _error)
            _broken = True

        try:
            yield_to_maturity = decimal_from_wire(d.pop("yield_to_maturity"))

        except PARSE_ERRORS as _error:
            yield_to_maturity = invalid(cls, "yield_to_maturity", src_dict, _error)
            _broken = True

        try:
            thirty_day_sec_yield = decimal_from_wire(d.pop("thirty_day_sec_yield"))

        except PARSE_ERRORS as _error:
            thirty_day_sec_yield = invalid(cls, "thirty_day_sec_yield", src_dict, _error)
            _broken = True

        try:
            total_asset = decimal_from_wire(d.pop("total_asset"))

        except PARSE_ERRORS as _error:
            total_asset = invalid(cls, "total_asset", src_dict, _error)
            _broken = True

        try:
            stbt_total_supply = decimal_from_wire(d.pop("stbt_total_supply"))

        except PARSE_ERRORS as _error:
            stbt_total_supply = invalid(cls, "stbt_total_supply", src_dict, _error)
            _broken = True

        try:
            weight_avg_maturity = decimal_from_wire(d.pop("weight_avg_maturity"))

        except PARSE_ERRORS as _error:
            weight_avg_maturity = invalid(cls, "weight_avg_maturity", src_dict, _error)
            _broken = True

        try:
            asset_crash = decimal_from_wire(d.pop("asset_crash"))

        except PARSE_ERRORS as _error:
            asset_crash = invalid(cls, "asset_crash", src_dict, _error)
            _broken = True

        try:
            file_url = d.pop("file_url")
            if file_url.__class__ is not str:  # inline fast path: most values are right
                file_url = expect_type(file_url, str)
        except PARSE_ERRORS as _error:
            file_url = invalid(cls, "file_url", src_dict, _error)
            _broken = True

        try:
            file_name = d.pop("file_name")
            if file_name.__class__ is not str:  # inline fast path: most values are right
                file_name = expect_type(file_name, str)
        except PARSE_ERRORS as _error:
            file_name = invalid(cls, "file_name", src_dict, _error)
            _broken = True

        try:
            status = MonthlyReportStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:
            deleted_at = d.pop("deleted_at")
            if deleted_at.__class__ is not int:  # inline fast path: most values are right
                deleted_at = expect_type(deleted_at, int)
        except PARSE_ERRORS as _error:
            deleted_at = invalid(cls, "deleted_at", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            record_id=record_id,
            publish_time=publish_time,
            yield_to_maturity=yield_to_maturity,
            thirty_day_sec_yield=thirty_day_sec_yield,
            total_asset=total_asset,
            stbt_total_supply=stbt_total_supply,
            weight_avg_maturity=weight_avg_maturity,
            asset_crash=asset_crash,
            file_url=file_url,
            file_name=file_name,
            status=status,
            deleted_at=deleted_at,
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
