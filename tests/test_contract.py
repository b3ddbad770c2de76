"""The spec, its examples and the recorded traffic agree, judged by strict models of the spec.

The models (datamodel-code-generator, codegen/contract_models.py) forbid unknown fields, check
scalar types strictly and close every enum, unlike the tolerant shipped client. Every documented
response example and every response body in every cassette must validate against them; the
spec files themselves must be valid OpenAPI 3.1 and complete.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename
from pydantic import StrictStr, TypeAdapter

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "codegen"))
import contract_models

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "generated" / "_specs"
CASSETTES = Path(__file__).parent / "cassettes"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
ENVELOPE_REF = "#/components/schemas/Envelope"
DOCUMENTS = sorted(path.stem for path in SPECS.glob("*.json"))


@pytest.fixture(scope="session")
def models() -> dict[str, ModuleType]:
    return contract_models.load(SPECS)


def spec_of(document: str) -> dict[str, Any]:
    return json.loads((SPECS / f"{document}.json").read_text(encoding="utf-8"))


def operations(document: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, item[method])
        for path, item in spec_of(document)["paths"].items()
        for method in HTTP_METHODS
        if method in item
    ]


def data_schema(operation: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of what a success carries: `data` inside the envelope, or the whole body."""
    media = operation["responses"]["200"].get("content", {}).get("application/json")
    if media is None:
        return None
    schema = media["schema"]
    parts = schema.get("allOf", [])
    if parts and parts[0] == {"$ref": ENVELOPE_REF}:
        return parts[1].get("properties", {}).get("data", {"type": "null"})
    return schema


def adapter(module: ModuleType, schema: dict[str, Any]) -> TypeAdapter[Any]:
    if "$ref" in schema:
        return TypeAdapter(getattr(module, schema["$ref"].rsplit("/", 1)[1]))
    if schema.get("type") == "array":
        item = adapter(module, schema["items"])
        return TypeAdapter(list[item._type])  # type: ignore[name-defined]
    if schema.get("type") == "string":
        return TypeAdapter(StrictStr)
    if schema.get("type") == "null":
        return TypeAdapter(None)
    raise AssertionError(f"no contract adapter for {schema}")


def check_body(module: ModuleType, document: str, operation: dict[str, Any], body: Any) -> None:
    schema = data_schema(operation)
    if schema is None:
        return
    enveloped = operation.get("x-matrixport-envelope", True)
    if enveloped:
        assert isinstance(body, dict) and isinstance(body.get("code"), int), body
        if body["code"] != 0:
            codes = {entry["code"] for entry in spec_of(document)["x-matrixport-error-codes"]}
            assert body["code"] in codes, f"{operation['operationId']}: undocumented code {body['code']}"
            return
        assert set(body) <= {"code", "message", "data"}, f"unknown envelope fields {set(body)}"
        body = body.get("data")
    adapter(module, schema).validate_json(json.dumps(body))


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_documented_example_validates(models: dict[str, ModuleType], document: str) -> None:
    for _, _, operation in operations(document):
        media = operation["responses"]["200"].get("content", {}).get("application/json")
        for example in (media or {}).get("examples", {}).values():
            check_body(models[document], document, operation, example["value"])


def recorded() -> list[tuple[Path, str, str, str]]:
    found = []
    for cassette in sorted(CASSETTES.rglob("*.yaml")):
        for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
            request, response = interaction["request"], interaction["response"]
            if response["status"]["code"] == 200:
                path = urlsplit(request["uri"]).path
                found.append((cassette, request["method"].lower(), path, response["body"]["string"]))
    return found


def find_operation(method: str, path: str) -> tuple[str, dict[str, Any]]:
    for document in DOCUMENTS:
        for template, verb, operation in operations(document):
            pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$"
            if verb == method and re.match(pattern, path):
                return document, operation
    raise AssertionError(f"a cassette calls {method.upper()} {path}, which no spec describes")


def test_every_recorded_response_validates(models: dict[str, ModuleType]) -> None:
    checked = 0
    for cassette, method, path, text in recorded():
        document, operation = find_operation(method, path)
        if data_schema(operation) is None:
            continue
        try:
            check_body(models[document], document, operation, json.loads(text))
        except Exception as error:
            raise AssertionError(f"{cassette.name}: {operation['operationId']}: {error}") from error
        checked += 1
    assert checked > 90


@pytest.mark.parametrize("document", [*DOCUMENTS, "shared"])
def test_spec_files_are_valid_openapi(document: str) -> None:
    spec_dict, base_uri = read_from_filename(str(ROOT / "spec" / f"{document}.yaml"))
    validate(spec_dict, base_uri=base_uri)


@pytest.mark.parametrize("document", DOCUMENTS)
def test_every_operation_is_complete(document: str) -> None:
    for path, method, operation in operations(document):
        where = f"{document}: {method.upper()} {path}"
        for key in ("operationId", "summary", "description"):
            assert operation.get(key), f"{where} has no {key}"
        assert operation.get("tags"), f"{where} has no tag"
        content = operation["responses"]["200"].get("content", {})
        assert any(media.get("examples") for media in content.values()), f"{where} has no documented example"


def test_every_error_code_has_a_test() -> None:
    tests = "\n".join(path.read_text(encoding="utf-8") for path in Path(__file__).parent.glob("test_*.py"))
    missing = [
        f"{document}: {entry['code']} {entry['name']}"
        for document in DOCUMENTS
        for entry in spec_of(document)["x-matrixport-error-codes"]
        if str(entry["code"]) not in tests
    ]
    assert not missing, "error codes no test maps to their exception:\n" + "\n".join(missing)
