"""Build the documentation site into dist/docs/ (`make docs`): static files that work from disk, offline.

- `index.html` and `guides/*.html`: the README, one page per `##` section (quickstart, production
  behaviour, the sandbox, other languages, ...), and `spec.html`, the spec's conventions;
- `operations.html`: every operation, with its Python method, its command and its HTTP request;
- `api/index.html`: the API reference, Redocly's `build-docs` (Redoc) of the published spec
  (`dist/spec/matrixport.json`) with code samples in Python and for the command line, the scripts
  inlined and nothing loaded from elsewhere;
- `python/`: the Python reference, pdoc of the installed package (facades, models, enums, errors);
- `cli.html`: the `matrixport` command's `--help`, at every level; `errata.html`: spec/ERRATA.md.

Errata ids (`PB-3`) in any page link to their entry. The operations are read from the package
(`matrixport.cli._catalog`), as the command reads them. A build is skipped when nothing it reads
has changed (the hash of its inputs is kept in `dist/docs/.inputs`).
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
import jinja2
import matrixport
import pdoc
import pdoc.render
from markdown_it import MarkdownIt
from markupsafe import Markup
from matrixport.cli._catalog import OperationInfo, Parameter, all_operations, documents
from matrixport.cli._commands import DocumentGroup, operation_command, root
from mdit_py_plugins.anchors import anchors_plugin
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
INPUTS = (
    "README.md",
    "spec/README.md",
    "spec/ERRATA.md",
    "overrides",
    "generated",
    "docs",
    "package-lock.json",
    "requirements-dev.txt",
    "redocly.yaml",
)
"""What the site is built from (with the published spec): a change to any of it rebuilds the site."""
ERRATA_ID = re.compile(r"\b([A-Z]{2})-(\d+)\b")
FILE_LINKS = {"spec/README.md": "spec.html", "spec/ERRATA.md": "errata.html", "ERRATA.md": "errata.html"}
REDOC_LOGOS = re.compile(r"https://cdn\.redoc\.ly/redoc/logo-mini(?:-full)?\.svg")
REDOC_LOGO = (
    "data:image/svg+xml,"
    "%3Csvg xmlns='http://www.w3.org/2000/svg' width='56' height='14'%3E%3Ctext x='0' y='11' "
    "font-family='sans-serif' font-size='11' font-weight='700' fill='%23444'%3ERedocly%3C/text%3E%3C/svg%3E"
)
"""Redoc's attribution badge, which it loads from its CDN, drawn here: the site loads nothing else."""
CLI_WIDTH = 100


@dataclass
class Guide:
    title: str
    path: str
    markdown: str
    sections: list[Section] = field(default_factory=list)


@dataclass
class Section:
    title: str
    anchor: str


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "docs")
    parser.add_argument("--spec", type=Path, default=ROOT / "dist" / "spec" / "matrixport.json")
    parser.add_argument("--force", action="store_true", help="build even if nothing changed")
    args = parser.parse_args()
    args.out = args.out.resolve()
    digest = inputs_hash(args.spec)
    stamp = args.out / ".inputs"
    if not args.force and stamp.exists() and stamp.read_text() == digest:
        print(f"{args.out} is up to date")
        return 0
    work = ROOT / "build" / "docs"
    site = work / "site"
    shutil.rmtree(site, ignore_errors=True)
    site.mkdir(parents=True)
    Site(site, work, args.spec).build()
    (site / ".inputs").write_text(digest)
    shutil.rmtree(args.out, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(site), args.out)
    print(f"built the documentation site: open {args.out / 'index.html'}")
    return 0


