"""Read-only SQL on the published warehouse (`tally query`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from warehouse.connect import open_db


def run_query(published_db: Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run `sql` on a read-only connection; return column names and rows."""
    with open_db(published_db, read_only=True) as con:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description] if cursor.description else []
        return columns, cursor.fetchall()
