"""The spec's descriptions as Python users read them in `help()` and the reference docs.

The spec is language-neutral: its descriptions name operations by their operationId
(`listLoanBills`). A Python user calls `client.prime_broker.list_loan_bills`, so the
descriptions the generator turns into docstrings name the Python method instead. Authoring
notes live in `x-matrixport-note` and the errata (spec/errata), which docstrings do not show;
a short "(errata FI-7)" points at the published errata.

`wrap_markdown` is the docstring templates' filter for wrapping: it wraps paragraphs and list
items but never a markdown table row, so tables render whole.
"""

from __future__ import annotations

import copy
import re
import textwrap
from typing import Any

from openapi_python_client.strings import snake_case

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
TEXT_KEYS = ("description", "summary", "title")


def package_name(document_name: str) -> str:
    return document_name.replace("-", "_")


def python_method(document_name: str, operation_id: str) -> str:
    return f"client.{package_name(document_name)}.{snake_case(operation_id)}"


def operation_ids(document: dict[str, Any]) -> list[str]:
    return [
        item[method]["operationId"]
        for item in document.get("paths", {}).values()
        for method in HTTP_METHODS
        if method in item and "operationId" in item[method]
    ]


def python_names(text: str, document_name: str, ids: list[str]) -> str:
    """`listLoanBills` (in backticks or not) becomes `client.prime_broker.list_loan_bills`."""
    if not ids:
        return text
    pattern = re.compile(r"`?\b(" + "|".join(sorted(map(re.escape, ids), key=len, reverse=True)) + r")\b`?")
    return pattern.sub(lambda match: f"`{python_method(document_name, match.group(1))}`", text)


def for_python(document: dict[str, Any], document_name: str) -> dict[str, Any]:
    """A copy of a bundled document whose descriptions name Python methods, for the generator."""
    ids = operation_ids(document)
    result = copy.deepcopy(document)

    def walk(node: Any, key: str | None = None) -> Any:
        if isinstance(node, dict):
            for name, value in node.items():
                if name in TEXT_KEYS and isinstance(value, str) and key != "properties":
                    node[name] = python_names(value, document_name, ids)
                elif name not in ("examples", "example") and not name.startswith("x-"):
                    walk(value, name)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        return node

    return walk(result)  # type: ignore[no-any-return]


def wrap_markdown(text: str, width: int = 100) -> str:
    """Wrap paragraphs and list items to `width`; keep table rows and code blocks whole."""
    out: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text.strip("\n")):
        lines = block.split("\n")
        if any(line.lstrip().startswith("|") for line in lines) or lines[0].startswith(("```", "    ")):
            out.append(block)
            continue
        items: list[list[str]] = []
        for line in lines:
            if re.match(r"^\s*([-*]|\d+\.)\s", line) or not items:
                items.append([line.strip()])
            else:
                items[-1].append(line.strip())
        wrapped = []
        for item in items:
            joined = " ".join(part for part in item if part)
            bullet = re.match(r"^([-*]|\d+\.)\s", joined)
            indent = " " * len(bullet.group(0)) if bullet else ""
            wrapped.append(
                textwrap.fill(
                    joined,
                    width=width,
                    subsequent_indent=indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        out.append("\n".join(wrapped))
    return "\n\n".join(out)