def inputs_hash(spec: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(_input_files(spec)):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _input_files(spec: Path) -> Iterator[Path]:
    yield spec
    for name in INPUTS:
        path = ROOT / name
        if path.is_file():
            yield path
        else:
            yield from (p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


class Site:
    def __init__(self, site: Path, work: Path, spec: Path) -> None:
        self.site = site
        self.work = work
        self.spec_path = spec
        self.operations = list(all_operations())
        self.errata_ids = errata_ids((ROOT / "spec" / "ERRATA.md").read_text(encoding="utf-8"))
        self.markdown = (
            MarkdownIt("commonmark", {"html": True, "highlight": _highlight})
            .enable("table")
            .use(anchors_plugin, max_level=3, slug_func=slug)
        )
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=False, keep_trailing_newline=True
        )
        self.intro, self.guides = split_readme((ROOT / "README.md").read_text(encoding="utf-8"))

    def build(self) -> None:
        assets = self.site / "assets"
        assets.mkdir()
        css = (HERE / "templates" / "site.css").read_text(encoding="utf-8")
        (assets / "site.css").write_text(css + HtmlFormatter().get_style_defs(".highlight"), encoding="utf-8")
        self.home()
        for guide in self.guides:
            self.page(guide.path, guide.title, self.render_markdown(guide.markdown, guide.path))
        spec_readme = (ROOT / "spec" / "README.md").read_text(encoding="utf-8")
        self.page("spec.html", "The spec's conventions", self.render_markdown(spec_readme, "spec.html"))
        errata = (ROOT / "spec" / "ERRATA.md").read_text(encoding="utf-8")
        self.page("errata.html", "Errata", self.render_markdown(errata, "errata.html", link_errata=False))
        self.page("operations.html", "Operations", self.operations_page())
        self.page("cli.html", "Command line", self.cli_page())
        self.api_reference()
        self.python_reference()

    # Pages of our own.

    def page(self, path: str, title: str, body: str) -> None:
        root = "../" * path.count("/")
        text = self.templates.get_template("page.html.jinja").render(
            title=title,
            body=body,
            root=root,
            path=path,
            guides=self.guides,
            operation_count=len(self.operations),
            version=matrixport.__version__,
        )
        target = self.site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    def render_markdown(self, text: str, path: str, *, link_errata: bool = True) -> str:
        rendered = self.markdown.render(text)
        root = "../" * path.count("/")
        rendered = self.link_files(rendered, root)
        return self.link_errata(rendered, root) if link_errata else rendered

    def link_files(self, rendered: str, root: str) -> str:
        """`spec/README.md` and `spec/ERRATA.md` in the README's text become links to their pages."""
        for name, target in FILE_LINKS.items():
            rendered = rendered.replace(
                f"<code>{name}</code>", f'<a href="{root}{target}"><code>{name}</code></a>'
            )
        return rendered

    def link_errata(self, rendered: str, root: str) -> str:
        return link_errata_ids(rendered, self.errata_ids, f"{root}errata.html")

    def home(self) -> None:
        cards = [
            ("Quickstart", self.guides[0].path, "Install, set up, and the first call."),
            (
                "Operations",
                "operations.html",
                f"All {len(self.operations)} operations: Python, command line, HTTP.",
            ),
            (
                "API reference",
                "api/index.html",
                "The published OpenAPI spec, rendered: fields, enums, error codes.",
            ),
            (
                "Python reference",
                "python/matrixport.html",
                "The facades, every method, models, enums, errors.",
            ),
            ("Command line", "cli.html", "The matrixport command: every operation from the terminal."),
            ("Errata", "errata.html", "What the documents do not settle, and what the spec decided."),
        ]
        body = "<h1>Matrixport Python client</h1>" + self.render_markdown(self.intro, "index.html")
        body += '<div class="cards">' + "".join(
            f'<a class="card" href="{href}"><h3>{title}</h3><p>{html.escape(text)}</p></a>'
            for title, href, text in cards
        )
        body += "</div>"
        self.page("index.html", "Home", body)

    def operations_page(self) -> str:
        rows = []
        for info in self.operations:
            anchor = cli_anchor(info)
            rows.append(
                f'<tr id="{anchor}" data-search="{html.escape(search_text(info))}">'
                f"<td>{html.escape(info.document.title.removesuffix('.'))}</td>"
                f"<td>{html.escape(info.summary.partition(': `')[0])}</td>"
                f'<td><a href="{python_href(info)}"><code>{info.python}</code></a></td>'
                f'<td><a href="cli.html#{anchor}"><code>{info.cli}</code></a></td>'
                f'<td><a href="{self.api_route(info)}"><code>{info.operation.method} '
                f"{html.escape(info.operation.path)}</code></a></td></tr>"
            )
        return (
            f"<h1>Operations</h1><p>All {len(self.operations)} operations of the five documents: the Python"
            " method, the command, and the HTTP request in the API reference.</p>"
            '<input class="filter" id="filter" type="search"'
            ' placeholder="Filter: create_transfer, orders, POST ..."'
            ' aria-label="filter operations">'
            '<table class="operations"><thead><tr><th>Document</th><th>Operation</th><th>Python</th>'
            "<th>Command line</th><th>HTTP</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
            "<script>"
            "document.getElementById('filter').addEventListener('input', function (event) {"
            " var words = event.target.value.toLowerCase().split(/\\s+/).filter(Boolean);"
            " document.querySelectorAll('table.operations tbody tr').forEach(function (row) {"
            "  var text = row.dataset.search;"
            "  row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; }); }); });"
            "</script>"
        )

    def cli_page(self) -> str:
        readme = next((guide for guide in self.guides if guide.title == "Command line"), None)
        parts = ["<h1>The <code>matrixport</code> command</h1>"]
        if readme is not None:
            parts.append(f'<p>How to install and use it: <a href="{readme.path}">Command line</a>.</p>')
        parts.append("<p>Every level's <code>--help</code>:</p><ul>")
        parts.extend(
            f'<li><a href="#{document.command}">{document.command}</a>: {html.escape(document.title)}</li>'
            for document in documents().values()
        )
        parts.append("</ul>")
        root_context = click.Context(root, info_name="matrixport", terminal_width=CLI_WIDTH)
        parts.append(_help_block("matrixport", root.get_help(root_context)))
        for document in documents().values():
            group = DocumentGroup(document)
            group_context = click.Context(group, info_name=document.command, parent=root_context)
            parts.append(_help_block(document.command, group.get_help(group_context), level=2))
            for info in document.operations.values():
                command = operation_command(info)
                context = click.Context(command, info_name=info.command, parent=group_context)
                parts.append(_help_block(cli_anchor(info), command.get_help(context), title=info.cli))
        return "\n".join(parts)

    # The references, by their tools.

    def api_route(self, info: OperationInfo) -> str:
        """The operation's page in the API reference: Redoc routes by tag and operationId."""
        operation = self.spec()["paths"][info.operation.path][info.operation.method.lower()]
        return f"api/index.html#/{redoc_slug(operation['tags'][0])}/{operation['operationId'].lower()}"

    def spec(self) -> dict[str, Any]:
        if not hasattr(self, "_spec"):
            self._spec: dict[str, Any] = json.loads(self.spec_path.read_text(encoding="utf-8"))
        return self._spec

    def api_reference(self) -> None:
        """The published spec with code samples, links and document groups, rendered by Redocly."""
        spec = json.loads(json.dumps(self.spec()))
        by_request = {(info.operation.method.lower(), info.operation.path): info for info in self.operations}
        groups: dict[str, list[str]] = {}
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                info = by_request.get((method, path))
                if info is None or not isinstance(operation, dict):
                    continue
                for tag in operation.get("tags", []):
                    groups.setdefault(info.document.title.removesuffix("."), [])
                    if tag not in groups[info.document.title.removesuffix(".")]:
                        groups[info.document.title.removesuffix(".")].append(tag)
                samples = Samples(spec, operation, info)
                operation["x-codeSamples"] = [
                    {"lang": "Python", "label": "Python", "source": samples.python()},
                    {"lang": "Shell", "label": "Command line", "source": samples.cli()},
                ]
                operation["description"] = self.api_description(info, operation)
        spec["x-tagGroups"] = [{"name": name, "tags": tags} for name, tags in groups.items()]
        spec["info"]["title"] = "Matrixport API reference"
        _rewrite_descriptions(
            spec, lambda text: link_errata_markdown(text, self.errata_ids, "../errata.html")
        )
        source = self.work / "api.json"
        source.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        target = self.site / "api" / "index.html"
        target.parent.mkdir()
        environment = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
        built = subprocess.run(
            [
                str(ROOT / "node_modules" / ".bin" / "redocly"),
                "build-docs",
                str(source),
                "--inlineBundle",
                "--template",
                str(HERE / "redoc.hbs"),
                "--title",
                "Matrixport API reference",
                "--output",
                str(target),
            ],
            cwd=ROOT,
            env=environment,
            check=False,
            capture_output=True,
            text=True,
        )
        if built.returncode != 0:
            raise SystemExit(f"redocly build-docs failed:\n{built.stdout}\n{built.stderr}")
        text = target.read_text(encoding="utf-8")
        target.write_text(REDOC_LOGOS.sub(REDOC_LOGO, text), encoding="utf-8")

    def api_description(self, info: OperationInfo, operation: dict[str, Any]) -> str:
        modes = []
        if info.pages:
            modes.append(f"every page: `iter_{info.name}` / `--all`")
        if info.waits:
            modes.append(f"until final: `wait_{info.name}` / `--wait`")
        lines = [
            f"**Python** `{info.python}()` · **Command line** `{info.cli}`"
            + (f" ({'; '.join(modes)})" if modes else ""),
            f"· [Python reference](../{python_href(info)}) · [command usage](../cli.html#{cli_anchor(info)})",
            "",
            operation.get("description", ""),
        ]
        errata = operation.get("x-matrixport-errata") or []
        if errata:
            lines += ["", "Errata: " + ", ".join(errata) + "."]
        return "\n".join(lines)

    def python_reference(self) -> None:
        modules = ["matrixport", "matrixport.errors"]
        for document in documents().values():
            modules += [f"matrixport.{document.package}.{part}" for part in ("client", "models", "errors")]
        modules += ["matrixport.sandbox", "matrixport.cli"]
        pdoc.render.configure(
            docformat="google",
            template_directory=HERE / "pdoc",
            search=True,
            show_source=False,
            footer_text=f"matrixport {matrixport.__version__}",
        )
        ids = self.errata_ids

        def site_links(rendered: str, module_name: str) -> Markup:
            root = "../" * (module_name.count(".") + 1)
            return Markup(link_errata_ids(str(rendered), ids, f"{root}errata.html"))

        pdoc.render.env.filters["site_links"] = site_links
        pdoc.pdoc(*modules, output_directory=self.site / "python")


def _help_block(anchor: str, text: str, *, title: str | None = None, level: int = 3) -> str:
    heading = html.escape(title or f"matrixport {anchor}" if anchor != "matrixport" else "matrixport")
    return (
        f'<section class="help" id="{anchor}"><h{level}>{heading}</h{level}>'
        f"<pre>{html.escape(text)}</pre></section>"
    )


def cli_anchor(info: OperationInfo) -> str:
    return f"{info.document.command}-{info.command}"


def python_href(info: OperationInfo) -> str:
    return f"python/matrixport/{info.document.package}/client.html#{info.document.class_name}.{info.name}"


def redoc_slug(name: str) -> str:
    """How Redoc names a tag in its routes (`Fixed-Income API` -> `fixed-income-api`)."""
    return re.sub(r"\s+", "-", name.strip().lower())


def search_text(info: OperationInfo) -> str:
    return " ".join(
        [
            info.document.command,
            info.name,
            info.command,
            info.summary,
            info.operation.method,
            info.operation.path,
        ]
    ).lower()


def slug(title: str) -> str:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return text.replace(" ", "-")


def split_readme(text: str) -> tuple[str, list[Guide]]:
    """The README's introduction, and one guide per `##` section with its `###` sections."""
    chunks = re.split(r"^## ", text, flags=re.MULTILINE)
    intro = re.sub(r"^# .*\n", "", chunks[0], count=1)
    guides = []
    for chunk in chunks[1:]:
        title, _, body = chunk.partition("\n")
        name = slug(title)
        sections = [Section(t, slug(t)) for t in re.findall(r"^### (.+)$", body, flags=re.MULTILINE)]
        guides.append(Guide(title.strip(), f"guides/{name}.html", f"# {title}\n{body}", sections))
    return intro, guides


def errata_ids(errata: str) -> set[str]:
    return {anchor.upper() for anchor in re.findall(r'<a id="([a-z]{2}-\d+)"></a>', errata)}


def link_errata_ids(rendered: str, ids: set[str], target: str) -> str:
    """Errata ids in the text of `rendered` HTML (not in tags, not in links) become links to their entry."""
    out = []
    inside_link = 0
    for token in re.split(r"(<[^>]+>)", rendered):
        if token.startswith("<"):
            if re.match(r"<a[\s>]", token):
                inside_link += 1
            elif token.startswith("</a"):
                inside_link = max(0, inside_link - 1)
            out.append(token)
        elif inside_link:
            out.append(token)
        else:
            out.append(
                ERRATA_ID.sub(
                    lambda m: (
                        f'<a href="{target}#{m.group(0).lower()}">{m.group(0)}</a>'
                        if m.group(0) in ids
                        else m.group(0)
                    ),
                    token,
                )
            )
    return "".join(out)


def link_errata_markdown(text: str, ids: set[str], target: str) -> str:
    return ERRATA_ID.sub(
        lambda m: f"[{m.group(0)}]({target}#{m.group(0).lower()})" if m.group(0) in ids else m.group(0), text
    )


def _rewrite_descriptions(node: Any, rewrite: Any) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = rewrite(value)
            else:
                _rewrite_descriptions(value, rewrite)
    elif isinstance(node, list):
        for item in node:
            _rewrite_descriptions(item, rewrite)


def _highlight(code: str, language: str, _attributes: Any) -> str:
    try:
        lexer = get_lexer_by_name(language or "text")
    except ClassNotFound:
        return ""
    return highlight(code, lexer, HtmlFormatter(cssclass="highlight"))


class Samples:
    """The code samples of an operation in the API reference: its required arguments, from the examples."""

    def __init__(self, spec: dict[str, Any], operation: dict[str, Any], info: OperationInfo) -> None:
        self.spec = spec
        self.info = info
        self.examples: dict[str, Any] = {}
        self.schemas: dict[str, dict[str, Any]] = {}
        for reference in operation.get("parameters", []):
            parameter = self.resolve(reference)
            self.schemas[parameter["name"]] = self.resolve(parameter.get("schema", {}))
            example = _example(parameter)
            if example is not _MISSING:
                self.examples[parameter["name"]] = example
        body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
        schema = self.resolve(body.get("schema", {}))
        for name, prop in schema.get("properties", {}).items():
            self.schemas[name] = self.resolve(prop)
        example = _example(body)
        if isinstance(example, dict):
            self.examples.update(example)

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.spec
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    def arguments(self) -> Iterable[tuple[Parameter, Any]]:
        for parameter in self.info.parameters:
            if not parameter.required and parameter.name != self.info.page_position:
                continue
            if parameter.name == self.info.page_position and not parameter.required:
                continue
            wire = parameter.name.rstrip("_")
            value = self.examples.get(wire, _MISSING)
            if value is _MISSING:
                value = _placeholder(parameter)
            elif self.schemas.get(wire, {}).get("x-matrixport-scale"):
                value = Decimal(value).scaleb(-int(self.schemas[wire]["x-matrixport-scale"]))
            yield parameter, value

    def python(self) -> str:
        arguments = list(self.arguments())
        imports = ["from matrixport import Matrixport"]
        if any(parameter.value_kind is Decimal for parameter, _ in arguments):
            imports.insert(0, "from decimal import Decimal")
        models = sorted({parameter.value_kind.__name__ for parameter, _ in arguments if _is_model(parameter)})
        if models:
            imports.append(f"from matrixport.{self.info.document.package}.models import {', '.join(models)}")
        call = f"{self.info.python}("
        if arguments:
            lines = [
                f"    {parameter.name}={_python_value(parameter, value)}," for parameter, value in arguments
            ]
            call += "\n" + "\n".join(lines) + "\n)"
        else:
            call += ")"
        return "\n".join(
            [
                *imports,
                "",
                "client = Matrixport()  # keys from MATRIXPORT_ACCESS_KEY, MATRIXPORT_SECRET_KEY",
                f"result = {call}",
            ]
        )

    def cli(self) -> str:
        words = [self.info.cli]
        for parameter, value in self.arguments():
            for text in _cli_values(parameter, value):
                words.append(f"{parameter.option} {shlex.quote(text)}")
        extra = " --all" if self.info.pages else ""
        command = " \\\n    ".join(words) if len(" ".join(words)) > 80 else " ".join(words)
        return f"{command} --output json" + (f"\n# every page:\n{' '.join(words)}{extra}" if extra else "")


_MISSING = object()


def _example(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    examples = node.get("examples") or {}
    for example in examples.values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    schema = node.get("schema", {})
    return schema.get("example", _MISSING) if isinstance(schema, dict) else _MISSING


def _placeholder(parameter: Parameter) -> Any:
    kind = parameter.value_kind
    if kind is int:
        return 0 if parameter.name == "offset" else 10 if parameter.name == "limit" else 1
    if kind is Decimal:
        return Decimal("1")
    if kind is bool:
        return True
    return f"<{parameter.name}>"


def _is_model(parameter: Parameter) -> bool:
    return hasattr(parameter.value_kind, "from_dict")


def _python_value(parameter: Parameter, value: Any) -> str:
    kind = parameter.value_kind
    if parameter.is_list:
        items = value if isinstance(value, list) else [value]
        if _is_model(parameter):
            return "[" + ", ".join(f"{kind.__name__}.from_dict({json.dumps(item)})" for item in items) + "]"
        return "[" + ", ".join(repr(item) for item in items) + "]"
    if kind is Decimal:
        return f'Decimal("{value}")'
    if kind is bool:
        return repr(bool(value))
    if isinstance(value, str):
        return json.dumps(value)
    return repr(value)


def _cli_values(parameter: Parameter, value: Any) -> list[str]:
    if parameter.is_list:
        items = value if isinstance(value, list) else [value]
        if _is_model(parameter):
            return [json.dumps(items)]
        return [str(item) for item in items]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [str(value)]


if __name__ == "__main__":
    sys.exit(main())
