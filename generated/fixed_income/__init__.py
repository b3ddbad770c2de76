"""Matrixport Fixed-Income API: generated from spec/fixed-income.yaml; do not edit.

Use it through `matrixport.Matrixport().matrixport_fixed_income_api_client`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncFixedIncome, FixedIncome

__all__ = ["AsyncFixedIncome", "FixedIncome"]
