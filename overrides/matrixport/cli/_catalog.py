"""The operations the command offers, read at run time from what the client is generated with.

Nothing here names an operation: the documents are the `Matrixport` facade's attributes, the
operations are the generated `OPERATION`s of each document's `api` package, and each command's
arguments, help and extra modes (`--all`, `--wait`) come from the facade's typed methods
(`list_orders`, `iter_list_orders`, `wait_...`), their docstrings and the spec's rules
(`Operation.arguments`). The documentation site builds its operation index from the same data.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import pkgutil
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import attrs

from .._arguments import Argument
from .._client import Matrixport, _Document
from .._operation import Operation, ResponseKind
from .._results import Accepted

_ARGS_HEADER = "Args:"
_ARG_LINE = re.compile(r"^    (\w+): (.*)$")


@dataclass(frozen=True)
class Document:
    """One API document: a facade attribute (`client.prime_broker`) and a command (`prime-broker`)."""

    attribute: str
    package: str
    class_name: str

    @property
    def command(self) -> str:
        return command_name(self.attribute)

    @functools.cached_property
    def facade(self) -> type:
        """The document's sync facade class (`PrimeBroker`); importing it imports the document."""
        module = importlib.import_module(f"matrixport.{self.package}.client")
        facade: type = getattr(module, self.class_name)
        return facade

    @property
    def title(self) -> str:
        return _first_line(inspect.getdoc(self.facade))

    @property
    def description(self) -> str:
        doc = inspect.getdoc(self.facade) or ""
        return doc.partition("\n\n")[2].strip()

    @functools.cached_property
    def operations(self) -> dict[str, OperationInfo]:
        """The document's operations by command name (`list-orders`), in name order."""
        found: dict[str, Operation[Any]] = {}
        api = importlib.import_module(f"matrixport.{self.package}.api")
        for module in pkgutil.walk_packages(api.__path__, f"{api.__name__}."):
            operation = getattr(importlib.import_module(module.name), "OPERATION", None)
            if isinstance(operation, Operation):
                found[operation.operation_id] = operation
        infos = (OperationInfo.of(self, operation, found) for operation in found.values())
        return {info.command: info for info in sorted(infos, key=lambda info: info.command)}


@dataclass(frozen=True)
class Parameter:
    """One argument of an operation, as the command takes it (`--from-account`)."""

    name: str
    """The Python argument (`type_`)."""
    argument: Argument
    help: str
    default: Any = None

    @property
    def option(self) -> str:
        return "--" + command_name(self.name.rstrip("_"))

    @property
    def required(self) -> bool:
        return self.argument.required and self.default is None

    @property
    def is_list(self) -> bool:
        return self.argument.kind is list

    @property
    def value_kind(self) -> Any:
        """The kind of one value: the item kind of a list."""
        return self.argument.items if self.is_list else self.argument.kind


@dataclass(frozen=True)
class Follow:
    """How `--wait` follows a write: the result operation to wait on, and where its arguments come from.

    Each argument of the result operation is the write's argument of the same name (its idempotency
    key, generated or given, included), or the field of that name in the write's result; a write whose
    result is one bare value (an order id) gives it to a result operation that takes one argument.
    """

    result: OperationInfo
    key: str | None
    """The write's idempotency key argument (`serial_no`), whose value the write's outcome carries."""
    from_arguments: tuple[str, ...]
    from_fields: tuple[str, ...]
    from_value: str | None = None

    def arguments(self, given: dict[str, Any], outcome: Any) -> dict[str, Any]:
        """The result operation's arguments, from the write's arguments and what it returned."""
        values = {name: value for name, value in given.items() if value is not None}
        key = getattr(outcome, "idempotency_key", None)
        if self.key is not None and key is not None:
            values[self.key] = key
        data = outcome.data if _is_accepted(outcome) else outcome
        found = {name: values[name] for name in self.from_arguments if name in values}
        for name in self.from_fields:
            value = getattr(data, name, None)
            if value is not None:
                found[name] = value
        if self.from_value is not None and data is not None:
            found[self.from_value] = data
        return found


