"""What the sandbox reads from the bundled specs: operations, routes, error codes, examples, validation.

Everything a behaviour can take from the spec comes from here (idempotency keys, duplicate
codes, side effects, pagination); the per-document state models in `models/` add only what the
spec cannot say. (Result operations, lookups and outcomes guide the client; the sandbox has no
use for them.)
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, ClassVar

from jsonschema import Draft202012Validator, FormatChecker

from . import _json

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SIGNING_PARAMETERS = frozenset({"timestamp", "signature"})


@dataclass(frozen=True)
class ErrorCode:
    code: int
    name: str
    message: str
    retryable: bool = False
    pending: bool = False
    duplicate: bool = False


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass
class SpecOperation:
    """One operation of one document, with the vendor extensions the sandbox acts on."""

    document: str
    operation_id: str
    method: str
    path: str
    signed: bool
    side_effects: bool
    parameters: tuple[Parameter, ...]
    idempotency_key: str | None = None
    pagination: Mapping[str, Any] | None = None
    envelope: bool = True
    media_type: str = "application/json"
    example: Any = None
    pattern: re.Pattern[str] | None = None

    @property
    def key(self) -> str:
        """`document.operationId`: unique across documents (`prime-broker.createTransfer`)."""
        return f"{self.document}.{self.operation_id}"

    @property
    def binary(self) -> bool:
        return "json" not in self.media_type


@dataclass
class SpecDocument:
    name: str
    raw: dict[str, Any]
    errors: dict[int, ErrorCode]
    operations: dict[str, SpecOperation] = field(default_factory=dict)

    def message(self, code: int) -> str:
        entry = self.errors.get(code)
        return entry.message if entry else "error"

    @property
    def duplicate_codes(self) -> tuple[int, ...]:
        """The codes that refuse a repeated idempotency key (`duplicate: true`), in table order."""
        return tuple(entry.code for entry in self.errors.values() if entry.duplicate)


def load_specs() -> dict[str, dict[str, Any]]:
    """The bundled specs shipped with the package (matrixport/_specs/*.json)."""
    folder = resources.files("matrixport") / "_specs"
    return {
        entry.name.removesuffix(".json"): json.loads(entry.read_text(encoding="utf-8"))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    }


def _resolve(root: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node and str(node["$ref"]).startswith("#/"):
        target: Any = root
        for part in str(node["$ref"])[2:].split("/"):
            target = target[part]
        node = target
    return node


def _example(root: Mapping[str, Any], operation: Mapping[str, Any], envelope: bool) -> tuple[str, Any]:
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    for media_type, media in content.items():
        for example in (media.get("examples") or {}).values():
            value = _resolve(root, example).get("value")
            if media_type == "application/json" and envelope:
                if isinstance(value, dict) and value.get("code", 0) == 0:
                    return media_type, value.get("data")
                continue
            return media_type, value
        return media_type, None
    return "application/json", None


class Spec:
    """The documents the sandbox serves, indexed for routing."""

    def __init__(self, specs: Mapping[str, dict[str, Any]]) -> None:
        self.documents: dict[str, SpecDocument] = {}
        self._literal: dict[tuple[str, str], SpecOperation] = {}
        self._templated: list[SpecOperation] = []
        self._fields: dict[tuple[str, str, tuple[str, ...]], frozenset[str]] = {}
        self.compiled: dict[str, _CompiledOperation] = {}
        """Each operation's validators, compiled at its first request (see `Validator`)."""
        for name, raw in specs.items():
            document = SpecDocument(
                name,
                raw,
                {
                    int(entry["code"]): ErrorCode(
                        int(entry["code"]),
                        str(entry.get("name", "")),
                        str(entry.get("message", "")),
                        bool(entry.get("retryable")),
                        bool(entry.get("pending")),
                        bool(entry.get("duplicate")),
                    )
                    for entry in raw.get("x-matrixport-error-codes", [])
                },
            )
            self.documents[name] = document
            root_security = raw.get("security")
            for path, item in raw.get("paths", {}).items():
                for method in HTTP_METHODS:
                    if method not in item:
                        continue
                    operation = item[method]
                    envelope = bool(operation.get("x-matrixport-envelope", True))
                    media_type, example = _example(raw, operation, envelope)
                    parameters = tuple(
                        Parameter(
                            p["name"], p["in"], bool(p.get("required")), _resolve(raw, p.get("schema", {}))
                        )
                        for p in (
                            _resolve(raw, p)
                            for p in [*item.get("parameters", []), *operation.get("parameters", [])]
                        )
                    )
                    op = SpecOperation(
                        document=name,
                        operation_id=operation["operationId"],
                        method=method.upper(),
                        path=path,
                        signed=bool(operation.get("security", root_security)),
                        side_effects=bool(operation.get("x-matrixport-side-effects", method != "get")),
                        parameters=parameters,
                        idempotency_key=operation.get("x-matrixport-idempotency-key"),
                        pagination=operation.get("x-matrixport-pagination"),
                        envelope=envelope,
                        media_type=media_type,
                        example=example,
                    )
                    document.operations[op.operation_id] = op
                    if "{" in path:
                        op.pattern = re.compile(
                            "^" + re.sub(r"\\\{([^/]+?)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$"
                        )
                        self._templated.append(op)
                    else:
                        self._literal[(op.method, path)] = op

    def route(self, method: str, path: str) -> tuple[SpecOperation, dict[str, str]] | None:
        """The operation serving `method path` and its path parameters (literal paths first)."""
        op = self._literal.get((method, path))
        if op is not None:
            return op, {}
        for candidate in self._templated:
            if candidate.method == method and candidate.pattern and (match := candidate.pattern.match(path)):
                return candidate, match.groupdict()
        return None

    def operation(self, document: str, operation_id: str) -> SpecOperation:
        return self.documents[document].operations[operation_id]

    def fields(self, document: str, operation_id: str, *path: str) -> frozenset[str]:
        """The property names of what an operation answers: its `data`, or what `path` leads to in it.

        `path` names properties, `[]` steps into an array's items:
        `fields("prime-broker", "listOrders", "items", "[]")` is an order of the list.
        """
        key = (document, operation_id, path)
        if key not in self._fields:
            raw = self.documents[document].raw
            op = raw["paths"][self.operation(document, operation_id).path][
                self.operation(document, operation_id).method.lower()
            ]
            schema = _resolve(raw, op["responses"]["200"]["content"]["application/json"]["schema"])
            if self.operation(document, operation_id).envelope:
                schema = _resolve(raw, schema["allOf"][1]["properties"]["data"])
            for step in path:
                schema = _resolve(raw, schema["items"] if step == "[]" else schema["properties"][step])
            self._fields[key] = frozenset(schema.get("properties", {}))
        return self._fields[key]

    def __iter__(self) -> Iterable[SpecOperation]:
        for document in self.documents.values():
            yield from document.operations.values()


@cache
def bundled_spec() -> Spec:
    """The package's own specs, read once per process (shared by every Sandbox)."""
    return Spec(load_specs())


# ---- request validation ----------------------------------------------------------------------


def _is_decimal(value: object) -> bool:
    if not isinstance(value, (str, int, Decimal)) or isinstance(value, bool):
        return True  # a type the schema's `type` judges
    try:
        _json.dec(value)
    except ValueError:
        return False
    return True


def _is_e8(value: object) -> bool:
    if isinstance(value, str):
        return value.isdigit()
    return True


def _inline(root: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """`node` with every local `$ref` replaced by what it points at (the specs have no cycles)."""
    if depth > 50:
        raise ValueError("a $ref cycle in the spec")
    node = _resolve(root, node)
    if isinstance(node, Mapping):
        return {key: _inline(root, value, depth + 1) for key, value in node.items()}
    if isinstance(node, list):
        return [_inline(root, item, depth + 1) for item in node]
    return node


def _coerce(text: str, schema: Mapping[str, Any]) -> Any:
    """A query, path or header value (text) as the type its schema declares, where it reads as one."""
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds or [])
    if "integer" in kinds and text.lstrip("-").isdigit():
        return int(text)
    if "number" in kinds:
        try:
            return Decimal(text)
        except ArithmeticError:
            return text
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    return text


@dataclass(frozen=True)
class _CompiledParameter:
    name: str
    location: str
    required: bool
    array: bool
    item_schema: Mapping[str, Any]
    validator: Any


@dataclass(frozen=True)
class _CompiledOperation:
    parameters: tuple[_CompiledParameter, ...]
    body_required: bool
    body: Any | None


class Validator:
    """Checks a request's parameters and body against its operation's schemas.

    Each operation's schemas (OpenAPI 3.1 schemas are JSON Schema 2020-12) are compiled once
    per spec (the bundled one: once per process) into `jsonschema` validators, with the spec's
    `decimal` and `e8` formats; a request then costs a fraction of a millisecond. (openapi-core,
    which resolves the whole document on every request, measured 5 to 20 ms a request here:
    too much for a thousand concurrent calls on one worker.) Query parameters follow the spec's
    (default) form style: a repeated key is an array.
    """

    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, spec: Spec) -> None:
        self._spec = spec

    def _operation(self, op: SpecOperation) -> _CompiledOperation:
        # kept on the Spec, shared by every sandbox of it (the bundled one: every sandbox of a process)
        cache = self._spec.compiled
        compiled = cache.get(op.key)
        if compiled is None:
            with self._lock:
                compiled = cache.get(op.key) or _compile(self._spec.documents[op.document].raw, op)
                cache[op.key] = compiled
        return compiled

    def problems(
        self,
        op: SpecOperation,
        query: Sequence[tuple[str, str]],
        headers: Mapping[str, str],
        body: bytes,
        path_params: Mapping[str, str],
    ) -> str | None:
        """Why the request breaks the spec (one line), or None when it is valid."""
        compiled = self._operation(op)
        found: list[str] = []
        for parameter in compiled.parameters:
            if parameter.location == "query":
                texts = [v for k, v in query if k == parameter.name]
            elif parameter.location == "path":
                texts = [path_params[parameter.name]] if parameter.name in path_params else []
            elif parameter.location == "header":
                value = headers.get(parameter.name.lower())
                texts = [] if value is None else [value]
            else:
                continue
            if not texts:
                if parameter.required:
                    found.append(f"{parameter.location} parameter {parameter.name} is required")
                continue
            candidate = (
                [_coerce(t, parameter.item_schema) for t in texts]
                if parameter.array
                else _coerce(texts[-1], parameter.item_schema)
            )
            for error in parameter.validator.iter_errors(candidate):
                found.append(f"{parameter.location} parameter {parameter.name}: {error.message}")
        if compiled.body is not None:
            if not body:
                if compiled.body_required:
                    found.append("the request body is required")
            elif "json" not in headers.get("content-type", "application/json"):
                found.append("the request body must be application/json")
            else:
                try:
                    decoded = _json.loads(body)
                except ValueError:
                    return "the request body is not JSON"
                if isinstance(decoded, dict):
                    decoded = {k: v for k, v in decoded.items() if k not in SIGNING_PARAMETERS}
                for error in sorted(compiled.body.iter_errors(decoded), key=lambda e: list(e.absolute_path)):
                    where = ".".join(str(part) for part in error.absolute_path) or "body"
                    found.append(f"{where}: {error.message}")
        return "; ".join(found) or None


def _compile(root: Mapping[str, Any], op: SpecOperation) -> _CompiledOperation:
    checker = FormatChecker(formats=())
    checker.checks("decimal")(_is_decimal)
    checker.checks("e8")(_is_e8)

    def validator(schema: Mapping[str, Any]) -> Any:
        return Draft202012Validator(schema, format_checker=checker)

    parameters = []
    for parameter in op.parameters:
        schema = _inline(root, parameter.schema)
        array = schema.get("type") == "array"
        item = schema.get("items", {}) if array else schema
        parameters.append(
            _CompiledParameter(
                parameter.name, parameter.location, parameter.required, array, item, validator(schema)
            )
        )
    raw_operation = root["paths"][op.path][op.method.lower()]
    request_body = _resolve(root, raw_operation.get("requestBody") or {})
    media = (request_body.get("content") or {}).get("application/json")
    body = validator(_inline(root, media.get("schema", {}))) if media else None
    return _CompiledOperation(tuple(parameters), bool(request_body.get("required")), body)
