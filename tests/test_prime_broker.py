"""Every Prime Broker operation against the sandbox (cassettes), asserting typed values of its flows."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from decimal import Decimal
from types import SimpleNamespace

import httpx
import matrixport._idempotency as idempotency
import pytest
from matrixport import (
    UNSET,
    Accepted,
    APIError,
    AsyncMatrixport,
    Matrixport,
    MatrixportAuth,
    RequestOptions,
    sign,
    string_to_sign,
)
from matrixport.prime_broker.api.margin_loan import add_order_margin as add_order_margin_module
from matrixport.prime_broker.api.margin_loan import set_lending_account as set_lending_account_module
from matrixport.prime_broker.api.trading_accounts import create_transfer as create_transfer_module
from matrixport.prime_broker.errors import (
    ERRORS,
    AccountIdMismatch,
    AccountNotActivated,
    AccountTypeMismatch,
    AccountVerificationFailed,
    ContractIsActive,
    CurrencyMaintenance,
    CurrencyNotSupportedByExchange,
    DailyInterestRateUnavailable,
    DecimalPlacesExceedLimit,
    DuplicateSerialNo,
    ExchangeMaintenance,
    InstantTransferNotSupportedByExchange,
    InstantTransferNotSupportedForCurrency,
    InsufficientInstantTransferLimit,
    InsufficientWithdrawableMargin,
    InterestAmountTooSmall,
    KycComplianceCheckFailed,
    LoanAmountLeverageMismatch,
    MarginOperationInProgress,
    NotEnoughMarginAmount,
    OrderIdMismatch,
    OrderStatusNotSupported,
    OutstandingBills,
    ProductInformationUpdated,
    ProductUnavailable,
    PurchaseUnavailable,
    RcuLimitExceeded,
    RenewalAmountExceedsOriginal,
    RenewalInProgressOrRenewed,
    RenewalTimeNotYetReached,
    RepeatedRequest,
    SystemMaintenance,
    TransferSerialNoInvalid,
    TransferVerificationFailed,
    UserNotActivated,
    WithdrawalAmountTooLow,
)
from matrixport.prime_broker.models import (
    AccountStatus,
    AccountType,
    BillStatus,
    BillType,
    DmaBillStatus,
    Exchange,
    ExchangeType,
    FlowDirection,
    LendingAccount,
    OpStatus,
    OpType,
    OrderBizType,
    OrderStatus,
    PaymentStatus,
    Scenario,
    TransferProcess,
)

from tests.conftest import ACCESS_KEY, SANDBOX_URL, SECRET_KEY, sent_body

pytestmark = pytest.mark.vcr

IDEMPOTENCY_KEY = re.compile(r"^[a-zA-Z0-9_-]{8,32}$")
USER = "9547"  # the sandbox's first customer: the user of the document's Python demo
WALLET, HUOBI, OKEX, BINANCE = f"{USER}.bal", f"{USER}_huobi_1", f"{USER}_okex_1", f"{USER}_binance_1"
LOAN_ID = "7109485224484110336"  # the sandbox's margin loan, on RCU 820 (the Rcu List example's)
PENDING_LOAN_ID = "7109485224484110337"  # the sandbox's loan waiting for its lending accounts
LENDING_ACCOUNT_PATH = "/credit/agency/v1/order/leading_account"


def assert_accepted(result: object, key: str, data: object) -> None:
    """A keyed write hands back the key it sent and the call's request id (a UUID when not given)."""
    assert isinstance(result, Accepted)
    assert result.idempotency_key == key
    assert uuid.UUID(result.request_id)
    assert result.data == data
    assert result.confirmation is None


def interest_bill(client: Matrixport) -> str:
    [bill] = client.prime_broker.list_loan_bills(limit=10, order_id=LOAN_ID).items
    return str(bill.bill_id)


# --- Trading Accounts ----------------------------------------------------------------------------


def test_create_transfer(watched_client: Matrixport, sent: list[httpx.Request]) -> None:
    result = watched_client.prime_broker.create_transfer(
        amount=Decimal("1"),
        currency="BTC",
        from_account=HUOBI,
        to_account=OKEX,
        serial_no="1695634589886",
    )
    assert_accepted(result, "1695634589886", None)
    assert sent_body(sent[-1]) == {
        "amount": "1", "currency": "BTC", "from_account": HUOBI, "to_account": OKEX,
        "serial_no": "1695634589886",
    }  # fmt: skip
    record = watched_client.prime_broker.get_transfer_record(serial_no=result.idempotency_key)
    assert (record.amount, record.currency, record.from_account, record.to_account) == (
        Decimal("1"), "BTC", HUOBI, OKEX,
    )  # fmt: skip
    assert record.serial_no == "1695634589886"


def test_get_transfer_record(client: Matrixport, advance: Callable[[float], None]) -> None:
    client.prime_broker.create_transfer(
        amount=Decimal("1.23"),
        currency="BTC",
        from_account=WALLET,
        to_account=BINANCE,
        serial_no="1695634589886",
    )
    record = client.prime_broker.get_transfer_record(serial_no="1695634589886")
    assert record.amount == Decimal("1.23")
    assert isinstance(record.amount, Decimal)
    assert record.currency == "BTC"
    assert record.from_account == WALLET
    assert record.to_account == BINANCE
    assert record.process is TransferProcess.PENDING
    assert record.scenario is Scenario.ALLOCATE
    assert record.serial_no == "1695634589886"
    assert record.user_id == USER
    advance(30)
    assert (
        client.prime_broker.get_transfer_record(serial_no="1695634589886").process
        is TransferProcess.PROCESSED
    )


def test_list_wallet_types(client: Matrixport) -> None:
    result = client.prime_broker.list_wallet_types(account_id=BINANCE)
    assert result.wallets is not UNSET
    assert [(w.wallet_type, w.wallet_name) for w in result.wallets] == [
        (0, "spot"),
        (1, "unified"),
        (2, "contract"),
    ]


