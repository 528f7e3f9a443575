"""Publish the working database as the analysts' copy, atomically.

Analysts keep `warehouse.duckdb` open while scheduled runs write. DuckDB's file lock would block a
writer while any reader holds the file, so runs never write to the published file: they write to
the working database, then copy it beside the published one and rename it into place. Readers that
had the old file open keep reading the old version until they reconnect.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from warehouse.connect import open_db


def publish(work_db: Path, published_db: Path) -> Path:
    """Checkpoint `work_db` and atomically replace `published_db` with a copy of it."""
    with open_db(work_db) as con:
        con.execute("CHECKPOINT")
    published_db.parent.mkdir(parents=True, exist_ok=True)
    tmp = published_db.with_name(f".{published_db.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(work_db, tmp)
        with open_db(tmp) as con:  # prove the copy opens before it replaces anything
            con.execute("SELECT count(*) FROM meta.schema_migrations").fetchone()
        os.replace(tmp, published_db)
    finally:
        tmp.unlink(missing_ok=True)
    return published_db
