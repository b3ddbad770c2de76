"""The published spec works in other languages' generators, and keeps money exact there.

The published form (codegen/publish.py, spec/README.md "The published form") is checked two
ways: statically, field by field against the bundles it comes from; and by OpenAPI Generator
itself (tests/xlang/xlang.py): a Go and a typescript-fetch client of the combined spec must
compile and decode every documented example back to the same JSON, and the Go check must
fail on a spec that lost a property. `make xlang` runs Java and Rust too, on every spec.
"""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "codegen"))
sys.path.insert(0, str(Path(__file__).resolve().parent / "xlang"))
import publish
import xlang

ROOT = Path(__file__).resolve().parent.parent
BUNDLES = ROOT / "generated" / "_specs"
DOCUMENTS = sorted(path.stem for path in BUNDLES.glob("*.json"))
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")
# Formats every mainstream generator maps to a type that reads what the wire carries.
PORTABLE_FORMATS = {"int64", "binary"}


@pytest.fixture(scope="session")
def published() -> Path:
    """The published specs, made by codegen/publish.py from the committed bundles."""
    out = xlang.BUILD / "published"
    publish.publish(BUNDLES, out)
    return out


def bundle(document: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((BUNDLES / f"{document}.json").read_text(encoding="utf-8"))
    return loaded


def load(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


Where = tuple[str | int, ...]


def schemas(node: Any, where: Where = ()) -> Iterator[tuple[Where, dict[str, Any]]]:
    """Every schema object in a document, with where it is."""
    if isinstance(node, dict):
        is_schema = where[-1:] == ("schema",) or where[-2:-1] in (("schemas",), ("properties",))
        if is_schema and any(key in node for key in ("type", "format", "oneOf", "anyOf", "allOf", "$ref")):
            yield where, node
        for key, value in node.items():
            if key not in ("examples", "example", "x-matrixport-error-codes"):
                yield from schemas(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from schemas(value, (*where, index))


def resolve(document: dict[str, Any], where: Where) -> Any:
    node: Any = document
    for part in where:
        node = node[part]
    return node


def types_of(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type", [])
    return kind if isinstance(kind, list) else [kind]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_published_form_keeps_every_decimal_e8_and_union(published: Path, document: str) -> None:
    source, target = bundle(document), load(published / f"{document}.json")
    seen = {"decimal": 0, "e8": 0, "union": 0}
    for pointer, schema in schemas(source):
        kind = [t for t in types_of(schema) if t != "null"]
        if schema.get("format") not in ("decimal", "e8") and len(kind) < 2:
            continue
        out = resolve(target, pointer)
        branches = out.get("oneOf", [out])
        assert "format" not in out or out["format"] == "int64", f"{document} {pointer}: {out}"
        if len(kind) > 1:  # a union of types: one branch per type, integers in 64 bits
            seen["union"] += 1
            assert "type" not in out and sorted(branch["type"] for branch in branches) == sorted(kind), (
                pointer
            )
            assert all(branch["format"] == "int64" for branch in branches if branch["type"] == "integer"), (
                pointer
            )
        else:
            assert out["type"] == schema["type"], f"{document} {pointer}: the wire type changed: {out}"
        for branch in branches:
            if schema.get("format") == "decimal":
                seen["decimal"] += 1
                assert branch["x-matrixport-format"] == "decimal" and branch["x-python-type"] == "Decimal", (
                    pointer
                )
                assert "format" not in branch, (
                    f"{document} {pointer}: generators read format decimal as a float"
                )
            if schema.get("format") == "e8":
                seen["e8"] += 1
                assert branch["format"] == "int64", f"{document} {pointer}: an e8 value needs 64 bits"
                assert branch["x-matrixport-format"] == "e8" and branch["x-matrixport-scale"] == 8, pointer
    assert seen["decimal"] > 0, f"{document}: no decimal field seen: the walk is broken"


def test_published_specs_use_only_what_generators_read(published: Path) -> None:
    problems = []
    for path in sorted(published.glob("*.json")):
        document = load(path)
        if not SEMVER.match(document["info"]["version"]):
            problems.append(f"{path.name}: info.version {document['info']['version']!r} is not semver")
        for pointer, schema in schemas(document):
            kind = types_of(schema)
            if "null" in kind and len(kind) != 2:
                problems.append(f"{path.name} {pointer}: type {schema.get('type')!r}")
            if schema.get("format") not in (None, *PORTABLE_FORMATS):
                problems.append(f"{path.name} {pointer}: format {schema['format']!r}")
            if any(
                branch.get("type") == "null" for branch in schema.get("anyOf", []) + schema.get("oneOf", [])
            ):
                problems.append(f"{path.name} {pointer}: a null branch")
    assert not problems, "\n".join(problems[:30])


def test_combined_spec_version_is_semver_and_names_the_documents(published: Path) -> None:
    info = load(published / "matrixport.json")["info"]
    assert SEMVER.match(info["version"])
    assert info["x-matrixport-document-versions"] == {
        name: bundle(name)["info"]["version"] for name in DOCUMENTS
    }


def test_datamodel_code_generator_reads_published_decimals_as_decimal(
    published: Path, tmp_path: Path
) -> None:
    """Python users of the published spec still get `Decimal`, through `x-python-type`."""
    target = tmp_path / "fixed_staking.py"
    subprocess.run(
        [sys.executable, "-m", "datamodel_code_generator",
         "--input", str(published / "fixed-staking.json"), "--input-file-type", "openapi",
         "--output", str(target), "--output-model-type", "pydantic_v2.BaseModel",
         "--formatters", "builtin", "--disable-timestamp"],
        check=True, capture_output=True,
    )  # fmt: skip
    spec = importlib.util.spec_from_file_location("published_fixed_staking", target)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    document = load(published / "fixed-staking.json")
    (operation,) = [op for op in xlang.operations(document) if op["operationId"] == "getProductDetail"]
    (example,) = operation["responses"]["200"]["content"]["application/json"]["examples"].values()
    product = module.Product.model_validate(example["value"]["data"])
    properties = document["components"]["schemas"]["Product"]["properties"]
    decimals = [name for name, schema in properties.items() if schema.get("x-matrixport-format") == "decimal"]
    assert decimals
    for name in decimals:
        value = getattr(product, name)
        assert isinstance(value, Decimal), f"{name}: {value!r}"
        assert str(value) == example["value"]["data"][name], name


@pytest.mark.parametrize("language", ["go", "typescript-fetch"])
def test_generated_client_decodes_every_documented_example_exactly(published: Path, language: str) -> None:
    done = xlang.check(language, published / "matrixport.yaml")
    assert done["operations"] == 90
    assert done["cases"] > 100  # every response example and every request body example


def test_go_check_fails_when_the_published_spec_loses_a_property(published: Path, tmp_path: Path) -> None:
    """A decimal string published as a number, and an e8 without int64: the Go check must fail on both."""
    document = load(published / "fixed-staking.json")
    components = document["components"]["schemas"]
    assert components["ProductQuota"]["properties"]["product_left_quota_dec"]["type"] == "string"
    components["ProductQuota"]["properties"]["product_left_quota_dec"] = {
        "type": "number",
        "format": "decimal",
    }
    assert components["Product"]["properties"]["raised_amount"]["format"] == "int64"
    components["Product"]["properties"]["raised_amount"] = {"type": "integer", "format": "e8"}
    mutant = tmp_path / "fixed-staking.yaml"
    publish.write(document, mutant.with_suffix(""))
    with pytest.raises(xlang.CheckFailed) as failure:
        xlang.check("go", mutant, work=xlang.BUILD / "mutants" / "go")
    failed = dict(line.split(": ", 1) for line in str(failure.value).splitlines()[1:])
    assert set(failed) == {"getProductQuota/200/documented", "listProducts/200/documented"}, failed
    assert re.search(
        r"cannot unmarshal string into .* of type float32", failed["getProductQuota/200/documented"]
    )
    assert re.search(
        r"cannot unmarshal number 3000000000000000 into .* of type int32",
        failed["listProducts/200/documented"],
    )