def test_list_available_currencies(client: Matrixport) -> None:
    result = client.prime_broker.list_available_currencies(from_account=WALLET, to_account=BINANCE)
    assert result.currencies == ["BTC", "ETH", "USDT", "USDC"]


def test_list_available_chains(client: Matrixport) -> None:
    result = client.prime_broker.list_available_chains(
        from_account=WALLET, to_account=BINANCE, currency="USDT"
    )
    assert result.chains == ["ERC20", "TRC20"]


def test_get_exchange_minimum_amounts(client: Matrixport) -> None:
    result = client.prime_broker.get_exchange_minimum_amounts(exchange=Exchange.BINANCE)
    assert result.exchange is Exchange.BINANCE
    assert result.currency_info is not UNSET
    assert len(result.currency_info) == 6
    eth, usdt, usdc, busd, btc, bch = result.currency_info
    assert eth.currency == "ETH"
    assert eth.minimum_amount == Decimal("0.02")
    assert isinstance(eth.minimum_amount, Decimal)
    assert eth.digit == 5
    assert usdt.currency == "USDT"
    assert usdt.minimum_amount == Decimal("10")
    assert usdt.digit == 6
    assert usdc.minimum_amount == Decimal("10")
    assert usdc.digit == 1
    assert busd.minimum_amount == Decimal("50")
    assert busd.digit == 3
    assert btc.currency == "BTC"
    assert btc.minimum_amount == Decimal("0.001")
    assert str(btc.minimum_amount) == "0.001"
    assert btc.digit == 6
    assert bch.minimum_amount == Decimal("1")
    assert bch.digit == 5


def test_create_profit_accrual(client: Matrixport) -> None:
    accepted = client.prime_broker.create_profit_accrual(
        amount=Decimal("12.3"), currency="USDT", account_id=BINANCE, serial_no="1695634589886"
    )
    assert_accepted(accepted, "1695634589886", "1695634589886")
    serial_no = accepted.data
    record = client.prime_broker.get_transfer_record(serial_no=serial_no)
    assert (record.scenario, record.from_account, record.to_account) == (
        Scenario.TAKE_PROFIT,
        BINANCE,
        WALLET,
    )


def test_create_account(client: Matrixport, advance: Callable[[float], None]) -> None:
    accepted = client.prime_broker.create_account(
        exchange=Exchange.BINANCE, custody_id="7053683719172829184", request_id="1695634589886"
    )
    assert_accepted(accepted, "1695634589886", f"{USER}_binance_2")
    account_id = accepted.data
    [account] = client.prime_broker.list_accounts(limit=10, account_id=account_id).items
    assert account.status is AccountStatus.ACCOUNT_OPENING
    assert account.custody_id == "7053683719172829184"
    advance(60)
    [account] = client.prime_broker.list_accounts(limit=10, account_id=account_id).items
    assert account.status is AccountStatus.ACCOUNT_OPENED


def test_get_account_balance(client: Matrixport) -> None:
    balances = client.prime_broker.get_account_balance(account_id=BINANCE)
    assert isinstance(balances, list)
    assert [(b.currency, b.amount) for b in balances] == [
        ("BTC", Decimal("5")),
        ("ETH", Decimal("50")),
        ("USDC", Decimal("100000")),
        ("USDT", Decimal("100000")),
    ]
    assert all(isinstance(b.amount, Decimal) for b in balances)


def test_list_account_flows(client: Matrixport, advance: Callable[[float], None]) -> None:
    client.prime_broker.create_transfer(
        amount=Decimal("0.5"), currency="BTC", from_account=HUOBI, to_account=OKEX, serial_no="1694188800000"
    )
    advance(30)
    page = client.prime_broker.list_account_flows(
        limit=10,
        offset=0,
        account_id=HUOBI,
        account_type=AccountType.EXCHANGE_SUB,
        currency="BTC",
        exchange=Exchange.HUOBI,
        scenario=Scenario.ALLOCATE,
        serial_no="1694188800000_1",
        transfer_serial_no="1694188800000",
    )
    assert page.count == 1
    assert page.items is not UNSET
    [out] = page.items
    assert out.user_id == USER
    assert out.exchange == "huobi"
    assert out.account_type is AccountType.EXCHANGE_SUB
    assert out.direction is FlowDirection.OUT
    assert out.amount == Decimal("0.5")
    assert isinstance(out.amount, Decimal)
    assert out.instant_transfer_fee == Decimal("0")
    [arrived] = client.prime_broker.list_account_flows(
        limit=10, account_id=OKEX, transfer_serial_no="1694188800000"
    ).items
    assert (arrived.serial_no, arrived.direction) == ("1694188800000_2", FlowDirection.IN)
    # The documented flows each customer starts with, its own user id in place of the example's.
    page = client.prime_broker.list_account_flows(limit=10, scenario=Scenario.BAL_REPAY_INTEREST)
    first, second = page.items
    assert first.serial_no == "cell_ao_repaid_7112336969107267584"
    assert first.user_id == USER
    assert first.exchange == "matrixport"
    assert first.account_id == WALLET
    assert first.account_type is AccountType.MATRIX_USER_BAL
    assert first.direction is FlowDirection.OUT
    assert first.currency == "USDT"
    assert first.amount == Decimal("1.933767")
    assert isinstance(first.instant_transfer_fee, Decimal)
    assert first.created_at == 1695713279182
    assert second.serial_no == "7112336969107267584-0"
    assert second.direction is FlowDirection.IN
    assert second.created_at == 1695713274489


