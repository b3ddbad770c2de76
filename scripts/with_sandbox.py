"""Run a command while the sandbox server listens on loopback: `python scripts/with_sandbox.py -- CMD...`.

Used by `make demo` and `make record`; the sandbox is stopped however the command ends.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the sandbox exited with code {process.returncode} before listening")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    sys.exit(f"the sandbox did not listen on port {port} within {timeout} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--clock-speed", default="1", help="sandbox seconds per real second")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    sandbox = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "matrixport.sandbox",
            "--port",
            str(args.port),
            "--clock-speed",
            args.clock_speed,
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        wait_for_port(args.port, sandbox)
        env = {
            **os.environ,
            "MATRIXPORT_BASE_URL": f"http://127.0.0.1:{args.port}",
            "MATRIXPORT_ACCESS_KEY": "sandbox-access-key",  # the sandbox's default test keys
            "MATRIXPORT_SECRET_KEY": "sandbox-secret-key",
        }
        return subprocess.run(command, env=env, check=False).returncode
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=10)


if __name__ == "__main__":
    raise SystemExit(main())
