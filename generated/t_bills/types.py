"""Shared marker types; one definition for every document's package."""

from matrixport._types import UNSET, File, FileContent, FileTypes, RequestFiles, Unset

__all__ = ["UNSET", "File", "FileContent", "FileTypes", "RequestFiles", "Unset"]
