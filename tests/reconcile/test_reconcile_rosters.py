"""Roster versions from official enumerations: choice of list, versions, same-date disagreement."""

from __future__ import annotations

from pipelines.reconcile.rosters import build_rosters, latest_versions, versions_in_force


def test_only_official_articles_and_their_largest_list(make_article, make_enumeration) -> None:
    official = make_article("gov", "Gov", kind="official")
    news = make_article("news", "News")
    rosters = build_rosters(
        [
            make_enumeration(official, ["FRA", "DEU"]),
            make_enumeration(official, ["FRA", "DEU", "ITA", "ESP", "FRA"]),
            make_enumeration(news, ["FRA", "DEU", "ITA", "ESP", "PRT", "POL"]),
        ]
    )
    assert len(rosters) == 1
    assert rosters[0].codes == ["FRA", "DEU", "ITA", "ESP"]  # duplicates dropped, order kept
    assert rosters[0].publisher == "Gov"


def test_no_official_list_means_no_roster(make_article, make_enumeration) -> None:
    assert build_rosters([make_enumeration(make_article("n", "N"), ["FRA", "DEU", "ITA"])]) == []


def test_incidental_short_official_list_is_not_a_roster(
    make_article, make_enumeration, dfi_roster
) -> None:
    main = make_article("gov", "Gov", kind="official")
    aside = make_article("gov2", "Gov", kind="official", published="2022-05-01")
    rosters = build_rosters(
        [make_enumeration(main, dfi_roster), make_enumeration(aside, ["FRA", "DEU", "ITA"])]
    )
    assert [len(r.entries) for r in rosters] == [61]


def test_kinds_and_names_come_from_the_gazetteer(make_article, make_enumeration) -> None:
    official = make_article("gov", "Gov", kind="official")
    roster = build_rosters([make_enumeration(official, ["CZE", "TWN", "EUC", "ABW"])])[0]
    assert [(e.code, e.name, e.kind) for e in roster.entries] == [
        ("CZE", "Czechia", "state"),
        ("TWN", "Taiwan", "partially_recognized"),
        ("EUC", "European Commission", "supranational"),
        ("ABW", "Aruba", "other"),
    ]


def test_later_list_is_a_new_version_not_an_overwrite(
    make_article, make_enumeration, dfi_roster
) -> None:
    launch = make_article("wh", "WH", kind="official", published="2022-04-28")
    later = make_article("wh-june", "WH", kind="official", published="2022-06-10T15:00:00Z")
    shrunk = make_article("wh-july", "WH", kind="official", published="2022-07-01")
    rosters = build_rosters(
        [
            make_enumeration(shrunk, [c for c in dfi_roster if c != "NER"] + ["GRD", "PHL"]),
            make_enumeration(later, dfi_roster + ["GRD", "PHL"]),
            make_enumeration(launch, dfi_roster),
        ]
    )
    assert [(r.version, r.as_of, len(r.entries)) for r in rosters] == [
        (1, "2022-04-28", 61),
        (2, "2022-06-10", 63),
        (3, "2022-07-01", 62),
    ]
    assert rosters[0].added == [] and rosters[0].removed == []
    assert (rosters[1].added, rosters[1].removed) == (["GRD", "PHL"], [])
    assert (rosters[2].added, rosters[2].removed) == ([], ["NER"])
    assert [r.version for r in versions_in_force(rosters, "2022-05-15")] == [1]
    assert [r.version for r in versions_in_force(rosters, "2022-06-10")] == [2]
    assert versions_in_force(rosters, "2022-01-01") == []
    assert [r.version for r in latest_versions(rosters)] == [3]


def test_identical_later_list_is_not_a_new_version(
    make_article, make_enumeration, dfi_roster
) -> None:
    first = make_article("wh", "WH", kind="official", published="2022-04-28")
    again = make_article("wh2", "WH", kind="official", published="2022-05-02")
    rosters = build_rosters(
        [make_enumeration(first, dfi_roster), make_enumeration(again, list(reversed(dfi_roster)))]
    )
    assert [(r.version, r.source_id) for r in rosters] == [(1, "wh")]


def test_same_date_lists_that_differ_are_both_kept(
    make_article, make_enumeration, dfi_roster
) -> None:
    wh = make_article("wh", "The White House", kind="official")
    ec = make_article("ec", "European Commission", kind="official")
    ec_again = make_article("ec-mirror", "European Commission", kind="official")
    without_taiwan = [c for c in dfi_roster if c != "TWN"]
    rosters = build_rosters(
        [
            make_enumeration(wh, dfi_roster),
            make_enumeration(ec, without_taiwan),
            make_enumeration(ec_again, without_taiwan),  # same list again: no third version
        ]
    )
    assert [(r.version, r.source_id, len(r.entries)) for r in rosters] == [
        (1, "ec", 60),
        (2, "wh", 61),
    ]
    assert rosters[0].disagrees_with == ["wh"]
    assert rosters[1].disagrees_with == ["ec"]
    assert [r.version for r in latest_versions(rosters)] == [1, 2]


def test_principal_is_a_row_only_when_the_list_names_it(make_article, make_enumeration) -> None:
    official = make_article("gov", "Gov", kind="official")
    named = build_rosters([make_enumeration(official, ["USA", "FRA", "DEU"])])[0]
    assert "USA" in named.codes
    unnamed = build_rosters([make_enumeration(official, ["FRA", "DEU"])])[0]
    assert "USA" not in unnamed.codes


def test_undated_official_list_comes_after_dated_ones(make_article, make_enumeration) -> None:
    undated = make_article("a-undated", "Gov", kind="official", published=None)
    dated = make_article("z-dated", "Gov", kind="official", published="2023-01-01")
    rosters = build_rosters(
        [make_enumeration(undated, ["FRA", "DEU", "ITA"]), make_enumeration(dated, ["FRA", "DEU"])]
    )
    assert [(r.source_id, r.as_of) for r in rosters] == [
        ("z-dated", "2023-01-01"),
        ("a-undated", None),
    ]
    assert rosters[1].added == ["ITA"]


def test_a_small_early_list_is_kept_when_the_declaration_grows(
    make_article, make_enumeration, dfi_roster
) -> None:
    launch = make_article("gov", "Gov", kind="official", published="2022-01-01")
    later = make_article("gov", "Gov", kind="official", published="2022-09-01")
    rosters = build_rosters(
        [make_enumeration(launch, dfi_roster[:10]), make_enumeration(later, dfi_roster)]
    )
    assert [len(r.entries) for r in rosters] == [10, 61]
    assert rosters[1].added == dfi_roster[10:]
