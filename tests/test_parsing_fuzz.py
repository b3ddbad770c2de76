"""Every operation's parser, fed mutated and malformed responses, parses or raises a MatrixportError."""

from __future__ import annotations

import contextlib
import importlib
import json
import pkgutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matrixport import MatrixportError
from matrixport._convert import json_dumps
from matrixport._envelope import read_result
from matrixport._flow import Received
from matrixport._operation import CallContext, Operation

SPECS = Path(__file__).resolve().parent.parent / "generated" / "_specs"
DOCUMENTS = ["balance_plus", "fixed_income", "fixed_staking", "prime_broker", "t_bills"]


def operations() -> list[Operation[Any]]:
    found = []
    for document in DOCUMENTS:
        api = importlib.import_module(f"matrixport.{document}.api")
        for module in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            operation = getattr(importlib.import_module(module.name), "OPERATION", None)
            if operation is not None:
                found.append(operation)
    return found


def documented_body(op: Operation[Any]) -> Any:
    spec = json.loads((SPECS / f"{op.document}.json").read_text(encoding="utf-8"))
    operation = spec["paths"][op.path][op.method.lower()]
    content = operation["responses"]["200"].get("content", {}).get("application/json", {})
    examples = content.get("examples") or {}
    return next(iter(examples.values()))["value"] if examples else {"code": 0, "message": "", "data": None}


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.decimals(allow_nan=False, allow_infinity=False, places=6)
    | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn, document: Any) -> bytes:
    """The documented body with one node dropped or replaced, or a body that is not the document at all."""
    choice = draw(st.sampled_from(["replace", "drop", "random", "bytes"]))
    if choice == "bytes":
        return draw(st.binary(max_size=64))
    if choice == "random":
        return json_dumps(draw(json_values))
    body = json.loads(json.dumps(document))
    target = draw(st.sampled_from([p for p in paths(body) if p]))
    parent = body
    for step in target[:-1]:
        parent = parent[step]
    if choice == "drop":
        del parent[target[-1]]
    else:
        parent[target[-1]] = draw(json_values)
    return json_dumps(body)


OPERATIONS = operations()


def test_every_operation_is_fuzzed() -> None:
    assert len(OPERATIONS) == 90


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: f"{op.document}.{op.name}")
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_parser_raises_only_matrixport_errors(op: Operation[Any], data: st.DataObject) -> None:
    body = data.draw(mutated(documented_body(op)))
    response = Received(200, httpx.Headers({"content-type": "application/json"}), body)
    with contextlib.suppress(MatrixportError):  # anything else (KeyError, TypeError, ...) fails the test
        read_result(op, response, CallContext("fuzz"))


def test_decimal_values_survive_the_round_trip() -> None:
    body = json_dumps(
        {"code": 0, "message": "", "data": {"total_asset": Decimal("1E-30"), "total_profit": "0"}}
    )
    op = next(o for o in OPERATIONS if o.name == "get_total_position")
    result = read_result(op, Received(200, httpx.Headers(), body), CallContext("r"))
    assert result.total_asset == Decimal("1E-30")
