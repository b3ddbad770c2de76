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

from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="InterestPolicy")


@_attrs_define(weakref_slot=False)
class InterestPolicy:
    """Interest-rate policy details."""

    inflection_point: Decimal
    """ Utilization inflection point. """
    allowance_threshold: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. """
    deposit_allowance: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. """
    exponent_base: int | Unset = UNSET
    """ Undocumented; seen in the example. """
    id: str | Unset = UNSET
    """ Policy ID. Undocumented; seen in the example. """
    min_loan_rate: Decimal | Unset = UNSET
    """ Minimum loan rate. Undocumented; seen in the example. """
    name: str | Unset = UNSET
    """ Policy name. Undocumented; seen in the example. """
    profit_factor: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. """
    slope_after_point: Decimal | Unset = UNSET
    """ Rate slope above the inflection point. Undocumented; seen in the example. """
    slope_before_point: Decimal | Unset = UNSET
    """ Rate slope below the inflection point. Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        inflection_point = decimal_to_wire(self.inflection_point)

        allowance_threshold: Decimal | Unset = UNSET
        if not isinstance(self.allowance_threshold, Unset):
            allowance_threshold = decimal_from_wire(self.allowance_threshold)

        deposit_allowance: Decimal | Unset = UNSET
        if not isinstance(self.deposit_allowance, Unset):
            deposit_allowance = decimal_from_wire(self.deposit_allowance)

        exponent_base = self.exponent_base

        id = self.id

        min_loan_rate: Decimal | Unset = UNSET
        if not isinstance(self.min_loan_rate, Unset):
            min_loan_rate = decimal_from_wire(self.min_loan_rate)

        name = self.name

        profit_factor: Decimal | Unset = UNSET
        if not isinstance(self.profit_factor, Unset):
            profit_factor = decimal_from_wire(self.profit_factor)

        slope_after_point: Decimal | Unset = UNSET
        if not isinstance(self.slope_after_point, Unset):
            slope_after_point = decimal_from_wire(self.slope_after_point)

        slope_before_point: Decimal | Unset = UNSET
        if not isinstance(self.slope_before_point, Unset):
            slope_before_point = decimal_from_wire(self.slope_before_point)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "inflection_point": inflection_point,
            }
        )
        if allowance_threshold is not UNSET:
            field_dict["allowance_threshold"] = allowance_threshold
        if deposit_allowance is not UNSET:
            field_dict["deposit_allowance"] = deposit_allowance
        if exponent_base is not UNSET:
            field_dict["exponent_base"] = exponent_base
        if id is not UNSET:
            field_dict["id"] = id
        if min_loan_rate is not UNSET:
            field_dict["min_loan_rate"] = min_loan_rate
        if name is not UNSET:
            field_dict["name"] = name
        if profit_factor is not UNSET:
            field_dict["profit_factor"] = profit_factor
        if slope_after_point is not UNSET:
            field_dict["slope_after_point"] = slope_after_point
        if slope_before_point is not UNSET:
            field_dict["slope_before_point"] = slope_before_point

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            inflection_point = decimal_from_wire(d.pop("inflection_point"))

        except PARSE_ERRORS as _error:
            inflection_point = invalid(cls, "inflection_point", src_dict, _error)
            _broken = True

        try:
            _allowance_threshold = d.pop("allowance_threshold", UNSET)
            allowance_threshold: Decimal | Unset
            if isinstance(_allowance_threshold, Unset):
                allowance_threshold = UNSET
            else:
                allowance_threshold = decimal_from_wire(_allowance_threshold)

        except PARSE_ERRORS as _error:
            allowance_threshold = invalid(cls, "allowance_threshold", src_dict, _error)
            _broken = True

        try:
            _deposit_allowance = d.pop("deposit_allowance", UNSET)
            deposit_allowance: Decimal | Unset
            if isinstance(_deposit_allowance, Unset):
                deposit_allowance = UNSET
            else:
                deposit_allowance = decimal_from_wire(_deposit_allowance)

        except PARSE_ERRORS as _error:
            deposit_allowance = invalid(cls, "deposit_allowance", src_dict, _error)
            _broken = True

        try:
            exponent_base = d.pop("exponent_base", UNSET)
            if exponent_base.__class__ is not int:  # inline fast path: most values are right
                exponent_base = expect_type(exponent_base, int)
        except PARSE_ERRORS as _error:
            exponent_base = invalid(cls, "exponent_base", src_dict, _error)
            _broken = True

        try:
            id = d.pop("id", UNSET)
            if id.__class__ is not str:  # inline fast path: most values are right
                id = expect_type(id, str)
        except PARSE_ERRORS as _error:
            id = invalid(cls, "id", src_dict, _error)
            _broken = True

        try:
            _min_loan_rate = d.pop("min_loan_rate", UNSET)
            min_loan_rate: Decimal | Unset
            if isinstance(_min_loan_rate, Unset):
                min_loan_rate = UNSET
            else:
                min_loan_rate = decimal_from_wire(_min_loan_rate)

        except PARSE_ERRORS as _error:
            min_loan_rate = invalid(cls, "min_loan_rate", src_dict, _error)
            _broken = True

        try:
            name = d.pop("name", UNSET)
            if name.__class__ is not str:  # inline fast path: most values are right
                name = expect_type(name, str)
        except PARSE_ERRORS as _error:
            name = invalid(cls, "name", src_dict, _error)
            _broken = True

        try:
            _profit_factor = d.pop("profit_factor", UNSET)
            profit_factor: Decimal | Unset
            if isinstance(_profit_factor, Unset):
                profit_factor = UNSET
            else:
                profit_factor = decimal_from_wire(_profit_factor)

        except PARSE_ERRORS as _error:
            profit_factor = invalid(cls, "profit_factor", src_dict, _error)
            _broken = True

        try:
            _slope_after_point = d.pop("slope_after_point", UNSET)
            slope_after_point: Decimal | Unset
            if isinstance(_slope_after_point, Unset):
                slope_after_point = UNSET
            else:
                slope_after_point = decimal_from_wire(_slope_after_point)

        except PARSE_ERRORS as _error:
            slope_after_point = invalid(cls, "slope_after_point", src_dict, _error)
            _broken = True

        try:
            _slope_before_point = d.pop("slope_before_point", UNSET)
            slope_before_point: Decimal | Unset
            if isinstance(_slope_before_point, Unset):
                slope_before_point = UNSET
            else:
                slope_before_point = decimal_from_wire(_slope_before_point)

        except PARSE_ERRORS as _error:
            slope_before_point = invalid(cls, "slope_before_point", src_dict, _error)
            _broken = True

        _instance = cls(
            inflection_point=inflection_point,
            allowance_threshold=allowance_threshold,
            deposit_allowance=deposit_allowance,
            exponent_base=exponent_base,
            id=id,
            min_loan_rate=min_loan_rate,
            name=name,
            profit_factor=profit_factor,
            slope_after_point=slope_after_point,
            slope_before_point=slope_before_point,
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
