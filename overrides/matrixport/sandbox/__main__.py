"""`matrixport-sandbox` / `python -m matrixport.sandbox`: run the offline API server."""

from __future__ import annotations

import argparse
import os

from .app import SandboxKeys, create_app


def main() -> None:
    parser = argparse.ArgumentParser(prog="matrixport-sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--access-key", default=os.environ.get("MATRIXPORT_SANDBOX_ACCESS_KEY", "sandbox-access-key")
    )
    parser.add_argument(
        "--secret-key", default=os.environ.get("MATRIXPORT_SANDBOX_SECRET_KEY", "sandbox-secret-key")
    )
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args()

    import uvicorn

    app = create_app(keys=SandboxKeys({args.access_key: args.secret_key}))
    print(
        f"Matrixport sandbox on http://{args.host}:{args.port} (access key {args.access_key!r})", flush=True
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level)


if __name__ == "__main__":
    main()
