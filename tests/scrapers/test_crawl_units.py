"""Crawler pieces on their own: charset sniffing, failure reasons, item pipelines, middlewares."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadTimeoutError,
    DropItem,
    IgnoreRequest,
)
from scrapy.http import HtmlResponse, Request
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.defer import Deferred
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from scrapers.config import Source, SourcesConfig, Topic
from scrapers.item_pipelines import JsonLinesWriterPipeline, ValidateItemPipeline
from scrapers.items import CrawlFailure, FetchedPage
from scrapers.middlewares import (
    SOURCE_DOMAIN_META,
    BackoffRetryMiddleware,
    OffsiteError,
    SharedRobotsTxtMiddleware,
    SourceDomainMiddleware,
)
from scrapers.raw_store import count_objects, load_validators, store_body
from scrapers.run_crawl import config_from_json, config_to_json
from scrapers.spiders.article import (
    SOURCE_META,
    URL_META,
    ArticleSpider,
    detect_encoding,
    failure_reason,
)

# --------------------------------------------------------------------- encodings

CP1252 = "\u201cQuoted\u201d caf\u00e9 \u2013 na\u00efve".encode("cp1252")
UTF8 = "S\u00e3o Tom\u00e9 \u2014 \u201cjoined\u201d".encode()


@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        (b"<p>plain</p>", None, "utf-8"),
        (b"<p>plain</p>", "iso-8859-1", "cp1252"),
        (CP1252, "iso-8859-1", "cp1252"),  # latin-1 label means windows-1252 in practice
        (b"caf\xe9 \x81", "iso-8859-1", "iso8859-1"),  # not cp1252, still latin-1
        (UTF8, None, "utf-8"),
        (UTF8, "iso-8859-1", "utf-8"),  # wrong single-byte label, valid UTF-8 body
        (CP1252, "utf-8", "cp1252"),  # wrong utf-8 label, cp1252 body
        (b"<meta charset='koi8-r'>" + "\u041c\u0438\u0440".encode("koi8_r"), None, "koi8-r"),
        (b"\xef\xbb\xbf<p>bom</p>", "iso-8859-1", "utf-8-sig"),
        (b"<p>x</p>", "no-such-charset", "utf-8"),
        (bytes(range(256)) * 4, "utf-8", None),  # binary noise is not text
        (b"\x81\x8d\x8f\x90\x9d" * 10, None, None),  # undefined in cp1252, invalid UTF-8
    ],
)
def test_detect_encoding(body: bytes, declared: str | None, expected: str | None) -> None:
    assert detect_encoding(body, declared) == expected


# ------------------------------------------------------------------ spider parsing


def _spider(raw_dir: Path, **settings: object) -> ArticleSpider:
    config = SourcesConfig(path=raw_dir / "s.yaml", topic=Topic(name="Pact"), sources=())
    crawler = get_crawler(ArticleSpider, settings_dict=settings)
    return ArticleSpider.from_crawler(crawler, config=config, raw_dir=raw_dir)


def _response(url: str, status: int = 200, body: bytes = b"", **headers: str) -> HtmlResponse:
    request = Request(url, meta={SOURCE_META: "src", URL_META: url})
    return HtmlResponse(url, status=status, body=body, headers=headers, request=request)


def test_parse_article_stores_body_and_remembers_validators(tmp_path: Path) -> None:
    spider = _spider(tmp_path)
    url = "http://x.test/a"
    response = _response(url, body=CP1252, ETag='"v1"', **{"Content-Type": "text/html"})
    [page] = list(spider.parse_article(response))
    assert isinstance(page, FetchedPage)
    assert (page.status, page.encoding, page.unchanged) == (200, "cp1252", False)
    assert (tmp_path / page.body_path).read_bytes() == CP1252
    assert load_validators(tmp_path)[url].etag == '"v1"'

    [again] = list(_spider(tmp_path).parse_article(_response(url, status=304)))
    assert isinstance(again, FetchedPage)
    assert (again.status, again.unchanged, again.sha256) == (304, True, page.sha256)
    assert again.encoding == "cp1252"
    assert count_objects(tmp_path) == 1


def test_parse_article_304_without_a_stored_copy_is_a_failure(tmp_path: Path) -> None:
    [failure] = list(_spider(tmp_path).parse_article(_response("http://x.test/b", status=304)))
    assert isinstance(failure, CrawlFailure)
    assert (failure.reason, failure.status) == ("other", 304)


def test_parse_article_enforces_the_size_cap_on_local_files(tmp_path: Path) -> None:
    spider = _spider(tmp_path, DOWNLOAD_MAXSIZE=10)
    [failure] = list(spider.parse_article(_response("file:///snap/a.html", body=b"x" * 11)))
    assert isinstance(failure, CrawlFailure) and failure.reason == "too_large"
    assert count_objects(tmp_path) == 0


# ---------------------------------------------------------------- failure reasons


def _failure(exc: Exception) -> Failure:
    try:
        raise exc
    except Exception:
        return Failure()


def test_failure_reasons() -> None:
    response = HtmlResponse("http://x.test/a", status=503, body=b"")
    cases = {
        "http_503": HttpError(response, "Ignoring non-200 response"),
        "robots": IgnoreRequest("Forbidden by robots.txt"),
        "redirect_loop": IgnoreRequest("max redirections reached"),
        "timeout": DownloadTimeoutError("took longer than 1 seconds"),
        "dns": CannotResolveHostError("nope.invalid"),
        "too_large": DownloadCancelledError("larger than download max size"),
        "connection": DownloadConnectionRefusedError("refused"),
        "other": ValueError("strange"),
    }
    for expected, exc in cases.items():
        assert failure_reason(_failure(exc))[0] == expected, exc
    assert failure_reason(_failure(DNSLookupError("x")))[0] == "dns"
    assert failure_reason(_failure(OffsiteError("offsite: x")))[0] == "other"
    assert failure_reason(_failure(cases["http_503"]))[2] == 503


# ----------------------------------------------------------------- item pipelines


def _validator(raw_dir: Path) -> ValidateItemPipeline:
    # The pipeline only reads crawler.spider.raw_dir.
    crawler = SimpleNamespace(spider=SimpleNamespace(raw_dir=raw_dir))
    return ValidateItemPipeline(crawler)  # type: ignore[arg-type]


def _page(raw_dir: Path, body: bytes = b"<p>x</p>") -> FetchedPage:
    sha, rel, _ = store_body(raw_dir, body)
    return FetchedPage(
        source_id="s",
        url=" http://x.test/a ",
        final_url="",
        status=200,
        headers={"Content-Type": "text/html"},
        fetched_at="2026-01-01T00:00:00Z",
        sha256=sha,
        size=len(body),
        body_path=rel,
        encoding="UTF-8",
    )


def test_validate_pipeline_normalises_pages(tmp_path: Path) -> None:
    page = _validator(tmp_path).process_item(_page(tmp_path))
    assert isinstance(page, FetchedPage)
    assert (page.url, page.final_url) == ("http://x.test/a", "http://x.test/a")
    assert page.headers == {"content-type": "text/html"}
    assert page.encoding == "utf-8"


@pytest.mark.parametrize(
    "breakage",
    [
        {"source_id": ""},
        {"url": "ftp://x.test/a"},
        {"status": 42},
        {"sha256": "0" * 64},  # body_path no longer matches, body not stored
        {"body_path": "../../etc/passwd"},
        {"sha256": "not-a-sha"},
    ],
)
def test_validate_pipeline_drops_broken_pages(tmp_path: Path, breakage: dict) -> None:
    page = _page(tmp_path)
    for key, value in breakage.items():
        setattr(page, key, value)
    with pytest.raises(DropItem):
        _validator(tmp_path).process_item(page)


def test_validate_pipeline_drops_pages_whose_body_is_missing(tmp_path: Path) -> None:
    page = _page(tmp_path / "elsewhere")
    with pytest.raises(DropItem):
        _validator(tmp_path).process_item(page)


def test_validate_pipeline_maps_unknown_failure_reasons_to_other(tmp_path: Path) -> None:
    failure = CrawlFailure("s", "http://x.test/", "weird", "d" * 2000, "2026-01-01T00:00:00Z")
    out = _validator(tmp_path).process_item(failure)
    assert isinstance(out, CrawlFailure)
    assert out.reason == "other" and out.detail.startswith("[weird]")
    assert len(out.detail) == 500
    kept = CrawlFailure("s", "http://x.test/", "http_410", "gone", "2026-01-01T00:00:00Z", 410)
    assert _validator(tmp_path).process_item(kept).reason == "http_410"
    with pytest.raises(DropItem):
        _validator(tmp_path).process_item({"not": "an item"})


def test_json_lines_writer_writes_typed_records(tmp_path: Path) -> None:
    out = tmp_path / "run" / "crawl.jsonl"
    writer = JsonLinesWriterPipeline(out)
    writer.open_spider()
    writer.process_item(_page(tmp_path))
    writer.process_item(CrawlFailure("s", "http://x.test/b", "timeout", "slow", "t"))
    writer.close_spider()
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["type"] for r in records] == ["page", "failure"]
    assert records[1]["reason"] == "timeout"
    assert writer.counts == {"page": 1, "failure": 1}


# -------------------------------------------------------------------- middlewares


def test_backoff_doubles_and_is_capped() -> None:
    crawler = get_crawler(
        settings_dict={"TALLY_RETRY_BACKOFF_BASE": 0.5, "TALLY_RETRY_BACKOFF_MAX": 3.0}
    )
    middleware = BackoffRetryMiddleware.from_crawler(crawler)
    assert [middleware.backoff_delay(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert middleware.backoff_delay(1, retry_after="2") == 2.0
    assert middleware.backoff_delay(1, retry_after="3600") == 3.0
    assert middleware.backoff_delay(1, retry_after="Wed, 21 Oct 2015") == 0.5


def test_source_domain_middleware_blocks_hops_off_the_source_domain() -> None:
    middleware = SourceDomainMiddleware()
    meta = {SOURCE_DOMAIN_META: "example.org"}
    middleware.process_request(Request("https://news.example.org/a", meta=meta))
    middleware.process_request(Request("https://anything.test/a"))  # robots.txt etc.: no meta
    with pytest.raises(OffsiteError):
        middleware.process_request(Request("https://evil.test/a", meta=meta))


def test_every_request_waiting_for_robots_txt_gets_the_parser() -> None:
    # Regression: with Scrapy's own middleware only the first waiter got the parser; the
    # others got None and were fetched without a robots.txt check.
    middleware = SharedRobotsTxtMiddleware(get_crawler(settings_dict={"ROBOTSTXT_OBEY": True}))
    pending: Deferred = Deferred()
    middleware._parsers["x.test"] = pending
    parser = object()

    async def three_waiters() -> list[object]:
        waiters = [
            asyncio.ensure_future(middleware.robot_parser(Request(f"http://x.test/{n}")))
            for n in range(3)
        ]
        await asyncio.sleep(0)
        pending.callback(parser)
        return list(await asyncio.gather(*waiters))

    assert asyncio.run(three_waiters()) == [parser, parser, parser]


# ------------------------------------------------------------ process boundary


def test_config_json_round_trip(tmp_path: Path) -> None:
    config = SourcesConfig(
        path=tmp_path / "s.yaml",
        topic=Topic(name="Pact", aliases=("P1", "P2"), principal="FRA"),
        sources=(
            Source(
                id="a",
                publisher="A",
                kind="official",
                url="https://a.test/",
                snapshot=tmp_path / "a.html",
                published="2022-04-28",
                feeds=("https://a.test/rss",),
                sitemaps=("https://a.test/sitemap.xml",),
                selectors={"text": "article"},
                line=7,
            ),
            Source(id="b", publisher="B", kind="news"),
        ),
    )
    assert config_from_json(config_to_json(config)) == config
