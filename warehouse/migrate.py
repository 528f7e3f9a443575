"""Apply the numbered schema files in `warehouse/schema/` once each, recording what was applied."""

from __future__ import annotations

from pathlib import Path

import duckdb

SCHEMA_DIR = Path(__file__).parent / "schema"


def schema_files() -> list[Path]:
    """The schema files in the order they apply (by their number prefix)."""
    return sorted(SCHEMA_DIR.glob("[0-9][0-9][0-9]_*.sql"))


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every schema file not applied yet; return the names applied now."""
    con.execute("CREATE SCHEMA IF NOT EXISTS meta")
    con.execute(
        "CREATE TABLE IF NOT EXISTS meta.schema_migrations "
        "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP DEFAULT current_timestamp)"
    )
    done = {row[0] for row in con.execute("SELECT name FROM meta.schema_migrations").fetchall()}
    applied = []
    for path in schema_files():
        if path.name in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute("INSERT INTO meta.schema_migrations (name) VALUES (?)", [path.name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(path.name)
    return applied