def test_list_account_transfer_records(client: Matrixport) -> None:
    client.prime_broker.create_transfer(  # from the spot wallet to the unified wallet of the same account
        amount=Decimal("2"),
        currency="BTC",
        from_account=BINANCE,
        to_account=BINANCE,
        from_wallet_type=0,
        to_wallet_type=1,
        serial_no="1694188800000",
    )
    page = client.prime_broker.list_account_transfer_records(
        limit=10,
        offset=0,
        currency="BTC",
        from_account_id=BINANCE,
        from_exchange=Exchange.BINANCE,
        to_account_id=BINANCE,
        to_exchange=Exchange.BINANCE,
        process=TransferProcess.PENDING,
        scenario=Scenario.ALLOCATE,
        serial_no="1694188800000",
    )
    assert page.count == 1
    [mine] = page.items
    assert (mine.amount, mine.transfer_fee, mine.instant_transfer_fee) == (
        Decimal("2"),
        Decimal("0"),
        Decimal("0"),
    )
    page = client.prime_broker.list_account_transfer_records(limit=10, offset=1)
    assert page.count == 6  # the five documented records and this one
    assert page.items is not UNSET
    assert len(page.items) == 5
    interest, extra_fee, cross, processing, clear = page.items
    assert interest.user_id == USER
    assert interest.serial_no == "7112336969107267584"
    assert interest.from_account == WALLET
    assert interest.to_account == WALLET
    assert interest.currency == "USDT"
    assert interest.amount == Decimal("1.933767")
    assert isinstance(interest.amount, Decimal)
    assert interest.process is TransferProcess.PROCESSED
    assert interest.scenario is Scenario.BAL_REPAY_INTEREST
    assert interest.created_at == 1695801849000
    assert interest.instant_transfer_fee == Decimal("0")
    assert interest.transfer_fee == Decimal("0")
    assert extra_fee.to_account == "capital_Matrixport"
    assert extra_fee.amount == Decimal("22")
    assert extra_fee.scenario is Scenario.BAL_REPAY_ORDER_EXTRA
    assert cross.serial_no == "71352102757831147522"
    assert cross.from_account == f"{USER}_binance_8"
    assert cross.to_account == f"{USER}_deribit_523712"
    assert cross.amount == Decimal("8")
    assert cross.scenario is Scenario.ALLOCATE
    assert cross.created_at == 1701166695988
    assert cross.transfer_fee == Decimal("0.0023")
    assert isinstance(cross.transfer_fee, Decimal)
    assert processing.from_account == f"{USER}_bit.com_132800"
    assert processing.amount == Decimal("11")
    assert processing.process is TransferProcess.PROCESSING
    assert clear.serial_no == "7112013725087064064USDT"
    assert clear.to_account == "master_binance"
    assert clear.amount == Decimal("100")
    assert clear.scenario is Scenario.EX_SUB_CLEAR


def test_list_accounts(client: Matrixport) -> None:
    page = client.prime_broker.list_accounts(
        limit=10,
        offset=0,
        account_id=BINANCE,
        account_type=AccountType.EXCHANGE_SUB,
        exchange=Exchange.BINANCE,
        exchange_type=ExchangeType.CEX,
        rcu_id=820,
        status=AccountStatus.ACCOUNT_OPENED,
    )
    assert page.count == 1
    assert page.items is not UNSET
    [account] = page.items
    assert account.account_id == BINANCE
    assert account.user_id == USER
    assert account.type_ is AccountType.EXCHANGE_SUB
    assert account.exchange == "Binance"
    assert account.ex_account_id == "sandbox_binance_1"
    assert account.name == "sandbox_binance_1"
    assert account.status is AccountStatus.ACCOUNT_OPENED
    assert account.ex_value is Exchange.BINANCE
    assert account.custody_id == ""
    assert account.custody_key == ""
    assert account.rcu_id == 820
    everything = client.prime_broker.list_accounts(limit=10)
    assert [a.account_id for a in everything.items] == [HUOBI, OKEX, BINANCE]
    assert [a.rcu_id for a in everything.items] == [0, 0, 820]


def test_list_dma_bills(client: Matrixport) -> None:
    page = client.prime_broker.list_dma_bills(
        limit=10,
        offset=0,
        bill_start_time_start=1690848000000,
        bill_start_time_end=1694188800000,
        status=DmaBillStatus.PENDING_PAYMENT,
    )
    assert page.count == 2
    assert page.items is not UNSET
    btc, eth = page.items
    assert btc.user_id == USER
    assert btc.amount == Decimal("1")
    assert isinstance(btc.amount, Decimal)
    assert btc.reduction_amount == Decimal("0")
    assert isinstance(btc.reduction_amount, Decimal)
    assert btc.currency == "BTC"
    assert btc.serial_no == "7104432572440215554DMA"
    assert btc.status is DmaBillStatus.PENDING_PAYMENT
    assert btc.start_time == 1693526400000
    assert btc.end_time == 1696118400000
    for volume in (
        btc.spot_trading_volume_maker,
        btc.spot_trading_volume_taker,
        btc.derivatives_trading_volume_maker,
        btc.derivatives_trading_volume_taker,
        btc.option_trading_volume_maker,
        btc.option_trading_volume_taker,
    ):
        assert volume == Decimal("0")
        assert isinstance(volume, Decimal)
    assert btc.fee_rate == Decimal("0")
    assert isinstance(btc.fee_rate, Decimal)
    assert eth.amount == Decimal("20")
    assert eth.currency == "ETH"
    assert eth.serial_no == "7100678207011196928DMA"
    assert eth.status is DmaBillStatus.PENDING_PAYMENT
    assert eth.start_time == 1690848000000
    assert eth.end_time == 1693526400000
    assert client.prime_broker.list_dma_bills(limit=10, currency="ETH").count == 1


def test_repay_dma_bill(client: Matrixport, advance: Callable[[float], None]) -> None:
    result = client.prime_broker.repay_dma_bill(
        request_id="1695634589886", account_id=WALLET, serial_no="7104432572440215554DMA"
    )
    assert_accepted(result, "1695634589886", None)
    [bill] = client.prime_broker.list_dma_bills(limit=10, serial_no="7104432572440215554DMA").items
    assert bill.status is DmaBillStatus.REPAYING
    advance(30)
    [bill] = client.prime_broker.list_dma_bills(limit=10, serial_no="7104432572440215554DMA").items
    assert bill.status is DmaBillStatus.REPAID


