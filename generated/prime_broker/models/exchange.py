from enum import Enum
from typing import Any, cast

from matrixport._enums import open_enum_member


class Exchange(str, Enum):
    """Exchange unique ID: the value to pass wherever a parameter takes an exchange, and the `ex_value` of responses.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    BINANCE = "binance"
    BITGET = "bitget"
    BIT_COM = "bit.com"
    BYBIT = "bybit"
    COINBASE = "coinbase"
    DERIBIT = "deribit"
    GATE = "gate"
    HUOBI = "huobi"
    KRAKEN = "kraken"
    KUCOIN = "kucoin"
    OKEX = "okex"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "Exchange":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        member = cls._value2member_map_.get(value)
        return cast("Exchange", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
