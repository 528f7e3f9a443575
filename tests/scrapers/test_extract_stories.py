"""Aggregator pages split into their stories; press releases with section headings do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.extract.stories import split_headline, split_stories

SNAPSHOTS = Path(__file__).resolve().parents[2] / "scrapers" / "sources" / "snapshots" / "dfi"

# The seed page's headline lines, in order; the Microsoft one carries a byline.
SEED_HEADLINES = [
    "US and over 55 other countries commit to democratic internet governance",
    "U.S. and more than 55 other countries pledge to keep an open internet.",
    "U.S. joins 55 nations to set new global rules for the internet",
    "A vital step at a critical moment: The Declaration for the Future of the Internet",
    "United States and 60 Global Partners Launch Declaration for the Future of the Internet",
    "EU and international partners put forward a Declaration for the Future of the Internet",
]

PARAGRAPH = (
    "<p>{}. The committee met on Tuesday and heard evidence from residents, officials and "
    "independent experts, who described the effects of the proposal in considerable detail and "
    "answered questions from members for more than two hours before the session closed.</p>"
)


def _snapshot(name: str) -> bytes:
    path = SNAPSHOTS / name
    if not path.exists():
        pytest.skip("offline corpus not present")
    return path.read_bytes()


def _page(body: str, title: str = "Page title for the test") -> str:
    return (
        f"<html lang='en'><head><title>{title}</title>"
        "<meta property='og:site_name' content='Test Site'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>{title}</h1><div class='entry-content'>{body}</div></article>"
        "<div id='comments'><h3>Leave a Reply</h3><form><textarea></textarea></form></div>"
        "</main><footer>Copyright Test Site</footer></body></html>"
    )


@pytest.mark.parametrize("multi_story", [True, None])
def test_aggregator_splits_into_lead_and_each_quoted_story(multi_story: bool | None) -> None:
    stories = split_stories(_snapshot("aggregator-page.html"), multi_story=multi_story)
    assert [s.title for s in stories] == SEED_HEADLINES
    assert [s.story_index for s in stories] == list(range(len(SEED_HEADLINES)))
    assert stories[3].author == "Brad Smith"
    assert stories[3].extra["author_role"] == "President & Vice Chair"
    lead, first_wire = stories[0], stories[1]
    assert lead.text.startswith("More than 55 countries and the United States")
    assert "Also see" not in lead.text
    assert "pledged to reinforce democracy online" not in lead.text
    assert first_wire.text.startswith("The United States and more than 55 other governments")
    assert "especially young people and women." in first_wire.text
    assert "U.S. joins 55 nations" not in first_wire.text
    assert "and Uruguay." in stories[4].text
    for story in stories:
        assert story.published == "2022-04-28"
        assert story.publisher == "Aggregator site (unnamed in seed)"
        assert "Leave a Reply" not in story.text
        assert "Your email address" not in story.text
        assert "Akismet" not in story.text


def test_aggregator_not_split_when_forbidden() -> None:
    stories = split_stories(_snapshot("aggregator-page.html"), multi_story=False)
    assert len(stories) == 1
    assert "pledged to reinforce democracy online" in stories[0].text


def test_press_release_with_section_headings_does_not_split() -> None:
    stories = split_stories(_snapshot("ec-ip-22-2695.html"))
    assert len(stories) == 1
    assert "Next Steps" in stories[0].text
    assert stories[0].title.startswith("EU and international partners")


def test_single_story_pages_yield_one_article() -> None:
    for name in ("whitehouse-fact-sheet.html", "wire-global-internet-rules.html"):
        stories = split_stories(_snapshot(name))
        assert len(stories) == 1 and stories[0].story_index == 0


def test_inline_release_subheadings_do_not_split() -> None:
    body = (
        PARAGRAPH.format("The council adopted the plan")
        + "<h2>Background</h2>"
        + PARAGRAPH.format("The plan was first proposed last year")
        + "<h2>Next Steps</h2>"
        + PARAGRAPH.format("Work will start in the spring")
        + "<h2>For More Information</h2><p>Contact the press office.</p>"
    )
    stories = split_stories(_page(body))
    assert len(stories) == 1
    assert "Background" in stories[0].text and "Next Steps" in stories[0].text


def test_inline_aggregator_splits_and_forced_split_works_on_short_headings() -> None:
    body = (
        PARAGRAPH.format("Lead story text")
        + "<p>Also see:</p>"
        + "<h2>Regional council approves the new riverside cycling route</h2>"
        + PARAGRAPH.format("First quoted story")
        + "<h2>Hospital trust opens a second maternity unit by Jane Roe – Health Editor</h2>"
        + PARAGRAPH.format("Second quoted story")
    )
    stories = split_stories(_page(body, "Lead story headline about the council"))
    assert [s.title for s in stories] == [
        "Lead story headline about the council",
        "Regional council approves the new riverside cycling route",
        "Hospital trust opens a second maternity unit",
    ]
    assert stories[2].author == "Jane Roe"
    assert stories[1].text.startswith("First quoted story.")
    assert "Second quoted story" not in stories[1].text
    assert all("Leave a Reply" not in s.text for s in stories)

    short = PARAGRAPH.format("Intro") + "<h2>Rail</h2>" + PARAGRAPH.format("Rail story")
    assert len(split_stories(_page(short))) == 1
    forced = split_stories(_page(short), multi_story=True)
    assert [s.title for s in forced][1:] == ["Rail"]


def test_split_headline() -> None:
    assert split_headline("A vital step by Brad Smith – President & Vice Chair") == (
        "A vital step",
        "Brad Smith",
        "President & Vice Chair",
    )
    assert split_headline("Treaty signed by 60 countries") == (
        "Treaty signed by 60 countries",
        None,
        None,
    )
    assert split_headline("Opinion: the road ahead by Ana María Costa") == (
        "Opinion: the road ahead",
        "Ana María Costa",
        None,
    )


def test_bold_paragraph_headlines_split_only_without_real_headings() -> None:
    body = (
        PARAGRAPH.format("Lead story text")
        + "<p><strong>Regional council approves the new riverside cycling route</strong></p>"
        + PARAGRAPH.format("First quoted story")
        + "<p><b>Hospital trust opens a second maternity unit in the north</b></p>"
        + PARAGRAPH.format("Second quoted story")
    )
    stories = split_stories(_page(body, "Lead story headline about the council"))
    assert [s.title for s in stories][1:] == [
        "Regional council approves the new riverside cycling route",
        "Hospital trust opens a second maternity unit in the north",
    ]
    # The EC release's bold "Next Steps" inside the aggregated story stays text.
    aggregated = split_stories(_snapshot("aggregator-page.html"), multi_story=True)
    assert "Next Steps" in aggregated[-1].text.split("\n\n")
