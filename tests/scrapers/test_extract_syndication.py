"""Copies and excerpts of one story share a group; unrelated stories do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.extract.article import extract_article
from scrapers.extract.stories import split_stories
from scrapers.extract.syndication import (
    group_keys,
    group_syndicated,
    shingles,
    similarity,
    story_key,
)

SNAPSHOTS = Path(__file__).resolve().parents[2] / "scrapers" / "sources" / "snapshots" / "dfi"

WIRE = (
    "The city council approved a new budget on Tuesday that raises spending on schools by four "
    "percent and freezes property taxes for a second year.\n\nThe mayor said the plan balanced "
    "the needs of families against the pressure of rising costs, while opposition members argued "
    "that road repairs had been neglected for too long.\n\nThe budget takes effect on July 1."
)
OTHER = (
    "Researchers have found that honeybees can distinguish between patterns of dots, suggesting "
    "a basic sense of number. The insects were trained with sugar rewards over several weeks and "
    "then tested on new patterns they had never seen before."
)


def test_excerpt_and_reformatted_copy_join_the_wire_story() -> None:
    excerpt = WIRE.split("\n\n")[0] + "\n\n" + WIRE.split("\n\n")[1]
    copy = WIRE.replace("\n\n", " ").upper().replace(".", " .")
    groups = group_syndicated([WIRE, OTHER, excerpt, copy])
    assert groups == [0, 1, 0, 0]


def test_short_shared_phrase_is_not_syndication() -> None:
    a = "The White House said on Thursday that talks would continue."
    b = "Officials said on Thursday that talks would continue next week in Geneva with allies."
    assert group_syndicated([a, b]) == [0, 1]
    assert similarity(shingles(a), set()) == 0.0


def test_story_key_is_stable_and_follows_the_longest_member() -> None:
    excerpt = WIRE.split("\n\n")[0]
    assert story_key(WIRE) == story_key(WIRE.replace("\n\n", "  "))
    assert story_key(WIRE) != story_key(OTHER)
    groups = group_syndicated([excerpt + " " + WIRE.split("\n\n")[1], WIRE, OTHER])
    keys = group_keys([excerpt + " " + WIRE.split("\n\n")[1], WIRE, OTHER], groups)
    assert keys[0] == keys[1] == story_key(WIRE)
    assert keys[2] == story_key(OTHER)


def test_dfi_wire_stories_group_with_their_aggregated_excerpts() -> None:
    if not SNAPSHOTS.is_dir():
        pytest.skip("offline corpus not present")
    stories = split_stories((SNAPSHOTS / "aggregator-page.html").read_bytes(), multi_story=True)
    singles = [
        extract_article((SNAPSHOTS / name).read_bytes()).text
        for name in (
            "wire-open-internet-pledge.html",
            "wire-global-internet-rules.html",
            "microsoft-on-the-issues.html",
            "whitehouse-fact-sheet.html",
            "ec-ip-22-2695.html",
            "aggregator-lead.html",
        )
    ]
    texts = [s.text for s in stories] + singles
    groups = group_syndicated(texts)
    # Aggregated stories 1..5 and lead 0 pair with their own pages, and with nothing else.
    aggregated = groups[: len(stories)]
    assert len(set(aggregated)) == len(stories)
    assert groups[len(stories) :] == [
        aggregated[1],
        aggregated[2],
        aggregated[3],
        aggregated[4],
        aggregated[5],
        aggregated[0],
    ]
