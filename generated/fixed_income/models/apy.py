from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from matrixport._convert import (
    decimal_from_wire,
    decimal_to_wire,
    expect_type,
    note_unknown_fields,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="Apy")


@_attrs_define
class Apy:
    apy: Decimal
    """ APY, a plain fraction: "0.12" is 12%. """
    tenor: int
    """ Tenor of the product (the unit is not documented; presumably days). """
    minimum_of_purchase_amount: Decimal
    """ Minimum amount of one single purchase. """
    maximum_of_purchase_amount: Decimal
    """ Maximum amount of one single purchase. """
    maximum_order_count: int
    """ Maximum order count of one user. """
    currency: str | Unset = UNSET
    """ Currency. Undocumented; seen in the example. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        apy = decimal_to_wire(self.apy)

        tenor = self.tenor

        minimum_of_purchase_amount = decimal_to_wire(self.minimum_of_purchase_amount)

        maximum_of_purchase_amount = decimal_to_wire(self.maximum_of_purchase_amount)

        maximum_order_count = self.maximum_order_count

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apy": apy,
                "tenor": tenor,
                "minimum_of_purchase_amount": minimum_of_purchase_amount,
                "maximum_of_purchase_amount": maximum_of_purchase_amount,
                "maximum_order_count": maximum_order_count,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        apy = decimal_from_wire(d.pop("apy"))

        tenor = d.pop("tenor")
        if tenor.__class__ is not int:  # inline fast path: most values are right
            tenor = expect_type(tenor, int)

        minimum_of_purchase_amount = decimal_from_wire(d.pop("minimum_of_purchase_amount"))

        maximum_of_purchase_amount = decimal_from_wire(d.pop("maximum_of_purchase_amount"))

        maximum_order_count = d.pop("maximum_order_count")
        if maximum_order_count.__class__ is not int:  # inline fast path: most values are right
            maximum_order_count = expect_type(maximum_order_count, int)

        currency = d.pop("currency", UNSET)
        if currency.__class__ is not str:  # inline fast path: most values are right
            currency = expect_type(currency, str)

        _instance = cls(
            apy=apy,
            tenor=tenor,
            minimum_of_purchase_amount=minimum_of_purchase_amount,
            maximum_of_purchase_amount=maximum_of_purchase_amount,
            maximum_order_count=maximum_order_count,
            currency=currency,
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
