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
from ..models.order_status import OrderStatus
from ..models.renew_type import RenewType
from ..models.yes_no import YesNo
from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_duration import ProductDuration
    from ..models.product_i18n import ProductI18N


T = TypeVar("T", bound="Order")


@_attrs_define(weakref_slot=False)
class Order:
    """A fixed-income order."""

    id: str
    """ Order ID. """
    batch_no: str
    """ Batch number. """
    product_id: int | str
    """ Product ID, an opaque 64-bit id sent as a string or a bare integer (errata FI-8). """
    can_redeem: CanRedeem
    """ Can the order be redeemed early: 0 no, 1 yes. """
    currency: str
    """ Investment currency. """
    book_time: int
    """ Order time, Unix timestamp in seconds. """
    amount_dec: Decimal
    """ Investment amount. """
    start_closed_time: int
    """ Close start time, Unix timestamp in seconds. """
    end_closed_time: int
    """ Close end time, Unix timestamp in seconds. """
    end_settled_time: int
    """ Closing time for settlement, Unix timestamp in seconds. """
    duration: ProductDuration
    """ A product's term: closed period, value date and settlement date. Times of day are seconds after midnight
    (12:00 is 12*3600). """
    ror: Decimal
    """ Real rate of return, e8. """
    redeem_ror: Decimal
    """ Annual interest for early redemption, e8. """
    payback_dec: Decimal
    """ Actually settled (collected) amount, information flow or capital flow. """
    redeem_principal_dec: Decimal
    """ Order capital returned. """
    is_renew: YesNo
    """ A 0/1 switch: 0 no, 1 yes. """
    is_auto_renew: YesNo
    """ A 0/1 switch: 0 no, 1 yes. """
    renew_type: RenewType
    """ Renewal the product (or the order's product) allows: 0 manual renewal only, 1 automatic renewal allowed. """
    order_status: OrderStatus
    """ Order status: 1 pre-order, 3 canceled (final), 4 holding, 5 pending, 6 settling, 7 settled (final), 15
    redeemed all (final), 16 redeeming. """
    i18n: list[ProductI18N]
    """ Multilingual product info. """
    redeeming_amount_dec: Decimal
    """ Redeeming amount (amount pending approval and processing). """
    estimate_settle_amount_dec: Decimal
    """ Estimated settlement amount (trial value based on the investment information, for reference only). """
    can_renew_product_count: int
    """ Number of products the order can renew into. """
    out_serial_number: str | Unset = UNSET
    """ The serial number the client gave to `client.fixed_income.create_order` (its `serial_number`), if it gave
    one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_e8__: ClassVar[tuple[str, ...]] = (
        "ror",
        "redeem_ror",
    )
    """Attributes read from e8 integers (the one-pass decoder reads them as Decimals, then scales them)."""

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        batch_no = self.batch_no

        product_id: int | str
        product_id = self.product_id

        can_redeem = CanRedeem(self.can_redeem).value

        currency = self.currency

        book_time = self.book_time

        amount_dec = decimal_to_wire(self.amount_dec)

        start_closed_time = self.start_closed_time

        end_closed_time = self.end_closed_time

        end_settled_time = self.end_settled_time

        duration = self.duration.to_dict()

        ror = e8_to_wire(self.ror)

        redeem_ror = e8_to_wire(self.redeem_ror)

        payback_dec = decimal_to_wire(self.payback_dec)

        redeem_principal_dec = decimal_to_wire(self.redeem_principal_dec)

        is_renew = YesNo(self.is_renew).value

        is_auto_renew = YesNo(self.is_auto_renew).value

        renew_type = RenewType(self.renew_type).value

        order_status = OrderStatus(self.order_status).value

        i18n = []
        for i18n_item_data in self.i18n:
            i18n_item = i18n_item_data.to_dict()
            i18n.append(i18n_item)

        redeeming_amount_dec = decimal_to_wire(self.redeeming_amount_dec)

        estimate_settle_amount_dec = decimal_to_wire(self.estimate_settle_amount_dec)

        can_renew_product_count = self.can_renew_product_count

        out_serial_number = self.out_serial_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "batch_no": batch_no,
                "product_id": product_id,
                "can_redeem": can_redeem,
                "currency": currency,
                "book_time": book_time,
                "amount_dec": amount_dec,
                "start_closed_time": start_closed_time,
                "end_closed_time": end_closed_time,
                "end_settled_time": end_settled_time,
                "duration": duration,
                "ror": ror,
                "redeem_ror": redeem_ror,
                "payback_dec": payback_dec,
                "redeem_principal_dec": redeem_principal_dec,
                "is_renew": is_renew,
                "is_auto_renew": is_auto_renew,
                "renew_type": renew_type,
                "order_status": order_status,
                "i18n": i18n,
                "redeeming_amount_dec": redeeming_amount_dec,
                "estimate_settle_amount_dec": estimate_settle_amount_dec,
                "can_renew_product_count": can_renew_product_count,
            }
        )
        if out_serial_number is not UNSET:
            field_dict["out_serial_number"] = out_serial_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_duration import ProductDuration  # noqa: PLC0415
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

            def _parse_product_id(data: object) -> int | str:
                return cast(int | str, data)

            product_id = _parse_product_id(d.pop("product_id"))

        except PARSE_ERRORS as _error:
            product_id = invalid(cls, "product_id", src_dict, _error)
            _broken = True

        try:
            can_redeem = CanRedeem.from_wire(d.pop("can_redeem"))

        except PARSE_ERRORS as _error:
            can_redeem = invalid(cls, "can_redeem", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            book_time = d.pop("book_time")
            if book_time.__class__ is not int:  # inline fast path: most values are right
                book_time = expect_type(book_time, int)
        except PARSE_ERRORS as _error:
            book_time = invalid(cls, "book_time", src_dict, _error)
            _broken = True

        try:
            amount_dec = decimal_from_wire(d.pop("amount_dec"))

        except PARSE_ERRORS as _error:
            amount_dec = invalid(cls, "amount_dec", src_dict, _error)
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
            duration = ProductDuration.from_dict(d.pop("duration"))

        except PARSE_ERRORS as _error:
            duration = invalid(cls, "duration", src_dict, _error)
            _broken = True

        try:
            ror = e8_from_wire(d.pop("ror"))

        except PARSE_ERRORS as _error:
            ror = invalid(cls, "ror", src_dict, _error)
            _broken = True

        try:
            redeem_ror = e8_from_wire(d.pop("redeem_ror"))

        except PARSE_ERRORS as _error:
            redeem_ror = invalid(cls, "redeem_ror", src_dict, _error)
            _broken = True

        try:
            payback_dec = decimal_from_wire(d.pop("payback_dec"))

        except PARSE_ERRORS as _error:
            payback_dec = invalid(cls, "payback_dec", src_dict, _error)
            _broken = True

        try:
            redeem_principal_dec = decimal_from_wire(d.pop("redeem_principal_dec"))

        except PARSE_ERRORS as _error:
            redeem_principal_dec = invalid(cls, "redeem_principal_dec", src_dict, _error)
            _broken = True

        try:
            is_renew = YesNo.from_wire(d.pop("is_renew"))

        except PARSE_ERRORS as _error:
            is_renew = invalid(cls, "is_renew", src_dict, _error)
            _broken = True

        try:
            is_auto_renew = YesNo.from_wire(d.pop("is_auto_renew"))

        except PARSE_ERRORS as _error:
            is_auto_renew = invalid(cls, "is_auto_renew", src_dict, _error)
            _broken = True

        try:
            renew_type = RenewType.from_wire(d.pop("renew_type"))

        except PARSE_ERRORS as _error:
            renew_type = invalid(cls, "renew_type", src_dict, _error)
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
            redeeming_amount_dec = decimal_from_wire(d.pop("redeeming_amount_dec"))

        except PARSE_ERRORS as _error:
            redeeming_amount_dec = invalid(cls, "redeeming_amount_dec", src_dict, _error)
            _broken = True

        try:
            estimate_settle_amount_dec = decimal_from_wire(d.pop("estimate_settle_amount_dec"))

        except PARSE_ERRORS as _error:
            estimate_settle_amount_dec = invalid(cls, "estimate_settle_amount_dec", src_dict, _error)
            _broken = True

        try:
            can_renew_product_count = d.pop("can_renew_product_count")
            if can_renew_product_count.__class__ is not int:  # inline fast path: most values are right
                can_renew_product_count = expect_type(can_renew_product_count, int)
        except PARSE_ERRORS as _error:
            can_renew_product_count = invalid(cls, "can_renew_product_count", src_dict, _error)
            _broken = True

        try:
            out_serial_number = d.pop("out_serial_number", UNSET)
            if out_serial_number.__class__ is not str:  # inline fast path: most values are right
                out_serial_number = expect_type(out_serial_number, str)
        except PARSE_ERRORS as _error:
            out_serial_number = invalid(cls, "out_serial_number", src_dict, _error)
            _broken = True

        _instance = cls(
            id=id,
            batch_no=batch_no,
            product_id=product_id,
            can_redeem=can_redeem,
            currency=currency,
            book_time=book_time,
            amount_dec=amount_dec,
            start_closed_time=start_closed_time,
            end_closed_time=end_closed_time,
            end_settled_time=end_settled_time,
            duration=duration,
            ror=ror,
            redeem_ror=redeem_ror,
            payback_dec=payback_dec,
            redeem_principal_dec=redeem_principal_dec,
            is_renew=is_renew,
            is_auto_renew=is_auto_renew,
            renew_type=renew_type,
            order_status=order_status,
            i18n=i18n,
            redeeming_amount_dec=redeeming_amount_dec,
            estimate_settle_amount_dec=estimate_settle_amount_dec,
            can_renew_product_count=can_renew_product_count,
            out_serial_number=out_serial_number,
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
