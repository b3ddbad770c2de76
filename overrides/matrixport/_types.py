"""Marker types the generated models share (one definition for every document's package)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Literal

from attrs import define


class Unset:
    """The type of `UNSET`: a field the response did not contain (distinct from a JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

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
