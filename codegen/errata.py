"""The errata as data: load spec/errata/*.yaml, check it, and write spec/ERRATA.md from it.

An entry records a decision the documents do not make for us: where a document contradicts
itself, a meaning or scale it does not state, an example that had to be repaired to be valid,
or how the sandbox behaves where the documents are silent. The spec points at the entries it
rests on with `x-matrixport-errata: [FI-7]` on the operation, parameter, schema, field,
example, error code or document concerned (`spec/README.md`, "Errata").

    python codegen/errata.py           # write spec/ERRATA.md (make errata)
    python codegen/errata.py --check   # fail if spec/ERRATA.md is not what the data gives
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
ERRATA_DIR = SPEC_DIR / "errata"
ERRATA_MD = SPEC_DIR / "ERRATA.md"
DOCUMENTS_DIR = SPEC_DIR / "documents"
SANDBOX_DIR = ROOT / "overrides" / "matrixport" / "sandbox"
POINTER_KEY = "x-matrixport-errata"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")

DOCUMENTS = {
    "shared": ("SH", "All documents"),
    "balance-plus": ("BP", "Balance+"),
    "fixed-income": ("FI", "Fixed-Income"),
    "fixed-staking": ("FS", "Fixed-Staking"),
    "prime-broker": ("PB", "Prime Broker"),
    "t-bills": ("TB", "T-Bills"),
}
KINDS = {
    "contradiction": "the document contradicts itself",
    "inferred": "a meaning, scale or behaviour the document does not state, inferred",
    "example-repaired": "a documented example repaired so that it is valid",
    "sandbox": "how the sandbox behaves where the documents are silent",
}
SANDBOX_PREFIX = "SB"
FIELDS = {"id", "document", "lines", "kind", "title", "decision", "reason", "live_check"}
ID = re.compile(r"^([A-Z]{2})-([1-9][0-9]*)$")


# --- Loading and checking ------------------------------------------------------------------------


def load_entries(directory: Path = ERRATA_DIR) -> list[dict[str, Any]]:
    """Every entry of every spec/errata/*.yaml file, in file order."""
    entries: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.yaml")):
        loaded = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for entry in loaded:
            entries.append({**entry, "_file": path.name})
    return entries


def document_lines(document: str) -> int:
    return len((DOCUMENTS_DIR / f"{document}.txt").read_text(encoding="utf-8").splitlines())


def line_references(entry: dict[str, Any]) -> list[tuple[str, int]]:
    """(document, line) of each of an entry's lines: `12` in its own document, `t-bills:40` in another."""
    found = []
    for item in entry.get("lines", []):
        if isinstance(item, int):
            found.append((entry["document"], item))
        else:
            document, _, line = str(item).partition(":")
            found.append((document, int(line)))
    return found


def problems(entries: list[dict[str, Any]]) -> list[str]:
    """What is wrong with the entries themselves (not with who points at them)."""
    found = []
    seen: set[str] = set()
    lengths = {name: document_lines(name) for name in DOCUMENTS if name != "shared"}
    for entry in entries:
        where = f"{entry.get('_file')}: {entry.get('id', '?')}"
        keys = set(entry) - {"_file"}
        if missing := FIELDS - keys:
            found.append(f"{where}: missing {sorted(missing)}")
        if unknown := keys - FIELDS:
            found.append(f"{where}: unknown fields {sorted(unknown)}")
        identifier = str(entry.get("id", ""))
        match = ID.match(identifier)
        document = entry.get("document")
        if identifier in seen:
            found.append(f"{where}: duplicate id")
        seen.add(identifier)
        if document not in DOCUMENTS:
            found.append(f"{where}: unknown document {document!r}")
            continue
        if not match:
            found.append(f"{where}: id must look like FI-7")
        elif entry.get("kind") == "sandbox":
            if match.group(1) != SANDBOX_PREFIX:
                found.append(f"{where}: sandbox decisions have ids {SANDBOX_PREFIX}-n")
        elif match.group(1) != DOCUMENTS[document][0]:
            found.append(f"{where}: ids of {document} entries start with {DOCUMENTS[document][0]}-")
        if entry.get("kind") not in KINDS:
            found.append(f"{where}: kind must be one of {sorted(KINDS)}")
        if not isinstance(entry.get("live_check"), bool):
            found.append(f"{where}: live_check must be true or false")
        for key in ("title", "decision", "reason"):
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                found.append(f"{where}: {key} must be text")
        if not isinstance(entry.get("lines"), list):
            found.append(f"{where}: lines must be a list (empty when no line applies)")
            continue
        if entry.get("kind") in ("contradiction", "example-repaired") and not entry["lines"]:
            found.append(f"{where}: a {entry['kind']} entry names the document lines concerned")
        for reference, line in line_references(entry):
            if reference not in lengths:
                found.append(f"{where}: line reference to unknown document {reference!r}")
            elif not 1 <= line <= lengths[reference]:
                found.append(f"{where}: {reference}.txt has no line {line}")
    return found


# --- Pointers ------------------------------------------------------------------------------------


def spec_files(directory: Path = SPEC_DIR) -> dict[str, dict[str, Any]]:
    return {
        name: yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8")) for name in DOCUMENTS
    }


def pointers(files: dict[str, dict[str, Any]]) -> Iterator[tuple[str, tuple[Any, ...], list[str]]]:
    """(file, path to the node, ids) of every `x-matrixport-errata` in the spec."""

    def walk(node: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], list[str]]]:
        if isinstance(node, dict):
            if POINTER_KEY in node:
                value = node[POINTER_KEY]
                yield path, value if isinstance(value, list) else [value]
            for key, value in node.items():
                yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, (*path, index))

    for name, document in files.items():
        for path, ids in walk(document, ()):
            yield name, path, ids


def sandbox_references(directory: Path = SANDBOX_DIR) -> set[str]:
    """Sandbox decision ids named in the sandbox's source (`# errata SB-2`)."""
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted(directory.rglob("*.py")))
    return set(re.findall(rf"\b{SANDBOX_PREFIX}-[1-9][0-9]*\b", text))


def dangling(entries: list[dict[str, Any]], files: dict[str, dict[str, Any]]) -> list[str]:
    """Pointers to no entry, and entries nothing points at."""
    ids = {entry["id"] for entry in entries}
    found = []
    pointed: set[str] = set()
    for name, path, refs in pointers(files):
        for ref in refs:
            pointed.add(ref)
            if ref not in ids:
                found.append(f"{name}.yaml {'/'.join(map(str, path))}: points at {ref}, which no entry has")
    pointed |= sandbox_references()
    for entry in entries:
        if entry["id"] not in pointed:
            found.append(f"{entry['_file']}: {entry['id']} is pointed at by nothing in the spec")
    return found


# --- Where a pointer sits, in words --------------------------------------------------------------


def snake_case(name: str) -> str:
    from openapi_python_client.strings import snake_case as generator_snake_case

    return str(generator_snake_case(name))


def python_method(document: str, operation_id: str) -> str:
    return f"client.{document.replace('-', '_')}.{snake_case(operation_id)}"


def describe(files: dict[str, dict[str, Any]], name: str, path: tuple[Any, ...]) -> str:
    """`createTransfer` (Python: `client.prime_broker.create_transfer`): parameter serial_no."""
    document = files[name]
    if not path:
        return "the document" if name != "shared" else "shared.yaml"
    head = path[0]
    if head == "paths" and len(path) >= 3 and path[2] in HTTP_METHODS:
        operation = document["paths"][path[1]][path[2]]
        text = f"`{operation['operationId']}` (`{python_method(name, operation['operationId'])}`)"
        rest = path[3:]
        if rest[:1] == ("parameters",) and len(rest) >= 2:
            parameter = operation["parameters"][rest[1]]
            text += f", parameter `{parameter.get('name', parameter.get('$ref', '').rsplit('/', 1)[-1])}`"
        elif "examples" in rest:
            role = "request" if rest[:1] == ("requestBody",) else "response"
            text += f", {role} example"
        elif rest[:1] == ("requestBody",):
            text += ", request body"
        elif rest[:1] == ("responses",):
            text += ", response"
        return text
    if head == "components" and len(path) >= 3:
        section, component = path[1], path[2]
        label = {"schemas": "schema", "parameters": "parameter", "securitySchemes": "security scheme"}.get(
            section, section
        )
        text = f"{label} `{component}`"
        rest = path[3:]
        names = [str(rest[i + 1]) for i, key in enumerate(rest[:-1]) if key == "properties"]
        if names:
            text += f", field `{'.'.join(names)}`"
        return text
    if head == "x-matrixport-error-codes":
        return f"error code {document[head][path[1]]['code']}"
    if head == "x-matrixport-error-code-sets" and len(path) >= 3:
        return f"error code {document[head][path[1]][path[2]]['code']} (set `{path[1]}`)"
    return "/".join(str(p) for p in path)


def locations(files: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Per entry id, the places in the spec that point at it, in words."""
    found: dict[str, list[str]] = {}
    for name, path, refs in pointers(files):
        for ref in refs:
            text = f"{name}.yaml: {describe(files, name, path)}"
            if text not in found.setdefault(ref, []):
                found[ref].append(text)
    return found


# --- ERRATA.md -----------------------------------------------------------------------------------


def sort_key(entry: dict[str, Any]) -> tuple[int, str, int]:
    match = ID.match(entry["id"])
    order = list(DOCUMENTS)
    number = int(match.group(2)) if match else 0
    return order.index(entry["document"]), match.group(1) if match else "", number


def anchor(identifier: str) -> str:
    return identifier.lower()


def one_line(text: str) -> str:
    return " ".join(text.split())


def line_text(entry: dict[str, Any]) -> str:
    references = line_references(entry)
    if not references:
        return "none"
    by_document: dict[str, list[int]] = {}
    for document, line in references:
        by_document.setdefault(document, []).append(line)
    return "; ".join(
        f"`{document}.txt` {', '.join(str(line) for line in lines)}"
        for document, lines in by_document.items()
    )


def render(entries: list[dict[str, Any]], files: dict[str, dict[str, Any]]) -> str:
    where = locations(files)
    ordered = sorted(entries, key=sort_key)
    out = [
        "# Errata: what the documents do not settle, and what the spec decided",
        "",
        "<!-- Generated by codegen/errata.py from spec/errata/*.yaml (`make errata`); do not edit. -->",
        "",
        "The five API documents (`spec/documents/`, copies of Matrixport's pages) are the only",
        "authority on the wire format, but they contradict themselves in places, leave meanings and",
        "scales unstated, and show examples that are not valid JSON. Each entry below records one",
        "such decision: the lines of the document concerned, what was decided and why, whether it",
        "must be checked against the live API, and where the spec rests on it (the spec points at",
        "entries with `x-matrixport-errata`). `tests/test_crosscheck.py` compares every table of the",
        "documents with the spec and fails on any difference no entry explains.",
        "",
        "Kinds: " + "; ".join(f"**{kind}**: {text}" for kind, text in KINDS.items()) + ".",
        "",
        "## Check against the live API first",
        "",
        "| entry | document | decision |",
        "|---|---|---|",
    ]
    for entry in ordered:
        if entry["live_check"]:
            out.append(
                f"| [{entry['id']}](#{anchor(entry['id'])}) | {DOCUMENTS[entry['document']][1]} "
                f"| {_cell(entry['title'])} |"
            )
    out += ["", "## Index", ""]
    for document, (_, label) in DOCUMENTS.items():
        mine = [entry for entry in ordered if entry["document"] == document]
        if not mine:
            continue
        source = "" if document == "shared" else f" (`{document}.txt`)"
        out += [f"### {label}{source}", "", "| entry | kind | title | live check |", "|---|---|---|---|"]
        for entry in mine:
            out.append(
                f"| [{entry['id']}](#{anchor(entry['id'])}) | {entry['kind']} | {_cell(entry['title'])} "
                f"| {'yes' if entry['live_check'] else ''} |"
            )
        out.append("")
    for document, (_, label) in DOCUMENTS.items():
        mine = [entry for entry in ordered if entry["document"] == document]
        if not mine:
            continue
        out += [f"## {label}", ""]
        for entry in mine:
            out += [
                f'<a id="{anchor(entry["id"])}"></a>',
                "",
                f"### {entry['id']}: {one_line(entry['title'])}",
                "",
                f"*Kind:* {entry['kind']}. *Lines:* {line_text(entry)}. "
                f"*Check against the live API:* {'yes' if entry['live_check'] else 'no'}.",
                "",
                f"**Decision.** {one_line(entry['decision'])}",
                "",
                f"**Reason.** {one_line(entry['reason'])}",
                "",
            ]
            places = where.get(entry["id"], [])
            if places:
                out += ["**Where the spec rests on it:**", "", *(f"- {place}" for place in places), ""]
            elif entry["kind"] == "sandbox":
                out += ["**Where:** the sandbox (`overrides/matrixport/sandbox/`).", ""]
    return "\n".join(out).rstrip() + "\n"


def _cell(text: str) -> str:
    return one_line(text).replace("|", "\\|")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if spec/ERRATA.md is out of date")
    args = parser.parse_args()
    entries = load_entries()
    files = spec_files()
    errors = problems(entries) + dangling(entries, files)
    if errors:
        sys.exit("errata problems:\n" + "\n".join(errors))
    text = render(entries, files)
    if args.check:
        if ERRATA_MD.read_text(encoding="utf-8") != text:
            sys.exit("spec/ERRATA.md is out of date: run `make errata`")
        return
    ERRATA_MD.write_text(text, encoding="utf-8")
    print(f"wrote {ERRATA_MD.relative_to(ROOT)} ({len(entries)} entries)")


if __name__ == "__main__":
    main()
