"""`extract_article`: one page's main text and metadata (the `tally extract-article` contract).

The main text is voted from four extractors: trafilatura with its default, precision and
recall settings, and our own DOM-density extractor over a cleaned tree. A block of
trafilatura's recall output survives when enough of the others also found it, which drops
the furniture a single extractor lets through while keeping what only the recall run finds.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from scrapers.extract.blocks import density_blocks, is_boiler_block, is_furniture_line, iter_blocks
from scrapers.extract.clean import clean_tree
from scrapers.extract.decode import decode_html
from scrapers.extract.engines import trafilatura_blocks
from scrapers.extract.language import detect_language
from scrapers.extract.metadata import (
    clean_space,
    find_author,
    find_declared_language,
    find_published,
    find_publisher,
    find_title,
    json_ld_objects,
)
from scrapers.items import ExtractedArticle

_TOKEN = re.compile(r"\w+", re.UNICODE)
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_BULLET = re.compile(r"^[•·▪◦‣∙*–-]\s+")

# Vote weights: trafilatura's default and precision runs and our density extractor each count
# fully (density a little more: it is the only voter independent of trafilatura); the recall
# run, which proposes every candidate, counts half. A block needs KEEP_AT votes to stay.
WEIGHTS = {"default": 1.0, "precision": 1.0, "recall": 0.5, "density": 1.5}
KEEP_AT = 2.0


def parse_html(html: str) -> lxml_html.HtmlElement:
    """Parse markup into an lxml document, tolerating fragments and XML declarations."""
    cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        return lxml_html.document_fromstring(cleaned or "<html></html>")
    except Exception:  # noqa: BLE001 - lxml raises ParserError on empty/odd documents
        return lxml_html.document_fromstring("<html><body></body></html>")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _shingles(tokens: list[str], size: int = 3) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1))}


class _Voter:
    """Answers 'did this extractor also find that block?' by shingle overlap."""

    def __init__(self, texts: list[str]) -> None:
        tokens = [_tokens(t) for t in texts]
        self.shingles: set[tuple[str, ...]] = set().union(*(_shingles(t) for t in tokens))
        self.joined = " " + " ".join(" ".join(t) for t in tokens) + " "
        self.empty = not texts

    def supports(self, text: str) -> bool:
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < 4:
            return f" {' '.join(tokens)} " in self.joined
        mine = _shingles(tokens)
        return len(mine & self.shingles) >= 0.5 * len(mine)


def _size(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _strip_bullet(text: str) -> str:
    return "\n".join(_BULLET.sub("", line) for line in text.split("\n"))


def main_text_blocks(
    html: str, tree: lxml_html.HtmlElement, url: str | None
) -> tuple[list[str], str]:
    """The page's main-text blocks and how they were chosen: "vote", "density" or "trafilatura".

    Trafilatura's runs and the density extractor vote block by block; when one side found
    almost nothing next to the other, that side is taken as broken and the other one is used.
    """
    density = [b.text for b in density_blocks(clean_tree(copy.deepcopy(tree)))]
    runs = {
        name: [t for _, t in trafilatura_blocks(html, url, name)]
        for name in WEIGHTS
        if name != "density"
    }
    base = runs["recall"] or runs["default"]
    # When trafilatura finds far less than the density extractor (short pages, odd layouts),
    # or the density extractor latched onto a small box, one side is broken: trust the other.
    if _size(base) < 0.3 * _size(density):
        return density, "density"
    if _size(density) < 0.3 * _size(runs["default"]):
        return runs["default"] or base, "trafilatura"
    voters = {name: _Voter(texts) for name, texts in runs.items()}
    voters["density"] = _Voter(density)
    kept: list[str] = []
    for text in base:
        score = sum(WEIGHTS[name] for name, voter in voters.items() if voter.supports(text))
        if score >= KEEP_AT:
            kept.append(text)
    return kept, "vote"


REPEAT_MIN_WORDS = 6


def _repeated(token_lists: list[list[str]]) -> set[int]:
    """Indices of pull quotes and repeated lines: blocks whose text recurs inside another block.

    Of two identical blocks the first stays; a block contained in a longer one goes. Candidate
    containers are found through the block's first word 6-gram, so long pages stay linear.
    """
    size = REPEAT_MIN_WORDS
    holders: dict[tuple[str, ...], set[int]] = {}
    for index, tokens in enumerate(token_lists):
        for start in range(len(tokens) - size + 1):
            holders.setdefault(tuple(tokens[start : start + size]), set()).add(index)
    joined = [" " + " ".join(tokens) + " " for tokens in token_lists]
    repeated: set[int] = set()
    for index, tokens in enumerate(token_lists):
        if len(tokens) < size:
            continue
        for other in holders.get(tuple(tokens[:size]), ()):
            if other == index or joined[index] not in joined[other]:
                continue
            if len(token_lists[other]) > len(tokens) or other < index:
                repeated.add(index)
                break
    return repeated


def _drop_furniture(texts: list[str], title: str | None) -> list[str]:
    """Remove bylines/share lines, pull quotes, the repeated headline, and bullet glyphs."""
    out: list[str] = []
    title_tokens = _tokens(title or "")
    repeated = _repeated([_tokens(t) for t in texts])
    for index, text in enumerate(texts):
        if is_furniture_line(text) or index in repeated:
            continue
        if index < 3 and not out and title_tokens and _tokens(text) == title_tokens:
            continue
        text = _strip_bullet(text)
        if text:
            out.append(text)
    return out


def _select(tree: lxml_html.HtmlElement, selector: str | None) -> list[lxml_html.HtmlElement]:
    if not selector:
        return []
    try:
        return list(tree.cssselect(selector))
    except Exception:  # noqa: BLE001 - a bad selector in config must not crash extraction
        return []


def _selected_text(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    for el in _select(tree, selector):
        text = clean_space(el.get("content") or el.get("datetime") or el.text_content())
        if text:
            return text
    return None


def _selected_blocks(tree: lxml_html.HtmlElement, selector: str) -> list[str] | None:
    """Blocks of the elements a configured `text` selector names, boilerplate removed."""
    elements = _select(tree, selector)
    if not elements:
        return None
    texts: list[str] = []
    for el in elements:
        clean = clean_tree(copy.deepcopy(el), keep_share=1.0)
        texts.extend(b.text for b in iter_blocks(clean) if not is_boiler_block(b))
    return texts


def _selected_date(tree: lxml_html.HtmlElement, selector: str | None) -> str | None:
    raw = _selected_text(tree, selector)
    if not raw:
        return None
    match = _ISO_DATE.search(raw)
    if match:
        return "-".join(match.groups())
    from htmldate import find_date

    return find_date(f"<html><body><p>{raw}</p></body></html>", outputformat="%Y-%m-%d") or None


def extract_article(
    html: str | bytes, url: str | None = None, selectors: dict[str, Any] | None = None
) -> ExtractedArticle:
    """Main text (blocks joined by blank lines), title, publisher, date, author and language."""
    markup = decode_html(html)
    tree = parse_html(markup)
    objects = json_ld_objects(tree)
    selectors = selectors or {}
    title = _selected_text(tree, selectors.get("title")) or find_title(tree, objects)
    texts = _selected_blocks(tree, selectors["text"]) if selectors.get("text") else None
    method = "selectors"
    if texts is None:
        texts, method = main_text_blocks(markup, tree, url)
    text = "\n\n".join(_drop_furniture(texts, title))
    published = _selected_date(tree, selectors.get("published")) or find_published(
        tree, objects, url, markup
    )
    author = _selected_text(tree, selectors.get("author")) or find_author(tree, objects)
    language = find_declared_language(tree) or detect_language(text or markup)
    return ExtractedArticle(
        title=title,
        text=text,
        published=published,
        publisher=find_publisher(tree, objects, url),
        language=language,
        author=author,
        extra={"text_method": method},
    )


def article_contract(article: ExtractedArticle) -> dict[str, str | None]:
    """The DESIGN.md `extract-article` object for one article."""
    return {
        "title": article.title,
        "text": article.text,
        "published": article.published,
        "publisher": article.publisher,
        "language": article.language,
    }


def extract_article_file(path: str | Path, url: str | None = None) -> dict[str, str | None]:
    """Read an HTML file and return `{"title","text","published","publisher","language"}`."""
    data = Path(path).read_bytes()
    return article_contract(extract_article(data, url=url))
