"""Matrixport Prime Broker API (generated from the spec; do not edit).

Use it through `matrixport.Matrixport().prime_broker`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncPrimeBroker, PrimeBroker

__all__ = ["AsyncPrimeBroker", "PrimeBroker"]
