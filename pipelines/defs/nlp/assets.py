"""NLP asset: entity mentions, count claims and enumerations found by the spaCy pipeline."""

import dagster as dg

from pipelines.defs.resources import TallySettings, WarehouseResource
from pipelines.steps.analyze import analyze_step


@dg.asset(group_name="nlp", kinds={"spacy", "duckdb"}, deps=["articles"])
def claims(
    context: dg.AssetExecutionContext, settings: TallySettings, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """Count claims, entity mentions and enumerations of every article (core.claims,
    core.entity_mentions, core.enumerations); texts analysed before come from the cache."""
    principal = settings.load_config().topic.principal
    with warehouse.get_connection() as con:
        summary = analyze_step(con, principal)
    context.log.info(
        f"{summary.claims} claims, {summary.mentions} mentions, {summary.enumerations} "
        f"enumerations in {summary.articles} articles ({summary.reanalyzed} analysed anew)"
    )
    return dg.MaterializeResult(
        metadata={
            "claims": summary.claims,
            "entity_mentions": summary.mentions,
            "enumerations": summary.enumerations,
            "articles_analysed_anew": summary.reanalyzed,
        }
    )


@dg.asset_check(asset=claims, description="Claim offsets fall inside their article text.")
def claim_offsets_valid(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as con:
        bad = con.execute(
            "SELECT count(*) FROM core.claims c JOIN core.articles a USING (article_id) "
            "WHERE c.start_char < 0 OR c.end_char > length(a.text) OR c.start_char >= c.end_char "
            "OR substr(a.text, c.start_char + 1, c.end_char - c.start_char) <> c.text"
        ).fetchone()[0]
    return dg.AssetCheckResult(passed=bad == 0, metadata={"claims_with_bad_offsets": bad})
