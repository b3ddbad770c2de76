"""Matrixport T-Bills API: generated from spec/t-bills.yaml; do not edit.

Use it through `matrixport.Matrixport().matrixport_t_bills_api_client`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncTBills, TBills

__all__ = ["AsyncTBills", "TBills"]
