"""`matrixport-sandbox` / `python -m matrixport.sandbox`: run the offline API server."""

from __future__ import annotations

import argparse
import os

from starlette.applications import Starlette

from .app import TIMESTAMP_WINDOW_MS, SandboxKeys, create_app
from .faults import KINDS, Faults

ACCESS_KEY_VARIABLE = "MATRIXPORT_SANDBOX_ACCESS_KEY"
SECRET_KEY_VARIABLE = "MATRIXPORT_SANDBOX_SECRET_KEY"


def _keys() -> SandboxKeys:
    return SandboxKeys(
        {
            os.environ.get(ACCESS_KEY_VARIABLE, "sandbox-access-key"): os.environ.get(
                SECRET_KEY_VARIABLE, "sandbox-secret-key"
            )
        }
    )


VALIDATE_VARIABLE = "MATRIXPORT_SANDBOX_VALIDATE"
WINDOW_VARIABLE = "MATRIXPORT_SANDBOX_TIMESTAMP_WINDOW_MS"


def app_from_environment() -> Starlette:
    """The app each worker process builds (`--workers`): settings from the environment, no faults."""
    return create_app(
        keys=_keys(),
        validate=os.environ.get(VALIDATE_VARIABLE, "1") == "1",
        timestamp_window_ms=int(os.environ.get(WINDOW_VARIABLE, TIMESTAMP_WINDOW_MS)),
    )


def main() -> None:
    parser = argparse.ArgumentParser(prog="matrixport-sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--access-key", default=os.environ.get(ACCESS_KEY_VARIABLE, "sandbox-access-key"))
    parser.add_argument("--secret-key", default=os.environ.get(SECRET_KEY_VARIABLE, "sandbox-secret-key"))
    parser.add_argument("--log-level", default="warning")
    parser.add_argument("--fault-rate", type=float, default=0.0, help="share of requests to fail (0 to 1)")
    parser.add_argument(
        "--fault-kinds", default=",".join(KINDS), help=f"comma-separated, among {','.join(KINDS)}"
    )
    parser.add_argument(
        "--fault-delay", type=float, default=2.0, help="seconds a delay fault holds a response"
    )
    parser.add_argument("--seed", type=int, default=None, help="seed of the fault draws")
    parser.add_argument(
        "--timestamp-window-ms",
        type=int,
        default=TIMESTAMP_WINDOW_MS,
        help="how far a signed timestamp may be from the server clock (the API: about 5 s)",
    )
    parser.add_argument(
        "--no-validation",
        action="store_true",
        help="skip checking parameters against the spec (openapi-core): for load tests, where it is the cost",
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="server processes (faults and the ledger are per process)"
    )
    args = parser.parse_args()

    import uvicorn

    print(
        f"Matrixport sandbox on http://{args.host}:{args.port} (access key {args.access_key!r})", flush=True
    )
    if args.workers > 1:
        os.environ[ACCESS_KEY_VARIABLE] = args.access_key
        os.environ[SECRET_KEY_VARIABLE] = args.secret_key
        os.environ[VALIDATE_VARIABLE] = "0" if args.no_validation else "1"
        os.environ[WINDOW_VARIABLE] = str(args.timestamp_window_ms)
        uvicorn.run(
            "matrixport.sandbox.__main__:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
        )
        return
    faults = Faults(args.fault_rate, tuple(args.fault_kinds.split(",")), args.fault_delay, args.seed)
    keys = SandboxKeys({args.access_key: args.secret_key})
    app = create_app(
        keys=keys,
        faults=faults,
        validate=not args.no_validation,
        timestamp_window_ms=args.timestamp_window_ms,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)


if __name__ == "__main__":
    main()
