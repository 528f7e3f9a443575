"""Crawl step: run the spider in its own process and record what it fetched or failed to fetch."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime

import duckdb

from pipelines.paths import TallyPaths
from scrapers.config import SourcesConfig
from scrapers.crawl import run_crawl
from warehouse.load import append_rows, record_page, replace_tables


@dataclass
class CrawlSummary:
    pages: int
    new_pages: int
    unchanged: int
    failures: dict[str, int]  # reason -> count
    log_path: str


def record_run(
    con: duckdb.DuckDBPyConnection, run_id: str, config: SourcesConfig, live: bool
) -> None:
    """Register the run and the sources it covers (the sources table mirrors the sources file)."""
    con.execute(
        "INSERT INTO core.runs (run_id, topic, principal, sources_file, live, started_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [
            run_id,
            config.topic.name,
            config.topic.principal,
            str(config.path),
            live,
            datetime.now(UTC).replace(tzinfo=None),
        ],
    )
    replace_tables(
        con,
        {
            "core.sources": [
                {
                    "source_id": s.id,
                    "publisher": s.publisher,
                    "kind": s.kind,
                    "url": s.url,
                    "snapshot": str(s.snapshot) if s.snapshot else None,
                    "published": s.published,
                }
                for s in config.sources
            ]
        },
    )


def crawl_step(
    con: duckdb.DuckDBPyConnection,
    config: SourcesConfig,
    paths: TallyPaths,
    run_id: str,
    *,
    live: bool = False,
) -> CrawlSummary:
    """Fetch every source (snapshots offline, the web with `live`) and log the fetches."""
    record_run(con, run_id, config, live)
    known = {row[0] for row in con.execute("SELECT sha256 FROM raw.pages").fetchall()}
    result = run_crawl(config, paths.raw_dir, live=live)
    new_pages = 0
    for page in result.pages:
        if page.sha256 not in known:
            new_pages += 1
            known.add(page.sha256)
        record_page(con, page.sha256, page.size, page.body_path, page.fetched_at)
    append_rows(
        con,
        "raw.fetches",
        [
            asdict(p) | {"run_id": run_id, "unchanged": bool(getattr(p, "unchanged", False))}
            for p in result.pages
        ],
    )
    append_rows(con, "raw.crawl_errors", [asdict(f) | {"run_id": run_id} for f in result.failures])
    reasons: dict[str, int] = {}
    for failure in result.failures:
        reasons[failure.reason] = reasons.get(failure.reason, 0) + 1
    return CrawlSummary(
        pages=len(result.pages),
        new_pages=new_pages,
        unchanged=sum(1 for p in result.pages if getattr(p, "unchanged", False)),
        failures=reasons,
        log_path=str(result.log_path),
    )
