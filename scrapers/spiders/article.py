"""The one generic spider: fetches each source's pages into the raw store and reports failures.

Offline it reads each source's snapshot as a ``file://`` URL; live it fetches the source's URL and
the on-topic, same-domain links of its feeds and sitemaps. It only fetches and stores bodies;
extraction happens downstream.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as tx_error
from twisted.python.failure import Failure

from scrapers import raw_store
from scrapers.config import Source, SourcesConfig
from scrapers.discovery import parse_feed, parse_sitemap, select_entries, source_domain
from scrapers.items import CrawlFailure, FetchedPage
from scrapers.middlewares import SOURCE_DOMAIN_META, OffsiteError

SOURCE_META = "tally_source_id"
URL_META = "tally_url"  # the URL as requested, before redirects
DEPTH_META = "tally_sitemap_depth"
MAX_SITEMAP_DEPTH = 3

# Share of control characters above which "text" is really binary.
_MAX_CONTROL_RATIO = 0.01
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""")
_TEXT_TYPES = ("text/", "application/xhtml", "application/xml", "application/json")


def utc_now() -> str:
    """Current time, ISO 8601 UTC with a ``Z``."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def _strict_decode(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    # C0 controls other than whitespace, and C1 controls (a sign of a mis-chosen single-byte
    # charset), do not occur in real text.
    controls = sum(
        1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f") or 0x80 <= ord(ch) < 0xA0
    )
    return controls > max(1, len(text) * _MAX_CONTROL_RATIO)


def detect_encoding(body: bytes, declared: str | None = None) -> str | None:
    """The charset that decodes ``body`` as text, or ``None`` when no candidate does.

    Order: byte-order mark; UTF-8 when the body is valid non-ASCII UTF-8 (a strong signal that
    beats a wrong single-byte declaration); the declared charset; an in-document ``<meta>`` or
    XML declaration; then cp1252, the usual culprit behind a wrong ``utf-8`` label.
    """
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            text = _strict_decode(body, name)
            return name if text is not None and not _looks_binary(text) else None
    head = body[:4096]
    in_doc = _META_CHARSET_RE.search(head) or _XML_DECL_RE.search(head)
    candidates: list[str] = []
    if not body.isascii():
        candidates.append("utf-8")
    for label in (declared, in_doc.group(1).decode("ascii", "replace") if in_doc else None):
        name = _codec_name(label)
        # A UTF-16/32 label without a BOM on an ASCII-compatible page is a mislabel.
        if name and not name.startswith(("utf-16", "utf-32")):
            # Browsers read latin-1/ASCII labels as windows-1252 (WHATWG Encoding Standard).
            if name in ("iso8859-1", "ascii"):
                candidates.append("cp1252")
            candidates.append(name)
    candidates += ["utf-8", "cp1252"]
    for name in dict.fromkeys(candidates):
        text = _strict_decode(body, name)
        if text is not None:
            return None if _looks_binary(text) else name
    return None


def failure_reason(failure: Failure) -> tuple[str, str, int | None]:
    """Classify a download failure as ``(reason, detail, status)`` (reasons as in ``CrawlFailure``)."""
    exc = failure.value
    detail = f"{type(exc).__name__}: {exc}".strip()
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"http_{status}", f"HTTP {status}", status
    if isinstance(exc, OffsiteError):
        return "other", str(exc), None
    if isinstance(exc, IgnoreRequest):
        message = str(exc).lower()
        if "robots.txt" in message:
            return "robots", str(exc), None
        if "max redirections" in message:
            return "redirect_loop", str(exc), None
        return "other", detail, None
    if isinstance(exc, DownloadTimeoutError | tx_error.TimeoutError | TimeoutError):
        return "timeout", detail, None
    if isinstance(exc, CannotResolveHostError | tx_error.DNSLookupError):
        return "dns", detail, None
    if isinstance(exc, DownloadCancelledError):
        # The HTTP handler cancels a download only when it passes DOWNLOAD_MAXSIZE.
        return "too_large", detail, None
    connection_errors = (
        DownloadConnectionRefusedError,
        DownloadFailedError,
        ResponseDataLossError,
        tx_error.ConnectError,
        tx_error.ConnectionLost,
        tx_error.ConnectionDone,
        ConnectionError,
    )
    if isinstance(exc, connection_errors):
        return "connection", detail, None
    return "other", detail, None


def _headers_dict(response: Response) -> dict[str, str]:
    return {
        key.decode("latin-1").lower(): ", ".join(v.decode("latin-1") for v in values)
        for key, values in response.headers.items()
    }


class ArticleSpider(scrapy.Spider):
    """Fetch every configured source; one spider for all sources and declarations."""

    name = "article"

    def __init__(
        self,
        config: SourcesConfig,
        raw_dir: str | Path,
        live: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.config = config
        self.raw_dir = Path(raw_dir)
        self.live = bool(live)
        self.validators = raw_store.load_validators(self.raw_dir)
        self._requested: set[str] = set()

    # ----------------------------------------------------------------- requests

    async def start(self) -> AsyncIterator[Any]:
        """First requests: snapshots offline; URLs, feeds and sitemaps live."""
        for source in self.config.sources:
            for request in self._source_requests(source):
                yield request

    def _source_requests(self, source: Source) -> Iterator[Request | CrawlFailure]:
        if not self.live:
            if source.snapshot is None:
                # Failures are data: the run summary and crawl_errors say why nothing came.
                yield self._failure(
                    source.id,
                    source.url or f"(source {source.id} has no url)",
                    "no_snapshot",
                    "offline run and the source has no snapshot; run with --live to fetch its url",
                )
                return
            url = Path(source.snapshot).resolve().as_uri()
            request = self._article_request(source.id, url, None)
            if request is not None:
                yield request
            return
        if not (source.url or source.feeds or source.sitemaps):
            yield self._failure(
                source.id,
                f"(source {source.id} has no url)",
                "no_url",
                "live run and the source has no url, feed or sitemap; only its snapshot is known",
            )
            return
        domain = source_domain(source)
        if source.url:
            request = self._article_request(source.id, source.url, domain)
            if request is not None:
                yield request
        for feed in source.feeds:
            yield self._listing_request(source.id, feed, domain, self.parse_feed)
        for sitemap in source.sitemaps:
            yield self._listing_request(source.id, sitemap, domain, self.parse_sitemap)

    def _base_meta(self, source_id: str, url: str, domain: str | None) -> dict[str, Any]:
        return {SOURCE_META: source_id, URL_META: url, SOURCE_DOMAIN_META: domain}

    def _article_request(self, source_id: str, url: str, domain: str | None) -> Request | None:
        if url in self._requested:  # one fetch per URL even when several sources list it
            return None
        self._requested.add(url)
        headers: dict[str, str] = {}
        validator = self.validators.get(url)
        if (
            validator is not None
            and url.startswith(("http://", "https://"))
            and raw_store.has_body(self.raw_dir, validator.sha256)
        ):
            if validator.etag:
                headers["If-None-Match"] = validator.etag
            if validator.last_modified:
                headers["If-Modified-Since"] = validator.last_modified
        meta = self._base_meta(source_id, url, domain)
        meta["handle_httpstatus_list"] = [304]
        if url.startswith("file:"):
            meta["dont_retry"] = True  # a missing local file stays missing
        # dont_filter: our own set deduplicates; Scrapy's dupefilter would silently swallow a
        # redirect loop instead of letting it fail as one.
        return Request(
            url,
            callback=self.parse_article,
            errback=self.on_error,
            headers=headers,
            meta=meta,
            dont_filter=True,
        )

    def _listing_request(
        self, source_id: str, url: str, domain: str | None, callback: Any, depth: int = 0
    ) -> Request:
        meta = self._base_meta(source_id, url, domain)
        meta[DEPTH_META] = depth
        return Request(url, callback=callback, errback=self.on_error, meta=meta, dont_filter=True)

    # ------------------------------------------------------------------ parsing

    def parse_article(self, response: Response) -> Iterator[FetchedPage | CrawlFailure]:
        """Store an article page's body (or confirm it is unchanged) and describe the fetch."""
        source_id = response.meta[SOURCE_META]
        url = response.meta[URL_META]
        if response.status == 304:
            yield self._unchanged_page(response, source_id, url)
            return
        body = response.body
        max_size = self.settings.getint("DOWNLOAD_MAXSIZE")
        if max_size and len(body) > max_size:  # file:// bypasses the HTTP handler's cap
            yield self._failure(source_id, url, "too_large", f"{len(body)} bytes > {max_size}")
            return
        headers = _headers_dict(response)
        # Stored before any parsing: even a body we cannot decode is kept for later inspection.
        sha256, rel_path, is_new = raw_store.store_body(self.raw_dir, body)
        encoding: str | None = None
        if self._is_text(response, headers):
            encoding = detect_encoding(body, self._declared_charset(headers))
            if encoding is None:
                yield self._failure(
                    source_id,
                    url,
                    "undecodable",
                    f"no declared or sniffed charset decodes it (body kept as {rel_path})",
                    status=response.status,
                )
                return
        previous = self.validators.get(url)
        unchanged = previous is not None and previous.sha256 == sha256
        page = FetchedPage(
            source_id=source_id,
            url=url,
            final_url=response.url,
            status=response.status,
            headers=headers,
            fetched_at=utc_now(),
            sha256=sha256,
            size=len(body),
            body_path=rel_path,
            encoding=encoding,
            unchanged=unchanged,
        )
        self.validators[url] = raw_store.Validator(
            sha256=sha256,
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            encoding=encoding,
            size=len(body),
        )
        self._record(page, new_body=is_new)
        yield page

    def _unchanged_page(
        self, response: Response, source_id: str, url: str
    ) -> FetchedPage | CrawlFailure:
        validator = self.validators.get(url)
        if validator is None or not raw_store.has_body(self.raw_dir, validator.sha256):
            return self._failure(source_id, url, "other", "304 without a stored copy", status=304)
        headers = _headers_dict(response)
        page = FetchedPage(
            source_id=source_id,
            url=url,
            final_url=response.url,
            status=304,
            headers=headers,
            fetched_at=utc_now(),
            sha256=validator.sha256,
            size=validator.size,
            body_path=raw_store.object_rel_path(validator.sha256),
            encoding=validator.encoding,
            unchanged=True,
        )
        # A 304 may refresh the validators (RFC 9111 §4.3.4).
        validator.etag = headers.get("etag", validator.etag)
        validator.last_modified = headers.get("last-modified", validator.last_modified)
        self._record(page, new_body=False)
        return page

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """Follow the feed's entries that are on the source's domain and mention the topic."""
        entries = parse_feed(response.body, response.url)
        yield from self._follow_entries(response, entries, "feed")

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        """Follow on-topic pages of a sitemap, and its child sitemaps on the same domain."""
        pages, children = parse_sitemap(response.body, response.url)
        source_id = response.meta[SOURCE_META]
        domain = response.meta[SOURCE_DOMAIN_META]
        depth = int(response.meta.get(DEPTH_META, 0))
        if depth < MAX_SITEMAP_DEPTH:
            for child in children:
                if child not in self._requested:
                    self._requested.add(child)
                    yield self._listing_request(
                        source_id, child, domain, self.parse_sitemap, depth + 1
                    )
        yield from self._follow_entries(response, pages, "sitemap")

    def _follow_entries(
        self, response: Response, entries: list[Any], kind: str
    ) -> Iterator[Request]:
        source_id = response.meta[SOURCE_META]
        domain = response.meta[SOURCE_DOMAIN_META]
        selected = select_entries(entries, self.config.topic, domain)
        self.logger.info(
            "%s %s: %d entries, %d on topic and domain",
            kind,
            response.url,
            len(entries),
            len(selected),
        )
        for entry in selected:
            request = self._article_request(source_id, entry.url, domain)
            if request is not None:
                yield request

    # --------------------------------------------------------------- failures

    def on_error(self, failure: Failure) -> CrawlFailure:
        """Errback: every failed request becomes a ``CrawlFailure`` item, never a crash."""
        request = failure.request  # type: ignore[attr-defined]
        reason, detail, status = failure_reason(failure)
        return self._failure(
            request.meta.get(SOURCE_META, ""),
            request.meta.get(URL_META, request.url),
            reason,
            detail,
            status=status,
        )

    def _failure(
        self, source_id: str, url: str, reason: str, detail: str, status: int | None = None
    ) -> CrawlFailure:
        self.logger.warning("failed %s [%s]: %s (%s)", url, source_id, reason, detail)
        return CrawlFailure(
            source_id=source_id,
            url=url,
            reason=reason,
            detail=detail,
            failed_at=utc_now(),
            status=status,
        )

    # ---------------------------------------------------------------- helpers

    @staticmethod
    def _declared_charset(headers: dict[str, str]) -> str | None:
        content_type = headers.get("content-type", "")
        match = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.IGNORECASE)
        return match.group(1) if match else None

    @staticmethod
    def _is_text(response: Response, headers: dict[str, str]) -> bool:
        content_type = headers.get("content-type", "").lower()
        if content_type:
            return content_type.startswith(_TEXT_TYPES) or "+xml" in content_type
        # file:// responses carry no headers; Scrapy picked the class from the file name.
        return isinstance(response, scrapy.http.TextResponse)

    def _record(self, page: FetchedPage, *, new_body: bool) -> None:
        raw_store.record_fetch(
            self.raw_dir,
            {
                "source_id": page.source_id,
                "url": page.url,
                "final_url": page.final_url,
                "status": page.status,
                "headers": page.headers,
                "fetched_at": page.fetched_at,
                "sha256": page.sha256,
                "unchanged": page.unchanged,
            },
        )
        # Saved after every page so a crash later in the run keeps what was learnt.
        raw_store.save_validators(self.raw_dir, self.validators)
        self.logger.info(
            "fetched %s [%s] status=%d bytes=%d sha=%s %s",
            page.url,
            page.source_id,
            page.status,
            page.size,
            page.sha256[:12],
            "new" if new_body else ("unchanged" if page.unchanged else "known body"),
        )
