"""Other languages read the published spec: generate a client, compile it, decode every example.

For one language and one or more published specs (dist/spec/*.yaml), this driver:

1. runs OpenAPI Generator (the jar of the PyPI package `openapi-generator-cli`, on the
   machine's Java) with the options in `config/<language>.yaml`, the ones README.md
   ("Other languages") tells users to pass; the output is cached under build/xlang by the
   hash of everything it depends on;
2. finds, in the generated API code, the type each operation returns, and writes the cases:
   every documented JSON response example (decoded as the operation's response type) and
   every request body example (as the body's model);
3. compiles the generated client together with a small program of that language
   (`<language>/`), which decodes each case with the generated models, as the generated client
   would, and encodes the result back to JSON;
4. compares each re-encoded value with the example: every string (so every decimal string)
   must come back as the same string, every number as a number of exactly the same value,
   and nothing may be lost. Any difference, decoding error or compiler error fails the check.

`python tests/xlang/xlang.py go dist/spec/matrixport.yaml` (`make xlang` runs every language
on every published spec; `make test` runs Go and typescript-fetch on the combined spec, in
tests/test_xlang.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BUILD = ROOT / "build" / "xlang"
LANGUAGES = ("go", "typescript-fetch", "java", "rust")
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
# Only what our check needs: no tests, docs or build files of the generated project.
GLOBAL_PROPERTIES = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"
# Rust crates from Debian (librust-*-dev), through a local directory registry.
DEBIAN_CRATES = Path("/usr/share/cargo/registry")
# Java libraries: Debian's jakarta.annotation-api (libjakarta-annotation-api-java); Jackson from
# the generator's own jar (Debian 12 packages no jackson-datatype-jsr310, which the client needs).
JAKARTA_ANNOTATIONS = Path("/usr/share/java/jakarta-annotation-api.jar")


class CheckFailed(Exception):
    """The spec does not work in this language: what failed, and the tool's own words."""


@dataclass
class Case:
    id: str
    operation: str
    kind: str  # "response" or "request"
    component: str | None  # the request body's component
    text: str


def generator_jar() -> Path:
    import openapi_generator_cli  # the PyPI package: the jar inside, no download

    return Path(openapi_generator_cli.__file__).parent / "openapi-generator.jar"


