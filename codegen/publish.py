"""Write the published spec: one self-contained file per document and one for the whole API.

Input: the bundles of `codegen/bundle.py` (build/spec). Output (`make spec`): dist/spec/
<document>.{json,yaml} and dist/spec/matrixport.{json,yaml}.

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
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
OPERATION_REFERENCES = ("x-matrixport-result-operation",)


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
            "version": "+".join(f"{name}-{doc['info']['version']}" for name, doc in documents.items()),
            "description": "All Matrixport API documents in one file:\n\n"
            + "\n".join(f"- {doc['info']['title']} {doc['info']['version']}" for doc in documents.values()),
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
    for name, document in documents.items():
        write(document, out_dir / name)
    write(combine(documents), out_dir / "matrixport")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=Path, default=ROOT / "build" / "spec")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "spec")
    args = parser.parse_args()
    publish(args.bundles, args.out)
    print(f"published {len(list(args.out.glob('*.json')))} specs to {args.out}")


if __name__ == "__main__":
    main()
