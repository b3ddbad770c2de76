"""The fast path: a well-formed response decoded in one pass, by msgspec, straight into the attrs models.

Most responses are exactly what the spec says. msgspec decodes and type-checks those in C, into
the same attrs models, Decimals and enums the generated `from_dict` builds. Whatever it refuses
(a field missing or of another type, an enum value the spec does not know, a decimal it cannot
read) goes to the tolerant path (`_envelope.read_result`), which reads it field by field. Two
things msgspec would accept but the tolerant path would not are checked after decoding, in one
walk (`Plan`): a key the models do not know (msgspec skips it; `additional_properties` keeps it)
and a non-finite decimal (`"NaN"`). So both paths give the same result for the same body.
"""

from __future__ import annotations

import gc
import operator
import sys
import threading
import types
import typing
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain, repeat
from operator import attrgetter
from typing import Any

import attrs
import msgspec

from ._convert import E8_EXPONENT, EXACT
from ._operation import Operation, ResponseKind
from ._types import UNSET

MISS = object()
"""`decode` could not vouch for the body: read it the tolerant way."""


def expose_models(package: str) -> None:
    """Give every model module of `package` every model's name, so annotations resolve at run time.

    The generated models import each other only for type checkers (to avoid import cycles);
    msgspec reads their annotations when it builds a decoder.
    """
    models = sys.modules[package]
    names = {name: getattr(models, name) for name in getattr(models, "__all__", ())}
    for name, module in list(sys.modules.items()):
        if name.startswith(package + ".") and module is not None:
            for model_name, model in names.items():
                module.__dict__.setdefault(model_name, model)


class _NotWellFormed(Exception):
    pass


# How many keys the decoded models were read from, and whether their decimals are finite: worked
# out column by column, for all the models of one kind at once (every order of a page, then every
# order's nested parts), so the loops run in C (`map`, `attrgetter`), not one Python call per model.
Columns = Callable[[list[Any]], int]
"""Counts the keys of a list of decoded values of one type (raises `_NotWellFormed`)."""

_columns: dict[Any, Columns | None] = {}


def _columns_of(hint: Any) -> Columns | None:
    """How to count the keys inside values of type `hint` (None: they hold none)."""
    key = hint if isinstance(hint, type) else repr(hint)
    if key not in _columns:
        _columns[key] = _count_any_values  # a model that contains itself: counted the generic way
        try:
            _columns[key] = _make_columns(hint)
        except TypeError:
            del _columns[key]
            raise
    return _columns[key]


def _make_columns(hint: Any) -> Columns | None:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        counted = [columns for arg in typing.get_args(hint) if (columns := _columns_of(arg)) is not None]
        if not counted:
            return None
        if len(counted) == 1:  # `X | Unset`, `X | None`: X's columns, over the values present
            only = counted[0]
            return lambda values: only([v for v in values if v is not UNSET and v is not None])
        return _count_any_values
    if origin is list:
        inner = _columns_of(typing.get_args(hint)[0])
        if inner is None:
            return None
        return lambda lists: inner(list(chain.from_iterable(lists)))
    if origin is dict or hint is Any or hint is dict:
        return _count_any_values
    if isinstance(hint, type) and attrs.has(hint):
        return _model_columns(hint)
    return None


def _model_columns(model: type) -> Columns:
    renamed = getattr(model, "__matrixport_wire_names__", None)
    if renamed:
        raise TypeError(f"{model.__name__}: {renamed} are named unlike their JSON keys")
    hints = typing.get_type_hints(model)
    scaled = frozenset(getattr(model, "__matrixport_e8__", ()))
    required = 0
    optional: list[Callable[[Any], Any]] = []
    decimals: list[tuple[Callable[[Any], Any], bool]] = []
    e8: list[tuple[str, Callable[[Any], Any], bool]] = []
    nested: list[tuple[Callable[[Any], Any], Columns]] = []
    for field in attrs.fields(model):
        if not field.init:
            continue  # additional_properties, and the keys a write carries: not from the body
        get = attrgetter(field.name)
        hint = hints[field.name]
        is_optional = field.default is UNSET
        if is_optional:
            optional.append(get)
        else:
            required += 1
        if field.name in scaled:
            e8.append((field.name, get, is_optional))
        elif Decimal in (typing.get_args(hint) or (hint,)):
            decimals.append((get, is_optional))
        inner = _columns_of(hint)
        if inner is not None:
            nested.append((get, inner))

    def count(models: list[Any]) -> int:
        keys = required * len(models)
        for get in optional:
            keys += len(models) - list(map(get, models)).count(UNSET)
        for get, may_be_unset in decimals:
            if not all(map(Decimal.is_finite, _present(map(get, models), may_be_unset))):
                raise _NotWellFormed
        for name, get, may_be_unset in e8:
            holders = [m for m in models if get(m) is not UNSET] if may_be_unset else models
            _scale_e8(holders, name, list(map(get, holders)))
        for get, inner in nested:
            keys += inner(list(map(get, models)))
        return keys

    return count


