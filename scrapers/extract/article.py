"""`extract_article`: one page's main text and metadata (the `tally extract-article` contract).

Configured selectors win; otherwise the main text comes from the vote in `vote.py` and the
metadata from `metadata.py`. Blocks (paragraphs, list items, headings) are joined by "\n\n".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from scrapers.extract.decode import decode_html
from scrapers.extract.dom import parse_html
from scrapers.extract.language import detect_language
from scrapers.extract.metadata import (
    find_author,
    find_declared_language,
    find_published,
    find_publisher,
    find_title,
    json_ld_objects,
    title_variants,
)
from scrapers.extract.selectors import selected_blocks, selected_date, selected_text
from scrapers.extract.tidy import tidy_blocks
from scrapers.extract.vote import main_text_blocks
from scrapers.items import ExtractedArticle


def page_metadata(
    tree: lxml_html.HtmlElement, markup: str, url: str | None, selectors: dict[str, Any]
) -> ExtractedArticle:
    """Title, date, publisher, author and declared language of a page (text left empty)."""
    objects = json_ld_objects(tree)
    return ExtractedArticle(
        title=selected_text(tree, selectors.get("title")) or find_title(tree, objects),
        text="",
        published=selected_date(tree, selectors.get("published"))
        or find_published(tree, objects, url, markup),
        publisher=find_publisher(tree, objects, url),
        language=find_declared_language(tree),
        author=selected_text(tree, selectors.get("author")) or find_author(tree, objects),
    )


def extract_article(
    html: str | bytes, url: str | None = None, selectors: dict[str, Any] | None = None
) -> ExtractedArticle:
    """Main text (blocks joined by blank lines), title, publisher, date, author and language."""
    markup = decode_html(html)
    tree = parse_html(markup)
    selectors = selectors or {}
    article = page_metadata(tree, markup, url, selectors)
    texts = selected_blocks(tree, selectors["text"]) if selectors.get("text") else None
    method = "selectors"
    if texts is None:
        texts, method = main_text_blocks(markup, tree, url)
    titles = [article.title, *title_variants(tree, json_ld_objects(tree))]
    article.text = "\n\n".join(tidy_blocks(texts, titles))
    article.language = article.language or detect_language(article.text or markup)
    article.extra["text_method"] = method
    return article


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
