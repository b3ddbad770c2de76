"""The click command tree: `matrixport <document> <operation> --argument value ...`, built from the catalog.

Groups are built when they are asked for (`matrixport prime-broker ...` imports Prime Broker only),
and every operation command the same way: its options from the operation's arguments, its help
from the facade's docstring, `--all` when it has an `iter_` method, `--wait` when it has a `wait_`
method or a result operation to follow, `--save` when it returns a file.
"""

from __future__ import annotations

import contextlib
import logging
import re
import sys
from collections.abc import Iterator
from typing import Any

import click

from .. import __version__
from .._client import Matrixport, RequestOptions
from .._exceptions import APIError, MatrixportError, OutcomeUnknownError
from .._operation import Operation
from .._results import Download
from .._tolerant import Problem
from . import _output
from ._catalog import Document, OperationInfo, command_name, documents
from ._exit import Exit, describe_statuses, exit_status
from ._sandbox import sandbox
from ._values import convert, describe, metavar

log = logging.getLogger("matrixport")

COMMON_OPTIONS = ("output", "base_url", "sandbox", "timeout", "max_retries", "verbose")
MODE_OPTIONS = ("all", "max_items", "wait", "wait_timeout", "interval", "save")
_PYTHON_CALL = re.compile(r"`?client\.(\w+)\.(\w+)`?")

ENVIRONMENT = """\
\b
Environment:
  MATRIXPORT_ACCESS_KEY, MATRIXPORT_SECRET_KEY   your API keys
  MATRIXPORT_BASE_URL                            the API (default https://mapi.matrixport.com)
  MATRIXPORT_OUTPUT                              the default of --output
  MATRIXPORT_SANDBOX_ACCESS_KEY, ..._SECRET_KEY  the keys --sandbox uses (default: the sandbox's)"""


def _exit_statuses() -> str:
    return "\b\nExit statuses:\n" + "\n".join("  " + line for line in describe_statuses().splitlines())


ROOT_HELP = f"""Matrixport's APIs from the terminal: every operation of the Python client, as a command.

\b
  matrixport balance-plus get-currency-detail --currency BTC
  matrixport prime-broker list-orders --limit 100 --all --output json
  matrixport --help | matrixport prime-broker --help | matrixport prime-broker create-transfer --help

Results print as a table on a terminal and as exact JSON otherwise (decimals as strings). Writes are
sent once: a write whose outcome is unknown exits with status 8 and names the key to check it with.

{ENVIRONMENT}

{_exit_statuses()}
"""


class RootGroup(click.Group):
    """The documents, from the facade's attributes; each is imported only when asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(documents())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        document = documents().get(cmd_name)
        return None if document is None else DocumentGroup(document)


class DocumentGroup(click.Group):
    """One document's operations."""

    def __init__(self, document: Document) -> None:
        self.document = document
        super().__init__(
            name=document.command,
            help=terminal_text(f"{document.title}\n\n{document.description}"),
            short_help=document.title,
            epilog=f"Each operation's arguments: matrixport {document.command} OPERATION --help",
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.document.operations)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        info = self.document.operations.get(cmd_name)
        return None if info is None else operation_command(info)


def terminal_text(text: str) -> str:
    """Docstring text for click's help: calls as commands, tables and lists kept as written."""
    text = _PYTHON_CALL.sub(
        lambda m: f"`matrixport {command_name(m.group(1))} {command_name(m.group(2))}`", text
    )
    return "\n\n".join(
        "\b\n" + paragraph if _preformatted(paragraph) else paragraph for paragraph in text.split("\n\n")
    )


def _preformatted(paragraph: str) -> bool:
    """A table or a list: click must not rewrap it."""
    return any(
        line.startswith(("|", "- ", "  ", "* ")) or re.match(r"\d+\. ", line)
        for line in paragraph.splitlines()
    )


def _short(summary: str) -> str:
    """The summary line without its HTTP request: `Transfer: `POST /...`.` -> `Transfer`."""
    return summary.partition(": `")[0].replace("`", "").rstrip(".")


