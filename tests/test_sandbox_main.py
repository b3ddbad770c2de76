"""`matrixport-sandbox` (`matrixport.sandbox.__main__.main`) run in process, with a fake `uvicorn.run`.

Other tests start the command in a child process and talk to it over HTTP, which shows that it
serves, but mutation testing (mutmut) only sees the functions called in the test process: none of
the command's mutants had a test. Here `main(argv)` runs in the test's process and the fake server
records what it was asked to serve: the tests check, from the `SandboxCore` behind the app, what
each option, variable and default configured (keys, clock, faults, validation, timestamp window,
admin token, state file), the banner printed before serving, the refusals (their exit codes and
messages), and that the state is closed once the server returns or fails.
"""

from __future__ import annotations

import io
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from matrixport.sandbox.__main__ import main
from matrixport.sandbox.asgi import SandboxApp
from matrixport.sandbox.core import SandboxCore

DEFAULT_ACCESS_KEY = "sandbox-access-key"
DEFAULT_SECRET_KEY = "sandbox-secret-key"
FIRST_USER = "9547"
NO_SECRET = (
    "matrixport-sandbox: give the secret of 'my-key' in $MATRIXPORT_SANDBOX_SECRET_KEY or --secret-key-file"
)
"""The refusal of `--access-key my-key` without a secret."""
VARIABLES = (
    "MATRIXPORT_SANDBOX_ACCESS_KEY",
    "MATRIXPORT_SANDBOX_SECRET_KEY",
    "MATRIXPORT_SANDBOX_ADMIN_TOKEN",
)


@dataclass
class Served:
    """What `uvicorn.run` was called with (and what had been printed by then)."""

    args: tuple[Any, ...] = ()
    kwargs: dict[str, Any] = field(default_factory=dict)
    printed: str = ""
    calls: int = 0
    customers: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    """The state's customers while serving: access key -> (user id, secret key)."""

    @property
    def app(self) -> SandboxApp:
        (app,) = self.args
        assert isinstance(app, SandboxApp)
        return app

    @property
    def core(self) -> SandboxCore:
        return self.app.core


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Served:
    """`uvicorn.run` replaced: it records its arguments, the banner and the customers, and returns."""
    record = Served()

    def run(*args: Any, **kwargs: Any) -> None:
        record.calls += 1
        record.args, record.kwargs = args, kwargs
        record.printed = capsys.readouterr().out
        store = record.core.store  # still open while serving
        record.customers = {
            c.access_key: (c.user_id, store.secret_for(c.access_key)) for c in store.customers()
        }

    monkeypatch.setattr(uvicorn, "run", run)
    return record


def banner(
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    access_key: str = DEFAULT_ACCESS_KEY,
    user: str = FIRST_USER,
    state: str = "memory",
    clock: str = "1",
    token: str,
) -> str:
    return (
        f"Matrixport sandbox on http://{host}:{port}\n"
        f"  test key: {access_key!r} (user {user})\n"
        f"  state: {state}; clock: {clock}x real time\n"
        f"  control endpoints: /__sandbox (loopback, or Authorization: Bearer {token})\n"
    )


def assert_closed(core: SandboxCore) -> None:
    with pytest.raises(sqlite3.ProgrammingError, match="closed database"):
        core.keys_user(DEFAULT_ACCESS_KEY)


def refusal(argv: list[str]) -> str | int | None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    return exit_info.value.code


# ---- defaults ------------------------------------------------------------------------------------


def test_defaults_serve_the_well_known_key_on_loopback(served: Served) -> None:
    main([])
    assert served.calls == 1
    assert served.kwargs == {
        "host": "127.0.0.1",
        "port": 8765,
        "log_level": "warning",
        "lifespan": "off",
        "interface": "asgi3",
    }
    core = served.core
    assert core.configured_keys == {DEFAULT_ACCESS_KEY: DEFAULT_SECRET_KEY}
    assert served.customers == {DEFAULT_ACCESS_KEY: (FIRST_USER, DEFAULT_SECRET_KEY)}
    assert core.store.path is None  # memory
    assert core.clock.speed == 1.0
    assert core.faults.rate == 0.0
    assert core.faults.kinds == ("429", "500", "drop", "delay", "garbage")
    assert core.faults.delay == 2.0
    assert core.faults.seed is None
    assert not core.faults.active
    assert core.validator is not None
    assert core.judge.window_ms == 5_000


