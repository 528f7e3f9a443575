"""The daily run of every asset."""

from __future__ import annotations

import dagster as dg

tally_job = dg.define_asset_job(
    "tally_job",
    selection=dg.AssetSelection.all(),
    description="Crawl, extract, analyse, reconcile, publish and report.",
)

daily_tally = dg.ScheduleDefinition(
    name="daily_tally", job=tally_job, cron_schedule="0 6 * * *", execution_timezone="UTC"
)
