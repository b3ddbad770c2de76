"""The `matrixport` command: every operation of the client, from the terminal.

Installed with the client; it needs the `cli` extra (`pip install "matrixport[cli]"`: click, rich).

    matrixport balance-plus get-currency-detail --currency BTC --output json
    matrixport prime-broker list-orders --limit 100 --all
    matrixport prime-broker create-transfer --help

Commands are built at run time from the operations the client is generated with (`_catalog`): no
operation has code of its own here. `matrixport --help` lists the exit statuses (`_exit.Exit`).
Nothing here is imported by `import matrixport`.
"""

from __future__ import annotations

import sys

from ._exit import Exit

EXTRA_HINT = "the matrixport command needs its extra: pip install 'matrixport[cli]'"


def main(argv: list[str] | None = None) -> int:
    """Run `matrixport` with `argv` (default: the process's arguments); returns the exit status."""
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError as exc:
        print(f"{EXTRA_HINT} ({exc.name} is missing)", file=sys.stderr)
        return Exit.CONFIGURATION
    from ._commands import run

    return run(argv)


__all__ = ["Exit", "main"]
