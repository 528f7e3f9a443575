"""The answer paragraphs, the helpers that word them, and syndication grouping."""

from __future__ import annotations

from pipelines.reconcile.citations import end_sentence, quote
from pipelines.reconcile.dates import as_day, not_after
from pipelines.reconcile.engine import groups_in_claims, reconcile
from pipelines.reconcile.names import join_names, the_name
from pipelines.reconcile.syndication import syndicated_groups


def test_answer_for_the_seed_case(dfi_case) -> None:
    claims, enumerations = dfi_case
    answer = reconcile(
        "Declaration for the Future of the Internet", "USA", claims, enumerations
    ).answer
    assert len(answer) == 4  # roster, totals, readings, unexplained; no disagreement to report
    assert answer[1].startswith(
        "Counted in different honest ways, the list gives 62 (all endorsers"
    )
    assert "60 (countries and territories only without the United States or " in answer[1]
    readings = answer[2]
    assert (
        "“60 other governments” and “60 partners” (Microsoft On the Issues, The White House, "
        "European Commission) count the 60 countries and territories on the official list"
    ) in readings
    assert "“55 other nations” (Business News) drops the qualifier of earlier coverage" in readings
    assert "are bounds that hold for the 60 countries and territories" in readings
    assert "72" not in readings  # the unexplained figure is reported apart, not as a reading


def test_all_explained_says_so(make_article, make_claim, make_enumeration, dfi_roster) -> None:
    wh = make_article("wh", "The White House", kind="official")
    news = make_article("news", "News")
    rec = reconcile(
        "The Test Pledge",
        "USA",
        [make_claim("c", news, "61 countries signed.", "61 countries", 61)],
        [make_enumeration(wh, dfi_roster)],
    )
    assert rec.answer[-1].startswith("Every signatory figure in the coverage matches")
    empty = reconcile("The Test Pledge", "USA", [], [])
    assert empty.answer == [
        "No official list of endorsers of The Test Pledge was found, so the figures in the "
        "coverage could only be checked against each other."
    ]


def test_two_claims_in_one_article_are_not_copies(make_article, make_claim) -> None:
    a = make_article("a", "A", story="s", article_id="a")
    b = make_article("b", "B", story="s", article_id="b")
    claims = [
        make_claim("a1", a, "60 partners signed.", "60 partners", 60),
        make_claim("a2", a, "In all, 60 partners.", "60 partners", 60),
        make_claim("b1", b, "60 partners signed.", "60 partners", 60),
    ]
    groups = [[c.claim_id for c in g] for g in syndicated_groups(claims)]
    assert groups == [["a1", "b1"], ["a2"]]


def test_groups_in_claims_only_real_groups(make_article, make_claim) -> None:
    art = make_article("a", "A")
    parts = [{"group": "EUU"}, {"code": "USA"}, {"code": "EUU"}, {"value": 3}]
    claim = make_claim("c", art, "All EU states and 3 more.", "3 more", 3, parts=parts)
    assert groups_in_claims([claim]) == ["EUU"]


def test_wording_helpers() -> None:
    assert the_name("USA") == "the United States"
    assert the_name("JPN") == "Japan"
    assert the_name("NLD") == "the Netherlands"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert quote("  two\n lines ") == "“two lines”"
    assert len(quote("x" * 1000)) == 302 and quote("x" * 1000).endswith("…”")
    assert end_sentence("he said “Yes.”") == "he said “Yes.”"
    assert end_sentence("the list") == "the list."


def test_dates_compare_by_day() -> None:
    assert as_day("2022-04-28T23:59:00Z") == "2022-04-28"
    assert as_day("") is None and as_day(None) is None
    assert not_after("2022-04-28T10:00:00Z", "2022-04-28")
    assert not not_after("2022-04-29", "2022-04-28")
    assert not not_after(None, "2022-04-28")
