"""Enumerations on official signatory lists as extraction delivers them, and in press prose.

Each page in `tests/scrapers/official_lists/` is extracted with `extract_article` and analysed
with the full pipeline: it must yield exactly one enumeration holding exactly the listed
parties — footnote markers ignored, long official names resolved, region headings and date
columns inside the list, the non-state list and incidental mentions left out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.models import TextAnalysis
from nlp.pipeline import analyze
from scrapers.extract.article import extract_article

PAGES = Path(__file__).resolve().parents[1] / "scrapers" / "official_lists"
EXPECTED: dict[str, list[str]] = json.loads(
    (PAGES / "expected_codes.json").read_text(encoding="utf-8")
)
# Names each page mentions outside its list; they must stay plain mentions.
INCIDENTAL = {
    "01_govuk_prose": {"KOR", "FRA"},  # "co-hosted by the Republic of Korea and France"
    "02_stategov_ul": {"XKX", "USA"},  # the Kosovo footnote, "The United States welcomes"
    "03_pariscall_grid": {"RUS", "CHN"},  # "notably Russia and China ... rather than joining"
    "04_untreaty_table": {"CAN", "NLD", "GBR"},  # the footnotes under the table
    "05_eu_semicolons": {"MNE", "ALB", "SRB", "JPN", "CAN", "IND"},
    "06_br_regions": {"XKX", "TWN"},  # "¹ Kosovo joined in 2020."
    "07_table_grid": {"RUS", "IRN", "PRK"},  # "Ransomware actors operating from Russia, ..."
}


@pytest.fixture(scope="module")
def analyses() -> dict[str, TextAnalysis]:
    return {
        name: analyze(extract_article((PAGES / f"{name}.html").read_bytes()).text)
        for name in EXPECTED
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_official_page_yields_exactly_its_list(name: str, analyses: dict) -> None:
    analysis = analyses[name]
    assert len(analysis.enumerations) == 1, [e.codes for e in analysis.enumerations]
    (enum,) = analysis.enumerations
    assert sorted(enum.codes) == sorted(EXPECTED[name])
    assert len(enum.codes) == len(set(enum.codes))
    # The enumeration's offsets cover its first and last names.
    listed = [m for m in analysis.entities if m.role == "signatory"]
    assert {m.code for m in listed} == set(EXPECTED[name])
    assert enum.start == min(m.start for m in listed) and enum.end == max(m.end for m in listed)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_incidental_mentions_stay_mentions(name: str, analyses: dict) -> None:
    analysis = analyses[name]
    (enum,) = analysis.enumerations
    outside = [m for m in analysis.entities if not enum.start <= m.start < enum.end]
    assert INCIDENTAL[name] <= {m.code for m in outside}
    assert all(m.role == "mention" for m in outside)


def test_footnote_markers_and_long_names_resolve(analyses: dict) -> None:
    texts = {(m.text, m.code) for a in analyses.values() for m in a.entities}
    assert ("Kosovo", "XKX") in texts  # "Kosovo*"
    assert ("Taiwan", "TWN") in texts  # "Taiwan²"
    assert ("Kingdom of the Netherlands", "NLD") in texts
    assert ("Republic of Moldova", "MDA") in texts
    assert ("United Kingdom of Great Britain and Northern Ireland", "GBR") in texts
    assert ("Federal Republic of Germany", "DEU") in texts
    assert ("Grand Duchy of Luxembourg", "LUX") in texts


def test_non_state_supporters_are_not_entities(analyses: dict) -> None:
    analysis = analyses["03_pariscall_grid"]
    start = analysis.text.index("Private sector")
    end = analysis.text.index("Some states, notably")
    codes = {m.code for m in analysis.entities if start <= m.start < end}
    # "Bank of America", "Japan Airlines", "Canada Post" name companies, not states.
    assert codes == set()


# Press coverage of other declarations: (text, expected enumeration codes or [] for none).
PROSE = [
    (
        "Joining the United States are Australia, Canada, Japan, New Zealand, South Korea and "
        "the United Kingdom.",
        ["AUS", "CAN", "JPN", "NZL", "KOR", "GBR"],
    ),
    (
        "The signatories include Brazil, India, Indonesia, South Africa and the United Arab "
        "Emirates.",
        ["BRA", "IND", "IDN", "ZAF", "ARE"],
    ),
    (
        "The pledge was signed by Chile, Colombia, Costa Rica, Ecuador, Panama and Peru, "
        "officials said, while Brazil and Mexico stayed out.",
        ["CHL", "COL", "CRI", "ECU", "PAN", "PER"],
    ),
    (
        "Canada, France, Germany, Italy, Japan, the UK and the US issued a joint statement on "
        "Sunday.",
        ["CAN", "FRA", "DEU", "ITA", "JPN", "GBR", "USA"],
    ),
    (
        "Among the first to sign were Denmark, Finland, Iceland, Norway and Sweden.",
        ["DNK", "FIN", "ISL", "NOR", "SWE"],
    ),
    ("Signatories: Austria; Belgium; Ireland; Luxembourg.", ["AUT", "BEL", "IRL", "LUX"]),
    (
        "The coalition's members are Fiji, the Marshall Islands, Palau, Samoa and Tuvalu.",
        ["FJI", "MHL", "PLW", "WSM", "TUV"],
    ),
    (
        "Endorsers include Georgia, Jordan, Chad, Turkey and Guinea-Bissau.",
        ["GEO", "JOR", "TCD", "TUR", "GNB"],
    ),
    (
        "The treaty was ratified by the Republic of Moldova, the Federated States of Micronesia, "
        "the Kingdom of the Netherlands and the United Kingdom of Great Britain and Northern "
        "Ireland.",
        ["MDA", "FSM", "NLD", "GBR"],
    ),
    (
        "Joining the declaration were the Bahamas, the Gambia, Saint Vincent and the Grenadines, "
        "and Côte d'Ivoire.",
        ["BHS", "GMB", "VCT", "CIV"],
    ),
    (
        "New members Kenya, Nigeria and Ghana joined the initiative on Tuesday.",
        ["KEN", "NGA", "GHA"],
    ),
    ("Russia, China and Iran did not sign the declaration.", []),
    ("Countries such as Russia, China and North Korea have been accused of cyberattacks.", []),
    ("Delegates from Brazil, India and China attended the summit as observers.", []),
    (
        "The Declaration builds on cooperation with partners including Japan, Canada and India "
        "on trusted connectivity.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "codes"), PROSE, ids=[t[:40] for t, _ in PROSE])
def test_prose_enumerations_from_coverage(text: str, codes: list[str]) -> None:
    found = analyze(text).enumerations
    if not codes:
        assert found == []
    else:
        assert [sorted(e.codes) for e in found] == [sorted(codes)]


LIST_ITEMS = "\n\n".join(["Albania", "Andorra", "Argentina", "Australia", "Austria"])


@pytest.mark.parametrize(
    ("heading", "is_list"),
    [
        ("Endorsing partners (as of June 2023)", True),
        ("Signatories", True),
        ("List of endorsing governments", True),
        ("States Parties", True),
        ("Participants", False),  # who attended is not who signed
        ("Observers", False),
    ],
)
def test_a_heading_alone_can_cue_a_list(heading: str, is_list: bool) -> None:
    text = (
        "The summit closed on Friday with a final session on implementation.\n\n"
        f"{heading}\n\n{LIST_ITEMS}\n\nFor more information contact the press office."
    )
    found = analyze(text).enumerations
    expected = [["ALB", "AND", "ARG", "AUS", "AUT"]] if is_list else []
    assert [e.codes for e in found] == expected


@pytest.mark.parametrize("heading", ["Partners", "DFI Partners", "Declaration Partners", "Members"])
def test_a_short_heading_naming_the_signers_heads_a_list(heading: str) -> None:
    names = ["Albania", "Andorra", "Argentina", "Australia", "Austria", "Belgium"]
    text = (
        heading
        + "\n\n"
        + "\n\n".join(names)
        + "\n\nFor more information, contact the press office."
    )
    enumerations = analyze(text).enumerations
    assert [sorted(e.codes) for e in enumerations] == [["ALB", "AND", "ARG", "AUS", "AUT", "BEL"]]


@pytest.mark.parametrize("heading", ["Participants", "Observers", "Trading partners of the bloc"])
def test_a_heading_of_attendees_or_other_partners_does_not(heading: str) -> None:
    names = ["Albania", "Andorra", "Argentina", "Australia"]
    text = heading + "\n\n" + "\n\n".join(names)
    assert analyze(text).enumerations == []


@pytest.mark.parametrize(
    ("sentence", "codes"),
    [
        (
            "Sri Lanka, the Maldives and Bangladesh were among the South Asian signatories, "
            "while Pakistan and Afghanistan stayed out.",
            ["BGD", "LKA", "MDV"],
        ),
        (
            "Canada, Mexico and Chile signed the declaration; Brazil and Argentina declined.",
            ["CAN", "CHL", "MEX"],
        ),
        ("India, Brazil and Indonesia joined Russia in voting against the resolution.", None),
    ],
)
def test_a_new_clause_after_the_cue_does_not_undo_the_list(
    sentence: str, codes: list[str] | None
) -> None:
    found = [sorted(e.codes) for e in analyze(sentence).enumerations]
    assert found == ([codes] if codes else [])
