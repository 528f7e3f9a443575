"""Offline crawl of file:// snapshots, re-runs, and a crashing crawl process."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from scrapers.config import Source, SourcesConfig, Topic
from scrapers.crawl import CrawlError, run_crawl
from scrapers.raw_store import count_objects, read_body

PAGE_A = (
    "<html><head><meta charset='utf-8'><title>A</title></head>"
    "<body><p>C\u00f4te d\u2019Ivoire and 60 partners.</p></body></html>"
).encode()
PAGE_B = b"<html><head><title>B</title></head><body><p>Plain ASCII page.</p></body></html>"


def _config(tmp_path: Path, snapshots: dict[str, Path | None]) -> SourcesConfig:
    sources = tuple(
        Source(id=sid, publisher=sid.upper(), kind="news", url=None, snapshot=path)
        for sid, path in snapshots.items()
    )
    return SourcesConfig(path=tmp_path / "s.yaml", topic=Topic(name="Some Pact"), sources=sources)


@pytest.fixture()
def snapshots(tmp_path: Path) -> dict[str, Path | None]:
    (tmp_path / "snap").mkdir()
    a = tmp_path / "snap" / "a.html"
    b = tmp_path / "snap" / "b.html"
    a.write_bytes(PAGE_A)
    b.write_bytes(PAGE_B)
    return {"a": a, "b": b, "gone": tmp_path / "snap" / "gone.html", "nosnap": None}


def test_offline_crawl_stores_snapshots_and_is_idempotent(
    tmp_path: Path, snapshots: dict[str, Path | None]
) -> None:
    raw_dir = tmp_path / "raw"
    config = _config(tmp_path, snapshots)

    first = run_crawl(config, raw_dir)

    pages = {p.source_id: p for p in first.pages}
    assert set(pages) == {"a", "b"}
    for sid, body in (("a", PAGE_A), ("b", PAGE_B)):
        page = pages[sid]
        assert page.url == snapshots[sid].as_uri()  # type: ignore[union-attr]
        assert page.sha256 == hashlib.sha256(body).hexdigest()
        assert read_body(raw_dir, page.sha256) == body
        assert page.unchanged is False
    assert pages["a"].encoding == "utf-8"
    failures = {f.source_id: f for f in first.failures}
    assert {sid: f.reason for sid, f in failures.items()} == {
        "gone": "other",
        "nosnap": "no_snapshot",  # a source with only a live URL, in an offline run
    }
    assert "No such file" in failures["gone"].detail
    assert count_objects(raw_dir) == 2
    assert "fetched " + pages["a"].url in first.log_path.read_text(encoding="utf-8")

    second = run_crawl(config, raw_dir)

    assert count_objects(raw_dir) == 2
    assert sorted((p.source_id, p.unchanged, p.sha256) for p in second.pages) == sorted(
        (p.source_id, True, p.sha256) for p in first.pages
    )
    assert second.log_path != first.log_path

    # A changed snapshot is a new body, and only that one.
    snapshots["b"].write_bytes(PAGE_B.replace(b"Plain", b"Edited"))  # type: ignore[union-attr]
    third = run_crawl(config, raw_dir)
    changed = {p.source_id: p.unchanged for p in third.pages}
    assert changed == {"a": True, "b": False}
    assert count_objects(raw_dir) == 3


def test_output_is_json_lines_of_typed_records(
    tmp_path: Path, snapshots: dict[str, Path | None]
) -> None:
    result = run_crawl(_config(tmp_path, snapshots), tmp_path / "raw")
    out = result.log_path.with_name("crawl.jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["type"] for r in records) == ["failure", "failure", "page", "page"]
    page = next(r for r in records if r["type"] == "page")
    assert {"source_id", "url", "final_url", "status", "sha256", "body_path"} <= set(page)


def test_crashed_crawl_process_raises_crawl_error_with_stderr(
    tmp_path: Path, snapshots: dict[str, Path | None]
) -> None:
    raw_dir = tmp_path / "raw"
    config = _config(tmp_path, snapshots)
    broken = {"ITEM_PIPELINES": {"scrapers.no_such_module.Pipeline": 100}}
    with pytest.raises(CrawlError) as caught:
        run_crawl(config, raw_dir, settings_overrides=broken)
    message = str(caught.value)
    assert "exited with status" in message
    assert "no_such_module" in message
    assert caught.value.partial is not None and caught.value.partial.pages == []


def test_crawl_that_outlives_its_timeout_raises_crawl_error(
    tmp_path: Path, snapshots: dict[str, Path | None]
) -> None:
    # Interpreter and Scrapy start-up alone take longer than this.
    with pytest.raises(CrawlError, match="timed out after 0.2 s"):
        run_crawl(_config(tmp_path, snapshots), tmp_path / "raw", timeout_s=0.2)


def test_a_live_crawl_records_sources_without_a_url(
    tmp_path: Path, snapshots: dict[str, Path | None]
) -> None:
    """Failures are data: a live run says which sources it could not reach, and why."""
    result = run_crawl(_config(tmp_path, snapshots), tmp_path / "raw", live=True)
    assert result.pages == []
    assert sorted((f.source_id, f.reason) for f in result.failures) == [
        ("a", "no_url"),
        ("b", "no_url"),
        ("gone", "no_url"),
        ("nosnap", "no_url"),
    ]
