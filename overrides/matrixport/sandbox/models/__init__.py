"""One state model per document (see each module's docstring, and the sandbox README for the decisions)."""

from __future__ import annotations

from .balance_plus import BalancePlus
from .base import DocumentModel
from .fixed_income import FixedIncome
from .fixed_staking import FixedStaking
from .prime_broker import PrimeBroker
from .t_bills import TBills

MODELS: dict[str, type[DocumentModel]] = {
    model.document: model for model in (BalancePlus, FixedIncome, FixedStaking, PrimeBroker, TBills)
}
