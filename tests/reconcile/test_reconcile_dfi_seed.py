"""The seed case end to end: the White House list, six pieces of coverage and a planted figure."""

from __future__ import annotations

import pytest

from pipelines.reconcile.engine import reconcile
from pipelines.reconcile.models import VERDICTS, Reconciliation


@pytest.fixture
def rec(dfi_case) -> Reconciliation:
    claims, enumerations = dfi_case
    return reconcile("Declaration for the Future of the Internet", "USA", claims, enumerations)


def test_roster_is_the_official_list_of_61(rec: Reconciliation) -> None:
    assert len(rec.rosters) == 1
    roster = rec.rosters[0]
    assert (roster.version, roster.as_of, roster.source_id) == (1, "2022-04-28", "whitehouse")
    assert len(roster.entries) == 61
    assert "USA" not in roster.codes  # the principal is not a roster row: the list omits it
    kinds = [e.kind for e in roster.entries]
    assert kinds.count("state") == 58
    assert sorted(e.code for e in roster.entries if e.kind == "partially_recognized") == [
        "TWN",
        "XKX",
    ]
    assert [e.name for e in roster.entries if e.kind == "supranational"] == ["European Commission"]


def test_every_claim_gets_a_verdict(rec: Reconciliation) -> None:
    assert set(rec.verdicts) == {c.claim_id for c in rec.claims}
    assert all(v.verdict in VERDICTS for v in rec.verdicts.values())


@pytest.mark.parametrize("claim_id", ["c-axios", "c-reuters"])
def test_more_than_55_is_a_bound_that_holds(rec: Reconciliation, claim_id: str) -> None:
    v = rec.verdicts[claim_id]
    assert v.verdict == "consistent"
    assert v.convention == "countries_and_territories_without_principal"
    assert (v.expected, v.delta) == (60, -5)
    assert "lower bound that holds for the 60 countries" in v.explanation


def test_55_other_nations_is_a_dropped_qualifier(rec: Reconciliation) -> None:
    v = rec.verdicts["c-cnbc"]
    assert (v.verdict, v.mechanism) == ("explained", "qualifier_dropped")
    assert set(v.evidence_claim_ids) == {"c-axios", "c-reuters"}
    # Cites the earlier source: publisher, date and its quoted sentence.
    assert "Tech Daily (2022-04-28)" in v.explanation
    assert "“More than 55 countries and the United States announced" in v.explanation
    assert (v.expected, v.delta) == (60, -5)


@pytest.mark.parametrize("claim_id", ["c-msft", "c-wh", "c-ec"])
def test_60_is_the_list_without_the_commission(rec: Reconciliation, claim_id: str) -> None:
    v = rec.verdicts[claim_id]
    assert v.verdict == "match"
    assert v.convention == "countries_and_territories_without_principal"
    assert (v.expected, v.delta) == (60, 0)
    assert "leaving out the European Commission" in v.explanation
    assert "not counting the United States" in v.explanation
    assert "The White House, 2022-04-28" in v.explanation


def test_61_countries_including_the_principal_match(rec: Reconciliation) -> None:
    v = rec.verdicts["c-61"]
    assert v.verdict == "match"
    assert v.convention == "countries_and_territories_with_principal"
    assert (v.expected, v.delta) == (61, 0)
    assert "plus the United States" in v.explanation


def test_planted_72_contradicts_and_says_what_was_checked(rec: Reconciliation) -> None:
    v = rec.verdicts["c-72"]
    assert v.verdict == "contradicts"
    assert v.mechanism is None and v.evidence_claim_ids == []
    assert "Checked:" in v.explanation
    for checked in ("names 61", "62, 61, 60, 59, 58", "roster versions", "composite sums"):
        assert checked in v.explanation
    assert v.delta == 72 - v.expected


def test_conventions_have_all_honest_totals(rec: Reconciliation) -> None:
    totals = {c.key: c.total for c in rec.conventions if c.group is None}
    assert totals == {
        "endorsers_without_principal": 61,
        "endorsers_with_principal": 62,
        "countries_and_territories_without_principal": 60,
        "countries_and_territories_with_principal": 61,
        "without_partially_recognized_without_principal": 59,
        "without_partially_recognized_with_principal": 60,
        "states_without_principal": 58,
        "states_with_principal": 59,
    }
    labels = {c.key: c.label for c in rec.conventions}
    assert labels["endorsers_without_principal"] == (
        "the 61 endorsers on the official list, not counting the United States"
    )


def test_answer_opens_with_the_roster_and_readings(rec: Reconciliation) -> None:
    text = "\n".join(rec.answer)
    assert rec.answer[0] == (
        "The official list (The White House, 2022-04-28) names 61 endorsers besides the United "
        "States: 58 states, 2 partially recognised (Kosovo, Taiwan) and 1 supranational body "
        "(European Commission)."
    )
    assert "“60 other governments”" in text and "“61 countries”" in text
    assert "Unexplained: “72 countries” (Daily Planet, 2022-04-29)" in text
    assert "drops the qualifier" in text
