"""`--sandbox`: the command against the local sandbox, started for it (or one already running).

The sandbox is started as users start it (`python -m matrixport.sandbox --port N`, its own process,
on a free loopback port), waited for, and stopped when the command ends, however it ends. Its test
keys are the sandbox's defaults, or `MATRIXPORT_SANDBOX_ACCESS_KEY` / `MATRIXPORT_SANDBOX_SECRET_KEY`,
which the sandbox reads too: the command never sends the keys of `MATRIXPORT_ACCESS_KEY` there.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from .._exceptions import ConfigurationError

ACCESS_KEY_VARIABLE = "MATRIXPORT_SANDBOX_ACCESS_KEY"
SECRET_KEY_VARIABLE = "MATRIXPORT_SANDBOX_SECRET_KEY"
DEFAULT_ACCESS_KEY = "sandbox-access-key"
DEFAULT_SECRET_KEY = "sandbox-secret-key"
START_TIMEOUT = 60.0
"""Seconds the sandbox may take to listen (it loads and checks the specs first; the machine may be busy)."""


@dataclass(frozen=True)
class SandboxTarget:
    base_url: str
    access_key: str
    secret_key: str


def sandbox_keys() -> tuple[str, str]:
    return (
        os.environ.get(ACCESS_KEY_VARIABLE, DEFAULT_ACCESS_KEY),
        os.environ.get(SECRET_KEY_VARIABLE, DEFAULT_SECRET_KEY),
    )


@contextlib.contextmanager
def sandbox(base_url: str | None) -> Iterator[SandboxTarget]:
    """The sandbox at `base_url` (already running), or one started here for the duration of the block."""
    access_key, secret_key = sandbox_keys()
    if base_url is not None:
        yield SandboxTarget(base_url, access_key, secret_key)
        return
    port = _free_port()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "matrixport.sandbox", "--port", str(port)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            _wait_until_listening(process, port, log)
            yield SandboxTarget(f"http://127.0.0.1:{port}", access_key, secret_key)
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_until_listening(process: subprocess.Popen[bytes], port: int, log: IO[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            lines = log.read().decode("utf-8", "replace").strip().splitlines()
            last = lines[-1] if lines else f"exit status {process.returncode}"
            hint = ""
            if "ModuleNotFoundError" in last:
                hint = "; it needs the sandbox extra: pip install 'matrixport[sandbox]'"
            raise ConfigurationError(f"the sandbox did not start: {last}{hint}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise ConfigurationError(f"the sandbox did not listen on port {port} within {START_TIMEOUT:.0f} s")