def test_list_exchange_custody(client: Matrixport) -> None:
    exchanges = client.prime_broker.list_exchange_custody()
    assert isinstance(exchanges, list)
    huobi, binance, okx, coinbase = exchanges
    assert huobi.ex_name == "Huobi"
    assert huobi.ex_value is Exchange.HUOBI
    assert huobi.custody is None
    assert binance.ex_name == "Binance"
    assert binance.ex_value is Exchange.BINANCE
    assert binance.custody is not None
    assert [(c.custody_id, c.name) for c in binance.custody] == [
        ("7053668623214227456", "Copper"),
        ("7053683719172829184", "FTX Custody"),
        ("7064499428551372800", "BinanceCeffu"),
    ]
    assert okx.ex_name == "OKX"
    assert okx.ex_value is Exchange.OKEX
    assert okx.custody is not None
    assert [(c.custody_id, c.name) for c in okx.custody] == [("7053668623214227456", "Copper")]
    assert coinbase.ex_value is Exchange.COINBASE
    assert coinbase.custody is not None
    assert [c.name for c in coinbase.custody] == ["Copper"]


def test_list_exchange_trading_fee_rates(client: Matrixport) -> None:
    page = client.prime_broker.list_exchange_trading_fee_rates(limit=10, offset=0, exchange=Exchange.BINANCE)
    assert page.count == 1
    assert page.items is not UNSET
    [binance] = page.items
    assert binance.ex_name == "Binance"
    assert binance.ex_value is Exchange.BINANCE
    assert binance.trading_fees is not UNSET
    usdt, usdc, busd, coin = binance.trading_fees
    assert usdt.vip == "VIP5"
    assert usdt.base_coin == "USDT"
    assert usdt.updated_time == 0
    assert usdt.spot_maker == Decimal("0")
    assert usdt.spot_taker == Decimal("0.00048")
    assert usdt.prep_maker == Decimal("-0.00001")
    assert usdt.prep_taker == Decimal("0.00027")
    assert usdt.futures_maker == Decimal("-0.00001")
    assert usdt.futures_taker == Decimal("0.00027")
    assert usdt.option_maker == Decimal("0.00004")
    assert usdt.option_taker == Decimal("0.00018")
    for rate in (
        usdt.spot_maker,
        usdt.spot_taker,
        usdt.prep_maker,
        usdt.prep_taker,
        usdt.futures_maker,
        usdt.futures_taker,
        usdt.option_maker,
        usdt.option_taker,
    ):
        assert isinstance(rate, Decimal)
    assert str(usdt.prep_maker) == "-0.00001"
    # The example sends "" for option fees an exchange does not have for the base coin: None, not Decimal.
    assert usdc.base_coin == "USDC"
    assert usdc.prep_maker == Decimal("-0.00001")
    assert usdc.option_maker is None
    assert usdc.option_taker is None
    assert busd.base_coin == "BUSD"
    assert busd.prep_maker == Decimal("-0.00014")
    assert busd.prep_taker == Decimal("0.00023")
    assert busd.futures_maker == Decimal("-0.00014")
    assert busd.futures_taker == Decimal("0.00023")
    assert busd.option_maker is None
    assert busd.option_taker is None
    assert coin.base_coin == "COIN"
    assert coin.prep_maker == Decimal("-0.00005")
    assert coin.prep_taker == Decimal("0.00024")
    assert coin.option_maker is None
    assert coin.option_taker is None


def test_list_rcu_accounts(client: Matrixport) -> None:
    accounts = client.prime_broker.list_rcu_accounts(rcu_id=820)
    assert isinstance(accounts, list)
    [account] = accounts
    assert account.account_id == BINANCE
    assert account.user_id == USER
    assert account.type_ is AccountType.EXCHANGE_SUB
    assert account.exchange == "Binance"
    assert account.ex_account_id == "sandbox_binance_1"
    assert account.ex_value is Exchange.BINANCE
    assert account.custody_id == ""
    assert account.rcu_id == 820


# --- Margin Loan ---------------------------------------------------------------------------------


def test_list_loan_bills(client: Matrixport) -> None:
    page = client.prime_broker.list_loan_bills(
        limit=10,
        offset=0,
        order_biz_type=OrderBizType.MARGIN_LOAN,
        status=BillStatus.PENDING_PAYMENT,
        type_=BillType.INTEREST,
    )
    assert page.count == 1
    [interest] = page.items
    assert interest.order_id == LOAN_ID
    assert interest.allocate_amount == Decimal("30000")
    assert interest.interest_rate == Decimal("0.08")
    assert interest.interest == Decimal("197.26027397")  # 30000 x 8 % x 30 / 365, cut to 8 places
    assert interest.need_pay_amount == interest.interest
    assert interest.payment_status is PaymentStatus.PENDING_PAYMENT
    page = client.prime_broker.list_loan_bills(limit=10, offset=0, type_=BillType.ORDER_EXTRA_FEE)
    assert page.count == 2
    assert page.items is not UNSET
    first, second = page.items  # the documented bills
    assert first.bill_time_mill == 1693958400000
    assert first.allocate_amount == Decimal("1234")
    assert isinstance(first.allocate_amount, Decimal)
    assert first.need_pay_allocate_amount == Decimal("0")
    assert first.close_day == 30
    assert first.interest_rate == Decimal("0.35")
    assert isinstance(first.interest_rate, Decimal)
    assert first.interest == Decimal("0")
    assert first.penalty == Decimal("0")
    assert first.reduction_amount == Decimal("0")
    assert first.repaid_amount == Decimal("100")
    assert isinstance(first.repaid_amount, Decimal)
    assert first.need_pay_amount == Decimal("0")
    assert first.currency == "USDT"
    assert first.payment_status is PaymentStatus.PAID
    assert first.order_id == "7086513693608996864"
    assert first.bill_id == "7105127171873775616"
    assert first.type_ is BillType.ORDER_EXTRA_FEE
    assert first.name is not UNSET
    assert [(n.language, n.text) for n in first.name] == [
        ("zh-CN", "to cell"),
        ("zh-TW", "to cell"),
        ("en", "to cell"),
    ]
    assert first.repaying == Decimal("0")
    assert first.distribution_of_performance_fee == Decimal("0")
    assert isinstance(first.distribution_of_performance_fee, Decimal)
    assert first.distribution_fee == Decimal("0")
    assert second.repaid_amount == Decimal("500")
    assert second.bill_id == "7105127937665605632"
    assert second.name is not UNSET
    assert [n.text for n in second.name] == ["22", "22", "22"]


