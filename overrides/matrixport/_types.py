"""Marker types the generated models share (one definition for every document's package)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any

import msgspec
from attrs import define

# `UNSET`: a field the response did not contain (distinct from a JSON null). msgspec's own marker,
# so that its decoder fills absent optional fields with it (matrixport._fast).
Unset = msgspec.UnsetType
UNSET: Unset = msgspec.UNSET


class _NoFields(dict[str, Any]):
    """The `additional_properties` of a model built with no unknown fields: empty, and shared.

    One shared, read-only empty dict instead of a new one per model: decoding builds many models.
    Write through the model (`model["key"] = value`), which gives it a dict of its own.
    """

    def _read_only(self, *args: object, **kwargs: object) -> None:
        raise TypeError("no unknown fields: set one with model[key] = value")

    def __delitem__(self, key: str) -> None:
        raise KeyError(key)

    __setitem__ = setdefault = update = pop = popitem = clear = _read_only  # type: ignore[assignment]


NO_FIELDS: dict[str, Any] = _NoFields()

FileContent = IO[bytes] | bytes | str
FileTypes = (
    tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file for a multipart upload (unused by the Matrixport API, kept for the generator's templates)."""

    payload: IO[bytes]
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type