@dataclass(frozen=True, eq=False)
class OperationInfo:
    """One operation: the generated `Operation`, the facade methods that call it, their documentation."""

    document: Document
    operation: Operation[Any]
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    returns: Any
    pages: bool
    waits: bool
    follow_of: Callable[[], Follow | None]

    @classmethod
    def of(
        cls, document: Document, operation: Operation[Any], siblings: dict[str, Operation[Any]]
    ) -> OperationInfo:
        method = getattr(document.facade, operation.name)
        docstring = inspect.getdoc(method) or ""
        body, helps = _split_docstring(docstring)
        signature = inspect.signature(method)
        parameters = tuple(
            Parameter(
                argument.name,
                argument,
                helps.get(argument.name, ""),
                _default(signature.parameters[argument.name]),
            )
            for argument in operation.arguments
            if argument.name in signature.parameters and not _is_const(argument)
        )
        returns = typing.get_type_hints(method).get("return")

        def follow() -> Follow | None:
            result_id = operation.result_operation
            if result_id is None or result_id not in siblings:
                return None
            result = document.operations[command_name(siblings[result_id].name)]
            return _follow(info, result)

        info = cls(
            document=document,
            operation=operation,
            summary=_first_line(docstring),
            description=body,
            parameters=parameters,
            returns=returns,
            pages=hasattr(document.facade, f"iter_{operation.name}"),
            waits=hasattr(document.facade, f"wait_{operation.name}"),
            follow_of=follow,
        )
        return info

    @property
    def name(self) -> str:
        return self.operation.name

    @property
    def command(self) -> str:
        return command_name(self.operation.name)

    @property
    def parameter_names(self) -> tuple[str, ...]:
        return tuple(parameter.name for parameter in self.parameters)

    @property
    def page_position(self) -> str | None:
        """The argument `--all` manages (`offset`, or the cursor), which the command then refuses."""
        pagination = self.operation.pagination
        if pagination is None:
            return None
        return pagination.offset_parameter or pagination.cursor_parameter

    @property
    def binary(self) -> bool:
        return self.operation.response_kind is ResponseKind.BINARY

    @functools.cached_property
    def follow(self) -> Follow | None:
        """How `--wait` follows this write to its outcome, when it can."""
        return self.follow_of()

    @property
    def python(self) -> str:
        """How Python calls it: `client.prime_broker.create_transfer`."""
        return f"client.{self.document.attribute}.{self.operation.name}"

    @property
    def cli(self) -> str:
        return f"matrixport {self.document.command} {self.command}"


def documents() -> dict[str, Document]:
    """The documents by command name (`prime-broker`), from the facade's attributes; nothing is imported."""
    found = {}
    for attribute, value in vars(Matrixport).items():
        if isinstance(value, _Document):
            found[command_name(attribute)] = Document(attribute, value._package, value._class_name)
    return dict(sorted(found.items()))


def all_operations() -> Iterator[OperationInfo]:
    for document in documents().values():
        yield from document.operations.values()


def command_name(python_name: str) -> str:
    return python_name.replace("_", "-")


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().partition("\n")[0].strip()


def _split_docstring(doc: str) -> tuple[str, dict[str, str]]:
    """The description (after the summary line, before `Args:`) and each argument's help."""
    head, _, args = doc.partition(f"\n{_ARGS_HEADER}\n")
    body = head.partition("\n")[2].strip()
    helps: dict[str, str] = {}
    current = None
    for line in args.splitlines():
        match = _ARG_LINE.match(line)
        if match:
            current = match.group(1)
            helps[current] = match.group(2).strip()
        elif current is not None and line.startswith("        "):
            helps[current] += " " + line.strip()
        elif line.strip():
            current = None
    return body, helps


def _default(parameter: inspect.Parameter) -> Any:
    return None if parameter.default is inspect.Parameter.empty else parameter.default


def _is_const(argument: Argument) -> bool:
    """An argument the spec fixes to one value (`product_type` "must be flexi_saving"): nothing to choose."""
    from .._arguments import _NO_CONST

    return argument.const is not _NO_CONST


def _is_accepted(value: Any) -> bool:
    return isinstance(value, Accepted)


def _data_type(kind: Any) -> Any:
    """What a write's result holds: `T` of `Accepted[T]` (a keyed write), else the result type itself."""
    return typing.get_args(kind)[0] if typing.get_origin(kind) is Accepted else kind


def _model_fields(kind: Any) -> tuple[str, ...]:
    """The fields of a write's result type (an attrs model, or the `data` model of an `Accepted`)."""
    kind = _data_type(kind)
    if isinstance(kind, type) and attrs.has(kind):
        return tuple(field.name for field in attrs.fields(kind))
    return ()


def _bare_value(kind: Any) -> bool:
    return _data_type(kind) in (str, int)


def _follow(write: OperationInfo, result: OperationInfo) -> Follow | None:
    if not result.waits:
        return None
    names = set(write.parameter_names) | ({write.operation.idempotency_key} - {None})
    fields = set(_model_fields(write.returns))
    needed = [parameter for parameter in result.parameters if parameter.required]
    from_arguments = tuple(name for name in result.parameter_names if name in names)
    from_fields = tuple(name for name in result.parameter_names if name in fields)
    covered = set(from_arguments) | set(from_fields)
    if covered and all(parameter.name in covered for parameter in needed):
        return Follow(result, write.operation.idempotency_key, from_arguments, from_fields)
    if not covered and len(needed) == 1 and len(result.parameters) == 1 and _bare_value(write.returns):
        return Follow(result, write.operation.idempotency_key, (), (), from_value=needed[0].name)
    return None


def enum_members(kind: type[enum.Enum]) -> list[enum.Enum]:
    """The documented members (iteration leaves out the `UNKNOWN_` values kept from responses)."""
    return list(kind)