def test_defaults_print_a_fresh_admin_token_which_the_core_checks(served: Served) -> None:
    main([])
    token = served.core.admin_token
    assert len(token) == 32  # secrets.token_urlsafe(24): 24 random bytes
    assert served.printed == banner(token=token)
    first = token
    main([])
    assert served.core.admin_token != first


def test_the_banner_is_flushed_before_serving(monkeypatch: pytest.MonkeyPatch) -> None:
    """A parent process reading the command's pipe sees the banner (its admin token) once it serves."""

    class Pipe(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.flushed = ""

        def flush(self) -> None:
            self.flushed = self.getvalue()

    pipe = Pipe()
    seen: list[tuple[SandboxApp, str]] = []
    monkeypatch.setattr("sys.stdout", pipe)
    monkeypatch.setattr(uvicorn, "run", lambda app, **_: seen.append((app, pipe.flushed)))
    main([])
    ((app, flushed),) = seen
    assert flushed == banner(token=app.core.admin_token)


# ---- options -------------------------------------------------------------------------------------


def test_host_port_and_log_level_go_to_the_server_and_the_banner(served: Served) -> None:
    main(["--host", "0.0.0.0", "--port", "9100", "--log-level", "debug"])
    assert served.kwargs == {
        "host": "0.0.0.0",
        "port": 9100,
        "log_level": "debug",
        "lifespan": "off",
        "interface": "asgi3",
    }
    assert served.printed == banner(host="0.0.0.0", port=9100, token=served.core.admin_token)


def test_state_file_keeps_the_customers_across_restarts(served: Served, tmp_path: Path) -> None:
    state = tmp_path / "state.db"
    main(["--state", str(state)])
    assert served.core.store.path == state
    assert state.exists()
    assert served.printed == banner(state=str(state), token=served.core.admin_token)
    assert_closed(served.core)

    # Restarted on the same file with another key: the first customer is still there, the new one next.
    secret = tmp_path / "secret"
    secret.write_text("other-secret\n", encoding="utf-8")
    main(["--state", str(state), "--access-key", "other-key", "--secret-key-file", str(secret)])
    assert served.customers == {
        DEFAULT_ACCESS_KEY: (FIRST_USER, DEFAULT_SECRET_KEY),
        "other-key": ("9548", "other-secret"),
    }
    assert served.printed == banner(
        access_key="other-key", user="9548", state=str(state), token=served.core.admin_token
    )


def test_clock_speed(served: Served) -> None:
    main(["--clock-speed", "60"])
    assert served.core.clock.speed == 60.0
    assert served.printed == banner(clock="60", token=served.core.admin_token)
    main(["--clock-speed", "0.5"])
    assert served.core.clock.speed == 0.5
    assert served.printed == banner(clock="0.5", token=served.core.admin_token)


def test_access_key_with_its_secret_from_the_environment(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATRIXPORT_SANDBOX_SECRET_KEY", "env-secret")
    main(["--access-key", "my-key"])
    assert served.core.configured_keys == {"my-key": "env-secret"}
    assert served.customers == {"my-key": (FIRST_USER, "env-secret")}
    assert served.printed == banner(access_key="my-key", token=served.core.admin_token)


def test_access_key_with_its_secret_from_a_file_stripped(
    served: Served, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    secret = tmp_path / "secret"
    secret.write_text("  file-sécret-123 \n", encoding="utf-8")
    monkeypatch.setenv("MATRIXPORT_SANDBOX_SECRET_KEY", "env-secret")  # the file wins
    main(["--access-key", "my-key", "--secret-key-file", str(secret)])
    assert served.core.configured_keys == {"my-key": "file-sécret-123"}
    assert "sécret" not in served.printed


def test_the_secret_given_for_the_default_key_replaces_the_well_known_one(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATRIXPORT_SANDBOX_SECRET_KEY", "env-secret")
    main([])
    assert served.core.configured_keys == {DEFAULT_ACCESS_KEY: "env-secret"}


def test_an_empty_secret_variable_counts_as_none(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATRIXPORT_SANDBOX_SECRET_KEY", "")
    main([])
    assert served.core.configured_keys == {DEFAULT_ACCESS_KEY: DEFAULT_SECRET_KEY}
    assert refusal(["--access-key", "my-key"]) == NO_SECRET


def test_the_access_key_variable_is_the_default_access_key(
    served: Served, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATRIXPORT_SANDBOX_ACCESS_KEY", "env-key")
    monkeypatch.setenv("MATRIXPORT_SANDBOX_SECRET_KEY", "env-secret")
    main([])
    assert served.core.configured_keys == {"env-key": "env-secret"}
    assert served.printed == banner(access_key="env-key", token=served.core.admin_token)
    main(["--access-key", "option-key"])  # the option wins
    assert served.core.configured_keys == {"option-key": "env-secret"}


def test_admin_token_from_the_environment(served: Served, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATRIXPORT_SANDBOX_ADMIN_TOKEN", "env-admin-token")
    main([])
    assert served.core.admin_token == "env-admin-token"
    assert served.printed == banner(token="env-admin-token")


def test_admin_token_from_a_file_stripped(
    served: Served, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    token = tmp_path / "token"
    token.write_text("\tfile-admin-token  \n", encoding="utf-8")
    monkeypatch.setenv("MATRIXPORT_SANDBOX_ADMIN_TOKEN", "env-admin-token")  # the file wins
    main(["--admin-token-file", str(token)])
    assert served.core.admin_token == "file-admin-token"
    assert served.printed == banner(token="file-admin-token")


def test_an_empty_admin_token_gets_a_fresh_one(
    served: Served, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("MATRIXPORT_SANDBOX_ADMIN_TOKEN", "")
    main([])
    assert len(served.core.admin_token) == 32
    empty = tmp_path / "token"
    empty.write_text(" \n", encoding="utf-8")
    main(["--admin-token-file", str(empty)])
    assert len(served.core.admin_token) == 32


def test_faults(served: Served) -> None:
    main(["--fault-rate", "0.25", "--fault-kinds", "500,,drop,", "--fault-delay", "0.5", "--seed", "7"])
    faults = served.core.faults
    assert faults.describe() == {
        "rate": 0.25,
        "kinds": ["500", "drop"],
        "delay": 0.5,
        "seed": 7,
        "sequence": [],
        "operations": [],
    }
    assert isinstance(faults.seed, int)
    assert faults.active


def test_faults_draw_from_the_seed(served: Served) -> None:
    draws = []
    for _ in range(2):
        main(["--fault-rate", "1", "--seed", "3"])
        draws.append([served.core.faults.draw("prime-broker.createTransfer") for _ in range(8)])
    assert draws[0] == draws[1]
    assert set(draws[0]) <= {"429", "500", "drop", "delay", "garbage"}


def test_timestamp_window(served: Served) -> None:
    main(["--timestamp-window-ms", "60000"])
    assert served.core.judge.window_ms == 60_000
    assert isinstance(served.core.judge.window_ms, int)


def test_no_validation(served: Served) -> None:
    main(["--no-validation"])
    assert served.core.validator is None


def test_one_worker_is_accepted(served: Served) -> None:
    main(["--workers", "1"])
    assert served.calls == 1


# ---- refusals ------------------------------------------------------------------------------------


def test_more_than_one_worker_is_refused(served: Served) -> None:
    assert refusal(["--workers", "2"]) == (
        "matrixport-sandbox: the sandbox keeps its state in one process; --workers must be 1"
    )
    assert served.calls == 0


def test_another_access_key_needs_its_secret(served: Served) -> None:
    assert refusal(["--access-key", "my-key"]) == NO_SECRET
    assert served.calls == 0


def test_an_unknown_fault_kind_is_refused(served: Served) -> None:
    assert refusal(["--fault-kinds", "500,boom"]) == (
        "matrixport-sandbox: unknown fault kinds ['boom']: choose among 429, 500, drop, delay, garbage"
    )
    assert served.calls == 0


def test_a_fault_rate_above_one_is_refused(served: Served) -> None:
    assert refusal(["--fault-rate", "1.5"]) == "matrixport-sandbox: rate must be between 0 and 1, got 1.5"
    assert served.calls == 0


def test_a_clock_speed_of_zero_is_refused(served: Served) -> None:
    assert refusal(["--clock-speed", "0"]) == "matrixport-sandbox: the clock speed must be positive"
    assert served.calls == 0


def test_a_state_file_knowing_the_key_with_another_secret_is_refused(
    served: Served, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    state = tmp_path / "state.db"
    main(["--state", str(state)])
    monkeypatch.setenv("MATRIXPORT_SANDBOX_SECRET_KEY", "another-secret")
    assert refusal(["--state", str(state)]) == (
        "matrixport-sandbox: the state knows 'sandbox-access-key' with another secret key"
    )
    assert served.calls == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["--secret-key", "s3cret"],  # never read as --secret-key-file
        ["--admin-token", "t0ken"],  # never read as --admin-token-file
        ["--clock", "60"],
    ],
)
def test_abbreviated_options_are_refused(
    argv: list[str], served: Served, capsys: pytest.CaptureFixture[str]
) -> None:
    assert refusal(argv) == 2
    assert capsys.readouterr().err.endswith(
        f"matrixport-sandbox: error: unrecognized arguments: {' '.join(argv)}\n"
    )
    assert served.calls == 0


def test_help_describes_every_option_but_workers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert refusal(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert text.startswith("usage: matrixport-sandbox [-h] [--host HOST] [--port PORT] [--state PATH] ")
    _, _, described = text.partition(" [--no-validation] ")
    assert described == (
        "`matrixport-sandbox` / `python -m matrixport.sandbox`: serve the offline Matrixport on a port. "
        "options: "
        "-h, --help show this help message and exit "
        "--host HOST default: loopback only "
        "--port PORT "
        "--state PATH a SQLite file keeping the state across restarts (default: memory) "
        "--clock-speed CLOCK_SPEED sandbox seconds per real second (default 1) "
        "--access-key ACCESS_KEY the test access key (default: $MATRIXPORT_SANDBOX_ACCESS_KEY or "
        "sandbox-access-key) "
        "--secret-key-file PATH a file holding the test key's secret (or $MATRIXPORT_SANDBOX_SECRET_KEY) "
        "--admin-token-file PATH a file holding the admin token (or $MATRIXPORT_SANDBOX_ADMIN_TOKEN) "
        "--log-level LOG_LEVEL "
        "--fault-rate FAULT_RATE share of requests to fail (0 to 1) "
        "--fault-kinds FAULT_KINDS comma-separated, among 429,500,drop,delay,garbage "
        "--fault-delay FAULT_DELAY seconds a delay fault holds an answer "
        "--seed SEED seed of the fault draws "
        "--timestamp-window-ms TIMESTAMP_WINDOW_MS how far a signed timestamp may be from real time "
        "(the API: about 5 s) "
        "--no-validation skip checking requests against the spec"
    )
    assert "--workers" not in text


# ---- closing -------------------------------------------------------------------------------------


def test_the_state_is_closed_after_the_server_returns(served: Served) -> None:
    main([])
    assert served.calls == 1  # the fake server found the state open
    assert_closed(served.core)


def test_the_state_is_closed_when_the_server_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    apps: list[SandboxApp] = []

    def run(app: SandboxApp, **_: Any) -> None:
        apps.append(app)
        app.core.keys_user(DEFAULT_ACCESS_KEY)  # open while serving
        raise OSError("address already in use")

    monkeypatch.setattr(uvicorn, "run", run)
    with pytest.raises(OSError, match="address already in use"):
        main([])
    (app,) = apps
    assert_closed(app.core)


@pytest.mark.parametrize("option", ["--secret-key-file", "--admin-token-file"])
def test_a_secret_file_that_cannot_be_read_is_refused_by_name(
    option: str, tmp_path: Path, served: Served
) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(SystemExit) as caught:
        main([option, str(missing)])
    assert caught.value.code == f"matrixport-sandbox: cannot read {missing}: No such file or directory"
    with pytest.raises(SystemExit) as caught:
        main([option, str(tmp_path)])
    assert caught.value.code == f"matrixport-sandbox: cannot read {tmp_path}: Is a directory"
    assert served.calls == 0


def test_a_state_file_that_cannot_be_opened_is_refused(tmp_path: Path, served: Served) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--state", str(tmp_path / "no-such-folder" / "state.db")])
    assert caught.value.code == "matrixport-sandbox: unable to open database file"
    assert served.calls == 0
