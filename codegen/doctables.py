"""Extract every table of the five API documents into data: spec/tables/<document>.yaml.

The documents (spec/documents/*.txt) are text extracted from web pages: tables are flattened
either into `| a | b |` rows whose cells may wrap onto the next line (Balance+, Prime Broker)
or into space-separated rows under a header line such as `Parameter Name Type Mandatory Limit
Description` (Fixed-Income, Fixed-Staking, T-Bills). This script reads both forms and writes,
per document:

- `operations`: one entry per interface heading, with the method and path the document declares
  or its curl line shows, the parameters of the curl line, and the interface's request and
  response tables (one row per field: name, type, required, limit, text, and what the text
  states mechanically: enum values, an e8 scale, a fixed value, a default, length limits);
- `tables`: the tables outside the interfaces (public parameters, the response envelope, enum
  tables, the error-code table, and informational tables).

The output is data for `codegen/crosscheck.py` (run by tests/test_crosscheck.py), reviewed by
hand like any transcription. Rerun it when a document changes: `make tables`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS_DIR = ROOT / "spec" / "documents"
TABLES_DIR = ROOT / "spec" / "tables"

# The web-page extraction turned HTML entities in curl lines into characters: `&timestamp`
# became U+00D7 + `tamp` (&times) and `&currency` became U+00A4 + `cy` (&curren).
MANGLED = {"\u00d7": "&times", "\u00a4": "&curren"}

TYPES = {
    "string": "string",
    "int": "integer",
    "integer": "integer",
    "int64": "integer",
    "long": "integer",
    "decimal": "decimal",
    "bool": "boolean",
    "boolean": "boolean",
    "array": "array",
    "list": "array",
    "object": "object",
}
METHOD_LINE = re.compile(r"^-?\s*(GET|POST|PUT|DELETE)\s*$")
DECLARED_PATH = re.compile(r"^(/[^\s]*?)(?:Request|Response|\s|$)")
INTERFACE_DESCRIPTION = re.compile(r"^-?\s*Interface [Dd]escription\s*$")
LOCATION = re.compile(r"Request [Pp]arameter [Ll]ocation:\s*(\S+)")
URL = re.compile(r"https://mapi\.matrixport\.com(/[^\s\"']*)")
JSON_KEY = re.compile(r'"(\w+)"\s*:')


# --- Documents as lines ----------------------------------------------------------------------------


def read_lines(path: Path) -> list[str]:
    """The document's lines; line n of the file is lines[n - 1]."""
    return path.read_text(encoding="utf-8").splitlines()


def unmangle(text: str) -> str:
    for char, entity in MANGLED.items():
        text = text.replace(char, entity)
    return text


# --- Table rows ------------------------------------------------------------------------------------


def pipe_cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner.removeprefix("|")
    inner = inner.removesuffix("|")
    return [cell.strip() for cell in inner.split("|")]


def pipe_tables(lines: list[str]) -> list[tuple[int, list[str], list[tuple[int, list[str]]]]]:
    """(header line number, header cells, [(row line number, cells)]) of every `|` table.

    A row whose cell wrapped onto the next line continues on lines that do not start with `|`
    but end with one (`| from_account | string | Y | account_id from accounts |` + `888.bal | |`).
    """
    tables = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if line.startswith("|") and re.match(r"^\|(\s*-+\s*\|)+\s*$", following):
            header = pipe_cells(line)
            rows: list[tuple[int, list[str]]] = []
            index += 2
            while index < len(lines) and lines[index].startswith("|"):
                number, text = index + 1, lines[index]
                while (
                    index + 1 < len(lines)
                    and not lines[index + 1].startswith("|")
                    and lines[index + 1].rstrip().endswith("|")
                ):
                    index += 1
                    text = text.rstrip() + " " + lines[index].strip()
                rows.append((number, pipe_cells(text)))
                index += 1
            tables.append((index_of_header(lines, header, rows), header, rows))
            continue
        index += 1
    return tables


