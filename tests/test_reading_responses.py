"""Reading responses, pinned where a user relies on it: the tolerant reader's markers, `problems()` and strict
mode (`_tolerant`), the one-pass decoder and its e8 scaling (`_fast`), and the envelope, error codes and
downloads (`_envelope`).

Each test was written against a mutant that survived mutation testing (`make mutation`, MUTATION.md): it
names what a broken reader would do instead.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import logging
import sys
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from matrixport import (
    UNSET,
    APIError,
    HTTPStatusError,
    Problem,
    ResponseValidationError,
    Unset,
    _envelope,
    _fast,
    _tolerant,
    problems,
)
from matrixport._convert import json_dumps
from matrixport._envelope import read_result
from matrixport._flow import Received
from matrixport._operation import CallContext, Operation
from matrixport.balance_plus.api.balance import get_currency_detail
from matrixport.balance_plus.models import OrderType
from matrixport.fixed_income.api.fixed_income_api import enable_order_auto_renew
from matrixport.fixed_income.errors import AutoRenewNotSupported
from matrixport.fixed_staking.api.fixed_staking_api import get_product_detail, list_products
from matrixport.fixed_staking.errors import ProductNotRaising
from matrixport.fixed_staking.models import Product
from matrixport.prime_broker.api.trading_accounts import create_transfer
from matrixport.t_bills.api.t_bills import list_product_apy_history
from matrixport.t_bills.errors import ParamsError

from tests.test_write_safety import TRANSFER, Server, envelope, run

SPECS = Path(__file__).resolve().parent.parent / "generated" / "_specs"
PRODUCT_OP = get_product_detail.OPERATION


def documented_data(op: Operation[Any]) -> Any:
    """The `data` of the document's first example response of `op`."""
    spec = json.loads((SPECS / f"{op.document}.json").read_text(encoding="utf-8"))
    content = spec["paths"][op.path][op.method.lower()]["responses"]["200"]["content"]["application/json"]
    return next(iter(content["examples"].values()))["value"]["data"]


PRODUCT = documented_data(PRODUCT_OP)


@pytest.fixture(autouse=True)
def fresh_reader_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start each test from a reader that has seen nothing: each problem is logged once per process, and
    each model's tolerant class, each operation's decoder and each type's key counter are made once per
    process, so what a test checks would otherwise depend on the tests that ran before it."""
    monkeypatch.setattr(_envelope, "_reported", set())
    monkeypatch.setattr(_tolerant, "_tolerant_classes", {})
    monkeypatch.setattr(_fast, "_readers", {})
    monkeypatch.setattr(_fast, "_columns", {})


def product(flavour: str = "sync", **changes: Any) -> Product:
    """`get_product_detail` answered with the documented product, changed by `changes`."""
    server = Server(envelope({**PRODUCT, **changes}))
    client = server.client() if flavour == "sync" else server.async_client()
    return run(lambda: client.fixed_staking.get_product_detail(product_id="6984793150468501504"))


def read_tolerantly(data: Any, op: Operation[Any] = PRODUCT_OP) -> tuple[Any, list[Problem]]:
    """What the field-by-field reader makes of `data` (the path a body the one-pass decoder refuses takes)."""
    with _tolerant.reading(op.name) as session:
        result = op.parse(copy.deepcopy(data), CallContext("r"))
    return result, session.problems


# --- A bad field: the rest reads, the bad one raises ----------------------------------------------------


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_reading_a_bad_field_raises_naming_the_operation_model_field_and_value(flavour: str) -> None:
    result = product(flavour, currency=7)
    assert result.id == PRODUCT["id"]
    with pytest.raises(ResponseValidationError) as caught:
        _ = result.currency
    assert str(caught.value) == (
        "get_product_detail: field 'currency' of Product is not the documented shape:"
        " expected str, got int 7 (received 7); body starts: <empty>"
    )
    assert caught.value.operation == "get_product_detail"


def test_a_result_with_a_bad_field_prints_like_its_model_with_the_marker_in_its_place() -> None:
    good = product()
    bad = product(currency=7)
    marker = "<invalid: expected str, got int 7 (received 7)>"
    assert repr(bad) == repr(good).replace("currency='ETH'", f"currency={marker}", 1)


def test_results_with_bad_fields_compare_field_by_field_and_by_what_was_wrong() -> None:
    first, second = product(currency=7), product(currency=7)
    assert first == second
    assert first != product(currency=8), "the same field, wrong in another way"
    assert first != product(currency=7, id="6984793150468501505"), "a readable field differs"
    assert first != product(), "a well-formed result is not equal to a broken one"
    assert first != "Product"


def test_a_result_with_a_bad_field_is_still_its_models_type_by_name_module_and_docstring() -> None:
    result = product(currency=7)
    assert isinstance(result, Product)
    kind = type(result)
    assert (kind.__name__, kind.__qualname__, kind.__module__, kind.__doc__) == (
        "Product",
        "Product",
        Product.__module__,
        Product.__doc__,
    )
    with pytest.raises(TypeError, match="unhashable"):
        hash(result)
    with pytest.raises(AttributeError):
        result.not_a_field = 1  # type: ignore[attr-defined]  # slotted, like the model


# --- problems() ---------------------------------------------------------------------------------------


def test_problems_are_found_inside_lists_of_nested_models() -> None:
    tags = [dict(PRODUCT["tags"][0]), {**PRODUCT["tags"][0], "tag": ["can", "redeem"]}]
    result = product(tags=tags)
    assert [(p.model, p.field) for p in problems(result)] == [("ProductTag", "tag")]
    assert result.tags[0].tag == "can redeem"


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_problems_of_a_raw_response_are_those_of_its_result(flavour: str) -> None:
    server = Server(envelope({**PRODUCT, "currency": 7}))
    client = server.client() if flavour == "sync" else server.async_client()
    raw = run(lambda: client.raw(client.fixed_staking.get_product_detail, product_id="1"))
    assert problems(raw) == problems(raw.parsed)
    assert [p.field for p in problems(raw)] == ["currency"]


def test_a_result_given_twice_has_its_problems_listed_once() -> None:
    server = Server(envelope({**PRODUCT, "currency": 7}))
    client = server.client()
    result = client.fixed_staking.get_product_detail(product_id="1")
    raw = client.raw(client.fixed_staking.get_product_detail, product_id="1")
    assert [p.field for p in problems([result, result])] == ["currency"]
    assert [p.field for p in problems((raw, raw))] == ["currency"]


@dataclasses.dataclass
class Holding:
    """A caller's own record around a result, linked to the one it came from."""

    product: Product
    previous: Holding | None = None


