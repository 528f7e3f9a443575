"""Extraction asset: articles, one per story, with syndicated copies grouped."""

import dagster as dg

from pipelines.defs.resources import TallySettings, WarehouseResource
from pipelines.steps.extract import extract_step


@dg.asset(group_name="extract", kinds={"duckdb"}, deps=["raw_pages"])
def articles(
    context: dg.AssetExecutionContext, settings: TallySettings, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Main text, title, publisher, date and language of every story on every fetched page."""
    with warehouse.get_connection() as con:
        summary = extract_step(con, settings.load_config(), settings.paths)
    context.log.info(
        f"{summary.articles} articles from {summary.pages} pages "
        f"({summary.reextracted} pages extracted anew, {summary.stories} distinct stories)"
    )
    return dg.MaterializeResult(
        metadata={
            "articles": summary.articles,
            "pages": summary.pages,
            "pages_extracted_anew": summary.reextracted,
            "distinct_stories": summary.stories,
        }
    )


@dg.asset_check(asset=articles, description="No article is empty and every article has a source.")
def articles_have_text(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as con:
        empty, total = con.execute(
            "SELECT count(*) FILTER (WHERE length(trim(text)) = 0), count(*) FROM core.articles"
        ).fetchone()
    return dg.AssetCheckResult(
        passed=empty == 0 and total > 0, metadata={"empty": empty, "total": total}
    )
