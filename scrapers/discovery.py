"""Finding article URLs in a source's RSS/Atom feeds and XML sitemaps, kept to the topic and domain.

Pure functions over bytes: the spider fetches, this module reads. XML is parsed without entity
expansion or network access, since feeds and sitemaps are untrusted.
"""

from __future__ import annotations

import gzip
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import etree

from scrapers.config import Source, Topic

# A gzipped sitemap may not inflate past this (a zip bomb guard).
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class DiscoveredEntry:
    """One link found in a feed or sitemap, with the text that decides whether it is on topic."""

    url: str
    title: str = ""
    summary: str = ""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False, no_network=True, recover=True, huge_tree=False, remove_comments=True
    )


def _parse_xml(body: bytes) -> etree._Element | None:
    body = body.lstrip()
    if not body:
        return None
    try:
        root = etree.fromstring(body, parser=_parser())
    except etree.XMLSyntaxError:
        return None
    return root


def _local(tag: object) -> str:
    # Comments and processing instructions have non-string tags.
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()


def _text(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())


def _child(element: etree._Element, *names: str) -> etree._Element | None:
    for child in element:
        if _local(child.tag) in names:
            return child
    return None


def _absolute(url: str, base_url: str) -> str | None:
    url = url.strip()
    if not url:
        return None
    absolute = urljoin(base_url, url)
    if urlsplit(absolute).scheme not in ("http", "https"):
        return None
    return absolute


def parse_feed(body: bytes, base_url: str) -> list[DiscoveredEntry]:
    """Entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed; unreadable feeds yield nothing."""
    root = _parse_xml(body)
    if root is None:
        return []
    entries: list[DiscoveredEntry] = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "item":  # RSS 2.0 and RSS 1.0
            link = _child(element, "link")
            href = _text(link) if link is not None else ""
            if not href:
                guid = _child(element, "guid")
                href = _text(guid) if guid is not None else ""
            summary = _child(element, "description", "encoded")
        elif name == "entry":  # Atom
            href = _atom_link(element)
            summary = _child(element, "summary", "content")
        else:
            continue
        url = _absolute(href, base_url)
        if url is None:
            continue
        title = _child(element, "title")
        entries.append(
            DiscoveredEntry(
                url=url,
                title=_text(title) if title is not None else "",
                summary=_strip_tags(_text(summary)) if summary is not None else "",
            )
        )
    return entries


def _atom_link(entry: etree._Element) -> str:
    fallback = ""
    for child in entry:
        if _local(child.tag) != "link":
            continue
        href = child.get("href") or ""
        rel = child.get("rel") or "alternate"
        if rel == "alternate" and href:
            return href
        fallback = fallback or href
    return fallback


def _strip_tags(text: str) -> str:
    # Feed summaries often carry escaped HTML; only the words matter for topic matching.
    return " ".join(re.sub(r"<[^>]*>", " ", text).split())


def parse_sitemap(body: bytes, base_url: str) -> tuple[list[DiscoveredEntry], list[str]]:
    """``(pages, child_sitemaps)`` of a urlset or sitemap index; gzip bodies are inflated."""
    if body[:2] == b"\x1f\x8b":
        body = _gunzip(body)
    root = _parse_xml(body)
    if root is None:
        return [], []
    pages: list[DiscoveredEntry] = []
    children: list[str] = []
    kind = _local(root.tag)
    for element in root:
        name = _local(element.tag)
        loc = _child(element, "loc")
        url = _absolute(_text(loc), base_url) if loc is not None else None
        if url is None:
            continue
        if kind == "sitemapindex" and name == "sitemap":
            children.append(url)
        elif kind == "urlset" and name == "url":
            # News and video sitemaps carry a title in their own namespace.
            titles = [_text(e) for e in element.iter() if _local(e.tag) == "title"]
            pages.append(DiscoveredEntry(url=url, title=" ".join(t for t in titles if t)))
    return pages, children


def _gunzip(body: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as handle:
            data = handle.read(MAX_SITEMAP_BYTES + 1)
    except (OSError, EOFError):
        return b""
    if len(data) > MAX_SITEMAP_BYTES:
        return b""
    return data


def _normalise(text: str) -> str:
    # URL slugs ("future-of-the-internet") and titles compare equal once punctuation is spaces.
    return " " + " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split()) + " "


def topic_terms(topic: Topic) -> list[str]:
    """The topic's name and aliases, normalised for matching."""
    terms = [_normalise(t).strip() for t in (topic.name, *topic.aliases)]
    return [t for t in terms if t]


def mentions_topic(entry: DiscoveredEntry, topic: Topic) -> bool:
    """Whether the entry's title, URL or summary names the topic or one of its aliases."""
    haystack = _normalise(f"{entry.title} {entry.url} {entry.summary}")
    return any(f" {term} " in haystack for term in topic_terms(topic))


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def source_domain(source: Source) -> str | None:
    """The domain a live source is confined to: its URL's host, else its first feed or sitemap's."""
    for url in (source.url, *source.feeds, *source.sitemaps):
        if url and _host(url):
            return _host(url)
    return None


def in_domain(url: str, domain: str | None) -> bool:
    """Whether ``url`` is on ``domain`` or one of its subdomains (http/https only)."""
    if domain is None or urlsplit(url).scheme not in ("http", "https"):
        return False
    host = _host(url)
    return host == domain or host.endswith("." + domain)


def select_entries(
    entries: Iterable[DiscoveredEntry], topic: Topic, domain: str | None
) -> list[DiscoveredEntry]:
    """Entries on the source's domain that mention the topic, first occurrence of each URL kept."""
    seen: set[str] = set()
    selected: list[DiscoveredEntry] = []
    for entry in entries:
        if entry.url in seen or not in_domain(entry.url, domain):
            continue
        if mentions_topic(entry, topic):
            seen.add(entry.url)
            selected.append(entry)
    return selected
