"""Reconcile step: claims and official enumerations -> roster versions, conventions, verdicts."""

from __future__ import annotations

import json

import duckdb

from pipelines.reconcile.engine import reconcile
from pipelines.reconcile.models import ArticleRef, ClaimRecord, EnumerationRecord, Reconciliation
from scrapers.config import SourcesConfig
from warehouse.load import replace_tables


def _iso(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value else None)


def load_article_refs(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[ArticleRef, str]]:
    """Each current article's reference and its text, by article id."""
    rows = con.execute(
        "SELECT a.article_id, a.source_id, s.kind, a.publisher, a.url, a.title, a.published_at, "
        "a.story_id, a.page_sha, a.text FROM core.articles a JOIN core.sources s USING (source_id)"
    ).fetchall()
    return {
        r[0]: (
            ArticleRef(
                article_id=r[0],
                source_id=r[1],
                source_kind=r[2],
                publisher=r[3],
                url=r[4],
                title=r[5],
                published_at=_iso(r[6]),
                story_id=r[7],
                page_id=r[8],
            ),
            r[9],
        )
        for r in rows
    }


def reconcile_step(con: duckdb.DuckDBPyConnection, config: SourcesConfig) -> Reconciliation:
    """Reconcile every claim against the rosters the official sources give; store the result."""
    refs = load_article_refs(con)
    claims = [
        ClaimRecord(
            claim_id=r[0],
            article=refs[r[1]][0],
            sentence=r[2],
            text=r[3],
            value=r[4],
            qualifier=r[5],
            noun=r[6],
            scope=r[7],
            kind=r[8],
            start=r[9],
            end=r[10],
            parts=json.loads(r[11]) if r[11] else [],
        )
        for r in con.execute(
            "SELECT claim_id, article_id, sentence, text, value, qualifier, noun, scope, kind, "
            "start_char, end_char, parts FROM core.claims ORDER BY article_id, start_char"
        ).fetchall()
    ]
    enumerations = [
        EnumerationRecord(
            article=refs[r[0]][0],
            codes=list(r[1]),
            start=r[2],
            end=r[3],
            sentence=refs[r[0]][1][r[2] : r[3]],
        )
        for r in con.execute(
            "SELECT article_id, codes, start_char, end_char FROM core.enumerations "
            "ORDER BY article_id, start_char"
        ).fetchall()
    ]
    rec = reconcile(config.topic.name, config.topic.principal, claims, enumerations)
    replace_tables(con, rows_for(rec))
    return rec


def rows_for(rec: Reconciliation) -> dict[str, list[dict]]:
    """The core tables that hold a reconciliation."""
    return {
        "core.roster_versions": [
            {
                "roster_version": v.version,
                "as_of": v.as_of,
                "source_id": v.source_id,
                "article_id": v.article_id,
                "size": len(v.entries),
                "added": v.added,
                "removed": v.removed,
                "disagrees_with": v.disagrees_with,
            }
            for v in rec.rosters
        ],
        "core.roster_entries": [
            {"roster_version": v.version, "entity_code": e.code, "name": e.name, "kind": e.kind}
            for v in rec.rosters
            for e in v.entries
        ],
        "core.conventions": [
            {
                "convention": c.key,
                "roster_version": c.roster_version,
                "label": c.label,
                "total": c.total,
                "description": c.description,
            }
            for c in rec.conventions
        ],
        "core.verdicts": [
            {
                "claim_id": v.claim_id,
                "verdict": v.verdict,
                "convention": v.convention,
                "mechanism": v.mechanism,
                "roster_version": v.roster_version,
                "expected": v.expected,
                "delta": v.delta,
                "explanation": v.explanation,
                "evidence_claim_ids": v.evidence_claim_ids,
                "syndicated_copies": v.syndicated_copies,
            }
            for v in rec.verdicts.values()
        ],
        "core.answer": [{"position": i, "paragraph": p} for i, p in enumerate(rec.answer)],
    }


def mention_rows(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Entity mentions with their source, for the report's coverage matrix."""
    rows = con.execute(
        "SELECT m.article_id, a.source_id, a.publisher, m.code, m.kind, m.role, m.text "
        "FROM core.entity_mentions m JOIN core.articles a USING (article_id) "
        "ORDER BY a.source_id, m.start_char"
    ).fetchall()
    keys = ("article_id", "source_id", "publisher", "code", "kind", "role", "text")
    return [dict(zip(keys, r, strict=True)) for r in rows]
