"""Making scraped text safe to show: link filtering and Markdown escaping.

HTML escaping is Jinja2's autoescape; this module covers what autoescape cannot know:
which URLs may become links, and how to neutralise text inside Markdown.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

_LINK_SCHEMES = frozenset({"http", "https"})
# Control characters and whitespace: browsers silently strip some of them from URLs
# ("java\tscript:"), so a URL containing any is refused rather than cleaned.
_UNSAFE_URL_CHARS = re.compile(r"[\x00-\x20\x7f-\x9f]")
# RFC 3986 reserved and unreserved characters minus those that end a Markdown link
# destination or an HTML attribute: ( ) [ ] ' " < > ` \ | and space get percent-encoded.
_URL_SAFE_CHARS = ":/?#@!$&*+,;=%-._~"
_WHITESPACE = re.compile(r"\s+")
# Characters that Markdown (CommonMark + GFM) or inline HTML give meaning to anywhere in a line.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def safe_link(url: str | None) -> str | None:
    """The URL normalised for use as a link target, or None unless it is absolute http(s)."""
    if not url:
        return None
    candidate = url.strip()
    if _UNSAFE_URL_CHARS.search(candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:  # e.g. a malformed IPv6 host
        return None
    if parts.scheme.lower() not in _LINK_SCHEMES or not parts.netloc:
        return None
    return quote(candidate, safe=_URL_SAFE_CHARS)


def one_line(text: str | None, *, strip: bool = True) -> str:
    """Text with every run of whitespace (newlines included) collapsed to one space."""
    flat = _WHITESPACE.sub(" ", text or "")
    return flat.strip() if strip else flat


def md_text(text: str | None, *, strip: bool = True) -> str:
    """Scraped text made inert inside a Markdown line (paragraph, list item or table cell).

    Newlines are collapsed so the text cannot start a block (heading, list, quote, fence);
    HTML-significant characters become entities so GitHub-style inline HTML cannot form;
    Markdown punctuation is backslash-escaped so no emphasis, link, code or cell border forms.
    """
    flat = one_line(text, strip=strip)  # fragments of one sentence keep their edge spaces
    flat = flat.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", flat)


def md_link(label: str | None, url: str | None) -> str:
    """A Markdown link when the URL is http(s); otherwise the escaped label and the URL as text."""
    target = safe_link(url)
    shown = md_text(label) or md_text(url) or "link"
    if target is None:
        return f"{shown} ({md_text(url)})" if url and label else shown
    return f"[{shown}]({target})"


def anchor_id(prefix: str, index: int) -> str:
    """A fragment id built only from our own counters, never from scraped ids."""
    return f"{prefix}-{index}"
