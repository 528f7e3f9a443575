"""A second declaration with another principal: nothing of the first case leaks into the engine."""

from __future__ import annotations

import pytest

from pipelines.reconcile.engine import reconcile
from pipelines.reconcile.models import Reconciliation

# The Bletchley Declaration (2023-11-01): 28 countries and the European Union, the UK among them.
BLETCHLEY = [
    "AUS", "BRA", "CAN", "CHL", "CHN", "EUU", "FRA", "DEU", "IND", "IDN", "IRL", "ISR", "ITA",
    "JPN", "KEN", "SAU", "NLD", "NGA", "PHL", "KOR", "RWA", "SGP", "ESP", "CHE", "TUR", "UKR",
    "ARE", "GBR", "USA",
]  # fmt: skip


@pytest.fixture
def rec(make_article, make_claim, make_enumeration) -> Reconciliation:
    gov = make_article(
        "gov-uk", "GOV.UK", kind="official", published="2023-11-01", article_id="bletchley"
    )
    wire = make_article("wire", "Wire Service", published="2023-11-01")
    paper = make_article("paper", "Morning Paper", published="2023-11-02")
    claims = [
        make_claim(
            "composite",
            gov,
            "The Declaration was agreed by 28 countries and the EU.",
            "28 countries and the EU",
            28,
            parts=[{"value": 28, "text": "28 countries"}, {"code": "EUU", "text": "the EU"}],
        ),
        make_claim(
            "uk-and-27",
            wire,
            "The UK and 27 other countries signed the Bletchley Declaration.",
            "27 other countries",
            27,
            scope="excluding_principal",
        ),
        make_claim(
            "29",
            paper,
            "The declaration has 29 signatories, the UK included.",
            "29 signatories",
            29,
            noun="signatory",
            scope="including_principal",
        ),
    ]
    enumerations = [make_enumeration(gov, BLETCHLEY)]
    return reconcile("Bletchley Declaration", "GBR", claims, enumerations)


def test_roster_names_the_principal_so_it_is_a_row(rec: Reconciliation) -> None:
    roster = rec.rosters[0]
    assert len(roster.entries) == 29 and "GBR" in roster.codes
    assert rec.answer[0] == (
        "The official list (GOV.UK, 2023-11-01) names 29 endorsers, the United Kingdom among "
        "them: 28 states and 1 supranational body (European Union)."
    )


def test_28_countries_and_the_eu(rec: Reconciliation) -> None:
    v = rec.verdicts["composite"]
    assert (v.verdict, v.convention, v.expected) == (
        "match",
        "countries_and_territories_with_principal",
        28,
    )
    assert "leaving out the European Union), the United Kingdom included" in v.explanation


def test_the_uk_and_27_other_countries(rec: Reconciliation) -> None:
    v = rec.verdicts["uk-and-27"]
    assert (v.verdict, v.convention, v.expected, v.delta) == (
        "match",
        "countries_and_territories_without_principal",
        27,
        0,
    )
    assert "not counting the United Kingdom" in v.explanation


def test_29_signatories_count_everyone(rec: Reconciliation) -> None:
    v = rec.verdicts["29"]
    assert (v.verdict, v.convention) == ("match", "endorsers_with_principal")
    text = " ".join(rec.answer)
    assert "United States" not in text.replace("the United Kingdom", "") or "USA" in text
    assert "Every signatory figure in the coverage matches the official list" in text
