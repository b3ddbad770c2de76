"""The spec agrees with the five documents, table by table, or an errata entry says why not.

`codegen/doctables.py` extracts every table and example of the documents (spec/documents)
into spec/tables; `codegen/crosscheck.py` compares them with the spec field by field. These
tests run both, and prove the comparison notices a spec that drifts: they break a copy of the
spec (a type, a required flag, an enum value, ...) and expect the difference reported and
unexplained.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "codegen"))
import crosscheck
import doctables
from errata import load_entries

ROOT = Path(__file__).resolve().parent.parent

DOCUMENTS = crosscheck.DOCUMENTS


@pytest.fixture(scope="module")
def spec() -> dict[str, dict[str, Any]]:
    return crosscheck.load_spec()


@pytest.fixture(scope="module")
def tables() -> dict[str, dict[str, Any]]:
    return crosscheck.load_tables()


@pytest.fixture(scope="module")
def errata_documents() -> dict[str, str]:
    return {entry["id"]: entry["document"] for entry in load_entries()}


def run(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> crosscheck.Report:
    return crosscheck.crosscheck(spec, tables, errata_documents)


# --- The extraction -----------------------------------------------------------------------------


@pytest.mark.parametrize("document", DOCUMENTS)
def test_tables_are_what_the_extractor_makes_of_the_document(document: str) -> None:
    path = doctables.DOCUMENTS_DIR / f"{document}.txt"
    expected = doctables.dump(doctables.extract(document, path))
    committed = (doctables.TABLES_DIR / f"{document}.yaml").read_text(encoding="utf-8")
    assert committed == expected, f"spec/tables/{document}.yaml is out of date: run `make tables`"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_table_of_the_document_is_extracted(document: str, tables: dict[str, dict[str, Any]]) -> None:
    """Every table header of the text is a table of the data, and every row under it a row."""
    lines = (doctables.DOCUMENTS_DIR / f"{document}.txt").read_text(encoding="utf-8").splitlines()
    headers = [
        number
        for number, line in enumerate(lines, start=1)
        if line.strip() in doctables.SPACE_HEADERS
        or (number < len(lines) and re.match(r"^\|(\s*-+\s*\|)+\s*$", lines[number]))
    ]
    data = tables[document]
    extracted = [table for op in data["operations"] for table in op["tables"]] + data["tables"]
    assert sorted(table["line"] for table in extracted) == headers
    body_lines = sum(
        1
        for number, line in enumerate(lines, start=1)
        if line.startswith("|") and not line.startswith("|---") and number not in headers
    )
    pipe_rows = sum(len(table["rows"]) for table in extracted if "|" in table.get("header", ""))
    if any(line.startswith("|---") for line in lines):
        assert pipe_rows == body_lines


# --- The comparison -----------------------------------------------------------------------------


def test_every_difference_has_an_errata_entry(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    report = run(spec, tables, errata_documents)
    unexplained = report.unexplained()
    assert not unexplained, (
        "differences between the documents and the spec that no errata entry explains "
        "(fix the spec, or add an entry and point at it with x-matrixport-errata):\n"
        + "\n".join(map(str, unexplained))
    )


def test_the_differences_on_record_are_current(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    """A pointer explains every difference of its node: new ones must still show up in review."""
    expected = crosscheck.differences_text(run(spec, tables, errata_documents))
    committed = crosscheck.DIFFERENCES.read_text(encoding="utf-8")
    assert committed == expected, "spec/differences.txt is out of date: `make crosscheck`, review the diff"


def test_every_document_is_compared(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    report = run(spec, tables, errata_documents)
    assert set(report.rows) == set(DOCUMENTS)
    assert all(count > 100 for count in report.rows.values()), report.rows


def test_readme_states_the_rows_compared(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    report = run(spec, tables, errata_documents)
    readme = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    stated = {
        match.group(1): (int(match.group(2)), int(match.group(3)))
        for match in re.finditer(r"^\| `(\S+)\.txt` \| (\d+) \| (\d+) \|", readme, flags=re.MULTILINE)
    }
    counted = {name: (report.rows[name], report.examples[name]) for name in DOCUMENTS}
    assert stated == counted, "spec/README.md's cross-check counts are out of date"


# --- The comparison can fail ---------------------------------------------------------------------


def schema(spec: dict[str, dict[str, Any]], document: str, name: str) -> dict[str, Any]:
    return spec[document]["components"]["schemas"][name]  # type: ignore[no-any-return]


def reported(
    spec: dict[str, dict[str, Any]],
    tables: dict[str, dict[str, Any]],
    errata_documents: dict[str, str],
    where: str,
    aspect: str,
) -> list[crosscheck.Difference]:
    return [
        difference
        for difference in run(spec, tables, errata_documents).unexplained()
        if difference.where == where and difference.aspect == aspect
    ]


def test_a_field_of_the_wrong_type_is_reported(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    schema(broken, "balance-plus", "CurrencyDetail")["properties"]["balance"] = {"type": "integer"}
    found = reported(broken, tables, errata_documents, "getCurrencyDetail response balance", "type")
    assert [(d.documented, d.spec) for d in found] == [("string", "integer")]


def test_a_field_no_longer_required_is_reported(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    schema(broken, "balance-plus", "CurrencySummary")["required"].remove("deposit_apy")
    assert reported(
        broken, tables, errata_documents, "listCurrencies response currencies.deposit_apy", "required"
    )


def test_a_parameter_no_longer_required_is_reported(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    broken["prime-broker"]["components"]["parameters"]["Limit"]["required"] = False
    assert reported(broken, tables, errata_documents, "listRcus request limit", "required")


def test_a_missing_enum_value_is_reported(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    schema(broken, "prime-broker", "AccountStatus")["enum"].remove(6)
    assert reported(broken, tables, errata_documents, "enum AccountStatus", "value")
    broken = copy.deepcopy(spec)
    schema(broken, "fixed-income", "YesNo")["enum"] = [0, 1, 2]
    assert reported(broken, tables, errata_documents, "listOrders response items.is_renew", "enum")


def test_a_lost_scale_is_reported(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    del schema(broken, "fixed-income", "Product")["properties"]["ror"]["format"]
    assert reported(broken, tables, errata_documents, "listProducts response items.ror", "scale")


def test_a_changed_error_message_or_path_is_reported(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    broken["t-bills"]["x-matrixport-error-codes"][0]["message"] = "Params error"
    assert reported(broken, tables, errata_documents, "error 12140001", "message")
    broken = copy.deepcopy(spec)
    paths = broken["balance-plus"]["paths"]
    paths["/flexible/api/v2/user/asset/summary-v2"] = paths.pop("/flexible/api/v2/user/asset/summary")
    assert reported(broken, tables, errata_documents, "getTotalPosition", "path")


def test_a_changed_example_is_reported(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    operation = broken["balance-plus"]["paths"]["/flexible/api/v2/user/asset/summary"]["get"]
    operation["responses"]["200"]["content"]["application/json"]["examples"]["documented"]["value"]["data"][
        "total_asset"
    ] = "1"
    found = reported(broken, tables, errata_documents, "getTotalPosition response example", "example")
    assert found and "data.total_asset" in found[0].documented


def test_a_pointer_to_another_documents_entry_explains_nothing(
    spec: dict[str, dict[str, Any]], tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]
) -> None:
    broken = copy.deepcopy(spec)
    field = schema(broken, "balance-plus", "WithdrawableBalance")["properties"]["redeem_delay_time"]
    field["x-matrixport-errata"] = ["PB-1"]  # a Prime Broker entry: not about Balance+
    assert reported(
        broken, tables, errata_documents, "getWithdrawableBalance response redeem_delay_time", "type"
    )
