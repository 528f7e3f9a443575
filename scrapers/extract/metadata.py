"""Page metadata: title, publisher, publication date, author and declared language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from htmldate import find_date
from lxml import html as lxml_html

from scrapers.extract.language import normalize_language

_WS = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def clean_space(text: str | None) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space and strip."""
    return _WS.sub(" ", _CONTROL.sub("", (text or "").replace("\xa0", " "))).strip()


def _meta(tree: lxml_html.HtmlElement, *keys: str) -> str | None:
    """First non-empty `<meta>` content whose property/name/itemprop/http-equiv is one of `keys`."""
    wanted = {key.lower() for key in keys}
    for meta in tree.iter("meta"):
        for attr in ("property", "name", "itemprop", "http-equiv"):
            value = meta.get(attr)
            if value and value.strip().lower() in wanted:
                content = clean_space(meta.get("content"))
                if content:
                    return content
    return None


def json_ld_objects(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, flattening lists and `@graph` containers."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for child in node:
                walk(child)
        elif isinstance(node, dict):
            found.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content() or "null", strict=False))
        except ValueError:
            continue  # broken JSON-LD is common and not worth failing over
    return found


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values if v}


def _articles(objects: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for obj in objects:
        if any("article" in t or t in {"blogposting", "report", "webpage"} for t in _types(obj)):
            yield obj


def _name_of(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        return clean_space(str(value.get("name") or "")) or None
    if isinstance(value, str):
        return clean_space(value) or None
    return None


def find_title(tree: lxml_html.HtmlElement, objects: list[dict[str, Any]]) -> str | None:
    """Headline from JSON-LD, og:title, the first `<h1>`, else `<title>` minus a site suffix."""
    for obj in _articles(objects):
        headline = _name_of(obj.get("headline"))
        if headline:
            return headline
    og = _meta(tree, "og:title", "twitter:title")
    if og:
        return og
    for h1 in tree.iter("h1"):
        text = clean_space(h1.text_content())
        if text:
            return text
    title = tree.find(".//title")
    if title is not None:
        text = clean_space(title.text_content())
        # "Headline | Site" / "Headline - Site": the site part is not the headline.
        parts = re.split(r"\s+[|–—-]\s+", text)
        return parts[0] if parts and parts[0] else text or None
    return None


def title_variants(tree: lxml_html.HtmlElement, objects: list[dict[str, Any]]) -> list[str]:
    """Every form the headline takes on the page: JSON-LD, og/twitter title, `<h1>`s, `<title>`."""
    variants = [_name_of(obj.get("headline")) for obj in _articles(objects)]
    variants += [_meta(tree, "og:title"), _meta(tree, "twitter:title")]
    variants += [clean_space(h1.text_content()) for h1 in tree.iter("h1")]
    title = tree.find(".//title")
    if title is not None:
        text = clean_space(title.text_content())
        variants += [text, re.split(r"\s+[|–—-]\s+", text)[0]]
    return [v for v in dict.fromkeys(variants) if v]


def find_publisher(
    tree: lxml_html.HtmlElement, objects: list[dict[str, Any]], url: str | None
) -> str | None:
    """og:site_name, JSON-LD publisher.name, `<meta name=publisher>`, else the URL host."""
    site = _meta(tree, "og:site_name")
    if site:
        return site
    for obj in objects:
        name = _name_of(obj.get("publisher"))
        if name:
            return name
    meta = _meta(tree, "publisher", "application-name")
    if meta:
        return meta
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return None


def find_author(tree: lxml_html.HtmlElement, objects: list[dict[str, Any]]) -> str | None:
    """JSON-LD author, `<meta name=author>`, else a `rel=author` link."""
    for obj in _articles(objects):
        name = _name_of(obj.get("author"))
        if name:
            return name
    meta = _meta(tree, "author", "article:author", "dc.creator", "sailthru.author")
    if meta and not meta.startswith("http"):
        return _strip_by(meta)
    for link in tree.xpath('//a[@rel="author"] | //*[@itemprop="author"]'):
        text = clean_space(link.text_content())
        if text:
            return _strip_by(text)
    return None


def _strip_by(name: str) -> str:
    return re.sub(r"^by\s+", "", name, flags=re.IGNORECASE)


def _iso(value: str | None) -> str | None:
    match = _ISO_DATE.search(value or "")
    return "-".join(match.groups()) if match else None


def find_published(
    tree: lxml_html.HtmlElement, objects: list[dict[str, Any]], url: str | None, html: str
) -> str | None:
    """Publication date as YYYY-MM-DD: JSON-LD / article meta first, then htmldate's search."""
    for obj in _articles(objects):
        date = _iso(str(obj.get("datePublished") or ""))
        if date:
            return date
    date = _iso(_meta(tree, "article:published_time", "datePublished", "date", "dc.date"))
    if date:
        return date
    # htmldate gets the markup, not our tree: it prunes the tree it is given.
    try:
        found = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        found = None
    return found or None


def find_declared_language(tree: lxml_html.HtmlElement) -> str | None:
    """Language the page declares: `<html lang>`, og:locale, then content-language."""
    root = tree.getroottree().getroot()
    for candidate in (
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        root.get("xml:lang"),
        _meta(tree, "og:locale"),
        _meta(tree, "content-language", "language", "dc.language"),
    ):
        code = normalize_language(candidate)
        if code:
            return code
    return None