def test_problems_looks_inside_a_callers_own_dataclass_even_one_linked_to_itself() -> None:
    holding = Holding(product(currency=7))
    holding.previous = holding
    assert [p.field for p in problems(holding)] == ["currency"]
    assert [p.field for p in problems([Holding(product()), holding])] == ["currency"]


def test_a_problem_reads_as_operation_model_field_and_detail(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="matrixport")
    (found,) = problems(product(currency=7))
    assert str(found) == "get_product_detail: Product.currency: expected str, got int 7 (received 7)"
    assert caplog.messages == [
        f"{found}; the rest of the result is read, reading this field raises ResponseValidationError"
    ]


def test_a_model_read_outside_a_call_has_problems_without_an_operation() -> None:
    (found,) = problems(Product.from_dict({**PRODUCT, "currency": 7}))
    assert found.operation is None
    assert str(found) == "Product.currency: expected str, got int 7 (received 7)"


# --- The one-pass decoder -----------------------------------------------------------------------------


def test_expose_models_gives_each_module_of_a_package_the_names_its_annotations_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = types.ModuleType("shop_models")
    sibling = types.ModuleType("shop_models.order")
    elsewhere = types.ModuleType("shop_models_extra")
    for module in (package, sibling, elsewhere):
        monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(sys.modules, "shop_models.not_imported", None)  # what a failed import leaves

    class Line:
        pass

    class Order:
        lines: list[Line]

    Order.__module__ = sibling.__name__
    Order.__annotations__ = {"lines": "list[Line]"}  # as `from __future__ import annotations` leaves it
    sibling.Order = Order  # type: ignore[attr-defined]
    own_line = object()
    sibling.Line = own_line  # type: ignore[attr-defined]  # a module's own name is kept
    package.Line, package.Order = Line, Order  # type: ignore[attr-defined]
    package.__all__ = ["Line", "Order"]  # type: ignore[attr-defined]

    _fast.expose_models("shop_models")
    assert (sibling.Line, sibling.Order) == (own_line, Order)  # type: ignore[attr-defined]
    assert not hasattr(elsewhere, "Line"), "only the package's own modules"

    del sibling.Line  # type: ignore[attr-defined]
    _fast.expose_models("shop_models")
    assert typing.get_type_hints(Order) == {"lines": list[Line]}