def index_of_header(lines: list[str], header: list[str], rows: list[tuple[int, list[str]]]) -> int:
    first_row = rows[0][0] if rows else None
    if first_row is None:
        raise ValueError(f"table {header} has no rows")
    return first_row - 2


SPACE_HEADERS = {
    "Parameter Name Type Mandatory Limit Description": ["name", "type", "required", "limit", "text"],
    "Parameter Name Type Mandatory Description": ["name", "type", "required", "text"],
    "Parameter Name Type Description": ["name", "type", "text"],
    "Parameter name Type Description": ["name", "type", "text"],
    "Return Codes Details": ["code", "message"],
    "Status Description": ["value", "description"],
    "Name Description Notes": ["text"],
    "version time content": ["text"],
}


def space_tables(lines: list[str]) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """(header line number, header, [(row line number, text)]) of every space-separated table.

    A table ends at a blank line, at the next header, or at a line that is not a row (a curl
    line, the start of a JSON example).
    """
    tables = []
    index = 0
    while index < len(lines):
        header = lines[index].strip()
        if header in SPACE_HEADERS:
            rows = []
            index += 1
            while index < len(lines):
                text = lines[index].strip()
                if not text or text in SPACE_HEADERS or text.startswith(("curl ", "{", "}", "//")):
                    break
                rows.append((index + 1, text))
                index += 1
            tables.append((0, header, rows))
            tables[-1] = (rows[0][0] - 1 if rows else index, header, rows)
            continue
        index += 1
    return tables


def split_typed_row(text: str) -> tuple[str, str | None, list[str]]:
    """`name type rest...`: the name may hold a space (`product type`), so the type is the first
    token that is a type word."""
    tokens = text.split()
    for position, token in enumerate(tokens[1:], start=1):
        if token.lower() in TYPES:
            return " ".join(tokens[:position]), token, tokens[position + 1 :]
    return tokens[0], None, tokens[1:]


# --- What a row's text states ----------------------------------------------------------------------

ENUM_BRACKET_WORDS = re.compile(r"\[Enum:\s*([^\]]+)\]")
ENUM_BRACKET_NUMBERS = re.compile(r"\[Enum\s+([^\]]+)\]|Enum\[([^\]]+)\]")
ENUM_TABLE_REFERENCE = re.compile(r"\b((?:[A-Z][A-Za-z]*\s)+Enum)\b(?!\s*\[|:|\[)")
COLON_VALUE = re.compile(r"(?:^|[\s,;?(])(-?\d+)\s*:(?!\d)")
PAREN_VALUE = re.compile(r"(?:^|[\s,;])(-?\d+)\s*\((?!\d)")
DOT_VALUE = re.compile(r"(?:^|[\s,;?\[])(\d+)\.(?=[A-Za-z])")
EQUALS_VALUE = re.compile(r"(?:^|[\s,:])(\d+)\s*=\s*[A-Za-z]")
CLOSE_PAREN_VALUE = re.compile(r"(?:^|[\s,;:])(\d+)\)\s")
WORD_VALUE = re.compile(r"(?:^|[\s,])(\d+),?\s+(?=[A-Za-z])")
OPEN_LIST = re.compile(r"^([a-z]\w*(?:\.\w+)*(?:,[a-z]\w*(?:\.\w+)*)+)(\.\.\.)?")
EITHER = re.compile(r"^([A-Z][A-Z0-9]*) or ([A-Z][A-Z0-9]*)$")
MEANS_VALUE = re.compile(r"(?:^|\s)(\d+) means\b")
E8 = re.compile(r"\be8\b", re.IGNORECASE)
MUST_BE = re.compile(r"\bmust be (\w+)")
DEFAULT = re.compile(r"\bdefault (\d+)|\bis (\d+)(?: \w+)? by default\b", re.IGNORECASE)
LENGTH_RANGE = re.compile(r"\b(\d+) to (\d+) character")
MAX_LENGTH = re.compile(r"\bMax length (\d+)", re.IGNORECASE)
PATTERN = re.compile(r'rules "(\^[^"]*\$)"')


