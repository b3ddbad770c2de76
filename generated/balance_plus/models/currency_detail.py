from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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

from ..models.product_status import ProductStatus
from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.apy_subscribe_setting import ApySubscribeSetting
    from ..models.interest_policy import InterestPolicy
    from ..models.product_i18n import ProductI18N


T = TypeVar("T", bound="CurrencyDetail")


@_attrs_define(weakref_slot=False)
class CurrencyDetail:
    agreement: str
    """ Agreement name. """
    apy_subscribe_setting: ApySubscribeSetting
    """ APY notification subscription settings. """
    auto_deposit: bool
    """ Whether to deposit automatically. """
    auto_deposit_proportion: Decimal
    """ Proportion deposited automatically. """
    policy: InterestPolicy
    """ Interest-rate policy details. """
    currency: str
    """ Currency name. """
    balance: Decimal
    """ User balance. """
    interest: Decimal
    """ Interest. """
    yesterday_interest: Decimal
    """ Yesterday's earnings. """
    current_apy: Decimal
    """ Annualized deposit yield (current APY). """
    loan_apy: Decimal
    """ Loan APY. """
    pool_deposit: Decimal
    """ Currency deposit. """
    pool_supply: Decimal
    """ Current balance of the currency. """
    product_status: ProductStatus
    """ Product status: 1 pending release, 2 released, 3 off the shelf. """
    current: Decimal
    """ Capital utilization. """
    product_i18ns: list[ProductI18N]
    """ Localized product texts. """
    detail_url: str | Unset = UNSET
    """ Undocumented; seen in the example. """
    inflection_apy: Decimal | Unset = UNSET
    """ APY at the utilization inflection point. Undocumented; seen in the example. """
    redeem_all: bool | Unset = UNSET
    """ Undocumented; seen in the example. """
    product_type: str | Unset = UNSET
    """ Product type. """
    subject_type: str | Unset = UNSET
    """ Subject type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        agreement = self.agreement

        apy_subscribe_setting = self.apy_subscribe_setting.to_dict()

        auto_deposit = self.auto_deposit

        auto_deposit_proportion = decimal_to_wire(self.auto_deposit_proportion)

        policy = self.policy.to_dict()

        currency = self.currency

        balance = decimal_to_wire(self.balance)

        interest = decimal_to_wire(self.interest)

        yesterday_interest = decimal_to_wire(self.yesterday_interest)

        current_apy = decimal_to_wire(self.current_apy)

        loan_apy = decimal_to_wire(self.loan_apy)

        pool_deposit = decimal_to_wire(self.pool_deposit)

        pool_supply = decimal_to_wire(self.pool_supply)

        product_status = ProductStatus(self.product_status).value

        current = decimal_to_wire(self.current)

        product_i18ns = []
        for product_i18ns_item_data in self.product_i18ns:
            product_i18ns_item = product_i18ns_item_data.to_dict()
            product_i18ns.append(product_i18ns_item)

        detail_url = self.detail_url

        inflection_apy: Decimal | Unset = UNSET
        if not isinstance(self.inflection_apy, Unset):
            inflection_apy = decimal_from_wire(self.inflection_apy)

        redeem_all = self.redeem_all

        product_type = self.product_type

        subject_type = self.subject_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agreement": agreement,
                "apy_subscribe_setting": apy_subscribe_setting,
                "auto_deposit": auto_deposit,
                "auto_deposit_proportion": auto_deposit_proportion,
                "policy": policy,
                "currency": currency,
                "balance": balance,
                "interest": interest,
                "yesterday_interest": yesterday_interest,
                "current_apy": current_apy,
                "loan_apy": loan_apy,
                "pool_deposit": pool_deposit,
                "pool_supply": pool_supply,
                "product_status": product_status,
                "current": current,
                "product_i18ns": product_i18ns,
            }
        )
        if detail_url is not UNSET:
            field_dict["detail_url"] = detail_url
        if inflection_apy is not UNSET:
            field_dict["inflection_apy"] = inflection_apy
        if redeem_all is not UNSET:
            field_dict["redeem_all"] = redeem_all
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apy_subscribe_setting import ApySubscribeSetting  # noqa: PLC0415
        from ..models.interest_policy import InterestPolicy  # noqa: PLC0415
        from ..models.product_i18n import ProductI18N  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            agreement = d.pop("agreement")
            if agreement.__class__ is not str:  # inline fast path: most values are right
                agreement = expect_type(agreement, str)
        except PARSE_ERRORS as _error:
            agreement = invalid(cls, "agreement", src_dict, _error)
            _broken = True

        try:
            apy_subscribe_setting = ApySubscribeSetting.from_dict(d.pop("apy_subscribe_setting"))

        except PARSE_ERRORS as _error:
            apy_subscribe_setting = invalid(cls, "apy_subscribe_setting", src_dict, _error)
            _broken = True

        try:
            auto_deposit = d.pop("auto_deposit")
            if auto_deposit.__class__ is not bool:  # inline fast path: most values are right
                auto_deposit = expect_type(auto_deposit, bool)
        except PARSE_ERRORS as _error:
            auto_deposit = invalid(cls, "auto_deposit", src_dict, _error)
            _broken = True

        try:
            auto_deposit_proportion = decimal_from_wire(d.pop("auto_deposit_proportion"))

        except PARSE_ERRORS as _error:
            auto_deposit_proportion = invalid(cls, "auto_deposit_proportion", src_dict, _error)
            _broken = True

        try:
            policy = InterestPolicy.from_dict(d.pop("policy"))

        except PARSE_ERRORS as _error:
            policy = invalid(cls, "policy", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            balance = decimal_from_wire(d.pop("balance"))

        except PARSE_ERRORS as _error:
            balance = invalid(cls, "balance", src_dict, _error)
            _broken = True

        try:
            interest = decimal_from_wire(d.pop("interest"))

        except PARSE_ERRORS as _error:
            interest = invalid(cls, "interest", src_dict, _error)
            _broken = True

        try:
            yesterday_interest = decimal_from_wire(d.pop("yesterday_interest"))

        except PARSE_ERRORS as _error:
            yesterday_interest = invalid(cls, "yesterday_interest", src_dict, _error)
            _broken = True

        try:
            current_apy = decimal_from_wire(d.pop("current_apy"))

        except PARSE_ERRORS as _error:
            current_apy = invalid(cls, "current_apy", src_dict, _error)
            _broken = True

        try:
            loan_apy = decimal_from_wire(d.pop("loan_apy"))

        except PARSE_ERRORS as _error:
            loan_apy = invalid(cls, "loan_apy", src_dict, _error)
            _broken = True

        try:
            pool_deposit = decimal_from_wire(d.pop("pool_deposit"))

        except PARSE_ERRORS as _error:
            pool_deposit = invalid(cls, "pool_deposit", src_dict, _error)
            _broken = True

        try:
            pool_supply = decimal_from_wire(d.pop("pool_supply"))

        except PARSE_ERRORS as _error:
            pool_supply = invalid(cls, "pool_supply", src_dict, _error)
            _broken = True

        try:
            product_status = ProductStatus.from_wire(d.pop("product_status"))

        except PARSE_ERRORS as _error:
            product_status = invalid(cls, "product_status", src_dict, _error)
            _broken = True

        try:
            current = decimal_from_wire(d.pop("current"))

        except PARSE_ERRORS as _error:
            current = invalid(cls, "current", src_dict, _error)
            _broken = True

        try:
            product_i18ns = []
            _product_i18ns = d.pop("product_i18ns")
            for product_i18ns_item_data in _product_i18ns:
                product_i18ns_item = ProductI18N.from_dict(product_i18ns_item_data)

                product_i18ns.append(product_i18ns_item)

        except PARSE_ERRORS as _error:
            product_i18ns = invalid(cls, "product_i18ns", src_dict, _error)
            _broken = True

        try:
            detail_url = d.pop("detail_url", UNSET)
            if detail_url.__class__ is not str:  # inline fast path: most values are right
                detail_url = expect_type(detail_url, str)
        except PARSE_ERRORS as _error:
            detail_url = invalid(cls, "detail_url", src_dict, _error)
            _broken = True

        try:
            _inflection_apy = d.pop("inflection_apy", UNSET)
            inflection_apy: Decimal | Unset
            if isinstance(_inflection_apy, Unset):
                inflection_apy = UNSET
            else:
                inflection_apy = decimal_from_wire(_inflection_apy)

        except PARSE_ERRORS as _error:
            inflection_apy = invalid(cls, "inflection_apy", src_dict, _error)
            _broken = True

        try:
            redeem_all = d.pop("redeem_all", UNSET)
            if redeem_all.__class__ is not bool:  # inline fast path: most values are right
                redeem_all = expect_type(redeem_all, bool)
        except PARSE_ERRORS as _error:
            redeem_all = invalid(cls, "redeem_all", src_dict, _error)
            _broken = True

        try:
            product_type = d.pop("product_type", UNSET)
            if product_type.__class__ is not str:  # inline fast path: most values are right
                product_type = expect_type(product_type, str)
        except PARSE_ERRORS as _error:
            product_type = invalid(cls, "product_type", src_dict, _error)
            _broken = True

        try:
            subject_type = d.pop("subject_type", UNSET)
            if subject_type.__class__ is not str:  # inline fast path: most values are right
                subject_type = expect_type(subject_type, str)
        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        _instance = cls(
            agreement=agreement,
            apy_subscribe_setting=apy_subscribe_setting,
            auto_deposit=auto_deposit,
            auto_deposit_proportion=auto_deposit_proportion,
            policy=policy,
            currency=currency,
            balance=balance,
            interest=interest,
            yesterday_interest=yesterday_interest,
            current_apy=current_apy,
            loan_apy=loan_apy,
            pool_deposit=pool_deposit,
            pool_supply=pool_supply,
            product_status=product_status,
            current=current,
            product_i18ns=product_i18ns,
            detail_url=detail_url,
            inflection_apy=inflection_apy,
            redeem_all=redeem_all,
            product_type=product_type,
            subject_type=subject_type,
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
