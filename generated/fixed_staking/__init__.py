"""Matrixport Fixed-Staking API (generated from the spec; do not edit).

Use it through `matrixport.Matrixport().fixed_staking`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncFixedStaking, FixedStaking

__all__ = ["AsyncFixedStaking", "FixedStaking"]