def test_expose_models_of_a_package_without_a_list_of_names_changes_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = types.ModuleType("bare_models")
    sibling = types.ModuleType("bare_models.thing")
    package.Thing = object()  # type: ignore[attr-defined]
    for module in (package, sibling):
        monkeypatch.setitem(sys.modules, module.__name__, module)
    _fast.expose_models("bare_models")
    assert not hasattr(sibling, "Thing")


def test_an_e8_value_of_any_size_is_scaled_exactly_not_rounded_to_the_default_precision() -> None:
    huge = 123456789012345678901234567890  # 30 digits: more than a default decimal context keeps
    expected = Decimal("1234567890123456789012.34567890")
    data = {**PRODUCT, "share_price": huge}
    body = json_dumps(envelope(data))
    fast = _fast.decode(PRODUCT_OP, body)
    assert fast is not _fast.MISS
    assert fast.share_price == expected
    assert str(fast.share_price) == str(expected)
    tolerant, found = read_tolerantly(data)
    assert found == []
    assert str(tolerant.share_price) == str(expected)
    assert str(product(share_price=huge).share_price) == str(expected)


def test_a_page_of_several_products_is_decoded_in_one_pass_as_the_tolerant_reader_reads_it() -> None:
    tag = PRODUCT["tags"][0]
    second = {**PRODUCT, "id": "2", "share_price": 12000000, "tags": [tag, {**tag, "id": 5217}]}
    data = {"count": 3, "items": [PRODUCT, second, {**PRODUCT, "id": "3"}]}
    page = _fast.decode(list_products.OPERATION, json_dumps(envelope(data)))
    assert page is not _fast.MISS
    assert page == read_tolerantly(data, list_products.OPERATION)[0]
    assert page.items[1].share_price == Decimal("0.12")
    assert [tag.id for tag in page.items[1].tags] == [5216, 5217]


OPEN_VALUE = [
    {"start": 1729699200, "end": None, "rules": {"days": [1, 15], "note": "", "strict": False}},
    {"start": 1732377600, "end": 1732464000, "rules": {}},
    "every day",
    [],
]


def test_a_value_the_spec_leaves_open_is_decoded_in_one_pass_as_it_came() -> None:
    data = {**PRODUCT, "redeem_windows": OPEN_VALUE}
    fast = _fast.decode(PRODUCT_OP, json_dumps(envelope(data)))
    assert fast is not _fast.MISS, "a well-formed body takes the one-pass decoder"
    assert fast.redeem_windows == OPEN_VALUE
    tolerant, found = read_tolerantly(data)
    assert found == []
    assert tolerant.redeem_windows == OPEN_VALUE
    assert product(redeem_windows=OPEN_VALUE).redeem_windows == OPEN_VALUE


def test_an_unknown_field_beside_an_open_value_is_kept() -> None:
    data = {**PRODUCT, "redeem_windows": OPEN_VALUE, "redeem_fee": "0.001"}
    assert _fast.decode(PRODUCT_OP, json_dumps(envelope(data))) is _fast.MISS
    result = product(redeem_windows=OPEN_VALUE, redeem_fee="0.001")
    assert result.redeem_windows == OPEN_VALUE
    assert result.additional_properties == {"redeem_fee": "0.001"}


@attrs.define
class Shelf:
    """A model the documents do not have (yet): models in a map, and a model or a list of them."""

    by_id: dict[str, Product]
    featured: Product | list[Product] | Unset = UNSET
    best: Product | Unset = UNSET


SHELF_OP = dataclasses.replace(PRODUCT_OP, name="get_shelf", data_type=Shelf)


PRICED = {**PRODUCT, "share_price": 12000000}


def read_alone(value: Any) -> Any:
    """What the generated reader makes of the products in `value`, one by one."""
    if isinstance(value, list):
        return [Product.from_dict(item) for item in value]
    return UNSET if value is UNSET else Product.from_dict(value)


