from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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

from ..models.bill_type import BillType
from ..models.payment_status import PaymentStatus
from ..types import NO_FIELDS, UNSET, Unset

if TYPE_CHECKING:
    from ..models.localized_text import LocalizedText


T = TypeVar("T", bound="LoanBill")


@_attrs_define(weakref_slot=False)
class LoanBill:
    bill_time_mill: int
    """ Bill time, milliseconds since the Unix epoch. """
    allocate_amount: Decimal
    """ Order allocate amount. """
    need_pay_allocate_amount: Decimal
    """ Unpaid principal of the order. """
    interest_rate: Decimal
    """ Interest rate. """
    interest: Decimal
    """ Interest amount. """
    penalty: Decimal
    """ Penalty amount. """
    reduction_amount: Decimal
    """ Reduction amount. """
    repaid_amount: Decimal
    """ Bill repaid amount. """
    need_pay_amount: Decimal
    """ Remaining outstanding balance on the bill. """
    currency: str
    """ Currency. """
    payment_status: PaymentStatus
    """ Payment status of a loan bill: 0 pending payment, 1 paid, 2 payment in progress. The `status` filter of Loan
    Bills uses another numbering, `BillStatus` (errata PB-15). """
    order_id: str
    """ Order id. """
    bill_id: str
    """ Bill id (the `bill_id` of Bill Repay). """
    type_: BillType
    """ Loan bill type. """
    repaying: Decimal
    """ Amount in repayment. """
    distribution_of_performance_fee: Decimal
    """ Order distribution of performance fee rate. """
    distribution_fee: Decimal
    """ Distribution fee. """
    close_day: int | Unset = UNSET
    """ Undocumented; seen in the example. Order days (as in Order Detail). """
    name: list[LocalizedText] | Unset = UNSET
    """ Undocumented; seen in the example. The bill's name in several languages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""
    __matrixport_wire_names__: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    """Attributes named unlike their JSON keys (the one-pass decoder reads JSON keys as attribute names)."""

    def to_dict(self) -> dict[str, Any]:
        bill_time_mill = self.bill_time_mill

        allocate_amount = decimal_to_wire(self.allocate_amount)

        need_pay_allocate_amount = decimal_to_wire(self.need_pay_allocate_amount)

        interest_rate = decimal_to_wire(self.interest_rate)

        interest = decimal_to_wire(self.interest)

        penalty = decimal_to_wire(self.penalty)

        reduction_amount = decimal_to_wire(self.reduction_amount)

        repaid_amount = decimal_to_wire(self.repaid_amount)

        need_pay_amount = decimal_to_wire(self.need_pay_amount)

        currency = self.currency

        payment_status = PaymentStatus(self.payment_status).value

        order_id = self.order_id

        bill_id = self.bill_id

        type_ = BillType(self.type_).value

        repaying = decimal_to_wire(self.repaying)

        distribution_of_performance_fee = decimal_to_wire(self.distribution_of_performance_fee)

        distribution_fee = decimal_to_wire(self.distribution_fee)

        close_day = self.close_day

        name: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = []
            for name_item_data in self.name:
                name_item = name_item_data.to_dict()
                name.append(name_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bill_time_mill": bill_time_mill,
                "allocate_amount": allocate_amount,
                "need_pay_allocate_amount": need_pay_allocate_amount,
                "interest_rate": interest_rate,
                "interest": interest,
                "penalty": penalty,
                "reduction_amount": reduction_amount,
                "repaid_amount": repaid_amount,
                "need_pay_amount": need_pay_amount,
                "currency": currency,
                "payment_status": payment_status,
                "order_id": order_id,
                "bill_id": bill_id,
                "type": type_,
                "repaying": repaying,
                "distribution_of_performance_fee": distribution_of_performance_fee,
                "distribution_fee": distribution_fee,
            }
        )
        if close_day is not UNSET:
            field_dict["close_day"] = close_day
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.localized_text import LocalizedText  # noqa: PLC0415

        d = expect_object(src_dict)
        _broken = False
        try:
            bill_time_mill = d.pop("bill_time_mill")
            if bill_time_mill.__class__ is not int:  # inline fast path: most values are right
                bill_time_mill = expect_type(bill_time_mill, int)
        except PARSE_ERRORS as _error:
            bill_time_mill = invalid(cls, "bill_time_mill", src_dict, _error)
            _broken = True

        try:
            allocate_amount = decimal_from_wire(d.pop("allocate_amount"))

        except PARSE_ERRORS as _error:
            allocate_amount = invalid(cls, "allocate_amount", src_dict, _error)
            _broken = True

        try:
            need_pay_allocate_amount = decimal_from_wire(d.pop("need_pay_allocate_amount"))

        except PARSE_ERRORS as _error:
            need_pay_allocate_amount = invalid(cls, "need_pay_allocate_amount", src_dict, _error)
            _broken = True

        try:
            interest_rate = decimal_from_wire(d.pop("interest_rate"))

        except PARSE_ERRORS as _error:
            interest_rate = invalid(cls, "interest_rate", src_dict, _error)
            _broken = True

        try:
            interest = decimal_from_wire(d.pop("interest"))

        except PARSE_ERRORS as _error:
            interest = invalid(cls, "interest", src_dict, _error)
            _broken = True

        try:
            penalty = decimal_from_wire(d.pop("penalty"))

        except PARSE_ERRORS as _error:
            penalty = invalid(cls, "penalty", src_dict, _error)
            _broken = True

        try:
            reduction_amount = decimal_from_wire(d.pop("reduction_amount"))

        except PARSE_ERRORS as _error:
            reduction_amount = invalid(cls, "reduction_amount", src_dict, _error)
            _broken = True

        try:
            repaid_amount = decimal_from_wire(d.pop("repaid_amount"))

        except PARSE_ERRORS as _error:
            repaid_amount = invalid(cls, "repaid_amount", src_dict, _error)
            _broken = True

        try:
            need_pay_amount = decimal_from_wire(d.pop("need_pay_amount"))

        except PARSE_ERRORS as _error:
            need_pay_amount = invalid(cls, "need_pay_amount", src_dict, _error)
            _broken = True

        try:
            currency = d.pop("currency")
            if currency.__class__ is not str:  # inline fast path: most values are right
                currency = expect_type(currency, str)
        except PARSE_ERRORS as _error:
            currency = invalid(cls, "currency", src_dict, _error)
            _broken = True

        try:
            payment_status = PaymentStatus.from_wire(d.pop("payment_status"))

        except PARSE_ERRORS as _error:
            payment_status = invalid(cls, "payment_status", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            bill_id = d.pop("bill_id")
            if bill_id.__class__ is not str:  # inline fast path: most values are right
                bill_id = expect_type(bill_id, str)
        except PARSE_ERRORS as _error:
            bill_id = invalid(cls, "bill_id", src_dict, _error)
            _broken = True

        try:
            type_ = BillType.from_wire(d.pop("type"))

        except PARSE_ERRORS as _error:
            type_ = invalid(cls, "type", src_dict, _error)
            _broken = True

        try:
            repaying = decimal_from_wire(d.pop("repaying"))

        except PARSE_ERRORS as _error:
            repaying = invalid(cls, "repaying", src_dict, _error)
            _broken = True

        try:
            distribution_of_performance_fee = decimal_from_wire(d.pop("distribution_of_performance_fee"))

        except PARSE_ERRORS as _error:
            distribution_of_performance_fee = invalid(cls, "distribution_of_performance_fee", src_dict, _error)
            _broken = True

        try:
            distribution_fee = decimal_from_wire(d.pop("distribution_fee"))

        except PARSE_ERRORS as _error:
            distribution_fee = invalid(cls, "distribution_fee", src_dict, _error)
            _broken = True

        try:
            close_day = d.pop("close_day", UNSET)
            if close_day.__class__ is not int:  # inline fast path: most values are right
                close_day = expect_type(close_day, int)
        except PARSE_ERRORS as _error:
            close_day = invalid(cls, "close_day", src_dict, _error)
            _broken = True

        try:
            _name = d.pop("name", UNSET)
            name: list[LocalizedText] | Unset = UNSET
            if _name is not UNSET:
                name = []
                for name_item_data in _name:
                    name_item = LocalizedText.from_dict(name_item_data)

                    name.append(name_item)

        except PARSE_ERRORS as _error:
            name = invalid(cls, "name", src_dict, _error)
            _broken = True

        _instance = cls(
            bill_time_mill=bill_time_mill,
            allocate_amount=allocate_amount,
            need_pay_allocate_amount=need_pay_allocate_amount,
            interest_rate=interest_rate,
            interest=interest,
            penalty=penalty,
            reduction_amount=reduction_amount,
            repaid_amount=repaid_amount,
            need_pay_amount=need_pay_amount,
            currency=currency,
            payment_status=payment_status,
            order_id=order_id,
            bill_id=bill_id,
            type_=type_,
            repaying=repaying,
            distribution_of_performance_fee=distribution_of_performance_fee,
            distribution_fee=distribution_fee,
            close_day=close_day,
            name=name,
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
