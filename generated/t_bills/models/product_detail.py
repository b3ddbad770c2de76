from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

if TYPE_CHECKING:
    from ..models.fiat_conversion_conf import FiatConversionConf
    from ..models.product_agreement import ProductAgreement


T = TypeVar("T", bound="ProductDetail")


@_attrs_define(weakref_slot=False)
class ProductDetail:
    product_id: str
    """ Product id. """
    product_type: str
    """ Product type. """
    subject_type: str
    """ Subject type. """
    currency: str
    """ Currency. """
    payment_currency: list[str]
    """ Payment currency (the currencies a deposit can be paid in). """
    profit_reserve_factor: Decimal
    """ Rebase profit reserve factor. """
    deposit_max_amount: Decimal
    """ Maximum amount for a single deposit. """
    deposit_min_amount: Decimal
    """ Minimum amount for a single deposit. """
    withdraw_max_amount: Decimal
    """ Maximum amount for a single redemption. """
    withdraw_min_amount: Decimal
    """ Minimum amount for a single redemption. """
    withdraw_service_fee: Decimal
    """ Service fee for redemption (a rate, e.g. 0.0012). """
    confirm_time: int
    """ Order confirmation time (unit not documented). """
    confirm_buffer_days: int
    """ Order confirmation buffer time (days, by the name). """
    fiat_conversion_conf_list: list[FiatConversionConf]
    """ Fiat conversion fee configuration per payment currency. """
    status: int | Unset = UNSET
    """ Undocumented; seen in the example (2). """
    interest_calc_cycle: int | Unset = UNSET
    """ Undocumented; seen in the example (2). """
    borrow_interest_start_time: int | Unset = UNSET
    """ Undocumented; seen in the example (1). """
    agreements: list[ProductAgreement] | Unset = UNSET
    """ Undocumented; seen in the example. The product's agreements. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        product_type = self.product_type

        subject_type = self.subject_type

        currency = self.currency

        payment_currency = self.payment_currency

        profit_reserve_factor = decimal_to_wire(self.profit_reserve_factor)

        deposit_max_amount = decimal_to_wire(self.deposit_max_amount)

        deposit_min_amount = decimal_to_wire(self.deposit_min_amount)

        withdraw_max_amount = decimal_to_wire(self.withdraw_max_amount)

        withdraw_min_amount = decimal_to_wire(self.withdraw_min_amount)

        withdraw_service_fee = decimal_to_wire(self.withdraw_service_fee)

        confirm_time = self.confirm_time

        confirm_buffer_days = self.confirm_buffer_days

        fiat_conversion_conf_list = []
        for fiat_conversion_conf_list_item_data in self.fiat_conversion_conf_list:
            fiat_conversion_conf_list_item = fiat_conversion_conf_list_item_data.to_dict()
            fiat_conversion_conf_list.append(fiat_conversion_conf_list_item)

        status = self.status

        interest_calc_cycle = self.interest_calc_cycle

        borrow_interest_start_time = self.borrow_interest_start_time

        agreements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.agreements, Unset):
            agreements = []
            for agreements_item_data in self.agreements:
                agreements_item = agreements_item_data.to_dict()
                agreements.append(agreements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "product_type": product_type,
                "subject_type": subject_type,
                "currency": currency,
                "payment_currency": payment_currency,
                "profit_reserve_factor": profit_reserve_factor,
                "deposit_max_amount": deposit_max_amount,
                "deposit_min_amount": deposit_min_amount,
                "withdraw_max_amount": withdraw_max_amount,
                "withdraw_min_amount": withdraw_min_amount,
                "withdraw_service_fee": withdraw_service_fee,
                "confirm_time": confirm_time,
                "confirm_buffer_days": confirm_buffer_days,
                "fiat_conversion_conf_list": fiat_conversion_conf_list,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if interest_calc_cycle is not UNSET:
            field_dict["interest_calc_cycle"] = interest_calc_cycle
        if borrow_interest_start_time is not UNSET:
            field_dict["borrow_interest_start_time"] = borrow_interest_start_time
        if agreements is not UNSET:
            field_dict["agreements"] = agreements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fiat_conversion_conf import FiatConversionConf  # noqa: PLC0415
        from ..models.product_agreement import ProductAgreement  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            product_id = d.pop("product_id")
            if product_id.__class__ is not str:  # inline fast path: most values are right
                product_id = expect_type(product_id, str)
        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        try:
            product_type = d.pop("product_type")
            if product_type.__class__ is not str:  # inline fast path: most values are right
                product_type = expect_type(product_type, str)
        except PARSE_ERRORS as _error:
            product_type = invalid(cls, "product_type", src_dict, _error)
            _broken = True

        try:
            subject_type = d.pop("subject_type")
            if subject_type.__class__ is not str:  # inline fast path: most values are right
                subject_type = expect_type(subject_type, str)
        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            payment_currency = cast(list[str], d.pop("payment_currency"))

        except PARSE_ERRORS as _error:
            payment_currency = invalid(cls, "payment_currency", src_dict, _error)
            _broken = True

        try:
            profit_reserve_factor = decimal_from_wire(d.pop("profit_reserve_factor"))

        except PARSE_ERRORS as _error:
            profit_reserve_factor = invalid(cls, "profit_reserve_factor", src_dict, _error)
            _broken = True

        try:
            deposit_max_amount = decimal_from_wire(d.pop("deposit_max_amount"))

        except PARSE_ERRORS as _error:
            deposit_max_amount = invalid(cls, "deposit_max_amount", src_dict, _error)
            _broken = True

        try:
            deposit_min_amount = decimal_from_wire(d.pop("deposit_min_amount"))

        except PARSE_ERRORS as _error:
            deposit_min_amount = invalid(cls, "deposit_min_amount", src_dict, _error)
            _broken = True

        try:
            withdraw_max_amount = decimal_from_wire(d.pop("withdraw_max_amount"))

        except PARSE_ERRORS as _error:
            withdraw_max_amount = invalid(cls, "withdraw_max_amount", src_dict, _error)
            _broken = True

        try:
            withdraw_min_amount = decimal_from_wire(d.pop("withdraw_min_amount"))

        except PARSE_ERRORS as _error:
            withdraw_min_amount = invalid(cls, "withdraw_min_amount", src_dict, _error)
            _broken = True

        try:
            withdraw_service_fee = decimal_from_wire(d.pop("withdraw_service_fee"))

        except PARSE_ERRORS as _error:
            withdraw_service_fee = invalid(cls, "withdraw_service_fee", src_dict, _error)
            _broken = True

        try:
            confirm_time = d.pop("confirm_time")
            if confirm_time.__class__ is not int:  # inline fast path: most values are right
                confirm_time = expect_type(confirm_time, int)
        except PARSE_ERRORS as _error:
            confirm_time = invalid(cls, "confirm_time", src_dict, _error)
            _broken = True

        try:
            confirm_buffer_days = d.pop("confirm_buffer_days")
            if confirm_buffer_days.__class__ is not int:  # inline fast path: most values are right
                confirm_buffer_days = expect_type(confirm_buffer_days, int)
        except PARSE_ERRORS as _error:
            confirm_buffer_days = invalid(cls, "confirm_buffer_days", src_dict, _error)
            _broken = True

        try:
            fiat_conversion_conf_list = []
            _fiat_conversion_conf_list = d.pop("fiat_conversion_conf_list")
            for fiat_conversion_conf_list_item_data in _fiat_conversion_conf_list:
                fiat_conversion_conf_list_item = FiatConversionConf.from_dict(fiat_conversion_conf_list_item_data)

                fiat_conversion_conf_list.append(fiat_conversion_conf_list_item)

        except PARSE_ERRORS as _error:
            fiat_conversion_conf_list = invalid(cls, "fiat_conversion_conf_list", src_dict, _error)
            _broken = True

        try:
            status = d.pop("status", UNSET)
            if status.__class__ is not int:  # inline fast path: most values are right
                status = expect_type(status, int)
        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:
            interest_calc_cycle = d.pop("interest_calc_cycle", UNSET)
            if interest_calc_cycle.__class__ is not int:  # inline fast path: most values are right
                interest_calc_cycle = expect_type(interest_calc_cycle, int)
        except PARSE_ERRORS as _error:
            interest_calc_cycle = invalid(cls, "interest_calc_cycle", src_dict, _error)
            _broken = True

        try:
            borrow_interest_start_time = d.pop("borrow_interest_start_time", UNSET)
            if borrow_interest_start_time.__class__ is not int:  # inline fast path: most values are right
                borrow_interest_start_time = expect_type(borrow_interest_start_time, int)
        except PARSE_ERRORS as _error:
            borrow_interest_start_time = invalid(cls, "borrow_interest_start_time", src_dict, _error)
            _broken = True

        try:
            _agreements = d.pop("agreements", UNSET)
            agreements: list[ProductAgreement] | Unset = UNSET
            if _agreements is not UNSET:
                agreements = []
                for agreements_item_data in _agreements:
                    agreements_item = ProductAgreement.from_dict(agreements_item_data)

                    agreements.append(agreements_item)

        except PARSE_ERRORS as _error:
            agreements = invalid(cls, "agreements", src_dict, _error)
            _broken = True

        _instance = cls(
            product_id=product_id,
            product_type=product_type,
            subject_type=subject_type,
            currency=currency,
            payment_currency=payment_currency,
            profit_reserve_factor=profit_reserve_factor,
            deposit_max_amount=deposit_max_amount,
            deposit_min_amount=deposit_min_amount,
            withdraw_max_amount=withdraw_max_amount,
            withdraw_min_amount=withdraw_min_amount,
            withdraw_service_fee=withdraw_service_fee,
            confirm_time=confirm_time,
            confirm_buffer_days=confirm_buffer_days,
            fiat_conversion_conf_list=fiat_conversion_conf_list,
            status=status,
            interest_calc_cycle=interest_calc_cycle,
            borrow_interest_start_time=borrow_interest_start_time,
            agreements=agreements,
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
