"""A second process holding a DuckDB file open read-only, as an analyst's session does."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HOLDER = (
    "import sys, duckdb; con = duckdb.connect(sys.argv[1], read_only=True); "
    "print('ready', flush=True); sys.stdin.read(); con.close()"
)


@contextmanager
def held_open_read_only(path: Path) -> Iterator[None]:
    """Another process holding `path` open read-only until the block ends."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(30)
