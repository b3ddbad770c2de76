"""The errata are data (spec/errata/*.yaml), the spec points at them, and ERRATA.md is theirs.

Every entry is well formed (an id, its document and lines, a kind, the decision, the reason,
the live-check flag) and pointed at by the spec (`x-matrixport-errata`); every pointer names
an entry; spec/ERRATA.md is exactly what `codegen/errata.py` writes from the data.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "codegen"))
import errata

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def entries() -> list[dict[str, Any]]:
    return errata.load_entries()


@pytest.fixture(scope="module")
def files() -> dict[str, dict[str, Any]]:
    return errata.spec_files()


def test_entries_are_well_formed(entries: list[dict[str, Any]]) -> None:
    problems = errata.problems(entries)
    assert not problems, "\n".join(problems)


def test_no_dangling_entries_or_pointers(
    entries: list[dict[str, Any]], files: dict[str, dict[str, Any]]
) -> None:
    dangling = errata.dangling(entries, files)
    assert not dangling, "\n".join(dangling)


def test_errata_md_is_generated_from_the_data(
    entries: list[dict[str, Any]], files: dict[str, dict[str, Any]]
) -> None:
    expected = errata.render(entries, files)
    assert errata.ERRATA_MD.read_text(encoding="utf-8") == expected, (
        "spec/ERRATA.md is out of date: run `make errata`"
    )


def test_errata_md_has_an_index_per_document_and_the_live_checks_first(
    entries: list[dict[str, Any]], files: dict[str, dict[str, Any]]
) -> None:
    text = errata.render(entries, files)
    live = text.index("## Check against the live API first")
    index = text.index("## Index")
    assert live < index < text.index("## Balance+")
    for _, label in errata.DOCUMENTS.values():
        assert f"### {label}" in text[index:]
    for entry in entries:
        assert f'<a id="{entry["id"].lower()}"></a>' in text
        in_live_list = f"| [{entry['id']}](#" in text[live:index]
        assert in_live_list is entry["live_check"], entry["id"]


def test_every_kind_is_used(entries: list[dict[str, Any]]) -> None:
    assert {entry["kind"] for entry in entries} == set(errata.KINDS)


def test_a_pointer_to_no_entry_fails(entries: list[dict[str, Any]], files: dict[str, dict[str, Any]]) -> None:
    broken = copy.deepcopy(files)
    broken["t-bills"]["components"]["schemas"]["AskPrice"]["x-matrixport-errata"] = ["TB-999"]
    assert any("TB-999" in problem for problem in errata.dangling(entries, broken))


def test_an_entry_nothing_points_at_fails(
    entries: list[dict[str, Any]], files: dict[str, dict[str, Any]]
) -> None:
    orphan = {**entries[0], "id": "BP-999", "_file": "balance-plus.yaml"}
    assert any(
        "BP-999 is pointed at by nothing" in problem for problem in errata.dangling([*entries, orphan], files)
    )


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"id": "FI-1"}, "ids of balance-plus entries start with BP-"),
        ({"kind": "guess"}, "kind must be one of"),
        ({"lines": [100000]}, "has no line 100000"),
        ({"live_check": "yes"}, "live_check must be true or false"),
        ({"reason": ""}, "reason must be text"),
        ({"kind": "sandbox"}, "sandbox decisions have ids SB-n"),
    ],
)
def test_a_malformed_entry_fails(
    entries: list[dict[str, Any]], change: dict[str, Any], complaint: str
) -> None:
    entry = next(e for e in entries if e["id"] == "BP-1")
    assert any(complaint in problem for problem in errata.problems([{**entry, **change}]))


def test_spec_readme_documents_the_extensions() -> None:
    readme = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
    for extension in (
        "x-matrixport-errata",
        "x-matrixport-note",
        "x-matrixport-undocumented-values",
        "x-matrixport-enum-table",
    ):
        assert f"`{extension}`" in readme, extension