@pytest.mark.parametrize(
    "data",
    [
        {"by_id": {"a": PRICED, "b": PRODUCT}},
        {"by_id": {"a": PRICED}, "featured": PRICED},
        {"by_id": {"a": PRICED}, "featured": [PRICED, PRODUCT], "best": PRICED},
    ],
    ids=["in a map", "a model of a union", "a list of a union"],
)
def test_models_inside_a_map_or_a_union_are_decoded_in_one_pass_with_e8_values_scaled(
    data: dict[str, Any],
) -> None:
    shelf = _fast.decode(SHELF_OP, json_dumps(envelope(data)))
    assert shelf is not _fast.MISS
    assert shelf.by_id == {key: read_alone(raw) for key, raw in data["by_id"].items()}
    assert shelf.by_id["a"].share_price == Decimal("0.12")
    assert shelf.featured == read_alone(data.get("featured", UNSET))
    assert shelf.best == read_alone(data.get("best", UNSET))


@attrs.define
class Branch:
    """A model that contains itself."""

    name: str
    children: list[Branch] | Unset = UNSET


BRANCH_OP = dataclasses.replace(PRODUCT_OP, name="get_branch", data_type=Branch)


def test_a_model_that_contains_itself_is_decoded_in_one_pass_and_its_unknown_keys_noticed() -> None:
    tree = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1"}]}, {"name": "b"}]}
    branch = _fast.decode(BRANCH_OP, json_dumps(envelope(tree)))
    assert branch is not _fast.MISS
    assert [child.name for child in branch.children] == ["a", "b"]
    assert branch.children[0].children[0].name == "a1"
    deep_unknown = {"name": "root", "children": [{"name": "a", "children": [{"name": "a1", "x": 1}]}]}
    assert _fast.decode(BRANCH_OP, json_dumps(envelope(deep_unknown))) is _fast.MISS


@pytest.mark.parametrize(
    "data",
    [
        {"by_id": {"a": {**PRODUCT, "redeem_fee": "0.001"}}},
        {"by_id": {}, "featured": {**PRODUCT, "redeem_fee": "0.001"}},
        {"by_id": {}, "featured": [PRODUCT, {**PRODUCT, "redeem_fee": "0.001"}]},
    ],
    ids=["in a map", "a model of a union", "a list of a union"],
)
def test_an_unknown_key_inside_a_map_or_a_union_of_models_is_left_to_the_tolerant_reader(
    data: dict[str, Any],
) -> None:
    assert _fast.decode(SHELF_OP, json_dumps(envelope(data))) is _fast.MISS


# --- Downloads ----------------------------------------------------------------------------------------


PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"


def download(headers: dict[str, str], content: bytes = PDF, flavour: str = "sync") -> Any:
    server = Server(httpx.Response(200, content=content, headers=headers))
    client = server.client() if flavour == "sync" else server.async_client()
    return run(lambda: client.t_bills.download_statement(short_uri="6HBJpi"))


@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize("content_type", ["application/json", "application/json; charset=utf-8"])
def test_a_download_answered_with_a_json_error_raises_that_error(flavour: str, content_type: str) -> None:
    body = json.dumps(envelope(code=12140001, message="statement not found")).encode()
    with pytest.raises(APIError) as caught:
        download({"content-type": content_type}, body, flavour)
    assert caught.value.code == 12140001
    assert caught.value.message == "statement not found"
    assert caught.value.operation == "download_statement"


@pytest.mark.parametrize(
    ("disposition", "filename"),
    [
        ('attachment; filename="X-2026-11.pdf"', "X-2026-11.pdf"),
        ('attachment; filename="statement_month=2026-11.pdf"', "statement_month=2026-11.pdf"),
        ("attachment; filename=XX.pdf", "XX.pdf"),
        ("attachment;filename=report.pdf", "report.pdf"),
        ('inline; size=1024; filename="statement.pdf"', "statement.pdf"),
    ],
)
def test_a_downloads_filename_is_the_header_value_as_given(disposition: str, filename: str) -> None:
    result = download({"content-type": "application/pdf", "content-disposition": disposition})
    assert (result.content, result.content_type, result.filename) == (PDF, "application/pdf", filename)


# --- The envelope: statuses, error codes, bodies that are not the envelope ------------------------------


def assert_names_the_call(error: Any, server: Server) -> None:
    assert error.operation == "get_product_detail"
    assert error.request_id == server.sent[0].headers["x-request-id"]


def answer_product(response: httpx.Response, **settings: Any) -> tuple[Server, Any]:
    """What `get_product_detail` answered with `response` returns or raises (no retries)."""
    server = Server(response)
    client = server.client(max_retries=0, **settings)
    try:
        return server, client.fixed_staking.get_product_detail(product_id="1")
    except Exception as error:
        return server, error


