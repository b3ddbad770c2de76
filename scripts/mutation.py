"""Mutation testing of the hand-written layer (`make mutation`): mutmut over `overrides/matrixport`.

    python scripts/mutation.py run [--group core] [--module _flow] [--workers 2]  # test, then report
    python scripts/mutation.py run --group sandbox --not-run-first  # mutants never run before survivors
    python scripts/mutation.py report                               # MUTATION.md from the last results
    python scripts/mutation.py show matrixport._flow.x_call__mutmut_12
    python scripts/mutation.py survivors _flow                      # what is left to kill (or: cli)
    python scripts/mutation.py try matrixport._flow.x_call__mutmut_12 tests/test_write_safety.py  # killed?
    python scripts/mutation.py rekey                                # entries follow renumbered mutants

The tests import the package `matrixport`, which the wheel assembles from `overrides/matrixport` and
`generated/`. So the mutants live in an assembled copy, `build/mutation/<group>/matrixport` (the
hand-written modules over the generated packages), which mutmut copies to
`build/mutation/<group>/mutants/matrixport` with every mutant of the group compiled in, behind a
switch (`MUTANT_UNDER_TEST`). The groups are the client (`core`), the command (`cli`) and the
sandbox, each with its own settings and results. The tests run from the group's `mutants` folder,
where that copy comes first on `sys.path`; `PYTHONPATH` points there too, so a test's subprocess
(`python -m matrixport.sandbox`, the `matrixport` command) runs the mutant as well. Only the
group's hand-written modules are mutated; the rest is copied as it is.

mutmut runs the test suite once, recording which tests call each function, and then runs, for
each mutant, only those tests (stopping at the first failure), forked from a process that has
imported everything already. Results are kept in each group's `mutants` folder between runs: a killed
mutant stays killed while its function is unchanged, every other one is tried again with the
tests of the day (`--fresh` forgets them all); `--module` limits a run to some modules.

A surviving mutant that no test can kill, because it changes nothing a caller can observe, is
listed with its reason in `scripts/mutation-equivalent/<module>.yaml` (`cli/_output.yaml` for a module of a
folder) and left out of the score;
an entry names the changed line, so an entry whose code has moved on stops counting.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
STAGES = ROOT / "build" / "mutation"
PACKAGE = "matrixport"
HAND_WRITTEN = ROOT / "overrides" / PACKAGE
EQUIVALENT = ROOT / "scripts" / "mutation-equivalent"
"""One YAML file per module (`_flow.yaml`, `cli/_output.yaml`): mutant name -> {mutant, reason}."""
REPORT = ROOT / "MUTATION.md"
NAMED = ROOT / "scripts" / "mutation-named.yaml"
TARGET = 95.0
"""The score every module must reach (killed / mutants that are not equivalent), in percent."""

# What each mutant's tests are chosen from: every test that can observe the hand-written layer in
# process. Left out: checks of the spec, the generated code and the site (they import no mutant,
# or only as a by-product), the load test (1,000 concurrent calls: minutes per mutant), and the
# CLI's tests outside the `cli` group (they start sandboxes: slow, and the client's own tests
# already call what the command calls). And the fuzz tests: their
# inputs are random, so a mutant they kill in one run may live in the next; a mutant must be
# killed by a test that would catch it every time.
SKIPPED_TESTS = (
    "test_parsing_fuzz.py",
    "test_contract.py",
    "test_coverage.py",
    "test_crosscheck.py",
    "test_docs_site.py",
    "test_docstrings.py",
    "test_errata.py",
    "test_load.py",
    "test_cli.py",
    "test_xlang.py",
)
# The hand-written layer is mutated in three groups, each in its own folder with its own mutmut
# settings: mutmut forgets every result when its settings change (they are fingerprinted), so a run
# of the sandbox must not touch the client's results. A group always mutates all of its files;
# `--module` only chooses which mutants a run tests.
GROUPS = ("core", "cli", "sandbox")
GROUP_TESTS = {
    # the client: every test that observes it in process, without the sandbox's own (slow) tests
    "core": [
        "tests",
        "--ignore-glob=tests/test_sandbox_*",
        *(f"--ignore=tests/{name}" for name in SKIPPED_TESTS),
    ],
    # the command: its tests run it in process, through click's runner
    "cli": ["tests/test_cli.py"],
    # the sandbox: every test, less one that times a local server's connections and never calls the
    # sandbox (under the stats run's tracing its connections outlive httpx's 5 s keep-alive)
    "sandbox": [
        "tests",
        *(f"--ignore=tests/{name}" for name in SKIPPED_TESTS),
        "--deselect=tests/test_requests.py::test_the_clients_own_pool_opens_and_keeps_max_in_flight_connections",
    ],
}
"""Each group's test selection, as pytest arguments that do not name every test file: mutmut forgets
every result when the selection changes, and a new test file must not be such a change (mutmut finds
new tests by itself and records which functions they call)."""


def group_of(path: str) -> str:
    """`matrixport/_flow.py` -> core, `matrixport/sandbox/core.py` -> sandbox (a file or a mutant name)."""
    inner = path.replace(".", "/").removeprefix(PACKAGE + "/")
    top = inner.split("/", 1)[0]
    return top if top in GROUPS else "core"


def stage_of(group: str) -> Path:
    return STAGES / group


def mutants_of(group: str) -> Path:
    return STAGES / group / "mutants"


# Files of the repository the tests read beside the package (specs, codegen, cassettes' README).
ALSO_VISIBLE = ("codegen", "spec", "generated", "README.md")

PYPROJECT = """\
# Written by scripts/mutation.py: mutmut's settings for the assembled package.
[tool.mutmut]
source_paths = ["{package}"]
only_mutate = {only_mutate}
pytest_add_cli_args = ["-p", "no:cacheprovider", "-W", "ignore"]
pytest_add_cli_args_test_selection = {tests}
timeout_multiplier = 10.0
timeout_constant = 2.0

