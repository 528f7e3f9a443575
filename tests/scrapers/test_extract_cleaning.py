"""Boilerplate decisions: furniture lines, class-based cleaning guards, final tidy-up."""

from __future__ import annotations

import pytest

from scrapers.extract.blocks import density_blocks, is_furniture_line
from scrapers.extract.clean import clean_tree
from scrapers.extract.dom import parse_html
from scrapers.extract.tidy import tidy_blocks

PROSE = (
    "The harbour board met on Friday to agree the new fees, which will rise by five percent "
    "next year after two years in which they were frozen to help local fishing crews."
)


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "Read more: What happened during the 2019 trial",
        "Share this article",
        "By Jane Doe, Reuters",
        "BY GEIR MOULSON Associated Press",
        "Copyright 2022 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission.",
        "(Reporting by Jane Doe in Paris; Editing by Mark Potter)",
        "Lire aussi : Le vélo électrique séduit",
        "Mehr zum Thema: Warum die Bahn so oft zu spät kommt",
        "Listen to this article",
        "Leave a Reply",
        "Also see:",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Friday, officials said the talks would end.",
        "Related to this, the minister said nothing.",
        "Reporting by the ministry showed that exports fell by a tenth last year.",
        "Share prices fell sharply on Tuesday after the results were published.",
        "Sixty governments signed the declaration.",
        PROSE,
    ],
)
def test_prose_is_not_furniture(line: str) -> None:
    assert not is_furniture_line(line)


def _texts(html: str) -> list[str]:
    return [b.text for b in density_blocks(clean_tree(parse_html(html)))]


def test_wrappers_flagged_by_class_are_kept_when_they_hold_the_article() -> None:
    body = "".join(f"<p>{PROSE}</p>" for _ in range(4))
    aspnet = (
        f"<html><body><form id='aspnetForm'><div id='ctl00_main'>{body}</div></form></body></html>"
    )
    assert _texts(aspnet).count(PROSE) == 4
    sidebar_body = (
        f"<html><body class='single has-sidebar'><div class='post-print'>{body}</div></body></html>"
    )
    assert _texts(sidebar_body).count(PROSE) == 4


def test_strong_boilerplate_boxes_go_even_with_prose() -> None:
    comments = "".join(f"<p>{PROSE} Comment {i}.</p>" for i in range(3))
    html = (
        f"<html><body><article>{''.join(f'<p>{PROSE}</p>' for _ in range(3))}</article>"
        f"<div class='comments-area'>{comments}</div>"
        "<div class='newsletter-box'><p>Get our newsletter every morning.</p></div></body></html>"
    )
    texts = _texts(html)
    assert texts == [PROSE] * 3


def test_tidy_drops_pull_quotes_headline_variants_and_bullets() -> None:
    texts = [
        "Harbour fees rise by five percent",
        PROSE,
        "which will rise by five percent next year",
        "• Fees for visiting yachts rise too",
        "Austria",
        "Austria",
    ]
    tidied = tidy_blocks(texts, ["Harbour fees to rise", "Harbour fees rise by five percent"])
    assert tidied == [PROSE, "Fees for visiting yachts rise too", "Austria", "Austria"]
    assert tidy_blocks(["Title", "Body text here."], "Title") == ["Body text here."]
    assert tidy_blocks(["Body text here."], None) == ["Body text here."]