def operation_command(info: OperationInfo) -> click.Command:
    """The command of one operation; its options are the operation's arguments, named as in Python."""
    params: list[click.Parameter] = []
    for parameter in info.parameters:
        is_position = parameter.name == info.page_position
        help_text = terminal_text(describe(parameter))
        if is_position:
            help_text += " --all manages it." if parameter.required else ""
        params.append(
            click.Option(
                [parameter.option, f"arg_{parameter.name}"],
                metavar=metavar(parameter),
                help=help_text,
                required=parameter.required and not is_position,
                multiple=parameter.is_list,
            )
        )
    params.extend(_mode_options(info))
    params.extend(_common_options())
    return click.Command(
        name=info.command,
        params=params,
        callback=lambda **values: run_operation(info, values),
        help=terminal_text(f"{info.summary}\n\n{info.description}"),
        short_help=_short(info.summary),
        epilog=f"Python: {info.python}(...)",
        no_args_is_help=False,
    )


def _common_options() -> list[click.Parameter]:
    return [
        click.Option(
            ["--output", "-o"],
            type=click.Choice(_output.FORMATS),
            envvar="MATRIXPORT_OUTPUT",
            help="table (the default on a terminal), json (the default otherwise: exact, decimals as"
            " strings) or jsonl (one JSON value per line, as pages arrive).",
        ),
        click.Option(
            ["--base-url"],
            metavar="URL",
            help="The API's address (default: MATRIXPORT_BASE_URL, or https://mapi.matrixport.com).",
        ),
        click.Option(
            ["--sandbox"],
            is_flag=True,
            help="Use the local sandbox and its test keys: one started for this command, or the one at"
            " --base-url (make sandbox).",
        ),
        click.Option(
            ["--timeout"],
            type=click.FloatRange(min=0, min_open=True),
            metavar="SECONDS",
            help="Each attempt's timeout (default 30).",
        ),
        click.Option(
            ["--max-retries"],
            type=click.IntRange(min=0),
            metavar="N",
            help="Retries of a call that failed where retrying is safe (default 2).",
        ),
        click.Option(
            ["--verbose", "-v"], is_flag=True, help="Log each attempt (status, request id) on stderr."
        ),
    ]


def _mode_options(info: OperationInfo) -> list[click.Parameter]:
    options: list[click.Parameter] = []
    if info.pages:
        position = info.page_position
        options += [
            click.Option(
                ["--all", "all_"],
                is_flag=True,
                help=f"Every page (--{command_name(str(position))} is managed); a progress bar on stderr.",
            ),
            click.Option(
                ["--max-items"], type=click.IntRange(min=0), metavar="N", help="With --all: at most N items."
            ),
        ]
    if info.waits or info.follow is not None:
        if info.waits:
            what = "Ask again until the outcome is final"
        else:
            assert info.follow is not None
            what = f"Then wait for the outcome ({info.follow.result.command})"
        options += [
            click.Option(
                ["--wait"],
                is_flag=True,
                help=f"{what}; exit 9 if it failed, 10 if still pending at --wait-timeout.",
            ),
            click.Option(
                ["--wait-timeout"],
                type=click.FloatRange(min=0, min_open=True),
                default=60.0,
                show_default=True,
                metavar="SECONDS",
                help="How long --wait waits.",
            ),
            click.Option(
                ["--interval"],
                type=click.FloatRange(min=0, min_open=True),
                default=2.0,
                show_default=True,
                metavar="SECONDS",
                help="How often --wait asks.",
            ),
        ]
    if info.binary:
        options.append(
            click.Option(
                ["--save"],
                metavar="PATH",
                required=True,
                help="Where to write the file the operation returns ('-': standard output, nothing else).",
            )
        )
    names = {option.name for option in options} | set(COMMON_OPTIONS)
    clash = names & {f"{name}" for name in info.parameter_names}
    if clash:  # an operation argument would shadow an option of the command: refuse to guess
        raise RuntimeError(f"{info.name}: arguments {sorted(clash)} clash with the command's own options")
    return options


class _Client(Matrixport):
    """The client the command uses: it also tells the progress bar about each page it reads."""

    observer: Any = None

    def call(self, op: Operation[Any], options: RequestOptions | None, /, **kwargs: Any) -> Any:
        result = super().call(op, options, **kwargs)
        if self.observer is not None:
            self.observer(op, result)
        return result