def ordered_unique(values: list[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen


def enum_facts(text: str, wire_type: str | None) -> dict[str, Any]:
    """The enum a row's text states: its values, the enum table it names, or an open list.

    Patterns, all seen in the documents: `[Enum:a,b]`, `[Enum 0.A 1.B]`, `Enum[1.A 2.B]`,
    `0: no, 1: yes`, `1(Pre-order), 3(Canceled)`, `1) all, 2) holding`, `4.redeem processing`,
    `1 (queuing), 2 (processing)`, `0=CN, 1=EN`, `1 pending release 2 released`, `Order Status Enum`, and
    `huobi,binance,okex...`.
    """
    if match := ENUM_BRACKET_WORDS.search(text):
        return {
            "enum": ordered_unique([item.split()[0] for item in match.group(1).split(",") if item.strip()])
        }
    if match := ENUM_BRACKET_NUMBERS.search(text):
        inner = match.group(1) or match.group(2)
        return {"enum": ordered_unique(re.findall(r"(\d+)\.", inner))}
    if match := ENUM_TABLE_REFERENCE.search(text):
        return {"enum_table": match.group(1)}
    if wire_type in ("string", None) and (match := OPEN_LIST.match(text)):
        return {"enum": match.group(1).split(","), "enum_open": bool(match.group(2))}
    if wire_type in ("string", None) and (match := EITHER.match(text)):
        return {"enum": [match.group(1), match.group(2)]}
    if wire_type not in ("integer", "string", "array", None):
        return {}
    for pattern in (COLON_VALUE, PAREN_VALUE, CLOSE_PAREN_VALUE, EQUALS_VALUE):
        values = ordered_unique(pattern.findall(text))
        if len(values) >= 2:
            dotted = [v for v in ordered_unique(DOT_VALUE.findall(text)) if v not in values]
            return {"enum": ordered_unique(MEANS_VALUE.findall(text) + values + dotted)}
    # `1 pending release 2 released 3 off the shelf`: only a run of consecutive numbers, so that
    # `8 to 32 character string` is not read as values.
    values = ordered_unique(WORD_VALUE.findall(text))
    numbers = [int(v) for v in values]
    if len(values) >= 2 and numbers == list(range(numbers[0], numbers[0] + len(numbers))):
        return {"enum": values}
    return {}


def row_facts(text: str, wire_type: str | None, limit: str | None) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    facts.update(enum_facts(text, wire_type))
    if E8.search(text):
        facts["e8"] = True
    if match := MUST_BE.search(text):
        facts["const"] = match.group(1)
    if match := DEFAULT.search(text):
        value = next(group for group in match.groups() if group)
        if value.lower() not in ("the", "a"):
            facts["default"] = value
    if match := LENGTH_RANGE.search(text) or (limit and LENGTH_RANGE.search(limit)):
        facts["min_length"], facts["max_length"] = int(match.group(1)), int(match.group(2))
    elif match := MAX_LENGTH.search(text):
        facts["max_length"] = int(match.group(1))
    elif limit and limit.isdigit():
        facts["max_length"] = int(limit)
    if match := PATTERN.search(text):
        facts["pattern"] = match.group(1)
    return facts


def field_row(
    number: int, name: str, raw_type: str | None, required: str | None, limit: str | None, text: str
) -> dict[str, Any]:
    wire_type = TYPES.get(raw_type.lower()) if raw_type else None
    row: dict[str, Any] = {"line": number, "name": name, "type": raw_type}
    if wire_type is None:
        row["type_unknown"] = True
    if required is not None:
        row["required"] = {"Y": True, "N": False}.get(required, required)
    if limit is not None:
        row["limit"] = limit
    row["text"] = text
    row.update(row_facts(text, wire_type, limit))
    if E8.search(raw_type or ""):
        row["e8"] = True
    return row


# --- Examples ---------------------------------------------------------------------------------


def strip_comments(text: str) -> str:
    """The text without `//` comments (outside strings): the documents annotate their examples."""
    out = []
    in_string = escaped = False
    index = 0
    while index < len(text):
        char = text[index]
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", index):
            while index < len(text) and text[index] != "\n":
                index += 1
            continue
        else:
            out.append(char)
        index += 1
    return "".join(out)


TRAILING_COMMA = re.compile(r",(\s*[}\]])")
MISSING_COMMA = re.compile(r'("|\d|true|false|null|\]|\})([ \t]*\n\s*")')


def lenient_json(text: str) -> dict[str, Any]:
    """An example read as JSON, with the repairs it needed (trailing or missing commas, a key
    given twice: the last one wins), or the error that stops it (unquoted placeholders, invalid
    escapes)."""
    cleaned = strip_comments(text)
    repairs: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in items]
        for key in sorted({key for key in keys if keys.count(key) > 1}):
            if f"duplicate key {key}" not in repairs:
                repairs.append(f"duplicate key {key}")
        return dict(items)

    for _ in range(2):
        try:
            return {"value": json.loads(cleaned, object_pairs_hook=pairs), "repairs": repairs}
        except json.JSONDecodeError:
            pass
        if TRAILING_COMMA.search(cleaned):
            cleaned = TRAILING_COMMA.sub(r"\1", cleaned)
            repairs.append("trailing comma")
        if MISSING_COMMA.search(cleaned):
            cleaned = MISSING_COMMA.sub(r"\1,\2", cleaned)
            repairs.append("missing comma")
    try:
        return {"value": json.loads(cleaned, object_pairs_hook=pairs), "repairs": repairs}
    except json.JSONDecodeError as error:
        return {"error": f"not JSON: {error.msg} (line {error.lineno} of the example)", "repairs": repairs}


def json_blocks(lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    """(first line number, text) of every top-level `{ ... }` block between two line numbers."""
    blocks = []
    index = start - 1
    while index < end:
        if lines[index].strip().startswith("{"):
            first = index
            depth = 0
            collected = []
            while index < end:
                collected.append(lines[index])
                depth += strip_comments(lines[index]).count("{") + strip_comments(lines[index]).count("[")
                depth -= strip_comments(lines[index]).count("}") + strip_comments(lines[index]).count("]")
                index += 1
                if depth <= 0:
                    break
            blocks.append((first + 1, "\n".join(collected)))
            continue
        index += 1
    return blocks


def example_facts(
    lines: list[str], start: int, end: int, curl: dict[str, Any] | None
) -> list[dict[str, Any]]:
    examples = []
    if curl and "body_text" in curl:
        examples.append({"role": "request", "line": curl["line"], **lenient_json(curl.pop("body_text"))})
    for line, text in json_blocks(lines, start, end):
        previous = next((lines[i].strip() for i in range(line - 2, start - 2, -1) if lines[i].strip()), "")
        role = "request" if previous.endswith("Request Body") else "response"
        examples.append({"role": role, "line": line, **lenient_json(text)})
    return examples


EXAMPLE_COMMENT = re.compile(r'^\s*"(\w+)"\s*:.*?//\s*(.*?)\s*$')


def example_comments(lines: list[str], start: int, end: int) -> dict[str, str]:
    """What the examples' `//` comments say about each key (`"share": 0, //integer, share e8`)."""
    comments: dict[str, str] = {}
    for index in range(start - 1, end):
        match = EXAMPLE_COMMENT.match(lines[index])
        if match and match.group(2) and match.group(1) not in comments:
            comments[match.group(1)] = match.group(2)
    return comments


# --- Sections: interfaces and the rest ---------------------------------------------------------


def pipe_headings(lines: list[str]) -> list[int]:
    """Line numbers of interface headings in a `|` document: the line before an "Interface
    description" line, or before a method line that no such heading precedes."""
    headings = []
    last_method = 0
    for index, line in enumerate(lines):
        if INTERFACE_DESCRIPTION.match(line):
            headings.append(index)  # the heading is lines[index - 1], line number index
        elif METHOD_LINE.match(line):
            if not any(last_method < heading <= index for heading in headings):
                headings.append(index)
            last_method = index + 1
    return sorted(set(headings))


def space_headings(lines: list[str]) -> list[int]:
    """Line numbers of interface headings in a space-separated document: a short line between
    blank lines, followed by a table header or a curl line, whose section has a curl line."""
    candidates = []
    for index in range(1, len(lines) - 2):
        text = lines[index].strip()
        if (
            text
            and not lines[index - 1].strip()
            and not lines[index + 1].strip()
            and len(text) < 60
            and text not in SPACE_HEADERS
            and not text.startswith(("{", "}", "curl", '"', "//"))
        ):
            following = next((line.strip() for line in lines[index + 1 :] if line.strip()), "")
            if following in SPACE_HEADERS or following.startswith("curl "):
                candidates.append(index + 1)
    headings = []
    for position, number in enumerate(candidates):
        end = candidates[position + 1] - 1 if position + 1 < len(candidates) else len(lines)
        if any(line.strip().startswith("curl ") for line in lines[number:end]):
            headings.append(number)
    return headings


def curl_facts(lines: list[str], start: int, end: int) -> dict[str, Any] | None:
    """The first curl command between line numbers start and end: method, path, parameters."""
    for index in range(start - 1, end):
        line = lines[index]
        if not line.strip().startswith("curl "):
            continue
        command = [line]
        cursor = index
        # A POST's body and URL may follow on the next lines (`--data '{` ... `}'` then the URL).
        while not URL.search(" ".join(command)) and cursor + 1 < end:
            cursor += 1
            command.append(lines[cursor])
        text = unmangle("\n".join(command))
        url = URL.search(text)
        if url is None:
            return None
        target = url.group(1)
        split = re.match(r"([^?&]*)(?:[?&](.*))?$", target)
        assert split is not None
        path, query = split.group(1), split.group(2) or ""
        params = [pair.split("=", 1)[0] for pair in query.split("&") if pair]
        body = re.search(r"--data '(.*?)'", text, re.DOTALL)
        facts: dict[str, Any] = {
            "line": index + 1,
            "method": "POST" if "-X POST" in text else "GET",
            "path": path,
            "query": params,
            "body": JSON_KEY.findall(body.group(1)) if body else [],
        }
        if body:
            facts["body_text"] = body.group(1)
        return facts
    return None


def classify_space_table(header: str) -> str:
    if header == "Return Codes Details":
        return "error-codes"
    if header == "Status Description":
        return "enum"
    if header in ("Name Description Notes", "version time content"):
        return "other"
    return "fields"


def build_space_table(header: str, header_line: int, rows: list[tuple[int, str]]) -> dict[str, Any]:
    columns = SPACE_HEADERS[header]
    kind = classify_space_table(header)
    table: dict[str, Any] = {"line": header_line, "header": header, "kind": kind}
    out = []
    for number, text in rows:
        if kind == "error-codes":
            code, _, message = text.partition(" ")
            out.append({"line": number, "code": code, "message": message.strip()})
        elif kind == "enum":
            value, _, description = text.partition(" ")
            out.append({"line": number, "value": value, "description": description.strip()})
        elif kind == "other":
            out.append({"line": number, "text": text})
        else:
            name, raw_type, rest = split_typed_row(text)
            required = limit = None
            if "required" in columns and rest and rest[0] in ("Y", "N"):
                required, rest = rest[0], rest[1:]
            if "limit" in columns and rest and (rest[0] == "-" or rest[0].isdigit()):
                limit, rest = rest[0], rest[1:]
            out.append(field_row(number, name, raw_type, required, limit, " ".join(rest)))
    table["rows"] = out
    table["has_required"] = "required" in columns
    return table


PIPE_COLUMNS = {
    "parameter name": "name",
    "type": "type",
    "mandatory": "required",
    "required": "required",
    "limit": "limit",
    "maximum length": "limit",
    "description": "text",
    "example": "example",
}


def build_pipe_table(
    header: list[str], header_line: int, rows: list[tuple[int, list[str]]], title: str
) -> dict[str, Any]:
    lowered = [cell.lower() for cell in header]
    table: dict[str, Any] = {"line": header_line, "header": " | ".join(header)}
    out: list[dict[str, Any]] = []
    if lowered[:1] == ["return codes"]:
        table["kind"] = "error-codes"
        out = [
            {"line": n, "code": cells[0], "message": cells[1] if len(cells) > 1 else ""} for n, cells in rows
        ]
    elif lowered == ["code", "description"]:
        table["kind"] = "enum"
        table["name"] = title
        out = [{"line": n, "value": cells[0], "description": cells[1]} for n, cells in rows]
    elif lowered == ["exchange name", "exchange unique id"]:
        table["kind"] = "enum"
        table["name"] = title
        out = [{"line": n, "value": cells[1], "description": cells[0]} for n, cells in rows]
    elif lowered[:1] == ["parameter name"]:
        table["kind"] = "fields"
        table["has_required"] = "mandatory" in lowered or "required" in lowered
        for number, cells in rows:
            name, raw_type = cells[0], cells[1] if len(cells) > 1 else None
            required = None
            rest = cells[2:]
            if table["has_required"]:
                required, rest = (rest[0] if rest else None), rest[1:]
            limit = None
            # Balance+ fills the Maximum Length column; Prime Broker writes the description there,
            # except for the "8 to 32 character string" rows.
            if "maximum length" in lowered and rest:
                limit, rest = rest[0], rest[1:]
            text = " | ".join(cell for cell in rest if cell)
            if raw_type and raw_type.lower() not in TYPES and " " in raw_type:
                text = f"{raw_type} | {text}" if text else raw_type
            out.append(field_row(number, name, raw_type, required, limit, text))
    else:
        table["kind"] = "other"
        out = [{"line": n, "text": " | ".join(cells)} for n, cells in rows]
    table["rows"] = out
    return table


def title_before(lines: list[str], header_line: int) -> str:
    """The nearest non-blank line above a table header (`- Order Status Enum`)."""
    for index in range(header_line - 2, -1, -1):
        text = lines[index].strip()
        if text:
            return text.removeprefix("- ").strip()
    return ""


FRONT_MATTER = {"Public Parameters": "public", "Response Format Strings": "envelope"}


def front_matter_kind(lines: list[str], header_line: int) -> str:
    """A field table outside the interfaces: the public parameters, the envelope, or other."""
    seen = 0
    for index in range(header_line - 2, -1, -1):
        text = lines[index].strip()
        if text in FRONT_MATTER:
            return FRONT_MATTER[text]
        if text:
            seen += 1
            if seen > 3:
                break
    return "other"


def extract(document: str, path: Path) -> dict[str, Any]:
    lines = read_lines(path)
    pipe = any(line.startswith("|---") for line in lines)
    heading_lines = pipe_headings(lines) if pipe else space_headings(lines)
    # An interface section runs from its heading to the next heading, or to the first table that
    # is not the interface's (the error codes, the enum tables) after its last example.
    sections = [{"heading": lines[n - 1].strip(), "line": n} for n in heading_lines]
    for position, section in enumerate(sections):
        section["end"] = sections[position + 1]["line"] - 1 if position + 1 < len(sections) else len(lines)

    if pipe:
        raw_tables = [
            build_pipe_table(header, line, rows, title_before(lines, line))
            for line, header, rows in pipe_tables(lines)
        ]
    else:
        raw_tables = [build_space_table(header, line, rows) for line, header, rows in space_tables(lines)]

    operations: list[dict[str, Any]] = []
    for section in sections:
        start, end = section["line"], section["end"]
        operation: dict[str, Any] = {"heading": section["heading"], "line": start}
        for index in range(start, end):
            if METHOD_LINE.match(lines[index]) and index + 1 < end:
                operation["method"] = METHOD_LINE.match(lines[index]).group(1)  # type: ignore[union-attr]
                declared = DECLARED_PATH.match(lines[index + 1].strip())
                if declared:
                    operation["path"] = declared.group(1)
                    operation["path_line"] = index + 2
                break
        for index in range(start, end):
            if match := LOCATION.search(lines[index]):
                location = match.group(1).lower()
                operation["location"] = {"query_string": "query", "body/json": "body"}.get(location, location)
                break
        curl = curl_facts(lines, start, end)
        examples = example_facts(lines, start, end, curl)
        if curl:
            operation["curl"] = curl
        examples_start = next(
            (i + 1 for i in range(start - 1, end) if lines[i].strip().startswith(("curl ", "{"))), end
        )
        tables = []
        for table in raw_tables:
            if start <= table["line"] <= end and table["kind"] == "fields":
                before_example = table["line"] < examples_start
                role = "request" if table.get("has_required") or before_example else "response"
                tables.append({"role": role, **table})
        operation["comments"] = example_comments(lines, start, end)
        operation["examples"] = examples
        operation["tables"] = tables
        operations.append(operation)

    claimed = {table["line"] for operation in operations for table in operation["tables"]}
    others = []
    for table in raw_tables:
        if table["line"] in claimed:
            continue
        if table["kind"] == "fields":
            table["kind"] = front_matter_kind(lines, table["line"])
        if table["kind"] == "enum" and "name" not in table:
            table["name"] = title_before(lines, table["line"])
        others.append(table)
    for operation in operations:
        for table in operation["tables"]:
            table.pop("has_required", None)
    for table in others:
        table.pop("has_required", None)

    return {
        "document": document,
        "source": f"spec/documents/{path.name}",
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "lines": len(lines),
        "operations": operations,
        "tables": others,
    }


# --- Output ------------------------------------------------------------------------------------


def dump(data: dict[str, Any]) -> str:
    """YAML in block style with JSON-flow values, one table row per line, so diffs stay readable."""

    def flow(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def mapping(item: dict[str, Any], indent: str, nested: str) -> list[str]:
        result = []
        for position, (key, value) in enumerate(item.items()):
            prefix = f"{indent}- " if position == 0 else f"{indent}  "
            if key in ("tables", "rows", "examples"):
                result.append(f"{prefix}{key}:" + ("" if value else " []"))
                for child in value:
                    if key == "tables":
                        result.extend(mapping(child, indent + "  ", nested))
                    else:
                        result.append(f"{indent}  - {flow(child)}")
            elif key == "comments":
                result.append(f"{prefix}{key}:" + ("" if value else " {}"))
                for name, text in value.items():
                    result.append(f"{indent}    {flow(name)}: {flow(text)}")
            else:
                result.append(f"{prefix}{key}: {flow(value)}")
        return result

    out = [
        "# Generated by codegen/doctables.py from the document; do not edit (make tables).",
        *(f"{key}: {flow(data[key])}" for key in ("document", "source", "sha256", "lines")),
        "operations:",
    ]
    for operation in data["operations"]:
        out.extend(mapping(operation, "", ""))
    out.append("tables:")
    for table in data["tables"]:
        out.extend(mapping(table, "", ""))
    return "\n".join(out) + "\n"


def documents(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.txt"))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=Path, default=DOCUMENTS_DIR)
    parser.add_argument("--out", type=Path, default=TABLES_DIR)
    parser.add_argument("--check", action="store_true", help="fail if the output would change")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    stale = []
    for path in documents(args.documents):
        text = dump(extract(path.stem, path))
        target = args.out / f"{path.stem}.yaml"
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(target.name)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    if stale:
        sys.exit(f"out of date (run `make tables`): {', '.join(stale)}")


if __name__ == "__main__":
    main()
