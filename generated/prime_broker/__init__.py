"""Matrixport Prime Broker API: generated from spec/prime-broker.yaml; do not edit.

Use it through `matrixport.Matrixport().matrixport_prime_broker_api_client`; models and enums are in `.models`,
error classes in `.errors`.
"""

from .client import AsyncPrimeBroker, PrimeBroker

__all__ = ["AsyncPrimeBroker", "PrimeBroker"]
