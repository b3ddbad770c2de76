"""Compare the tables of the five documents (spec/tables, from codegen/doctables.py) with the spec.

Every table row is compared with what the spec says about the same thing:

- an interface heading with the operation whose `summary` is that heading: method and path (the
  declared path, and the curl line's), and every parameter the curl line sends;
- a request row with the parameter (GET) or body field (POST) of that name: location, type,
  scale (`e8`), required, enum values, fixed value, default, length limits; and every parameter
  or body field of the spec with a row;
- a response row with the field at that dotted path of the result (`items.tags.id`): type,
  scale, required (a field the table lists is required, and so are its parents), enum values;
  and every field of an object the table describes with a row;
- an enum table with the enum schema that names it (`x-matrixport-enum-table`), value by value;
- the error-code table with the document's `x-matrixport-error-codes` (with its shared sets),
  code by code and message by message;
- the public parameters and the response envelope with `shared.yaml`.

A difference is *explained* when the spec node it is about carries `x-matrixport-errata` with
an entry of that document (or a shared one): the parameter, the field's schema (or, for a field
the table does not list, its parent object), the operation, the enum schema, the error-code
entry, or the document root. `tests/test_crosscheck.py` fails on any difference not explained.
`python codegen/crosscheck.py` prints them (`--all`: the explained ones too).

A pointer explains every difference of its node, so the explained differences are also kept
in spec/differences.txt (`--write`, `make crosscheck`) and the test requires that file to be
current: a new difference, even one an existing pointer covers, shows up in review as a diff.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
TABLES_DIR = SPEC_DIR / "tables"
DIFFERENCES = SPEC_DIR / "differences.txt"
DOCUMENTS = ("balance-plus", "fixed-income", "fixed-staking", "prime-broker", "t-bills")
SHARED = "shared"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
ERRATA_KEY = "x-matrixport-errata"
SIGNING_PARAMETERS = {"timestamp", "signature"}
ENVELOPE_FIELDS = {"code", "message"}
E8 = re.compile(r"\be8\b", re.IGNORECASE)


# --- The spec, as written ------------------------------------------------------------------------


def load_spec(directory: Path = SPEC_DIR) -> dict[str, dict[str, Any]]:
    """The spec files by name (`shared` and the five documents), as parsed YAML."""
    return {
        name: yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8"))
        for name in (SHARED, *DOCUMENTS)
    }


def load_tables(directory: Path = TABLES_DIR) -> dict[str, dict[str, Any]]:
    return {
        name: yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8")) for name in DOCUMENTS
    }


@dataclass(frozen=True)
class Node:
    """A spec node and the file it is in (references are relative to that file)."""

    file: str
    value: Any

    def get(self, key: str, default: Any = None) -> Any:
        return self.value.get(key, default) if isinstance(self.value, dict) else default


class Spec:
    def __init__(self, files: dict[str, dict[str, Any]]) -> None:
        self.files = files

    def resolve(self, node: Node) -> Node:
        """Follow `$ref`s (`#/...` in the same file, `./shared.yaml#/...` in the shared one)."""
        seen = 0
        while isinstance(node.value, dict) and "$ref" in node.value:
            reference = node.value["$ref"]
            target, _, pointer = reference.partition("#")
            file = Path(target).stem if target else node.file
            value: Any = self.files[file]
            for part in pointer.strip("/").split("/"):
                value = value[part.replace("~1", "/").replace("~0", "~")]
            node = Node(file, value)
            seen += 1
            if seen > 20:
                raise ValueError(f"reference loop at {reference}")
        return node

    def operations(self, document: str) -> Iterator[tuple[str, str, Node, Node]]:
        """(path, method, path item, operation) of a document."""
        for path, item in self.files[document].get("paths", {}).items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, Node(document, item), Node(document, item[method])

    def parameters(self, item: Node, operation: Node) -> list[Node]:
        found = [
            self.resolve(Node(item.file, p))
            for p in [*item.get("parameters", []), *operation.get("parameters", [])]
        ]
        return found

    def errata(self, *nodes: Node | None) -> set[str]:
        """The errata ids the nodes point at (each node as written and, if a `$ref`, its target)."""
        ids: set[str] = set()
        for node in nodes:
            if node is None or not isinstance(node.value, dict):
                continue
            ids.update(node.value.get(ERRATA_KEY, []))
            if "$ref" in node.value:
                ids.update(self.resolve(node).get(ERRATA_KEY, []))
        return ids


# --- Schema helpers ------------------------------------------------------------------------------


def non_null_branches(spec: Spec, node: Node) -> list[Node]:
    node = spec.resolve(node)
    for key in ("anyOf", "oneOf"):
        if key in node.value:
            branches = [spec.resolve(Node(node.file, b)) for b in node.value[key]]
            return [b for b in branches if b.get("type") != "null"]
    return [node]


def schema_view(spec: Spec, node: Node) -> Node:
    """The schema a property's value has: `$ref` followed, a nullable `anyOf` unwrapped."""
    branches = non_null_branches(spec, node)
    return branches[0] if len(branches) == 1 else spec.resolve(node)


