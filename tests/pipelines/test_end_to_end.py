"""`tally run` end to end on the embedded corpus: assertions on the warehouse, not on logs."""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.cli import main


def _query(home: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_run_leaves_the_warehouse_and_both_reports(dfi_home: Path) -> None:
    assert (dfi_home / "warehouse.duckdb").is_file()
    html = (dfi_home / "report" / "reconciliation.html").read_text(encoding="utf-8")
    md = (dfi_home / "report" / "reconciliation.md").read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html.lower()
    assert "Content-Security-Policy" in html
    assert md.strip()


def test_every_source_gives_articles_and_the_aggregator_is_split(dfi_home: Path) -> None:
    per_source = dict(_query(dfi_home, "SELECT source_id, count(*) FROM articles GROUP BY 1"))
    sources = [r[0] for r in _query(dfi_home, "SELECT source_id FROM sources")]
    assert set(per_source) == set(sources)
    aggregators = [
        r[0] for r in _query(dfi_home, "SELECT source_id FROM sources WHERE kind = 'aggregator'")
    ]
    assert any(per_source[a] > 1 for a in aggregators)  # the page that quotes several stories


def test_the_claims_view_holds_the_coverage_figures_each_with_a_verdict(dfi_home: Path) -> None:
    rows = _query(
        dfi_home,
        "SELECT value, qualifier, scope, kind, verdict, explanation, sentence FROM claims "
        "WHERE kind = 'signatories'",
    )
    values = {(r[0], r[1]) for r in rows}
    assert (55, "more_than") in values
    assert (55, "exact") in values
    assert (60, "exact") in values
    assert all(r[4] in {"match", "consistent", "explained", "contradicts"} for r in rows)
    assert all(r[5] and r[6] for r in rows)
    assert any(r[2] == "excluding_principal" for r in rows)


def test_the_roster_is_the_official_list_without_the_principal(dfi_home: Path) -> None:
    latest = _query(
        dfi_home,
        "SELECT entity_code, kind FROM roster WHERE roster_version = "
        "(SELECT max(roster_version) FROM roster)",
    )
    codes = {code for code, _ in latest}
    kinds = {code: kind for code, kind in latest}
    assert len(latest) == 61
    assert "USA" not in codes
    assert kinds["TWN"] == kinds["XKX"] == "partially_recognized"
    assert kinds["EUC"] == "supranational"
    assert sum(1 for k in kinds.values() if k != "supranational") == 60


def test_the_verdicts_explain_55_60_61(dfi_home: Path) -> None:
    verdict = {
        (r[0], r[1], r[2]): r[3]
        for r in _query(
            dfi_home,
            "SELECT value, qualifier, scope, verdict FROM claims WHERE kind = 'signatories'",
        )
    }
    assert verdict[(55, "more_than", "excluding_principal")] == "consistent"
    assert verdict[(55, "exact", "excluding_principal")] == "explained"
    assert all(v == "match" for (value, _, _), v in verdict.items() if value == 60)


def test_a_second_run_fetches_and_extracts_nothing_new(dfi_home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    work = dfi_home / "work.duckdb"

    def counts() -> tuple:
        con = duckdb.connect(str(work), read_only=True)
        try:
            return (
                con.execute("SELECT count(*) FROM raw.pages").fetchone()[0],
                con.execute("SELECT count(*) FROM cache.extractions").fetchone()[0],
                con.execute("SELECT count(*) FROM cache.analyses").fetchone()[0],
                con.execute("SELECT * FROM claims ORDER BY claim_id").fetchall(),
            )
        finally:
            con.close()

    before = counts()
    objects = sorted((dfi_home / "raw" / "objects").rglob("*"))
    assert main(["run", "--home", str(dfi_home)]) == 0
    assert counts() == before
    assert sorted((dfi_home / "raw" / "objects").rglob("*")) == objects
    assert "articles:" in capsys.readouterr().out


def test_query_command_reads_the_published_warehouse(dfi_home: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        main(
            [
                "query",
                "--home",
                str(dfi_home),
                "--format",
                "json",
                "SELECT count(*) AS n FROM roster",
            ]
        )
        == 0
    )
    assert '"n":' in capsys.readouterr().out
