"""`matrixport-sandbox` / `python -m matrixport.sandbox`: serve the offline Matrixport on a port.

Secrets never come from the command line (where `ps` shows them): the test key's secret comes
from MATRIXPORT_SANDBOX_SECRET_KEY or --secret-key-file, the admin token (for control requests
from other hosts) from MATRIXPORT_SANDBOX_ADMIN_TOKEN or --admin-token-file, else a fresh one
is printed at start.
"""

from __future__ import annotations

import argparse
import os
import secrets
import sqlite3
import sys
from pathlib import Path

from .clock import SandboxClock
from .core import SandboxCore
from .faults import KINDS, Faults
from .judge import TIMESTAMP_WINDOW_MS
from .world import DEFAULT_KEYS

ACCESS_KEY_VARIABLE = "MATRIXPORT_SANDBOX_ACCESS_KEY"
SECRET_KEY_VARIABLE = "MATRIXPORT_SANDBOX_SECRET_KEY"
ADMIN_TOKEN_VARIABLE = "MATRIXPORT_SANDBOX_ADMIN_TOKEN"


def _read_secret(path: str | None, variable: str) -> str | None:
    if path:
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            sys.exit(f"matrixport-sandbox: cannot read {path}: {error.strerror or error}")
    return os.environ.get(variable) or None


def parser() -> argparse.ArgumentParser:
    # No abbreviations: `--secret-key s3cret` must fail, not be read as `--secret-key-file s3cret`.
    parse = argparse.ArgumentParser(
        prog="matrixport-sandbox", description=(__doc__ or "").split("\n")[0], allow_abbrev=False
    )
    parse.add_argument("--host", default="127.0.0.1", help="default: loopback only")
    parse.add_argument("--port", type=int, default=8765)
    parse.add_argument(
        "--state", metavar="PATH", help="a SQLite file keeping the state across restarts (default: memory)"
    )
    parse.add_argument(
        "--clock-speed", type=float, default=1.0, help="sandbox seconds per real second (default 1)"
    )
    parse.add_argument(
        "--access-key",
        default=os.environ.get(ACCESS_KEY_VARIABLE),
        help=f"the test access key (default: ${ACCESS_KEY_VARIABLE} or sandbox-access-key)",
    )
    parse.add_argument(
        "--secret-key-file",
        metavar="PATH",
        help=f"a file holding the test key's secret (or ${SECRET_KEY_VARIABLE})",
    )
    parse.add_argument(
        "--admin-token-file",
        metavar="PATH",
        help=f"a file holding the admin token (or ${ADMIN_TOKEN_VARIABLE})",
    )
    parse.add_argument("--log-level", default="warning")
    parse.add_argument("--fault-rate", type=float, default=0.0, help="share of requests to fail (0 to 1)")
    parse.add_argument(
        "--fault-kinds", default=",".join(KINDS), help=f"comma-separated, among {','.join(KINDS)}"
    )
    parse.add_argument("--fault-delay", type=float, default=2.0, help="seconds a delay fault holds an answer")
    parse.add_argument("--seed", type=int, default=None, help="seed of the fault draws")
    parse.add_argument(
        "--timestamp-window-ms",
        type=int,
        default=TIMESTAMP_WINDOW_MS,
        help="how far a signed timestamp may be from real time (the API: about 5 s)",
    )
    parse.add_argument("--no-validation", action="store_true", help="skip checking requests against the spec")
    parse.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    return parse


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    if args.workers != 1:
        sys.exit("matrixport-sandbox: the sandbox keeps its state in one process; --workers must be 1")
    access_key = args.access_key or next(iter(DEFAULT_KEYS))
    secret_key = _read_secret(args.secret_key_file, SECRET_KEY_VARIABLE)
    if secret_key is None:
        if access_key not in DEFAULT_KEYS:
            sys.exit(
                f"matrixport-sandbox: give the secret of {access_key!r} in ${SECRET_KEY_VARIABLE} "
                "or --secret-key-file"
            )
        secret_key = DEFAULT_KEYS[access_key]
    admin_token = _read_secret(args.admin_token_file, ADMIN_TOKEN_VARIABLE) or secrets.token_urlsafe(24)
    try:
        faults = Faults(
            args.fault_rate, tuple(k for k in args.fault_kinds.split(",") if k), args.fault_delay, args.seed
        )
        core = SandboxCore(
            state=args.state,
            keys={access_key: secret_key},
            clock=SandboxClock(speed=args.clock_speed),
            faults=faults,
            validate=not args.no_validation,
            timestamp_window_ms=args.timestamp_window_ms,
            admin_token=admin_token,
        )
    except (ValueError, sqlite3.Error) as error:  # a setting out of range, a state file it cannot open
        sys.exit(f"matrixport-sandbox: {error}")

    import uvicorn

    from .asgi import SandboxApp

    print(
        f"Matrixport sandbox on http://{args.host}:{args.port}\n"
        f"  test key: {access_key!r} (user {core.keys_user(access_key)})\n"
        f"  state: {args.state or 'memory'}; clock: {args.clock_speed:g}x real time\n"
        f"  control endpoints: /__sandbox (loopback, or Authorization: Bearer {admin_token})",
        flush=True,
    )
    try:
        uvicorn.run(
            SandboxApp(core),
            host=args.host,
            port=args.port,
            log_level=args.log_level,
            lifespan="off",
            interface="asgi3",  # said, not guessed from the app's __call__ (a wrapper hides that it is async)
        )
    finally:
        core.close()


if __name__ == "__main__":
    main()
