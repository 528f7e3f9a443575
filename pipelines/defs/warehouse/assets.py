"""Publishing asset: the analysts' warehouse, replaced atomically."""

import dagster as dg

from pipelines.defs.resources import TallySettings, WarehouseResource
from warehouse.connect import open_db
from warehouse.publish import publish

ANALYST_VIEWS = ("sources", "articles", "entity_mentions", "claims", "roster")


@dg.asset(group_name="warehouse", kinds={"duckdb"}, deps=["reconciliation"])
def published_warehouse(
    settings: TallySettings, warehouse: WarehouseResource
) -> dg.MaterializeResult:
    """The published copy analysts query (TALLY_HOME/warehouse.duckdb) with the analyst views."""
    with warehouse.get_connection():
        pass  # migrations are applied on connect; publish copies a fully migrated file
    published = publish(settings.paths.work_db, settings.paths.published_db)
    with open_db(published, read_only=True) as con:
        counts = {
            view: con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]  # noqa: S608 - fixed names
            for view in ANALYST_VIEWS
        }
    return dg.MaterializeResult(
        metadata={
            "path": dg.MetadataValue.path(str(published)),
            **{f"rows_{k}": v for k, v in counts.items()},
        }
    )
