"""The `matrixport_sandbox` pytest fixture, registered by `matrixport[sandbox]` (entry point `pytest11`).

    def test_deposit(matrixport_sandbox):
        client = matrixport_sandbox.client()
        order = client.balance_plus.create_deposit(currency="BTC", amount=Decimal("0.5"))
        matrixport_sandbox.advance(60)
        client.balance_plus.wait_get_deposit_withdraw_result(serial_number=order.serial_number)

Each test gets a fresh in-memory sandbox. This module imports nothing heavy, so having the
plugin installed costs a test run nothing until a test asks for the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .sandbox import Sandbox


@pytest.fixture
def matrixport_sandbox() -> Iterator[Sandbox]:
    """A fresh offline Matrixport (`matrixport.sandbox.Sandbox`): `.client()`, `.advance()`, ..."""
    from .sandbox import Sandbox

    with Sandbox() as sandbox:
        yield sandbox