@pytest.mark.parametrize(
    "answer",
    [envelope(PRODUCT), envelope(code=1203003, message="product 1 is not raising")],
    ids=["a result", "an error code"],
)
@pytest.mark.parametrize("status", [300, 301, 302, 399, 429, 500, 501, 503])
def test_a_gateway_status_is_an_http_status_error_whatever_the_body_says(
    status: int, answer: dict[str, Any]
) -> None:
    body = json_dumps(answer)
    server, error = answer_product(httpx.Response(status, content=body, headers={"retry-after": "7"}))
    assert isinstance(error, HTTPStatusError)
    assert (error.status_code, error.body, error.retry_after) == (status, body, 7.0)
    assert str(error).startswith(f"get_product_detail: HTTP {status}: ")
    assert (error.operation, error.request_id) == (
        "get_product_detail",
        server.sent[0].headers["x-request-id"],
    )


@pytest.mark.parametrize("status", [200, 201, 299])
def test_any_success_status_reads_the_envelope(status: int) -> None:
    _, result = answer_product(httpx.Response(status, json=envelope(PRODUCT)))
    assert result == product()


@pytest.mark.parametrize("status", [400, 403, 404, 499])
@pytest.mark.parametrize(
    "body",
    [
        b"<html>404 Not Found</html>",
        b"[]",
        b'{"error": "not found"}',
        b'{"code": true}',
        b'{"code": 0}',
        json_dumps(envelope(PRODUCT)),
    ],
    ids=["html", "list", "no code", "bool code", "code 0", "a result"],
)
def test_a_client_error_status_without_an_error_code_is_an_http_status_error(
    status: int, body: bytes
) -> None:
    server, error = answer_product(httpx.Response(status, content=body))
    assert isinstance(error, HTTPStatusError)
    assert (error.status_code, error.body, error.retry_after) == (status, body, None)
    assert str(error).startswith(f"get_product_detail: HTTP {status}: ")
    assert (error.operation, error.request_id) == (
        "get_product_detail",
        server.sent[0].headers["x-request-id"],
    )


@pytest.mark.parametrize("status", [200, 400, 404])
def test_an_error_code_raises_the_documented_error_with_the_servers_message(status: int) -> None:
    body = envelope(code=1203003, message="product 1 is not raising")
    server, error = answer_product(httpx.Response(status, json=body))
    assert isinstance(error, ProductNotRaising)
    assert (error.code, error.message, error.http_status) == (1203003, "product 1 is not raising", status)
    assert (error.operation, error.request_id) == (
        "get_product_detail",
        server.sent[0].headers["x-request-id"],
    )
    assert error.idempotency_key is None
    assert str(error) == (
        f"get_product_detail: error 1203003: product 1 is not raising (request id {error.request_id})"
    )


@pytest.mark.parametrize("message", [None, 42, ""])
def test_an_error_code_without_a_message_reads_the_documented_one(message: Any) -> None:
    _, error = answer_product(httpx.Response(200, json=envelope(code=1203003, message=message)))
    assert isinstance(error, ProductNotRaising)
    assert error.message == ""
    assert "error 1203003: Product is not undergoing collection." in str(error)


def test_an_undocumented_error_code_is_a_plain_api_error() -> None:
    _, error = answer_product(httpx.Response(200, json=envelope(code=99999999, message="odd")))
    assert type(error) is APIError
    assert (error.code, error.message) == (99999999, "odd")


def test_an_error_read_from_a_writes_response_carries_the_key_the_write_sent() -> None:
    body = json_dumps(envelope(code=12070131, message="refused"))
    context = CallContext("request-0001", idempotency_key="transfer-0001")
    with pytest.raises(APIError) as caught:
        read_result(create_transfer.OPERATION, Received(400, httpx.Headers(), body), context)
    assert (caught.value.code, caught.value.message, caught.value.http_status) == (12070131, "refused", 400)
    assert (caught.value.idempotency_key, caught.value.request_id) == ("transfer-0001", "request-0001")


@pytest.mark.parametrize(
    "body",
    [b'{"code":0,"message":"","data":null}', b'{"code":0,"message":"","data":null,"trace":"7f3a"}'],
    ids=["one pass", "field by field"],
)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_keyed_write_returns_its_key_and_request_id_whichever_way_it_is_read(
    flavour: str, body: bytes
) -> None:
    server = Server(httpx.Response(200, content=body))
    client = server.client() if flavour == "sync" else server.async_client()
    accepted = run(lambda: client.prime_broker.create_transfer(**TRANSFER, serial_no="transfer-0001"))
    assert (accepted.idempotency_key, accepted.data) == ("transfer-0001", None)
    assert accepted.request_id == server.sent[0].headers["x-request-id"]