def test_repay_loan_bill(client: Matrixport, advance: Callable[[float], None]) -> None:
    bill_id = interest_bill(client)
    result = client.prime_broker.repay_loan_bill(
        bill_id=bill_id, account_id=BINANCE, request_id="1695634589886"
    )
    assert_accepted(result, "1695634589886", None)
    [bill] = client.prime_broker.list_loan_bills(limit=10, bill_id=bill_id).items
    assert bill.payment_status is PaymentStatus.PAYMENT_IN_PROGRESS
    advance(30)
    [bill] = client.prime_broker.list_loan_bills(limit=10, bill_id=bill_id).items
    assert (bill.payment_status, bill.need_pay_amount) == (PaymentStatus.PAID, Decimal("0"))


def test_get_order_detail(client: Matrixport) -> None:
    order = client.prime_broker.get_order_detail(order_id="7102591850338496512")  # the documented order
    assert order.created_at == 1693389856901
    assert order.user_id == USER
    assert order.order_id == "7102591850338496512"
    assert order.allocation_currency == "USDT"
    assert order.allocation_amount == Decimal("212")
    assert isinstance(order.allocation_amount, Decimal)
    assert order.allocated_amount == Decimal("0")
    assert order.allocating_amount == Decimal("0")
    assert isinstance(order.allocating_amount, Decimal)
    assert order.equity_currency == "USDT"
    assert order.equity_amount == Decimal("42.4")
    assert order.margin_currency == "USDT"
    assert order.margin_amount == Decimal("42.4")
    assert isinstance(order.margin_amount, Decimal)
    assert order.interest_rate == Decimal("0.032")
    assert isinstance(order.interest_rate, Decimal)
    assert order.close_day == 30
    assert order.value_time == 1693353600000
    assert order.due_time == 1695945600000
    assert order.allocation_ratio == Decimal("5")
    assert isinstance(order.allocation_ratio, Decimal)
    assert order.status is OrderStatus.CANCELED
    assert order.order_biz_type is OrderBizType.FUND_ACCELERATOR
    assert order.amount_repaid == Decimal("0")
    assert order.repaying == Decimal("0")
    assert order.overdue_rate == Decimal("0")
    assert order.pre_repay_penalty_ratio == Decimal("0")
    assert isinstance(order.pre_repay_penalty_ratio, Decimal)
    assert order.pre_order_id == ""
    assert order.distribution_of_performance_fee == Decimal("0.043")
    assert isinstance(order.distribution_of_performance_fee, Decimal)
    assert order.guaranteed_hurdle_rate_of_return == 1
    assert order.binance_managed_sub_account == 1
    assert order.frequency_of_performance_fee_payment == 1
    assert order.interest == Decimal("0")
    assert order.penalty == Decimal("0")
    assert order.penalty_days == 0
    assert order.pre_repay_penalty == Decimal("0")
    assert isinstance(order.pre_repay_penalty, Decimal)
    loan = client.prime_broker.get_order_detail(order_id=LOAN_ID)  # the sandbox's margin loan
    assert (loan.status, loan.allocated_amount, loan.margin_amount) == (
        OrderStatus.PENDING_REPAYMENT,
        Decimal("30000"),
        Decimal("10000"),
    )


def test_set_lending_account(client: Matrixport, advance: Callable[[float], None]) -> None:
    result = client.prime_broker.set_lending_account(
        order_id=PENDING_LOAN_ID,
        lending_accounts=[LendingAccount(account_id=BINANCE, amount=Decimal("10000"))],
    )
    assert result is None
    assert (
        client.prime_broker.get_order_detail(order_id=PENDING_LOAN_ID).status is OrderStatus.LOAN_IN_PROGRESS
    )
    advance(30)
    order = client.prime_broker.get_order_detail(order_id=PENDING_LOAN_ID)
    assert (order.status, order.allocated_amount) == (OrderStatus.PENDING_REPAYMENT, Decimal("10000"))


def test_set_lending_account_signs_the_nested_list_as_sent(
    watched_client: Matrixport, sent: list[httpx.Request]
) -> None:
    result = watched_client.prime_broker.set_lending_account(
        order_id=PENDING_LOAN_ID,
        lending_accounts=[
            LendingAccount(account_id=BINANCE, amount=Decimal("9999.99999999")),
            LendingAccount(account_id=BINANCE, amount=Decimal("0.00000001")),
        ],
    )
    assert result is None
    request = sent[-1]
    assert request.url.path == LENDING_ACCOUNT_PATH
    body = json.loads(request.content)
    assert isinstance(body, dict)
    assert body["lending_accounts"] == [
        {"account_id": BINANCE, "amount": "9999.99999999"},
        {"account_id": BINANCE, "amount": "0.00000001"},
    ]
    signed_text = string_to_sign(request.url.path, body.items())
    assert signed_text == (
        f"{LENDING_ACCOUNT_PATH}"
        f"&lending_accounts=[account_id={BINANCE}&amount=9999.99999999&account_id={BINANCE}&amount=0.00000001]"
        f"&order_id={PENDING_LOAN_ID}&timestamp={body['timestamp']}"
    )
    # That text is what the signature sent with the request covers.
    assert body["signature"] == sign(SECRET_KEY, request.url.path, body.items())
    assert request.headers["X-MatrixPort-Access-Signature"] == body["signature"]


