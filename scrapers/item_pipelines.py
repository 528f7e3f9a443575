"""Item pipelines: validate and normalise crawl items, then write them as JSON lines.

They never touch the warehouse; the crawl step (``scrapers.crawl``) loads the JSON lines file.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from scrapers import raw_store
from scrapers.items import CrawlFailure, FetchedPage

FAILURE_REASONS = frozenset(
    {
        "dns",
        "timeout",
        "robots",
        "too_large",
        "undecodable",
        "redirect_loop",
        "connection",
        "no_snapshot",
        "no_url",
        "other",
    }
)
_HTTP_REASON_RE = re.compile(r"http_[1-5]\d\d")
_URL_SCHEMES = ("http://", "https://", "file://")
MAX_DETAIL_CHARS = 500


def _item_type(item: Any) -> str:
    if isinstance(item, FetchedPage):
        return "page"
    if isinstance(item, CrawlFailure):
        return "failure"
    raise DropItem(f"unexpected item type {type(item).__name__}")


class ValidateItemPipeline:
    """Drop items that break the ``FetchedPage`` / ``CrawlFailure`` contract; tidy the rest."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ValidateItemPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> FetchedPage | CrawlFailure:
        """Return the normalised item or raise ``DropItem``."""
        if _item_type(item) == "page":
            return self._page(item)
        return self._failure(item)

    def _page(self, page: FetchedPage) -> FetchedPage:
        page.url = page.url.strip()
        page.final_url = (page.final_url or page.url).strip()
        if not page.source_id:
            raise DropItem(f"page without source_id: {page.url}")
        if not page.url.startswith(_URL_SCHEMES):
            raise DropItem(f"page with unsupported URL: {page.url!r}")
        if not 100 <= int(page.status) <= 599:
            raise DropItem(f"page with impossible status {page.status}: {page.url}")
        try:
            expected_path = raw_store.object_rel_path(page.sha256)
        except raw_store.RawStoreError as exc:
            raise DropItem(str(exc)) from exc
        if page.body_path != expected_path:
            raise DropItem(f"body_path {page.body_path!r} does not match sha {page.sha256}")
        raw_dir = getattr(self.crawler.spider, "raw_dir", None)
        if raw_dir is not None and not raw_store.has_body(Path(raw_dir), page.sha256):
            raise DropItem(f"body {page.sha256} missing from the raw store")
        if page.size < 0:
            raise DropItem(f"negative size for {page.url}")
        page.headers = {str(k).lower(): str(v) for k, v in (page.headers or {}).items()}
        page.encoding = page.encoding.lower() if page.encoding else None
        return page

    def _failure(self, failure: CrawlFailure) -> CrawlFailure:
        failure.url = failure.url.strip()
        if not failure.url:
            raise DropItem("failure without URL")
        if failure.reason not in FAILURE_REASONS and not _HTTP_REASON_RE.fullmatch(failure.reason):
            failure.detail = f"[{failure.reason}] {failure.detail}"
            failure.reason = "other"
        failure.detail = failure.detail[:MAX_DETAIL_CHARS]
        return failure


class JsonLinesWriterPipeline:
    """Append each item to ``TALLY_OUT_PATH`` as ``{"type": "page"|"failure", ...fields}``.

    Flushed per item, so a crash loses nothing that was already fetched.
    """

    def __init__(self, out_path: Path) -> None:
        self.out_path = out_path
        self._handle: IO[str] | None = None
        self.counts = {"page": 0, "failure": 0}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> JsonLinesWriterPipeline:
        out = crawler.settings.get("TALLY_OUT_PATH")
        if not out:
            raise NotConfigured("TALLY_OUT_PATH is not set")
        return cls(Path(out))

    def open_spider(self) -> None:
        """Open the output file (truncating a previous run's)."""
        self.out_path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = self.out_path.open("w", encoding="utf-8")

    def close_spider(self) -> None:
        """Close the output file."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def process_item(self, item: Any) -> Any:
        """Write the item and pass it on."""
        kind = _item_type(item)
        assert self._handle is not None, "open_spider was not called"
        record = {"type": kind, **asdict(item)}
        self._handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        self._handle.flush()
        self.counts[kind] += 1
        return item
