"""The whole Definitions object loads and its asset graph resolves."""

from __future__ import annotations

import dagster as dg

from pipelines.definitions import defs


def test_definitions_load_and_resolve() -> None:
    dg.Definitions.validate_loadable(defs)
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert {
        "raw_pages",
        "articles",
        "claims",
        "reconciliation",
        "published_warehouse",
        "reconciliation_report",
    } <= keys
    assert defs.resolve_job_def("tally_job") is not None
    assert [s.name for s in defs.schedules] == ["daily_tally"]


def test_every_asset_has_a_group_and_a_check_guards_each_layer() -> None:
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        assert graph.get(key).group_name != "default", key
    checked = {k.asset_key.to_user_string() for k in graph.asset_check_keys}
    assert {"raw_pages", "articles", "claims", "reconciliation"} <= checked
