from enum import Enum
from typing import Any, cast

from matrixport._enums import open_enum_member


class SubjectType(str, Enum):
    """Product subject: ETH2.0 or ETH2.0 leverage staking.

    Unknown values the server may add are kept as members named UNKNOWN_<value>.
    """

    ETH2_0 = "ETH2.0"
    ETH2_0_LEVERAGE_STAKING = "ETH2.0 leverage staking"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def from_wire(cls, value: Any) -> "SubjectType":
        """The member for a value from the server; a dictionary lookup first, as parsing is hot."""
        member = cls._value2member_map_.get(value)
        return cast("SubjectType", member) if member is not None else cls(value)

    def __str__(self) -> str:
        return str(self.value)
