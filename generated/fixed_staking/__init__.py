"""Matrixport Fixed-Staking API: generated from spec/fixed-staking.yaml; do not edit.

Use it through `matrixport.Matrixport().matrixport_fixed_staking_api_client`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncFixedStaking, FixedStaking

__all__ = ["AsyncFixedStaking", "FixedStaking"]
