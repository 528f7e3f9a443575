"""Configured CSS selectors (`title`, `text`, `published`, `author`) applied to a page."""

from __future__ import annotations

import copy
import re

from htmldate import find_date
from lxml import html as lxml_html

from scrapers.extract.blocks import is_boiler_block, iter_blocks
from scrapers.extract.clean import clean_tree
from scrapers.extract.metadata import clean_space

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def select(tree: lxml_html.HtmlElement, selector: str | None) -> list[lxml_html.HtmlElement]:
    """Elements matching a CSS selector; none for a missing or invalid selector."""
    if not selector:
        return []
    try:
        return list(tree.cssselect(selector))
    except Exception:  # noqa: BLE001 - a bad selector in config must not crash extraction
        return []


def selected_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    """Text of the first matching element with any (its `content`/`datetime` attribute first)."""
    for el in select(tree, selector):
        text = clean_space(el.get("content") or el.get("datetime") or el.text_content())
        if text:
            return text
    return None


def selected_blocks(tree: lxml_html.HtmlElement, selector: str) -> list[str] | None:
    """Blocks of the elements a configured `text` selector names, boilerplate removed."""
    elements = select(tree, selector)
    if not elements:
        return None
    texts: list[str] = []
    for el in elements:
        clean = clean_tree(copy.deepcopy(el), keep_share=1.0)
        texts.extend(b.text for b in iter_blocks(clean) if not is_boiler_block(b))
    return texts


def selected_date(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    """ISO date of the first matching element: an ISO stamp in it, else htmldate's parse."""
    raw = selected_text(tree, selector)
    if not raw:
        return None
    match = _ISO_DATE.search(raw)
    if match:
        return "-".join(match.groups())
    return find_date(f"<html><body><p>{raw}</p></body></html>", outputformat="%Y-%m-%d") or None
