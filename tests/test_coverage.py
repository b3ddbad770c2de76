"""Every operation of every generated document is exercised by at least one recorded cassette."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "generated" / "_specs"
CASSETTES = Path(__file__).parent / "cassettes"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def recorded_requests() -> set[tuple[str, str]]:
    seen = set()
    for cassette in CASSETTES.rglob("*.yaml"):
        for interaction in yaml.safe_load(cassette.read_text(encoding="utf-8"))["interactions"]:
            request = interaction["request"]
            seen.add((request["method"].upper(), urlsplit(request["uri"]).path))
    return seen


def test_every_operation_has_a_cassette() -> None:
    recorded = recorded_requests()
    missing = []
    for spec_file in sorted(SPECS.glob("*.json")):
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        for path, item in spec["paths"].items():
            pattern = re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(path)) + "$")
            for method in HTTP_METHODS:
                if method in item and not any(m == method.upper() and pattern.match(p) for m, p in recorded):
                    operation_id = item[method]["operationId"]
                    missing.append(f"{spec_file.stem}: {operation_id} ({method.upper()} {path})")
    assert not missing, "operations without a cassette test:\n" + "\n".join(missing)