@pytest.mark.parametrize("status", [200, 201])
def test_a_success_that_is_not_json_is_a_response_validation_error_with_the_body(status: int) -> None:
    server, error = answer_product(httpx.Response(status, text="<html>maintenance</html>"))
    assert isinstance(error, ResponseValidationError)
    assert str(error) == "get_product_detail: expected a JSON body; body starts: '<html>maintenance</html>'"
    assert (error.body, error.status_code) == (b"<html>maintenance</html>", status)
    assert (error.operation, error.request_id) == (
        "get_product_detail",
        server.sent[0].headers["x-request-id"],
    )


@pytest.mark.parametrize(
    "body",
    [b"[]", b'"ok"', b'{"data": {}}', b'{"code": "0", "data": {}}', b'{"code": true, "data": {}}'],
    ids=["list", "string", "no code", "string code", "bool code"],
)
def test_a_success_without_the_envelope_is_a_response_validation_error(body: bytes) -> None:
    server, error = answer_product(httpx.Response(200, content=body))
    assert isinstance(error, ResponseValidationError)
    assert str(error) == (
        f"get_product_detail: expected the {{code, message, data}} envelope; body starts: {body.decode()!r}"
    )
    assert (error.body, error.status_code) == (body, 200)
    assert (error.operation, error.request_id) == (
        "get_product_detail",
        server.sent[0].headers["x-request-id"],
    )


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ([1, 2], "TypeError: expected an object, got list [1, 2]"),
        ("x", "TypeError: expected an object, got str 'x'"),
    ],
)
def test_data_that_is_not_an_object_is_a_response_validation_error_naming_why(data: Any, reason: str) -> None:
    body = json_dumps(envelope(data))
    server, error = answer_product(httpx.Response(200, content=body))
    assert isinstance(error, ResponseValidationError)
    assert str(error) == (
        f"get_product_detail: response data is not the documented shape ({reason});"
        f" body starts: {body.decode()!r}"
    )
    assert (error.body, error.status_code) == (body, 200)
    assert (error.operation, error.request_id) == (
        "get_product_detail",
        server.sent[0].headers["x-request-id"],
    )
    assert isinstance(error.__cause__, TypeError)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_strict_mode_raises_at_the_call_listing_every_bad_field(flavour: str) -> None:
    body = json_dumps(envelope({**PRODUCT, "currency": 7, "id": 5}))
    server = Server(httpx.Response(201, content=body))
    client = server.client(strict=True) if flavour == "sync" else server.async_client(strict=True)
    with pytest.raises(ResponseValidationError) as caught:
        run(lambda: client.fixed_staking.get_product_detail(product_id="1"))
    assert str(caught.value).startswith(
        "get_product_detail: response fields are not the documented shape:"
        " Product.id: expected str, got int 5 (received 5);"
        " Product.currency: expected str, got int 7 (received 7); body starts: "
    )
    assert (caught.value.body, caught.value.status_code) == (body, 201)
    assert caught.value.request_id == server.sent[0].headers["x-request-id"]


def test_each_bad_field_is_logged_once_per_operation(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="matrixport")
    bad = {**PRODUCT, "currency": 7, "id": 5}
    server = Server(envelope(bad), envelope(bad), envelope({"count": 1, "items": [bad]}))
    client = server.client()
    client.fixed_staking.get_product_detail(product_id="1")
    client.fixed_staking.get_product_detail(product_id="1")
    client.fixed_staking.list_products()
    assert [message.split(";")[0] for message in caplog.messages] == [
        "get_product_detail: Product.id: expected str, got int 5 (received 5)",
        "get_product_detail: Product.currency: expected str, got int 7 (received 7)",
        "list_products: Product.id: expected str, got int 5 (received 5)",
        "list_products: Product.currency: expected str, got int 7 (received 7)",
    ]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_download_that_failed_is_an_http_status_error_not_a_file(flavour: str) -> None:
    server = Server(
        httpx.Response(404, text="<html>no such statement</html>", headers={"content-type": "text/html"})
    )
    client = server.client(max_retries=0) if flavour == "sync" else server.async_client(max_retries=0)
    with pytest.raises(HTTPStatusError) as caught:
        run(lambda: client.t_bills.download_statement(short_uri="6HBJpi"))
    assert (caught.value.status_code, caught.value.body) == (404, b"<html>no such statement</html>")


