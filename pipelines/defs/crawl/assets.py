"""Crawl assets: the raw pages and the crawl errors of the latest crawl."""

import dagster as dg

from pipelines.defs.resources import TallySettings, WarehouseResource
from pipelines.steps.crawl import crawl_step


@dg.asset(group_name="crawl", kinds={"scrapy", "duckdb"})
def raw_pages(
    context: dg.AssetExecutionContext, settings: TallySettings, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Every configured source fetched by the Scrapy spider (in its own process), bodies stored
    once by SHA-256, failures recorded with their reason in raw.crawl_errors."""
    config = settings.load_config()
    with warehouse.get_connection() as con:
        summary = crawl_step(con, config, settings.paths, context.run.run_id, live=settings.live)
    context.log.info(
        f"crawled {summary.pages} pages ({summary.new_pages} new, {summary.unchanged} unchanged), "
        f"{sum(summary.failures.values())} failures {summary.failures or ''}"
    )
    return dg.MaterializeResult(
        metadata={
            "pages": summary.pages,
            "new_pages": summary.new_pages,
            "unchanged": summary.unchanged,
            "failures": dg.MetadataValue.json(summary.failures),
            "crawl_log": dg.MetadataValue.path(summary.log_path),
        }
    )


@dg.asset_check(
    asset=raw_pages, description="Every configured source yielded a page or a recorded failure."
)
def every_source_accounted_for(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as con:
        missing = [
            r[0]
            for r in con.execute(
                "SELECT s.source_id FROM core.sources s WHERE NOT EXISTS ("
                " SELECT 1 FROM raw.fetches f WHERE f.source_id = s.source_id AND f.run_id = ("
                "  SELECT run_id FROM core.runs ORDER BY started_at DESC LIMIT 1))"
                " AND NOT EXISTS (SELECT 1 FROM raw.crawl_errors e WHERE e.source_id = s.source_id)"
            ).fetchall()
        ]
    return dg.AssetCheckResult(
        passed=not missing, metadata={"sources_without_outcome": dg.MetadataValue.json(missing)}
    )
