"""What a command prints: exact JSON (decimals as strings), JSON lines, or rich tables.

Results are shown as the Python client returns them: fields by their Python names (without the
trailing underscore of a keyword: `type`), e8 values already scaled (`Decimal("0.12")`), enums as
their documented values in JSON and as `NAME (value)` in tables. No number goes through a float.
A field the response did not give in its documented shape (the tolerant reader) is left out and
named in the problems, never shown as a guess.
"""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import IO, Any

import attrs

from .._results import Download
from .._tolerant import Invalid, Problem
from .._types import Unset

FORMATS = ("table", "json", "jsonl")


def plain(value: Any, problems: list[Problem] | None = None) -> Any:
    """`value` as JSON-ready data: dicts, lists, str (decimals), int, bool and None."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, tuple)):
        return [plain(item, problems) for item in value]
    if isinstance(value, dict):
        return {str(key): plain(item, problems) for key, item in value.items()}
    if isinstance(value, Download):
        return {"content_type": value.content_type, "filename": value.filename, "bytes": len(value.content)}
    if attrs.has(type(value)):
        return _model(value, problems)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            field.name: plain(getattr(value, field.name), problems)
            for field in dataclasses.fields(value)
            if field.name not in ("headers", "content")
        }
    return str(value)


def _model(value: Any, problems: list[Problem] | None) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for attribute in attrs.fields(type(value)):
        if attribute.name == "additional_properties":
            continue
        item = object.__getattribute__(value, attribute.name)
        if isinstance(item, Unset):
            continue
        if isinstance(item, Invalid):
            if problems is not None:
                problems.append(item.problem)
            continue
        shown[attribute.name.rstrip("_")] = plain(item, problems)
    extra = getattr(value, "additional_properties", None)
    if isinstance(extra, dict):
        for key, item in extra.items():
            shown.setdefault(str(key), plain(item, problems))
    return shown


def dumps(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def write_json(stream: IO[str], value: Any, problems: list[Problem]) -> None:
    stream.write(dumps(plain(value, problems)) + "\n")


def write_jsonl(stream: IO[str], items: Iterable[Any], problems: list[Problem]) -> None:
    for item in items:
        stream.write(json.dumps(plain(item, problems), ensure_ascii=False) + "\n")
        stream.flush()


def rows_of(value: Any, items_field: str | None) -> tuple[list[Any], dict[str, Any]] | None:
    """A page's items and its other fields (`count`, `total`), when `value` is a page of a list operation."""
    if items_field is None or not attrs.has(type(value)):
        return None
    items = object.__getattribute__(value, items_field)
    if not isinstance(items, list):
        return None
    rest = {
        attribute.name.rstrip("_"): object.__getattribute__(value, attribute.name)
        for attribute in attrs.fields(type(value))
        if attribute.name not in (items_field, "additional_properties")
    }
    return items, rest


def write_table(console: Any, value: Any, problems: list[Problem], items_field: str | None = None) -> None:
    """`value` as rich tables: a page (or `--all`) as rows, anything else as field/value pairs."""
    page = rows_of(value, items_field)
    if page is not None:
        items, rest = page
        caption = ", ".join(
            f"{name}: {_cell(item)}" for name, item in rest.items() if not isinstance(item, (Unset, Invalid))
        )
        console.print(_rows(items, problems, caption=caption or None))
        return
    if isinstance(value, list):
        console.print(_rows(value, problems))
        return
    console.print(_renderable(value, problems))


def write_rows(console: Any, items: Iterable[Any], problems: list[Problem]) -> None:
    console.print(_rows(list(items), problems))


def _renderable(value: Any, problems: list[Problem]) -> Any:
    from rich.table import Table

    if isinstance(value, list) and value and all(_is_record(item) for item in value):
        return _rows(value, problems)
    if _is_record(value):
        table = Table(show_header=False, box=None, padding=(0, 1))
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for name, item in _fields(value, problems):
            table.add_row(name, _renderable(item, problems))
        return table
    return _cell(value)


def _rows(items: list[Any], problems: list[Problem], caption: str | None = None) -> Any:
    from rich.table import Table

    table = Table(caption=caption, caption_justify="left")
    columns: dict[str, None] = {}
    records = [dict(_fields(item, problems)) if _is_record(item) else {"value": item} for item in items]
    for record in records:
        columns.update(dict.fromkeys(record))
    for column in columns:
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(
            *(_renderable(record[column], problems) if column in record else "" for column in columns)
        )
    return table


def _is_record(value: Any) -> bool:
    return (
        attrs.has(type(value))
        or isinstance(value, dict)
        or (dataclasses.is_dataclass(value) and not isinstance(value, type))
    )


def _fields(value: Any, problems: list[Problem]) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        yield from ((str(key), item) for key, item in value.items())
        return
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in ("headers", "content"):
                yield field.name, getattr(value, field.name)
        return
    for attribute in attrs.fields(type(value)):
        if attribute.name == "additional_properties":
            continue
        item = object.__getattribute__(value, attribute.name)
        if isinstance(item, Unset):
            continue
        if isinstance(item, Invalid):
            problems.append(item.problem)
            continue
        yield attribute.name.rstrip("_"), item
    extra = getattr(value, "additional_properties", None)
    if isinstance(extra, dict):
        yield from ((str(key), item) for key, item in extra.items())


def _cell(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, enum.Enum):
        return f"{value.name} ({value.value})"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (list, dict)):
        return json.dumps(plain(value), ensure_ascii=False)
    return str(value)
