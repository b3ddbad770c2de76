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
from ..models.main_product_type import MainProductType
from ..models.product_status import ProductStatus
from ..models.subject_type import SubjectType
from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.fund_investment import FundInvestment
    from ..models.product_agreement import ProductAgreement
    from ..models.product_duration import ProductDuration
    from ..models.product_explain import ProductExplain
    from ..models.product_i18n import ProductI18N
    from ..models.product_tag import ProductTag


T = TypeVar("T", bound="Product")


@_attrs_define(weakref_slot=False)
class Product:
    """An ETH2.0 staking product. `raised_amount`, `current_raise_amount` and `minimum_of_purchase_amount` are e8 copies of
    their `_dec` twins (3000000000000000 and "30000000").

    """

    id: str
    """ Product ID. """
    sale_start_at: int
    """ Time the product starts to sell, Unix timestamp in seconds. """
    currency: str
    """ Investment currency. """
    share_price: Decimal
    """ Latest share price of the product, e8 (130000000 is 1.3). """
    main_product_type: MainProductType
    """ Main product type: 40 ETH2.0 & ETH2.0 leverage staking. """
    raised_amount_dec: Decimal
    """ Total raise amount. """
    minimum_of_purchase_amount_dec: Decimal
    """ Minimum single transaction amount. """
    maximum_of_purchase_amount_dec: Decimal
    """ Maximum single transaction amount; 0 is no limit. """
    user_purchase_limit_dec: Decimal
    """ Maximum purchase amount of a single user. """
    current_raise_amount_dec: Decimal
    """ Amount the product has raised so far. """
    can_redeem: CanRedeem
    """ Can the order be redeemed early: 0 no, 1 yes, 2 only in the product's redeem windows. """
    minimum_of_ror: Decimal
    """ Estimated minimum annual interest, e8: 3000000 is 3%. """
    maximum_of_ror: Decimal
    """ Estimated maximum annual interest, e8: 12000000 is 12%. """
    status: ProductStatus
    """ Product status: 1 pending, 2 available, 3 sold out. """
    agreements: list[ProductAgreement] | None
    """ Product agreements; null in the list, returned by `client.fixed_staking.get_product_detail`. """
    tags: list[ProductTag]
    """ Product labels (displayed behind the product name, e.g. "Redeem Early", "Star Product"). """
    i18n: list[ProductI18N]
    """ Multilingual product info. """
    duration: ProductDuration
    """ A product's term: closed period, value date and settlement date. Times of day are seconds after midnight
    (12:00 is 12*3600). """
    fund_investments: list[FundInvestment] | None
    """ Funds destination; null in the list, returned by `client.fixed_staking.get_product_detail`. """
    explain: list[ProductExplain] | None
    """ Product explanations; null in the list, returned by `client.fixed_staking.get_product_detail`. """
    raised_time: int
    """ Raise end time, Unix timestamp in seconds. """
    start_closed_time: int
    """ Close start time, Unix timestamp in seconds. """
    end_closed_time: int
    """ Close end time, Unix timestamp in seconds; 0 when open-ended. """
    end_settled_time: int
    """ Closing time for settlement, Unix timestamp in seconds; 0 when open-ended. """
    last_rate_ror: Decimal
    """ Rate of return of the last share price, e8: 4000000 is 4%. """
    subject_type: SubjectType | Unset = UNSET
    """ Product subject: ETH2.0 or ETH2.0 leverage staking. """
    redeem_windows: Any | Unset = UNSET
    """ Redeem windows. Undocumented: null in the list example, absent from the detail example, so its structure is
    unknown (errata FS-17). """
    raised_amount: Decimal | Unset = UNSET
    """ Undocumented; seen in the example: `raised_amount_dec` as e8 (3000000000000000 is "30000000"). """
    current_raise_amount: Decimal | Unset = UNSET
    """ Undocumented; seen in the example: `current_raise_amount_dec` as e8 (500000000000 is "5000"). """
    minimum_of_purchase_amount: Decimal | Unset = UNSET
    """ Undocumented; seen in the example: `minimum_of_purchase_amount_dec` as e8 (100000000 is "1"). """
    maximum_of_purchase_amount: Decimal | Unset = UNSET
    """ Undocumented; seen in the example: `maximum_of_purchase_amount_dec` as e8. """
    user_purchase_limit: Decimal | Unset = UNSET
    """ Undocumented; seen in the example: `user_purchase_limit_dec` as e8. """
    renew_type: int | Unset = UNSET
    """ Undocumented; seen in the example. Presumably 0 manual, 1 automatic renewal, as in Fixed-Income. """
    redeem_ror: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. Annual interest for early redemption, e8 (as in Fixed-Income). """
    minimum_of_redeem_fee_ror: Decimal | Unset = UNSET
    """ Undocumented; seen in the example. Minimum redemption fee rate, e8. """
    performance_fee: Decimal | Unset = UNSET
    """ Undocumented; seen in the example (0). Presumably a fee rate, e8. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "share_price",
        "minimum_of_ror",
        "maximum_of_ror",
        "last_rate_ror",
        "raised_amount",
        "current_raise_amount",
        "minimum_of_purchase_amount",
        "maximum_of_purchase_amount",
        "user_purchase_limit",
        "redeem_ror",
        "minimum_of_redeem_fee_ror",
        "performance_fee",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sale_start_at = self.sale_start_at

        currency = self.currency

        share_price = e8_to_wire(self.share_price)

        main_product_type = MainProductType(self.main_product_type).value

        raised_amount_dec = decimal_to_wire(self.raised_amount_dec)

        minimum_of_purchase_amount_dec = decimal_to_wire(self.minimum_of_purchase_amount_dec)

        maximum_of_purchase_amount_dec = decimal_to_wire(self.maximum_of_purchase_amount_dec)

        user_purchase_limit_dec = decimal_to_wire(self.user_purchase_limit_dec)

        current_raise_amount_dec = decimal_to_wire(self.current_raise_amount_dec)

        can_redeem = CanRedeem(self.can_redeem).value

        minimum_of_ror = e8_to_wire(self.minimum_of_ror)

        maximum_of_ror = e8_to_wire(self.maximum_of_ror)

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

        fund_investments: list[dict[str, Any]] | None
        if isinstance(self.fund_investments, list):
            fund_investments = []
            for fund_investments_type_0_item_data in self.fund_investments:
                fund_investments_type_0_item = fund_investments_type_0_item_data.to_dict()
                fund_investments.append(fund_investments_type_0_item)

        else:
            fund_investments = self.fund_investments

        explain: list[dict[str, Any]] | None
        if isinstance(self.explain, list):
            explain = []
            for explain_type_0_item_data in self.explain:
                explain_type_0_item = explain_type_0_item_data.to_dict()
                explain.append(explain_type_0_item)

        else:
            explain = self.explain

        raised_time = self.raised_time

        start_closed_time = self.start_closed_time

        end_closed_time = self.end_closed_time

        end_settled_time = self.end_settled_time

        last_rate_ror = e8_to_wire(self.last_rate_ror)

        subject_type: str | Unset = UNSET
        if not isinstance(self.subject_type, Unset):
            subject_type = SubjectType(self.subject_type).value

        redeem_windows = self.redeem_windows

        raised_amount: int | Unset = UNSET
        if not isinstance(self.raised_amount, Unset):
            raised_amount = e8_to_wire(self.raised_amount)

        current_raise_amount: int | Unset = UNSET
        if not isinstance(self.current_raise_amount, Unset):
            current_raise_amount = e8_to_wire(self.current_raise_amount)

        minimum_of_purchase_amount: int | Unset = UNSET
        if not isinstance(self.minimum_of_purchase_amount, Unset):
            minimum_of_purchase_amount = e8_to_wire(self.minimum_of_purchase_amount)

        maximum_of_purchase_amount: int | Unset = UNSET
        if not isinstance(self.maximum_of_purchase_amount, Unset):
            maximum_of_purchase_amount = e8_to_wire(self.maximum_of_purchase_amount)

        user_purchase_limit: int | Unset = UNSET
        if not isinstance(self.user_purchase_limit, Unset):
            user_purchase_limit = e8_to_wire(self.user_purchase_limit)

        renew_type = self.renew_type

        redeem_ror: int | Unset = UNSET
        if not isinstance(self.redeem_ror, Unset):
            redeem_ror = e8_to_wire(self.redeem_ror)

        minimum_of_redeem_fee_ror: int | Unset = UNSET
        if not isinstance(self.minimum_of_redeem_fee_ror, Unset):
            minimum_of_redeem_fee_ror = e8_to_wire(self.minimum_of_redeem_fee_ror)

        performance_fee: int | Unset = UNSET
        if not isinstance(self.performance_fee, Unset):
            performance_fee = e8_to_wire(self.performance_fee)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sale_start_at": sale_start_at,
                "currency": currency,
                "share_price": share_price,
                "main_product_type": main_product_type,
                "raised_amount_dec": raised_amount_dec,
                "minimum_of_purchase_amount_dec": minimum_of_purchase_amount_dec,
                "maximum_of_purchase_amount_dec": maximum_of_purchase_amount_dec,
                "user_purchase_limit_dec": user_purchase_limit_dec,
                "current_raise_amount_dec": current_raise_amount_dec,
                "can_redeem": can_redeem,
                "minimum_of_ror": minimum_of_ror,
                "maximum_of_ror": maximum_of_ror,
                "status": status,
                "agreements": agreements,
                "tags": tags,
                "i18n": i18n,
                "duration": duration,
                "fund_investments": fund_investments,
                "explain": explain,
                "raised_time": raised_time,
                "start_closed_time": start_closed_time,
                "end_closed_time": end_closed_time,
                "end_settled_time": end_settled_time,
                "last_rate_ror": last_rate_ror,
            }
        )
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if redeem_windows is not UNSET:
            field_dict["redeem_windows"] = redeem_windows
        if raised_amount is not UNSET:
            field_dict["raised_amount"] = raised_amount
        if current_raise_amount is not UNSET:
            field_dict["current_raise_amount"] = current_raise_amount
        if minimum_of_purchase_amount is not UNSET:
            field_dict["minimum_of_purchase_amount"] = minimum_of_purchase_amount
        if maximum_of_purchase_amount is not UNSET:
            field_dict["maximum_of_purchase_amount"] = maximum_of_purchase_amount
        if user_purchase_limit is not UNSET:
            field_dict["user_purchase_limit"] = user_purchase_limit
        if renew_type is not UNSET:
            field_dict["renew_type"] = renew_type
        if redeem_ror is not UNSET:
            field_dict["redeem_ror"] = redeem_ror
        if minimum_of_redeem_fee_ror is not UNSET:
            field_dict["minimum_of_redeem_fee_ror"] = minimum_of_redeem_fee_ror
        if performance_fee is not UNSET:
            field_dict["performance_fee"] = performance_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fund_investment import FundInvestment  # noqa: PLC0415
        from ..models.product_agreement import ProductAgreement  # noqa: PLC0415
        from ..models.product_duration import ProductDuration  # noqa: PLC0415
        from ..models.product_explain import ProductExplain  # noqa: PLC0415
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
            sale_start_at = d.pop("sale_start_at")
            if sale_start_at.__class__ is not int:  # inline fast path: most values are right
                sale_start_at = expect_type(sale_start_at, int)
        except PARSE_ERRORS as _error:
            sale_start_at = invalid(cls, "sale_start_at", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            share_price = e8_from_wire(d.pop("share_price"))

        except PARSE_ERRORS as _error:
            share_price = invalid(cls, "share_price", src_dict, _error)
            _broken = True

        try:
            main_product_type = MainProductType.from_wire(d.pop("main_product_type"))

        except PARSE_ERRORS as _error:
            main_product_type = invalid(cls, "main_product_type", src_dict, _error)
            _broken = True

        try:
            raised_amount_dec = decimal_from_wire(d.pop("raised_amount_dec"))

        except PARSE_ERRORS as _error:
            raised_amount_dec = invalid(cls, "raised_amount_dec", src_dict, _error)
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
            current_raise_amount_dec = decimal_from_wire(d.pop("current_raise_amount_dec"))

        except PARSE_ERRORS as _error:
            current_raise_amount_dec = invalid(cls, "current_raise_amount_dec", src_dict, _error)
            _broken = True

        try:
            can_redeem = CanRedeem.from_wire(d.pop("can_redeem"))

        except PARSE_ERRORS as _error:
            can_redeem = invalid(cls, "can_redeem", src_dict, _error)
            _broken = True

        try:
            minimum_of_ror = e8_from_wire(d.pop("minimum_of_ror"))

        except PARSE_ERRORS as _error:
            minimum_of_ror = invalid(cls, "minimum_of_ror", src_dict, _error)
            _broken = True

        try:
            maximum_of_ror = e8_from_wire(d.pop("maximum_of_ror"))

        except PARSE_ERRORS as _error:
            maximum_of_ror = invalid(cls, "maximum_of_ror", src_dict, _error)
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

            def _parse_fund_investments(data: object) -> list[FundInvestment] | None:
                if data is None:
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
                return cast(list[FundInvestment] | None, data)

            fund_investments = _parse_fund_investments(d.pop("fund_investments"))

        except PARSE_ERRORS as _error:
            fund_investments = invalid(cls, "fund_investments", src_dict, _error)
            _broken = True

        try:

            def _parse_explain(data: object) -> list[ProductExplain] | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    explain_type_0 = []
                    _explain_type_0 = data
                    for explain_type_0_item_data in _explain_type_0:
                        explain_type_0_item = ProductExplain.from_dict(explain_type_0_item_data)

                        explain_type_0.append(explain_type_0_item)

                    return explain_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[ProductExplain] | None, data)

            explain = _parse_explain(d.pop("explain"))

        except PARSE_ERRORS as _error:
            explain = invalid(cls, "explain", src_dict, _error)
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
            last_rate_ror = e8_from_wire(d.pop("last_rate_ror"))

        except PARSE_ERRORS as _error:
            last_rate_ror = invalid(cls, "last_rate_ror", src_dict, _error)
            _broken = True

        try:
            _subject_type = d.pop("subject_type", UNSET)
            subject_type: SubjectType | Unset
            if isinstance(_subject_type, Unset):
                subject_type = UNSET
            else:
                subject_type = SubjectType.from_wire(_subject_type)

        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        try:
            redeem_windows = d.pop("redeem_windows", UNSET)
        except PARSE_ERRORS as _error:
            redeem_windows = invalid(cls, "redeem_windows", src_dict, _error)
            _broken = True

        try:
            _raised_amount = d.pop("raised_amount", UNSET)
            raised_amount: Decimal | Unset
            if isinstance(_raised_amount, Unset):
                raised_amount = UNSET
            else:
                raised_amount = e8_from_wire(_raised_amount)

        except PARSE_ERRORS as _error:
            raised_amount = invalid(cls, "raised_amount", src_dict, _error)
            _broken = True

        try:
            _current_raise_amount = d.pop("current_raise_amount", UNSET)
            current_raise_amount: Decimal | Unset
            if isinstance(_current_raise_amount, Unset):
                current_raise_amount = UNSET
            else:
                current_raise_amount = e8_from_wire(_current_raise_amount)

        except PARSE_ERRORS as _error:
            current_raise_amount = invalid(cls, "current_raise_amount", src_dict, _error)
            _broken = True

        try:
            _minimum_of_purchase_amount = d.pop("minimum_of_purchase_amount", UNSET)
            minimum_of_purchase_amount: Decimal | Unset
            if isinstance(_minimum_of_purchase_amount, Unset):
                minimum_of_purchase_amount = UNSET
            else:
                minimum_of_purchase_amount = e8_from_wire(_minimum_of_purchase_amount)

        except PARSE_ERRORS as _error:
            minimum_of_purchase_amount = invalid(cls, "minimum_of_purchase_amount", src_dict, _error)
            _broken = True

        try:
            _maximum_of_purchase_amount = d.pop("maximum_of_purchase_amount", UNSET)
            maximum_of_purchase_amount: Decimal | Unset
            if isinstance(_maximum_of_purchase_amount, Unset):
                maximum_of_purchase_amount = UNSET
            else:
                maximum_of_purchase_amount = e8_from_wire(_maximum_of_purchase_amount)

        except PARSE_ERRORS as _error:
            maximum_of_purchase_amount = invalid(cls, "maximum_of_purchase_amount", src_dict, _error)
            _broken = True

        try:
            _user_purchase_limit = d.pop("user_purchase_limit", UNSET)
            user_purchase_limit: Decimal | Unset
            if isinstance(_user_purchase_limit, Unset):
                user_purchase_limit = UNSET
            else:
                user_purchase_limit = e8_from_wire(_user_purchase_limit)

        except PARSE_ERRORS as _error:
            user_purchase_limit = invalid(cls, "user_purchase_limit", src_dict, _error)
            _broken = True

        try:
            renew_type = d.pop("renew_type", UNSET)
            if renew_type.__class__ is not int:  # inline fast path: most values are right
                renew_type = expect_type(renew_type, int)
        except PARSE_ERRORS as _error:
            renew_type = invalid(cls, "renew_type", src_dict, _error)
            _broken = True

        try:
            _redeem_ror = d.pop("redeem_ror", UNSET)
            redeem_ror: Decimal | Unset
            if isinstance(_redeem_ror, Unset):
                redeem_ror = UNSET
            else:
                redeem_ror = e8_from_wire(_redeem_ror)

        except PARSE_ERRORS as _error:
            redeem_ror = invalid(cls, "redeem_ror", src_dict, _error)
            _broken = True

        try:
            _minimum_of_redeem_fee_ror = d.pop("minimum_of_redeem_fee_ror", UNSET)
            minimum_of_redeem_fee_ror: Decimal | Unset
            if isinstance(_minimum_of_redeem_fee_ror, Unset):
                minimum_of_redeem_fee_ror = UNSET
            else:
                minimum_of_redeem_fee_ror = e8_from_wire(_minimum_of_redeem_fee_ror)

        except PARSE_ERRORS as _error:
            minimum_of_redeem_fee_ror = invalid(cls, "minimum_of_redeem_fee_ror", src_dict, _error)
            _broken = True

        try:
            _performance_fee = d.pop("performance_fee", UNSET)
            performance_fee: Decimal | Unset
            if isinstance(_performance_fee, Unset):
                performance_fee = UNSET
            else:
                performance_fee = e8_from_wire(_performance_fee)

        except PARSE_ERRORS as _error:
            performance_fee = invalid(cls, "performance_fee", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            sale_start_at=sale_start_at,
            currency=currency,
            share_price=share_price,
            main_product_type=main_product_type,
            raised_amount_dec=raised_amount_dec,
            minimum_of_purchase_amount_dec=minimum_of_purchase_amount_dec,
            maximum_of_purchase_amount_dec=maximum_of_purchase_amount_dec,
            user_purchase_limit_dec=user_purchase_limit_dec,
            current_raise_amount_dec=current_raise_amount_dec,
            can_redeem=can_redeem,
            minimum_of_ror=minimum_of_ror,
            maximum_of_ror=maximum_of_ror,
            status=status,
            agreements=agreements,
            tags=tags,
            i18n=i18n,
            duration=duration,
            fund_investments=fund_investments,
            explain=explain,
            raised_time=raised_time,
            start_closed_time=start_closed_time,
            end_closed_time=end_closed_time,
            end_settled_time=end_settled_time,
            last_rate_ror=last_rate_ror,
            subject_type=subject_type,
            redeem_windows=redeem_windows,
            raised_amount=raised_amount,
            current_raise_amount=current_raise_amount,
            minimum_of_purchase_amount=minimum_of_purchase_amount,
            maximum_of_purchase_amount=maximum_of_purchase_amount,
            user_purchase_limit=user_purchase_limit,
            renew_type=renew_type,
            redeem_ror=redeem_ror,
            minimum_of_redeem_fee_ror=minimum_of_redeem_fee_ror,
            performance_fee=performance_fee,
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
