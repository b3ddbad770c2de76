from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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

from ..models.can_redeem import CanRedeem
from ..models.product_status import ProductStatus
from ..models.renew_type import RenewType
from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.fund_investment import FundInvestment
    from ..models.product_agreement import ProductAgreement
    from ..models.product_duration import ProductDuration
    from ..models.product_i18n import ProductI18N
    from ..models.product_tag import ProductTag


T = TypeVar("T", bound="Product")


@_attrs_define(weakref_slot=False)
class Product:
    """A fixed-income product."""

    id: str
    """ Product ID. """
    renew_type: RenewType
    """ Renewal the product (or the order's product) allows: 0 manual renewal only, 1 automatic renewal allowed. """
    currency: str
    """ Investment currency. """
    minimum_of_purchase_amount_dec: Decimal
    """ Minimum single transaction amount (initial investment amount). """
    maximum_of_purchase_amount_dec: Decimal
    """ Maximum single transaction amount. """
    user_purchase_limit_dec: Decimal
    """ Maximum purchase amount of a single user. """
    can_redeem: CanRedeem
    """ Can the order be redeemed early: 0 no, 1 yes. """
    redeem_ror: Decimal
    """ Annual interest for early redemption, e8. """
    ror: Decimal
    """ Annual interest, e8: 12000000 is 12%. """
    status: ProductStatus
    """ Product status: 1 pending, 2 available, 3 sold out, 4 outdated (can not buy). """
    agreements: list[ProductAgreement] | None
    """ Product agreements (protocols); null in lists, returned by `client.fixed_income.get_product_detail`. """
    tags: list[ProductTag]
    """ Product labels (displayed behind the product name, e.g. "Redeem Early", "Star Product"). """
    i18n: list[ProductI18N]
    """ Multilingual product info. """
    duration: ProductDuration
    """ A product's term: closed period, value date and settlement date. Times of day are seconds after midnight
    (12:00 is 12*3600). """
    raised_time: int
    """ Raise end time, Unix timestamp in seconds. """
    start_closed_time: int
    """ Close start time, Unix timestamp in seconds. """
    end_closed_time: int
    """ Close end time, Unix timestamp in seconds. """
    end_settled_time: int
    """ Closing time for settlement, Unix timestamp in seconds. """
    fund_investments: list[FundInvestment] | None | Unset = UNSET
    """ Funds destination. Lists do not return it (null or absent, as in
    `client.fixed_income.list_auto_renew_products`); `client.fixed_income.get_product_detail` does. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "redeem_ror",
        "ror",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        renew_type = RenewType(self.renew_type).value

        currency = self.currency

        minimum_of_purchase_amount_dec = decimal_to_wire(self.minimum_of_purchase_amount_dec)

        maximum_of_purchase_amount_dec = decimal_to_wire(self.maximum_of_purchase_amount_dec)

        user_purchase_limit_dec = decimal_to_wire(self.user_purchase_limit_dec)

        can_redeem = CanRedeem(self.can_redeem).value

        redeem_ror = e8_to_wire(self.redeem_ror)

        ror = e8_to_wire(self.ror)

        status = ProductStatus(self.status).value

        agreements: list[dict[str, Any]] | None
        if isinstance(self.agreements, list):
            agreements = []
            for agreements_type_0_item_data in self.agreements:
                agreements_type_0_item = agreements_type_0_item_data.to_dict()
                agreements.append(agreements_type_0_item)

        else:
            agreements = self.agreements

        tags = []
        for tags_item_data in self.tags:
            tags_item = tags_item_data.to_dict()
            tags.append(tags_item)

        i18n = []
        for i18n_item_data in self.i18n:
            i18n_item = i18n_item_data.to_dict()
            i18n.append(i18n_item)

        duration = self.duration.to_dict()

        raised_time = self.raised_time

        start_closed_time = self.start_closed_time

        end_closed_time = self.end_closed_time

        end_settled_time = self.end_settled_time

        fund_investments: list[dict[str, Any]] | None | Unset
        if isinstance(self.fund_investments, Unset):
            fund_investments = UNSET
        elif isinstance(self.fund_investments, list):
            fund_investments = []
            for fund_investments_type_0_item_data in self.fund_investments:
                fund_investments_type_0_item = fund_investments_type_0_item_data.to_dict()
                fund_investments.append(fund_investments_type_0_item)

        else:
            fund_investments = self.fund_investments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "renew_type": renew_type,
                "currency": currency,
                "minimum_of_purchase_amount_dec": minimum_of_purchase_amount_dec,
                "maximum_of_purchase_amount_dec": maximum_of_purchase_amount_dec,
                "user_purchase_limit_dec": user_purchase_limit_dec,
                "can_redeem": can_redeem,
                "redeem_ror": redeem_ror,
                "ror": ror,
                "status": status,
                "agreements": agreements,
                "tags": tags,
                "i18n": i18n,
                "duration": duration,
                "raised_time": raised_time,
                "start_closed_time": start_closed_time,
                "end_closed_time": end_closed_time,
                "end_settled_time": end_settled_time,
            }
        )
        if fund_investments is not UNSET:
            field_dict["fund_investments"] = fund_investments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fund_investment import FundInvestment  # noqa: PLC0415
        from ..models.product_agreement import ProductAgreement  # noqa: PLC0415
        from ..models.product_duration import ProductDuration  # noqa: PLC0415
        from ..models.product_i18n import ProductI18N  # noqa: PLC0415
        from ..models.product_tag import ProductTag  # noqa: PLC0415

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
            renew_type = RenewType.from_wire(d.pop("renew_type"))

        except PARSE_ERRORS as _error:
            renew_type = invalid(cls, "renew_type", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            minimum_of_purchase_amount_dec = decimal_from_wire(d.pop("minimum_of_purchase_amount_dec"))

        except PARSE_ERRORS as _error:
            minimum_of_purchase_amount_dec = invalid(cls, "minimum_of_purchase_amount_dec", src_dict, _error)
            _broken = True

        try:
            maximum_of_purchase_amount_dec = decimal_from_wire(d.pop("maximum_of_purchase_amount_dec"))

        except PARSE_ERRORS as _error:
            maximum_of_purchase_amount_dec = invalid(cls, "maximum_of_purchase_amount_dec", src_dict, _error)
            _broken = True

        try:
            user_purchase_limit_dec = decimal_from_wire(d.pop("user_purchase_limit_dec"))

        except PARSE_ERRORS as _error:
            user_purchase_limit_dec = invalid(cls, "user_purchase_limit_dec", src_dict, _error)
            _broken = True

        try:
            can_redeem = CanRedeem.from_wire(d.pop("can_redeem"))

        except PARSE_ERRORS as _error:
            can_redeem = invalid(cls, "can_redeem", src_dict, _error)
            _broken = True

        try:
            redeem_ror = e8_from_wire(d.pop("redeem_ror"))

        except PARSE_ERRORS as _error:
            redeem_ror = invalid(cls, "redeem_ror", src_dict, _error)
            _broken = True

        try:
            ror = e8_from_wire(d.pop("ror"))

        except PARSE_ERRORS as _error:
            ror = invalid(cls, "ror", src_dict, _error)
            _broken = True

        try:
            status = ProductStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:

            def _parse_agreements(data: object) -> list[ProductAgreement] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    agreements_type_0 = []
                    _agreements_type_0 = data
                    for agreements_type_0_item_data in _agreements_type_0:
                        agreements_type_0_item = ProductAgreement.from_dict(agreements_type_0_item_data)

                        agreements_type_0.append(agreements_type_0_item)

                    return agreements_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ProductAgreement] | None, data)

            agreements = _parse_agreements(d.pop("agreements"))

        except PARSE_ERRORS as _error:
            agreements = invalid(cls, "agreements", src_dict, _error)
            _broken = True

        try:
            tags = []
            _tags = d.pop("tags")
            for tags_item_data in _tags:
                tags_item = ProductTag.from_dict(tags_item_data)

                tags.append(tags_item)

        except PARSE_ERRORS as _error:
            tags = invalid(cls, "tags", src_dict, _error)
            _broken = True

        try:
            i18n = []
            _i18n = d.pop("i18n")
            for i18n_item_data in _i18n:
                i18n_item = ProductI18N.from_dict(i18n_item_data)

                i18n.append(i18n_item)

        except PARSE_ERRORS as _error:
            i18n = invalid(cls, "i18n", src_dict, _error)
            _broken = True

        try:
            duration = ProductDuration.from_dict(d.pop("duration"))

        except PARSE_ERRORS as _error:
            duration = invalid(cls, "duration", src_dict, _error)
            _broken = True

        try:
            raised_time = d.pop("raised_time")
            if raised_time.__class__ is not int:  # inline fast path: most values are right
                raised_time = expect_type(raised_time, int)
        except PARSE_ERRORS as _error:
            raised_time = invalid(cls, "raised_time", src_dict, _error)
            _broken = True

        try:
            start_closed_time = d.pop("start_closed_time")
            if start_closed_time.__class__ is not int:  # inline fast path: most values are right
                start_closed_time = expect_type(start_closed_time, int)
        except PARSE_ERRORS as _error:
            start_closed_time = invalid(cls, "start_closed_time", src_dict, _error)
            _broken = True

        try:
            end_closed_time = d.pop("end_closed_time")
            if end_closed_time.__class__ is not int:  # inline fast path: most values are right
                end_closed_time = expect_type(end_closed_time, int)
        except PARSE_ERRORS as _error:
            end_closed_time = invalid(cls, "end_closed_time", src_dict, _error)
            _broken = True

        try:
            end_settled_time = d.pop("end_settled_time")
            if end_settled_time.__class__ is not int:  # inline fast path: most values are right
                end_settled_time = expect_type(end_settled_time, int)
        except PARSE_ERRORS as _error:
            end_settled_time = invalid(cls, "end_settled_time", src_dict, _error)
            _broken = True

        try:

            def _parse_fund_investments(data: object) -> list[FundInvestment] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    fund_investments_type_0 = []
                    _fund_investments_type_0 = data
                    for fund_investments_type_0_item_data in _fund_investments_type_0:
                        fund_investments_type_0_item = FundInvestment.from_dict(fund_investments_type_0_item_data)

                        fund_investments_type_0.append(fund_investments_type_0_item)

                    return fund_investments_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FundInvestment] | None | Unset, data)

            fund_investments = _parse_fund_investments(d.pop("fund_investments", UNSET))

        except PARSE_ERRORS as _error:
            fund_investments = invalid(cls, "fund_investments", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            renew_type=renew_type,
            currency=currency,
            minimum_of_purchase_amount_dec=minimum_of_purchase_amount_dec,
            maximum_of_purchase_amount_dec=maximum_of_purchase_amount_dec,
            user_purchase_limit_dec=user_purchase_limit_dec,
            can_redeem=can_redeem,
            redeem_ror=redeem_ror,
            ror=ror,
            status=status,
            agreements=agreements,
            tags=tags,
            i18n=i18n,
            duration=duration,
            raised_time=raised_time,
            start_closed_time=start_closed_time,
            end_closed_time=end_closed_time,
            end_settled_time=end_settled_time,
            fund_investments=fund_investments,
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
