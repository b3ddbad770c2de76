"""The command's exit statuses: one per kind of failure, so a script can tell them apart."""

from __future__ import annotations

import enum

from .._exceptions import (
    APIError,
    ConfigurationError,
    HTTPStatusError,
    InvalidRequestError,
    MatrixportError,
    OperationFailedError,
    OutcomeUnknownError,
    ResponseValidationError,
    TransportError,
    WaitTimeoutError,
)


class Exit(enum.IntEnum):
    OK = 0
    FAILED = 1
    INVALID = 2
    CONFIGURATION = 3
    API_ERROR = 4
    HTTP_STATUS = 5
    TRANSPORT = 6
    RESPONSE = 7
    OUTCOME_UNKNOWN = 8
    OPERATION_FAILED = 9
    WAIT_TIMEOUT = 10
    INTERRUPTED = 130


MEANINGS = {
    Exit.OK: "success",
    Exit.FAILED: "any other failure (a bug in this command: the traceback is printed)",
    Exit.INVALID: "the command or its arguments are wrong (usage, InvalidRequestError): nothing was sent",
    Exit.CONFIGURATION: "keys, base URL or another setting missing or wrong, a missing extra, no sandbox",
    Exit.API_ERROR: "the API answered with an error code (APIError)",
    Exit.HTTP_STATUS: "an HTTP error status without an API error code (HTTPStatusError)",
    Exit.TRANSPORT: "no response: connection failed or dropped, or a timeout (TransportError)",
    Exit.RESPONSE: "the response is not the documented shape (ResponseValidationError)",
    Exit.OUTCOME_UNKNOWN: "a write may have happened, unconfirmed (OutcomeUnknownError): check it",
    Exit.OPERATION_FAILED: "--wait saw the operation fail (OperationFailedError)",
    Exit.WAIT_TIMEOUT: "--wait saw the operation still pending at its timeout (WaitTimeoutError)",
    Exit.INTERRUPTED: "interrupted (Ctrl-C)",
}


_BY_ERROR: tuple[tuple[type[MatrixportError], Exit], ...] = (
    (OutcomeUnknownError, Exit.OUTCOME_UNKNOWN),
    (InvalidRequestError, Exit.INVALID),
    (ConfigurationError, Exit.CONFIGURATION),
    (APIError, Exit.API_ERROR),
    (HTTPStatusError, Exit.HTTP_STATUS),
    (TransportError, Exit.TRANSPORT),
    (ResponseValidationError, Exit.RESPONSE),
    (OperationFailedError, Exit.OPERATION_FAILED),
    (WaitTimeoutError, Exit.WAIT_TIMEOUT),
)


def exit_status(error: MatrixportError) -> Exit:
    for kind, status in _BY_ERROR:
        if isinstance(error, kind):
            return status
    return Exit.FAILED


def describe_statuses() -> str:
    """The table `--help` and the documentation show."""
    return "\n".join(f"{status.value:>3}  {MEANINGS[status]}" for status in Exit)