def types_of(spec: Spec, node: Node) -> set[str]:
    result: set[str] = set()
    for branch in non_null_branches(spec, node):
        declared = branch.get("type")
        if declared is None:
            result.add("object" if "properties" in branch.value else "any")
        else:
            result.update([declared] if isinstance(declared, str) else declared)
    result.discard("null")
    return result


def object_properties(spec: Spec, node: Node) -> tuple[dict[str, Node], set[str]]:
    """Properties (as written) and required names of an object schema, `allOf` merged."""
    node = schema_view(spec, node)
    properties: dict[str, Node] = {}
    required: set[str] = set()
    for part in [node, *(spec.resolve(Node(node.file, p)) for p in node.get("allOf", []))]:
        for name, value in part.get("properties", {}).items():
            properties[name] = Node(part.file, value)
        required.update(part.get("required", []))
    return properties, required


def array_items(spec: Spec, node: Node) -> Node | None:
    view = schema_view(spec, node)
    if "array" in types_of(spec, view) and "items" in view.value:
        return Node(view.file, view.value["items"])
    return None


def enum_values(spec: Spec, node: Node) -> list[str] | None:
    view = schema_view(spec, node)
    if "const" in view.value:
        return [str(view.value["const"])]
    if "enum" in view.value:
        return [str(v) for v in view.value["enum"]]
    items = array_items(spec, view)
    if items is not None:
        return enum_values(spec, items)
    return None


def spec_format(spec: Spec, node: Node) -> str | None:
    view = schema_view(spec, node)
    items = array_items(spec, view)
    if items is not None:
        return spec_format(spec, items)
    value = view.get("format")
    return str(value) if value is not None else None


