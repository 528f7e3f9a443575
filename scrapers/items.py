"""Typed items the spider yields and the crawl step hands over (never written to the warehouse by Scrapy)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FetchedPage:
    """One fetched body, stored once under its SHA-256 in the raw store."""

    source_id: str
    url: str  # the URL requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]
    fetched_at: str  # ISO 8601 UTC
    sha256: str
    size: int
    body_path: str  # path of the stored body, relative to the raw store root
    encoding: str | None = None
    unchanged: bool = False  # same body as the last fetch of this URL (304 or same sha)


@dataclass
class CrawlFailure:
    """A page that could not be fetched; failures are data, not crashes."""

    source_id: str
    url: str
    reason: str  # dns | timeout | http_4xx | http_5xx | robots | too_large | undecodable | redirect_loop | connection | other
    detail: str
    failed_at: str  # ISO 8601 UTC
    status: int | None = None


@dataclass
class ExtractedArticle:
    """What extraction makes of one story on a page (a page that quotes several stories yields several)."""

    title: str | None
    text: str  # main text; paragraphs and list items separated by blank lines ("\n\n")
    published: str | None  # ISO date YYYY-MM-DD
    publisher: str | None
    language: str | None  # ISO 639-1
    author: str | None = None
    story_index: int = 0  # position of the story on its page (0 for single-story pages)
    extra: dict[str, str] = field(default_factory=dict)
