"""Trafilatura runs as block lists, so they can be voted against the DOM-density extractor."""

from __future__ import annotations

import logging

import trafilatura
from lxml import etree

from scrapers.extract.blocks import CELL_SEP
from scrapers.extract.metadata import clean_space

# Trafilatura and htmldate log every empty or too-short page at ERROR; for us that is an
# ordinary outcome (an empty article), reported through the result, not the log.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

_BLOCK_XML_TAGS = {"p", "item", "head", "quote", "code", "cell", "row"}

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
    in_row: set[etree._Element] = set()
    for el in main.iter(*_BLOCK_XML_TAGS):
        if el in in_row:
            continue
        if el.tag == "row":
            text = _row_text(el)
            if text is not None:
                in_row.update(el.iter())  # its cells are inside this one block
                if text:
                    blocks.append(("row", text))
                continue
        if any(child.tag in _BLOCK_XML_TAGS for child in el.iter() if child is not el):
            continue  # a container such as <quote><p>…</p></quote>: its leaves are emitted
        text = _lines_text(el)
        if text:
            blocks.append((el.tag, text))
    return blocks


def _lines_text(el: etree._Element) -> str:
    lines = [clean_space(line) for line in "".join(el.itertext()).split("\n")]
    return "\n".join(line for line in lines if line)


def _row_text(row: etree._Element) -> str | None:
    """A table row's non-empty cells joined by `CELL_SEP`; None when a cell holds paragraphs.

    A signatory table keeps one country (or one row of a grid) per block; a layout table
    whose cells hold whole paragraphs is left to the per-block path instead.
    """
    cells = [c for c in row if c.tag == "cell"]
    if not cells or any(
        child.tag in _BLOCK_XML_TAGS for c in cells for child in c.iter() if child is not c
    ):
        return None
    texts = [" ".join(_lines_text(c).split("\n")) for c in cells]
    return CELL_SEP.join(t for t in texts if t)


def trafilatura_blocks(
    html: str, url: str | None, variant: str = "default"
) -> list[tuple[str, str]]:
    """Main-text blocks from one trafilatura configuration (tables row by row, no comments)."""
    try:
        xml = trafilatura.extract(
            html,
            url=url,
            output_format="xml",
            include_tables=True,  # signatory lists are often tables
            include_comments=False,
            include_images=False,
            include_links=False,
            deduplicate=False,
            **VARIANTS[variant],
        )
    except Exception:  # noqa: BLE001 - trafilatura raises assorted errors on odd markup
        return []
    return _xml_blocks(xml) if xml else []
