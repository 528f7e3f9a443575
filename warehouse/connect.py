"""Open DuckDB files with errors a user can act on (a locked file names the holder)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb


class WarehouseError(RuntimeError):
    """A database that cannot be opened or used; the message says which file and why."""


def _explain(path: Path, exc: Exception) -> WarehouseError:
    message = str(exc)
    if "lock" in message.lower():
        holder = re.search(r"PID (\d+)", message)
        who = f" by process {holder.group(1)}" if holder else " by another process"
        return WarehouseError(
            f"{path}: the database is locked{who}; close the other connection "
            "(an open DuckDB CLI or notebook, or a run still going) and try again"
        )
    return WarehouseError(f"{path}: {message.splitlines()[0] if message else type(exc).__name__}")


@contextmanager
def open_db(path: Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Connect to a DuckDB file; `WarehouseError` when it is locked or unreadable."""
    if read_only and not path.exists():
        raise WarehouseError(f"{path}: no warehouse here yet; run `tally run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except (duckdb.IOException, duckdb.InvalidInputException) as exc:
        raise _explain(path, exc) from exc
    try:
        yield con
    finally:
        con.close()
