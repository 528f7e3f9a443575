"""The warehouse layer on a real DuckDB file: migrations, idempotent loads, publishing, errors."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.db_holder import held_open_read_only
from warehouse.connect import WarehouseError, open_db
from warehouse.load import cached_analysis, replace_tables, store_analysis
from warehouse.migrate import migrate, schema_files
from warehouse.publish import publish
from warehouse.query import run_query

ANALYST_VIEWS = {
    "sources": ["source_id", "publisher", "kind", "url"],
    "articles": [
        "article_id",
        "source_id",
        "url",
        "publisher",
        "title",
        "published_at",
        "language",
        "text",
    ],
    "entity_mentions": ["article_id", "code", "kind", "text", "start", "end", "role"],
    "claims": [
        "claim_id",
        "article_id",
        "source_id",
        "url",
        "publisher",
        "published_at",
        "sentence",
        "text",
        "value",
        "qualifier",
        "noun",
        "scope",
        "kind",
        "verdict",
        "convention",
        "expected",
        "delta",
        "explanation",
    ],
    "roster": ["roster_version", "as_of", "entity_code", "name", "kind", "source_id"],
}


def _rows() -> dict[str, list[dict]]:
    return {
        "core.sources": [
            {"source_id": "s1", "publisher": "Gov", "kind": "official", "url": None},
        ],
        "core.articles": [
            {
                "article_id": "a1",
                "source_id": "s1",
                "page_sha": "x",
                "story_index": 0,
                "story_id": "st",
                "text": "Five countries signed.",
                "published_at": "2024-01-02",
            }
        ],
        "core.claims": [
            {
                "claim_id": "c1",
                "article_id": "a1",
                "text": "Five countries",
                "start_char": 0,
                "end_char": 14,
                "sentence_start": 0,
                "sentence_end": 22,
                "sentence": "Five countries signed.",
                "value": 5,
                "qualifier": "exact",
                "noun": "country",
                "scope": "unspecified",
                "kind": "signatories",
                "parts": [],
            }
        ],
        "core.verdicts": [
            {
                "claim_id": "c1",
                "verdict": "match",
                "convention": "k",
                "expected": 5,
                "delta": 0,
                "explanation": "because",
                "evidence_claim_ids": [],
                "syndicated_copies": [],
            }
        ],
    }


def test_migrations_apply_once_and_create_the_analyst_views(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with open_db(db) as con:
        assert migrate(con) == [p.name for p in schema_files()]
        assert migrate(con) == []
        for view, columns in ANALYST_VIEWS.items():
            got = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]
            assert got == columns, view


def test_loading_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with open_db(db) as con:
        migrate(con)
        replace_tables(con, _rows())
        first = con.execute("SELECT * FROM claims").fetchall()
        replace_tables(con, _rows())
        assert con.execute("SELECT * FROM claims").fetchall() == first
        assert len(first) == 1 and first[0][13:17] == ("match", "k", 5, 0)


def test_a_failed_load_leaves_the_previous_rows(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    with open_db(db) as con:
        migrate(con)
        replace_tables(con, _rows())
        broken = _rows()
        broken["core.claims"] = broken["core.claims"] * 2  # duplicate primary key
        with pytest.raises(duckdb.ConstraintException):
            replace_tables(con, broken)
        assert con.execute("SELECT count(*) FROM core.claims").fetchone() == (1,)


def test_hostile_text_is_stored_verbatim_through_bound_parameters(tmp_path: Path) -> None:
    rows = _rows()
    rows["core.articles"][0]["title"] = "x'); DROP TABLE core.claims; --"
    with open_db(tmp_path / "w.duckdb") as con:
        migrate(con)
        replace_tables(con, rows)
        assert con.execute("SELECT title FROM articles").fetchone()[0].startswith("x'); DROP")
        assert con.execute("SELECT count(*) FROM core.claims").fetchone() == (1,)


def test_analysis_cache_round_trip(tmp_path: Path) -> None:
    with open_db(tmp_path / "w.duckdb") as con:
        migrate(con)
        assert cached_analysis(con, "sha", "USA", "v1") is None
        store_analysis(con, "sha", "USA", "v1", {"claims": [1]})
        store_analysis(con, "sha", "USA", "v1", {"claims": [2]})
        assert cached_analysis(con, "sha", "USA", "v1") == {"claims": [2]}


def test_publish_replaces_the_copy_while_an_analyst_holds_it_open(tmp_path: Path) -> None:
    work, published = tmp_path / "work.duckdb", tmp_path / "warehouse.duckdb"
    with open_db(work) as con:
        migrate(con)
        replace_tables(con, _rows())
    publish(work, published)
    with held_open_read_only(published):
        with open_db(work) as con:
            con.execute("DELETE FROM core.verdicts")
        publish(work, published)  # must not wait for or fail on the analyst's lock
        columns, rows = run_query(published, "SELECT verdict FROM claims")
        assert columns == ["verdict"] and rows == [(None,)]


def test_a_locked_working_database_gives_a_clear_error(tmp_path: Path) -> None:
    work = tmp_path / "work.duckdb"
    with open_db(work) as con:
        migrate(con)
    with held_open_read_only(work):
        with pytest.raises(WarehouseError, match="locked"):
            with open_db(work):
                pass


def test_query_is_read_only(tmp_path: Path) -> None:
    work, published = tmp_path / "work.duckdb", tmp_path / "warehouse.duckdb"
    with open_db(work) as con:
        migrate(con)
    publish(work, published)
    with pytest.raises(duckdb.Error):
        run_query(published, "CREATE TABLE x (i INTEGER)")


def test_query_without_a_warehouse_says_so(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="run `tally run` first"):
        run_query(tmp_path / "missing.duckdb", "SELECT 1")
