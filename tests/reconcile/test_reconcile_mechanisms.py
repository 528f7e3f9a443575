"""Each verdict mechanism on its own: versions, disagreement, composites, copies, bounds, kinds."""

from __future__ import annotations

import pytest

import pipelines.reconcile.engine as engine
from pipelines.reconcile.engine import reconcile
from pipelines.reconcile.models import Reconciliation

TOPIC = "Declaration for the Future of the Internet"


def _run(claims, enumerations, principal: str = "USA") -> Reconciliation:
    return reconcile(TOPIC, principal, claims, enumerations)


@pytest.fixture
def two_versions(make_article, make_enumeration, dfi_roster):
    """The launch list (61) and a June list adding Grenada and the Philippines (63)."""
    launch = make_article("wh", "The White House", kind="official", published="2022-04-28")
    june = make_article("wh-june", "The White House", kind="official", published="2022-06-10")
    return [
        make_enumeration(launch, dfi_roster),
        make_enumeration(june, dfi_roster + ["GRD", "PHL"]),
    ]


def test_claim_between_versions_is_explained_by_the_earlier_one(
    two_versions, make_article, make_claim
) -> None:
    may = make_article("news", "May News", published="2022-05-15")
    sentence = "The United States and 61 partners back the declaration."
    rec = _run(
        [
            make_claim(
                "c", may, sentence, "61 partners", 61, noun="partner", scope="excluding_principal"
            )
        ],
        two_versions,
    )
    v = rec.verdicts["c"]
    assert (v.verdict, v.mechanism) == ("explained", "earlier_roster_version")
    assert (v.convention, v.roster_version, v.expected, v.delta) == (
        "endorsers_without_principal",
        1,
        61,
        0,
    )
    assert "in force when May News, 2022-05-15 published" in v.explanation
    assert "added Grenada and Philippines" in v.explanation


def test_superseded_figure_after_the_new_list_is_explained_as_out_of_date(
    two_versions, make_article, make_claim
) -> None:
    sentence = "The United States and 58 other countries signed."
    may = make_article("news-may", "May News", published="2022-05-15")
    july = make_article("news-july", "July News", published="2022-07-01")
    rec = _run(
        [
            make_claim("may", may, sentence, "58 other countries", 58, scope="excluding_principal"),
            make_claim(
                "july", july, sentence, "58 other countries", 58, scope="excluding_principal"
            ),
        ],
        two_versions,
    )
    assert rec.verdicts["may"].verdict == "explained"
    assert rec.verdicts["may"].convention == "states_without_principal"
    assert "the list in force when May News" in rec.verdicts["may"].explanation
    july_v = rec.verdicts["july"]
    assert (july_v.verdict, july_v.mechanism, july_v.roster_version) == (
        "explained",
        "earlier_roster_version",
        1,
    )
    assert "already replaced when July News, 2022-07-01 published" in july_v.explanation
    assert "added Grenada and Philippines" in july_v.explanation


def test_latest_total_matches_and_joiners_match_the_additions(
    two_versions, make_article, make_claim
) -> None:
    june = make_article("news", "June News", published="2022-06-12")
    rec = _run(
        [
            make_claim("all", june, "63 partners now back it.", "63 partners", 63, noun="partner"),
            make_claim(
                "new",
                june,
                "Two more countries joined this week.",
                "Two more countries",
                2,
                kind="joiners",
            ),
        ],
        two_versions,
    )
    assert (rec.verdicts["all"].verdict, rec.verdicts["all"].roster_version) == ("match", 2)
    joined = rec.verdicts["new"]
    assert (joined.verdict, joined.convention, joined.expected) == (
        "match",
        "added_in_roster_version_2",
        2,
    )
    assert "Grenada and Philippines" in joined.explanation
    assert any("version 2 (The White House, 2022-06-10) named 63" in p for p in rec.answer)


def test_same_date_lists_disagree(make_article, make_enumeration, make_claim, dfi_roster) -> None:
    wh = make_article("wh", "The White House", kind="official")
    ec = make_article("ec", "European Commission", kind="official")
    news = make_article("news", "News")
    rec = _run(
        [make_claim("c", news, "Some 60 partners signed.", "60 partners", 60, noun="partner")],
        [
            make_enumeration(wh, dfi_roster),
            make_enumeration(ec, [c for c in dfi_roster if c != "TWN"]),
        ],
    )
    assert [(r.source_id, r.disagrees_with) for r in rec.rosters] == [
        ("ec", ["wh"]),
        ("wh", ["ec"]),
    ]
    v = rec.verdicts["c"]
    assert v.verdict == "match"
    assert "official lists of the same date disagree" in v.explanation
    assert rec.answer[-1] == (
        "Official lists disagree: the official list (European Commission, 2022-04-28) names 60 and "
        "the official list (The White House, 2022-04-28) names 61; only The White House has Taiwan."
    )


