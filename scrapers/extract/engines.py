"""Trafilatura runs as block lists, so they can be voted against the DOM-density extractor."""

from __future__ import annotations

import logging

import trafilatura
from lxml import etree

from scrapers.extract.metadata import clean_space

# Trafilatura and htmldate log every empty or too-short page at ERROR; for us that is an
# ordinary outcome (an empty article), reported through the result, not the log.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_BLOCK_XML_TAGS = {"p", "item", "head", "quote", "code", "cell"}

VARIANTS: dict[str, dict[str, bool]] = {
    "default": {},
    "precision": {"favor_precision": True},
    "recall": {"favor_recall": True},
}


def _xml_blocks(xml: str) -> list[tuple[str, str]]:
    """(tag, text) for each leaf block of trafilatura's XML output, `<lb/>` kept as newline."""
    try:
        root = etree.fromstring(xml.encode("utf-8"), etree.XMLParser(recover=True))
    except etree.XMLSyntaxError:
        return []
    if root is None:
        return []
    main = root.find("main")
    if main is None:
        return []
    for lb in main.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    blocks: list[tuple[str, str]] = []
    for el in main.iter(*_BLOCK_XML_TAGS):
        if any(child.tag in _BLOCK_XML_TAGS for child in el.iter() if child is not el):
            continue  # a container such as <quote><p>…</p></quote>: its leaves are emitted
        lines = [clean_space(line) for line in "".join(el.itertext()).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append((el.tag, text))
    return blocks


def trafilatura_blocks(
    html: str, url: str | None, variant: str = "default"
) -> list[tuple[str, str]]:
    """Main-text blocks from one trafilatura configuration (no tables, no comments)."""
    try:
        xml = trafilatura.extract(
            html,
            url=url,
            output_format="xml",
            include_tables=False,
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            **VARIANTS[variant],
        )
    except Exception:  # noqa: BLE001 - trafilatura raises assorted errors on odd markup
        return []
    return _xml_blocks(xml) if xml else []
