"""What `help()` shows Python users: Python method names, no authoring notes, whole tables.

Every docstring of the generated package (module, class, function and attribute docstrings)
is read with `ast`: it must not name an operation by its camelCase operationId (the Python
method is `client.prime_broker.list_loan_bills`), must not send the reader to a file the
installed package does not contain (`ERRATA.md`, `spec/...`), and must keep every markdown
table row on one line.
"""

from __future__ import annotations

import ast
import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "codegen"))
from docstrings import wrap_markdown

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
SPECS = GENERATED / "_specs"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Files that only the repository has: the package and the published docs do not.
REPOSITORY_FILES = re.compile(r"ERRATA\.md|README\.md|spec/|\.ya?ml\b|codegen/|shared/docs")


def operation_ids() -> set[str]:
    found = set()
    for spec_file in SPECS.glob("*.json"):
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        for item in spec["paths"].values():
            found.update(item[method]["operationId"] for method in HTTP_METHODS if method in item)
    return found


def docstrings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string statement: docstrings and attribute docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.lineno, node.value.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    ]


def all_docstrings() -> list[tuple[str, int, str]]:
    return [
        (str(path.relative_to(ROOT)), line, text)
        for path in sorted(GENERATED.rglob("*.py"))
        for line, text in docstrings(path)
    ]


def camel_case_mentions(text: str, ids: set[str]) -> list[str]:
    return sorted({word for word in re.findall(r"\b[a-z]+[A-Z]\w*\b", text) if word in ids})


def test_docstrings_name_python_methods_not_operation_ids() -> None:
    ids = operation_ids()
    found = [
        f"{path}:{line}: {', '.join(mentions)}"
        for path, line, text in all_docstrings()
        if (mentions := camel_case_mentions(text, ids))
    ]
    assert not found, "docstrings naming operations by operationId:\n" + "\n".join(found)


def test_docstrings_refer_to_no_repository_file() -> None:
    found = [
        f"{path}:{line}: {match.group(0)}"
        for path, line, text in all_docstrings()
        if (match := REPOSITORY_FILES.search(text))
    ]
    assert not found, "docstrings sending users to files the package does not contain:\n" + "\n".join(found)


def test_markdown_tables_render_whole() -> None:
    broken = []
    for path, line, text in all_docstrings():
        rows = [row.strip() for row in text.splitlines() if row.strip().startswith("|")]
        for row in rows:
            if not row.endswith("|") or row.count("|") != rows[0].count("|"):
                broken.append(f"{path}:{line}: {row[:80]}")
    assert not broken, "markdown table rows broken across lines:\n" + "\n".join(broken)


def test_the_checks_can_fail() -> None:
    ids = operation_ids()
    assert camel_case_mentions("follow it with `getTransferRecord` and its serial_no", ids) == [
        "getTransferRecord"
    ]
    assert REPOSITORY_FILES.search("the document's example (see ERRATA.md)")
    table = "| a | b |\n|---|---|\n| " + "x " * 60 + "| y |"
    assert all(line.endswith("|") for line in wrap_markdown(table, 40).splitlines())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one two three four", "one two\nthree four"),
        ("- item one two three\n- b", "- item one\n  two\n  three\n- b"),
        ("| a long cell | b |\n|---|---|", "| a long cell | b |\n|---|---|"),
    ],
)
def test_wrap_markdown(text: str, expected: str) -> None:
    assert wrap_markdown(text, 10) == expected
