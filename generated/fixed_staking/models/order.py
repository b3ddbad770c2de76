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

from ..models.can_redeem import CanRedeem
from ..models.main_product_type import MainProductType
from ..models.order_status import OrderStatus
from ..models.subject_type import SubjectType
from ..types import NO_FIELDS

if TYPE_CHECKING:
    from ..models.order_duration import OrderDuration
    from ..models.product_i18n import ProductI18N


T = TypeVar("T", bound="Order")


@_attrs_define(weakref_slot=False)
class Order:
    """An ETH2.0 staking order. Shares, share prices and rates are e8."""

    id: str
    """ Order ID. """
    batch_no: str
    """ Batch number. """
    product_id: str
    """ Product ID. """
    currency: str
    """ Investment currency. """
    main_product_type: MainProductType
    """ Main product type: 40 ETH2.0 & ETH2.0 leverage staking. """
    can_redeem: CanRedeem
    """ Can the order be redeemed early: 0 no, 1 yes, 2 only in the product's redeem windows. """
    subject_type: SubjectType
    """ Product subject: ETH2.0 or ETH2.0 leverage staking. """
    confirm_share_price_time: int
    """ Time the share price was confirmed, Unix timestamp in seconds; 0 until confirmed. """
    share_price: Decimal
    """ Share price, e8: 130000000 is 1.3 (errata FS-8). """
    amount_dec: Decimal
    """ Investment amount. """
    share: Decimal
    """ Shares, e8: 130000000 is 1.3 shares. """
    book_time: int
    """ Book (order) time, Unix timestamp in seconds. """
    duration: OrderDuration
    """ An order's settlement term. A staking order carries only these fields of the product's duration (see
    `ProductDuration`), plus `type`. """
    raised_time: int
    """ Raise time, Unix timestamp in seconds. """
    start_closed_time: int
    """ Close start time, Unix timestamp in seconds. """
    end_closed_time: int
    """ Close end time, Unix timestamp in seconds; 0 when open-ended. """
    end_settled_time: int
    """ Closing time for settlement, Unix timestamp in seconds; 0 when open-ended. """
    raise_ror: Decimal
    """ Rate of return of the raising period, e8. """
    ror: Decimal
    """ Real rate of return (once the order is settled), e8. """
    minimum_of_ror: Decimal
    """ Estimated minimum rate of return, e8: 3000000 is 3%. """
    maximum_of_ror: Decimal
    """ Estimated maximum rate of return, e8: 12000000 is 12%. """
    payback_time: int
    """ Payback time once the order is settled, Unix timestamp in seconds; 0 before. """
    redeem_share: Decimal
    """ Shares already redeemed, e8; the shares left are `share` - `redeem_share`. """
    payback_dec: Decimal
    """ Actual payback amount. """
    is_redeem: int
    """ Is the order being redeemed; the values are not documented (presumably 0 no, 1 yes). """
    order_status: OrderStatus
    """ Order status: 1 pre-order, 2 processing, 3 canceled (final), 4 holding, 5 pending, 6 settling, 7 settled
    (final), 8 refunding, 9 refunded (final), 10 redeeming, 11 redeemed all (final). The document's order examples
    show 20, whose meaning is not documented (errata FS-7). """
    i18n: list[ProductI18N]
    """ Multilingual product info. """
    redeeming_share: Decimal
    """ Shares being redeemed (pending approval and processing), e8. """
    next_redeem_start_time: int
    """ Start of the next redeem window, Unix timestamp in seconds. """
    next_redeem_end_time: int
    """ End of the next redeem window, Unix timestamp in seconds. """
    hold_days: int
    """ Days held. """
    estimate_year_ror: Decimal
    """ Estimated annual rate of return, e8 (errata FS-10). """
    last_share_price: Decimal
    """ Last share price, e8: 126000000 is 1.26. """
    last_share_value: Decimal
    """ Last share value, e8: 101613235 is 1.01613235. """
    last_apy: Decimal
    """ APY at the last share price, e8: 4000000 is 4% (errata FS-10). """
    last_share_price_update_time: int
    """ Time of the last share price, Unix timestamp in seconds. """
    hold_profit: Decimal
    """ Profit held, in ETH (errata FS-12). """
    hold_steth_profit: Decimal
    """ Profit held, in stETH (errata FS-12). """
    hold_ror: Decimal
    """ Rate of return held, a decimal number (errata FS-12). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "share_price",
        "share",
        "raise_ror",
        "ror",
        "minimum_of_ror",
        "maximum_of_ror",
        "redeem_share",
        "redeeming_share",
        "estimate_year_ror",
        "last_share_price",
        "last_share_value",
        "last_apy",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        batch_no = self.batch_no

        product_id = self.product_id

        currency = self.currency

        main_product_type = MainProductType(self.main_product_type).value

        can_redeem = CanRedeem(self.can_redeem).value

        subject_type = SubjectType(self.subject_type).value

        confirm_share_price_time = self.confirm_share_price_time

        share_price = e8_to_wire(self.share_price)

        amount_dec = decimal_to_wire(self.amount_dec)

        share = e8_to_wire(self.share)

        book_time = self.book_time

        duration = self.duration.to_dict()

        raised_time = self.raised_time

        start_closed_time = self.start_closed_time

        end_closed_time = self.end_closed_time

        end_settled_time = self.end_settled_time

        raise_ror = e8_to_wire(self.raise_ror)

        ror = e8_to_wire(self.ror)

        minimum_of_ror = e8_to_wire(self.minimum_of_ror)

        maximum_of_ror = e8_to_wire(self.maximum_of_ror)

        payback_time = self.payback_time

        redeem_share = e8_to_wire(self.redeem_share)

        payback_dec = decimal_to_wire(self.payback_dec)

        is_redeem = self.is_redeem

        order_status = OrderStatus(self.order_status).value

        i18n = []
        for i18n_item_data in self.i18n:
            i18n_item = i18n_item_data.to_dict()
            i18n.append(i18n_item)

        redeeming_share = e8_to_wire(self.redeeming_share)

        next_redeem_start_time = self.next_redeem_start_time

        next_redeem_end_time = self.next_redeem_end_time

        hold_days = self.hold_days

        estimate_year_ror = e8_to_wire(self.estimate_year_ror)

        last_share_price = e8_to_wire(self.last_share_price)

        last_share_value = e8_to_wire(self.last_share_value)

        last_apy = e8_to_wire(self.last_apy)

        last_share_price_update_time = self.last_share_price_update_time

        hold_profit = decimal_to_wire(self.hold_profit)

        hold_steth_profit = decimal_to_wire(self.hold_steth_profit)

        hold_ror = decimal_from_wire(self.hold_ror)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "batch_no": batch_no,
                "product_id": product_id,
                "currency": currency,
                "main_product_type": main_product_type,
                "can_redeem": can_redeem,
                "subject_type": subject_type,
                "confirm_share_price_time": confirm_share_price_time,
                "share_price": share_price,
                "amount_dec": amount_dec,
                "share": share,
                "book_time": book_time,
                "duration": duration,
                "raised_time": raised_time,
                "start_closed_time": start_closed_time,
                "end_closed_time": end_closed_time,
                "end_settled_time": end_settled_time,
                "raise_ror": raise_ror,
                "ror": ror,
                "minimum_of_ror": minimum_of_ror,
                "maximum_of_ror": maximum_of_ror,
                "payback_time": payback_time,
                "redeem_share": redeem_share,
                "payback_dec": payback_dec,
                "is_redeem": is_redeem,
                "order_status": order_status,
                "i18n": i18n,
                "redeeming_share": redeeming_share,
                "next_redeem_start_time": next_redeem_start_time,
                "next_redeem_end_time": next_redeem_end_time,
                "hold_days": hold_days,
                "estimate_year_ror": estimate_year_ror,
                "last_share_price": last_share_price,
                "last_share_value": last_share_value,
                "last_apy": last_apy,
                "last_share_price_update_time": last_share_price_update_time,
                "hold_profit": hold_profit,
                "hold_steth_profit": hold_steth_profit,
                "hold_ror": hold_ror,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_duration import OrderDuration  # noqa: PLC0415
        from ..models.product_i18n import ProductI18N  # noqa: PLC0415

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
            batch_no = d.pop("batch_no")
            if batch_no.__class__ is not str:  # inline fast path: most values are right
                batch_no = expect_type(batch_no, str)
        except PARSE_ERRORS as _error:
            batch_no = invalid(cls, "batch_no", src_dict, _error)
            _broken = True

        try:
            product_id = d.pop("product_id")
            if product_id.__class__ is not str:  # inline fast path: most values are right
                product_id = expect_type(product_id, str)
        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            main_product_type = MainProductType.from_wire(d.pop("main_product_type"))

        except PARSE_ERRORS as _error:
            main_product_type = invalid(cls, "main_product_type", src_dict, _error)
            _broken = True

        try:
            can_redeem = CanRedeem.from_wire(d.pop("can_redeem"))

        except PARSE_ERRORS as _error:
            can_redeem = invalid(cls, "can_redeem", src_dict, _error)
            _broken = True

        try:
            subject_type = SubjectType.from_wire(d.pop("subject_type"))

        except PARSE_ERRORS as _error:
            subject_type = invalid(cls, "subject_type", src_dict, _error)
            _broken = True

        try:
            confirm_share_price_time = d.pop("confirm_share_price_time")
            if confirm_share_price_time.__class__ is not int:  # inline fast path: most values are right
                confirm_share_price_time = expect_type(confirm_share_price_time, int)
        except PARSE_ERRORS as _error:
            confirm_share_price_time = invalid(cls, "confirm_share_price_time", src_dict, _error)
            _broken = True

        try:
            share_price = e8_from_wire(d.pop("share_price"))

        except PARSE_ERRORS as _error:
            share_price = invalid(cls, "share_price", src_dict, _error)
            _broken = True

        try:
            amount_dec = decimal_from_wire(d.pop("amount_dec"))

        except PARSE_ERRORS as _error:
            amount_dec = invalid(cls, "amount_dec", src_dict, _error)
            _broken = True

        try:
            share = e8_from_wire(d.pop("share"))

        except PARSE_ERRORS as _error:
            share = invalid(cls, "share", src_dict, _error)
            _broken = True

        try:
            book_time = d.pop("book_time")
            if book_time.__class__ is not int:  # inline fast path: most values are right
                book_time = expect_type(book_time, int)
        except PARSE_ERRORS as _error:
            book_time = invalid(cls, "book_time", src_dict, _error)
            _broken = True

        try:
            duration = OrderDuration.from_dict(d.pop("duration"))

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
            raise_ror = e8_from_wire(d.pop("raise_ror"))

        except PARSE_ERRORS as _error:
            raise_ror = invalid(cls, "raise_ror", src_dict, _error)
            _broken = True

        try:
            ror = e8_from_wire(d.pop("ror"))

        except PARSE_ERRORS as _error:
            ror = invalid(cls, "ror", src_dict, _error)
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
            payback_time = d.pop("payback_time")
            if payback_time.__class__ is not int:  # inline fast path: most values are right
                payback_time = expect_type(payback_time, int)
        except PARSE_ERRORS as _error:
            payback_time = invalid(cls, "payback_time", src_dict, _error)
            _broken = True

        try:
            redeem_share = e8_from_wire(d.pop("redeem_share"))

        except PARSE_ERRORS as _error:
            redeem_share = invalid(cls, "redeem_share", src_dict, _error)
            _broken = True

        try:
            payback_dec = decimal_from_wire(d.pop("payback_dec"))

        except PARSE_ERRORS as _error:
            payback_dec = invalid(cls, "payback_dec", src_dict, _error)
            _broken = True

        try:
            is_redeem = d.pop("is_redeem")
            if is_redeem.__class__ is not int:  # inline fast path: most values are right
                is_redeem = expect_type(is_redeem, int)
        except PARSE_ERRORS as _error:
            is_redeem = invalid(cls, "is_redeem", src_dict, _error)
            _broken = True

        try:
            order_status = OrderStatus.from_wire(d.pop("order_status"))

        except PARSE_ERRORS as _error:
            order_status = invalid(cls, "order_status", src_dict, _error)
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
            redeeming_share = e8_from_wire(d.pop("redeeming_share"))

        except PARSE_ERRORS as _error:
            redeeming_share = invalid(cls, "redeeming_share", src_dict, _error)
            _broken = True

        try:
            next_redeem_start_time = d.pop("next_redeem_start_time")
            if next_redeem_start_time.__class__ is not int:  # inline fast path: most values are right
                next_redeem_start_time = expect_type(next_redeem_start_time, int)
        except PARSE_ERRORS as _error:
            next_redeem_start_time = invalid(cls, "next_redeem_start_time", src_dict, _error)
            _broken = True

        try:
            next_redeem_end_time = d.pop("next_redeem_end_time")
            if next_redeem_end_time.__class__ is not int:  # inline fast path: most values are right
                next_redeem_end_time = expect_type(next_redeem_end_time, int)
        except PARSE_ERRORS as _error:
            next_redeem_end_time = invalid(cls, "next_redeem_end_time", src_dict, _error)
            _broken = True

        try:
            hold_days = d.pop("hold_days")
            if hold_days.__class__ is not int:  # inline fast path: most values are right
                hold_days = expect_type(hold_days, int)
        except PARSE_ERRORS as _error:
            hold_days = invalid(cls, "hold_days", src_dict, _error)
            _broken = True

        try:
            estimate_year_ror = e8_from_wire(d.pop("estimate_year_ror"))

        except PARSE_ERRORS as _error:
            estimate_year_ror = invalid(cls, "estimate_year_ror", src_dict, _error)
            _broken = True

        try:
            last_share_price = e8_from_wire(d.pop("last_share_price"))

        except PARSE_ERRORS as _error:
            last_share_price = invalid(cls, "last_share_price", src_dict, _error)
            _broken = True

        try:
            last_share_value = e8_from_wire(d.pop("last_share_value"))

        except PARSE_ERRORS as _error:
            last_share_value = invalid(cls, "last_share_value", src_dict, _error)
            _broken = True

        try:
            last_apy = e8_from_wire(d.pop("last_apy"))

        except PARSE_ERRORS as _error:
            last_apy = invalid(cls, "last_apy", src_dict, _error)
            _broken = True

        try:
            last_share_price_update_time = d.pop("last_share_price_update_time")
            if last_share_price_update_time.__class__ is not int:  # inline fast path: most values are right
                last_share_price_update_time = expect_type(last_share_price_update_time, int)
        except PARSE_ERRORS as _error:
            last_share_price_update_time = invalid(cls, "last_share_price_update_time", src_dict, _error)
            _broken = True

        try:
            hold_profit = decimal_from_wire(d.pop("hold_profit"))

        except PARSE_ERRORS as _error:
            hold_profit = invalid(cls, "hold_profit", src_dict, _error)
            _broken = True

        try:
            hold_steth_profit = decimal_from_wire(d.pop("hold_steth_profit"))

        except PARSE_ERRORS as _error:
            hold_steth_profit = invalid(cls, "hold_steth_profit", src_dict, _error)
            _broken = True

        try:
            hold_ror = decimal_from_wire(d.pop("hold_ror"))

        except PARSE_ERRORS as _error:
            hold_ror = invalid(cls, "hold_ror", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            batch_no=batch_no,
            product_id=product_id,
            currency=currency,
            main_product_type=main_product_type,
            can_redeem=can_redeem,
            subject_type=subject_type,
            confirm_share_price_time=confirm_share_price_time,
            share_price=share_price,
            amount_dec=amount_dec,
            share=share,
            book_time=book_time,
            duration=duration,
            raised_time=raised_time,
            start_closed_time=start_closed_time,
            end_closed_time=end_closed_time,
            end_settled_time=end_settled_time,
            raise_ror=raise_ror,
            ror=ror,
            minimum_of_ror=minimum_of_ror,
            maximum_of_ror=maximum_of_ror,
            payback_time=payback_time,
            redeem_share=redeem_share,
            payback_dec=payback_dec,
            is_redeem=is_redeem,
            order_status=order_status,
            i18n=i18n,
            redeeming_share=redeeming_share,
            next_redeem_start_time=next_redeem_start_time,
            next_redeem_end_time=next_redeem_end_time,
            hold_days=hold_days,
            estimate_year_ror=estimate_year_ror,
            last_share_price=last_share_price,
            last_share_value=last_share_value,
            last_apy=last_apy,
            last_share_price_update_time=last_share_price_update_time,
            hold_profit=hold_profit,
            hold_steth_profit=hold_steth_profit,
            hold_ror=hold_ror,
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
