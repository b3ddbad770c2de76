"""Shared marker types; one definition for every document's package."""

from matrixport._types import NO_FIELDS, UNSET, File, FileContent, FileTypes, RequestFiles, Unset

__all__ = ["NO_FIELDS", "UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Unset"]