[tool.pytest.ini_options]
testpaths = ["tests"]
asyncio_mode = "auto"
asyncio_default_fixture_loop_scope = "function"
addopts = "--strict-markers"

[tool.mypy]
strict = true
python_version = "3.10"

[[tool.mypy.overrides]]
module = ["jsonschema.*", "yaml", "vcr.*", "uvicorn.*", "mutmut.*"]
ignore_missing_imports = true
"""


def mirror(source: Path, target: Path, *, into: dict[Path, Path] | None = None) -> None:
    """Make `target` hold `source`'s files; a file that changed gets a new mtime (mutmut compares them)."""
    seen = into if into is not None else {}
    for path in sorted(source.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        destination = target / path.relative_to(source)
        seen[destination] = path
        if destination.exists() and filecmp.cmp(path, destination, shallow=False):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)


def prune(target: Path, keep: dict[Path, Path]) -> None:
    for path in sorted(target.rglob("*"), reverse=True):
        if "__pycache__" in path.parts:
            continue
        if path.is_file() and path not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


def hand_written_files() -> list[str]:
    return sorted(
        str(Path(PACKAGE) / path.relative_to(HAND_WRITTEN))
        for path in HAND_WRITTEN.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def stage(group: str) -> None:
    """The assembled package and the tests, where mutmut expects them; only `group`'s files are mutated.

    The rest of the hand-written layer is copied as it is: mutmut wraps every function it mutates
    in a trampoline, which costs time in every test.
    """
    STAGE, MUTANTS = stage_of(group), mutants_of(group)
    package = STAGE / PACKAGE
    files: dict[Path, Path] = {}
    for document in sorted((ROOT / "generated").iterdir()):
        if document.name == "__pycache__":
            continue
        if document.is_dir():
            mirror(document, package / document.name, into=files)
        elif document.is_file():
            files[package / document.name] = document
            if not (package / document.name).exists() or not filecmp.cmp(document, package / document.name):
                package.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(document, package / document.name)
    mirror(HAND_WRITTEN, package, into=files)
    prune(package, files)

    tests: dict[Path, Path] = {}
    mirror(ROOT / "tests", MUTANTS / "tests", into=tests)
    prune(MUTANTS / "tests", tests)
    for name in ALSO_VISIBLE:
        link = MUTANTS / name
        if not link.is_symlink():
            link.symlink_to(ROOT / name)

    (STAGE / "pyproject.toml").write_text(
        PYPROJECT.format(
            package=PACKAGE,
            only_mutate=json.dumps(group_files(group)),
            tests=json.dumps(GROUP_TESTS[group]),
        ),
        encoding="utf-8",
    )


def selected_files(modules: list[str]) -> list[str]:
    """The hand-written files `modules` name (every one when none is named)."""
    if not modules:
        return hand_written_files()
    prefixes = [module_pattern(module).removesuffix(".*") for module in modules]
    return [
        path
        for path in hand_written_files()
        if any(
            (name := path.removesuffix(".py").replace("/", ".").removesuffix(".__init__")) == prefix
            or name.startswith(prefix + ".")
            for prefix in prefixes
        )
    ]


def module_pattern(module: str) -> str:
    """`_flow`, `sandbox/core`, `sandbox.core`, `cli` -> a glob over mutmut's mutant names."""
    name = module.removesuffix(".py").replace("/", ".").strip(".")
    if name.startswith(PACKAGE + "."):
        name = name[len(PACKAGE) + 1 :]
    return f"{PACKAGE}.{name}.*"


def run(groups: list[str], modules: list[str], workers: int, fresh: bool, not_run_first: bool = False) -> int:
    """Test the mutants of `groups` or `modules` (all when neither), group by group; then the report.

    Results are kept between runs: a mutant that was killed stays killed while its function is
    unchanged; every other one (survived, not run, or in a function that changed) is tried again,
    with the tests as they are now. `fresh` forgets every result first; `not_run_first` runs the
    mutants never run before the survivors of earlier runs (to finish a group's first measurement).
    """
    status = 0
    for group in GROUPS:
        chosen = [module for module in modules if group_of(module_pattern(module)) == group]
        if group in groups or chosen or not (groups or modules):
            status = run_group(group, chosen, workers, fresh, not_run_first) or status
    write_report()
    return status


def run_group(group: str, modules: list[str], workers: int, fresh: bool, not_run_first: bool = False) -> int:
    STAGE, MUTANTS = stage_of(group), mutants_of(group)
    if fresh and MUTANTS.exists():
        shutil.rmtree(MUTANTS)
    stage(group)
    # mutmut records which tests call each function once, and afterwards only for tests with new
    # names: a test rewritten under its old name (to call the code in process, say) would keep
    # its old record, and a mutant it kills would survive. So every run records them afresh.
    (MUTANTS / "mutmut-stats.json").unlink(missing_ok=True)
    environment = {
        **os.environ,
        "PYTHONPATH": str(MUTANTS),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "FUZZ_EXAMPLES": os.environ.get("FUZZ_EXAMPLES", "4"),
        "FAULT_EXAMPLES": os.environ.get("FAULT_EXAMPLES", "12"),  # tests/test_write_safety_live.py
        "MATRIXPORT_PRELOAD_CONTRACT_MODELS": "1",  # tests/conftest.py
    }
    mutmut = [str(Path(sys.executable).parent / "mutmut"), "run", "--max-children", str(workers)]
    # the group's stage only holds its own mutants, so the whole package's pattern is the group's
    patterns = [module_pattern(module) for module in modules] or [f"{PACKAGE}.*"]
    earlier = unsettled(group, modules)
    if not earlier:
        return subprocess.run(mutmut + patterns, cwd=STAGE, env=environment, check=False).returncode
    # mutmut runs the names it is given in its own order (the cheapest tests first). The survivors
    # of earlier runs go first: tests added since were written to kill them, so most now die at
    # their first failing test, while a mutant never run may survive, and a survivor runs every
    # test that calls its function (a minute each for the sandbox's seeding). mutmut re-creates the
    # mutants of changed functions (their results reset) before it runs any.
    not_run = set(unsettled(group, modules, only_not_run=True))
    status = 0
    batches = [[n for n in earlier if n not in not_run], [n for n in earlier if n in not_run]]
    for names in reversed(batches) if not_run_first else batches:
        if names and status == 0:
            status = subprocess.run(mutmut + names, cwd=STAGE, env=environment, check=False).returncode
    left = [name for name in unsettled(group, modules) if name not in earlier]
    if status == 0 and left:  # mutants of functions that changed since the last run
        status = subprocess.run(mutmut + left, cwd=STAGE, env=environment, check=False).returncode
    return status


def group_files(group: str) -> list[str]:
    return [path for path in hand_written_files() if group_of(path) == group]


def unsettled(group: str, modules: list[str], *, only_not_run: bool = False) -> list[str]:
    """Mutants of the group's last run that were not killed (or not run), in `modules` (all when none).

    A survivor listed as equivalent is left out: it would survive again, and a survivor runs every
    test that calls its function (a minute or more for the client's busiest functions). Its entry
    still has to name its changed line, or the report lists it as no longer matching.
    """
    equivalent = load_equivalent()
    names: list[str] = []
    for path in selected_files(modules) if modules else group_files(group):
        meta = mutants_of(group) / (path + ".meta")
        if meta.exists():
            exit_codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
            names += [
                name
                for name, code in exit_codes.items()
                if code is None
                or (not only_not_run and mutmut_status(code) not in KILLED and name not in equivalent)
            ]
    return names


# --- The report ------------------------------------------------------------------------------------

KILLED = {"killed", "timeout", "segfault", "caught by type check"}


@dataclass
class Module:
    path: str
    statuses: Counter[str] = field(default_factory=Counter)
    survivors: list[tuple[str, str]] = field(default_factory=list)
    equivalent: list[tuple[str, str, str]] = field(default_factory=list)
    measured: bool = False
    """The module was in its group's last run (it may have no mutants: nothing in it to change)."""

    @property
    def total(self) -> int:
        return sum(self.statuses.values())

    @property
    def killed(self) -> int:
        return sum(self.statuses[status] for status in KILLED)

    @property
    def score(self) -> float | None:
        """None until every mutant has a result."""
        counted = self.total - len(self.equivalent)
        if not counted or self.statuses["not checked"]:
            return None
        return 100.0 * self.killed / counted


def mutmut_status(exit_code: int | None) -> str:
    from mutmut.stats import status_by_exit_code

    return str(status_by_exit_code[exit_code])


def diff_of(name: str, path: str) -> str:
    """The mutant as a diff of its function (mutmut's own)."""
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    cwd = Path.cwd()
    os.chdir(stage_of(group_of(path)))
    try:
        return get_diff_for_mutant(name, path=path)
    finally:
        os.chdir(cwd)


def changed_lines(diff: str) -> tuple[str, str]:
    """The line the mutant removed and the one it added, stripped (what an equivalence entry names)."""
    removed = [
        line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")
    ]
    added = [
        line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")
    ]
    return " / ".join(removed), " / ".join(added)


def load_equivalent() -> dict[str, dict[str, str]]:
    entries: dict[str, dict[str, str]] = {}
    for path in sorted(EQUIVALENT.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        entries.update({str(name): entry for name, entry in data.items()})
    return entries


def collect() -> tuple[list[Module], list[str]]:
    equivalent = load_equivalent()
    used: set[str] = set()
    stale: list[str] = []
    modules: list[Module] = []
    mutated = last_mutated()
    for path in hand_written_files():
        meta = mutants_of(group_of(path)) / (path + ".meta")
        module = Module(path)
        modules.append(module)
        if not meta.exists() or path not in mutated:  # a group not run yet, or run before the file was
            continue
        module.measured = True
        exit_codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        for name, exit_code in sorted(exit_codes.items(), key=lambda item: _mutant_order(item[0])):
            status = mutmut_status(exit_code)
            module.statuses[status] += 1
            if status in KILLED or exit_code is None:  # killed, or not run yet: nothing to show
                continue
            diff = diff_of(name, path)
            entry = equivalent.get(name)
            if entry is not None:
                used.add(name)
                if changed_lines(diff)[1] == entry.get("mutant", "").strip():
                    module.equivalent.append((name, entry["mutant"], entry["reason"]))
                    continue
                now = changed_lines(diff)[1]
                stale.append(f"{name}: the entry names `{entry.get('mutant')}`, the mutant is now `{now}`")
            module.survivors.append((name, diff))
    measured = {path.removesuffix(".py").replace("/", ".") + "." for path in mutated}
    unused = [name for name in sorted(set(equivalent) - used) if any(name.startswith(m) for m in measured)]
    stale.extend(f"{name}: no such surviving mutant" for name in unused)
    return modules, stale


def last_mutated() -> set[str]:
    """The files the groups' last runs mutated (`only_mutate` in the settings they were given)."""
    files: set[str] = set()
    for group in GROUPS:
        settings = stage_of(group) / "pyproject.toml"
        if settings.exists():
            match = re.search(r"^only_mutate = (.*)$", settings.read_text(encoding="utf-8"), re.MULTILINE)
            files |= set(json.loads(match.group(1))) if match else set()
    return files


def _mutant_order(name: str) -> tuple[str, int]:
    base, _, number = name.rpartition("__mutmut_")
    return base, int(number) if number.isdigit() else 0


def write_report() -> None:
    modules, stale = collect()
    lines = [
        "# Mutation testing",
        "",
        "What the test suite catches when the hand-written layer (`overrides/matrixport`) is broken on",
        "purpose: [mutmut](https://github.com/boxed/mutmut) changes one thing at a time (an operator, a",
        "constant, a string, an argument, a condition) and runs the tests that call the changed function.",
        "A mutant is *killed* when a test fails (or it hangs); it *survives* when every",
        "test still passes. `make mutation` runs it and writes this file (`scripts/mutation.py`);",
        "`make mutation MODULE=_flow` reruns one module (`MODULE=sandbox/core`, `MODULE=cli` for a folder).",
        "The client (`core`), the command (`cli`) and the sandbox are run apart, each in its own folder",
        "of `build/mutation`, so a run of one keeps the others' results.",
        "",
        "*Equivalent* mutants change nothing a caller can observe; each is listed below with the reason,",
        "and left out of the score (killed / (mutants - equivalent)). Target: at least "
        f"{TARGET:.0f}% for every module.",
        "",
        "| module | mutants | killed | equivalent | survived | no tests | not run | score |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    totals = Module("all")
    for module in modules:
        totals.statuses.update(module.statuses)
        totals.equivalent.extend(module.equivalent)
        totals.survivors.extend(module.survivors)
        lines.append(_row(module))
    lines.append(_row(totals, bold=True))
    below = [m.path for m in modules if m.score is not None and m.score < TARGET]
    unmeasured = [m.path for m in modules if m.score is None and not (m.measured and m.total == 0)]
    lines += [
        "",
        f"Modules below {TARGET:.0f}%: " + (", ".join(f"`{p}`" for p in below) if below else "none."),
        "",
        "Modules without a complete result: "
        + (", ".join(f"`{p}`" for p in unmeasured) if unmeasured else "none."),
    ]
    if stale:
        lines += ["", "## Equivalence entries that no longer match", ""]
        lines += [f"- {line}" for line in stale]
    lines += ["", "## The survivors the issue named, and the tests that kill them", ""]
    for entry in yaml.safe_load(NAMED.read_text(encoding="utf-8")):
        tests = ", ".join(
            f"`{test}`" + ("" if _test_exists(test) else " (missing!)") for test in entry["tests"]
        )
        lines.append(f"- {entry['survivor']}: {tests}")
    lines += ["", "## Surviving mutants", ""]
    survivors = [(m.path, name, diff) for m in modules for name, diff in m.survivors]
    if not survivors:
        lines.append("None.")
    for path, name, diff in survivors:
        removed, added = changed_lines(diff)
        lines += [f"- `{name}` ({path}): `{removed}` → `{added}`"]
    lines += ["", "## Equivalent mutants", ""]
    for module in modules:
        for name, mutant, reason in module.equivalent:
            lines.append(f"- `{name}`: `{mutant}`: {reason}")
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {REPORT.relative_to(ROOT)}")
    for module in modules:
        if module.score is not None:
            print(f"{module.score:6.1f}%  {module.path}  ({len(module.survivors)} surviving)")


def _row(module: Module, bold: bool = False) -> str:
    s = module.statuses
    if module.score is not None:
        score = f"{module.score:.1f}%"
    elif s["not checked"]:
        score = "incomplete"
    elif module.measured:
        score = "no mutants"
    else:
        score = "not run"
    cells = [
        f"`{module.path}`" if not bold else "**all**",
        module.total,
        module.killed,
        len(module.equivalent),
        len(module.survivors) - s["no tests"],
        s["no tests"],
        s["not checked"],
        f"**{score}**" if bold else score,
    ]
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def _test_exists(test: str) -> bool:
    path, _, name = test.partition("::")
    return bool(re.search(rf"def {re.escape(name)}\b", (ROOT / path).read_text(encoding="utf-8")))


def show(name: str) -> None:
    def module(path: str) -> str:
        return path[:-3].replace("/", ".").removesuffix(".__init__") + "."

    # the longest module the name starts with: `matrixport.` (the package's __init__) fits every name
    path = max((p for p in hand_written_files() if name.startswith(module(p))), key=lambda p: len(module(p)))
    print(diff_of(name, path))


def print_survivors(module: str) -> None:
    """The last run's surviving mutants of one module (not yet listed as equivalent), one per line."""
    equivalent = load_equivalent()
    for path in group_files(module) if module in GROUPS else selected_files([module]):
        meta = mutants_of(group_of(path)) / (path + ".meta")
        if not meta.exists():
            continue
        exit_codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        for name, exit_code in sorted(exit_codes.items(), key=lambda item: _mutant_order(item[0])):
            if exit_code is None or mutmut_status(exit_code) in KILLED or name in equivalent:
                continue
            removed, added = changed_lines(diff_of(name, path))
            print(f"{name}  [{mutmut_status(exit_code)}]\n    - {removed}\n    + {added}")


def rekey() -> int:
    """Give equivalence entries whose mutant was renumbered (code added or removed above it in
    its function) the mutant's new name, and list the entries whose mutant is gone.

    An entry moves only to a surviving mutant of the same function that makes the same change and
    has no entry of its own; several entries with the same change move in their order, and only
    when there are exactly as many such survivors. Returns how many entries are left unmatched.
    """
    equivalent = load_equivalent()
    survivors: dict[tuple[str, str], list[str]] = {}  # (function, added line) -> mutant names
    current: dict[str, str] = {}  # surviving mutant -> its added line
    for path in hand_written_files():
        meta = mutants_of(group_of(path)) / (path + ".meta")
        if not meta.exists():
            continue
        exit_codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        for name, exit_code in sorted(exit_codes.items(), key=lambda item: _mutant_order(item[0])):
            if exit_code is None or mutmut_status(exit_code) in KILLED:
                continue
            current[name] = changed_lines(diff_of(name, path))[1]
            survivors.setdefault((_mutant_order(name)[0], current[name]), []).append(name)
    moved: dict[tuple[str, str], list[str]] = {}  # entries whose name no longer fits, by the same key
    for name, entry in sorted(equivalent.items(), key=lambda item: _mutant_order(item[0])):
        if current.get(name) != entry.get("mutant", "").strip():
            moved.setdefault((_mutant_order(name)[0], entry.get("mutant", "").strip()), []).append(name)
    renames: dict[str, str] = {}
    unmatched: list[str] = []
    for key, names in moved.items():
        free = [n for n in survivors.get(key, []) if n not in equivalent or n in names]
        if len(free) == len(names):
            renames.update((old, new) for old, new in zip(names, free, strict=True) if old != new)
        else:
            unmatched += names
    for yaml_path in sorted(EQUIVALENT.rglob("*.yaml")):
        data = yaml.safe_load(yaml_path.read_text(encoding="utf-8")) or {}
        if any(name in renames for name in data):
            data = {renames.get(name, name): entry for name, entry in data.items()}
            yaml_path.write_text(
                yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=4096), encoding="utf-8"
            )
    for old, new in sorted(renames.items()):
        print(f"renamed {old} -> {new}")
    for name in sorted(unmatched):
        print(f"no surviving mutant makes this entry's change: {name}")
    return len(unmatched)


def try_mutant(name: str, pytest_args: list[str]) -> int:
    """Run pytest from the repository's tests with one mutant of the last run switched on."""
    environment = {**os.environ, "PYTHONPATH": str(mutants_of(group_of(name))), "MUTANT_UNDER_TEST": name}
    command = [
        str(Path(sys.executable).parent / "pytest"),
        "-q",
        "-x",
        "-p",
        "no:cacheprovider",
        *pytest_args,
    ]
    return subprocess.run(command, cwd=ROOT, env=environment, check=False).returncode


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run")
    run_parser.add_argument(
        "--module",
        action="append",
        default=[],
        help="a module or folder of overrides/matrixport, e.g. _flow or sandbox/core (repeatable)",
    )
    run_parser.add_argument(
        "--group", action="append", default=[], choices=GROUPS, help="every module of a group"
    )
    run_parser.add_argument("--workers", type=int, default=2)
    run_parser.add_argument("--fresh", action="store_true", help="forget the results of earlier runs")
    run_parser.add_argument(
        "--not-run-first", action="store_true", help="run the mutants never run before earlier survivors"
    )
    commands.add_parser("report")
    show_parser = commands.add_parser("show")
    show_parser.add_argument("name")
    survivors_parser = commands.add_parser("survivors", help="the last run's survivors of a module or group")
    survivors_parser.add_argument(
        "module", help="a module (_flow, cli/_output) or a group (core, cli, sandbox)"
    )
    try_parser = commands.add_parser(
        "try", help="run tests with one mutant switched on (exit 0: it survives)"
    )
    try_parser.add_argument("name")
    try_parser.add_argument("pytest_args", nargs=argparse.REMAINDER)
    commands.add_parser("rekey", help="move equivalence entries to their renumbered mutants")
    arguments = parser.parse_args()
    if arguments.command == "run":
        return run(
            arguments.group, arguments.module, arguments.workers, arguments.fresh, arguments.not_run_first
        )
    if arguments.command == "report":
        write_report()
        return 0
    if arguments.command == "survivors":
        print_survivors(arguments.module)
        return 0
    if arguments.command == "try":
        return try_mutant(arguments.name, arguments.pytest_args)
    if arguments.command == "rekey":
        return 1 if rekey() else 0
    show(arguments.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
