"""Write the published spec: one self-contained file per document and one for the whole API.

Input: the bundles of `codegen/bundle.py` (build/spec). Output (`make spec`): dist/spec/
<document>.{json,yaml} and dist/spec/matrixport.{json,yaml}.

The published form is the portable one (`portable`, spec/README.md "The published form"):
the source's own formats, which mainstream generators misread, become standard types with
the meaning in vendor extensions, so Java, Go, Rust and TypeScript generators read the specs
as they are, without losing what a client needs to keep money exact.

The documents reuse operationIds (five `listOrders`) and component names (`Order`), so the
combined spec prefixes them with the document (`balancePlusListOrders`, `BalancePlusOrder`),
except components every document that has them defines identically (the envelope, the
shared Fixed-Income/Fixed-Staking shapes), which keep their name. Error codes are merged into
one table, each entry naming the documents that return it.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
OPERATION_REFERENCES = ("x-matrixport-result-operation",)
# The source's own formats, kept machine-readable in the published form.
FORMAT = "x-matrixport-format"
SCALE = "x-matrixport-scale"
SCALES = {"e8": 8}
# datamodel-code-generator reads it: a decimal still becomes `Decimal` without `format: decimal`.
PYTHON_TYPE = "x-python-type"
# The keywords of a schema that apply to one JSON type only: a type union split into `oneOf`
# branches gives each branch its own.
TYPE_KEYWORDS = {
    "string": ("minLength", "maxLength", "pattern"),
    "number": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
    "integer": ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"),
}
SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SUBSCHEMAS = ("items", "additionalProperties", "not", "contains", "propertyNames")
SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs")


def portable_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """One schema in the form Java, Go, Rust and TypeScript generators read as the wire carries it.

    - `format: decimal` (a string, or a bare JSON number) loses the format, which Java's
      generator maps to a BigDecimal read from JSON numbers only and Go's to a float: the
      value stays a string (or a number); `x-matrixport-format: decimal` keeps the meaning and
      `x-python-type: Decimal` keeps datamodel-code-generator's `Decimal`.
    - `format: e8` becomes `format: int64` (32-bit integers overflow on the documents' own
      values) with `x-matrixport-format: e8` and `x-matrixport-scale: 8`.
    - a union of JSON types (`type: [integer, string]`) becomes a `oneOf` of one schema per type,
      and an integer in it is an int64; a nullable single type (`[array, 'null']`) stays, as
      every generator reads it as "nullable".
    - `type: 'null'` on its own (a `data` that is always null) is dropped, leaving a schema that
      accepts anything: generators turn a null type into a class named `Null` that does not exist;
      a null branch of `anyOf`/`oneOf` goes too (see below).
    - an enum's `x-matrixport-undocumented-values` (values the documents' examples send but their
      tables do not define) join its `enum`, named `UNDOCUMENTED_<value>`: generators make closed
      enums, and a client must read what the documents themselves show the server sending.
    """
    schema = _with_undocumented_values(dict(schema))
    for key in ("anyOf", "oneOf"):
        branches = [branch for branch in schema.get(key, []) if branch.get("type") != "null"]
        if key in schema and len(branches) < len(schema[key]):
            # `anyOf: [X, {type: 'null'}]`, an optional property that may be null: every generated
            # decoder reads null in an optional property as absent, so X alone says it.
            if len(branches) == 1:
                del schema[key]
                schema = {**branches[0], **schema}
            else:
                schema[key] = branches
    for key in SUBSCHEMAS:
        if isinstance(schema.get(key), dict):
            schema[key] = portable_schema(schema[key])
    for key in SUBSCHEMA_LISTS:
        if key in schema:
            schema[key] = [portable_schema(item) for item in schema[key]]
    for key in SUBSCHEMA_MAPS:
        if key in schema:
            schema[key] = {name: portable_schema(item) for name, item in schema[key].items()}
    kind = schema.get("type")
    types = kind if isinstance(kind, list) else [kind] if kind else []
    source_format = schema.get("format")
    if source_format == "decimal":
        del schema["format"]
        schema[FORMAT] = "decimal"
        schema[PYTHON_TYPE] = "Decimal"
    elif source_format in SCALES:
        schema["format"] = "int64"
        schema[FORMAT] = source_format
        schema[SCALE] = SCALES[source_format]
    if types == ["null"]:
        del schema["type"]
    values = [kind for kind in types if kind != "null"]
    if len(values) > 1:
        if "null" in types:
            raise SystemExit(f"a nullable union of types is not published yet: {types}")
        branches = []
        for value in values:
            branch: dict[str, Any] = {"type": value}
            for keyword in TYPE_KEYWORDS.get(value, ()):
                if keyword in schema:
                    branch[keyword] = schema[keyword]
            if value == "integer":
                branch["format"] = schema.get("format", "int64")
            for extension in (FORMAT, SCALE, PYTHON_TYPE):
                if extension in schema and value in ("string", "number", "integer"):
                    branch[extension] = schema[extension]
            branches.append(branch)
        for keyword in {"type", "format", FORMAT, SCALE, PYTHON_TYPE, *sum(TYPE_KEYWORDS.values(), ())}:
            schema.pop(keyword, None)
        schema["oneOf"] = branches
    return schema


def _with_undocumented_values(schema: dict[str, Any]) -> dict[str, Any]:
    extra = schema.get("x-matrixport-undocumented-values")
    if extra and "enum" in schema:
        schema["enum"] = [*schema["enum"], *extra]
        if "x-enum-varnames" in schema:
            schema["x-enum-varnames"] = [*schema["x-enum-varnames"], *(f"UNDOCUMENTED_{v}" for v in extra)]
        if "x-enum-descriptions" in schema:
            unexplained = "Sent in the document's examples, not defined by its table"
            schema["x-enum-descriptions"] = [*schema["x-enum-descriptions"], *(unexplained for _ in extra)]
    return schema


def portable(document: dict[str, Any]) -> dict[str, Any]:
    """The published form of a bundle: every schema in it made portable (`portable_schema`)."""
    document = copy.deepcopy(document)
    components = document.get("components", {})
    components["schemas"] = {
        name: portable_schema(schema) for name, schema in components.get("schemas", {}).items()
    }
    for section in ("parameters", "headers"):
        for entry in components.get(section, {}).values():
            _portable_media(entry)
    for section in ("responses", "requestBodies"):
        for entry in components.get(section, {}).values():
            _portable_media(entry)
    for item in document.get("paths", {}).values():
        for parameter in item.get("parameters", []):
            _portable_media(parameter)
        for method in HTTP_METHODS:
            if method not in item:
                continue
            operation = item[method]
            for parameter in operation.get("parameters", []):
                _portable_media(parameter)
            if "requestBody" in operation:
                _portable_media(operation["requestBody"])
            for response in operation.get("responses", {}).values():
                _portable_media(response)
    return document


def _portable_media(holder: dict[str, Any]) -> None:
    """Make portable the schemas of a parameter, header, request body or response, in place."""
    if "schema" in holder:
        holder["schema"] = portable_schema(holder["schema"])
    for media in holder.get("content", {}).values():
        if "schema" in media:
            media["schema"] = portable_schema(media["schema"])
    for header in holder.get("headers", {}).values():
        _portable_media(header)


def project_version() -> str:
    """The version of this project (pyproject.toml), which publishes the combined spec."""
    match = re.search(r'^version = "([^"]+)"$', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M)
    if match is None:
        raise SystemExit("pyproject.toml has no version")
    return match.group(1)


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.replace("_", "-").split("-"))


def _rewrite_refs(node: Any, renames: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {
            key: renames.get(value, value) if key == "$ref" else _rewrite_refs(value, renames)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(item, renames) for item in node]
    return node


def combine(documents: dict[str, dict[str, Any]]) -> dict[str, Any]:
    definitions: dict[tuple[str, str], list[str]] = {}
    for name, document in documents.items():
        for section, entries in document.get("components", {}).items():
            for component in entries:
                definitions.setdefault((section, component), []).append(name)

    def definition(owner: str, key: tuple[str, str]) -> Any:
        return documents[owner]["components"][key[0]][key[1]]

    shared = {
        key
        for key, owners in definitions.items()
        if all(definition(owner, key) == definition(owners[0], key) for owner in owners)
    }
    combined: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {
            "title": "Matrixport API",
            # Generators take it for a package version (Cargo, npm), which must be semver.
            "version": project_version(),
            "description": "All Matrixport API documents in one file, published with version "
            f"{project_version()} of the Matrixport Python client:\n\n"
            + "\n".join(f"- {doc['info']['title']} {doc['info']['version']}" for doc in documents.values()),
            "x-matrixport-document-versions": {
                name: doc["info"]["version"] for name, doc in documents.items()
            },
        },
        "servers": next(iter(documents.values()))["servers"],
        "security": next(iter(documents.values()))["security"],
        "tags": [],
        "paths": {},
        "components": {},
        "x-matrixport-error-codes": [],
    }
    codes: dict[int, dict[str, Any]] = {}
    for name, original in documents.items():
        document = copy.deepcopy(original)
        prefix = pascal(name)
        operation_prefix = prefix[:1].lower() + prefix[1:]
        renames = {
            f"#/components/{section}/{component}": f"#/components/{section}/{prefix}{component}"
            for (section, component), owners in definitions.items()
            if name in owners and (section, component) not in shared
        }
        document = _rewrite_refs(document, renames)
        for section, entries in document.get("components", {}).items():
            target = combined["components"].setdefault(section, {})
            for component, value in entries.items():
                target[component if (section, component) in shared else f"{prefix}{component}"] = value
        for path, item in document["paths"].items():
            if path in combined["paths"]:
                raise SystemExit(f"{name}: path {path} is in two documents")
            for method in HTTP_METHODS:
                if method in item:
                    operation = item[method]
                    for key in ("operationId", *OPERATION_REFERENCES):
                        if key in operation:
                            operation[key] = operation_prefix + pascal(operation[key])
            combined["paths"][path] = item
        known_tags = {tag["name"] for tag in combined["tags"]}
        combined["tags"] += [tag for tag in document.get("tags", []) if tag["name"] not in known_tags]
        for entry in document.get("x-matrixport-error-codes", []):
            merged = codes.setdefault(entry["code"], {**entry, "documents": []})
            merged["documents"].append(name)
    combined["x-matrixport-error-codes"] = sorted(codes.values(), key=lambda entry: entry["code"])
    return combined


def write(document: dict[str, Any], stem: Path) -> None:
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    stem.with_suffix(".json").write_text(text, encoding="utf-8")
    stem.with_suffix(".yaml").write_text(
        yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8"
    )


def publish(bundles: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    documents = {
        path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(bundles.glob("*.json"))
    }
    published = {name: portable(document) for name, document in documents.items()}
    for name, document in published.items():
        write(document, out_dir / name)
    write(combine(published), out_dir / "matrixport")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=Path, default=ROOT / "build" / "spec")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "spec")
    args = parser.parse_args()
    publish(args.bundles, args.out)
    print(f"published {len(list(args.out.glob('*.json')))} specs to {args.out}")


if __name__ == "__main__":
    main()
