"""Feed and sitemap discovery: parsing, topic matching, domain confinement."""

from __future__ import annotations

import gzip

from scrapers.config import Source, Topic
from scrapers.discovery import (
    DiscoveredEntry,
    in_domain,
    mentions_topic,
    parse_feed,
    parse_sitemap,
    select_entries,
    source_domain,
)

TOPIC = Topic(name="Declaration for the Future of the Internet", aliases=("DFI",))

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Internet pledge</title>
<link rel="self" href="/self/1"/><link rel="alternate" href="/news/1"/>
<summary type="html">&lt;p&gt;The DFI grows&lt;/p&gt;</summary></entry>
<entry><title>Other</title><link href="https://news.example.org/news/2"/></entry>
</feed>"""

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel>
<item><title>A &amp; B</title><link> https://www.example.org/a </link></item>
<item><title>No link</title><guid>https://example.org/guid-only</guid></item>
<item><title>Script</title><link>javascript:alert(1)</link></item>
</channel></rss>"""

XXE = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss><channel><item><title>&x;</title><link>https://example.org/x</link></item></channel></rss>"""


def test_parse_atom_prefers_alternate_link_and_strips_summary_html() -> None:
    entries = parse_feed(ATOM, "https://news.example.org/feed")
    assert entries == [
        DiscoveredEntry("https://news.example.org/news/1", "Internet pledge", "The DFI grows"),
        DiscoveredEntry("https://news.example.org/news/2", "Other", ""),
    ]


def test_parse_rss_uses_guid_fallback_and_drops_non_http_links() -> None:
    entries = parse_feed(RSS, "https://example.org/rss")
    assert [e.url for e in entries] == [
        "https://www.example.org/a",
        "https://example.org/guid-only",
    ]
    assert entries[0].title == "A & B"


def test_feed_parsing_does_not_expand_external_entities() -> None:
    entries = parse_feed(XXE, "https://example.org/rss")
    assert all("root:" not in e.title for e in entries)


def test_unreadable_feeds_yield_nothing() -> None:
    assert parse_feed(b"", "https://example.org/") == []
    assert parse_feed(b"\x00\xff not xml", "https://example.org/") == []
    assert parse_sitemap(b"<html>", "https://example.org/") == ([], [])


def test_parse_sitemap_index_urlset_news_titles_and_gzip() -> None:
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://example.org/s1.xml.gz</loc></sitemap></sitemapindex>"""
    assert parse_sitemap(index, "https://example.org/") == ([], ["https://example.org/s1.xml.gz"])

    urlset = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc>https://example.org/p/1</loc>
      <news:news><news:title>Sixty partners sign</news:title></news:news></url>
    <url><loc>https://example.org/p/2</loc></url></urlset>"""
    pages, children = parse_sitemap(gzip.compress(urlset), "https://example.org/")
    assert children == []
    assert pages == [
        DiscoveredEntry("https://example.org/p/1", "Sixty partners sign"),
        DiscoveredEntry("https://example.org/p/2", ""),
    ]


def test_mentions_topic_in_title_slug_summary_or_alias() -> None:
    assert mentions_topic(
        DiscoveredEntry("https://x.org/1", "The declaration for the future of the internet"), TOPIC
    )
    assert mentions_topic(
        DiscoveredEntry("https://x.org/declaration-for-the-future-of-the-internet-signed"), TOPIC
    )
    assert mentions_topic(DiscoveredEntry("https://x.org/2", "", "Why the DFI matters"), TOPIC)
    # Aliases match whole words only.
    assert not mentions_topic(DiscoveredEntry("https://x.org/dfinity", "DFINITY news"), TOPIC)
    assert not mentions_topic(DiscoveredEntry("https://x.org/3", "Future of work"), TOPIC)


def test_domain_confinement() -> None:
    assert in_domain("https://www.example.org/a", "example.org")
    assert in_domain("https://news.example.org/a", "example.org")
    assert not in_domain("https://example.org.evil.test/a", "example.org")
    assert not in_domain("https://notexample.org/a", "example.org")
    assert not in_domain("file:///etc/passwd", "example.org")
    assert not in_domain("https://example.org/a", None)
    feed_only = Source(id="f", publisher="P", kind="news", feeds=("https://www.example.org/rss",))
    assert source_domain(feed_only) == "example.org"
    assert source_domain(Source(id="s", publisher="P", kind="news")) is None


def test_select_entries_keeps_on_topic_same_domain_first_occurrences() -> None:
    entries = [
        DiscoveredEntry("https://example.org/a", "DFI news"),
        DiscoveredEntry("https://example.org/a", "DFI news again"),
        DiscoveredEntry("https://elsewhere.test/b", "DFI news"),
        DiscoveredEntry("https://example.org/c", "Sports"),
        DiscoveredEntry("https://sub.example.org/d", "", "about the DFI"),
    ]
    selected = select_entries(entries, TOPIC, "example.org")
    assert [e.url for e in selected] == ["https://example.org/a", "https://sub.example.org/d"]