@contextlib.contextmanager
def _client(values: dict[str, Any]) -> Iterator[_Client]:
    settings: dict[str, Any] = {}
    if values["timeout"] is not None:
        settings["timeout"] = values["timeout"]
    if values["max_retries"] is not None:
        settings["max_retries"] = values["max_retries"]
    with contextlib.ExitStack() as stack:
        access_key = secret_key = None
        base_url = values["base_url"]
        if values["sandbox"]:
            target = stack.enter_context(sandbox(base_url))
            access_key, secret_key, base_url = target.access_key, target.secret_key, target.base_url
        client = _Client(access_key, secret_key, base_url, **settings)
        stack.callback(client.close)
        yield client


@contextlib.contextmanager
def _logging_to_stderr(verbose: bool) -> Iterator[None]:
    """The client's log on stderr while the command runs; then the logger as it was (`main` may run
    again in the same process: a test, or a program that embeds the command)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    level, propagate = log.level, log.propagate
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if verbose else logging.WARNING)
    log.propagate = False
    try:
        yield
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
        log.propagate = propagate


def run_operation(info: OperationInfo, values: dict[str, Any]) -> None:
    """Convert the arguments, call the facade method (plain, `iter_` or `wait_`), print the result."""
    with _logging_to_stderr(values["verbose"]):
        _run_operation(info, values)


def _run_operation(info: OperationInfo, values: dict[str, Any]) -> None:
    output = values["output"] or ("table" if sys.stdout.isatty() else "json")
    every = values.get("all_", False)
    wait = values.get("wait", False)
    kwargs: dict[str, Any] = {}
    for parameter in info.parameters:
        raw = values[f"arg_{parameter.name}"]
        if raw is None or raw == ():
            continue
        if every and parameter.name == info.page_position:
            raise click.UsageError(f"--all walks every page: leave out {parameter.option}")
        kwargs[parameter.name] = convert(info, parameter, raw)
    position = info.page_position
    if position and not every and position not in kwargs and _required(info, position):
        kwargs[position] = 0  # the first page, as --all starts
    if values.get("max_items") is not None and not every:
        raise click.UsageError("--max-items goes with --all")
    problems: list[Problem] = []
    with _client(values) as client:
        facade = getattr(client, info.document.attribute)
        if every:
            _page_through(client, facade, info, kwargs, values.get("max_items"), output, problems)
        elif wait and info.waits:
            result = getattr(facade, f"wait_{info.name}")(
                **kwargs, timeout=values["wait_timeout"], interval=values["interval"]
            )
            _show(info, result, output, problems)
        elif wait and info.follow is not None:
            _follow(facade, info, kwargs, values, output, problems)
        else:
            result = getattr(facade, info.name)(**kwargs)
            if isinstance(result, Download):
                _save(result, values["save"])
            if not (isinstance(result, Download) and values["save"] == "-"):  # stdout holds the file
                _show(info, result, output, problems)
    _report_problems(problems)


def _required(info: OperationInfo, name: str) -> bool:
    return any(parameter.name == name and parameter.argument.required for parameter in info.parameters)


def _items_field(info: OperationInfo) -> str | None:
    pagination = info.operation.pagination
    return pagination.items if pagination is not None else None


def _show(info: OperationInfo, result: Any, output: str, problems: list[Problem]) -> None:
    if output == "table":
        from rich.console import Console

        _output.write_table(Console(), result, problems, _items_field(info))
    elif output == "jsonl":
        page = _output.rows_of(result, _items_field(info))
        _output.write_jsonl(sys.stdout, page[0] if page is not None else [result], problems)
    else:
        _output.write_json(sys.stdout, result, problems)


def _page_through(
    client: _Client,
    facade: Any,
    info: OperationInfo,
    kwargs: dict[str, Any],
    max_items: int | None,
    output: str,
    problems: list[Problem],
) -> None:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    pagination = info.operation.pagination
    assert pagination is not None
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    )
    task = progress.add_task(f"{info.name}: page 0", total=max_items)
    pages = 0

    def observe(op: Operation[Any], page: Any) -> None:
        nonlocal pages
        if op is not info.operation:
            return
        pages += 1
        total = getattr(page, pagination.total, None) if pagination.total else None
        if isinstance(total, int):
            progress.update(task, total=total if max_items is None else min(total, max_items))
        progress.update(task, description=f"{info.name}: page {pages}")

    client.observer = observe
    items: list[Any] = []
    kwargs = {name: value for name, value in kwargs.items() if name != info.page_position}
    with progress:
        for item in getattr(facade, f"iter_{info.name}")(**kwargs, max_items=max_items):
            progress.advance(task)
            if output == "jsonl":
                _output.write_jsonl(sys.stdout, [item], problems)
            else:
                items.append(item)
        progress.update(task, total=progress.tasks[0].completed)
    if output == "table":
        _output.write_rows(Console(), items, problems)
    elif output == "json":
        _output.write_json(sys.stdout, items, problems)


def _follow(
    facade: Any,
    info: OperationInfo,
    kwargs: dict[str, Any],
    values: dict[str, Any],
    output: str,
    problems: list[Problem],
) -> None:
    follow = info.follow
    assert follow is not None
    submitted = getattr(facade, info.name)(**kwargs)
    arguments = follow.arguments(kwargs, submitted)
    shown = ", ".join(f"{name}={_output.plain(value)!r}" for name, value in arguments.items())
    click.echo(f"submitted; waiting for {follow.result.command} {shown}", err=True)
    outcome = getattr(facade, f"wait_{follow.result.name}")(
        **arguments, timeout=values["wait_timeout"], interval=values["interval"]
    )
    combined = {"submitted": submitted, "outcome": outcome}
    if output == "table":
        from rich.console import Console

        _output.write_table(Console(), combined, problems)
    else:
        _output.write_json(sys.stdout, combined, problems)


def _save(download: Download, path: str) -> None:
    if path == "-":
        sys.stdout.buffer.write(download.content)
        sys.stdout.flush()
    else:
        download.save(path)


def _report_problems(problems: list[Problem]) -> None:
    if not problems:
        return
    for problem in dict.fromkeys(problems):
        click.echo(f"response problem: {problem}", err=True)
    raise _PartialResult(len(problems))


class _PartialResult(Exception):
    """The result printed lacks fields the response did not give in their documented shape."""


def report(error: MatrixportError) -> None:
    """The error on stderr: its message, and what to do next where there is something to do."""
    click.echo(f"error: {error}", err=True)
    if error.request_id:
        click.echo(f"request id: {error.request_id}", err=True)
    if isinstance(error, APIError):
        click.echo(f"code: {error.code} ({type(error).__name__})", err=True)
    if error.idempotency_key:
        click.echo(f"idempotency key: {error.idempotency_key}", err=True)
    if isinstance(error, OutcomeUnknownError):
        check = _check_command(error)
        if check:
            click.echo(f"check with: {check}", err=True)


def _check_command(error: OutcomeUnknownError) -> str | None:
    """`error.check_with` as a command: `matrixport prime-broker get-transfer-record --serial-no KEY`."""
    if not error.check_with or "." not in error.check_with:
        return None
    attribute, method = error.check_with.split(".", 1)
    document = documents().get(command_name(attribute))
    command = f"matrixport {command_name(attribute)} {command_name(method)}"
    if document is None or error.operation is None:
        return command
    writes = [info for info in document.operations.values() if info.name == error.operation]
    lookup = writes[0].operation.lookup if writes else None
    if lookup is not None and lookup.key_parameter and error.idempotency_key:
        command += f" --{command_name(lookup.key_parameter)} {error.idempotency_key}"
    return command


root = RootGroup(
    name="matrixport",
    help=ROOT_HELP,
    params=[
        click.Option(
            ["--version"],
            is_flag=True,
            expose_value=False,
            is_eager=True,
            callback=lambda ctx, _param, value: _version(ctx, value),
            help="Show the version and exit.",
        )
    ],
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)


def _version(ctx: click.Context, value: bool) -> None:
    if value:
        click.echo(f"matrixport {__version__}")
        ctx.exit()


def run(argv: list[str] | None = None) -> int:
    """Run the command; the exit status says what kind of failure, if any (`describe_statuses`)."""
    try:
        status = root.main(args=argv, prog_name="matrixport", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
        return Exit.OK
    except click.ClickException as exc:
        exc.show()
        return Exit.INVALID if exc.exit_code == 2 else Exit.FAILED
    except click.Abort:  # click's main turns Ctrl-C (KeyboardInterrupt) into Abort
        click.echo("interrupted", err=True)
        return Exit.INTERRUPTED
    except _PartialResult:
        return Exit.RESPONSE
    except MatrixportError as error:
        report(error)
        return exit_status(error)
    return status if isinstance(status, int) else Exit.OK