def _present(values: Iterator[Any], may_be_unset: bool) -> Iterator[Any]:
    return (value for value in values if value is not UNSET) if may_be_unset else values


def _scale_e8(holders: list[Any], name: str, values: list[Decimal]) -> None:
    """Integers as msgspec read them (`12000000`) become the values they stand for (`0.12000000`)."""
    if not all(map(Decimal.is_finite, values)):
        raise _NotWellFormed
    if not all(map(operator.eq, values, map(Decimal.to_integral_value, values))):
        raise _NotWellFormed  # an e8 value is an integer
    scaled = map(Decimal.scaleb, values, repeat(E8_EXPONENT), repeat(EXACT))
    deque(map(setattr, holders, repeat(name), scaled), maxlen=0)  # the loop runs in C


def _count_any_values(values: list[Any]) -> int:
    return sum(map(_count_any, values))


def _count_any(value: Any) -> int:
    """Keys inside a value whose type the spec leaves open (or a union holding a model)."""
    if isinstance(value, dict):
        return len(value) + sum(map(_count_any, value.values()))
    if isinstance(value, list):
        return sum(map(_count_any, value))
    if value is None or value is UNSET:
        return 0
    if attrs.has(type(value)):
        columns = _columns_of(type(value))
        return columns([value]) if columns is not None else 0
    return 0


@dataclass(frozen=True)
class _Reader:
    decoder: msgspec.json.Decoder[Any]
    enveloped: bool
    count: Callable[[Any], int] | None
    data_may_be_absent: bool


_readers: dict[int, _Reader | None] = {}


def _reader(op: Operation[Any]) -> _Reader | None:
    key = id(op)
    if key not in _readers:
        _readers[key] = _build(op)
    return _readers[key]


def _build(op: Operation[Any]) -> _Reader | None:
    if op.data_type is MISS or op.response_kind is ResponseKind.BINARY:
        return None
    data_type: Any = op.data_type
    if op.response_kind is ResponseKind.ENVELOPE:
        # The envelope's keys are required, so the keys counted are known; only a `data` that is
        # always null may be left out (and is counted only when present).
        data_field = ("data", data_type, None) if data_type is None else ("data", data_type)
        decoded: Any = msgspec.defstruct(f"{op.name}_envelope", [("code", int), ("message", str), data_field])
    else:
        decoded = data_type
    try:
        columns = _columns_of(data_type)
        counter = None if columns is None else lambda data: columns([data])
        # a number in a field of no declared type (`redeem_windows`) is a Decimal, as the tolerant
        # path reads it: never a float
        decoder = msgspec.json.Decoder(decoded, float_hook=Decimal)
    except (TypeError, NameError, ValueError):  # a type msgspec cannot decode: always tolerant
        return None
    enveloped = op.response_kind is ResponseKind.ENVELOPE
    return _Reader(decoder, enveloped, counter, data_type is None)


LARGE_BODY = 256 * 1024
"""Bodies at least this large are read with the cyclic garbage collector paused (`gc_paused`)."""

_pauses = 0
_pause_lock = threading.Lock()
_paused_by_us = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while one large body is decoded.

    Decoding builds tens of thousands of objects and no reference cycles; the collector would walk
    every live object of the process again and again meanwhile (it doubled the decoding time of a
    10,000-order page in a process holding a previous one). Concurrent decodes share one pause;
    the collector is enabled again only if it was enabled before the first of them.
    """
    global _pauses, _paused_by_us  # noqa: PLW0603 - one process-wide pause, counted
    with _pause_lock:
        _pauses += 1
        if _pauses == 1 and gc.isenabled():
            gc.disable()
            _paused_by_us = True
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _paused_by_us:
                _paused_by_us = False
                gc.enable()


def decode(op: Operation[Any], body: bytes) -> Any:
    """The response's `data`, decoded in one pass, or `MISS` when the tolerant path must read it."""
    reader = _reader(op)
    if reader is None:
        return MISS
    try:
        decoded = reader.decoder.decode(body)
    except (
        msgspec.DecodeError,
        msgspec.ValidationError,
        ValueError,
        TypeError,
        ArithmeticError,
        RecursionError,
    ):
        return MISS
    if reader.enveloped:
        if decoded.code != 0:
            return MISS  # an error: the envelope path names it
        data, keys = decoded.data, 2
        keys += 1 if not reader.data_may_be_absent or b'"data"' in body else 0
    else:
        data, keys = decoded, 0
    try:
        if reader.count is not None:
            keys += reader.count(data)
    except (_NotWellFormed, RecursionError):
        return MISS
    # msgspec skips keys the models do not know; the tolerant path keeps them: count them.
    return data if keys == body.count(b'":') else MISS
