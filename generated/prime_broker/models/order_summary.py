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

from ..models.order_biz_type import OrderBizType
from ..models.order_status import OrderStatus
from ..types import NO_FIELDS, UNSET, Unset

T = TypeVar("T", bound="OrderSummary")


@_attrs_define(weakref_slot=False)
class OrderSummary:
    """A loan order as the Order List returns it. `allocating_amount`, `close_day` and `order_biz_type` may be absent
    (errata PB-24).

    """

    user_id: str
    """ User id. """
    order_id: str
    """ Order id. """
    allocation_currency: str
    """ Loan currency. """
    allocation_amount: Decimal
    """ Approved loan amount for the order. """
    allocated_amount: Decimal
    """ Disbursed amount. """
    margin_currency: str
    """ Actual collateral currency. """
    margin_amount: Decimal
    """ Actual collateral amount. """
    interest_rate: Decimal
    """ Interest rate. """
    value_time: int
    """ Interest start date, milliseconds since the Unix epoch. """
    due_time: int
    """ Interest accrual end date, milliseconds since the Unix epoch. """
    allocation_ratio: Decimal
    """ Leverage ratio. """
    status: OrderStatus
    """ Order status. 0 ("OK.") is documented without explanation (errata PB-12). """
    amount_repaid: Decimal
    """ Amount repaid as principal. """
    repaying: Decimal
    """ Amount repaying as principal. """
    overdue_rate: Decimal
    """ Principal penalty interest rate. """
    pre_repay_penalty_ratio: Decimal
    """ Prepayment penalty interest rate. """
    pre_order_id: str
    """ Previous renewal order id (empty when none). """
    distribution_of_performance_fee: Decimal
    """ Distribution of performance fee. """
    guaranteed_hurdle_rate_of_return: int
    """ Guaranteed hurdle rate of return (integer; value set undocumented). """
    binance_managed_sub_account: int
    """ Binance managed sub account (integer; value set undocumented). """
    frequency_of_performance_fee_payment: int
    """ Frequency of performance fee payment (integer; value set undocumented). """
    interest: Decimal
    """ Interest. """
    penalty: Decimal
    """ Penalty. """
    penalty_days: int
    """ Penalty days. """
    pre_repay_penalty: Decimal
    """ Prepayment penalty amount. """
    allocating_amount: Decimal | Unset = UNSET
    """ Disbursing amount; may be absent (errata PB-24). """
    close_day: int | Unset = UNSET
    """ Order days; may be absent (errata PB-24). """
    order_biz_type: OrderBizType | Unset = UNSET
    """ Order biz type: the business an order (or RCU) belongs to (errata PB-13). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_FIELDS)
    """Fields the spec does not describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        order_id = self.order_id

        allocation_currency = self.allocation_currency

        allocation_amount = decimal_to_wire(self.allocation_amount)

        allocated_amount = decimal_to_wire(self.allocated_amount)

        margin_currency = self.margin_currency

        margin_amount = decimal_to_wire(self.margin_amount)

        interest_rate = decimal_to_wire(self.interest_rate)

        value_time = self.value_time

        due_time = self.due_time

        allocation_ratio = decimal_to_wire(self.allocation_ratio)

        status = OrderStatus(self.status).value

        amount_repaid = decimal_to_wire(self.amount_repaid)

        repaying = decimal_to_wire(self.repaying)

        overdue_rate = decimal_to_wire(self.overdue_rate)

        pre_repay_penalty_ratio = decimal_to_wire(self.pre_repay_penalty_ratio)

        pre_order_id = self.pre_order_id

        distribution_of_performance_fee = decimal_to_wire(self.distribution_of_performance_fee)

        guaranteed_hurdle_rate_of_return = self.guaranteed_hurdle_rate_of_return

        binance_managed_sub_account = self.binance_managed_sub_account

        frequency_of_performance_fee_payment = self.frequency_of_performance_fee_payment

        interest = decimal_to_wire(self.interest)

        penalty = decimal_to_wire(self.penalty)

        penalty_days = self.penalty_days

        pre_repay_penalty = decimal_to_wire(self.pre_repay_penalty)

        allocating_amount: str | Unset = UNSET
        if not isinstance(self.allocating_amount, Unset):
            allocating_amount = decimal_to_wire(self.allocating_amount)

        close_day = self.close_day

        order_biz_type: int | Unset = UNSET
        if not isinstance(self.order_biz_type, Unset):
            order_biz_type = OrderBizType(self.order_biz_type).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "order_id": order_id,
                "allocation_currency": allocation_currency,
                "allocation_amount": allocation_amount,
                "allocated_amount": allocated_amount,
                "margin_currency": margin_currency,
                "margin_amount": margin_amount,
                "interest_rate": interest_rate,
                "value_time": value_time,
                "due_time": due_time,
                "allocation_ratio": allocation_ratio,
                "status": status,
                "amount_repaid": amount_repaid,
                "repaying": repaying,
                "overdue_rate": overdue_rate,
                "pre_repay_penalty_ratio": pre_repay_penalty_ratio,
                "pre_order_id": pre_order_id,
                "distribution_of_performance_fee": distribution_of_performance_fee,
                "guaranteed_hurdle_rate_of_return": guaranteed_hurdle_rate_of_return,
                "binance_managed_sub_account": binance_managed_sub_account,
                "frequency_of_performance_fee_payment": frequency_of_performance_fee_payment,
                "interest": interest,
                "penalty": penalty,
                "penalty_days": penalty_days,
                "pre_repay_penalty": pre_repay_penalty,
            }
        )
        if allocating_amount is not UNSET:
            field_dict["allocating_amount"] = allocating_amount
        if close_day is not UNSET:
            field_dict["close_day"] = close_day
        if order_biz_type is not UNSET:
            field_dict["order_biz_type"] = order_biz_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = expect_object(src_dict)
        _broken = False
        try:
            user_id = d.pop("user_id")
            if user_id.__class__ is not str:  # inline fast path: most values are right
                user_id = expect_type(user_id, str)
        except PARSE_ERRORS as _error:
            user_id = invalid(cls, "user_id", src_dict, _error)
            _broken = True

        try:
            order_id = d.pop("order_id")
            if order_id.__class__ is not str:  # inline fast path: most values are right
                order_id = expect_type(order_id, str)
        except PARSE_ERRORS as _error:
            order_id = invalid(cls, "order_id", src_dict, _error)
            _broken = True

        try:
            allocation_currency = d.pop("allocation_currency")
            if allocation_currency.__class__ is not str:  # inline fast path: most values are right
                allocation_currency = expect_type(allocation_currency, str)
        except PARSE_ERRORS as _error:
            allocation_currency = invalid(cls, "allocation_currency", src_dict, _error)
            _broken = True

        try:
            allocation_amount = decimal_from_wire(d.pop("allocation_amount"))

        except PARSE_ERRORS as _error:
            allocation_amount = invalid(cls, "allocation_amount", src_dict, _error)
            _broken = True

        try:
            allocated_amount = decimal_from_wire(d.pop("allocated_amount"))

        except PARSE_ERRORS as _error:
            allocated_amount = invalid(cls, "allocated_amount", src_dict, _error)
            _broken = True

        try:
            margin_currency = d.pop("margin_currency")
            if margin_currency.__class__ is not str:  # inline fast path: most values are right
                margin_currency = expect_type(margin_currency, str)
        except PARSE_ERRORS as _error:
            margin_currency = invalid(cls, "margin_currency", src_dict, _error)
            _broken = True

        try:
            margin_amount = decimal_from_wire(d.pop("margin_amount"))

        except PARSE_ERRORS as _error:
            margin_amount = invalid(cls, "margin_amount", src_dict, _error)
            _broken = True

        try:
            interest_rate = decimal_from_wire(d.pop("interest_rate"))

        except PARSE_ERRORS as _error:
            interest_rate = invalid(cls, "interest_rate", src_dict, _error)
            _broken = True

        try:
            value_time = d.pop("value_time")
            if value_time.__class__ is not int:  # inline fast path: most values are right
                value_time = expect_type(value_time, int)
        except PARSE_ERRORS as _error:
            value_time = invalid(cls, "value_time", src_dict, _error)
            _broken = True

        try:
            due_time = d.pop("due_time")
            if due_time.__class__ is not int:  # inline fast path: most values are right
                due_time = expect_type(due_time, int)
        except PARSE_ERRORS as _error:
            due_time = invalid(cls, "due_time", src_dict, _error)
            _broken = True

        try:
            allocation_ratio = decimal_from_wire(d.pop("allocation_ratio"))

        except PARSE_ERRORS as _error:
            allocation_ratio = invalid(cls, "allocation_ratio", src_dict, _error)
            _broken = True

        try:
            status = OrderStatus.from_wire(d.pop("status"))

        except PARSE_ERRORS as _error:
            status = invalid(cls, "status", src_dict, _error)
            _broken = True

        try:
            amount_repaid = decimal_from_wire(d.pop("amount_repaid"))

        except PARSE_ERRORS as _error:
            amount_repaid = invalid(cls, "amount_repaid", src_dict, _error)
            _broken = True

        try:
            repaying = decimal_from_wire(d.pop("repaying"))

        except PARSE_ERRORS as _error:
            repaying = invalid(cls, "repaying", src_dict, _error)
            _broken = True

        try:
            overdue_rate = decimal_from_wire(d.pop("overdue_rate"))

        except PARSE_ERRORS as _error:
            overdue_rate = invalid(cls, "overdue_rate", src_dict, _error)
            _broken = True

        try:
            pre_repay_penalty_ratio = decimal_from_wire(d.pop("pre_repay_penalty_ratio"))

        except PARSE_ERRORS as _error:
            pre_repay_penalty_ratio = invalid(cls, "pre_repay_penalty_ratio", src_dict, _error)
            _broken = True

        try:
            pre_order_id = d.pop("pre_order_id")
            if pre_order_id.__class__ is not str:  # inline fast path: most values are right
                pre_order_id = expect_type(pre_order_id, str)
        except PARSE_ERRORS as _error:
            pre_order_id = invalid(cls, "pre_order_id", src_dict, _error)
            _broken = True

        try:
            distribution_of_performance_fee = decimal_from_wire(d.pop("distribution_of_performance_fee"))

        except PARSE_ERRORS as _error:
            distribution_of_performance_fee = invalid(cls, "distribution_of_performance_fee", src_dict, _error)
            _broken = True

        try:
            guaranteed_hurdle_rate_of_return = d.pop("guaranteed_hurdle_rate_of_return")
            if guaranteed_hurdle_rate_of_return.__class__ is not int:  # inline fast path: most values are right
                guaranteed_hurdle_rate_of_return = expect_type(guaranteed_hurdle_rate_of_return, int)
        except PARSE_ERRORS as _error:
            guaranteed_hurdle_rate_of_return = invalid(cls, "guaranteed_hurdle_rate_of_return", src_dict, _error)
            _broken = True

        try:
            binance_managed_sub_account = d.pop("binance_managed_sub_account")
            if binance_managed_sub_account.__class__ is not int:  # inline fast path: most values are right
                binance_managed_sub_account = expect_type(binance_managed_sub_account, int)
        except PARSE_ERRORS as _error:
            binance_managed_sub_account = invalid(cls, "binance_managed_sub_account", src_dict, _error)
            _broken = True

        try:
            frequency_of_performance_fee_payment = d.pop("frequency_of_performance_fee_payment")
            if frequency_of_performance_fee_payment.__class__ is not int:  # inline fast path: most values are right
                frequency_of_performance_fee_payment = expect_type(frequency_of_performance_fee_payment, int)
        except PARSE_ERRORS as _error:
            frequency_of_performance_fee_payment = invalid(
                cls, "frequency_of_performance_fee_payment", src_dict, _error
            )
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
            penalty_days = d.pop("penalty_days")
            if penalty_days.__class__ is not int:  # inline fast path: most values are right
                penalty_days = expect_type(penalty_days, int)
        except PARSE_ERRORS as _error:
            penalty_days = invalid(cls, "penalty_days", src_dict, _error)
            _broken = True

        try:
            pre_repay_penalty = decimal_from_wire(d.pop("pre_repay_penalty"))

        except PARSE_ERRORS as _error:
            pre_repay_penalty = invalid(cls, "pre_repay_penalty", src_dict, _error)
            _broken = True

        try:
            _allocating_amount = d.pop("allocating_amount", UNSET)
            allocating_amount: Decimal | Unset
            if isinstance(_allocating_amount, Unset):
                allocating_amount = UNSET
            else:
                allocating_amount = decimal_from_wire(_allocating_amount)

        except PARSE_ERRORS as _error:
            allocating_amount = invalid(cls, "allocating_amount", src_dict, _error)
            _broken = True

        try:
            close_day = d.pop("close_day", UNSET)
            if close_day.__class__ is not int:  # inline fast path: most values are right
                close_day = expect_type(close_day, int)
        except PARSE_ERRORS as _error:
            close_day = invalid(cls, "close_day", src_dict, _error)
            _broken = True

        try:
            _order_biz_type = d.pop("order_biz_type", UNSET)
            order_biz_type: OrderBizType | Unset
            if isinstance(_order_biz_type, Unset):
                order_biz_type = UNSET
            else:
                order_biz_type = OrderBizType.from_wire(_order_biz_type)

        except PARSE_ERRORS as _error:
            order_biz_type = invalid(cls, "order_biz_type", src_dict, _error)
            _broken = True

        _instance = cls(
            user_id=user_id,
            order_id=order_id,
            allocation_currency=allocation_currency,
            allocation_amount=allocation_amount,
            allocated_amount=allocated_amount,
            margin_currency=margin_currency,
            margin_amount=margin_amount,
            interest_rate=interest_rate,
            value_time=value_time,
            due_time=due_time,
            allocation_ratio=allocation_ratio,
            status=status,
            amount_repaid=amount_repaid,
            repaying=repaying,
            overdue_rate=overdue_rate,
            pre_repay_penalty_ratio=pre_repay_penalty_ratio,
            pre_order_id=pre_order_id,
            distribution_of_performance_fee=distribution_of_performance_fee,
            guaranteed_hurdle_rate_of_return=guaranteed_hurdle_rate_of_return,
            binance_managed_sub_account=binance_managed_sub_account,
            frequency_of_performance_fee_payment=frequency_of_performance_fee_payment,
            interest=interest,
            penalty=penalty,
            penalty_days=penalty_days,
            pre_repay_penalty=pre_repay_penalty,
            allocating_amount=allocating_amount,
            close_day=close_day,
            order_biz_type=order_biz_type,
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
