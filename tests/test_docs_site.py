"""The documentation site (`make docs`) as a reader gets it: opened from disk in headless Chromium.

tests/docs/check-site.mjs drives Debian's chromium with playwright-core and reports what it saw;
this file asserts on the report. Chromium missing is a failure, never a skip: `make test` installs it
(`make browser`). Screenshots of the home page, an operation and both searches stay in
build/docs-screenshots/ for review.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from matrixport.cli._catalog import all_operations

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "dist" / "docs"
SHOTS = ROOT / "build" / "docs-screenshots"


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium")
    assert chromium, "Chromium is not installed: `make browser` installs Debian's chromium (apt-get, as root)"
    assert (SITE / ".inputs").is_file(), "the site is not built: run `make docs`"
    SHOTS.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["node", "tests/docs/check-site.mjs", str(SITE), str(SHOTS)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "CHROMIUM": chromium},
        check=False,
    )
    assert result.returncode == 0, f"the browser check failed:\n{result.stderr}"
    data: dict[str, Any] = json.loads(result.stdout)
    (ROOT / "build" / "docs-browser-report.json").write_text(result.stdout, encoding="utf-8")
    return data


def expected_calls() -> set[str]:
    return {info.python for info in all_operations()}


def test_every_operation_has_its_section_in_the_api_reference(report: dict[str, Any]) -> None:
    assert report["apiMissing"] == []
    rendered = {entry.split(" ")[0] for entry in report["apiRendered"]}
    assert rendered == expected_calls()
    assert len(rendered) == 90


def test_code_samples_show(report: dict[str, Any]) -> None:
    # Every operation's page showed its Python sample (`result = client....(`, checked per operation
    # above); the Transfer's, whole:
    sample = report["codeSample"]
    assert "result = client.prime_broker.create_transfer(" in sample
    assert 'amount=Decimal("1"),' in sample and 'from_account="9547_huobi_1",' in sample


def test_search_and_index_find_create_transfer(report: dict[str, Any]) -> None:
    assert report["indexSearch"] == ["prime-broker-create-transfer"]  # the operations index's filter
    assert report["pythonSearch"][0] == "def matrixport.prime_broker.client.PrimeBroker.create_transfer("
    assert report["apiSearchOpens"] == "#/trading-accounts/primebrokercreatetransfer"  # Redoc's first hit


def test_operations_index_and_python_reference_cover_every_operation(report: dict[str, Any]) -> None:
    assert report["operations"] == 90
    assert report["pythonMissing"] == []  # every method's anchor exists in the Python reference


def test_guides_errata_and_command_usage_are_there(report: dict[str, Any]) -> None:
    pages = report["pages"]
    for page in (
        "guides/production-behaviour.html",
        "guides/other-languages.html",
        "errata.html",
        "cli.html",
    ):
        assert pages[page]["text"] > 1000, page
    errata = (ROOT / "spec" / "ERRATA.md").read_text(encoding="utf-8")
    assert len(report["errataEntries"]) == len(set(re.findall(r'<a id="([a-z]{2}-\d+)"></a>', errata))) > 100
    assert report["errataLinksInPython"] > 0  # docstrings' "errata TB-5" link to the entry
    assert len(report["cliSections"]) == 1 + 5 + 90  # matrixport, each document, each operation


def test_no_console_errors(report: dict[str, Any]) -> None:
    assert report["consoleErrors"] == []


def test_no_request_leaves_the_machine(report: dict[str, Any]) -> None:
    assert report["requests"] > 20
    assert report["requestsLeaving"] == []
    assert set(report["requestSchemes"]) <= {"file", "data", "blob"}


def test_screenshots_are_kept(report: dict[str, Any]) -> None:
    names = {Path(path).name for path in report["screenshots"]}
    assert {"home.png", "operation.png"} <= names
    for path in report["screenshots"]:
        assert Path(path).stat().st_size > 10_000