def test_set_lending_account_string_to_sign_with_a_fixed_clock() -> None:
    parts = set_lending_account_module.build_request(
        order_id="7094504820274515968",
        lending_accounts=[
            LendingAccount(account_id="888_binance_1", amount=Decimal("100.1")),
            LendingAccount(account_id="888_binance_2", amount=Decimal("2")),
        ],
    )
    auth = MatrixportAuth(ACCESS_KEY, SECRET_KEY, clock=lambda: 1700000000000)
    signed = auth.sign_request(
        httpx.Request("POST", f"{SANDBOX_URL}{parts.path}", content=json.dumps(parts.json).encode())
    )
    body = json.loads(signed.content)
    assert isinstance(body, dict)
    expected = (
        "/credit/agency/v1/order/leading_account"
        "&lending_accounts=[account_id=888_binance_1&amount=100.1&account_id=888_binance_2&amount=2]"
        "&order_id=7094504820274515968&timestamp=1700000000000"
    )
    assert string_to_sign(signed.url.path, body.items()) == expected
    assert body["timestamp"] == 1700000000000
    assert body["signature"] == sign(SECRET_KEY, signed.url.path, body.items())


def test_add_order_margin(client: Matrixport, advance: Callable[[float], None]) -> None:
    result = client.prime_broker.add_order_margin(
        account_id=BINANCE,
        amount=Decimal("10"),
        order_id=LOAN_ID,
        request_id="1695634589886",
    )
    assert_accepted(result, "1695634589886", None)
    advance(30)
    assert client.prime_broker.get_order_detail(order_id=LOAN_ID).margin_amount == Decimal("10010")


def test_list_margin_records(client: Matrixport) -> None:
    client.prime_broker.add_order_margin(
        account_id=BINANCE, amount=Decimal("10"), order_id=LOAN_ID, request_id="1695634589886"
    )
    page = client.prime_broker.list_margin_records(limit=10, offset=0, order_id=LOAN_ID, currency="USDT")
    assert page.count == 1
    [mine] = page.items
    assert (mine.amount, mine.status, mine.user_id) == (Decimal("10"), OpStatus.PROCESSING, USER)
    page = client.prime_broker.list_margin_records(limit=10, offset=1)
    assert page.count == 4
    assert page.items is not UNSET
    first, second, third = page.items  # the documented records
    assert first.serial_no == "7102592020061007872"
    assert first.user_id == USER
    assert first.order_id == "7102591850338496512"
    assert first.currency == "USDT"
    assert first.amount == Decimal("42.4")
    assert isinstance(first.amount, Decimal)
    assert first.status is OpStatus.PROCESSED
    assert second.order_id == "7102591293565612032"
    assert second.amount == Decimal("24.4")
    assert second.status is OpStatus.PROCESSING
    assert third.currency == "USDC"
    assert third.amount == Decimal("411.3")
    assert third.status is OpStatus.PROCESSED


def test_list_order_operations(client: Matrixport) -> None:
    client.prime_broker.add_order_margin(
        account_id=BINANCE, amount=Decimal("10"), order_id=LOAN_ID, request_id="1695634589886"
    )
    [margin] = client.prime_broker.list_order_operations(limit=10, order_id=LOAN_ID, currency="USDT").items
    assert (margin.request_id, margin.op_type, margin.status) == (
        "1695634589886",
        OpType.TRANSFER_MARGIN,
        OpStatus.PROCESSING,
    )
    page = client.prime_broker.list_order_operations(limit=10, offset=1)
    assert page.count == 4
    assert page.items is not UNSET
    interest, extra_fee, undocumented = page.items  # the documented operations
    assert interest.created_at == 1695713274324
    assert interest.serial_no == "7112336969107267584"
    assert interest.user_id == USER
    assert interest.request_id == "7112336969086296064"
    assert interest.order_id == "7081471674939437056S202308"
    assert interest.op_type is OpType.INTEREST_REPAY
    assert interest.currency == "USDT"
    assert interest.amount == Decimal("1.9337672209670088")
    assert str(interest.amount) == "1.9337672209670088"
    assert isinstance(interest.amount, Decimal)
    assert interest.status is OpStatus.PROCESSED
    assert extra_fee.created_at == 1695713250731
    assert extra_fee.request_id == "7112336870213967872"
    assert extra_fee.order_id == "7104400032983646208"
    assert extra_fee.op_type is OpType.REPAY_ORDER_EXTRA_FEE
    assert extra_fee.amount == Decimal("22")
    assert extra_fee.status is OpStatus.PROCESSED
    # op_type 22 is not in the Op Type table (errata PB-17): kept as an unknown member.
    assert undocumented.op_type == 22
    assert undocumented.op_type.name == "UNKNOWN_22"
    assert undocumented.order_id == f"{USER}_binance_865408"  # the example's user id is the customer's
    assert undocumented.currency == ""
    assert undocumented.amount == Decimal("0")


def test_list_orders(client: Matrixport) -> None:
    page = client.prime_broker.list_orders(
        limit=10,
        offset=0,
        order_biz_type=OrderBizType.MARGIN_LOAN,
        order_id=LOAN_ID,
        rcu_id=820,
        status=OrderStatus.PENDING_REPAYMENT,
    )
    assert page.count == 1
    [loan] = page.items
    assert (loan.order_id, loan.allocation_amount, loan.close_day) == (LOAN_ID, Decimal("30000"), 30)
    page = client.prime_broker.list_orders(limit=10, offset=0, status=OrderStatus.CANCELED)
    assert page.count == 2
    assert page.items is not UNSET
    first, second = page.items  # the documented orders
    assert first.user_id == USER
    assert first.order_id == "7102593191773384704"
    assert first.allocation_currency == "USDT"
    assert first.allocation_amount == Decimal("1122")
    assert isinstance(first.allocation_amount, Decimal)
    assert first.allocated_amount == Decimal("0")
    assert first.margin_currency == "USDT"
    assert first.margin_amount == Decimal("0")
    assert first.interest_rate == Decimal("0.032")
    assert isinstance(first.interest_rate, Decimal)
    assert first.value_time == 1693353600000
    assert first.due_time == 1695945600000
    assert first.allocation_ratio == Decimal("5")
    assert isinstance(first.allocation_ratio, Decimal)
    assert first.status is OrderStatus.CANCELED
    assert first.amount_repaid == Decimal("0")
    assert first.repaying == Decimal("0")
    assert first.overdue_rate == Decimal("0")
    assert first.pre_repay_penalty_ratio == Decimal("0")
    assert first.pre_order_id == ""
    assert first.distribution_of_performance_fee == Decimal("0.043")
    assert first.guaranteed_hurdle_rate_of_return == 1
    assert first.binance_managed_sub_account == 1
    assert first.frequency_of_performance_fee_payment == 1
    assert first.interest == Decimal("0")
    assert first.penalty == Decimal("0")
    assert first.penalty_days == 0
    assert first.pre_repay_penalty == Decimal("0")
    assert first.order_biz_type is OrderBizType.FUND_ACCELERATOR
    assert second.order_id == "7102591850338496512"
    assert second.allocation_amount == Decimal("212")
    assert second.margin_amount == Decimal("42.4")
    assert isinstance(second.margin_amount, Decimal)
    assert second.status is OrderStatus.CANCELED


