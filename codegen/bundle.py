"""Bundle each document of spec/ into one self-contained OpenAPI file.

Redocly CLI inlines the cross-file `$ref`s (openapi-python-client cannot follow
them); this script then appends the shared error-code sets a document names in
`x-matrixport-error-code-sets`, so a bundle alone carries every code its
operations can return. Output: build/spec/<document>.json and .yaml.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
SHARED = "shared"


def documents() -> list[str]:
    return sorted(p.stem for p in SPEC.glob("*.yaml") if p.stem != SHARED)


def redocly_bundle(source: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bundle.json"
        result = subprocess.run(
            [str(REDOCLY), "bundle", str(source), "--output", str(out), "--ext", "json"],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            sys.exit(f"redocly bundle {source.name} failed:\n{result.stdout}\n{result.stderr}")
        data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
        return data


JS_SAFE_INTEGER = 2**53 - 1


def unsafe_integers(node: Any, where: str = "") -> list[str]:
    """Integers a JavaScript tool (Redocly here, and many consumers of the spec) would round."""
    if isinstance(node, dict):
        return [hit for key, value in node.items() for hit in unsafe_integers(value, f"{where}/{key}")]
    if isinstance(node, list):
        return [hit for index, value in enumerate(node) for hit in unsafe_integers(value, f"{where}/{index}")]
    if isinstance(node, int) and not isinstance(node, bool) and abs(node) > JS_SAFE_INTEGER:
        return [f"{where}: {node}"]
    return []


def with_error_code_sets(document: dict[str, Any], shared: dict[str, Any]) -> dict[str, Any]:
    sets: dict[str, list[dict[str, Any]]] = shared.get("x-matrixport-error-code-sets", {})
    codes = list(document.get("x-matrixport-error-codes", []))
    seen = {entry["code"] for entry in codes}
    for set_name in document.get("x-matrixport-error-code-sets", []):
        if set_name not in sets:
            sys.exit(f"{document['info']['title']}: unknown error-code set {set_name!r}")
        for entry in sets[set_name]:
            if entry["code"] in seen:
                sys.exit(
                    f"{document['info']['title']}: code {entry['code']} is both its own and in {set_name!r}"
                )
            codes.append({**entry, "set": set_name})
            seen.add(entry["code"])
    document["x-matrixport-error-codes"] = codes
    return document


def bundle(out_dir: Path, names: list[str]) -> list[Path]:
    shared = yaml.safe_load((SPEC / f"{SHARED}.yaml").read_text(encoding="utf-8"))
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in [*out_dir.glob("*.json"), *out_dir.glob("*.yaml")]:
        stale.unlink()
    written = []
    for name in names:
        if hits := unsafe_integers(yaml.safe_load((SPEC / f"{name}.yaml").read_text(encoding="utf-8"))):
            hint = "integers beyond 2^53 are rounded by JavaScript tools; quote them"
            sys.exit(f"{name}.yaml: {hint}:\n" + "\n".join(hits))
        document = with_error_code_sets(redocly_bundle(SPEC / f"{name}.yaml"), shared)
        json_path = out_dir / f"{name}.json"
        json_path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (out_dir / f"{name}.yaml").write_text(
            yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8"
        )
        written.append(json_path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "spec")
    parser.add_argument("documents", nargs="*", help="document names (default: every spec/*.yaml)")
    args = parser.parse_args()
    for path in bundle(args.out, args.documents or documents()):
        print(f"bundled {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


if __name__ == "__main__":
    main()
