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

import sys
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import attrs
import msgspec

from ._convert import E8, e8_from_wire
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


def _decode_hook(kind: type, value: Any) -> Any:
    if kind is E8:
        return e8_from_wire(value)
    raise NotImplementedError(f"no decoding for {kind}")


class _NotWellFormed(Exception):
    pass


def _finite(value: Any) -> bool:
    """An optional decimal: UNSET, or a finite Decimal."""
    return value is UNSET or value.is_finite()


# How many keys a decoded value was read from, per model: compiled once per model into a small
# function (as attrs and dataclasses compile their __init__), since it runs for every model decoded.
_counters: dict[type, Callable[[Any], int]] = {}


def _model_counter(model: type) -> Callable[[Any], int]:
    counter = _counters.get(model)
    if counter is None:
        _counters[model] = _count_any  # a model that contains itself: counted the generic way inside
        try:
            counter = _counters[model] = _compile_counter(model)
        except TypeError:
            del _counters[model]
            raise
    return counter


def _compile_counter(model: type) -> Callable[[Any], int]:
    renamed = getattr(model, "__matrixport_wire_names__", None)
    if renamed:
        raise TypeError(f"{model.__name__}: {renamed} are named unlike their JSON keys")
    hints = typing.get_type_hints(model)
    required = 0
    terms: list[str] = []
    checks: list[str] = []
    namespace: dict[str, Any] = {"UNSET": UNSET, "finite": _finite, "NotWellFormed": _NotWellFormed}
    for field in attrs.fields(model):
        if not field.init:
            continue  # additional_properties, and the keys a write carries: not from the body
        name, hint = field.name, hints[field.name]
        optional = field.default is UNSET
        value = f"o.{name}"
        if optional:
            terms.append(f"({value} is not UNSET)")
        else:
            required += 1
        args = typing.get_args(hint) or (hint,)
        if Decimal in args:  # E8 values come from integers: always finite
            checks.append(f"finite({value})" if optional else f"{value}.is_finite()")
        inner = _counter(hint)
        if inner is not None:
            namespace[f"count_{name}"] = inner
            terms.append(f"count_{name}({value})")
    body = ["def count(o):", f"    n = {required}"]
    if checks:
        body.append(f"    if not ({' and '.join(checks)}):")
        body.append("        raise NotWellFormed")
    body += [f"    n += {term}" for term in terms]
    body.append("    return n")
    exec("\n".join(body), namespace)
    return namespace["count"]  # type: ignore[no-any-return]


def _counter(hint: Any) -> Callable[[Any], int] | None:
    """How to count the keys inside a value of type `hint` (None: it holds none)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if all(_counter(arg) is None for arg in typing.get_args(hint)):
            return None
        return lambda value: 0 if value is None or value is UNSET else _count_any(value)
    if origin is list:
        inner = _counter(typing.get_args(hint)[0])
        if inner is None:
            return None
        return lambda values: sum(map(inner, values))
    if origin is dict or hint is Any or hint is dict:
        return _count_any
    if isinstance(hint, type) and attrs.has(hint):
        return _model_counter(hint)
    return None


def _count_any(value: Any) -> int:
    """Keys inside a value whose type the spec leaves open (or a union holding a model)."""
    if isinstance(value, dict):
        return len(value) + sum(map(_count_any, value.values()))
    if isinstance(value, list):
        return sum(map(_count_any, value))
    if attrs.has(type(value)):
        return _model_counter(type(value))(value)
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
        counter = _counter(data_type)
        decoder = msgspec.json.Decoder(decoded, dec_hook=_decode_hook)
    except (TypeError, NameError, ValueError):  # a type msgspec cannot decode: always tolerant
        return None
    enveloped = op.response_kind is ResponseKind.ENVELOPE
    return _Reader(decoder, enveloped, counter, data_type is None)


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
