"""Matrixport Fixed-Income API (generated from the spec; do not edit).

Use it through `matrixport.Matrixport().fixed_income`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncFixedIncome, FixedIncome

__all__ = ["AsyncFixedIncome", "FixedIncome"]
