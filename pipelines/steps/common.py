"""Small helpers the steps share."""

from __future__ import annotations

import hashlib

import duckdb


def short_id(*parts: object) -> str:
    """A stable 16-hex-digit id from its parts."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def latest_run_id(con: duckdb.DuckDBPyConnection) -> str:
    """The run whose crawl the later steps work from."""
    row = con.execute("SELECT run_id FROM core.runs ORDER BY started_at DESC LIMIT 1").fetchone()
    if row is None:
        raise RuntimeError("no crawl has run yet: materialize raw_pages first")
    return str(row[0])
