"""A declaration that grows: lists in force by date, running totals, joiners, undated claims."""

from __future__ import annotations

import pytest

from pipelines.reconcile.engine import reconcile
from pipelines.reconcile.models import Reconciliation
from pipelines.reconcile.rosters import build_rosters, versions_before, versions_for_claim

TOPIC = "Declaration for the Future of the Internet"
LATER = ["GHA", "MNG", "PHL", "CHL", "FJI", "ARM", "BWA", "ZMB", "GRD"]  # test data: 9 joiners


def _run(claims, enumerations) -> Reconciliation:
    return reconcile(TOPIC, "USA", claims, enumerations)


@pytest.fixture
def grown(make_article, make_enumeration, make_claim, dfi_roster):
    """Launch list (61, 2022-04-28), official totals 62 and 65, a 2023 list of 70."""
    launch = make_article("wh", "The White House", kind="official", published="2022-04-28")
    sept = make_article("state-sept", "State", kind="official", published="2022-09-20")
    dec = make_article("state-dec", "State", kind="official", published="2022-12-14")
    page = make_article("state-page", "State", kind="official", published="2023-07-10")
    lists = [make_enumeration(launch, dfi_roster), make_enumeration(page, dfi_roster + LATER)]
    official = [
        make_claim(
            "o62",
            sept,
            "The Declaration now has 62 endorsing partners.",
            "62 endorsing partners",
            62,
            noun="partner",
        ),
        make_claim(
            "o65",
            dec,
            "The Declaration now has 65 endorsing partners.",
            "65 endorsing partners",
            65,
            noun="partner",
        ),
    ]
    return lists, official


def test_versions_for_claim_by_date(make_article, make_enumeration, dfi_roster) -> None:
    launch = make_article("wh", "WH", kind="official", published="2022-04-28")
    later = make_article("st", "State", kind="official", published="2023-07-10")
    undated = make_article("ud", "Undated", kind="official", published=None)
    rosters = build_rosters(
        [
            make_enumeration(launch, dfi_roster),
            make_enumeration(later, dfi_roster + LATER),
            make_enumeration(undated, dfi_roster + LATER + ["BRA"]),
        ]
    )
    assert [v.version for v in versions_for_claim(rosters, "2022-04-01")] == [1]  # pre-launch
    assert [v.version for v in versions_for_claim(rosters, "2022-12-01")] == [1]
    assert [v.version for v in versions_for_claim(rosters, "2023-07-10")] == [2]
    # After the last dated list an undated one may already be in force.
    assert [v.version for v in versions_for_claim(rosters, "2024-01-01")] == [2, 3]
    assert [v.version for v in versions_for_claim(rosters, None)] == [3]
    assert [v.version for v in versions_before(rosters, "2023-01-01")] == [1]


def test_bounds_are_judged_against_the_list_in_force(grown, make_article, make_claim) -> None:
    lists, official = grown
    may = make_article("may", "May News", published="2022-05-01")
    july = make_article("july", "July News", published="2023-07-20")
    sentence = "The declaration is backed by nearly 70 partners."
    claims = official + [
        make_claim(
            "may", may, sentence, "nearly 70 partners", 70, qualifier="nearly", noun="partner"
        ),
        make_claim(
            "july", july, sentence, "nearly 70 partners", 70, qualifier="nearly", noun="partner"
        ),
        make_claim(
            "old-bound",
            may,
            "More than 60 countries signed.",
            "More than 60 countries",
            60,
            qualifier="more_than",
        ),
    ]
    rec = _run(claims, lists)
    assert (rec.verdicts["july"].verdict, rec.verdicts["july"].roster_version) == ("consistent", 2)
    # In May 2022 the list in force had 61: "nearly 70" was not true then, whatever came later.
    assert rec.verdicts["may"].verdict != "consistent"
    assert rec.verdicts["may"].mechanism == "later_roster_version"
    old = rec.verdicts["old-bound"]
    assert (old.verdict, old.roster_version) == ("consistent", 1)
    assert "later lists changed the count" in old.explanation


def test_running_totals_are_official_figures(grown, make_article, make_claim) -> None:
    lists, official = grown
    echo = make_article("echo", "Echo", published="2022-09-22")
    jan = make_article("jan", "January Review", published="2023-01-20")
    rec = _run(
        official
        + [
            make_claim(
                "echo", echo, "That brings it to 62 partners.", "62 partners", 62, noun="partner"
            ),
            make_claim("jan", jan, "It has 65 partners.", "65 partners", 65, noun="partner"),
        ],
        lists,
    )
    o65 = rec.verdicts["o65"]
    assert (o65.verdict, o65.mechanism) == ("explained", "official_running_total")
    assert "the next, the official list (State, 2023-07-10), names 70" in o65.explanation
    # "62 endorsing partners" is the release's own total, not the launch list plus the US.
    assert rec.verdicts["o62"].mechanism == "official_running_total"
    jan_v = rec.verdicts["jan"]
    assert (jan_v.verdict, jan_v.convention, jan_v.evidence_claim_ids) == (
        "explained",
        "earlier_official_figure",
        ["o65"],
    )
    assert rec.verdicts["echo"].convention == "earlier_official_figure"