def run(
    command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None, what: str = ""
) -> str:
    result = subprocess.run(
        command, cwd=cwd, env={**os.environ, **(env or {})}, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        lines = output.splitlines()
        shown = "\n".join(lines[:60]) + (f"\n... ({len(lines) - 60} more lines)" if len(lines) > 60 else "")
        raise CheckFailed(f"{what or command[0]} failed (exit {result.returncode}):\n{shown}")
    return result.stdout


def require_tool(tool: str, install: str) -> str:
    found = shutil.which(tool)
    if found is None:
        raise CheckFailed(f"{tool} is not installed: run `make xlang-tools` ({install})")
    return found


# ---------------------------------------------------------------------------------------------
# Cases: the documented examples of the published spec.


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [item[method] for item in spec["paths"].values() for method in HTTP_METHODS if method in item]


def examples_of(media: dict[str, Any]) -> list[tuple[str, Any]]:
    found = [
        (name, example["value"]) for name, example in media.get("examples", {}).items() if "value" in example
    ]
    if "example" in media:
        found.append(("example", media["example"]))
    return found


def cases(spec: dict[str, Any]) -> list[Case]:
    found = []
    for operation in operations(spec):
        op = operation["operationId"]
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body is not None:
            component = body["schema"]["$ref"].rsplit("/", 1)[1]
            for name, value in examples_of(body):
                found.append(Case(f"{op}/request/{name}", op, "request", component, json.dumps(value)))
        for status, response in operation["responses"].items():
            media = response.get("content", {}).get("application/json")
            for name, value in examples_of(media or {}):
                found.append(Case(f"{op}/{status}/{name}", op, "response", None, json.dumps(value)))
    return found


# ---------------------------------------------------------------------------------------------
# Comparison: what the generated models give back must be what the example says, exactly.


def defaults(spec: dict[str, Any]) -> dict[str, list[Any]]:
    """Property name -> the defaults the spec gives it: a client may fill in what an example omits."""
    found: dict[str, list[Any]] = {}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for name, schema in (node.get("properties") or {}).items():
                if isinstance(schema, dict) and "default" in schema:
                    found.setdefault(name, []).append(schema["default"])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(spec.get("components", {}))
    return found


def differences(
    expected: Any, actual: Any, where: str = "", filled: dict[str, list[Any]] | None = None
) -> list[str]:
    here = where or "/"
    filled = filled or {}
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{here}: expected an object, got {actual!r}"]
        found = []
        for key, value in expected.items():
            if value is None and actual.get(key) is None:
                continue  # null and absent mean the same to every client
            if key not in actual:
                found.append(f"{where}/{key}: lost (was {json.dumps(value, default=str)[:80]})")
                continue
            found += differences(value, actual[key], f"{where}/{key}", filled)
        found += [
            f"{where}/{key}: not in the example, came back as {json.dumps(value, default=str)[:80]}"
            for key, value in actual.items()
            if key not in expected and value not in (None, [], {}) and value not in filled.get(key, [])
        ]
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{here}: expected {len(expected)} items, got {json.dumps(actual, default=str)[:80]}"]
        return [
            hit
            for index, item in enumerate(expected)
            for hit in differences(item, actual[index], f"{where}/{index}", filled)
        ]
    if isinstance(expected, str):
        if actual != expected:
            return [f"{here}: expected the string {expected!r}, got {json.dumps(actual, default=str)}"]
        return []
    if isinstance(expected, bool) or expected is None:
        return [] if actual is expected else [f"{here}: expected {expected!r}, got {actual!r}"]
    # A number: exactly the same value, whatever its spelling (0.10, 1E-8).
    if (
        isinstance(actual, (bool, str))
        or not isinstance(actual, (int, Decimal))
        or Decimal(actual) != Decimal(expected)
    ):
        return [f"{here}: expected the number {expected}, got {json.dumps(actual, default=str)}"]
    return []


def exact_json(text: str) -> Any:
    return json.loads(text, parse_float=Decimal)


def compare(
    all_cases: list[Case], results: dict[str, dict[str, str]], filled: dict[str, list[Any]]
) -> list[str]:
    failures = []
    for case in all_cases:
        result = results.get(case.id)
        if result is None:
            failures.append(f"{case.id}: no result")
        elif "error" in result:
            failures.append(f"{case.id}: decoding failed: {result['error']}")
        else:
            found = differences(exact_json(case.text), exact_json(result["json"]), filled=filled)
            failures += [f"{case.id}: {hit}" for hit in found]
    return failures


# ---------------------------------------------------------------------------------------------
# Generation, cached by the hash of what it depends on.


def config(language: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (HERE / "config" / f"{language}.yaml").read_text(encoding="utf-8")
    )
    return loaded


def generate(language: str, spec_path: Path, out: Path, extra: list[str]) -> bool:
    """Generate into `out` unless the same inputs made it before; True when it ran."""
    jar = generator_jar()
    key = hashlib.sha256()
    for part in (language, spec_path.read_bytes(), (HERE / "config" / f"{language}.yaml").read_bytes(),
                 version("openapi-generator-cli"), " ".join(extra), GLOBAL_PROPERTIES):  # fmt: skip
        key.update(part if isinstance(part, bytes) else part.encode())
    stamp = out / ".xlang-key"
    if stamp.exists() and stamp.read_text() == key.hexdigest():
        return False
    require_tool("java", "Java 17+: apt-get install default-jre-headless")
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    run(
        ["java", "-jar", str(jar), "generate", "--config", str(HERE / "config" / f"{language}.yaml"),
         "--input-spec", str(spec_path), "--output", str(out),
         "--global-property", GLOBAL_PROPERTIES, *extra],
        what=f"openapi-generator {language} on {spec_path.name}",
    )  # fmt: skip
    stamp.write_text(key.hexdigest())
    return True


def normalized(name: str) -> str:
    return name.replace("_", "").lower()


def response_types(language: str, source: Path) -> dict[str, str]:
    """operationId (normalized) -> the generated type of its JSON response, read from the API code."""
    patterns = {
        "go": (
            r"func \(a \*\w+\) (\w+)Execute\(r Api\w+Request\) \(\*?(\w+), \*http\.Response, error\)",
            "api_*.go",
        ),
        "java": (r"public (\w+) (\w+)\([^)]*\) throws ApiException", "**/api/*.java"),
        "typescript-fetch": (r"async (\w+)\([^)]*\): Promise<(\w+)>", "**/apis/*.ts"),
        "rust": (r"pub async fn (\w+)\([^)]*\) -> Result<models::(\w+),", "src/apis/*.rs"),
    }
    pattern, files = patterns[language]
    found = {}
    for path in source.glob(files):
        for match in re.finditer(pattern, path.read_text(encoding="utf-8")):
            name, kind = match.groups() if language != "java" else match.groups()[::-1]
            found[normalized(name)] = kind
    return found


# ---------------------------------------------------------------------------------------------
# The languages: build the generated client and our decoder, run it on the cases.


def write_cases(work: Path, all_cases: list[Case], types: dict[str, str], language: str) -> Path:
    entries = []
    for case in all_cases:
        if case.kind == "request":
            assert case.component is not None
            kind = model_name(language, case.component)
        else:
            kind = types.get(normalized(case.operation), "")
            if not kind:
                raise CheckFailed(f"{language}: no generated operation returns a type for {case.operation}")
        entries.append({"id": case.id, "type": kind, "json": case.text})
    path = work / "cases.json"
    path.write_text(json.dumps(entries, indent=1), encoding="utf-8")
    return path


def model_name(language: str, component: str) -> str:
    # The combined spec's component names are PascalCase already; every generator keeps them.
    return component[:1].upper() + component[1:]


def build_go(work: Path, source: Path, type_names: list[str]) -> list[str]:
    go = require_tool("go", "apt-get install golang-go")
    module = work / "module"
    shutil.rmtree(module, ignore_errors=True)
    # The generated package needs the standard library only (config/go.yaml says why).
    shutil.copytree(source, module / "matrixport", ignore=shutil.ignore_patterns(".*", "*.md", "api", "docs"))
    (module / "go.mod").write_text("module xlangcheck\n\ngo 1.19\n")
    shutil.copy(HERE / "go" / "main.go", module / "main.go")
    entries = "\n".join(f'\t"{name}": roundTrip[matrixport.{name}],' for name in type_names)
    (module / "registry.go").write_text(
        "// Generated by tests/xlang/xlang.py: the generated types the cases decode into.\n"
        'package main\n\nimport "xlangcheck/matrixport"\n\n'
        f"var decoders = map[string]func([]byte) ([]byte, error){{\n{entries}\n}}\n"
    )
    env = {
        "GOFLAGS": "-mod=mod",
        "GOPROXY": "off",
        "GOTOOLCHAIN": "local",
        "GOCACHE": str(BUILD / "go-cache"),
    }
    run([go, "vet", "./matrixport"], cwd=module, env=env, what="go vet of the generated client")
    run([go, "build", "-o", str(work / "decode"), "."], cwd=module, env=env, what="go build")
    return [str(work / "decode")]


def build_java(work: Path, source: Path, type_names: list[str]) -> list[str]:
    javac = require_tool("javac", "apt-get install default-jdk-headless")
    if not JAKARTA_ANNOTATIONS.exists():
        raise CheckFailed(
            f"{JAKARTA_ANNOTATIONS} is missing: run `make xlang-tools` (libjakarta-annotation-api-java)"
        )
    package = config("java")["additionalProperties"]["modelPackage"]
    registry = work / "src" / "Registry.java"
    registry.parent.mkdir(parents=True, exist_ok=True)
    entries = ",\n".join(f'    Map.entry("{name}", {package}.{name}.class)' for name in type_names)
    registry.write_text(
        "// Generated by tests/xlang/xlang.py: the generated types the cases decode into.\n"
        "import java.util.Map;\n\nfinal class Registry {\n"
        f"  static final Map<String, Class<?>> TYPES = Map.ofEntries(\n{entries});\n}}\n"
    )
    shutil.copy(HERE / "java" / "Decode.java", registry.parent / "Decode.java")
    sources = [
        *map(str, (source / "src" / "main" / "java").rglob("*.java")),
        *map(str, registry.parent.glob("*.java")),
    ]
    classes = work / "classes"
    shutil.rmtree(classes, ignore_errors=True)
    classpath = f"{generator_jar()}:{JAKARTA_ANNOTATIONS}"
    (work / "sources.txt").write_text("\n".join(sources))
    run([javac, "-nowarn", "-encoding", "UTF-8", "-d", str(classes), "-cp", classpath,
         f"@{work / 'sources.txt'}"],
        what="javac")  # fmt: skip
    return ["java", "-cp", f"{classes}:{classpath}", "Decode"]


def build_typescript(work: Path, source: Path, type_names: list[str]) -> list[str]:
    node = require_tool("node", "Node.js 20")
    tsc = ROOT / "node_modules" / ".bin" / "tsc"
    if not tsc.exists():
        raise CheckFailed("node_modules/.bin/tsc is missing: run `make tools`")
    program = work / "program"
    program.mkdir(exist_ok=True)
    (models,) = source.glob("**/models/index.ts")
    imports = ", ".join(f"{name}FromJSON, {name}ToJSON" for name in type_names)
    entries = "\n".join(f"  {name}: [{name}FromJSON, {name}ToJSON]," for name in type_names)
    (program / "registry.ts").write_text(
        "// Generated by tests/xlang/xlang.py: the generated types the cases decode into.\n"
        f"import {{ {imports} }} from '../{models.parent.relative_to(work).as_posix()}/index';\n\n"
        "export const types: Record<string, [(json: any) => any, (value: any) => any]> = "
        f"{{\n{entries}\n}};\n"
    )
    shutil.copy(HERE / "typescript" / "decode.ts", program / "decode.ts")
    (work / "tsconfig.json").write_text(json.dumps({
        "compilerOptions": {
            "strict": True, "target": "ES2022", "module": "commonjs", "lib": ["ES2022", "DOM"],
            "outDir": "out", "skipLibCheck": False,
            "incremental": True, "tsBuildInfoFile": "out/.tsbuildinfo",
        },
        "include": ["generated/**/*.ts", "program/*.ts"],
    }, indent=1))  # fmt: skip
    run([str(tsc), "--project", str(work / "tsconfig.json")], what="tsc --strict")
    return [node, str(work / "out" / "program" / "decode.js")]


def build_rust(work: Path, source: Path, type_names: list[str]) -> list[str]:
    cargo = require_tool("cargo", "Rust: rustup or apt-get install cargo")
    if not all(any(DEBIAN_CRATES.glob(f"{crate}-[0-9]*")) for crate in ("serde", "serde_json", "serde_repr")):
        raise CheckFailed(f"Debian's Rust crates are missing in {DEBIAN_CRATES}: run `make xlang-tools`")
    crate = work / "crate"
    shutil.rmtree(crate / "src", ignore_errors=True)
    (crate / "src").mkdir(parents=True)
    shutil.copytree(source / "src" / "models", crate / "src" / "models")
    shutil.copy(HERE / "rust" / "main.rs", crate / "src" / "main.rs")
    arms = "\n".join(f'        "{name}" => round_trip::<models::{name}>(json),' for name in type_names)
    (crate / "src" / "registry.rs").write_text(
        "// Generated by tests/xlang/xlang.py: the generated types the cases decode into.\n"
        "use crate::{models, round_trip};\n\n"
        "pub fn decode(kind: &str, json: &str) -> Result<String, String> {\n    match kind {\n"
        f'{arms}\n        _ => Err(format!("no type {{kind}}")),\n    }}\n}}\n'
    )
    shutil.copytree(HERE / "rust" / "serde_with", crate / "serde_with", dirs_exist_ok=True)
    # Cargo's lock file pins the versions Debian has; it is made anew each time.
    (crate / "Cargo.lock").unlink(missing_ok=True)
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "xlangcheck"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n'
        'serde = { version = "1", features = ["derive"] }\nserde_json = "1"\nserde_repr = "0.1"\n'
        'serde_with = { path = "serde_with" }\n'
    )
    (crate / ".cargo").mkdir(exist_ok=True)
    (crate / ".cargo" / "config.toml").write_text(
        f'[source.crates-io]\nreplace-with = "debian"\n\n[source.debian]\ndirectory = "{DEBIAN_CRATES}"\n\n'
        "[net]\noffline = true\n"
    )
    env = {"CARGO_TARGET_DIR": str(BUILD / "rust-target")}
    run([cargo, "build", "--release", "--quiet"], cwd=crate, env=env, what="cargo build")
    return [str(BUILD / "rust-target" / "release" / "xlangcheck")]


