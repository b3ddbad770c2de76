"""Strict pydantic v2 models of each bundled spec, for the contract tests only (not shipped).

datamodel-code-generator builds them with extra fields forbidden, strict scalar types and
closed enums, so a documented example or a recorded response that drifts from the spec fails.
Two adjustments first: `type: string, format: decimal` becomes a string with a decimal
pattern (datamodel-code-generator would read it as `Decimal`, which also accepts numbers),
so a decimal the spec says travels as a string must be one; and an enum accepts the values
its `x-matrixport-undocumented-values` lists (values the documents' examples send but their
enum tables lack, spec/README.md), and nothing else.
Output: build/contract/<document>.py.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DECIMAL_STRING = r"^-?[0-9]+(\.[0-9]+)?$"


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    return kind if isinstance(kind, list) else [kind]


def strict_decimals(node: Any) -> Any:
    if isinstance(node, dict):
        node = {key: strict_decimals(value) for key, value in node.items()}
        if node.get("format") == "e8":
            node["format"] = "int64"
        if "enum" in node and node.get("x-matrixport-undocumented-values"):
            node["enum"] = [*node["enum"], *node["x-matrixport-undocumented-values"]]
            node.pop("x-enum-varnames", None)
            node.pop("x-enum-descriptions", None)
        if node.get("format") == "decimal" and _types(node) == ["string"]:
            node.pop("format")
            empty_allowed = node.get("x-matrixport-empty-means-none")
            node["pattern"] = f"^({DECIMAL_STRING[1:-1]})?$" if empty_allowed else DECIMAL_STRING
        return node
    if isinstance(node, list):
        return [strict_decimals(item) for item in node]
    return node


def generate(
    bundles: Path, out_dir: Path, only: list[str] | None = None, model_type: str = "pydantic_v2.BaseModel"
) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for bundle in sorted(bundles.glob("*.json")):
        if only is not None and bundle.stem not in only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            adjusted = Path(tmp) / bundle.name
            adjusted.write_text(json.dumps(strict_decimals(json.loads(bundle.read_text(encoding="utf-8")))))
            target = out_dir / f"{bundle.stem.replace('-', '_')}.py"
            subprocess.run(
                [
                    sys.executable, "-m", "datamodel_code_generator",
                    "--input", str(adjusted), "--input-file-type", "openapi",
                    "--output", str(target),
                    "--output-model-type", model_type,
                    "--extra-fields", "forbid",
                    "--strict-types", "str", "bytes", "int", "bool",
                    "--use-annotated", "--field-constraints",
                    "--target-python-version", "3.10",
                    "--formatters", "ruff-format",
                    "--disable-timestamp",
                ],
                check=True,
            )  # fmt: skip


def cached(bundles: Path, cache: Path = ROOT / "build" / "contract-models") -> Path:
    """The models of `bundles`, generated once per content: the folder `cache/<hash of the inputs>`.

    Generating takes seconds (one datamodel-code-generator process per document); the tests load
    the models in every session, and mutation testing starts a session per mutant.
    """
    inputs = hashlib.sha256(Path(__file__).read_bytes())
    inputs.update(importlib.metadata.version("datamodel-code-generator").encode())
    for bundle in sorted(bundles.glob("*.json")):
        inputs.update(bundle.name.encode() + b"\0" + bundle.read_bytes())
    target = cache / inputs.hexdigest()[:16]
    if not target.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        fresh = Path(tempfile.mkdtemp(dir=cache, prefix=".generating-"))
        generate(bundles, fresh)
        try:
            os.rename(fresh, target)  # whole or not at all: another session may read it meanwhile
        except OSError:  # another session generated it first
            shutil.rmtree(fresh)
    return target


@functools.cache
def load(bundles: Path) -> dict[str, ModuleType]:
    """The models of each bundle (`cached`), imported once per process: {document: module}."""
    out = cached(bundles)
    loaded = {}
    for bundle in sorted(bundles.glob("*.json")):
        name = f"contract_{bundle.stem.replace('-', '_')}"
        spec = importlib.util.spec_from_file_location(name, out / f"{bundle.stem.replace('-', '_')}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        loaded[bundle.stem] = module
    return loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=Path, default=ROOT / "build" / "spec")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "contract")
    args = parser.parse_args()
    generate(args.bundles, args.out)


if __name__ == "__main__":
    main()
