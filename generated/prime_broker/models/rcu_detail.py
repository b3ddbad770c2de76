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

T = TypeVar("T", bound="RcuDetail")


@_attrs_define(weakref_slot=False)
class RcuDetail:
    rcu_id: int
    """ RCU id. """
    timestamp_in_us: int
    """ Data updated time, microseconds since the Unix epoch. """
    rcu_name: str
    """ RCU name. """
    total_asset: Decimal
    """ Total value (USD). """
    total_skitg: Decimal
    """ Skitg (USD), presumably "skin in the game". """
    total_loan: Decimal
    """ Loan size (USD). """
    total_fund: Decimal
    """ Fund (USD, presumably). """
    glr: Decimal
    """ GLR (presumably the gross leverage ratio). """
    nlr: Decimal
    """ NLR (presumably the net leverage ratio). """
    nav: Decimal
    """ NAV. """
    risk_ratio: Decimal
    """ Risk ratio. """
    user_id: str | Unset = UNSET
    """ Undocumented; seen in the example. User id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        rcu_id = self.rcu_id

        timestamp_in_us = self.timestamp_in_us

        rcu_name = self.rcu_name

        total_asset = decimal_to_wire(self.total_asset)

        total_skitg = decimal_to_wire(self.total_skitg)

        total_loan = decimal_to_wire(self.total_loan)

        total_fund = decimal_to_wire(self.total_fund)

        glr = decimal_to_wire(self.glr)

        nlr = decimal_to_wire(self.nlr)

        nav = decimal_to_wire(self.nav)

        risk_ratio = decimal_to_wire(self.risk_ratio)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rcu_id": rcu_id,
                "timestamp_in_us": timestamp_in_us,
                "rcu_name": rcu_name,
                "total_asset": total_asset,
                "total_skitg": total_skitg,
                "total_loan": total_loan,
                "total_fund": total_fund,
                "glr": glr,
                "nlr": nlr,
                "nav": nav,
                "risk_ratio": risk_ratio,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            rcu_id = d.pop("rcu_id")
            if rcu_id.__class__ is not int:  # inline fast path: most values are right
                rcu_id = expect_type(rcu_id, int)
        except PARSE_ERRORS as _error:
            rcu_id = invalid(cls, "rcu_id", src_dict, _error)
            _broken = True

        try:
            timestamp_in_us = d.pop("timestamp_in_us")
            if timestamp_in_us.__class__ is not int:  # inline fast path: most values are right
                timestamp_in_us = expect_type(timestamp_in_us, int)
        except PARSE_ERRORS as _error:
            timestamp_in_us = invalid(cls, "timestamp_in_us", src_dict, _error)
            _broken = True

        try:
            rcu_name = d.pop("rcu_name")
            if rcu_name.__class__ is not str:  # inline fast path: most values are right
                rcu_name = expect_type(rcu_name, str)
        except PARSE_ERRORS as _error:
            rcu_name = invalid(cls, "rcu_name", src_dict, _error)
            _broken = True

        try:
            total_asset = decimal_from_wire(d.pop("total_asset"))

        except PARSE_ERRORS as _error:
            total_asset = invalid(cls, "total_asset", src_dict, _error)
            _broken = True

        try:
            total_skitg = decimal_from_wire(d.pop("total_skitg"))

        except PARSE_ERRORS as _error:
            total_skitg = invalid(cls, "total_skitg", src_dict, _error)
            _broken = True

        try:
            total_loan = decimal_from_wire(d.pop("total_loan"))

        except PARSE_ERRORS as _error:
            total_loan = invalid(cls, "total_loan", src_dict, _error)
            _broken = True

        try:
            total_fund = decimal_from_wire(d.pop("total_fund"))

        except PARSE_ERRORS as _error:
            total_fund = invalid(cls, "total_fund", src_dict, _error)
            _broken = True

        try:
            glr = decimal_from_wire(d.pop("glr"))

        except PARSE_ERRORS as _error:
            glr = invalid(cls, "glr", src_dict, _error)
            _broken = True

        try:
            nlr = decimal_from_wire(d.pop("nlr"))

        except PARSE_ERRORS as _error:
            nlr = invalid(cls, "nlr", src_dict, _error)
            _broken = True

        try:
            nav = decimal_from_wire(d.pop("nav"))

        except PARSE_ERRORS as _error:
            nav = invalid(cls, "nav", src_dict, _error)
            _broken = True

        try:
            risk_ratio = decimal_from_wire(d.pop("risk_ratio"))

        except PARSE_ERRORS as _error:
            risk_ratio = invalid(cls, "risk_ratio", src_dict, _error)
            _broken = True

        try:
            user_id = d.pop("user_id", UNSET)
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        _instance = cls(
            rcu_id=rcu_id,
            timestamp_in_us=timestamp_in_us,
            rcu_name=rcu_name,
            total_asset=total_asset,
            total_skitg=total_skitg,
            total_loan=total_loan,
            total_fund=total_fund,
            glr=glr,
            nlr=nlr,
            nav=nav,
            risk_ratio=risk_ratio,
            user_id=user_id,
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
