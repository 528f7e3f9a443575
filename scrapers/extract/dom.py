"""Parsing markup into an lxml tree, tolerant of fragments, XML declarations and empty input."""

from __future__ import annotations

import re

from lxml import html as lxml_html

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse_html(html: str) -> lxml_html.HtmlElement:
    """Parse markup into an lxml document (an empty `<html>` when there is nothing to parse)."""
    # lxml refuses str input that carries an encoding declaration.
    cleaned = _XML_DECLARATION.sub("", html)
    try:
        return lxml_html.document_fromstring(cleaned or "<html></html>")
    except Exception:  # noqa: BLE001 - lxml raises ParserError on empty/odd documents
        return lxml_html.document_fromstring("<html><body></body></html>")
