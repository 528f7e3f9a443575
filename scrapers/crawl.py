"""The crawl step: run the spider in its own process and load what it fetched.

The Twisted reactor cannot restart inside one process, so each crawl is a child process
(``python -m scrapers.run_crawl``); this module writes its inputs, waits for it, and reads its
JSON-lines output back into ``FetchedPage`` / ``CrawlFailure`` items.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapers.config import SourcesConfig
from scrapers.items import CrawlFailure, FetchedPage
from scrapers.run_crawl import config_to_json

RUNS_DIR = "runs"
_TAIL_CHARS = 3000
_PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class CrawlResult:
    """What one crawl fetched and failed to fetch, and where its log is."""

    pages: list[FetchedPage]
    failures: list[CrawlFailure]
    log_path: Path


class CrawlError(RuntimeError):
    """The crawl process crashed or timed out; ``partial`` holds what it wrote before that."""

    def __init__(self, message: str, partial: CrawlResult | None = None) -> None:
        super().__init__(message)
        self.partial = partial


def _build(cls: type[Any], record: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in record.items() if k in names})


def load_results(out_path: Path) -> tuple[list[FetchedPage], list[CrawlFailure]]:
    """Read the crawl's JSON lines; a torn last line (the process died mid-write) is skipped."""
    pages: list[FetchedPage] = []
    failures: list[CrawlFailure] = []
    if not out_path.exists():
        return pages, failures
    for line in out_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue
        kind = record.pop("type", None)
        if kind == "page":
            pages.append(_build(FetchedPage, record))
        elif kind == "failure":
            failures.append(_build(CrawlFailure, record))
    return pages, failures


def _tail(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[-_TAIL_CHARS:]
    except FileNotFoundError:
        return ""


def _new_run_dir(raw_dir: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    run_dir = raw_dir / RUNS_DIR / f"{stamp}-{uuid.uuid4().hex[:8]}"
    run_dir.mkdir(parents=True)
    return run_dir


def run_crawl(
    config: SourcesConfig,
    raw_dir: Path,
    *,
    live: bool = False,
    timeout_s: float = 600,
    settings_overrides: dict[str, Any] | None = None,
) -> CrawlResult:
    """Crawl ``config``'s sources into ``raw_dir`` in a child process; raise ``CrawlError`` if it dies.

    Offline (default) each source's snapshot is read as a ``file://`` URL; ``live`` fetches URLs,
    feeds and sitemaps. Bodies land in ``raw_dir/objects``; the run's inputs, JSON lines, log and
    stderr in ``raw_dir/runs/<stamp>/``.
    """
    raw_dir = Path(raw_dir).resolve()
    raw_dir.mkdir(parents=True, exist_ok=True)
    run_dir = _new_run_dir(raw_dir)
    sources_json = run_dir / "sources.json"
    sources_json.write_text(config_to_json(config), encoding="utf-8")
    out_path = run_dir / "crawl.jsonl"
    log_path = run_dir / "crawl.log"
    stderr_path = run_dir / "stderr.txt"
    command = [
        sys.executable,
        "-m",
        "scrapers.run_crawl",
        "--sources-json",
        str(sources_json),
        "--raw-dir",
        str(raw_dir),
        "--out",
        str(out_path),
        "--log-file",
        str(log_path),
    ]
    if live:
        command.append("--live")
    if settings_overrides:
        settings_json = run_dir / "settings.json"
        settings_json.write_text(json.dumps(settings_overrides), encoding="utf-8")
        command += ["--settings-json", str(settings_json)]
    env = dict(os.environ)
    # The child must import this same checkout, whatever the caller's working directory.
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(_PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    with stderr_path.open("wb") as stderr:
        try:
            completed = subprocess.run(  # noqa: S603 - fixed argv, no shell
                command,
                stdin=subprocess.DEVNULL,
                stdout=stderr,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=str(_PROJECT_ROOT),
                timeout=timeout_s,
                check=False,
            )
            returncode: int | None = completed.returncode
        except subprocess.TimeoutExpired:
            returncode = None
    pages, failures = load_results(out_path)
    result = CrawlResult(pages=pages, failures=failures, log_path=log_path)
    if returncode != 0:
        what = (
            f"timed out after {timeout_s:g} s"
            if returncode is None
            else f"exited with status {returncode}"
        )
        raise CrawlError(
            f"crawl process {what}; {len(pages)} page(s) were stored before that.\n"
            f"--- stderr (tail) ---\n{_tail(stderr_path)}\n"
            f"--- log {log_path} (tail) ---\n{_tail(log_path)}",
            partial=result,
        )
    return result
