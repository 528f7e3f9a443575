"""Downloader middlewares: retries with backoff, per-source domain confinement, robots.txt fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred
from twisted.internet.task import deferLater

from scrapers.discovery import in_domain

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.robotstxt import RobotParser

# Request meta key holding the domain a request (and its redirects) must stay on.
SOURCE_DOMAIN_META = "tally_source_domain"


class OffsiteError(IgnoreRequest):
    """A request (often a redirect) leaving its source's domain."""


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry policy, but waiting ``base * 2**(n-1)`` seconds (or ``Retry-After``) first."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        self.backoff_base = crawler.settings.getfloat("TALLY_RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = crawler.settings.getfloat("TALLY_RETRY_BACKOFF_MAX", 30.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        return cls(crawler)

    def backoff_delay(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (1-based), capped at the maximum."""
        delay = self.backoff_base * 2 ** max(attempt - 1, 0)
        if retry_after and retry_after.strip().isdigit():
            delay = max(delay, float(retry_after.strip()))
        return min(delay, self.backoff_max)

    async def _wait(self, retry: Request, retry_after: str | None = None) -> None:
        delay = self.backoff_delay(int(retry.meta.get("retry_times", 1)), retry_after)
        if delay > 0:
            # Imported late: importing the reactor at module load would install the wrong one.
            from twisted.internet import reactor

            await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))

    async def process_response(  # type: ignore[override]
        self, request: Request, response: Response
    ) -> Request | Response:
        result = super().process_response(request, response)
        if isinstance(result, Request):
            header = response.headers.get(b"Retry-After")
            await self._wait(result, header.decode("latin-1") if header else None)
        return result

    async def process_exception(  # type: ignore[override]
        self, request: Request, exception: Exception
    ) -> Request | Response | None:
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._wait(result)
        return result


class SourceDomainMiddleware:
    """Refuse any http(s) request, redirects included, that leaves its source's domain.

    Scrapy's own offsite check is per spider and skipped for ``dont_filter`` requests; this one
    is per source (the domain travels in request meta) and applies to every hop.
    """

    def process_request(self, request: Request) -> None:
        domain = request.meta.get(SOURCE_DOMAIN_META)
        if domain is None or not request.url.startswith(("http://", "https://")):
            return
        if not in_domain(request.url, domain):
            raise OffsiteError(f"offsite: {request.url} is outside {domain}")


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with every waiter getting the parsed robots.txt.

    Scrapy 2.19 lets all requests that arrive while a site's robots.txt is downloading await
    one shared Deferred; under the asyncio reactor only the first of them receives the parser
    (``Deferred.asFuture`` swallows the result), so the others were let through unchecked.
    Here each waiter gets its own Deferred, relayed from the shared one.
    """

    async def robot_parser(self, request: Request) -> RobotParser | None:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if isinstance(pending, Deferred):
            waiter: Deferred[RobotParser | None] = Deferred()

            def relay(result: RobotParser | None) -> RobotParser | None:
                waiter.callback(result)
                return result  # keep it for the next waiter

            pending.addCallback(relay)
            return await maybe_deferred_to_future(waiter)
        return await super().robot_parser(request)
