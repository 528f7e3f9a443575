"""`tally run`: materialize every asset through Dagster in-process, then print a summary."""

from __future__ import annotations

import fcntl
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from pipelines.definitions import build_definitions
from pipelines.paths import DEFAULT_SOURCES, PROJECT_ROOT, TallyPaths
from scrapers.sources_file import load_sources
from warehouse.connect import WarehouseError, open_db

INSTANCE_SETTINGS = PROJECT_ROOT / "dagster.yaml"
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "INFO"}}}}


def prepare_instance_dir(paths: TallyPaths) -> Path:
    """The persistent Dagster instance directory under TALLY_HOME, with our instance settings."""
    paths.dagster_home.mkdir(parents=True, exist_ok=True)
    target = paths.dagster_home / "dagster.yaml"
    if INSTANCE_SETTINGS.exists() and (
        not target.exists() or target.read_bytes() != INSTANCE_SETTINGS.read_bytes()
    ):
        shutil.copyfile(INSTANCE_SETTINGS, target)
    elif not target.exists():
        target.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    return paths.dagster_home


@contextmanager
def exclusive_run(paths: TallyPaths) -> Iterator[None]:
    """Refuse a second concurrent run on the same home: both would write one working database."""
    paths.home.mkdir(parents=True, exist_ok=True)
    with (paths.home / "run.lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise WarehouseError(
                f"{paths.home}: another `tally run` is using this home; wait for it to finish"
            ) from None
        lock.write(str(os.getpid()))
        lock.flush()
        yield


def _failures(result: dg.ExecuteInProcessResult) -> list[str]:
    lines = []
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data is not None:
            error = event.step_failure_data.error
            cause = error.cause if error is not None and error.cause is not None else error
            message = (cause.message if cause is not None else "unknown error").strip()
            lines.append(f"step {event.step_key} failed: {message.splitlines()[-1]}")
    return lines


def summarize(paths: TallyPaths) -> list[str]:
    """The run summary, read back from the published warehouse (what analysts will see)."""
    with open_db(paths.published_db, read_only=True) as con:
        articles = con.execute(
            "SELECT count(*), count(DISTINCT source_id) FROM articles"
        ).fetchone()
        verdicts = con.execute(
            "SELECT coalesce(verdict, 'none'), count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
        kinds = con.execute(
            "SELECT kind, count(*) FROM claims GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
        roster = con.execute(
            "SELECT roster_version, count(*) FROM roster GROUP BY 1 ORDER BY 1 DESC LIMIT 1"
        ).fetchone()
        errors = con.execute(
            "SELECT reason, count(*) FROM crawl_errors GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
    lines = [
        f"articles:      {articles[0]} from {articles[1]} sources",
        "claims:        "
        + (", ".join(f"{n} {v}" for v, n in verdicts) or "none")
        + (f"  (by kind: {', '.join(f'{n} {k}' for k, n in kinds)})" if kinds else ""),
        "roster:        "
        + (f"{roster[1]} entries (version {roster[0]})" if roster else "no official list found"),
        "crawl errors:  " + (", ".join(f"{n} {r}" for r, n in errors) or "none"),
        f"report:        {paths.report_dir / 'reconciliation.html'}",
        f"               {paths.report_dir / 'reconciliation.md'}",
        f"warehouse:     {paths.published_db}",
    ]
    return lines


def run_job(sources: Path | None = None, home: Path | None = None, live: bool = False) -> int:
    """Run the whole job; 0 on success, 1 when a step failed (with the reason on stderr)."""
    paths = TallyPaths.from_env(home)
    sources_path = Path(sources) if sources else DEFAULT_SOURCES
    config = load_sources(sources_path)  # bad sources fail here, before anything runs
    print(
        f"tally: {config.topic.name} — {len(config.sources)} sources from {config.path}"
        f" ({'live' if live else 'offline snapshots'}), home {paths.home}",
        file=sys.stderr,
    )
    with exclusive_run(paths):
        instance_dir = prepare_instance_dir(paths)
        defs = build_definitions(paths.home, config.path, live)
        job = defs.resolve_job_def("tally_job")
        with dg.DagsterInstance.from_config(str(instance_dir)) as instance:
            result = job.execute_in_process(
                instance=instance, raise_on_error=False, run_config=QUIET_LOGS
            )
    if not result.success:
        for line in _failures(result) or ["the run failed; see the Dagster logs above"]:
            print(f"tally: error: {line}", file=sys.stderr)
        return 1
    print("\n".join(summarize(paths)))
    return 0
