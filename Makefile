# Everything a developer or CI runs. A fresh machine needs python3, make and npm.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
# The documents whose client is generated, served by the sandbox and tested.
DOCUMENTS := balance-plus fixed-income fixed-staking prime-broker t-bills
SANDBOX_PORT := 8765
HAND_WRITTEN := overrides codegen tests scripts examples bench docs
export PATH := $(BIN):$(PATH)

# What the cross-language checks (tests/xlang) need beyond Java 17, Node and Rust: Go (make test
# uses it), and for `make xlang` Debian's Java annotations and Rust crates (tests/xlang/xlang.py).
XLANG_PACKAGES := libjakarta-annotation-api-java librust-serde-dev librust-serde-derive-dev \
	librust-serde-json-dev librust-serde-repr-dev
XLANG_LANGUAGES := go typescript-fetch java rust

.PHONY: help tools go-toolchain browser docs xlang-tools bundle generate check-generated tables errata crosscheck spec lint-spec typescript xlang install lint test downstream fuzz mutation bench sandbox record demo clean

help:
	@echo "make demo      run the quickstart against the local sandbox"
	@echo "make test      generation in sync, lint, type checks and the tests"
	@echo "make generate  spec/ -> build/spec (bundles) -> generated/"
	@echo "make spec      the published specs, per document and combined, in dist/spec/"
	@echo "make docs      the documentation site in dist/docs/ (API, Python and command reference, guides, errata)"
	@echo "make tables    spec/documents -> spec/tables (the documents' tables and examples as data)"
	@echo "make errata    spec/errata -> spec/ERRATA.md"
	@echo "make crosscheck  the differences between the documents and the spec (spec/differences.txt)"
	@echo "make xlang     Go, TypeScript, Java and Rust clients of every published spec: generate, compile, decode"
	@echo "make record    re-record the test cassettes against the sandbox"
	@echo "make sandbox   run the sandbox server on port $(SANDBOX_PORT)"
	@echo "make downstream  a project that imports matrixport tests against the sandbox (fresh virtualenv)"
	@echo "make bench     the client's cost beside the alternatives (bench/results.json, README table)"
	@echo "make fuzz      54,000 hostile responses through both clients, with each case's time and memory"
	@echo "make mutation  mutation testing of overrides/matrixport (MUTATION.md); one module: MODULE=_flow"

$(VENV)/.installed: requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

tools: $(VENV)/.installed node_modules/.installed

# Go from Debian when the machine has none (a fresh machine: about 20 s, once).
go-toolchain:
	@command -v go >/dev/null || scripts/debian-packages golang-go

# Debian's Chromium for the documentation site's browser test (tests/test_docs_site.py), once per
# machine; without root it names the package and fails: the test never skips.
browser:
	@command -v chromium >/dev/null || scripts/debian-packages chromium

xlang-tools: tools go-toolchain
	@command -v javac >/dev/null || scripts/debian-packages default-jdk-headless
	@command -v cargo >/dev/null || scripts/debian-packages cargo
	scripts/debian-packages $(XLANG_PACKAGES)

bundle: tools
	$(BIN)/python codegen/bundle.py --out build/spec $(DOCUMENTS)

generate: bundle
	$(BIN)/python codegen/generate.py --bundles build/spec --out generated

# The documents' tables and examples as data, for the cross-check (tests/test_crosscheck.py).
tables: tools
	$(BIN)/python codegen/doctables.py

# spec/ERRATA.md, written from the errata data (spec/errata/*.yaml).
errata: tools
	$(BIN)/python codegen/errata.py

# Prints what no errata entry explains, and writes spec/differences.txt (every difference).
crosscheck: tools
	$(BIN)/python codegen/crosscheck.py --write

# generated/ must be exactly what the spec, the templates and the pinned generator produce.
check-generated: bundle
	rm -rf build/generated-check
	$(BIN)/python codegen/generate.py --bundles build/spec --out build/generated-check
	diff -r --exclude=__pycache__ generated build/generated-check \
		|| { echo "generated/ is out of date: run 'make generate' and commit the result"; exit 1; }

# The published specs other languages use: dist/spec/<document>.{json,yaml} and matrixport.{json,yaml}.
spec: bundle
	$(BIN)/python codegen/publish.py --bundles build/spec --out dist/spec

# Redocly's recommended rules (redocly.yaml says which are off, and why) on every spec file and
# the combined spec; openapi-spec-validator runs in tests/test_contract.py.
lint-spec: spec
	node_modules/.bin/redocly lint --max-problems 50

