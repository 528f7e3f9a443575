"""Counting conventions of one roster version, their labels, composites and natural readings."""

from __future__ import annotations

import pytest

from pipelines.reconcile.conventions import (
    build_conventions,
    distinct_totals,
    normalize_noun,
    rank_for_claim,
)
from pipelines.reconcile.models import Convention, RosterVersion
from pipelines.reconcile.rosters import build_rosters


@pytest.fixture
def dfi_version(make_article, make_enumeration, dfi_roster) -> RosterVersion:
    wh = make_article("wh", "The White House", kind="official")
    return build_rosters([make_enumeration(wh, dfi_roster)])[0]


def _by_key(conventions: list[Convention]) -> dict[str, Convention]:
    return {c.key: c for c in conventions}


def test_labels_derive_names_and_counts(dfi_version: RosterVersion) -> None:
    convs = _by_key(build_conventions(dfi_version, "USA"))
    assert convs["endorsers_with_principal"].label == (
        "the 62 endorsers on the official list, plus the United States"
    )
    assert convs["states_without_principal"].label == (
        "the 58 fully recognised states on the official list (leaving out the European "
        "Commission, Kosovo and Taiwan), not counting the United States"
    )
    assert all(c.roster_version == 1 for c in convs.values())
    assert convs["states_without_principal"].includes_supranational is False
    assert convs["states_without_principal"].includes_partially_recognized is False


def test_composite_sets_the_eu_members_apart(dfi_version: RosterVersion) -> None:
    convs = _by_key(build_conventions(dfi_version, "USA", groups=["EUU"]))
    rest = convs["endorsers_without_principal_euu_apart"]
    assert (rest.group, rest.group_count, rest.total) == ("EUU", 27, 34)
    assert convs["countries_and_territories_without_principal_euu_apart"].total == 33
    assert convs["states_with_principal_euu_apart"].total == 32
    assert "besides its 27 European Union member states" in rest.label
    # Every composite is a base convention split in two: the parts add up to the base total.
    for conv in convs.values():
        if conv.group:
            base = convs[conv.key.removesuffix("_euu_apart")]
            assert conv.group_count + conv.total == base.total


def test_non_groups_make_no_composites(dfi_version: RosterVersion) -> None:
    convs = build_conventions(dfi_version, "USA", groups=["FRA", ""])
    assert [c for c in convs if c.group] == []


def test_principal_named_on_the_list_is_not_counted_twice(make_article, make_enumeration) -> None:
    official = make_article("gov", "Gov", kind="official")
    roster = build_rosters([make_enumeration(official, ["GBR", "FRA", "EUU"])])[0]
    convs = _by_key(build_conventions(roster, "GBR"))
    assert convs["endorsers_without_principal"].total == 2
    assert convs["endorsers_with_principal"].total == 3
    assert convs["endorsers_with_principal"].label.endswith("the United Kingdom included")
    assert convs["countries_and_territories_with_principal"].total == 2


@pytest.mark.parametrize(
    ("noun", "scope", "total", "expected"),
    [
        ("government", "excluding_principal", 60, "countries_and_territories_without_principal"),
        ("partner", "excluding_principal", 60, "countries_and_territories_without_principal"),
        ("partner", "unspecified", 60, "countries_and_territories_without_principal"),
        ("partner", "unspecified", 61, "endorsers_without_principal"),
        ("country", "unspecified", 61, "countries_and_territories_with_principal"),
        ("country", "including_principal", 59, "states_with_principal"),
        ("signatory", "including_principal", 62, "endorsers_with_principal"),
    ],
)
def test_most_natural_reading_first(
    dfi_version: RosterVersion, noun: str, scope: str, total: int, expected: str
) -> None:
    ranked = rank_for_claim(build_conventions(dfi_version, "USA"), noun, scope)
    assert [c.key for c in ranked if c.total == total][0] == expected


def test_scope_filters_conventions(dfi_version: RosterVersion) -> None:
    convs = build_conventions(dfi_version, "USA")
    assert all(
        not c.includes_principal for c in rank_for_claim(convs, "country", "excluding_principal")
    )
    assert all(
        c.includes_principal for c in rank_for_claim(convs, "country", "including_principal")
    )
    assert len(rank_for_claim(convs, "country", "unspecified")) == len(convs)


def test_equal_totals_are_shown_once_but_all_keys_kept(dfi_version: RosterVersion) -> None:
    convs = build_conventions(dfi_version, "USA", groups=["EUU"])
    grouped = distinct_totals(convs)
    assert [t for t, _ in grouped] == [62, 61, 60, 59, 58]
    assert sum(len(cs) for _, cs in grouped) == 8  # composites are not whole-list totals


@pytest.mark.parametrize(
    ("raw", "norm"),
    [("Countries", "country"), ("nations", "nation"), ("partner", "partner"), ("", "")],
)
def test_normalize_noun(raw: str, norm: str) -> None:
    assert normalize_noun(raw) == norm
