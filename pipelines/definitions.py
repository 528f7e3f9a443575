"""Dagster entry point: loads every asset, check and schedule under `pipelines/defs/`."""

from __future__ import annotations

import os

import dagster as dg

from pipelines import defs as defs_package
from pipelines.defs.resources import default_resources
from pipelines.defs.schedules import daily_tally, tally_job


def build_definitions(
    home: str | os.PathLike[str] | None = None,
    sources: str | os.PathLike[str] | None = None,
    live: bool = False,
) -> dg.Definitions:
    """All of Tally's definitions, with resources for the given home and sources file."""
    return dg.Definitions(
        assets=dg.load_assets_from_package_module(defs_package),
        asset_checks=dg.load_asset_checks_from_package_module(defs_package),
        jobs=[tally_job],
        schedules=[daily_tally],
        resources=default_resources(home, sources, live),
    )


defs = build_definitions()
