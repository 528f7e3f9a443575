"""Text blocks from a cleaned DOM: find the main container by text density, list its blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from scrapers.extract.metadata import clean_space

BLOCK_TAGS = frozenset("p li h1 h2 h3 h4 h5 h6 blockquote pre dd dt td th address caption".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# A table row is one block with its cells joined by a tab: one signatory (with its dates) or one
# row of a country grid per block, which keeps a signatory table a list downstream. A tab, not
# " — ", because a dash reads as prose punctuation ("Andorra – Government of Andorra").
CELL_SEP = "\t"
_CELL_TAGS = frozenset({"td", "th"})
_CONTAINER_TAGS = frozenset(
    "div section article main body ul ol dl table tbody tr blockquote".split()
)

# Lines that are page furniture even when they sit inside the article body.
# Copyright and syndication notices can run long, so they are matched at any length.
COPYRIGHT_LINE = re.compile(r"^(?:copyright|©|\(c\))\s*(?:\d{4}|[A-Z])", re.IGNORECASE)
# Wire-story credits: "(Reporting by A in Paris; Editing by B and C)". Names are capitalised,
# which keeps sentences such as "Reporting by the ministry showed ..." out.
_NAME = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)*"
_CREDIT = (
    r"(?i:(?:additional )?(?:reporting|writing|editing|compiled|translated|research) by) "
    rf"{_NAME}(?:(?:,| and| &) {_NAME})*(?: in {_NAME}(?:(?:,| and) {_NAME})*)?"
)
CREDIT_LINE = re.compile(rf"^\(?{_CREDIT}(?: ?[;,] ?(?:and )?{_CREDIT})*\)?\.?$")

BOILER_LINE = re.compile(
    r"^(?:(?i:advertisement|advertising|sponsored|anzeige|werbung|publicit[ée]|publicidad|"
    r"pubblicit[àa]|story continues below(?: advertisement)?|"
    r"continue reading(?: below)?|read more\b.*|read next\b.*|see also:?|also see:?|"
    r"related(?: (?:stories|articles|coverage|content|news|reading|links|posts))?(?::.*)?|"
    r"also read:?.*|share( this)?( (?:article|story|page|post))?\b.{0,40}|share on \w+|"
    r"(?:à )?lire aussi\b.*|mehr zum thema\b.*|lesen sie auch\b.*|leggi anche\b.*|"
    r"lee también\b.*|ver también\b.*|is this page useful\??|report a problem\b.*|"
    r"(?:page )?last (?:updated|modified|reviewed)\b.*|"
    r"tweet|email|print|click here\b.*|sign up\b.*|subscribe\b.*|follow us\b.*|"
    r"listen to (?:this )?(?:article|story)\b.*|recommended(?: for you)?:?|"
    r"(?:photo|image|credit|source|getty images|reuters|ap photo)\s*[:/].{0,80}|"
    r"©.*|copyright\b.*|all rights reserved.*|(?:updated|published|posted)\s*(?:on|:).{0,60}|"
    r"(?:leave a (?:reply|comment)|comments?|\d+ comments?)\.?|"
    r"this (?:article|story) (?:was|has been) (?:updated|corrected)\b.{0,120})|"
    # A byline: "By" and a capitalised name, optionally ", Reuters" / "| Staff Writer".
    r"[Bb][Yy] [A-Z][\w.'-]+(?: (?:[A-Z][\w.'-]+|and|&)){0,4}"
    r"(?: ?[,|–—-] ?(?:[A-Z][\w.'-]*\s?){1,5})?)$"
)


@dataclass
class Block:
    """One paragraph, list item, heading or quote of the page, in document order."""

    tag: str
    text: str
    link_density: float
    element: lxml_html.HtmlElement


def _has_block_child(el: lxml_html.HtmlElement) -> bool:
    return any(
        isinstance(child.tag, str) and (child.tag in BLOCK_TAGS or child.tag in _CONTAINER_TAGS)
        for child in el.iter()
        if child is not el
    )


def _text_with_breaks(el: lxml_html.HtmlElement) -> str:
    """Element text with `<br>` kept as line breaks (addresses, bullet lines typed with •)."""
    parts: list[str] = []

    def walk(node: lxml_html.HtmlElement) -> None:
        if node.tag == "br":
            parts.append("\n")
        elif node.text and isinstance(node.tag, str):
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(el)
    lines = [clean_space(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def _row_text(row: lxml_html.HtmlElement) -> str | None:
    """Non-empty cells of a table row joined by `CELL_SEP`; None for a layout row.

    A row whose cells hold paragraphs or lists is page layout, not data: its blocks are
    walked one by one instead.
    """
    cells = [c for c in row if isinstance(c.tag, str) and c.tag in _CELL_TAGS]
    if not cells or any(_has_block_child(c) for c in cells):
        return None
    texts = [" ".join(_text_with_breaks(c).split("\n")) for c in cells]
    return CELL_SEP.join(t for t in texts if t)


def _link_density(el: lxml_html.HtmlElement, text: str) -> float:
    if not text:
        return 0.0
    linked = sum(len(clean_space(a.text_content())) for a in el.iter("a"))
    return min(1.0, linked / len(text))


def iter_blocks(root: lxml_html.HtmlElement) -> list[Block]:
    """Leaf text blocks under `root` in document order; loose text in a `<div>` counts as one."""
    blocks: list[Block] = []

    def emit(el: lxml_html.HtmlElement, tag: str) -> None:
        text = _text_with_breaks(el)
        if text:
            blocks.append(Block(tag, text, _link_density(el, text), el))

    def walk(el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "tr":
            text = _row_text(el)
            if text is not None:
                if text:
                    blocks.append(Block(tag, text, _link_density(el, text), el))
                return
        if tag in BLOCK_TAGS and not _has_block_child(el):
            emit(el, tag)
            return
        # Loose text directly inside a container (e.g. <div>text<br>text</div>) is a block too.
        loose = clean_space(el.text) if tag else ""
        if loose and tag not in BLOCK_TAGS:
            blocks.append(Block("div", loose, 0.0, el))
        elif loose:
            blocks.append(Block(tag, loose, 0.0, el))
        for child in el:
            if isinstance(child.tag, str):
                walk(child)
            tail = clean_space(child.tail)
            if tail:
                blocks.append(Block("div", tail, 0.0, el))

    walk(root)
    return blocks


def is_boiler_block(block: Block) -> bool:
    """Short furniture lines and link lists that survive class-based cleaning."""
    words = len(block.text.split())
    if block.link_density > 0.5 and (words < 25 or block.tag == "li"):
        return True
    return is_furniture_line(block.text)


def is_furniture_line(text: str) -> bool:
    """A short 'Read more' / byline / share line, or a copyright notice of any length."""
    words = len(text.split())
    if words <= 14 and BOILER_LINE.match(text):
        return True
    return words <= 60 and bool(COPYRIGHT_LINE.match(text) or CREDIT_LINE.match(text))


def _good_paragraph_weight(block: Block) -> int:
    """How much a block says 'article prose here': long, punctuated, few links."""
    if block.tag in HEADING_TAGS or block.link_density > 0.3:
        return 0
    n = len(block.text)
    if n < 60 and block.tag != "li":
        return 0
    return n if block.text.rstrip().endswith((".", "?", "!", '"', "”", ";", ":", ")")) else n // 2


def find_main_container(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """Descend from `root` while one child holds most of the prose; stop where it spreads out."""
    weights: dict[lxml_html.HtmlElement, int] = {}
    for block in iter_blocks(root):
        weight = _good_paragraph_weight(block)
        if not weight:
            continue
        node = block.element
        while node is not None:
            weights[node] = weights.get(node, 0) + weight
            if node is root:
                break
            node = node.getparent()
    current = root
    while True:
        total = weights.get(current, 0)
        if not total:
            return current
        best = max(
            (child for child in current if isinstance(child.tag, str)),
            key=lambda child: weights.get(child, 0),
            default=None,
        )
        # 0.8: a body split by an inline ad or pull quote still keeps the parent as container.
        if best is None or weights.get(best, 0) < 0.8 * total or best.tag in BLOCK_TAGS:
            return current
        current = best


def density_blocks(tree: lxml_html.HtmlElement) -> list[Block]:
    """Main-text blocks of a cleaned tree, furniture lines removed."""
    body = tree.find(".//body")
    container = find_main_container(body if body is not None else tree)
    return [b for b in iter_blocks(container) if not is_boiler_block(b)]
