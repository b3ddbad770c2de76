"""Matrixport Balance+ API (generated from the spec; do not edit).

Use it through `matrixport.Matrixport().balance_plus`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncBalancePlus, BalancePlus

__all__ = ["AsyncBalancePlus", "BalancePlus"]