BUILDERS = {"go": build_go, "java": build_java, "typescript-fetch": build_typescript, "rust": build_rust}


def check(
    language: str, spec_path: Path, work: Path | None = None, extra: list[str] | None = None
) -> dict[str, Any]:
    """Generate, compile and decode; raise CheckFailed on any difference. Returns what was done."""
    spec_path = spec_path.resolve()
    work = (work or BUILD / language / spec_path.stem).resolve()
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    source = work / "generated"
    generated = generate(language, spec_path, source, extra or [])
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    all_cases = cases(spec)
    cases_path = write_cases(work, all_cases, response_types(language, source), language)
    type_names = sorted({entry["type"] for entry in json.loads(cases_path.read_text())})
    command = BUILDERS[language](work, source, type_names)
    out = work / "results.json"
    out.unlink(missing_ok=True)
    run([*command, str(cases_path), str(out)], what=f"the {language} decoder")
    results = {entry["id"]: entry for entry in json.loads(out.read_text(encoding="utf-8"))}
    failures = compare(all_cases, results, defaults(spec))
    if failures:
        shown = "\n".join(failures[:40]) + (f"\n... {len(failures) - 40} more" if len(failures) > 40 else "")
        raise CheckFailed(f"{language} on {spec_path.name}: {len(failures)} differences:\n{shown}")
    return {
        "language": language, "spec": spec_path.name, "operations": len(operations(spec)),
        "cases": len(all_cases), "generated": generated, "seconds": round(time.monotonic() - started, 1),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("language", choices=LANGUAGES)
    parser.add_argument("specs", nargs="+", type=Path)
    args = parser.parse_args()
    failed = False
    for spec_path in args.specs:
        try:
            done = check(args.language, spec_path)
        except CheckFailed as error:
            print(f"FAIL {args.language} {spec_path.name}: {error}", file=sys.stderr)
            failed = True
            continue
        cached = "" if done["generated"] else ", generator output cached"
        print(
            f"ok   {done['language']:16} {done['spec']:22} generated, compiled, decoded "
            f"{done['cases']} examples of {done['operations']} operations exactly "
            f"({done['seconds']} s{cached})"
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