COMPATIBLE = {
    "string": lambda types, fmt: types == {"string"},
    "integer": lambda types, fmt: types == {"integer"},
    "decimal": lambda types, fmt: fmt == "decimal" and types <= {"string", "number"},
    "boolean": lambda types, fmt: types == {"boolean"},
    "array": lambda types, fmt: types == {"array"},
    "object": lambda types, fmt: types == {"object"},
}
WIRE_TYPES = {
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


def describe_type(types: set[str], fmt: str | None) -> str:
    text = "|".join(sorted(types)) or "untyped"
    return f"{text} ({fmt})" if fmt else text


# --- Differences ---------------------------------------------------------------------------------


@dataclass
class Difference:
    document: str
    line: int
    where: str  # `listOrders query limit`, `listOrders response items.id`, `error 17002001`
    aspect: str
    documented: str
    spec: str
    errata: set[str] = field(default_factory=set)

    def __str__(self) -> str:
        explained = f"  [{', '.join(sorted(self.errata))}]" if self.errata else ""
        return (
            f"{self.document}.txt:{self.line}: {self.where}: {self.aspect}: "
            f"document {self.documented!s}, spec {self.spec!s}{explained}"
        )


@dataclass
class Report:
    differences: list[Difference] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # table rows compared, per document
    examples: dict[str, int] = field(default_factory=dict)  # examples compared, per document

    def unexplained(self) -> list[Difference]:
        return [d for d in self.differences if not d.errata]


class Checker:
    def __init__(self, spec: Spec, tables: dict[str, dict[str, Any]], errata_documents: dict[str, str]):
        self.spec = spec
        self.tables = tables
        self.errata_documents = errata_documents  # errata id -> its document ("shared" for all)
        self.report = Report()

    # Recording ----------------------------------------------------------------------------------

    def count(self, document: str, rows: int = 1) -> None:
        self.report.rows[document] = self.report.rows.get(document, 0) + rows

    def count_example(self, document: str) -> None:
        self.report.examples[document] = self.report.examples.get(document, 0) + 1

    def differ(
        self,
        document: str,
        line: int,
        where: str,
        aspect: str,
        documented: Any,
        spec: Any,
        *nodes: Node | None,
    ) -> None:
        ids = {i for i in self.spec.errata(*nodes) if self.errata_documents.get(i) in (document, SHARED)}
        self.report.differences.append(
            Difference(document, line, where, aspect, _text(documented), _text(spec), ids)
        )

    # Operations ---------------------------------------------------------------------------------

    def run(self) -> Report:
        for document in DOCUMENTS:
            self.check_document(document)
        return self.report

    def check_document(self, document: str) -> None:
        data = self.tables[document]
        root = Node(document, self.spec.files[document])
        by_summary: dict[str, tuple[str, str, Node, Node]] = {}
        for path, method, item, operation in self.spec.operations(document):
            by_summary[str(operation.get("summary", "")).strip().lower()] = (path, method, item, operation)
        matched = set()
        for section in data["operations"]:
            key = section["heading"].strip().lower()
            if key not in by_summary:
                self.differ(
                    document,
                    section["line"],
                    f"interface {section['heading']!r}",
                    "operation",
                    "documented",
                    "no operation with this summary",
                    root,
                )
                continue
            matched.add(key)
            self.check_operation(document, section, *by_summary[key])
        for key, (_, _, _, operation) in by_summary.items():
            if key not in matched:
                self.differ(
                    document,
                    1,
                    str(operation.get("operationId")),
                    "operation",
                    "no interface with this heading",
                    "an operation",
                    operation,
                )
        for table in data["tables"]:
            if table["kind"] == "error-codes":
                self.check_error_codes(document, table)
            elif table["kind"] == "enum":
                self.check_enum_table(document, table)
            elif table["kind"] == "public":
                self.check_public_parameters(document, table)
            elif table["kind"] == "envelope":
                self.check_envelope(document, table)

    def check_operation(
        self, document: str, section: dict[str, Any], path: str, method: str, item: Node, operation: Node
    ) -> None:
        op_id = str(operation.get("operationId"))
        line = section["line"]
        curl = section.get("curl") or {}
        documented_method = section.get("method") or curl.get("method")
        if documented_method and documented_method.lower() != method:
            self.differ(document, line, op_id, "method", documented_method, method.upper(), operation)
        pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")
        declared = section.get("path")
        if declared and not pattern.match(declared):
            self.differ(document, section.get("path_line", line), op_id, "path", declared, path, operation)
        if curl.get("path") and not pattern.match(curl["path"]):
            aspect = "curl path" if declared else "path"
            self.differ(document, curl["line"], op_id, aspect, curl["path"], path, operation)

        requests = [t for t in section["tables"] if t["role"] == "request"]
        responses = [t for t in section["tables"] if t["role"] == "response"]
        self.check_request(document, section, requests, op_id, method, path, item, operation)
        self.check_response(document, section, responses, op_id, operation)
        self.check_examples(document, section, op_id, operation)

    # Examples -----------------------------------------------------------------------------------

    def spec_example(self, operation: Node, role: str) -> Node | None:
        if role == "request":
            media = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        else:
            content = operation.get("responses", {}).get("200", {}).get("content", {})
            media = next(iter(content.values()), {}) if content else {}
        examples = media.get("examples", {})
        if not examples:
            return None
        return Node(operation.file, next(iter(examples.values())))

    def check_examples(self, document: str, section: dict[str, Any], op_id: str, operation: Node) -> None:
        """The spec's example of each request body and response is the document's, as JSON."""
        for role in ("request", "response"):
            documented = [e for e in section.get("examples", []) if e["role"] == role]
            spec_example = self.spec_example(operation, role)
            where = f"{op_id} {role} example"
            if spec_example is None:
                if documented:
                    self.differ(
                        document, documented[0]["line"], where, "example", "documented", "absent", operation
                    )
                continue
            self.count_example(document)
            if not documented:
                self.differ(
                    document, section["line"], where, "example", "none", "an example", spec_example, operation
                )
                continue
            example = documented[0]
            if "error" in example:
                self.differ(
                    document, example["line"], where, "example", example["error"], "valid JSON", spec_example
                )
                continue
            value = example["value"]
            if role == "request" and isinstance(value, dict):
                value = {k: v for k, v in value.items() if k not in SIGNING_PARAMETERS}
            if example["repairs"]:
                self.differ(
                    document,
                    example["line"],
                    where,
                    "example repair",
                    "needs repair: " + ", ".join(example["repairs"]),
                    "repaired",
                    spec_example,
                )
            changes = json_differences(value, spec_example.value.get("value"))
            if changes:
                self.differ(
                    document,
                    example["line"],
                    where,
                    "example",
                    "; ".join(changes[:3]) + (f"; and {len(changes) - 3} more" if len(changes) > 3 else ""),
                    "differs",
                    spec_example,
                )

    # Requests -----------------------------------------------------------------------------------

    def request_fields(
        self, method: str, item: Node, operation: Node
    ) -> dict[str, tuple[str, Node, Node, bool]]:
        """name -> (location, node for errata, schema node, required) of what a caller sends."""
        fields: dict[str, tuple[str, Node, Node, bool]] = {}
        for parameter in self.spec.parameters(item, operation):
            if parameter.get("x-matrixport-client-managed"):
                continue
            schema = Node(parameter.file, parameter.get("schema", {}))
            fields[parameter.value["name"]] = (
                str(parameter.value["in"]),
                parameter,
                schema,
                bool(parameter.get("required")),
            )
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body is not None:
            self._body_fields(Node(operation.file, body), "", fields)
        return fields

    def _body_fields(
        self, schema: Node, prefix: str, fields: dict[str, tuple[str, Node, Node, bool]]
    ) -> None:
        properties, required = object_properties(self.spec, schema)
        for name, node in properties.items():
            fields[prefix + name] = ("body", node, node, name in required)
            items = array_items(self.spec, node)
            target = items if items is not None else node
            if "object" in types_of(self.spec, target) and object_properties(self.spec, target)[0]:
                self._body_fields(target, f"{prefix}{name}.", fields)

    def check_request(
        self,
        document: str,
        section: dict[str, Any],
        tables: list[dict[str, Any]],
        op_id: str,
        method: str,
        path: str,
        item: Node,
        operation: Node,
    ) -> None:
        fields = self.request_fields(method, item, operation)
        rows = [row for table in tables for row in table["rows"]]
        documented_names = {row["name"] for row in rows}
        curl = section.get("curl") or {}
        curl_path_segments = set((curl.get("path") or "").split("/"))
        default_location = section.get("location") or ("query" if method == "get" else "body")
        for row in rows:
            self.count(document)
            name = row["name"]
            where = f"{op_id} request {name}"
            if name not in fields:
                self.differ(document, row["line"], where, "field", "documented", "absent", operation)
                continue
            location, node, schema, required = fields[name]
            errata_nodes = (node, schema)
            example = re.findall(r"[\w-]+", row.get("text", ""))
            documented_location = (
                "path" if location == "path" and curl_path_segments & set(example) else default_location
            )
            if location != documented_location:
                self.differ(
                    document, row["line"], where, "location", documented_location, location, *errata_nodes
                )
            self.compare_value(document, row, where, schema, errata_nodes)
            documented_required = row.get("required")
            if documented_required is None:
                if (
                    tables
                    and "required" not in tables[0]["header"].lower()
                    and "mandatory" not in tables[0]["header"].lower()
                ):
                    self.differ(
                        document, row["line"], where, "required", "not stated", required, *errata_nodes
                    )
            elif documented_required is not required:
                self.differ(
                    document, row["line"], where, "required", documented_required, required, *errata_nodes
                )
            view = schema_view(self.spec, schema)
            for fact, keyword in (
                ("max_length", "maxLength"),
                ("min_length", "minLength"),
                ("pattern", "pattern"),
            ):
                if row.get(fact) != view.get(keyword):
                    self.differ(
                        document, row["line"], where, keyword, row.get(fact), view.get(keyword), *errata_nodes
                    )
            spec_const = view.get("const")
            if row.get("const") != (str(spec_const) if spec_const is not None else None):
                self.differ(
                    document, row["line"], where, "const", row.get("const"), spec_const, *errata_nodes
                )
            spec_default = view.get("default")
            if row.get("default") != (str(spec_default) if spec_default is not None else None):
                self.differ(
                    document, row["line"], where, "default", row.get("default"), spec_default, *errata_nodes
                )
        line = tables[0]["line"] if tables else section["line"]
        for name, (location, node, _, _) in fields.items():
            if name not in documented_names and not any(n.startswith(name + ".") for n in documented_names):
                self.differ(document, line, f"{op_id} request {name}", "field", "absent", location, node)
        for name in [*curl.get("query", []), *curl.get("body", [])]:
            if name in SIGNING_PARAMETERS or name in documented_names:
                continue
            if name not in fields:
                self.differ(
                    document,
                    curl["line"],
                    f"{op_id} curl {name}",
                    "curl parameter",
                    "sent by the curl line, not in the table",
                    "absent",
                    operation,
                )

    # Responses ----------------------------------------------------------------------------------

    def result_schema(self, operation: Node) -> Node | None:
        media = operation.get("responses", {}).get("200", {}).get("content", {}).get("application/json")
        if media is None:
            return None
        schema = Node(operation.file, media["schema"])
        parts = schema.get("allOf", [])
        if parts and parts[0].get("$ref", "").endswith("/Envelope"):
            data = parts[1].get("properties", {}).get("data", {"type": "null"})
            return Node(operation.file, data)
        return schema

    def descendants(self, root: Node, leaf: str, prefix: str = "", depth: int = 0) -> list[str]:
        """Dotted paths below `root` whose last name is `leaf` (a table that lists nested fields
        without their parents' names, like Exchange Custody's `custody_id`)."""
        if depth > 4:
            return []
        items = array_items(self.spec, root)
        holder = items if items is not None else root
        found = []
        for name, node in object_properties(self.spec, holder)[0].items():
            path = f"{prefix}{name}"
            if name == leaf and prefix:
                found.append(path)
            found += self.descendants(node, leaf, path + ".", depth + 1)
        return found

    def locate(self, root: Node, dotted: str) -> list[tuple[str, Node, Node, bool]] | None:
        """The chain (name, property as written, parent object, required) down a dotted path."""
        chain = []
        current = root
        for name in dotted.split("."):
            items = array_items(self.spec, current)
            holder = items if items is not None else current
            properties, required = object_properties(self.spec, holder)
            if name not in properties:
                return None
            chain.append((name, properties[name], holder, name in required))
            current = properties[name]
        return chain

    def check_response(
        self,
        document: str,
        section: dict[str, Any],
        tables: list[dict[str, Any]],
        op_id: str,
        operation: Node,
    ) -> None:
        root = self.result_schema(operation)
        if not tables or root is None:
            shaped = root is not None and bool(
                object_properties(self.spec, root)[0] or array_items(self.spec, root) is not None
            )
            if shaped or (tables and root is None):
                documented = "a response table" if tables else "no response table"
                spec = "no JSON response" if root is None else describe_type(types_of(self.spec, root), None)
                line = tables[0]["line"] if tables else section["line"]
                self.differ(document, line, f"{op_id} response", "table", documented, spec, operation)
            return
        matched: set[str] = set()
        described: set[str] = {""}
        wrapper: list[str] = []  # the list a table's rows describe without naming it (`items`)
        for table in tables:
            for row in table["rows"]:
                self.count(document)
                self.check_response_row(
                    document, section, row, op_id, operation, root, wrapper, matched, described
                )
        self.check_unlisted_fields(document, tables[0]["line"], op_id, root, matched, described)
        self.report.differences = _dedupe(self.report.differences)

    def resolve_row(self, root: Node, name: str, wrapper: list[str]) -> tuple[str, int, list[Any] | None]:
        """(dotted path, leading names the table leaves out, chain) of a response row's field."""
        chain = self.locate(root, name)
        if chain is not None:
            return name, 0, chain
        if not wrapper:
            properties, _ = object_properties(self.spec, root)
            arrays = [n for n, node in properties.items() if array_items(self.spec, node) is not None]
            if len(arrays) == 1 and self.locate(root, f"{arrays[0]}.{name}") is not None:
                wrapper.append(arrays[0])
        if wrapper and (chain := self.locate(root, f"{wrapper[0]}.{name}")):
            return f"{wrapper[0]}.{name}", 1, chain
        if "." not in name:
            below = self.descendants(root, name)
            if len(below) == 1:
                return below[0], below[0].count("."), self.locate(root, below[0])
        return name, 0, None

    def check_response_row(
        self,
        document: str,
        section: dict[str, Any],
        row: dict[str, Any],
        op_id: str,
        operation: Node,
        root: Node,
        wrapper: list[str],
        matched: set[str],
        described: set[str],
    ) -> None:
        name = row["name"].removeprefix("data.")
        where = f"{op_id} response {name}"
        if name == "data":
            self.compare_value(document, row, where, root, (root, operation))
            return
        if name in ENVELOPE_FIELDS:
            envelope = self.spec.files[SHARED]["components"]["schemas"]["Envelope"]
            prop = Node(SHARED, envelope["properties"][name])
            self.compare_value(document, row, where, prop, (prop,))
            return
        name, implicit, chain = self.resolve_row(root, name, wrapper)
        if chain is None:
            parent_path = name.rpartition(".")[0]
            parent_chain = self.locate(root, parent_path) if parent_path else None
            parent = parent_chain[-1][1] if parent_chain else root
            self.differ(document, row["line"], where, "field", "documented", "absent", parent, operation)
            return
        matched.add(name)
        parts = name.split(".")
        described.update(".".join(parts[:depth]) for depth in range(1, len(parts)))
        prop = chain[-1][1]
        comment = section.get("comments", {}).get(parts[-1], "")
        self.compare_value(document, row, where, prop, (prop,), comment)
        for depth, (_, node, _, required) in enumerate(chain, start=1):
            if depth > implicit and not required:
                path = ".".join(parts[:depth])
                self.differ(document, row["line"], f"{op_id} response {path}", "required", True, False, node)

    def check_unlisted_fields(
        self, document: str, line: int, op_id: str, root: Node, matched: set[str], described: set[str]
    ) -> None:
        """Fields of an object a table describes (lists a field of) that the table does not list."""
        for path in sorted(described):
            chain = self.locate(root, path) if path else None
            node = chain[-1][1] if chain else root
            items = array_items(self.spec, node)
            holder = items if items is not None else node
            for name, prop in object_properties(self.spec, holder)[0].items():
                full = f"{path}.{name}" if path else name
                if full not in matched and not any(m.startswith(full + ".") for m in matched):
                    self.differ(
                        document, line, f"{op_id} response {full}", "field", "absent", "present", prop, holder
                    )

    # Values -------------------------------------------------------------------------------------

    def compare_value(
        self,
        document: str,
        row: dict[str, Any],
        where: str,
        schema: Node,
        errata_nodes: tuple[Node, ...],
        comment: str = "",
    ) -> None:
        documented_type = WIRE_TYPES.get(str(row.get("type") or "").lower())
        types = types_of(self.spec, schema)
        fmt = spec_format(self.spec, schema)
        if documented_type is None or not COMPATIBLE[documented_type](types, fmt):
            self.differ(
                document,
                row["line"],
                where,
                "type",
                row.get("type"),
                describe_type(types, fmt),
                *errata_nodes,
            )
        # The scale is stated by the row, or by the example's comment on the field
        # (`"share": 0, //integer, share e8 eg. 1300000000 -> 1.3`).
        documented_e8 = bool(row.get("e8")) or bool(E8.search(comment))
        if documented_e8 != (fmt == "e8"):
            self.differ(
                document,
                row["line"],
                where,
                "scale",
                "e8" if documented_e8 else "not stated",
                fmt or "none",
                *errata_nodes,
            )
        spec_values = enum_values(self.spec, schema)
        if "const" in schema_view(self.spec, schema).value and "enum" not in row and "enum_table" not in row:
            return  # a fixed value is compared on its own (const)
        documented_values: list[str] | None = row.get("enum")
        if "enum_table" in row:
            table = self.enum_table(document, row["enum_table"])
            if table is None:
                self.differ(
                    document,
                    row["line"],
                    where,
                    "enum",
                    f"{row['enum_table']} (no such table)",
                    spec_values,
                    *errata_nodes,
                )
                return
            documented_values = [r["value"] for r in table["rows"]]
        if documented_values is None and spec_values is None:
            return
        if documented_values is None or spec_values is None:
            self.differ(document, row["line"], where, "enum", documented_values, spec_values, *errata_nodes)
            return
        missing = [v for v in documented_values if v not in spec_values]
        extra = [] if row.get("enum_open") else [v for v in spec_values if v not in documented_values]
        if missing or extra:
            self.differ(document, row["line"], where, "enum", documented_values, spec_values, *errata_nodes)

    def enum_table(self, document: str, name: str) -> dict[str, Any] | None:
        for table in self.tables[document]["tables"]:
            if table["kind"] == "enum" and table.get("name") == name:
                return table
        return None

    # Tables outside the interfaces --------------------------------------------------------------

    def check_enum_table(self, document: str, table: dict[str, Any]) -> None:
        schemas = self.spec.files[document].get("components", {}).get("schemas", {})
        owners = [
            (name, Node(document, schema))
            for name, schema in schemas.items()
            if isinstance(schema, dict) and schema.get("x-matrixport-enum-table") == table["name"]
        ]
        root = Node(document, self.spec.files[document])
        if len(owners) != 1:
            self.differ(
                document,
                table["line"],
                f"enum table {table['name']!r}",
                "enum schema",
                "one schema",
                [name for name, _ in owners] or "none",
                root,
            )
            self.count(document, len(table["rows"]))
            return
        name, schema = owners[0]
        values = [str(v) for v in schema.value.get("enum", [])]
        documented = [row["value"] for row in table["rows"]]
        self.count(document, len(table["rows"]))
        for row in table["rows"]:
            if row["value"] not in values:
                self.differ(document, row["line"], f"enum {name}", "value", row["value"], "absent", schema)
        for value in values:
            if value not in documented:
                self.differ(document, table["line"], f"enum {name}", "value", "absent", value, schema)

    def error_codes(self, document: str) -> list[Node]:
        own = self.spec.files[document]
        entries = [Node(document, entry) for entry in own.get("x-matrixport-error-codes", [])]
        sets = self.spec.files[SHARED].get("x-matrixport-error-code-sets", {})
        for set_name in own.get("x-matrixport-error-code-sets", []):
            entries += [Node(SHARED, entry) for entry in sets[set_name]]
        return entries

    def check_error_codes(self, document: str, table: dict[str, Any]) -> None:
        entries = {str(entry.value["code"]): entry for entry in self.error_codes(document)}
        root = Node(document, self.spec.files[document])
        documented = set()
        for row in table["rows"]:
            self.count(document)
            code = row["code"]
            documented.add(code)
            if code == "0":
                if "0" in entries:
                    self.differ(document, row["line"], "error 0", "code", "success", "an error", entries["0"])
                continue
            if code not in entries:
                self.differ(document, row["line"], f"error {code}", "code", row["message"], "absent", root)
                continue
            message = str(entries[code].value.get("message", ""))
            if message != row["message"]:
                self.differ(
                    document, row["line"], f"error {code}", "message", row["message"], message, entries[code]
                )
        for code, entry in entries.items():
            if code not in documented:
                self.differ(
                    document,
                    table["line"],
                    f"error {code}",
                    "code",
                    "absent",
                    entry.value.get("message"),
                    entry,
                )

    def check_public_parameters(self, document: str, table: dict[str, Any]) -> None:
        shared = self.spec.files[SHARED]["components"]
        parameters = {p["name"].lower(): (name, p) for name, p in shared["parameters"].items()}
        scheme = shared["securitySchemes"]["MatrixportSignature"]
        scheme_node = Node(SHARED, scheme)
        for row in table["rows"]:
            self.count(document)
            name = row["name"]
            where = f"public parameter {name}"
            if name.lower() in parameters:
                component, parameter = parameters[name.lower()]
                node = Node(SHARED, parameter)
                self.compare_value(document, row, where, Node(SHARED, parameter["schema"]), (node,))
                if row.get("required") is not None and row["required"] is not bool(parameter.get("required")):
                    self.differ(
                        document,
                        row["line"],
                        where,
                        "required",
                        row["required"],
                        bool(parameter.get("required")),
                        node,
                    )
                reference = f"./shared.yaml#/components/parameters/{component}"
                missing = [
                    str(operation.get("operationId"))
                    for _, _, item, operation in self.spec.operations(document)
                    if not any(
                        p.get("$ref") == reference
                        for p in [*item.get("parameters", []), *operation.get("parameters", [])]
                    )
                ]
                if missing:
                    self.differ(document, row["line"], where, "operations", "every operation", missing, node)
            elif name == scheme.get("name") or name in str(scheme.get("description", "")):
                continue
            else:
                self.differ(document, row["line"], where, "field", "documented", "absent", scheme_node)
        listed = {row["name"].lower() for row in table["rows"]}
        for component, parameter in shared["parameters"].items():
            reference = f"./shared.yaml#/components/parameters/{component}"
            uses = [
                str(operation.get("operationId"))
                for _, _, item, operation in self.spec.operations(document)
                if any(
                    p.get("$ref") == reference
                    for p in [*item.get("parameters", []), *operation.get("parameters", [])]
                )
            ]
            if uses and parameter["name"].lower() not in listed:
                self.differ(
                    document,
                    table["line"],
                    f"public parameter {parameter['name']}",
                    "field",
                    "absent",
                    f"sent by {len(uses)} operations",
                    Node(SHARED, parameter),
                )

    def check_envelope(self, document: str, table: dict[str, Any]) -> None:
        envelope = self.spec.files[SHARED]["components"]["schemas"]["Envelope"]
        for row in table["rows"]:
            self.count(document)
            name = row["name"]
            if name not in envelope["properties"]:
                self.differ(
                    document,
                    row["line"],
                    f"envelope {name}",
                    "field",
                    "documented",
                    "absent",
                    Node(SHARED, envelope),
                )
                continue
            prop = Node(SHARED, envelope["properties"][name])
            self.compare_value(document, row, f"envelope {name}", prop, (prop,))


def json_differences(documented: Any, spec: Any, path: str = "") -> list[str]:
    """Where two JSON values differ: `data.items[0].status: 20 -> 4`."""
    if isinstance(documented, dict) and isinstance(spec, dict):
        changes = []
        for key in documented:
            if key not in spec:
                changes.append(f"{path}{key} dropped")
            else:
                changes += json_differences(documented[key], spec[key], f"{path}{key}.")
        changes += [f"{path}{key} added" for key in spec if key not in documented]
        return changes
    if isinstance(documented, list) and isinstance(spec, list):
        if len(documented) != len(spec):
            return [f"{path.rstrip('.')}: {len(documented)} items -> {len(spec)}"]
        return [
            change
            for index, (a, b) in enumerate(zip(documented, spec, strict=True))
            for change in json_differences(a, b, f"{path.rstrip('.')}[{index}].")
        ]
    if documented != spec or type(documented) is not type(spec):
        return [f"{path.rstrip('.')}: {json.dumps(documented)[:40]} -> {json.dumps(spec)[:40]}"]
    return []


def _text(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return str(value)


def _dedupe(differences: list[Difference]) -> list[Difference]:
    seen: set[tuple[str, str, str]] = set()
    result = []
    for difference in differences:
        key = (difference.document, difference.where, difference.aspect)
        if key not in seen:
            seen.add(key)
            result.append(difference)
    return result


def crosscheck(
    spec_files: dict[str, dict[str, Any]] | None = None,
    tables: dict[str, dict[str, Any]] | None = None,
    errata_documents: dict[str, str] | None = None,
) -> Report:
    """Compare the document tables with the spec; the report lists every difference."""
    if errata_documents is None:
        sys.path.insert(0, str(Path(__file__).parent))
        from errata import load_entries

        errata_documents = {entry["id"]: entry["document"] for entry in load_entries()}
    checker = Checker(Spec(spec_files or load_spec()), tables or load_tables(), errata_documents)
    return checker.run()


def differences_text(report: Report) -> str:
    """spec/differences.txt: every difference and the errata entries that explain it."""
    header = [
        "# Every difference between the documents' tables and examples and the spec, with the errata",
        "# entries that explain it. Generated by codegen/crosscheck.py (make crosscheck); do not edit.",
    ]
    return "\n".join([*header, *map(str, report.differences)]) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--all", action="store_true", help="also print the differences errata explain")
    parser.add_argument("--document", choices=DOCUMENTS)
    parser.add_argument("--write", action="store_true", help=f"write {DIFFERENCES.relative_to(ROOT)}")
    args = parser.parse_args()
    report = crosscheck()
    if args.write:
        DIFFERENCES.write_text(differences_text(report), encoding="utf-8")
    shown = report.differences if args.all else report.unexplained()
    for difference in shown:
        if args.document in (None, difference.document):
            print(difference)
    for name in DOCUMENTS:
        explained = sum(1 for d in report.differences if d.document == name)
        print(
            f"{name}: {report.rows.get(name, 0)} table rows and {report.examples.get(name, 0)} examples "
            f"compared, {explained} differences"
        )
    print(f"differences: {len(report.differences)}, unexplained: {len(report.unexplained())}")
    if report.unexplained():
        sys.exit(1)


if __name__ == "__main__":
    main()