def test_a_download_without_a_content_type_is_octet_stream_without_a_filename() -> None:
    result = download({})
    assert (result.content, result.content_type, result.filename) == (PDF, "application/octet-stream", None)


# --- Responses without the envelope, and without data ------------------------------------------------


def apy_history(response: httpx.Response | dict[str, Any]) -> Any:
    client = Server(response).client(max_retries=0)
    return client.t_bills.list_product_apy_history(product_id="1", start_time="2026-01-01")


APY_BODY = {
    "total": 1,
    "items": [
        {
            "deposit_apy": "0.0412",
            "asset_apy": "0.0398",
            "average_deposit_apy": "0.0405",
            "average_asset_apy": "0.0391",
            "utilization_rate": "0.97",
            "timestamp": 1672898484000,
        }
    ],
}


def test_a_document_without_the_envelope_is_read_whole() -> None:
    history = apy_history(APY_BODY)
    assert history.total == 1
    assert history.items[0].deposit_apy == Decimal("0.0412")
    assert history.items[0].timestamp == 1672898484000
    assert problems(history) == []
    body = json_dumps(APY_BODY)
    assert _fast.decode(list_product_apy_history.OPERATION, body) == history


def test_a_document_without_the_envelope_keeps_its_bad_fields_as_markers() -> None:
    history = apy_history({**APY_BODY, "total": "one"})
    assert history.items[0].utilization_rate == Decimal("0.97")
    assert [str(p) for p in problems(history)] == [
        "list_product_apy_history: ProductApyHistory.total: expected int, got str 'one' (received 'one')"
    ]


def test_a_document_without_the_envelope_raises_the_error_code_of_an_error_status() -> None:
    with pytest.raises(ParamsError, match="error 12140001: start_time is in the future"):
        apy_history(httpx.Response(400, json={"code": 12140001, "message": "start_time is in the future"}))
    with pytest.raises(HTTPStatusError):
        apy_history(httpx.Response(400, json={"error": "bad request"}))


@pytest.mark.parametrize("body", [b'{"code":0,"message":""}', b'{"code":0,"message":"","data":null}'])
def test_an_empty_envelope_is_decoded_in_one_pass(body: bytes) -> None:
    assert _fast.decode(enable_order_auto_renew.OPERATION, body) is None


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_an_error_code_on_an_operation_without_data_raises_it(flavour: str) -> None:
    server = Server(httpx.Response(200, content=b'{"code":12030025,"message":"no auto-renew","data":null}'))
    client = server.client(max_retries=0) if flavour == "sync" else server.async_client(max_retries=0)
    with pytest.raises(AutoRenewNotSupported) as caught:
        run(lambda: client.fixed_income.enable_order_auto_renew(order_id="1"))
    assert caught.value.message == "no auto-renew"


@pytest.mark.parametrize(
    ("length", "shown"),
    [(56, "['" + "x" * 56 + "']"), (57, "['" + "x" * 57 + "'…")],
    ids=["60 characters: whole", "61 characters: cut"],
)
def test_a_bad_value_is_shown_up_to_sixty_characters(length: int, shown: str) -> None:
    (found,) = problems(product(currency=["x" * length]))
    assert found.detail.endswith(f" (received {shown})")


def test_reading_a_response_is_tolerant_unless_asked_to_be_strict() -> None:
    received = Received(200, httpx.Headers(), json_dumps(envelope({**PRODUCT, "currency": 7})))
    result = read_result(PRODUCT_OP, received, CallContext("r"))
    assert [p.field for p in problems(result)] == ["currency"]
    with pytest.raises(ResponseValidationError, match=r"Product\.currency: expected str"):
        read_result(PRODUCT_OP, received, CallContext("r"), strict=True)


