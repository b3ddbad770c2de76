"""Typed Python client for Matrixport's investment and credit APIs.

from matrixport import Matrixport

client = Matrixport()  # MATRIXPORT_ACCESS_KEY, MATRIXPORT_SECRET_KEY, MATRIXPORT_BASE_URL
detail = client.balance_plus.get_currency_detail(currency="BTC")
detail.current_apy  # Decimal('0.341090391338626559')
"""

from ._client import AsyncMatrixport, Language, Matrixport, RequestOptions
from ._results import Accepted, Download, RawResponse
from ._signing import MatrixportAuth, sign, string_to_sign
from ._tolerant import Problem, problems
from ._types import UNSET, Unset
from .errors import (
    APIError,
    ConfigurationError,
    HTTPStatusError,
    InvalidRequestError,
    MatrixportError,
    OperationFailedError,
    OutcomeUnknownError,
    ResponseValidationError,
    TimeoutError,
    TransportError,
    WaitTimeoutError,
)

__version__ = "0.1.0"

__all__ = [
    "UNSET",
    "APIError",
    "Accepted",
    "AsyncMatrixport",
    "ConfigurationError",
    "Download",
    "HTTPStatusError",
    "InvalidRequestError",
    "Language",
    "Matrixport",
    "MatrixportAuth",
    "MatrixportError",
    "OperationFailedError",
    "OutcomeUnknownError",
    "Problem",
    "RawResponse",
    "RequestOptions",
    "ResponseValidationError",
    "TimeoutError",
    "TransportError",
    "Unset",
    "WaitTimeoutError",
    "__version__",
    "problems",
    "sign",
    "string_to_sign",
]
