"""`extract_article` on small pages: metadata sources, selectors, lists and boilerplate."""

from __future__ import annotations

import json
from pathlib import Path

from scrapers.extract.article import extract_article, extract_article_file

PROSE = (
    "The regional assembly voted on Wednesday to extend the programme for another three years, "
    "after a debate in which members from all parties praised its results in rural areas."
)
PROSE2 = (
    "Officials said the extension would cost about twelve million euros a year and would be paid "
    "for from the existing infrastructure budget rather than from new borrowing."
)


def _page(head: str = "", body: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><title>Assembly extends programme | Site</title>{head}</head>"
        "<body><div class='cookie-banner'>We use cookies to improve your experience on our site.</div>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        f"<main><article><h1>Assembly extends programme</h1><p class='byline'>By Ana Costa</p>"
        f"<p>{PROSE}</p>{body}<p>{PROSE2}</p>"
        "<div class='share-buttons'><a href='#'>Share on Facebook</a></div></article>"
        "<aside class='related'><h3>Related</h3><ul><li><a href='/a'>Another story about the assembly</a></li></ul></aside>"
        "<div id='comments'><p>I disagree with this decision entirely and wrote to my representative.</p></div>"
        "</main><footer><p>Copyright 2024 Site. All rights reserved.</p></footer></body></html>"
    )


def test_main_text_keeps_paragraphs_and_list_items_and_drops_furniture() -> None:
    body = "<ul><li>Austria joined in May;</li><li>Chile joined in June;</li><li>Ghana joined last.</li></ul>"
    article = extract_article(_page(body=body))
    blocks = article.text.split("\n\n")
    assert blocks == [
        PROSE,
        "Austria joined in May;",
        "Chile joined in June;",
        "Ghana joined last.",
        PROSE2,
    ]
    assert article.title == "Assembly extends programme"


def test_publisher_sources_in_order() -> None:
    og = "<meta property='og:site_name' content='OG Name'>"
    ld = json.dumps(
        {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "LD Name"}}
    )
    ld_tag = f"<script type='application/ld+json'>{ld}</script>"
    meta = "<meta name='publisher' content='Meta Name'>"
    assert extract_article(_page(og + ld_tag + meta)).publisher == "OG Name"
    assert extract_article(_page(ld_tag + meta)).publisher == "LD Name"
    assert extract_article(_page(meta)).publisher == "Meta Name"
    assert extract_article(_page(), url="https://www.example.org/a/b").publisher == "example.org"
    assert extract_article(_page()).publisher is None


def test_json_ld_date_author_and_headline() -> None:
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Site"},
            {
                "@type": "NewsArticle",
                "headline": "Assembly extends programme for three years",
                "datePublished": "2024-02-29T08:00:00+01:00",
                "author": [{"@type": "Person", "name": "Ana Costa"}],
            },
        ],
    }
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    article = extract_article(_page(head))
    assert article.published == "2024-02-29"
    assert article.author == "Ana Costa"
    assert article.title == "Assembly extends programme for three years"


def test_broken_json_ld_and_meta_date() -> None:
    head = (
        "<script type='application/ld+json'>{not json</script>"
        "<meta property='article:published_time' content='2021-11-05T10:00:00Z'>"
    )
    assert extract_article(_page(head)).published == "2021-11-05"


def test_selectors_override_generic_extraction() -> None:
    body = "<div class='box'><p>Only this paragraph should be taken by the selector.</p></div>"
    html = _page(
        body=body + "<span class='when' data-x='1'>5 March 2023</span><i class='who'>J. Doe</i>"
    )
    selectors = {"title": "h1", "text": "div.box", "published": ".when", "author": ".who"}
    article = extract_article(html, selectors=selectors)
    assert article.text == "Only this paragraph should be taken by the selector."
    assert article.extra["text_method"] == "selectors"
    assert article.published == "2023-03-05"
    assert article.author == "J. Doe"
    # A selector that matches nothing, or is invalid, falls back to generic extraction.
    fallback = extract_article(html, selectors={"text": "div.missing", "title": "[[bad"})
    assert PROSE in fallback.text and fallback.title == "Assembly extends programme"


def test_extract_article_file_contract(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(_page("<meta property='og:site_name' content='Site'>").encode("utf-8"))
    result = extract_article_file(path, url="https://example.org/x")
    assert list(result) == ["title", "text", "published", "publisher", "language"]
    assert result["publisher"] == "Site" and result["language"] == "en"
    assert PROSE in result["text"]


def test_empty_and_textless_pages_do_not_crash() -> None:
    pages = (
        "",
        b"",
        "<html></html>",
        "<html><body><script>var x = 1;</script></body></html>",
        "<?xml version='1.0'?><html><body></body></html>",
    )
    for html in pages:
        article = extract_article(html)
        assert article.text == ""
        assert article.story_index == 0


def test_br_separated_bullets_become_lines_and_glyphs_go() -> None:
    body = "<p>• Albania<br>• Andorra<br>• Argentina and others that signed the text</p>"
    article = extract_article(_page(body=body))
    assert "Albania\nAndorra\nArgentina and others that signed the text" in article.text
