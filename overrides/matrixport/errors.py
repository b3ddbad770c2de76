"""Everything the client raises is a `MatrixportError`.

    MatrixportError
    ├── ConfigurationError        missing keys or base URL
    ├── InvalidRequestError       the caller's arguments cannot be sent (also a ValueError)
    ├── TransportError            the request did not get an HTTP response
    │   └── TimeoutError
    ├── HTTPStatusError           an HTTP error status without an API error code (429: `retry_after`)
    ├── ResponseValidationError   the response is not the documented shape
    ├── OutcomeUnknownError       a create failed after it may have reached the server; not resent
    ├── OperationFailedError      a `wait_...` method saw the operation fail
    ├── WaitTimeoutError          a `wait_...` method saw it still pending at its timeout
    └── APIError                  the API answered with a non-zero `code`
        └── one class per documented code, generated from the spec: the gateway
            codes below, each document's in matrixport.<document>.errors

Codes the documents do not list raise a plain `APIError`.
"""

from ._error_sets import *  # noqa: F403 - the gateway codes every document shares
from ._error_sets import __all__ as _shared_errors
from ._exceptions import (
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

__all__ = [
    "APIError",
    "ConfigurationError",
    "HTTPStatusError",
    "InvalidRequestError",
    "MatrixportError",
    "OperationFailedError",
    "OutcomeUnknownError",
    "ResponseValidationError",
    "TimeoutError",
    "TransportError",
    "WaitTimeoutError",
]
__all__ += _shared_errors  # noqa: PLE0605 - the generated gateway classes
