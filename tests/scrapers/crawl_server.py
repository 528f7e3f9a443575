"""A real HTTP server on 127.0.0.1 for crawl tests, serving good pages and every kind of fault.

Routes:
    /robots.txt          disallows /private/
    /articles/one|two    good pages with ETag and Last-Modified; answer 304 to matching validators
    /articles/three      good page reachable only through the feed and the sitemap
    /articles/other      off-topic page listed in the feed (must not be followed)
    /missing             404
    /flaky               500 on the first request, then a good page
    /slow                waits ``slow_s`` seconds before answering
    /loop                redirects to itself forever
    /wrong-charset       declares utf-8, body is cp1252
    /latin-meta          declares iso-8859-1, body is utf-8 with <meta charset=utf-8>
    /big                 a body of ``big_size`` bytes (announced by Content-Length)
    /big-stream          the same, streamed without Content-Length
    /binary              declares text/html, body is binary noise
    /private/*           disallowed by robots.txt (which is served after a short delay)
    /feed.xml            RSS feed: three, other, and an off-domain link
    /sitemap.xml         sitemap index -> /sitemap-pages.xml (lists three)
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOPIC = "Declaration for the Future of the Internet"
LAST_MODIFIED = formatdate(1_650_000_000, usegmt=True)


def article_html(title: str, paragraph: str) -> bytes:
    """A small, well-formed UTF-8 article page."""
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{paragraph}</p></article></body></html>"
    ).encode()


PAGES: dict[str, bytes] = {
    "/articles/one": article_html(
        "US and 60 partners launch the Declaration", "Sixty partners endorsed it on Thursday."
    ),
    "/articles/two": article_html(
        "Nations sign internet pledge", "More than 55 countries and the United States — signed."
    ),
    "/articles/three": article_html(
        "Found through the feed", "The Declaration for the Future of the Internet gains members."
    ),
    "/articles/other": article_html("Weather", "Rain tomorrow."),
    "/private/secret": article_html("Secret", "Robots must not read this."),
    "/private/second": article_html("Second secret", "Nor this."),
    "/private/third": article_html("Third secret", "Nor this."),
}
FLAKY_BODY = article_html("Flaky but fine", "Served after one server error.")
WRONG_CHARSET_BODY = (
    "<html><head><title>Caf\u00e9</title></head><body><p>\u201cQuoted\u201d caf\u00e9 "
    "\u2013 na\u00efve</p></body></html>"
).encode("cp1252")
LATIN_META_BODY = (
    "<html><head><meta charset='utf-8'><title>S\u00e3o Tom\u00e9</title></head>"
    "<body><p>S\u00e3o Tom\u00e9 and Pr\u00edncipe \u2014 \u201cjoined\u201d.</p></body></html>"
).encode()
BINARY_BODY = bytes(range(256)) * 8


def _feed(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>News</title>
<item><title>More join the {TOPIC}</title><link>{base}/articles/three</link>
<description>Latest endorsers.</description></item>
<item><title>Weather</title><link>{base}/articles/other</link>
<description>Rain tomorrow.</description></item>
<item><title>{TOPIC} elsewhere</title><link>http://elsewhere.invalid/copy</link></item>
</channel></rss>""".encode()


def _sitemap_index(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{base}/sitemap-pages.xml</loc></sitemap></sitemapindex>""".encode()


def _sitemap_pages(base: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}/news/declaration-for-the-future-of-the-internet</loc></url>
<url><loc>{base}/articles/three</loc></url>
<url><loc>{base}/news/sports-results</loc></url></urlset>""".encode()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that hang up (timeouts, size caps) are part of the scenario, not errors.
        pass


@dataclass
class ServerLog:
    """What the server saw: one ``(path, headers)`` per request, thread-safe."""

    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: str, headers: dict[str, str]) -> None:
        with self.lock:
            self.requests.append((path, headers))

    def hits(self) -> Counter[str]:
        """Requests per path."""
        with self.lock:
            return Counter(path for path, _ in self.requests)

    def for_path(self, path: str) -> list[dict[str, str]]:
        """Headers of every request for ``path``."""
        with self.lock:
            return [h for p, h in self.requests if p == path]

    def clear(self) -> None:
        with self.lock:
            self.requests.clear()


class CrawlTestServer:
    """Start with ``with CrawlTestServer() as server:``; ``server.url(path)`` gives addresses."""

    def __init__(
        self, *, slow_s: float = 3.0, big_size: int = 200_000, robots_delay_s: float = 0.3
    ) -> None:
        self.slow_s = slow_s
        self.robots_delay_s = robots_delay_s
        self.big_size = big_size
        self.log = ServerLog()
        self._flaky_served = 0
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        """Absolute URL of ``path`` on this server."""
        return self.base + path

    def __enter__(self) -> CrawlTestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _flaky_first(self) -> bool:
        with self._lock:
            self._flaky_served += 1
            return self._flaky_served == 1

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass  # keep test output clean

            def _send(
                self,
                status: int,
                body: bytes = b"",
                content_type: str = "text/html; charset=utf-8",
                extra: dict[str, str] | None = None,
            ) -> None:
                self.send_response(status)
                if status != 304:
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                if body and self.command != "HEAD":
                    self.wfile.write(body)

            def _stream_without_length(self, body: bytes) -> None:
                # No Content-Length: the size cap can only trip while the body streams in.
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                for start in range(0, len(body), 8192):
                    self.wfile.write(body[start : start + 8192])
                    self.wfile.flush()

            def _send_page(self, path: str, body: bytes) -> None:
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
                if self.headers.get("If-None-Match") == etag:
                    self._send(304, extra=validators)
                    return
                self._send(200, body, extra=validators)

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                path = self.path.split("?", 1)[0]
                server.log.add(path, {k.lower(): v for k, v in self.headers.items()})
                try:
                    self._route(path)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler gave up on a slow or oversized response

            def _route(self, path: str) -> None:
                base = server.base
                if path == "/robots.txt":
                    # Slow enough that every other request queues up behind it.
                    time.sleep(server.robots_delay_s)
                    self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
                elif path in PAGES:
                    self._send_page(path, PAGES[path])
                elif path == "/missing":
                    self._send(404, b"<html><body>Not here</body></html>")
                elif path == "/flaky":
                    if server._flaky_first():
                        self._send(500, b"<html><body>Oops</body></html>")
                    else:
                        self._send_page(path, FLAKY_BODY)
                elif path == "/slow":
                    time.sleep(server.slow_s)
                    self._send(200, article_html("Slow", "Too late."))
                elif path == "/loop":
                    self._send(302, extra={"Location": "/loop"})
                elif path == "/wrong-charset":
                    self._send_page(path, WRONG_CHARSET_BODY)
                elif path == "/latin-meta":
                    self._send(200, LATIN_META_BODY, "text/html; charset=iso-8859-1")
                elif path == "/big":
                    self._send(200, b"<html><body>" + b"x" * server.big_size + b"</body></html>")
                elif path == "/big-stream":
                    self._stream_without_length(b"<html><body>" + b"y" * server.big_size)
                elif path == "/binary":
                    self._send(200, BINARY_BODY, "text/html; charset=utf-8")
                elif path == "/feed.xml":
                    self._send(200, _feed(base), "application/rss+xml")
                elif path == "/sitemap.xml":
                    self._send(200, _sitemap_index(base), "application/xml")
                elif path == "/sitemap-pages.xml":
                    self._send(200, _sitemap_pages(base), "application/xml")
                else:
                    self._send(404, b"<html><body>Not found</body></html>")

        return Handler
