"""Matrixport T-Bills API (generated from the spec; do not edit).

Use it through `matrixport.Matrixport().t_bills`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncTBills, TBills

__all__ = ["AsyncTBills", "TBills"]
