"""Reconciliation asset: roster versions, counting conventions and a verdict for every claim."""

from collections import Counter

import dagster as dg

from pipelines.defs.resources import TallySettings, WarehouseResource
from pipelines.reconcile.models import Reconciliation
from pipelines.steps.reconcile import reconcile_step


@dg.asset(group_name="reconcile", kinds={"duckdb"}, deps=["claims"])
def reconciliation(
    context: dg.AssetExecutionContext, settings: TallySettings, warehouse: WarehouseResource
) -> dg.Output[Reconciliation]:
    """Rosters from official enumerations, conventions, verdicts (core.roster_*, core.verdicts)."""
    with warehouse.get_connection() as con:
        rec = reconcile_step(con, settings.load_config())
    verdicts = Counter(v.verdict for v in rec.verdicts.values())
    context.log.info(f"{len(rec.claims)} claims reconciled: {dict(verdicts)}")
    latest = rec.rosters[-1] if rec.rosters else None
    return dg.Output(
        rec,
        metadata={
            "claims": len(rec.claims),
            "verdicts": dg.MetadataValue.json(dict(verdicts)),
            "roster_versions": len(rec.rosters),
            "roster_size": len(latest.entries) if latest else 0,
            "answer": dg.MetadataValue.md("\n\n".join(rec.answer)),
        },
    )


@dg.asset_check(
    asset=reconciliation, description="Every claim carries a verdict with an explanation."
)
def every_claim_has_a_verdict(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as con:
        missing = con.execute(
            "SELECT count(*) FROM core.claims c LEFT JOIN core.verdicts v USING (claim_id) "
            "WHERE v.claim_id IS NULL OR length(v.explanation) = 0"
        ).fetchone()[0]
    return dg.AssetCheckResult(passed=missing == 0, metadata={"claims_without_verdict": missing})


@dg.asset_check(
    asset=reconciliation, description="An official source gave a roster to reconcile against."
)
def roster_found(warehouse: WarehouseResource) -> dg.AssetCheckResult:
    with warehouse.get_connection() as con:
        versions, entries = con.execute(
            "SELECT count(DISTINCT roster_version), count(*) FROM core.roster_entries"
        ).fetchone()
    return dg.AssetCheckResult(
        passed=versions > 0,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"roster_versions": versions, "roster_entries": entries},
    )