def test_official_figure_beyond_its_own_day_list_is_not_growth(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    wh = make_article("wh", "WH", kind="official", published="2022-04-28")
    later = make_article("min", "Ministry", kind="official", published="2022-06-01")
    rec = _run(
        [make_claim("c", later, "Now 65 partners back it.", "65 partners", 65, noun="partner")],
        [make_enumeration(wh, dfi_roster)],
    )
    # Published after the list, with no later list: the official source is the only evidence.
    assert rec.verdicts["c"].mechanism == "official_running_total"
    assert "the official list (WH, 2022-04-28) names 61" in rec.verdicts["c"].explanation


def test_joiners_against_official_figures_and_list_spans(grown, make_article, make_claim) -> None:
    lists, official = grown
    dec = make_article("dec", "Wire", published="2022-12-15")
    page = make_article("page", "Review", published="2023-08-01")
    rec = _run(
        official
        + [
            make_claim(
                "three", dec, "Three more countries joined.", "Three more countries", 3,
                kind="joiners",
            ),
            make_claim(
                "nine", page, "Nine more have joined since launch.", "Nine more", 9,
                kind="joiners",
            ),
            make_claim("four", dec, "Four more joined.", "Four more", 4, kind="joiners"),
        ],
        lists,
    )  # fmt: skip
    three = rec.verdicts["three"]
    assert (three.verdict, three.convention, three.evidence_claim_ids) == (
        "match",
        "official_figure_increase",
        ["o65"],
    )
    assert "from 62" in three.explanation and "to 65" in three.explanation
    nine = rec.verdicts["nine"]
    assert (nine.verdict, nine.convention) == ("match", "added_in_roster_version_2")
    assert "Ghana" in nine.explanation
    # 65 - 61 = 4: the rise from the launch list's total to the December release.
    assert rec.verdicts["four"].convention == "official_figure_increase"


def test_undated_claim_with_an_earlier_figure(grown, make_article, make_claim) -> None:
    lists, _ = grown
    undated = make_article("ud", "Explainer", kind="blog", published=None)
    rec = _run(
        [
            make_claim(
                "c", undated, "Launched with 60 partners.", "60 partners", 60, noun="partner"
            ),
            make_claim("now", undated, "It has 70 partners.", "70 partners", 70, noun="partner"),
        ],
        lists,
    )
    v = rec.verdicts["c"]
    assert (v.verdict, v.roster_version) == ("explained", 1)
    assert "gives no date" in v.explanation
    assert (rec.verdicts["now"].verdict, rec.verdicts["now"].roster_version) == ("match", 2)


def test_group_count_and_composite_with_a_sized_group(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    wh = make_article("wh", "WH", kind="official")
    news = make_article("news", "News")
    rec = _run(
        [
            make_claim(
                "eu",
                news,
                "All 27 EU member states endorsed it.",
                "27 EU member states",
                27,
                noun="member state",
                parts=[{"group": "EUU", "value": 27, "text": "27 EU member states"}],
            ),
            make_claim(
                "split",
                news,
                "It was signed by all 27 EU member states and 32 non-EU countries.",
                "32 non-EU countries",
                32,
                parts=[
                    {"group": "EUU", "value": 27, "text": "27 EU member states"},
                    {"value": 32, "text": "32 non-EU countries"},
                ],
            ),
            make_claim(
                "wrong",
                news,
                "All 28 EU member states endorsed it.",
                "28 EU member states",
                28,
                parts=[{"group": "EUU", "value": 28, "text": "28 EU member states"}],
            ),
        ],
        [make_enumeration(wh, dfi_roster)],
    )
    eu = rec.verdicts["eu"]
    assert (eu.verdict, eu.convention, eu.expected) == ("match", "euu_members_on_list", 27)
    assert eu.mechanism == "group_members"
    assert any("only a group's member states" in p for p in rec.answer)
    assert "all of them" in eu.explanation
    # The group's own size is not part of the rest: 27 + 32 splits the list, 27 + 59 would not.
    split = rec.verdicts["split"]
    assert (split.verdict, split.mechanism) == ("explained", "composite")
    assert rec.verdicts["wrong"].verdict == "contradicts"


def test_same_date_later_lists_of_different_sizes(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    wh = make_article("wh", "WH", kind="official", published="2022-04-28")
    state = make_article("state", "State", kind="official", published="2023-07-10")
    eu = make_article("eeas", "EEAS", kind="official", published="2023-07-10")
    news = make_article("news", "News", published="2023-08-01")
    rec = _run(
        [
            make_claim("c69", news, "It has 69 partners.", "69 partners", 69, noun="partner"),
            make_claim("c61", news, "It has 61 partners.", "61 partners", 61, noun="partner"),
        ],
        [
            make_enumeration(wh, dfi_roster),
            make_enumeration(state, dfi_roster + LATER),
            make_enumeration(eu, dfi_roster + LATER[:-1]),
        ],
    )
    assert [len(r.entries) for r in rec.rosters] == [61, 69, 70]
    v = rec.verdicts["c69"]
    # Both same-date lists are in force; the 69-name list gives the plain reading.
    assert (v.verdict, v.convention, v.roster_version) == (
        "match",
        "endorsers_without_principal",
        2,
    )
    assert "official lists of the same date disagree" in v.explanation
    old = rec.verdicts["c61"]
    assert (old.verdict, old.roster_version) == ("explained", 1)
    assert "already replaced" in old.explanation


def test_only_a_later_list_with_a_retrospective_official_figure(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    page = make_article("state-page", "State", kind="official", published="2023-07-10")
    launch = make_article("wire", "Wire", published="2022-04-28")
    planted = make_article("planted", "Rumours", published="2022-04-28")
    rec = _run(
        [
            make_claim(
                "history",
                page,
                "It was launched in April 2022 by the United States and 60 partners.",
                "60 partners",
                60,
                noun="partner",
                scope="excluding_principal",
            ),
            make_claim(
                "c60",
                launch,
                "The United States and 60 partners signed.",
                "60 partners",
                60,
                noun="partner",
                scope="excluding_principal",
            ),
            make_claim(
                "bound",
                launch,
                "More than 55 countries signed.",
                "More than 55 countries",
                55,
                qualifier="more_than",
            ),
            make_claim("c94", planted, "94 countries signed.", "94 countries", 94),
        ],
        [make_enumeration(page, dfi_roster + LATER)],
    )
    v = rec.verdicts["c60"]
    assert (v.verdict, v.mechanism, v.evidence_claim_ids) == (
        "explained",
        "official_figure",
        ["history"],
    )
    assert "writing later" in v.explanation and "State (2023-07-10)" in v.explanation
    assert rec.verdicts["bound"].verdict == "consistent"
    assert rec.verdicts["c94"].verdict == "contradicts"


def test_stale_composite_split_is_explained_by_the_earlier_list(
    grown, make_article, make_claim
) -> None:
    lists, _ = grown
    late = make_article("late", "Late News", published="2024-01-10")
    rec = _run(
        [
            make_claim(
                "c",
                late,
                "It was signed by all EU member states and 32 other countries.",
                "all EU member states and 32 other countries",
                32,
                parts=[
                    {"group": "EUU", "text": "all EU member states"},
                    {"value": 32, "text": "32 other countries"},
                ],
            )
        ],
        lists,
    )
    v = rec.verdicts["c"]
    assert (v.verdict, v.mechanism, v.roster_version) == ("explained", "composite", 1)


def test_an_official_list_of_joiners_is_not_a_roster(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    release = make_article("state-dec", "State", kind="official", published="2022-12-14")
    page = make_article("state-page", "State", kind="official", published="2023-07-10")
    sentence = "With the addition of Mongolia, the Philippines and Chile, it now has 65 partners."
    rec = _run(
        [make_claim("o65", release, sentence, "65 partners", 65, noun="partner")],
        [
            make_enumeration(release, ["MNG", "PHL", "CHL"], sentence),
            make_enumeration(page, dfi_roster + LATER),
        ],
    )
    # The release names 3 but counts 65: it lists joiners, so the page's list is the only version.
    assert [(r.version, r.source_id, len(r.entries)) for r in rec.rosters] == [
        (1, "state-page", 70)
    ]
    assert build_rosters([make_enumeration(release, ["MNG", "PHL", "CHL"], sentence)])  # alone


def test_an_official_list_of_announced_joiners_is_not_a_roster(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    release = make_article("state-dec", "State", kind="official", published="2022-12-14")
    page = make_article("state-page", "State", kind="official", published="2023-07-10")
    sentence = "Three more countries joined: Mongolia, the Philippines and Chile."
    joined = make_claim(
        "j", release, sentence, "Three more countries", 3, kind="joiners", noun="country"
    )
    since = make_claim(
        "nine", page, "Nine more have joined since launch.", "Nine more", 9, kind="joiners"
    )
    rec = _run(
        [joined, since],
        [
            make_enumeration(release, ["MNG", "PHL", "CHL"], sentence),
            make_enumeration(page, dfi_roster + LATER),
        ],
    )
    # The page also announces joiners, but its list is far longer than nine: it stays the roster.
    assert [(r.source_id, len(r.entries)) for r in rec.rosters] == [("state-page", 70)]