def test_renew_order(client: Matrixport, advance: Callable[[float], None]) -> None:
    due = client.prime_broker.get_order_detail(order_id=LOAN_ID).due_time
    result = client.prime_broker.renew_order(
        allocation_amount=Decimal("1000"),
        order_id=LOAN_ID,
        request_id="1695634589886",
        time_milli=due + 30 * 86_400_000,
    )
    assert_accepted(result, "1695634589886", None)
    assert (
        client.prime_broker.get_order_detail(order_id=LOAN_ID).status
        is OrderStatus.RENEWAL_APPLICATION_IN_PROGRESS
    )
    advance(30)
    assert client.prime_broker.get_order_detail(order_id=LOAN_ID).status is OrderStatus.RENEWED
    [renewal] = [o for o in client.prime_broker.list_orders(limit=10).items if o.pre_order_id == LOAN_ID]
    assert (renewal.allocation_amount, renewal.value_time, renewal.due_time) == (
        Decimal("1000"),
        due,
        due + 30 * 86_400_000,
    )


def test_repay_order(client: Matrixport, advance: Callable[[float], None]) -> None:
    with pytest.raises(OutstandingBills):  # the loan's interest bill first
        client.prime_broker.repay_order(
            account_id=BINANCE, amount=Decimal("1000"), order_id=LOAN_ID, request_id="1695634589880"
        )
    client.prime_broker.repay_loan_bill(
        bill_id=interest_bill(client), account_id=BINANCE, request_id="1695634589881"
    )
    advance(30)
    result = client.prime_broker.repay_order(
        account_id=BINANCE,
        amount=Decimal("1000"),
        order_id=LOAN_ID,
        request_id="1695634589886",
    )
    assert_accepted(result, "1695634589886", None)
    assert client.prime_broker.get_order_detail(order_id=LOAN_ID).repaying == Decimal("1000")
    advance(30)
    order = client.prime_broker.get_order_detail(order_id=LOAN_ID)
    assert (order.repaying, order.amount_repaid) == (Decimal("0"), Decimal("1000"))


# --- Risk Control --------------------------------------------------------------------------------


def test_list_rcus(client: Matrixport) -> None:
    page = client.prime_broker.list_rcus(limit=10, offset=0, order_biz_type=OrderBizType.MARGIN_LOAN)
    assert page.count == 1
    [enabled] = page.items
    assert enabled.rcu_id == 820
    assert enabled.rcu_name == "ML-USDT-62044672"
    # The RCU's sub-account (5 BTC, 50 ETH, 100000 USDT, 100000 USDC) at the sandbox's prices, and its loan.
    assert enabled.total_value == Decimal("650000")
    assert isinstance(enabled.total_value, Decimal)
    assert enabled.loan_size == Decimal("30000")
    assert enabled.skitg == Decimal("620000")
    assert enabled.initial_margin_ratio == Decimal("0.3333")
    assert isinstance(enabled.initial_margin_ratio, Decimal)
    assert enabled.order_id == LOAN_ID
    assert enabled.is_enable is True
    disabled, _ = client.prime_broker.list_rcus(limit=10).items
    assert disabled.rcu_id == 749
    assert disabled.rcu_name == "FA-USDT-38496512"
    assert disabled.total_value == Decimal("0")
    assert disabled.loan_size == Decimal("0")
    assert disabled.initial_margin_ratio == Decimal("0.2")
    assert disabled.order_id == "7102591850338496512"
    assert disabled.is_enable is False


def test_get_rcu_detail(client: Matrixport) -> None:
    rcu = client.prime_broker.get_rcu_detail(rcu_id=820)
    assert rcu.rcu_id == 820
    assert rcu.timestamp_in_us > 1_600_000_000_000_000
    assert rcu.rcu_name == "ML-USDT-62044672"
    assert rcu.total_asset == Decimal("650000")
    assert isinstance(rcu.total_asset, Decimal)
    assert rcu.total_skitg == Decimal("620000")
    assert rcu.total_loan == Decimal("30000")
    assert rcu.total_fund == Decimal("650000")
    assert isinstance(rcu.total_fund, Decimal)
    assert rcu.glr == Decimal("0")
    assert isinstance(rcu.glr, Decimal)
    assert rcu.nlr == Decimal("0")
    assert rcu.nav == Decimal("0.9538461538461538")  # (650000 - 30000) / 650000
    assert isinstance(rcu.nav, Decimal)
    assert rcu.risk_ratio == Decimal("21.6666666666666667")  # 650000 / 30000
    assert isinstance(rcu.risk_ratio, Decimal)
    assert rcu.user_id == USER


# --- idempotency keys ----------------------------------------------------------------------------


def _must_not_generate() -> str:
    raise AssertionError("an idempotency key was generated although the caller gave one")