def test_composite_with_the_eu_expanded(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    wh = make_article("wh", "The White House", kind="official")
    news = make_article("news", "News")
    sentence = "It was signed by all EU member states and 32 other countries."
    parts = [
        {"group": "EUU", "text": "all EU member states"},
        {"value": 32, "text": "32 other countries"},
    ]
    named = "The EU, the US and 32 international partners launched the declaration."
    named_parts = [
        {"code": "EUU", "text": "The EU"},
        {"code": "USA", "text": "the US"},
        {"value": 32, "text": "32 international partners"},
    ]
    rec = _run(
        [
            make_claim(
                "c", news, sentence, "all EU member states and 32 other countries", 32, parts=parts
            ),
            make_claim(
                "n",
                news,
                named,
                "The EU, the US and 32 international partners",
                32,
                noun="partner",
                parts=named_parts,
            ),
        ],
        [make_enumeration(wh, dfi_roster)],
    )
    v = rec.verdicts["c"]
    assert (v.verdict, v.mechanism) == ("explained", "composite")
    # 31 non-EU states + the United States = 32: the whole is the 59 states counting the US.
    assert v.convention == "states_with_principal_euu_apart"
    assert (v.expected, v.delta) == (32, 0)
    assert "27 European Union member states (all on the list) + 32 = 59" in v.explanation
    n = rec.verdicts["n"]
    assert (n.verdict, n.mechanism) == ("explained", "composite")
    assert "reading the European Union as its member states" in n.explanation
    assert n.convention.endswith("_with_principal_euu_apart")


def test_syndicated_copies_are_reconciled_once(
    make_article, make_enumeration, make_claim, dfi_roster, monkeypatch
) -> None:
    wh = make_article("wh", "The White House", kind="official")
    copies = [
        make_article(f"outlet{i}", f"Outlet {i}", story="wire-story-1", article_id=f"copy{i}")
        for i in range(3)
    ]
    sentence = "The United States and 60 other governments signed the declaration."
    claims = [
        make_claim(
            f"c{i}",
            art,
            sentence,
            "60 other governments",
            60,
            noun="government",
            scope="excluding_principal",
        )
        for i, art in enumerate(copies)
    ]
    judged: list[str] = []
    real_judge = engine.judge

    def counting_judge(claim, ctx):
        judged.append(claim.claim_id)
        return real_judge(claim, ctx)

    monkeypatch.setattr(engine, "judge", counting_judge)
    rec = _run(claims, [make_enumeration(wh, dfi_roster)])
    assert judged == ["c0"]
    assert {rec.verdicts[f"c{i}"].verdict for i in range(3)} == {"match"}
    assert rec.verdicts["c0"].syndicated_copies == ["copy1", "copy2"]
    assert rec.verdicts["c2"].syndicated_copies == ["copy0", "copy1"]
    assert rec.verdicts["c2"].claim_id == "c2"


def test_dropped_qualifier_needs_another_earlier_story(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    wh = make_article("wh", "The White House", kind="official")
    story = make_article("a", "Same Story", story="s1", published="2022-04-28")
    later = make_article("b", "Later", published="2022-04-30")
    exact = make_article("c", "Exact", published="2022-04-29")
    claims = [
        make_claim(
            "bound-same-story",
            story,
            "More than 55 signed.",
            "More than 55",
            55,
            qualifier="more_than",
        ),
        make_claim(
            "exact-same-story",
            make_article("a2", "Same Story", story="s1"),
            "55 countries signed.",
            "55 countries",
            55,
        ),
        make_claim(
            "bound-later", later, "More than 57 signed.", "More than 57", 57, qualifier="more_than"
        ),
        make_claim("exact-before", exact, "57 countries signed.", "57 countries", 57),
    ]
    rec = _run(claims, [make_enumeration(wh, dfi_roster)])
    assert rec.verdicts["exact-same-story"].verdict == "contradicts"
    assert rec.verdicts["exact-before"].verdict == "contradicts"
    assert rec.verdicts["bound-later"].verdict == "consistent"


def test_earlier_official_figure(make_article, make_enumeration, make_claim, dfi_roster) -> None:
    wh = make_article("wh", "The White House", kind="official")
    ministry = make_article("min", "A Ministry", kind="official", published="2022-04-28")
    news = make_article("news", "Echo News", published="2022-04-29")
    sentence = "Today 65 partners endorsed the Declaration."
    rec = _run(
        [
            make_claim("official", ministry, sentence, "65 partners", 65, noun="partner"),
            make_claim(
                "echo",
                news,
                "65 partners endorsed it, the ministry said.",
                "65 partners",
                65,
                noun="partner",
            ),
        ],
        [make_enumeration(wh, dfi_roster)],
    )
    assert rec.verdicts["official"].verdict == "contradicts"  # nothing earlier explains it
    echo = rec.verdicts["echo"]
    assert (echo.verdict, echo.mechanism, echo.evidence_claim_ids) == (
        "explained",
        "earlier_official_figure",
        ["official"],
    )
    assert (
        "A Ministry (2022-04-28): “Today 65 partners endorsed the Declaration.”" in echo.explanation
    )


def test_principal_counted_the_other_way_round(
    make_article, make_enumeration, make_claim, dfi_roster
) -> None:
    wh = make_article("wh", "The White House", kind="official")
    news = make_article("news", "News")
    sentence = "The United States and 62 other countries signed."
    rec = _run(
        [make_claim("c", news, sentence, "62 other countries", 62, scope="excluding_principal")],
        [make_enumeration(wh, dfi_roster)],
    )
    v = rec.verdicts["c"]
    assert (v.verdict, v.mechanism, v.convention) == (
        "explained",
        "principal_counted_differently",
        "endorsers_with_principal",
    )
    assert "sets the United States apart, yet the figure counts the United States" in v.explanation


@pytest.mark.parametrize(
    ("qualifier", "value", "verdict", "expected"),
    [
        ("about", 63, "consistent", 60),  # within 3 of the 60 countries and territories
        ("nearly", 62, "consistent", 60),
        ("at_least", 60, "consistent", 60),
        ("up_to", 58, "consistent", 58),
        ("dozens", None, "consistent", 60),
        ("more_than", 70, "contradicts", 60),
        ("about", 70, "contradicts", 60),
    ],
)
def test_bounds_and_approximations(
    make_article, make_enumeration, make_claim, dfi_roster, qualifier, value, verdict, expected
) -> None:
    wh = make_article("wh", "The White House", kind="official")
    news = make_article("news", "News")
    rec = _run(
        [
            make_claim(
                "c", news, "Many countries signed it.", "Many countries", value, qualifier=qualifier
            )
        ],
        [make_enumeration(wh, dfi_roster)],
    )
    v = rec.verdicts["c"]
    assert (v.verdict, v.expected) == (verdict, expected)
    assert v.delta == (None if value is None else value - expected)


@pytest.mark.parametrize(
    ("kind", "phrase"),
    [
        ("participants", "counts participants"),
        ("other", "not a count of parties"),
        ("joiners", "not reconciled against the roster totals"),
    ],
)
def test_other_kinds_are_not_reconciled_against_totals(
    make_article, make_enumeration, make_claim, dfi_roster, kind, phrase
) -> None:
    wh = make_article("wh", "The White House", kind="official")
    news = make_article("news", "News")
    rec = _run(
        [make_claim("c", news, "Some 72 delegations took part.", "72 delegations", 72, kind=kind)],
        [make_enumeration(wh, dfi_roster)],
    )
    v = rec.verdicts["c"]
    assert (v.verdict, v.convention, v.expected, v.delta) == ("consistent", None, None, None)
    assert phrase in v.explanation
    assert any("not reconciled against the totals" in p for p in rec.answer)


def test_without_an_official_list_nothing_is_matched(make_article, make_claim) -> None:
    news = make_article("news", "News")
    rec = _run([make_claim("c", news, "60 countries signed.", "60 countries", 60)], [])
    assert rec.rosters == [] and rec.conventions == []
    v = rec.verdicts["c"]
    assert v.verdict == "contradicts"
    assert "no official list of endorsers was found" in v.explanation
    assert rec.answer[0].startswith("No official list of endorsers of the " + TOPIC)
