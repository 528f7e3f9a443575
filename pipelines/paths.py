"""Where Tally keeps its files: everything under TALLY_HOME (default ./var)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = PROJECT_ROOT / "scrapers" / "sources" / "dfi.yaml"


@dataclass(frozen=True)
class TallyPaths:
    home: Path

    @classmethod
    def from_env(cls, home: str | os.PathLike[str] | None = None) -> TallyPaths:
        """TALLY_HOME (or `home`), made absolute."""
        chosen = home or os.environ.get("TALLY_HOME") or "var"
        return cls(Path(chosen).expanduser().resolve())

    @property
    def work_db(self) -> Path:
        """The database runs write; never opened by analysts."""
        return self.home / "work.duckdb"

    @property
    def published_db(self) -> Path:
        """The analysts' copy, replaced atomically at the end of each run."""
        return self.home / "warehouse.duckdb"

    @property
    def raw_dir(self) -> Path:
        return self.home / "raw"

    @property
    def report_dir(self) -> Path:
        return self.home / "report"

    @property
    def dagster_home(self) -> Path:
        return self.home / "dagster"

    @property
    def bench_dir(self) -> Path:
        return self.home / "bench"