@pytest.fixture
def fixed_uuid4(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Runs the real key generator on a fixed uuid4, so the request is the same on every replay."""
    drawn: list[str] = []

    def uuid4() -> uuid.UUID:
        value = uuid.UUID("0f1e2d3c-4b5a-4697-8877-665544332211")
        drawn.append(value.hex)
        return value

    monkeypatch.setattr(idempotency, "uuid", SimpleNamespace(uuid4=uuid4))
    return drawn


def test_create_transfer_sends_the_callers_serial_no(
    watched_client: Matrixport, sent: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(create_transfer_module, "new_idempotency_key", _must_not_generate)
    watched_client.prime_broker.create_transfer(
        amount=Decimal("1"),
        currency="BTC",
        from_account="9547_huobi_1",
        to_account="9547_okex_1",
        serial_no="1695634589886",
    )
    body = json.loads(sent[-1].content)
    assert body["serial_no"] == "1695634589886"
    assert body["amount"] == "1"


def test_create_transfer_generates_a_serial_no(
    watched_client: Matrixport, sent: list[httpx.Request], fixed_uuid4: list[str]
) -> None:
    watched_client.prime_broker.create_transfer(
        amount=Decimal("1"), currency="BTC", from_account="9547_huobi_1", to_account="9547_okex_1"
    )
    body = json.loads(sent[-1].content)
    assert IDEMPOTENCY_KEY.match(body["serial_no"])
    assert fixed_uuid4 == [body["serial_no"]]


def test_add_order_margin_sends_the_callers_request_id(
    watched_client: Matrixport, sent: list[httpx.Request], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(add_order_margin_module, "new_idempotency_key", _must_not_generate)
    watched_client.prime_broker.add_order_margin(
        account_id=BINANCE,
        amount=Decimal("10"),
        order_id=LOAN_ID,
        request_id="1695634589886",
    )
    body = json.loads(sent[-1].content)
    assert body["request_id"] == "1695634589886"
    assert body["amount"] == "10"


def test_add_order_margin_generates_a_request_id(
    watched_client: Matrixport, sent: list[httpx.Request], fixed_uuid4: list[str]
) -> None:
    watched_client.prime_broker.add_order_margin(account_id=BINANCE, amount=Decimal("10"), order_id=LOAN_ID)
    body = json.loads(sent[-1].content)
    assert IDEMPOTENCY_KEY.match(body["request_id"])
    assert fixed_uuid4 == [body["request_id"]]


def test_generated_keys_fit_every_documented_key() -> None:
    keys = {idempotency.new_idempotency_key() for _ in range(100)}
    assert len(keys) == 100
    assert all(IDEMPOTENCY_KEY.match(key) for key in keys)


# --- error paths ---------------------------------------------------------------------------------

# The document's error-code table, in its order (the 1700xxxx gateway codes are shared, tested elsewhere).
PRIME_BROKER_ERRORS: list[tuple[int, type[APIError]]] = [
    (12070131, UserNotActivated),
    (12070106, AccountTypeMismatch),
    (12070108, AccountNotActivated),
    (12070316, OrderIdMismatch),
    (12070317, AccountIdMismatch),
    (12070318, RenewalTimeNotYetReached),
    (12070319, NotEnoughMarginAmount),
    (12070323, ContractIsActive),
    (12070337, InterestAmountTooSmall),
    (12070338, InsufficientWithdrawableMargin),
    (12070339, OutstandingBills),
    (12070340, OrderStatusNotSupported),
    (12070341, LoanAmountLeverageMismatch),
    (12070342, RenewalAmountExceedsOriginal),
    (12070343, RenewalInProgressOrRenewed),
    (12070345, ProductUnavailable),
    (12070349, PurchaseUnavailable),
    (12070350, ProductInformationUpdated),
    (12070524, DecimalPlacesExceedLimit),
    (12070525, WithdrawalAmountTooLow),
    (12070526, ExchangeMaintenance),
    (12070527, CurrencyMaintenance),
    (12070528, RepeatedRequest),
    (12070538, TransferSerialNoInvalid),
    (12070353, DailyInterestRateUnavailable),
    (12070368, MarginOperationInProgress),
    (12070370, RcuLimitExceeded),
    (12070519, CurrencyNotSupportedByExchange),
    (12070521, SystemMaintenance),
    (12070135, InstantTransferNotSupportedForCurrency),
    (12070136, InsufficientInstantTransferLimit),
    (12070137, InstantTransferNotSupportedByExchange),
    (12070129, AccountVerificationFailed),
    (12070130, TransferVerificationFailed),
    (12070132, DuplicateSerialNo),
    (12070134, KycComplianceCheckFailed),
]
RETRYABLE = {12070526, 12070527, 12070368, 12070521}  # "... Maintenance in Progress", "Margin Operation ..."


def test_every_document_error_code_is_tested() -> None:
    documented = [code for code in ERRORS if not 17000000 <= code < 17010000]
    assert [code for code, _ in PRIME_BROKER_ERRORS] == documented


@pytest.mark.parametrize(
    ("code", "error_class"), PRIME_BROKER_ERRORS, ids=[c.__name__ for _, c in PRIME_BROKER_ERRORS]
)
def test_error_code_raises_its_class(client: Matrixport, code: int, error_class: type[APIError]) -> None:
    with pytest.raises(error_class) as caught:
        client.prime_broker.get_order_detail(
            order_id="6917353775912984576",
            request_options=RequestOptions(extra_headers={"Prefer": f"code={code}"}),
        )
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIError)
    assert error.code == code
    assert error.message == error_class.documented_message
    assert error.operation == "get_order_detail"
    assert error.retryable is (code in RETRYABLE)
    assert error.pending is False


# --- asyncio -------------------------------------------------------------------------------------


async def test_async_list_exchange_trading_fee_rates(async_client: AsyncMatrixport) -> None:
    page = await async_client.prime_broker.list_exchange_trading_fee_rates(
        limit=10, offset=0, exchange=Exchange.BINANCE
    )
    assert page.count == 1
    assert page.items is not UNSET
    [binance] = page.items
    assert binance.ex_value is Exchange.BINANCE
    assert binance.trading_fees is not UNSET
    usdt, usdc, _, _ = binance.trading_fees
    assert usdt.option_maker == Decimal("0.00004")
    assert isinstance(usdt.option_maker, Decimal)
    assert usdt.spot_taker == Decimal("0.00048")
    assert usdc.option_maker is None
    assert usdc.option_taker is None