def large_product_list(**changes: Any) -> bytes:
    """A `list_products` body past the size from which the garbage collector is paused while it is read."""
    items = [{**PRODUCT, "id": str(n), **changes} for n in range(_fast.LARGE_BODY // 1000)]
    body = json_dumps(envelope({"count": len(items), "items": items}))
    assert len(body) >= _fast.LARGE_BODY
    return body


def test_a_large_response_is_read_like_a_small_one_strict_or_not() -> None:
    op, context = list_products.OPERATION, CallContext("r")
    page = read_result(op, Received(200, httpx.Headers(), large_product_list()), context)
    assert page.items[7].id == "7"
    assert page.items[7].raised_amount_dec == Decimal("3000")
    broken = Received(200, httpx.Headers(), large_product_list(currency=7))
    assert len(problems(read_result(op, broken, context))) == len(page.items)
    with pytest.raises(ResponseValidationError, match=r"Product\.currency: expected str"):
        read_result(op, broken, context, strict=True)


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_field_is_read_from_its_json_name_never_from_its_python_name(flavour: str) -> None:
    documented, misspelt_key = {"serial_number": "S1", "type": 1}, {"serial_number": "S1", "type_": 1}
    server = Server(envelope(documented), envelope(misspelt_key))
    client = server.client() if flavour == "sync" else server.async_client()
    deposit = run(lambda: client.balance_plus.create_deposit(amount=Decimal("0.5"), currency="BTC"))
    assert (deposit.serial_number, deposit.type_) == ("S1", OrderType.DEPOSIT)
    assert deposit.additional_properties == {}
    misspelt = run(lambda: client.balance_plus.create_deposit(amount=Decimal("0.5"), currency="BTC"))
    assert misspelt.additional_properties == {"type_": 1}
    assert [str(p) for p in problems(misspelt)] == ["create_deposit: OrderAccepted.type: missing"]


@pytest.mark.parametrize(
    ("field", "text"), [("balance", "Infinity"), ("inflection_apy", "NaN")], ids=["required", "optional"]
)
def test_a_decimal_that_is_not_a_finite_number_is_a_problem_on_either_path(field: str, text: str) -> None:
    op = get_currency_detail.OPERATION
    body = json_dumps(envelope({**documented_data(op), field: text}))
    assert _fast.decode(op, body) is _fast.MISS
    client = Server(httpx.Response(200, content=body)).client()
    detail = client.balance_plus.get_currency_detail(currency="BTC")
    assert [p.field for p in problems(detail)] == [field]
    with pytest.raises(ResponseValidationError, match=field):
        getattr(detail, field)


def test_an_optional_decimal_left_out_is_unset_on_either_path() -> None:
    op = get_currency_detail.OPERATION
    data = {key: value for key, value in documented_data(op).items() if key != "inflection_apy"}
    fast = _fast.decode(op, json_dumps(envelope(data)))
    assert fast is not _fast.MISS
    assert fast.inflection_apy is UNSET
    assert fast == read_tolerantly(data, op)[0]


def test_an_object_sent_as_a_list_of_pairs_is_not_read_as_one() -> None:
    op = get_currency_detail.OPERATION
    data = documented_data(op)
    pairs = [[name, value] for name, value in data["policy"].items()]
    result, found = read_tolerantly({**data, "policy": pairs}, op)
    assert [(problem.model, problem.field) for problem in found] == [("CurrencyDetail", "policy")]
    assert found[0].detail.startswith("expected an object, got list [[")
    with pytest.raises(ResponseValidationError):
        _ = result.policy
    server = Server(envelope([[name, value] for name, value in PRODUCT.items()]))
    with pytest.raises(ResponseValidationError) as caught:
        server.client().fixed_staking.get_product_detail(product_id="6984793150468501504")
    assert str(caught.value).startswith(
        "get_product_detail: response data is not the documented shape"
        " (TypeError: expected an object, got list"
    )


@pytest.mark.parametrize("body", [b'{"code": 0, "message": ""}', b'{"code": 0, "message": "", "data": null}'])
def test_an_envelope_without_the_data_its_operation_returns_is_refused(body: bytes) -> None:
    _, error = answer_product(httpx.Response(200, content=body))
    assert isinstance(error, ResponseValidationError)
    assert str(error) == (
        "get_product_detail: response data is not the documented shape"
        f" (TypeError: expected an object, got NoneType None); body starts: {body.decode()!r}"
    )


def test_each_operation_is_decoded_in_one_pass_by_its_own_decoder() -> None:
    detail = documented_data(get_currency_detail.OPERATION)
    assert _fast.decode(PRODUCT_OP, json_dumps(envelope(PRODUCT))) is not _fast.MISS
    decoded = _fast.decode(get_currency_detail.OPERATION, json_dumps(envelope(detail)))
    assert decoded is not _fast.MISS, "not the product's decoder, which refuses a currency's detail"
    assert decoded == read_tolerantly(detail, get_currency_detail.OPERATION)[0]
