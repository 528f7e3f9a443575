"""Resources: the run's settings and the one DuckDB warehouse resource."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import duckdb
from dagster_duckdb import DuckDBResource

from pipelines.paths import DEFAULT_SOURCES, TallyPaths
from scrapers.config import SourcesConfig
from scrapers.sources_file import load_sources
from warehouse.connect import open_db
from warehouse.migrate import migrate


class TallySettings(dg.ConfigurableResource):
    """What to crawl and where to keep it."""

    home: str = "var"
    sources: str = str(DEFAULT_SOURCES)
    live: bool = False

    @property
    def paths(self) -> TallyPaths:
        return TallyPaths.from_env(self.home)

    def load_config(self) -> SourcesConfig:
        return load_sources(self.sources)


class WarehouseResource(DuckDBResource):
    """The working DuckDB file, migrated on connect; a locked file fails at once, clearly."""

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with open_db(Path(self.database)) as con:
            migrate(con)
            yield con


def default_resources(
    home: str | os.PathLike[str] | None = None,
    sources: str | os.PathLike[str] | None = None,
    live: bool = False,
) -> dict[str, dg.ConfigurableResource]:
    """Resources for a run: TALLY_HOME / TALLY_SOURCES from the environment unless given."""
    paths = TallyPaths.from_env(home)
    chosen = sources or os.environ.get("TALLY_SOURCES") or DEFAULT_SOURCES
    return {
        "settings": TallySettings(home=str(paths.home), sources=str(chosen), live=live),
        "warehouse": WarehouseResource(database=str(paths.work_db)),
    }
