from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    e8_from_wire,
    e8_to_wire,
    expect_object,
    expect_type,
    note_unknown_fields,
)
from matrixport._tolerant import PARSE_ERRORS, invalid, tolerate

from ..types import NO_FIELDS

if TYPE_CHECKING:
    from ..models.coupon_template_name import CouponTemplateName


T = TypeVar("T", bound="Coupon")


@_attrs_define(weakref_slot=False)
class Coupon:
    id: str
    """ Coupon ID. """
    available: bool
    """ Is it available? """
    expiration_time: int
    """ Expiration time, milliseconds since the Unix epoch. """
    year_rate: Decimal
    """ Coupon rate, e8: 16000000 is 16%. """
    min_amount_dec: Decimal
    """ Minimum amount the coupon applies to. """
    max_amount_dec: Decimal
    """ Maximum amount the coupon applies to. """
    template_names: list[CouponTemplateName]
    """ Template (event) names, one per language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = ("year_rate",)
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        available = self.available

        expiration_time = self.expiration_time

        year_rate = e8_to_wire(self.year_rate)

        min_amount_dec = decimal_to_wire(self.min_amount_dec)

        max_amount_dec = decimal_to_wire(self.max_amount_dec)

        template_names = []
        for template_names_item_data in self.template_names:
            template_names_item = template_names_item_data.to_dict()
            template_names.append(template_names_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "available": available,
                "expiration_time": expiration_time,
                "year_rate": year_rate,
                "min_amount_dec": min_amount_dec,
                "max_amount_dec": max_amount_dec,
                "template_names": template_names,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coupon_template_name import CouponTemplateName  # noqa: PLC0415

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
            available = d.pop("available")
            if available.__class__ is not bool:  # inline fast path: most values are right
                available = expect_type(available, bool)
        except PARSE_ERRORS as _error:
            available = invalid(cls, "available", src_dict, _error)
            _broken = True

        try:
            expiration_time = d.pop("expiration_time")
            if expiration_time.__class__ is not int:  # inline fast path: most values are right
                expiration_time = expect_type(expiration_time, int)
        except PARSE_ERRORS as _error:
            expiration_time = invalid(cls, "expiration_time", src_dict, _error)
            _broken = True

        try:
            year_rate = e8_from_wire(d.pop("year_rate"))

        except PARSE_ERRORS as _error:
            year_rate = invalid(cls, "year_rate", src_dict, _error)
            _broken = True

        try:
            min_amount_dec = decimal_from_wire(d.pop("min_amount_dec"))

        except PARSE_ERRORS as _error:
            min_amount_dec = invalid(cls, "min_amount_dec", src_dict, _error)
            _broken = True

        try:
            max_amount_dec = decimal_from_wire(d.pop("max_amount_dec"))

        except PARSE_ERRORS as _error:
            max_amount_dec = invalid(cls, "max_amount_dec", src_dict, _error)
            _broken = True

        try:
            template_names = []
            _template_names = d.pop("template_names")
            for template_names_item_data in _template_names:
                template_names_item = CouponTemplateName.from_dict(template_names_item_data)

                template_names.append(template_names_item)

        except PARSE_ERRORS as _error:
            template_names = invalid(cls, "template_names", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            available=available,
            expiration_time=expiration_time,
            year_rate=year_rate,
            min_amount_dec=min_amount_dec,
            max_amount_dec=max_amount_dec,
            template_names=template_names,
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