# Another language's generator consumes the published specs: TypeScript types, compiled strictly
# with a file that uses one operation of each document (tests/typescript/usage.ts).
typescript: spec
	rm -rf build/ts && mkdir -p build/ts
	cd build/ts && for spec in ../../dist/spec/*.yaml; do \
		../../node_modules/.bin/openapi-typescript "$$spec" --output "$$(basename "$$spec" .yaml).ts" || exit 1; done
	node_modules/.bin/tsc --project tests/typescript/tsconfig.json

# OpenAPI Generator's Go, typescript-fetch, Java and Rust clients of every published spec, each
# compiled and decoding every documented example exactly (tests/xlang/xlang.py; README.md, "Other
# languages"). `make test` runs Go and typescript-fetch on the combined spec (tests/test_xlang.py).
xlang: xlang-tools spec
	status=0; for language in $(XLANG_LANGUAGES); do \
		$(BIN)/python tests/xlang/xlang.py $$language dist/spec/*.yaml || status=1; done; exit $$status

# The documentation site, dist/docs/ (docs/build.py): rebuilt only when what it reads has changed.
docs: install spec
	$(BIN)/python docs/build.py --out dist/docs

# A regular (not editable) install: the tests exercise the package exactly as users get it.
install: tools
	$(BIN)/python -m pip install --quiet --no-deps --force-reinstall .

lint: install
	$(BIN)/ruff check $(HAND_WRITTEN)
	$(BIN)/ruff format --check $(HAND_WRITTEN)
	$(BIN)/mypy -p matrixport

test: check-generated lint lint-spec typescript go-toolchain downstream docs browser
	$(BIN)/pytest --durations=15
	# The benchmark once with tiny sizes, so it cannot rot (its figures mean nothing).
	$(BIN)/python bench/run.py --quick --json build/bench-quick.json

# Every operation, sync and async, 300 hostile responses each; fails on any exception that is not a
# MatrixportError, or a case over 1 s or 100 MiB. `make test` runs the same test with 12 each.
fuzz: install
	FUZZ_EXAMPLES=300 FUZZ_MEASURE=1 $(BIN)/pytest -q -s tests/test_parsing_fuzz.py -k "client_raises or fuzz_report"

# Mutation testing of the hand-written layer (scripts/mutation.py, mutmut): hours for every module,
# so not part of `make test`. GROUP="core" (or cli, sandbox) runs one group, MODULE="_flow _retry"
# (or sandbox/core, cli/_output, ...) some modules. Writes MUTATION.md.
GROUP ?=
MODULE ?=
MUTATION_WORKERS ?= 2
mutation: install
	$(BIN)/python scripts/mutation.py run --workers $(MUTATION_WORKERS) $(foreach group,$(GROUP),--group $(group)) $(foreach module,$(MODULE),--module $(module))

# A project that imports matrixport: a fresh virtualenv with only `pip install ".[sandbox]"` and pytest
# runs tests/downstream/ with the `matrixport_sandbox` fixture (the package's pytest plugin).
DOWNSTREAM := build/downstream
downstream: tools
	rm -rf $(DOWNSTREAM) && mkdir -p $(DOWNSTREAM)/project
	$(PYTHON) -m venv $(DOWNSTREAM)/venv
	$(DOWNSTREAM)/venv/bin/python -m pip install --quiet ".[sandbox]" "$$(grep '^pytest==' requirements-dev.txt)"
	cp tests/downstream/test_integration.py tests/downstream/pyproject.toml $(DOWNSTREAM)/project/
	cd $(DOWNSTREAM)/project && ../venv/bin/python -m pytest -q -p no:cacheprovider

bench: install bundle
	$(BIN)/python bench/run.py --json bench/results.json

sandbox: install
	$(BIN)/matrixport-sandbox --port $(SANDBOX_PORT) --state build/sandbox.sqlite

record: install
	$(BIN)/python scripts/with_sandbox.py --port $(SANDBOX_PORT) -- $(BIN)/pytest --record-mode=rewrite

# The sandbox's clock runs at 60x real time: the deposit's one-minute settlement takes a second.
demo: install
	$(BIN)/python scripts/with_sandbox.py --port $(SANDBOX_PORT) --clock-speed 60 -- $(BIN)/python examples/quickstart.py

clean:
	rm -rf build dist $(VENV) node_modules
