"""`split_stories`: one `ExtractedArticle` per story on pages that quote several under headlines.

An aggregator page carries a lead story under the page headline, then reproduces other
stories, each under its own heading. A press release also has headings, but they are short
section labels ("Next Steps", "Background"), so automatic detection splits only on headings
that read like headlines and each introduce substantial prose.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

from lxml import html as lxml_html

from scrapers.extract.article import extract_article, page_metadata
from scrapers.extract.blocks import Block, find_main_container, is_boiler_block, iter_blocks
from scrapers.extract.clean import clean_tree
from scrapers.extract.decode import decode_html
from scrapers.extract.dom import parse_html
from scrapers.extract.language import detect_language
from scrapers.extract.tidy import tidy_blocks
from scrapers.items import ExtractedArticle

# Heading levels a story boundary may use, shallowest first. "p-strong" is a paragraph that is
# entirely bold, the headline of sites whose editors do not use heading tags; it is chosen
# only when a page has no real headings.
_SPLIT_TAGS = ("h2", "h3", "h4", "p-strong")
# Section labels of releases and reports: never a story boundary on auto-detection.
SECTION_LABELS = re.compile(
    r"^(?:next steps?|background|context|for more information|more information|"
    r"further information|contacts?|press contacts?|media contacts?|notes? to editors?|"
    r"about .{0,40}|related (?:links|content|articles|stories)|quotes?|summary|overview|"
    r"introduction|conclusion|key (?:points|facts)|details|resources|faqs?|q&a)\W*$",
    re.IGNORECASE,
)
# "Headline by First Last – Role": the byline belongs in `author`, not the title.
_HEADLINE_BYLINE = re.compile(
    r"^(?P<title>.+?)\s+[Bb]y\s+(?P<author>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"
    r"(?:\s*[–—|,-]\s*(?P<role>.+))?$"
)
MIN_HEADLINE_WORDS = 6
MIN_STORY_CHARS = 250


def split_headline(line: str) -> tuple[str, str | None, str | None]:
    """(title, author, role) of a headline line; author and role None when there is no byline."""
    match = _HEADLINE_BYLINE.match(line.strip())
    if not match:
        return line.strip(), None, None
    return match.group("title").strip(" :–—-"), match.group("author"), match.group("role")


def _segments(blocks: list[Block], level: str) -> list[tuple[Block | None, list[Block]]]:
    """Cut the block sequence at each heading of `level`: (heading, following blocks)."""
    segments: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in blocks:
        if block.tag == level:
            segments.append((block, []))
        else:
            segments[-1][1].append(block)
    return segments


def _prose_chars(blocks: list[Block]) -> int:
    return sum(len(b.text) for b in blocks if b.tag not in _SPLIT_TAGS and not is_boiler_block(b))


def _looks_like_headline(heading: Block, body: list[Block]) -> bool:
    text = heading.text
    return (
        len(text.split()) >= MIN_HEADLINE_WORDS
        and not SECTION_LABELS.match(text)
        and _prose_chars(body) >= MIN_STORY_CHARS
    )


def _split_level(blocks: list[Block]) -> str | None:
    counts = Counter(b.tag for b in blocks if b.tag in _SPLIT_TAGS)
    if not counts:
        return None
    # The shallowest heading level that occurs: deeper ones are sub-sections of stories.
    return min(counts, key=lambda tag: (_SPLIT_TAGS.index(tag), -counts[tag]))


def _should_split(segments: list[tuple[Block | None, list[Block]]]) -> bool:
    headed = [(h, body) for h, body in segments if h is not None]
    headline_like = [h for h, body in headed if _looks_like_headline(h, body)]
    return len(headline_like) >= 2 and len(headline_like) >= 0.6 * len(headed)


def _is_bold_paragraph(block: Block) -> bool:
    el = block.element
    if block.tag != "p" or (el.text or "").strip() or len(el) != 1:
        return False
    child = el[0]
    return child.tag in ("strong", "b") and not (child.tail or "").strip()


def _story_region(tree: lxml_html.HtmlElement, selectors: dict[str, Any]) -> list[Block]:
    """Blocks of the page body (configured `text` selector, else the densest container)."""
    cleaned = clean_tree(copy.deepcopy(tree))
    blocks: list[Block] = []
    if selectors.get("text"):
        try:
            elements = cleaned.cssselect(selectors["text"])
        except Exception:  # noqa: BLE001 - a bad selector falls back to detection
            elements = []
        blocks = [b for el in elements for b in iter_blocks(el)]
    if not blocks:
        body = cleaned.find(".//body")
        blocks = iter_blocks(find_main_container(body if body is not None else cleaned))
    for block in blocks:
        if _is_bold_paragraph(block):
            block.tag = "p-strong"
    return blocks


def _story(
    index: int, heading: Block | None, body: list[Block], base: ExtractedArticle
) -> ExtractedArticle:
    """One story: the lead takes the page's title and author, a headed one its own headline."""
    title, author = base.title, base.author
    extra: dict[str, str] = {"text_method": "stories"}
    if heading is not None:
        title, byline_author, role = split_headline(heading.text)
        author = byline_author
        if role:
            extra["author_role"] = role
    text = "\n\n".join(tidy_blocks([b.text for b in body if not is_boiler_block(b)], title))
    return ExtractedArticle(
        title=title,
        text=text,
        published=base.published,
        publisher=base.publisher,
        language=base.language or detect_language(text),
        author=author,
        story_index=index,
        extra=extra,
    )


def split_stories(
    html: str | bytes,
    url: str | None = None,
    selectors: dict[str, Any] | None = None,
    multi_story: bool | None = None,
) -> list[ExtractedArticle]:
    """One article per story; `multi_story` True forces splitting, False forbids, None detects."""
    if multi_story is False:
        return [extract_article(html, url=url, selectors=selectors)]
    selectors = selectors or {}
    markup = decode_html(html)
    tree = parse_html(markup)
    blocks = _story_region(tree, selectors)
    level = _split_level(blocks)
    if level is None:
        return [extract_article(markup, url=url, selectors=selectors)]
    segments = _segments(blocks, level)
    if multi_story is None and not _should_split(segments):
        return [extract_article(markup, url=url, selectors=selectors)]
    page = page_metadata(tree, markup, url, selectors)
    stories: list[ExtractedArticle] = []
    for heading, body in segments:
        if heading is None and _prose_chars(body) == 0:
            continue  # no lead story above the first headline
        story = _story(len(stories), heading, body, page)
        if story.text:  # a headline with nothing under it is not a story
            stories.append(story)
    return stories
