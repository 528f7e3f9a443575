"""Live crawl against a real HTTP server on 127.0.0.1: good pages stored, every fault recorded."""

from __future__ import annotations

import hashlib
import importlib.util
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from scrapers.config import Source, SourcesConfig, Topic
from scrapers.crawl import CrawlResult, run_crawl
from scrapers.raw_store import count_objects, read_body


def _load_server_module() -> ModuleType:
    # Tests run with --import-mode=importlib, so the helper is loaded by path.
    name = "tally_tests_crawl_server"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("crawl_server.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


cs = _load_server_module()

MAX_SIZE = 50_000
TEST_SETTINGS = {
    "DOWNLOAD_TIMEOUT": 1,
    "RETRY_TIMES": 1,
    "TALLY_RETRY_BACKOFF_BASE": 0.05,
    "DOWNLOAD_MAXSIZE": MAX_SIZE,
    "DOWNLOAD_WARNSIZE": MAX_SIZE // 2,
    "REDIRECT_MAX_TIMES": 3,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
}

ARTICLE_PATHS = {
    "one": "/articles/one",
    "two": "/articles/two",
    "flaky": "/flaky",
    "missing": "/missing",
    "slow": "/slow",
    "loop": "/loop",
    "wrong": "/wrong-charset",
    "latin": "/latin-meta",
    "big": "/big",
    "bigstream": "/big-stream",
    "binary": "/binary",
    "robots": "/private/secret",
    "robots2": "/private/second",
    "robots3": "/private/third",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config(server: object, refused_port: int, tmp: Path) -> SourcesConfig:
    sources = [
        Source(id=sid, publisher=f"Pub {sid}", kind="news", url=server.url(path))  # type: ignore[attr-defined]
        for sid, path in ARTICLE_PATHS.items()
    ]
    sources.append(
        Source(
            id="refused", publisher="Gone", kind="news", url=f"http://127.0.0.1:{refused_port}/x"
        )
    )
    sources.append(
        Source(
            id="listings",
            publisher="Listings",
            kind="news",
            feeds=(server.url("/feed.xml"),),  # type: ignore[attr-defined]
            sitemaps=(server.url("/sitemap.xml"),),  # type: ignore[attr-defined]
        )
    )
    topic = Topic(name=cs.TOPIC, aliases=("DFI",))
    return SourcesConfig(path=tmp / "sources.yaml", topic=topic, sources=tuple(sources))


@dataclass
class TwoRuns:
    server: object
    raw_dir: Path
    first: CrawlResult
    second: CrawlResult
    first_hits: dict[str, int]
    objects_after_first: int
    objects_after_second: int
    second_requests: list[tuple[str, dict[str, str]]]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoRuns]:
    tmp = tmp_path_factory.mktemp("live_crawl")
    raw_dir = tmp / "raw"
    with cs.CrawlTestServer(slow_s=3.0, big_size=MAX_SIZE * 4) as server:
        config = _config(server, _free_port(), tmp)
        first = run_crawl(
            config, raw_dir, live=True, timeout_s=120, settings_overrides=TEST_SETTINGS
        )
        first_hits = dict(server.log.hits())
        objects_after_first = count_objects(raw_dir)
        server.log.clear()
        second = run_crawl(
            config, raw_dir, live=True, timeout_s=120, settings_overrides=TEST_SETTINGS
        )
        yield TwoRuns(
            server=server,
            raw_dir=raw_dir,
            first=first,
            second=second,
            first_hits=first_hits,
            objects_after_first=objects_after_first,
            objects_after_second=count_objects(raw_dir),
            second_requests=list(server.log.requests),
        )


def _pages_by_source(result: CrawlResult) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for page in result.pages:
        grouped.setdefault(page.source_id, []).append(page)
    return grouped


def test_good_pages_are_stored_with_their_sha(runs: TwoRuns) -> None:
    pages = {p.url: p for p in runs.first.pages}
    base = runs.server.base  # type: ignore[attr-defined]
    expected = {
        f"{base}/articles/one": cs.PAGES["/articles/one"],
        f"{base}/articles/two": cs.PAGES["/articles/two"],
        f"{base}/flaky": cs.FLAKY_BODY,
        f"{base}/wrong-charset": cs.WRONG_CHARSET_BODY,
        f"{base}/latin-meta": cs.LATIN_META_BODY,
        f"{base}/articles/three": cs.PAGES["/articles/three"],
    }
    assert set(pages) == set(expected)
    for url, body in expected.items():
        page = pages[url]
        assert page.status == 200
        assert page.sha256 == hashlib.sha256(body).hexdigest()
        assert page.size == len(body)
        assert read_body(runs.raw_dir, page.sha256) == body
        assert (runs.raw_dir / page.body_path).read_bytes() == body
        assert page.unchanged is False
    # Every body is kept before parsing, the undecodable one too.
    assert runs.objects_after_first == len(expected) + 1
    assert read_body(runs.raw_dir, hashlib.sha256(cs.BINARY_BODY).hexdigest()) == cs.BINARY_BODY
    assert pages[f"{base}/articles/one"].headers["etag"].startswith('"')


def test_every_fault_is_recorded_with_its_reason(runs: TwoRuns) -> None:
    reasons = {f.source_id: f.reason for f in runs.first.failures if f.source_id != "listings"}
    assert reasons == {
        "missing": "http_404",
        "slow": "timeout",
        "loop": "redirect_loop",
        "big": "too_large",
        "bigstream": "too_large",
        "binary": "undecodable",
        "robots": "robots",
        "robots2": "robots",
        "robots3": "robots",
        "refused": "connection",
    }
    missing = next(f for f in runs.first.failures if f.source_id == "missing")
    assert missing.status == 404


def test_retry_robots_and_offsite_behaviour(runs: TwoRuns) -> None:
    hits = runs.first_hits
    assert hits["/flaky"] == 2  # 500 once, retried, then 200
    assert hits["/slow"] == 2  # timed out, retried once, gave up
    # robots.txt was obeyed by every request queued while it downloaded (Scrapy 2.19 alone
    # let all but one of them through).
    assert not [path for path in hits if path.startswith("/private/")]
    assert hits["/robots.txt"] == 1
    assert hits.get("/articles/other", 0) == 0  # feed entry off topic: not followed
    assert hits["/articles/three"] == 1  # in both feed and sitemap: fetched once


def test_wrong_charset_is_stored_and_decoded_by_sniffing(runs: TwoRuns) -> None:
    pages = {p.source_id: p for p in runs.first.pages}
    assert pages["wrong"].encoding == "cp1252"
    assert pages["latin"].encoding == "utf-8"
    text = read_body(runs.raw_dir, pages["wrong"].sha256).decode(pages["wrong"].encoding)
    assert "\u201cQuoted\u201d caf\u00e9" in text


def test_discovery_follows_on_topic_same_domain_links(runs: TwoRuns) -> None:
    listings = _pages_by_source(runs.first)["listings"]
    assert [p.url.rsplit("/", 1)[-1] for p in listings] == ["three"]
    # The sitemap's slug URL names the topic, so it was tried (and is a 404 on this server).
    listing_failures = [f for f in runs.first.failures if f.source_id == "listings"]
    assert [(f.url.rsplit("/", 1)[-1], f.reason) for f in listing_failures] == [
        ("declaration-for-the-future-of-the-internet", "http_404")
    ]


def test_second_run_stores_nothing_new_and_sends_conditional_requests(runs: TwoRuns) -> None:
    assert runs.objects_after_second == runs.objects_after_first
    second = {p.url: p for p in runs.second.pages}
    first = {p.url: p for p in runs.first.pages}
    assert set(second) == set(first)
    for url, page in second.items():
        assert page.unchanged is True, url
        assert page.sha256 == first[url].sha256
        assert (runs.raw_dir / page.body_path).is_file()
    conditional = [h for path, h in runs.second_requests if path == "/articles/one"]
    assert (
        conditional
        and conditional[0]["if-none-match"]
        == first[
            runs.server.url("/articles/one")  # type: ignore[attr-defined]
        ].headers["etag"]
    )
    by_path = {p.url.replace(runs.server.base, ""): p for p in runs.second.pages}  # type: ignore[attr-defined]
    assert by_path["/articles/one"].status == 304
    assert by_path["/latin-meta"].status == 200  # no validators offered: same sha instead


def test_crawl_log_records_each_page(runs: TwoRuns) -> None:
    log = runs.first.log_path.read_text(encoding="utf-8")
    for page in runs.first.pages:
        assert f"fetched {page.url} [{page.source_id}]" in log
    fetch_log = (runs.raw_dir / "fetches.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(fetch_log) == len(runs.first.pages) + len(runs.second.pages)
