"""Idempotent loads into the working database. Every value is a bound parameter.

Table and column names come only from `TABLE_COLUMNS` below (never from data), so the statements
built here cannot be steered by scraped content.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import duckdb

# The tables a run rebuilds, with the columns loads write, in order.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "core.sources": ("source_id", "publisher", "kind", "url", "snapshot", "published"),
    "core.articles": (
        "article_id",
        "source_id",
        "page_sha",
        "story_index",
        "story_id",
        "url",
        "publisher",
        "title",
        "author",
        "published_at",
        "language",
        "text",
    ),
    "core.entity_mentions": (
        "article_id",
        "code",
        "kind",
        "text",
        "start_char",
        "end_char",
        "role",
        "sentence_start",
        "sentence_end",
    ),
    "core.claims": (
        "claim_id",
        "article_id",
        "text",
        "start_char",
        "end_char",
        "sentence_start",
        "sentence_end",
        "sentence",
        "value",
        "qualifier",
        "noun",
        "scope",
        "kind",
        "parts",
    ),
    "core.enumerations": ("article_id", "start_char", "end_char", "codes", "cue"),
    "core.roster_versions": (
        "roster_version",
        "as_of",
        "source_id",
        "article_id",
        "size",
        "added",
        "removed",
        "disagrees_with",
    ),
    "core.roster_entries": ("roster_version", "entity_code", "name", "kind"),
    "core.conventions": ("convention", "roster_version", "label", "total", "description"),
    "core.verdicts": (
        "claim_id",
        "verdict",
        "convention",
        "mechanism",
        "roster_version",
        "expected",
        "delta",
        "explanation",
        "evidence_claim_ids",
        "syndicated_copies",
    ),
    "core.answer": ("position", "paragraph"),
    "raw.fetches": (
        "run_id",
        "source_id",
        "url",
        "final_url",
        "status",
        "headers",
        "fetched_at",
        "sha256",
        "encoding",
        "unchanged",
    ),
    "raw.crawl_errors": (
        "run_id",
        "source_id",
        "url",
        "reason",
        "detail",
        "status",
        "failed_at",
    ),
}


def _insert_sql(table: str) -> str:
    columns = TABLE_COLUMNS[table]
    marks = ", ".join("?" for _ in columns)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"  # noqa: S608 - names from TABLE_COLUMNS


def _row(table: str, record: Mapping[str, Any]) -> list[Any]:
    values = []
    for column in TABLE_COLUMNS[table]:
        value = record.get(column)
        if isinstance(value, (dict, list)) and column in ("headers", "parts"):
            value = json.dumps(value)
        values.append(value)
    return values


def replace_tables(
    con: duckdb.DuckDBPyConnection, rows_by_table: Mapping[str, Sequence[Mapping[str, Any]]]
) -> None:
    """Delete-then-insert each table's rows, all in one transaction (all or nothing)."""
    con.execute("BEGIN TRANSACTION")
    try:
        for table, rows in rows_by_table.items():
            con.execute(f"DELETE FROM {table}")  # noqa: S608 - names from TABLE_COLUMNS
            if rows:
                con.executemany(_insert_sql(table), [_row(table, r) for r in rows])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def append_rows(
    con: duckdb.DuckDBPyConnection, table: str, rows: Iterable[Mapping[str, Any]]
) -> int:
    """Append rows to an append-only table (the fetch log, crawl errors); return how many."""
    batch = [_row(table, r) for r in rows]
    if batch:
        con.executemany(_insert_sql(table), batch)
    return len(batch)


def record_page(
    con: duckdb.DuckDBPyConnection, sha256: str, size: int, body_path: str, seen_at: str
) -> None:
    """Index a stored body once; a body already indexed is left as it is."""
    con.execute(
        "INSERT INTO raw.pages (sha256, size, body_path, first_seen) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (sha256) DO NOTHING",
        [sha256, size, body_path, seen_at],
    )


def cached_extraction(
    con: duckdb.DuckDBPyConnection, page_sha: str, multi_story: bool, version: str
) -> list[dict] | None:
    """Stories extracted earlier from this body by this extractor version, or None."""
    row = con.execute(
        "SELECT stories FROM cache.extractions "
        "WHERE page_sha = ? AND multi_story = ? AND extractor_version = ?",
        [page_sha, multi_story, version],
    ).fetchone()
    return json.loads(row[0]) if row else None


def store_extraction(
    con: duckdb.DuckDBPyConnection,
    page_sha: str,
    multi_story: bool,
    version: str,
    stories: list[dict],
) -> None:
    con.execute(
        "INSERT INTO cache.extractions (page_sha, multi_story, extractor_version, stories) "
        "VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET stories = excluded.stories",
        [page_sha, multi_story, version, json.dumps(stories)],
    )


def cached_analysis(
    con: duckdb.DuckDBPyConnection, text_sha: str, principal: str, version: str
) -> dict | None:
    """An NLP analysis made earlier of this text, or None."""
    row = con.execute(
        "SELECT analysis FROM cache.analyses WHERE text_sha = ? AND principal = ? AND nlp_version = ?",
        [text_sha, principal, version],
    ).fetchone()
    return json.loads(row[0]) if row else None


def store_analysis(
    con: duckdb.DuckDBPyConnection, text_sha: str, principal: str, version: str, analysis: dict
) -> None:
    con.execute(
        "INSERT INTO cache.analyses (text_sha, principal, nlp_version, analysis) VALUES (?, ?, ?, ?) "
        "ON CONFLICT DO UPDATE SET analysis = excluded.analysis",
        [text_sha, principal, version, json.dumps(analysis)],
    )
