"""Matrixport Balance+ API: generated from spec/balance-plus.yaml; do not edit.

Use it through `matrixport.Matrixport().matrixport_balance_api_client`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncBalancePlus, BalancePlus

__all__ = ["AsyncBalancePlus", "BalancePlus"]
