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
        # (Session 10: the party joined is named as a signer too, as two blind annotations say.)
        "Joining the United States are Australia, Canada, Japan, New Zealand, South Korea and "
        "the United Kingdom.",
        ["USA", "AUS", "CAN", "JPN", "NZL", "KOR", "GBR"],
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


# One block per list shape the component learnt from the second hold-out (new sentences, not
# the hold-out's): (text, expected enumeration codes, [] for none).
TABLE_ROWS_WITH_DATES = [
    (
        "State | Date of ratification: Chile | 12 March 2019; Peru | 4 June 2020; Colombia | 2021",
        ["CHL", "PER", "COL"],
    ),
    (
        "Signatory | Signature | Ratification: Fiji | 2017 | 2018; Samoa | 2017 | 2019; "
        "Tonga | 2018 | 2020",
        ["FJI", "WSM", "TON"],
    ),
    (
        "Ratifications so far: Ghana – 12 May 2018; Senegal – 3 June 2016; Morocco – 2019",
        ["GHA", "SEN", "MAR"],
    ),
    # A table of figures without a signing cue is no list of parties.
    ("Country | Emissions (Mt): Chile | 85; Peru | 60; Colombia | 95", []),
]
CUE_AFTER_THE_LIST = [
    (
        "Austria, Ireland and Malta are among the pact's newest adherents, officials said.",
        ["AUT", "IRL", "MLT"],
    ),
    ("Chile, Peru and Colombia are among the bloc's founding members.", ["CHL", "PER", "COL"]),
    ("Australia, Japan and Taiwan signed on, diplomats said.", ["AUS", "JPN", "TWN"]),
    ("Chile, Peru and Ecuador make up the rest of the coalition.", ["CHL", "PER", "ECU"]),
    (
        "Mongolia, Nepal and Bhutan deposited their instruments at UN headquarters.",
        ["MNG", "NPL", "BTN"],
    ),
    ("Fiji, Samoa and Tonga came aboard last year.", ["FJI", "WSM", "TON"]),
    # Belonging to a state is not belonging to a pact.
    ("Islands belonging to the United Kingdom, France and the Netherlands dot the Caribbean.", []),
]
NOMINAL_CUE_BEFORE = [
    (
        "Signatures from Rwanda, Uganda and Tanzania arrived in Geneva on Monday.",
        ["RWA", "UGA", "TZA"],
    ),
    ("Accessions by Mongolia, Nepal and Bhutan took effect in January.", ["MNG", "NPL", "BTN"]),
    ("Endorsements from Jordan, Egypt and Morocco followed within weeks.", ["JOR", "EGY", "MAR"]),
]
LIST_SPELLING_OUT_A_COUNT = [
    ("The alliance now has 32 members, among them Chile, Peru and Ecuador.", ["CHL", "PER", "ECU"]),
    (
        "The compact, launched in 2019, counts 40 partners, among them Chile, Peru and Ecuador.",
        ["CHL", "PER", "ECU"],
    ),
    (
        "Three more governments — Iceland, Norway and Denmark — came aboard in March.",
        ["ISL", "NOR", "DNK"],
    ),
    (
        "The initiative drew 14 signatories at launch: Chile | Peru | Ecuador | Uruguay.",
        ["CHL", "PER", "ECU", "URY"],
    ),
    (
        "The number of signatories rose to 17 with the addition of Canada, Japan and Switzerland.",
        ["CAN", "JPN", "CHE"],
    ),
    # A count of voters, abstainers or attendees is not one of signers.
    ("More than 40 countries abstained, including India, China and South Africa.", []),
    ("Officials from 75 countries, including Brazil, India and China, attended the talks.", []),
    ("The treaty has 120 parties — Russia, China and India are not among them.", []),
]
DASHES_AND_PIPES_BETWEEN_NAMES = [
    (
        "Seven new signatories were announced on Tuesday: Fiji – Tonga – Samoa – Vanuatu.",
        ["FJI", "TON", "WSM", "VUT"],
    ),
    ("Backers of the initiative: Kenya – Ghana – Senegal – Nigeria", ["KEN", "GHA", "SEN", "NGA"]),
    ("Members: Chile | Peru | Colombia | Ecuador", ["CHL", "PER", "COL", "ECU"]),
]
PEOPLE_MET_OR_ACCOMPANYING = [
    (
        "The President was joined by the prime ministers of Canada, Japan and Italy at the summit.",
        [],
    ),
    (
        "The host welcomed the heads of state of Ghana, Kenya and Togo to the signing ceremony.",
        [],
    ),
    # Leaders who sign do so for their states.
    (
        "The declaration was signed by the leaders of France, Germany and Italy.",
        ["FRA", "DEU", "ITA"],
    ),
]
NEGATED_IN_ITS_OWN_CLAUSE = [
    (
        "Canada, Mexico and Chile signed the declaration — Brazil, Argentina and Peru did not.",
        ["CAN", "MEX", "CHL"],
    ),
    ("It was backed by 45 countries, with Russia, China and India opposed.", []),
    ("It was signed by 40 countries, with Russia, China and Iran notably absent.", []),
    ("Fiji signed the pact; Samoa, Tonga and Vanuatu have yet to do so.", []),
    (
        "The accord was endorsed by Chile, Peru and Ecuador, while Bolivia, Paraguay and "
        "Uruguay have yet to endorse it.",
        ["CHL", "PER", "ECU"],
    ),
    (
        "The 27 EU member states — including France, Germany and Italy — must now ratify the deal.",
        [],
    ),
]
# A list inside a line of prose or a table row stops at the line break: the next paragraph
# opening with names does not continue it.
ENDS_WITH_ITS_PARAGRAPH: list[tuple[str, list[str]]] = [
    (
        "The alliance welcomed Benin, Togo and Equatorial Guinea as new members.\n\n"
        "Papua New Guinea and Guinea have yet to join.",
        ["BEN", "TGO", "GNQ"],
    ),
    (
        "Accessions: Ghana | 2018; Senegal | 2016; Morocco | 2018\n\n"
        "Albania and Serbia ratified the convention before 2010.",
        ["GHA", "SEN", "MAR"],
    ),
]

# A count before the list whose article was "the": the link reads ", including the".
COUNT_THEN_THE_FIRST_NAME: list[tuple[str, list[str]]] = [
    (
        "The coalition now has 31 members, including the Netherlands, Ghana and Vietnam, its "
        "secretariat said.",
        ["NLD", "GHA", "VNM"],
    ),
    (
        "The pact now has 14 parties, among them the Philippines, Peru and Jordan.",
        ["PHL", "PER", "JOR"],
    ),
]
# Regimes whose members are called participants: "participating states include X, Y and Z".
PARTICIPATING_STATES_AS_MEMBERS: list[tuple[str, list[str]]] = [
    (
        "Participating states include Finland, Norway, Turkey and New Zealand.",
        ["FIN", "NOR", "TUR", "NZL"],
    ),
    (
        "Missile Technology Control Regime participants (partial list): Brazil; Canada; "
        "Iceland; Ukraine.",
        ["BRA", "CAN", "ISL", "UKR"],
    ),
    ("Summit participants included Mexico, Chile and Peru, organisers said.", []),
]
# A change of state before a cue after the list overrides what they did before.
REVERSED_AFTER_THE_LIST: list[tuple[str, list[str]]] = [
    (
        "Peru, Jamaica and Sri Lanka, which had opposed the draft in 2015, subsequently ratified "
        "the protocol.",
        ["PER", "JAM", "LKA"],
    ),
    (
        "The three governments that opposed the text in Geneva — Hungary, Poland and Slovakia — "
        "later signed it.",
        ["HUN", "POL", "SVK"],
    ),
    ("Hungary, Poland and Slovakia, which opposed the text, have not since signed it.", []),
]
# Still outside the treaty: the list's own clause says they are not parties.
REMAIN_OUTSIDE: list[tuple[str, list[str]]] = [
    (
        "Nearly every state has acceded to the convention; only Tuvalu, Bhutan and South Sudan "
        "remain outside it.",
        [],
    ),
    (
        "Of the 193 UN members, 164 have ratified; Cuba, Iran and Syria remain outside.",
        [],
    ),
]
# A count of attendees spelled out by the list: the claim's kind says they came, not signed.
SPELLING_OUT_ATTENDEES: list[tuple[str, list[str]]] = [
    (
        "Delegations from some 120 states parties, including Chile, Kenya and Nepal, attended "
        "the meeting in Vienna.",
        [],
    ),
    (
        "Ministers from 40 member states, among them Norway, Peru and Ghana, attended the "
        "conference.",
        [],
    ),
]
# Admission as a cue: "parties admitted since 1990: X (1991); Y (1994); Z (1998)".
ADMITTED_AS_MEMBERS: list[tuple[str, list[str]]] = [
    (
        "Members admitted since 2001: Cambodia (2004); Laos (2013); Vietnam (2016).",
        ["KHM", "LAO", "VNM"],
    ),
    ("Lithuania, Latvia and Estonia were admitted to the bloc in 2004.", ["LTU", "LVA", "EST"]),
]
# A party linked to the list as co-signer (agent or subject of the same signing act) leads it.
CO_SIGNER_LEADS_THE_LIST: list[tuple[str, list[str]]] = [
    (
        "The charter was signed on Tuesday by Norway alongside Iceland, Denmark and Sweden.",
        ["NOR", "ISL", "DNK", "SWE"],
    ),
    (
        "Ghana deposited its instrument of ratification last week, joining Senegal, Mali and "
        "Niger as parties to the convention.",
        ["GHA", "SEN", "MLI", "NER"],
    ),
    (
        "Portugal, the depositary, was joined in Lisbon by Brazil, Angola and Mozambique in "
        "signing the accord.",
        ["PRT", "BRA", "AGO", "MOZ"],
    ),
    (
        "The pledge was backed by Canada and 30 other governments, including those of Kenya, "
        "Peru and Vietnam.",
        ["CAN", "KEN", "PER", "VNM"],
    ),
    # A verb between the party and "including": the sentence still names the party as a
    # signer beside the spelled-out list (two blind sets of three annotate it so; session 7).
    (
        "Canada and 30 other governments signed on, including Kenya, Peru and Vietnam.",
        ["CAN", "KEN", "PER", "VNM"],
    ),
]
# Lists that are not signatories: never joined, counterparts signed WITH, "joined X in <gerund>".
NOT_SIGNATORIES: list[tuple[str, list[str]]] = [
    (
        "The treaty has 190 adherents; only Cuba, Somalia and Eritrea never ratified it.",
        [],
    ),
    (
        "At the summit, agreements were signed with Kenya, Uganda and Tanzania on rail links.",
        [],
    ),
    ("The EU signed memorandums with Chile, Peru and Colombia on lithium supply.", []),
    (
        "France, which has not signed the pact, joined Brazil, Mexico and Argentina in "
        "criticising its timetable.",
        [],
    ),
]
# Membership verbs and phrasings that name the list: comprises, made up of, among its ... are.
MEMBERSHIP_PHRASINGS: list[tuple[str, list[str]]] = [
    (
        "The steering committee consists of Sweden, Finland, Estonia and Latvia.",
        ["SWE", "FIN", "EST", "LVA"],
    ),
    (
        "The contact group is made up of Qatar, Egypt and Jordan.",
        ["QAT", "EGY", "JOR"],
    ),
    (
        "Among the founding member states are Chile, Uruguay and Paraguay.",
        ["CHL", "URY", "PRY"],
    ),
    (
        "The fund was set up in 2021. Ireland, Luxembourg and Austria were among its first donors.",
        ["IRL", "LUX", "AUT"],
    ),
    (
        "Six more governments have endorsed the code, the most recent being Malawi, Zambia and "
        "Botswana.",
        ["MWI", "ZMB", "BWA"],
    ),
]
# A possessive after a semicolon opens a clause about that party: it is no list item.
POSSESSIVE_ENDS_THE_LIST: list[tuple[str, list[str]]] = [
    (
        "Accessions this year: Bhutan (May); Nepal (June); Laos (July); Myanmar's request is "
        "under review.",
        ["BTN", "NPL", "LAO"],
    ),
    (
        "Signatories so far: Chile; Peru; Colombia; Ecuador's cabinet meets on Friday.",
        ["CHL", "PER", "COL"],
    ),
]
# A noun of signers with a short description or a count before the colon or verb.
SIGNERS_NOUN_THEN_THE_LIST: list[tuple[str, list[str]]] = [
    (
        "Pledgers under the restoration drive include Kenya, Malawi and Niger.",
        ["KEN", "MWI", "NER"],
    ),
    ("Members of the compact include Fiji, Samoa and Tonga.", ["FJI", "WSM", "TON"]),
    ("Signatories (3): Belize; Guyana; Suriname.", ["BLZ", "GUY", "SUR"]),
    ("New partners since March: • Oman • Qatar • Kuwait", ["OMN", "QAT", "KWT"]),
    (
        "Funding comes from member states such as Austria, Ireland and Malta.",
        ["AUT", "IRL", "MLT"],
    ),
]
# A named grouping with its members in apposition, an instrument between its parties, verbs
# that gather or bind the parties.
GROUPING_AND_ITS_MEMBERS: list[tuple[str, list[str]]] = [
    (
        "The Lublin Triangle — Poland, Lithuania and Ukraine — met again in Vilnius.",
        ["POL", "LTU", "UKR"],
    ),
    ("The accord between Egypt, Sudan and Ethiopia was signed in 2015.", ["EGY", "SDN", "ETH"]),
    (
        "The corridor agreement binds Kenya, Uganda and Rwanda to shared customs rules.",
        ["KEN", "UGA", "RWA"],
    ),
    (
        "The facility brings together Chile, Peru, Colombia and Mexico, among others.",
        ["CHL", "PER", "COL", "MEX"],
    ),
    ("The forum brought together ministers from Chile, Peru and Mexico.", []),
    ("Fiji, Samoa and Tonga have held talks about joining the pact.", []),
]
# A leader named as the agent heads the list; several subjects lead it together.
LEADERS_AND_CO_SUBJECTS: list[tuple[str, list[str]]] = [
    (
        "The coalition, chaired by Kenya, counts Ghana, Togo and Benin among its members.",
        ["KEN", "GHA", "TGO", "BEN"],
    ),
    (
        "A cyber coalition led by Estonia, with Finland, Denmark and Norway among its members, "
        "met on Monday.",
        ["EST", "FIN", "DNK", "NOR"],
    ),
    (
        "Peru and Chile both ratified the treaty in May, joining Ecuador, Bolivia and Colombia.",
        ["PER", "CHL", "ECU", "BOL", "COL"],
    ),
]
# Where a list stops: a semicolon after "X, Y and Z", an aside between dashes, a blank line.
WHERE_A_LIST_STOPS: list[tuple[str, list[str]]] = [
    (
        "The first signatories were Chile, Peru and Mexico; Brazil, under its new government, "
        "signed in June.",
        ["CHL", "PER", "MEX"],
    ),
    (
        "The protocol was adopted in 2001; Brazil, India and China — the largest producers — "
        "remain outside.",
        [],
    ),
    (
        "Top pledgers: Kenya, at 5 million hectares; Ghana, at 2 million; Togo and Benin, at "
        "1 million each.",
        ["KEN", "GHA", "TGO", "BEN"],
    ),
    (
        "Eight states, including Chile, signed the memorandum; Peru and Bolivia were not "
        "signatories.",
        [],
    ),
    (
        "The pact was signed by Fiji, Samoa and Tonga.\n\nVanuatu, Palau and Nauru were not "
        "invited.",
        ["FJI", "WSM", "TON"],
    ),
]
# Round 7: companions named around the list, givers after "from", items without a code.
COMPANIONS_AND_GIVERS: list[tuple[str, list[str]]] = [
    (
        "Chile, a leading copper producer, signed the charter alongside Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Ghana, which hosted the talks, was joined by Togo, Benin and Niger in signing the "
        "protocol.",
        ["GHA", "TGO", "BEN", "NER"],
    ),
    (
        "Mexico, Chile, Peru and Colombia were the first to ratify, together with Spain.",
        ["MEX", "CHL", "PER", "COL", "ESP"],
    ),
    (
        "Among the first to endorse it alongside Japan were Kenya, Peru and Norway.",
        ["JPN", "KEN", "PER", "NOR"],
    ),
    (
        "Norway and Iceland launched the pact in Oslo, joined as founding members by Denmark, "
        "Faroe, Finland and Sweden.",
        ["NOR", "ISL", "DNK", "FIN", "SWE"],
    ),
    (
        "The fund has received contributions for its first round from Austria, Ireland and "
        "Luxembourg.",
        ["AUT", "IRL", "LUX"],
    ),
    (
        "Kenya, Uganda and Rwanda have been named as possible new members of the corridor "
        "authority.",
        [],
    ),
    (
        "The caucus — Brazil, India and Egypt among them — blocked the final text.",
        [],
    ),
    (
        "Founding partners include Chile, Peru and Colombia, as well as the UK.",
        ["CHL", "PER", "COL", "GBR"],
    ),
]
# Round 8: companions after the list, launchers of a founding list, "latest additions", lists
# vetoed by a negation before the cue or a boycott after them.
COMPANIONS_AFTER_AND_VETOES: list[tuple[str, list[str]]] = [
    (
        "Founding partners include Chile, Peru and Mexico, alongside Canada and the EU.",
        ["CHL", "PER", "MEX", "CAN", "EUU"],
    ),
    (
        "Kenya, Ghana and Togo signed the compact on Monday, as did Benin.",
        ["KEN", "GHA", "TGO", "BEN"],
    ),
    (
        "Austria, Slovenia and Croatia founded the forum in 2016 and were joined by Hungary "
        "a year later, creating a regional bloc.",
        ["AUT", "SVN", "HRV", "HUN"],
    ),
    (
        "Brazil launched the coalition in Belém, with founding members including Chile, Peru "
        "and Colombia.",
        ["BRA", "CHL", "PER", "COL"],
    ),
    (
        "Members include Chile, Peru and the European Commission, which sits alongside the "
        "EU's member states.",
        ["CHL", "PER", "EUC"],
    ),
    (
        "The newest additions, approved on Friday, are Oman, Qatar and Kuwait.",
        ["OMN", "QAT", "KWT"],
    ),
    (
        "Among the countries that have never signed the treaty are Iran, Iraq and Syria.",
        [],
    ),
    ("Notably absent from the list are Brazil, India and China.", []),
    (
        "Ghana, which signed the charter, had joined Togo, Benin and Niger in the 2019 boycott "
        "of the talks.",
        [],
    ),
    (
        "The forum will open its working groups to non-members such as Peru, Chile and Mexico.",
        [],
    ),
    (
        "The Coalition on Cable Security — Ireland, Norway and Portugal — met in Oslo.",
        ["IRL", "NOR", "PRT"],
    ),
    (
        "Treaty signings this year: Fiji | 3 Mar; Tonga | 9 Apr; Samoa | 1 Jun",
        ["FJI", "TON", "WSM"],
    ),
]
# Round 10: lists negated in their own words.
NEGATED_IN_OTHER_WORDS: list[tuple[str, list[str]]] = [
    (
        "Twenty states have ratified it; Peru, Chile and Bolivia have neither signed nor ratified.",
        [],
    ),
    ("It has 30 parties; Iran, Iraq and Syria are among those that have not joined.", []),
    ("Cuba, Libya and Yemen are all absent from its list of parties.", []),
]

# Session 4: ranges, companions around the list, nominal and verbal cues of giving and leading,
# asides inside an item, vetoes for reviewed parties and travel.
RANGES_OF_PARTIES: list[tuple[str, list[str]]] = [
    (
        "Its members range from Iceland and Norway in the north to Malta and Cyprus in the south.",
        ["ISL", "NOR", "MLT", "CYP"],
    ),
    (
        "The accord was ratified by all 12 members, from Chile and Peru to Mexico, Panama and "
        "Cuba, with Haiti and Jamaica in the Caribbean.",
        ["CHL", "PER", "MEX", "PAN", "CUB", "HTI", "JAM"],
    ),
    (
        "Its adherents span the continent — Kenya, Ghana, Senegal, Zambia and others — though "
        "Egypt has stayed out.",
        ["KEN", "GHA", "SEN", "ZMB"],
    ),
    # A range of origins or destinations with a cue only after it is no list of signers.
    (
        "Flights from Chile, Peru and Bolivia to Spain, Italy and France resumed after the accord "
        "was signed.",
        [],
    ),
]
COMPANIONS_AROUND_THE_LIST: list[tuple[str, list[str]]] = [
    (
        "The pact took effect in March, weeks after Malawi became the fifth state to ratify it, "
        "joining Zambia, Kenya, Ghana and Benin.",
        ["MWI", "ZMB", "KEN", "GHA", "BEN"],
    ),
    (
        "Croatia joined Austria, Slovenia and Hungary as a full member of the river commission "
        "in 2012.",
        ["HRV", "AUT", "SVN", "HUN"],
    ),
    (
        "Japan launched the hydrogen partnership at the Osaka summit with Korea, India and "
        "Australia.",
        ["JPN", "KOR", "IND", "AUS"],
    ),
    (
        "The resolution, backed by Chile, Peru and Colombia and co-sponsored by Spain and "
        "Portugal, passed on Friday.",
        ["CHL", "PER", "COL", "ESP", "PRT"],
    ),
    (
        "Laos, Cambodia and Thailand, which share the river, are parties to the 1995 agreement, "
        "as is Vietnam.",
        ["LAO", "KHM", "THA", "VNM"],
    ),
    (
        "Georgia, Armenia and Moldova are among the non-EU signatories of the charter, alongside "
        "Norway and Iceland.",
        ["GEO", "ARM", "MDA", "NOR", "ISL"],
    ),
    # The relative clause not closed by a comma still names another act.
    (
        "Members include Chile, Peru and Mexico, which sit alongside the United States in the "
        "forum.",
        ["CHL", "PER", "MEX"],
    ),
]
CUES_OF_GIVING_LEADING_AND_STATUS: list[tuple[str, list[str]]] = [
    ("The appeal has won backing from Qatar, Kuwait, Oman and others.", ["QAT", "KWT", "OMN"]),
    (
        "Ireland, Finland and Austria announced new contributions to the fund on Monday.",
        ["IRL", "FIN", "AUT"],
    ),
    (
        "Contributors named at the conference: Sweden; Denmark; Canada.",
        ["SWE", "DNK", "CAN"],
    ),
    (
        "Poland, Estonia and Lithuania lead the air defence coalition set up last spring.",
        ["POL", "EST", "LTU"],
    ),
    (
        "Canada, Mexico, Peru and nine other states back the reform package.",
        ["CAN", "MEX", "PER"],
    ),
    (
        "The Mekong River Commission groups Cambodia, Laos, Thailand and Vietnam.",
        ["KHM", "LAO", "THA", "VNM"],
    ),
    (
        "Chile, Peru and Ecuador are among the contracting states, the depositary said.",
        ["CHL", "PER", "ECU"],
    ),
    (
        "Ratification table — State | Entry into force: Chile | 2019; Peru | 2020; Ecuador | 2021",
        ["CHL", "PER", "ECU"],
    ),
    (
        "Egypt, Jordan and Tunisia are among the non-member states that have acceded to the "
        "convention.",
        ["EGY", "JOR", "TUN"],
    ),
    (
        "It was signed by 20 countries and organisations, including Chile, Peru and Ecuador.",
        ["CHL", "PER", "ECU"],
    ),
    (
        "Uruguay was one of 30 countries to ratify it, along with Chile, Peru and Ecuador.",
        ["URY", "CHL", "PER", "ECU"],
    ),
    # Leading a coalition is a cue only right after the list; giving is not receiving.
    (
        "Norway, which chairs the coalition, said Chile, Peru and Ecuador had sent envoys.",
        [],
    ),
    ("Ghana, Kenya and Malawi received vaccine donations from the facility.", []),
    ("Migrant boats leaving Libya, Tunisia and Egypt, often bound for Italy, were stopped.", []),
    # Counted parties that were reviewed or visited are not signers.
    (
        "The panel reviewed four countries this year — Chile, Peru, Ecuador and Bolivia — and "
        "found gaps.",
        [],
    ),
]
ITEMS_AND_CLAUSES: list[tuple[str, list[str]]] = [
    (
        "Its founding parties — Denmark (for Greenland), Norway, Iceland and Canada — signed in "
        "Oslo.",
        ["DNK", "NOR", "ISL", "CAN"],
    ),
    (
        "Chile and Peru launch lithium alliance with Argentina; Bolivia, Brazil and Ecuador to "
        "join",
        ["BOL", "BRA", "ECU"],
    ),
    ("Signatories: Austria; Belgium; Ireland; Luxembourg.", ["AUT", "BEL", "IRL", "LUX"]),
]

# Session 4 (holdout 18/19 error classes): a table's column header opens the table; another
# status in the list's own clause; a status or office before the list (non-members, guests,
# ministers acting for their states); a count of signers between a co-signer and the list;
# co-founders around the list; newest "pilot countries"; a co-signer completing two names.
TABLE_HEADER_OPENS_THE_TABLE: list[tuple[str, list[str]]] = [
    (
        "Declaration on Sudan — country | signed: Norway | 3 May; Chile | 4 May; Kenya | 6 May",
        ["NOR", "CHL", "KEN"],
    ),
    (
        "Accord on Yemen — State | Date of signature: Oman | 2019; Jordan | 2020; Egypt | 2020",
        ["OMN", "JOR", "EGY"],
    ),
    # A region heading inside the row list is no header.
    (
        "Accessions: Ghana | 2018; Asia: Nepal | 2019; Laos | 2020",
        ["GHA", "NPL", "LAO"],
    ),
]
ANOTHER_STATUS_IN_THE_LISTS_CLAUSE: list[tuple[str, list[str]]] = [
    (
        "The fund counts 20 donors, while its four pilot countries — Malawi, Zambia, Nepal and "
        "Haiti — are recipients rather than members.",
        [],
    ),
    (
        "The forum has 30 members; its three neighbours, Chad, Niger and Sudan, remain observers.",
        [],
    ),
    (
        "The forum has 30 members, including Chad, Niger and Sudan, which joined in 2021.",
        ["TCD", "NER", "SDN"],
    ),
]
STATUS_OR_OFFICE_BEFORE_THE_LIST: list[tuple[str, list[str]]] = [
    (
        "Non-member states Peru, Costa Rica and Brazil have also adhered to the guidelines.",
        ["PER", "CRI", "BRA"],
    ),
    (
        "The communiqué was also signed by summit guests Kenya, Chile and Indonesia.",
        ["KEN", "CHL", "IDN"],
    ),
    (
        "Foreign ministers from Ghana, Senegal and Togo put their names to the accord in Lomé.",
        ["GHA", "SEN", "TGO"],
    ),
    # The office does not make people met into signers, nor a meeting joined into a pact.
    (
        "The president met ministers from Ghana, Senegal and Togo, who signed the accord.",
        [],
    ),
    (
        "Leaders from Chile, Peru and Mexico joined by video link as the summit opened.",
        [],
    ),
]
COUNTS_AND_GROUPS_AROUND_CO_SIGNERS: list[tuple[str, list[str]]] = [
    (
        "The charter, endorsed by Japan, the EU and 20 partners including Chile, Peru and "
        "Kenya, takes effect in May.",
        ["JPN", "EUU", "CHL", "PER", "KEN"],
    ),
    (
        "The pledge was signed by Norway and 30 other participants, including Chile, Ghana and "
        "Fiji.",
        ["NOR", "CHL", "GHA", "FJI"],
    ),
]
FOUNDERS_AND_NEWEST: list[tuple[str, list[str]]] = [
    (
        "Samoa, Tonga and Palau — the alliance's co-founders along with Fiji — take turns to "
        "chair it.",
        ["WSM", "TON", "PLW", "FJI"],
    ),
    (
        "Ecuador, Panama and Jamaica became the newest partner countries of the programme.",
        ["ECU", "PAN", "JAM"],
    ),
    ("Kenya, Ghana and Peru became the latest countries to ban single-use plastics.", []),
]
ONE_NAME_SHORT_WITH_A_CO_SIGNER: list[tuple[str, list[str]]] = [
    (
        "The resolution, which Mexico co-sponsored with Chile and Peru, passed without a vote.",
        ["MEX", "CHL", "PER"],
    ),
    (
        "Norway ratified the treaty on Friday, joining Iceland and Denmark.",
        ["NOR", "ISL", "DNK"],
    ),
    # Two names with no co-signer stay two; hosting is no co-signing.
    ("The accord was signed by Chile and Peru on Monday.", []),
    ("The summit, which Mexico co-hosted with Chile and Peru, ended without a text.", []),
]

PRO_VERB_TAKES_UP_A_NEGATED_ACT: list[tuple[str, list[str]]] = [
    (
        "The United States has not ratified the treaty, but Canada, Mexico and Chile have.",
        ["CAN", "MEX", "CHL"],
    ),
    (
        "Brazil refused to back the text, while Chile, Peru and Bolivia did so in March.",
        ["CHL", "PER", "BOL"],
    ),
    # Not a signing act before the concession, or the pro-verb negated too.
    ("Germany voted against the plan, but France, Spain and Italy did.", []),
    ("Russia did not sign the pledge, and Iran, Syria and Cuba did not either.", []),
]

# Fourth session, round on sets 24-27.
COUNT_ANYWHERE_IN_THE_SENTENCE: list[tuple[str, list[str]]] = [
    (
        "The three Baltic members of the council, Estonia, Latvia and Lithuania, approved the "
        "budget on Tuesday.",
        ["EST", "LVA", "LTU"],
    ),
    (
        "The dialogue now counts 14 countries of destination, such as Qatar, Oman, Kuwait and "
        "Bahrain.",
        ["QAT", "OMN", "KWT", "BHR"],
    ),
    # Targets of a programme, and parties leaving, are no members.
    (
        "The programme focuses on 25 countries most exposed to drought, among them Chad, Niger "
        "and Mali.",
        [],
    ),
    (
        "Estonia, Latvia and Lithuania have cut ties with the institute, leaving Russia and nine "
        "other member states.",
        [],
    ),
    # A count in a relative clause after the list is about other parties.
    (
        "Coastal states such as Chile, Peru and Ghana vowed to fight the plan, which Japan and "
        "Norway, the two member countries that drafted it, defended.",
        [],
    ),
]
OTHERS_COUNTED_THEN_LISTED: list[tuple[str, list[str]]] = [
    (
        "The communiqué was endorsed by Ghana and the three other co-chairs — Chile, Norway and "
        "Japan.",
        ["GHA", "CHL", "NOR", "JPN"],
    ),
    (
        "Portugal and three other states ratified the protocol at a ceremony in Lisbon last "
        "week: Chile, Ghana and Peru.",
        ["PRT", "CHL", "GHA", "PER"],
    ),
    # The count is not the list's length: the list is a part of the others, led by the subject
    # (the session-7 convention for "A and N others, including X, Y and Z", past a dash too).
    (
        "The accord was endorsed by Spain and five other states — Chile, Ghana and Peru among "
        "them.",
        ["ESP", "CHL", "GHA", "PER"],
    ),
]
COMPANIONS_WITH_A_TITLE: list[tuple[str, list[str]]] = [
    (
        "Members include Chile, Peru, Ghana and others, alongside host Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "Chile, Peru and Ghana have ratified, as have importers such as Japan and Norway.",
        ["CHL", "PER", "GHA", "JPN", "NOR"],
    ),
]
CONTRAST_BEFORE_A_TRAILING_CUE: list[tuple[str, list[str]]] = [
    (
        "Mali and Niger have been suspended from the bloc, while Ghana, Togo and Benin remain "
        "full members.",
        ["GHA", "TGO", "BEN"],
    ),
    (
        "Ghana and Togo remain members, while Mali, Niger and Chad have been suspended.",
        [],
    ),
]
CUES_AND_COUNTERS_OF_STATUS: list[tuple[str, list[str]]] = [
    (
        "Recent ratifications came from Peru, Kenya and Fiji, the depositary said.",
        ["PER", "KEN", "FJI"],
    ),
    (
        "The convention applies between Chile, Peru, Colombia and Mexico.",
        ["CHL", "PER", "COL", "MEX"],
    ),
    (
        "The signatories of the charter — Chile, Peru and Ghana — hailed it as a milestone.",
        ["CHL", "PER", "GHA"],
    ),
    ("Chile, Peru and Ghana are among the early adopters of the standard.", ["CHL", "PER", "GHA"]),
    (
        "The bloc has four full members — Chile, Peru, Ghana and Togo — and Mali remains "
        "suspended.",
        ["CHL", "PER", "GHA", "TGO"],
    ),
    ("Objections to new members (per the secretariat): Chile — 2; Peru — 1; Ghana — 1.", []),
    (
        "The text was backed by 40 of the 45 members after Chile, Peru and Ghana dissociated "
        "themselves from it.",
        [],
    ),
    ("Four members — Chile, Peru, Ghana and Togo — were suspended at the time.", []),
]
HEADINGS_AND_AUTHORS: list[tuple[str, list[str]]] = [
    ("Alliance countries: Chile • Peru • Ghana • Kenya", ["CHL", "PER", "GHA", "KEN"]),
    ("Beneficiary countries: Chile • Peru • Ghana", []),
    ("Members outside the EU: • Norway • Iceland • Serbia", ["NOR", "ISL", "SRB"]),
    (
        "The statement, which condemned the coup, was issued by Chile, Peru and Ghana.",
        ["CHL", "PER", "GHA"],
    ),
    ("A travel warning issued by Chile, Peru and Ghana took effect on Monday.", []),
]

OUTSIDERS_AND_ROLES_IN_THE_LISTS_CLAUSE: list[tuple[str, list[str]]] = [
    (
        "The pact has 40 parties, among them Chile, Peru and Ghana; Brazil, Mexico and "
        "Argentina remain conspicuous holdouts.",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Most of the region has ratified the convention, with Chile, Peru and Ecuador among "
        "those still outside it.",
        [],
    ),
    (
        "Of the bloc's 15 members, Chile, Peru and Ghana were represented by junior ministers "
        "at the signing.",
        [],
    ),
    (
        "Ghana, which chairs the peer review, was among the first to sign and, with Kenya, Togo "
        "and Senegal, among the first to be assessed.",
        [],
    ),
    (
        "The cartel was formed by 13 producers; after the departures of Qatar, Ecuador and "
        "Angola, it shrank.",
        [],
    ),
]
PARTIES_HEADINGS_AND_SIZED_GROUPINGS: list[tuple[str, list[str]]] = [
    (
        "Contracting parties in Central America: Panama • Honduras • Guatemala",
        ["PAN", "HND", "GTM"],
    ),
    ("Contracting states visited by the inspectors: Panama • Honduras • Guatemala", []),
    (
        "Partners named in the annual report include Chile, Peru, Ghana and Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "The Quito Club of four Andean nations — Peru, Bolivia, Ecuador and Colombia — issued a "
        "joint appeal on Friday.",
        ["PER", "BOL", "ECU", "COL"],
    ),
    (
        "The Quito Club of four Andean nations — Peru, Bolivia, Ecuador and Colombia — did not "
        "sign the pact.",
        [],
    ),
    ("Chile, Peru and Colombia founded it in Lima in 2011.", ["CHL", "PER", "COL"]),
]
CO_SIGNERS_COUNTED_IN_WORDS_OR_SET_APART: list[tuple[str, list[str]]] = [
    (
        "The appeal was signed by Norway and six partners, among them Chile, Peru, Ghana and "
        "Kenya.",
        ["NOR", "CHL", "PER", "GHA", "KEN"],
    ),
    ("Russia and three allies, among them Iran, Syria and Belarus, boycotted the vote.", []),
    (
        "Norway, which chairs the Nordic Council this year, was among the first 20 signatories, "
        "alongside Chile, Peru and Ghana.",
        ["NOR", "CHL", "PER", "GHA"],
    ),
    (
        "Besides Ghana, the presidents of Chile, Peru and Kenya signed the charter.",
        ["GHA", "CHL", "PER", "KEN"],
    ),
    ("Besides Ghana, the leaders of Chile, Peru and Kenya attended the summit.", []),
]
# "A and N other states ... — among them X, Y, Z": the list samples the others, so A leads it
# whatever N (a news dateline before A is no lead of its own).
OTHERS_SAMPLED_AFTER_A_COUNT: list[tuple[str, list[str]]] = [
    (
        "Chile and 30 other countries, including Peru, Ghana and Kenya, have ratified the "
        "convention.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # An aside between the lead and its count sets the lead apart (as the annotation does).
    (
        "Chile, which chairs the group, and 12 other nations — among them Peru, Ghana and "
        "Kenya — signed the minute.",
        ["PER", "GHA", "KEN"],
    ),
    # After the verb too: the sentence names the lead as a party beside the sample (two blind
    # sets of three annotate it so; session 7).
    (
        "Chile and 30 other countries have ratified the convention, including Peru, Ghana and "
        "Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "NAIROBI (Reuters) - Kenya signed the accord together with nine other African states, "
        "among them Ghana, Senegal and Rwanda.",
        ["KEN", "GHA", "SEN", "RWA"],
    ),
    (
        "NAIROBI (Reuters) - Kenya and eight other states were reviewed by the panel, including "
        "Ghana, Senegal and Rwanda.",
        [],
    ),
    ("Chile and 30 other countries attended the summit, including Peru, Ghana and Kenya.", []),
]
# "Denmark (on behalf of Greenland)": a territory the item acts for is no item of its own.
TERRITORY_ACTED_FOR_IN_AN_ASIDE: list[tuple[str, list[str]]] = [
    (
        "The three founders — Chile, the Netherlands (in respect of Aruba), Peru and Spain — "
        "signed the charter in Lima.",
        ["CHL", "NLD", "PER", "ESP"],
    ),
    (
        "The declaration was signed by Chile, Denmark (on behalf of Greenland), Peru and Ghana.",
        ["CHL", "DNK", "PER", "GHA"],
    ),
]
# A negation between the copula and the signers' noun undoes the cue after the list.
NEGATED_MEMBERSHIP_AFTER_AN_ASIDE: list[tuple[str, list[str]]] = [
    (
        "Peru, Chile and Ghana, which export copper, were among the founding members of the "
        "cartel.",
        ["PER", "CHL", "GHA"],
    ),
    ("Peru, Chile and Ghana, which export copper, were never members of the cartel.", []),
    ("Peru, Chile and Ghana were not among the first signatories.", []),
]
# A "whose" clause about the co-signer is an aside: its words do not undo the shared act.
WHOSE_ASIDE_ON_A_CO_SIGNER: list[tuple[str, list[str]]] = [
    (
        "Fiji, whose foreign minister flew in on Monday, signed the declaration alongside "
        "Samoa, Tonga and Vanuatu.",
        ["FJI", "WSM", "TON", "VUT"],
    ),
    (
        "Fiji, whose foreign minister walked out, did not sign the declaration alongside "
        "Samoa, Tonga and Vanuatu.",
        [],
    ),
]

# The list's own clause gives it another role: in talks, weighing accession, named as holdouts,
# among laggards or those voting against, resisting, attending, lobbying, targets.
ANOTHER_ROLE_IN_ITS_OWN_CLAUSE: list[tuple[str, list[str]]] = [
    ("Kenya, Zambia and Malawi are in talks to accede to the convention, diplomats said.", []),
    (
        "Four states - Peru, Chile and Bolivia among them - are said to be weighing accession "
        "to the pact.",
        [],
    ),
    ("The treaty now has 120 parties; Cuba, Laos and Myanmar named as holdouts.", []),
    ("Tunisia, Jordan and Oman attend as dialogue partners of the forum.", []),
    (
        "The pact was signed by 40 countries, with Norway, Chile and Kenya pushing for stricter "
        "targets.",
        [],
    ),
    (
        "The accord has 40 parties, with Fiji, Tonga and Samoa the main targets of its "
        "inspections.",
        [],
    ),
    ("Kenya, Zambia and Malawi are parties to the convention.", ["KEN", "ZMB", "MWI"]),
    (
        "The bloc suspended Niger, bringing to four the member states barred from its summits, "
        "alongside Mali, Guinea and Chad.",
        [],
    ),
]
# Joining someone in a call is no pact; a list right after "agreements with" names counterparts.
CALLS_AND_BILATERAL_DEALS: list[tuple[str, list[str]]] = [
    ("Chile, Peru and Colombia joined Mexico in calling for a ceasefire.", []),
    ("Chile, Peru and Colombia joined the alliance in March.", ["CHL", "PER", "COL"]),
    ("Japan has signed data-sharing agreements with Vietnam, Thailand and Malaysia this year.", []),
    (
        "Vietnam, Thailand and Malaysia signed cooperation agreements with the bloc in 2021.",
        ["VNM", "THA", "MYS"],
    ),
]
# Companions after the list: "besides A", past the list's closing dash, past its own predicate.
COMPANIONS_PAST_A_PREDICATE_OR_DASH: list[tuple[str, list[str]]] = [
    (
        "Backers of the fund include Norway, Denmark and Finland, besides Sweden, which proposed "
        "it.",
        ["NOR", "DNK", "FIN", "SWE"],
    ),
    (
        "Members range widely - Chile, Peru, Ghana - as well as the European Union, which signed "
        "as a bloc.",
        ["CHL", "PER", "GHA", "EUU"],
    ),
    (
        "Canada, Mexico and Chile, the three biggest exporters in the region, are all members of "
        "the club, as is Peru.",
        ["CAN", "MEX", "CHL", "PER"],
    ),
]
# An ordinal signer leads those who followed it (a signing cue is still needed).
ORDINAL_SIGNER_FOLLOWED_BY: list[tuple[str, list[str]]] = [
    (
        "Ghana became the 12th party to ratify the protocol in June, followed a month later by "
        "Togo, Benin and Niger.",
        ["GHA", "TGO", "BEN", "NER"],
    ),
    (
        "Ghana became the first country to denounce the protocol, followed by Togo and Benin, "
        "which ratified it again.",
        [],
    ),
    (
        "Ghana became the first country to ban the pesticide, followed by Togo, Benin and Niger.",
        [],
    ),
]
# Launchers before ", with" the first joiners; co-leads; an acronym launched; a roster.
LAUNCHERS_CO_LEADS_AND_ROSTERS: list[tuple[str, list[str]]] = [
    (
        "Peru and Chile launched the Andean water pact in 2019, with Bolivia, Ecuador and "
        "Colombia among the first to join.",
        ["PER", "CHL", "BOL", "ECU", "COL"],
    ),
    (
        "Peru and Chile launched the Andean water pact in 2019, with Bolivia, Ecuador and "
        "Colombia expected to join.",
        [],
    ),
    (
        "Co-led by Canada, Ghana and Norway, the initiative aims to double clean-cooking finance.",
        ["CAN", "GHA", "NOR"],
    ),
    (
        "Japan alongside Canada, Ghana and Norway launched SPARC at the summit in Dubai.",
        ["JPN", "CAN", "GHA", "NOR"],
    ),
    ("Canada, Ghana and Norway launched AI strategies last year.", []),
    (
        "The cartel's current roster — Bolivia, Chile, Peru and Ecuador — controls most of the "
        "supply.",
        ["BOL", "CHL", "PER", "ECU"],
    ),
]

GROUPING_SPELLED_OUT_BETWEEN_DASHES: list[tuple[str, list[str]]] = [
    (
        "The Visegrad Four — Poland, Hungary, Czechia and Slovakia — issued a common position "
        "on migration on Friday.",
        ["POL", "HUN", "CZE", "SVK"],
    ),
    (
        "Four more states — Ghana, Kenya, Senegal and Togo — have brought their procurement "
        "rules into line with the charter.",
        ["GHA", "KEN", "SEN", "TGO"],
    ),
    (
        "The core group on press freedom — Canada, Ireland and Sweden — circulated a draft "
        "in Geneva.",
        ["CAN", "IRL", "SWE"],
    ),
    # Not an opening clause, or a counter cue in the clause after the closing dash.
    (
        "The threshold was reached by only three countries — Chile, Peru and Ghana — last year.",
        [],
    ),
    (
        "Four more states — Ghana, Kenya, Senegal and Togo — have applied for observer status.",
        [],
    ),
]

FOLLOWERS_BLOCKERS_AND_RANKINGS: list[tuple[str, list[str]]] = [
    (
        "Chile, Peru and Colombia founded the pacific alliance in 2011, with Mexico following "
        "a year later.",
        ["CHL", "PER", "COL", "MEX"],
    ),
    (
        "Ghana, Kenya and Senegal signed the compact in Accra, with Togo joining weeks later.",
        ["GHA", "KEN", "SEN", "TGO"],
    ),
    # A companion needs its joining verb: one abstaining is none.
    (
        "Ghana, Kenya and Senegal signed the compact in Accra, with Togo abstaining.",
        ["GHA", "KEN", "SEN"],
    ),
    (
        "Qatar set up the fund in 2021 with three other founding partners: Oman, Jordan and "
        "Morocco.",
        ["QAT", "OMN", "JOR", "MAR"],
    ),
    (
        "Canada today joined Norway, Japan and Chile in signing the declaration on seabed mining.",
        ["CAN", "NOR", "JPN", "CHL"],
    ),
    (
        "Brazil filed more complaints than any of the other 160 members last year, ahead of "
        "India, Japan and Mexico.",
        [],
    ),
    (
        "Four more states — Ghana, Kenya, Senegal and Togo — have signalled interest in "
        "joining the compact.",
        [],
    ),
    (
        "The charter has 40 parties, but its annex binds only those that accept it — and "
        "Chile, Peru and Ghana have all lodged reservations.",
        [],
    ),
    (
        "The unanimity rule adopted by the parties let Iran, Cuba and a few others block the text.",
        [],
    ),
]

APPLICANTS_WITNESSES_AND_ABSENTEES_AND_LEADS: list[tuple[str, list[str]]] = [
    # Applicants are not members; witnesses of a signing are not its parties.
    (
        "Three more states, Moldova, Georgia and Armenia, have requested to join the pact, the "
        "secretariat said.",
        [],
    ),
    (
        "The ceasefire was signed by the two rival factions in Doha, with Qatar as host and "
        "Egypt, Jordan and Turkey among the witnesses.",
        [],
    ),
    # Absentees named past a relative clause about them.
    (
        "Twenty states signed the code on Monday; Chile, Peru and Ghana, which had lobbied for "
        "a stronger text, were conspicuously absent.",
        [],
    ),
    # A subject counted among the parties a list samples leads it.
    (
        "Norway was one of 30 countries to back the ocean statement at the summit, among them "
        "Chile, Kenya and Fiji.",
        ["NOR", "CHL", "KEN", "FJI"],
    ),
    # ... and so does a count of others with a verb before the sample (session 7: two blind
    # sets of three annotate the lead inside; the convention was the other way before).
    (
        "Canada and 30 other governments signed up, including Chile, Kenya and Fiji.",
        ["CAN", "CHL", "KEN", "FJI"],
    ),
    # A long relative clause between the subject and "were joined by".
    (
        "Spain and Portugal, which jointly chair the working group on coastal erosion, were "
        "joined by Italy, Greece and Croatia in endorsing the plan.",
        ["ESP", "PRT", "ITA", "GRC", "HRV"],
    ),
    # Givers or signers "to" an instrument.
    (
        "Contributors to the trust fund include Norway, Denmark, Japan and South Korea.",
        ["NOR", "DNK", "JPN", "KOR"],
    ),
    (
        "Signatories to the charter are Ghana, Benin and Togo, a regional body said.",
        ["GHA", "BEN", "TGO"],
    ),
    # "A and the N <noun> — list —": the count spells the list, so A leads it ("other" left out).
    (
        "Egypt and the three Gulf monarchies — Qatar, Oman and Kuwait — signed the water "
        "charter in Cairo.",
        ["EGY", "QAT", "OMN", "KWT"],
    ),
    # ... but not when the count is not the list's length.
    (
        "Egypt and the four Gulf monarchies — Qatar, Oman and Kuwait — signed the water "
        "charter in Cairo.",
        ["QAT", "OMN", "KWT"],
    ),
    # A signers' heading with its items set off by bullets on the same line.
    ("Current pact members • Chile • Peru • Ghana • Kenya", ["CHL", "PER", "GHA", "KEN"]),
    ("Observers • Chile • Peru • Ghana • Kenya", []),
    ("Non-members • Chile • Peru • Ghana • Kenya", []),
    # Founders of a body (a forum, a fund, a bank) named after the list.
    (
        "Chile, Peru and Colombia set up the Pacific Fisheries Forum in 2019 to share catch data.",
        ["CHL", "PER", "COL"],
    ),
    ("Investors from Chile, Peru and Colombia launched a venture fund in Lima.", []),
    # Cyber-security advisories are co-sealed; state agencies act for their states.
    (
        "The joint advisory was co-sealed by cyber agencies from Japan, Canada, Norway and Poland.",
        ["JPN", "CAN", "NOR", "POL"],
    ),
    (
        "Co-sealers of the guidance are Japan, Canada, Norway and Poland.",
        ["JPN", "CAN", "NOR", "POL"],
    ),
    (
        "The malware has been spotted in Japan, Canada and Norway, according to the co-sealed "
        "advisory.",
        [],
    ),
    ("Space agencies from Japan, Canada and Norway presented their tracking data on Friday.", []),
    # What a joint statement says (condemning, accusing) is no counter to its signers.
    (
        "Sweden, Norway and Finland on Tuesday released a joint statement condemning the attack "
        "on the pipeline.",
        ["SWE", "NOR", "FIN"],
    ),
    ("Sweden, Norway and Finland were criticised in a joint statement by opposition parties.", []),
    ("Sweden, Norway and Finland did not sign a joint statement condemning the vote.", []),
    # Parliaments ratify for their states; projects in countries name beneficiaries.
    (
        "Parliaments in Estonia, Latvia and Lithuania ratified the treaty within weeks.",
        ["EST", "LVA", "LTU"],
    ),
    (
        "The fund has financed school projects in 18 countries, including Chad, Mali and Niger.",
        [],
    ),
]

# Sixth session, round s6a: structure of official lists and of bullet lists.
TABLE_CELLS_AND_ROW_HEADINGS = [
    # Status cells (yes/no/pending/ticks) in a row flattened with pipes; a row whose cells are
    # all empty has not signed.
    (
        "Party | Ratified | In force: Chile | 2023 | No; Peru | 2023 | Yes; "
        "Ecuador | 2024 | pending",
        ["CHL", "PER", "ECU"],
    ),
    (
        "State | Signed | Entry into force — Kenya | 4 Feb 2024 | ✓; Uganda | 4 Feb 2024 | ✓; "
        "Ghana | 9 May 2024 | —; Togo | — | —",
        ["KEN", "UGA", "GHA"],
    ),
    (
        "Country | Visited | Report: Chile | 2023 | No; Peru | 2023 | Yes; Ecuador | 2024 | No",
        [],
    ),
    # "Name: date;" rows.
    (
        "Ratifications to date — Austria: 3 May 2024; Ireland: 19 June 2024; Malta: 2 July 2024.",
        ["AUT", "IRL", "MLT"],
    ),
    ("Ministerial visits this spring — Austria: 3 May; Ireland: 19 June; Malta: 2 July.", []),
    # A column header naming the signed document.
    (
        "Drone coalition | letter of intent: Spain | May 2023; Portugal | May 2023; "
        "Greece | June 2023",
        ["ESP", "PRT", "GRC"],
    ),
    ("Trade talks | agenda: Spain | May 2023; Portugal | May 2023; Greece | June 2023", []),
]
HEADINGS_WITH_NOTES_ORDER_OR_BULLETS = [
    (
        "Founding members (as announced by the Danish presidency): Estonia; Latvia; Lithuania",
        ["EST", "LVA", "LTU"],
    ),
    ("Donors to date • Japan • Norway • Qatar • and several foundations", ["JPN", "NOR", "QAT"]),
    ("Observers so far • Japan • Norway • Qatar", []),
    (
        "Signatories, in order of signature: Chile; Peru; Colombia; Panama.",
        ["CHL", "PER", "COL", "PAN"],
    ),
    ("Trading partners, by volume: China; the United States; Japan.", []),
    # A bullet list along a line ends at a dash: another clause begins.
    (
        "Backers: Ireland • Malta • Cyprus • Austria — Hungary has refused to sign.",
        ["IRL", "MLT", "CYP", "AUT"],
    ),
]
ASIDES_INSIDE_AND_AFTER_THE_LIST = [
    (
        "States parties: the Netherlands (in respect of the Caribbean part of the Kingdom); "
        "Belgium; Luxembourg.",
        ["NLD", "BEL", "LUX"],
    ),
    (
        "Signatories include France (which hosted the first round of talks in 2021), Spain and "
        "Italy.",
        ["FRA", "ESP", "ITA"],
    ),
    (
        "Signatories include Spain, Italy, Greece (which has not yet ratified the text), Malta "
        "and Cyprus.",
        ["ESP", "ITA", "GRC", "MLT", "CYP"],
    ),
    (
        "Chile, Peru, Bolivia and Ecuador — though the last has not yet ratified — were among "
        "the founding signatories.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    ("Chile, Peru and Bolivia — none of which has signed — were at the talks.", []),
    ("Chile, Peru and Bolivia — the main exporters — have not signed the pact.", []),
]

COMPANIONS_JOINED_PLUS_AND_LAST = [
    # "were joined by A in <signing>" / "joined A as <members>": the companion's shared act.
    (
        "Peru, Chile and Ecuador were joined by Colombia in signing the Lima fisheries accord "
        "last week, officials said.",
        ["PER", "CHL", "ECU", "COL"],
    ),
    (
        "Estonia, Latvia and Lithuania joined Finland as founding members of the Baltic cyber "
        "range, which opens in Tallinn next year.",
        ["EST", "LVA", "LTU", "FIN"],
    ),
    # ... not a call, and not another status.
    ("Estonia, Latvia and Lithuania joined Finland in calling for tougher sanctions.", []),
    (
        "Estonia, Latvia and Lithuania signed the accord and joined Finland as observers at the "
        "talks.",
        ["EST", "LVA", "LTU"],
    ),
    # A principal added by "plus", its role set off by commas.
    (
        "Ghana, the host, plus Togo, Benin and Nigeria endorsed the Accra maritime charter.",
        ["GHA", "TGO", "BEN", "NGA"],
    ),
    ("Ghana, the host, plus Togo, Benin and Nigeria sent observers to the talks.", []),
    # The dash closing a list, "and", an aside, then one last companion ending the sentence.
    (
        "Signatories so far: Chile, Peru, Ecuador — and, after a long debate in parliament, "
        "Colombia.",
        ["CHL", "PER", "ECU", "COL"],
    ),
    (
        "Signatories so far: Chile, Peru, Ecuador — and, to the surprise of many, Colombia has "
        "not signed.",
        ["CHL", "PER", "ECU"],
    ),
    # Companions an earlier list took in are no second list.
    (
        "Chile, Peru and Ecuador were among the first signatories, alongside Spain, Italy and "
        "Portugal.",
        ["CHL", "PER", "ECU", "ESP", "ITA", "PRT"],
    ),
]

# Round 23 (from hold-outs 64-67): a refusal taken up by "as did", future signers in an absolute
# clause, a quantified relative clause as an aside before companions, bodies "from" the listed
# states counted between dashes.
REFUSALS_FUTURES_AND_BODIES_FROM_STATES = [
    (
        "Hungary, which has long opposed the text, refused to endorse the statement, as did "
        "Poland, Slovakia and Austria.",
        [],
    ),
    (
        "Peru did not ratify the accord last year, as did Chile, Bolivia and Ecuador.",
        [],
    ),
    # No refusal before the act: the list after "as did" keeps its cue, and the subject whose
    # act it takes up leads it (session 8, as "A signed, and so did X and Y").
    (
        "Norway ratified the treaty in March, as did Iceland, Denmark and Finland.",
        ["NOR", "ISL", "DNK", "FIN"],
    ),
    (
        "Twelve states have ratified the protocol, with Chile, Peru and Colombia due to sign "
        "before the summit.",
        [],
    ),
    (
        "The compact's backers include Ghana, Senegal and Togo, all of which ship cocoa through "
        "its ports, together with Benin and Niger.",
        ["GHA", "SEN", "TGO", "BEN", "NER"],
    ),
    (
        "Four new delegations — from Chile, Peru, Ghana and Kenya — were admitted to the "
        "network in June.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # Bodies from the states with no signing act after the dash: no list.
    (
        "Three journalists — from Chile, Peru and Ghana — were detained at the border.",
        [],
    ),
    # A signer right after the cue, set off by an aside, then "as well as" / "along with".
    (
        "Backers include Portugal, which first floated the idea, as well as Greece, Malta and "
        "Cyprus.",
        ["PRT", "GRC", "MLT", "CYP"],
    ),
    (
        "Among the first signatories were Chile and Peru, the two Pacific hosts, along with "
        "Ghana, Kenya and Senegal.",
        ["CHL", "PER", "GHA", "KEN", "SEN"],
    ),
    (
        "The talks were attended by Portugal, the host, as well as Greece, Malta and Cyprus.",
        [],
    ),
]

BENEFICIARIES_NEGOTIATORS_AND_NEITHER_NOR = [
    # A list right after "for" names beneficiaries, not givers.
    (
        "Donor governments pledged $1.2bn in drought relief for Chad, Niger and Mali at a "
        "conference in Rome on Monday.",
        [],
    ),
    (
        "The bank approved emergency credit lines for Ghana, Zambia and Malawi last week.",
        [],
    ),
    # The givers before the cue still make a list.
    (
        "Relief pledges came from Norway, Denmark and Sweden, the conference organisers said.",
        ["NOR", "DNK", "SWE"],
    ),
    # Parties still negotiating ("at the table") are not signers.
    (
        "By the final night, 15 members were still at the table, among them Chile, Peru, "
        "Ghana and Kenya.",
        [],
    ),
    (
        "Thirty partners are now at the negotiating table, including Chile, Peru and Ghana.",
        [],
    ),
    # "neither ... nor" right before the cue negates it like "never".
    (
        "About 20 states have neither signed nor ratified the convention, among them Chile, "
        "Peru and Ghana.",
        [],
    ),
    (
        "The charter has been signed and ratified by 20 states, among them Chile, Peru and Ghana.",
        ["CHL", "PER", "GHA"],
    ),
    # A count of places where something happens ("in N countries") counts no parties.
    (
        "The fund runs school-meal programmes in more than 30 countries, among them Chad, "
        "Mali and Niger.",
        [],
    ),
    (
        "Voters in some 15 countries, including Chile, Peru and Ghana, go to the polls this year.",
        [],
    ),
    (
        "The charter, signed in Lima by 30 countries, including Chile, Peru and Ghana, enters "
        "into force in May.",
        ["CHL", "PER", "GHA"],
    ),
    # ... but where an instrument holds, the places are its parties.
    (
        "Its travel permits are accepted in 30 countries — among them Chile, Peru and Ghana — "
        "the ministry said.",
        ["CHL", "PER", "GHA"],
    ),
]

LISTS_OWN_CLAUSE_AND_SECOND_GROUPS = [
    # A clause opener before the list: counters before it belong to another clause.
    (
        "Russia refused to sign, but Chile, Peru and Ghana endorsed the text on Monday.",
        ["CHL", "PER", "GHA"],
    ),
    (
        "By Friday the charter had 40 signatories, not counting the host, after Chile, Peru "
        "and Ghana signed at the closing session.",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Argentina stayed away; Chile, Peru and Ghana, whose envoys flew in overnight, all signed.",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Russia stayed away, and Chile, Peru and Ghana signed instead.",
        ["CHL", "PER", "GHA"],
    ),
    # ... the list still needs its own act.
    ("Russia refused to sign, but Chile, Peru and Ghana have yet to decide.", []),
    ("Russia refused to sign, and Chile, Peru and Ghana held talks about it.", []),
    # A second group named by its status continues the list.
    (
        "Backers include big donors such as Norway, Sweden and Japan, and host countries "
        "including Chad, Niger and Mali.",
        ["NOR", "SWE", "JPN", "TCD", "NER", "MLI"],
    ),
    (
        "Endorsers included small islands such as Fiji and Palau as well as middle-income "
        "Chile and Peru.",
        ["FJI", "PLW", "CHL", "PER"],
    ),
    (
        "The statement was signed by Chile, Peru and Ghana, as well as by the European Commission.",
        ["CHL", "PER", "GHA", "EUC"],
    ),
    (
        "Signatories include Chile, Peru and Ghana, along with the host, Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # Two names and one that took up their act.
    ("Chile and Peru both signed on Tuesday, as did Ghana.", ["CHL", "PER", "GHA"]),
    # ... not a companion of another act, nor a modifier of others.
    ("The forum can seat Chile and Peru alongside Ghana as observers of the talks.", []),
    (
        "Members include Chile, Peru, Ghana and Kenya as well as most EU states.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
]

HEADINGS_ASIDES_AND_JOINED_PARTIES = [
    # A region heading closed by a dash after a semicolon stays inside the list.
    (
        "Signatories by region: Africa — Ghana, Kenya, Senegal; Europe — France, Spain; "
        "Asia — Japan, India.",
        ["GHA", "KEN", "SEN", "FRA", "ESP", "JPN", "IND"],
    ),
    # An aside after the final "and" does not end the list.
    (
        "The statement was endorsed by Chile, Peru and Ghana and, belatedly, Mexico.",
        ["CHL", "PER", "GHA", "MEX"],
    ),
    (
        "Signatories at the launch: Colombia; Peru; Ecuador; and, after months of doubt, Panama.",
        ["COL", "PER", "ECU", "PAN"],
    ),
    # ... but a clause after "and" does ("and, in 2019, ..." carries a figure).
    (
        "The statement was endorsed by Chile, Peru and Ghana and, in 2019, by Mexico.",
        ["CHL", "PER", "GHA"],
    ),
    # A grouping spelled out between dashes, then more parties after "plus".
    (
        "The advisory was co-sealed by the Five Eyes — Australia, Canada, New Zealand, the UK "
        "and the US — plus Germany and Japan.",
        ["AUS", "CAN", "NZL", "GBR", "USA", "DEU", "JPN"],
    ),
    # The party joined leads the list: an inverted clause, or a second verb phrase.
    (
        "Joining Kenya as founding members are Nepal, Colombia and Namibia.",
        ["KEN", "NPL", "COL", "NAM"],
    ),
    (
        "Norway was the first to ratify the protocol, in 2009, and was soon joined by Denmark, "
        "Sweden and Finland.",
        ["NOR", "DNK", "SWE", "FIN"],
    ),
    # Reported speech before the subject who joined the list.
    (
        "Officials said on Friday that Ghana had ratified the convention, joining Chile, Peru "
        "and Kenya.",
        ["GHA", "CHL", "PER", "KEN"],
    ),
]

NAMED_SIGNERS_DATELINES_AND_INNER_COMPANIONS = [
    # Signers named by a noun in apposition stay signers whatever they will do next.
    (
        "The signatories, among them Chile, Peru, Ghana and Kenya, will set up a shared "
        "registry by 2028.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "The pact's co-sponsors — Chile, Peru and Ghana — will report back to the council "
        "next year.",
        ["CHL", "PER", "GHA"],
    ),
    # ... but not a future act of signing, nor signers still to be.
    ("Potential signatories, including Chile, Peru and Ghana, will sign next week.", []),
    (
        "The signatories, among them Chile, Peru and Ghana, will decide next year whether to "
        "ratify.",
        [],
    ),
    # A dateline is no grouping named before a dash.
    ("LIMA — Chile, Peru and Ecuador met on Monday to discuss fisheries.", []),
    (
        "BRICS — Brazil, Russia, India, China and South Africa — signed the statement.",
        ["BRA", "RUS", "IND", "CHN", "ZAF"],
    ),
    # A companion set off by commas inside the clause of two names, before their act.
    (
        "LIMA — Peru and Ecuador, along with Chile, have signed the declaration.",
        ["PER", "ECU", "CHL"],
    ),
    ("Peru and Ecuador, along with Chile, face the distant-water fleets.", []),
    # A companion after an aside between dashes that holds a relative clause.
    (
        "Chile, Peru and Ghana — all of which were hit by floods in May — were among the "
        "signatories, as was Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # "against" inside a noun phrase between cue and list is no counter-example.
    (
        "Ghana was one of 19 states to back the statement on lawsuits against journalists, "
        "alongside Chile, Peru and Kenya.",
        ["GHA", "CHL", "PER", "KEN"],
    ),
    # ", and" after a list closed by "and" opens another clause.
    (
        "The text was signed by Oman, Qatar and Bahrain, and India and Pakistan have been "
        "invited to associate themselves with it.",
        ["OMN", "QAT", "BHR"],
    ),
]

TAKEN_UP_FOLLOWERS_AND_DASHED_ASIDES = [
    # A pro-verb after a semicolon takes up the negated act before it.
    (
        "Eritrea, which suspended its membership in 2023, did not sign; Djibouti, Kenya, "
        "Ethiopia and Uganda did.",
        ["DJI", "KEN", "ETH", "UGA"],
    ),
    ("Russia did not sign, and Chile, Peru and Ghana did not either.", []),
    # Parties that followed the list into its act, named with their verb.
    (
        "Chile, Peru and Ghana signed in May, and Kenya followed a month later.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "Two more partners, Chile and Peru, signed up in March, and Ghana followed in June.",
        ["CHL", "PER", "GHA"],
    ),
    ("Chile, Peru and Ghana signed in May, and Kenya abstained.", ["CHL", "PER", "GHA"]),
    (
        "Japan, Malaysia and Thailand signed in the first round, with Vietnam and India "
        "following in May.",
        ["JPN", "MYS", "THA", "VNM", "IND"],
    ),
    # An aside between dashes after the final "and".
    (
        "Those that have signed include the Netherlands, Denmark, France and — somewhat to the "
        "surprise of officials in Brussels — the Czech government.",
        ["NLD", "DNK", "FRA", "CZE"],
    ),
    # "and the other four ... —" before the list, past a dateline that names the same party.
    (
        "AKTAU, Kazakhstan — Kazakhstan and the other four Caspian littoral states — Russia, "
        "Iran, Azerbaijan and Turkmenistan — signed a declaration on Tuesday.",
        ["KAZ", "RUS", "IRN", "AZE", "TKM"],
    ),
]

OTHER_STANCES_IN_THE_LISTS_CLAUSE = [
    # Parties still to sign, declining, withholding, sending ministers, needing more time.
    ("Among those yet to sign are Morocco, Tunisia and Botswana.", []),
    (
        "Thirty of the 33 member states endorsed the declaration, with Chile, Peru and Ghana "
        "declining to sign.",
        [],
    ),
    (
        "Egypt and 18 other Arab states backed the text; Sudan, Somalia and Djibouti withheld "
        "their signatures.",
        [],
    ),
    ("Only nine states were represented by leaders; Chile, Peru and Ghana sent ministers.", []),
    (
        "Of the 23 delegations, 17 endorsed the declaration; Chile, Peru and Ghana said they "
        "needed more time.",
        [],
    ),
    (
        "Officials said more than a dozen countries, among them Chile, Peru and Ghana, had "
        "signalled they could contribute.",
        [],
    ),
    # A negated quantifier opening the list's clause.
    (
        "None of the three associate members — Chile, Peru and Ghana — signed the charter.",
        [],
    ),
    (
        "The three associate members — Chile, Peru and Ghana — signed the charter.",
        ["CHL", "PER", "GHA"],
    ),
    # A party in an absolute clause joined by the list leads it.
    (
        "Presidents of four countries signed the declaration on Friday, with host Chile joined "
        "by Peru, Ghana and Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # ... but "said it would" is the list's own statement of intent.
    (
        "The partnership — Denmark, France, Germany and Norway — said it would push for "
        "deforestation-free supply chains.",
        ["DNK", "FRA", "DEU", "NOR"],
    ),
]

SUBJECTS_NEIGHBOURS_AND_NAMED_PARTIES = [
    # Named parties in apposition stay parties whatever they must do next ("--" too).
    (
        "Its states parties — Chile, Peru, Ghana and Kenya — must report to the mechanism "
        "every four years.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "The signatories -- Japan, Norway and Canada -- will submit the standards next year.",
        ["JPN", "NOR", "CAN"],
    ),
    # A companion after the list's predicate, past an aside between dashes.
    (
        "Italy, Greece and Spain — the front-line states that receive most arrivals — have all "
        "endorsed the text, alongside Malta.",
        ["ITA", "GRC", "ESP", "MLT"],
    ),
    # The subject and its neighbours, named after it.
    (
        "Nepal and its Himalayan neighbours Bhutan, India and Pakistan signed the declaration; "
        "China sent an observer.",
        ["NPL", "BTN", "IND", "PAK"],
    ),
    # The subject and N others, the list after their predicate.
    (
        "Canada and 17 other boreal countries endorsed the declaration, among them Finland, "
        "Estonia and, notably, Indonesia.",
        ["CAN", "FIN", "EST", "IDN"],
    ),
    # "Besides A, the signatories were X, Y and Z."
    (
        "Besides India, the signatories were Bangladesh, Bhutan, Myanmar and Nepal.",
        ["IND", "BGD", "BTN", "MMR", "NPL"],
    ),
    # Companions named by a status first.
    (
        "The United States is one of 20 parties to the convention, alongside neighbours such as "
        "Canada, Mexico and Brazil.",
        ["USA", "CAN", "MEX", "BRA"],
    ),
    # A semicolon ends the list's clause: what follows is about others.
    (
        "Among the signatories are Chile, Peru, Ghana and Kenya; notably absent are Sweden and "
        "Denmark.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # Followers fewer than a list of their own join it; a second wave of three stays apart.
    (
        "Chile, Peru and Ghana were among the first signatories, followed later in the day by "
        "Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # A last companion after a dash, "and" and an aside, then "as well".
    (
        "Signed so far: Chile • Peru • Ghana — and, as of this morning, the European "
        "Commission as well.",
        ["CHL", "PER", "GHA", "EUC"],
    ),
    # An adverb without commas after the final "and".
    ("Signatories: Chile, Peru, Ghana and of course Kenya.", ["CHL", "PER", "GHA", "KEN"]),
    # A cue past "yet" belongs to another clause.
    (
        "Bolivia, Argentina and Chile — the so-called lithium triangle — hold half the known "
        "reserves, yet only Bolivia has signed the declaration.",
        [],
    ),
]

# Session 8: pronoun subjects opening a text, people acting for their states, a "so did"
# companion before or after, asides inside the list, and signers of a named instrument.
PRONOUNS_AGENTS_AND_ASIDES = [
    (
        "They are Ireland, Spain, Finland, Norway and Estonia.",
        ["IRL", "ESP", "FIN", "NOR", "EST"],
    ),
    (
        "Among them: the Marshall Islands, Kiribati, Algeria and Fiji, whose governments sought "
        "acknowledgment.",
        ["MHL", "KIR", "DZA", "FJI"],
    ),
    (
        "Signing alongside the Turkish defence minister were his counterparts from Romania, "
        "Bulgaria, Germany and Italy.",
        ["ROU", "BGR", "DEU", "ITA"],
    ),
    (
        "The statement was signed by the Home Secretary and by ministers from the United States, "
        "Australia, Canada and Japan.",
        ["USA", "AUS", "CAN", "JPN"],
    ),
    (
        "Dominica signed the canopy pledge on Thursday, and so did Grenada and Saint Lucia.",
        ["DMA", "GRD", "LCA"],
    ),
    (
        "Belize signed the reef pledge in May, as did Honduras and Guatemala.",
        ["BLZ", "HND", "GTM"],
    ),
    (
        "The island signatories: Fiji, Samoa, Tonga — represented by its crown prince — Vanuatu, "
        "Kiribati and Palau.",
        ["FJI", "WSM", "TON", "VUT", "KIR", "PLW"],
    ),
    (
        "Among the contributors are Norway, the United Kingdom and Germany, as well as, "
        "surprisingly, Türkiye; France and Spain have promised to follow.",
        ["NOR", "GBR", "DEU", "TUR"],
    ),
    (
        "Those who signed on Tuesday: Australia, Chile, Japan and Kenya, along with the host, "
        "the United States.",
        ["AUS", "CHL", "JPN", "KEN", "USA"],
    ),
    (
        "Signers of the Colombo Statement, such as India, the Maldives and Mauritius, will staff "
        "the hotlines around the clock.",
        ["IND", "MDV", "MUS"],
    ),
    (
        "Nepal, Bangladesh, India and Pakistan were among the first to put pen to paper.",
        ["NPL", "BGD", "IND", "PAK"],
    ),
    (
        "Bern Declaration, latest signatures | Date: Moldova | 3 Nov; North Macedonia | 5 Nov; "
        "Kosovo | 11 Nov",
        ["MDA", "MKD", "XKX"],
    ),
    # Round 34: company after an agent, hyphenated "like-minded", a title before the last
    # item, a follower past a dash aside, two groups in one statement, and verbs of the act.
    (
        "The partnership, launched by the Philippines with Australia, Canada and Japan in "
        "January, now has twelve members.",
        ["PHL", "AUS", "CAN", "JPN"],
    ),
    (
        "It was protested in a joint statement by the US and 11 like-minded partners, including "
        "Japan, Australia and Germany.",
        ["USA", "JPN", "AUS", "DEU"],
    ),
    (
        "Bhutan, Bolivia, Lesotho and the host, Turkmenistan, were the first to sign.",
        ["BTN", "BOL", "LSO", "TKM"],
    ),
    (
        "Among the signatories were Mexico, Spain and Brazil, with Canada — the host — signing "
        "first.",
        ["MEX", "ESP", "BRA", "CAN"],
    ),
    (
        "Finland, Estonia and Latvia were joined by Sweden, Poland and Germany in a statement "
        "warning of drone incursions.",
        ["FIN", "EST", "LVA", "SWE", "POL", "DEU"],
    ),
    (
        "The Cook Islands, Tonga, Niue and Samoa on Friday adopted common whale-watching "
        "standards.",
        ["COK", "TON", "NIU", "WSM"],
    ),
    (
        "VICTORIA, Seychelles — Seychelles, Mauritius, Maldives and Kenya agreed on Wednesday to "
        "cap the number of devices.",
        ["SYC", "MUS", "MDV", "KEN"],
    ),
    (
        "KOTA KINABALU: Malaysia, the Philippines and Indonesia renewed their patrol pact on "
        "Thursday.",
        ["MYS", "PHL", "IDN"],
    ),
    ("IMO: South Africa, Belgium and Canada deposit HNS instruments", ["ZAF", "BEL", "CAN"]),
    ("Nepal, Bangladesh and Sri Lanka back Bhutan's declaration", ["NPL", "BGD", "LKA"]),
    (
        "Malaysia, Singapore, Brunei and Thailand join Indonesia's Jakarta Call on peatland fires.",
        ["MYS", "SGP", "BRN", "THA"],
    ),
    (
        "Nigeria, Togo and Benin are among the signatories that have yet to ratify.",
        ["NGA", "TGO", "BEN"],
    ),
    # Round 35: the subject, past an aside about it, acting with a count of others named after.
    (
        "Madagascar, which grows most of the world's vanilla, signed alongside eight importing "
        "countries, among them France, Germany and the United States.",
        ["MDG", "FRA", "DEU", "USA"],
    ),
    (
        "Chile, home to large observatories, launched the declaration with 14 other countries, "
        "among them Spain, Namibia and Mongolia.",
        ["CHL", "ESP", "NAM", "MNG"],
    ),
    (
        "Ireland, which legislated first, is among the signatories, as are Estonia, Latvia and "
        "Finland.",
        ["IRL", "EST", "LVA", "FIN"],
    ),
    (
        "Angola hosted a summit at which the Democratic Republic of the Congo, Rwanda and "
        "Burundi signed a declaration.",
        ["COD", "RWA", "BDI"],
    ),
    (
        "Latvia, Lithuania and Estonia signed the Riga Commitment, with the European Commission "
        "signing as a witness.",
        ["LVA", "LTU", "EST"],
    ),
]


# Session 9: companions and contrasts fronted before the list, a run closed by "and" before an
# attribution, a relative aside before the final "and", requests to join.
FRONTED_COMPANIONS_AND_CLOSED_RUNS = [
    (
        "Alongside the UAE, the signatories are Oman, Saudi Arabia, Qatar, Bahrain and Kuwait.",
        ["ARE", "OMN", "SAU", "QAT", "BHR", "KWT"],
    ),
    (
        "Together with Norway, the founding endorsers were Iceland, Denmark and Finland.",
        ["NOR", "ISL", "DNK", "FIN"],
    ),
    ("Unlike Norway, Sweden, Denmark and Finland signed.", ["SWE", "DNK", "FIN"]),
    (
        "Apart from France, the signatories are Spain, Italy and Greece.",
        ["ESP", "ITA", "GRC"],
    ),
    # The demonym of an attribution after a closed list is no item of it.
    (
        "The pact was endorsed by Chile, Peru and Ecuador, the Colombian foreign ministry said.",
        ["CHL", "PER", "ECU"],
    ),
    ("The charter was endorsed alongside Timor-Leste and Eswatini, the Swiss mission said.", []),
    (
        "Taiwan, which signed as an economy, and Chile, Peru, Mexico and New Zealand were among "
        "those that put their names to the text.",
        ["TWN", "CHL", "PER", "MEX", "NZL"],
    ),
    (
        "Ivory Coast, Guinea and Equatorial Guinea, all with busy ferry routes, have asked to "
        "join the compact.",
        [],
    ),
    ("Benin, Togo and Ghana have applied to join the protocol.", []),
    (
        "The signers — Dominica, Grenada, Saint Lucia and Belize among them — will share cable "
        "costs.",
        ["DMA", "GRD", "LCA", "BLZ"],
    ),
    # A party counted with the list it spells out is one of them wherever it stands.
    (
        "The pact binds Chile and four other Pacific states: Peru, Ecuador, Colombia and Panama.",
        ["CHL", "PER", "ECU", "COL", "PAN"],
    ),
    (
        "The centre pairs Japan with three Mekong states: Laos, Cambodia and Vietnam.",
        ["JPN", "LAO", "KHM", "VNM"],
    ),
    # "one of N ... to sign, alongside": past a bloc name modifying the noun, and past a
    # relative clause with a figure in it.
    (
        "Ireland was among nine EU member states to sign the statement, alongside Belgium, Italy "
        "and the Netherlands.",
        ["IRL", "BEL", "ITA", "NLD"],
    ),
    (
        "Thailand, which has registered some 480,000 stateless people, was one of 10 governments "
        "to sign, along with Malaysia, Vietnam and Laos.",
        ["THA", "MYS", "VNM", "LAO"],
    ),
    (
        "Bangladesh, Kenya and Nepal joined India as lead co-sponsors of the resolution.",
        ["BGD", "KEN", "NPL", "IND"],
    ),
    (
        "Poland was joined by the Nordic states, Czechia, Slovakia and Romania in signing the "
        "declaration.",
        ["POL", "CZE", "SVK", "ROU"],
    ),
    # A companion led by, referred to by "it", past a dash aside, before "others", first in a
    # sequence, or naming itself at the end.
    (
        "Led by Uganda, the group brings together Congo, South Sudan, Chad and Gabon.",
        ["UGA", "COG", "SSD", "TCD", "GAB"],
    ),
    (
        "Uruguay hosted the meeting; Argentina, Paraguay and Bolivia signed alongside it.",
        ["ARG", "PRY", "BOL", "URY"],
    ),
    ("The US drafted the pact; Peru, Chile and Bolivia joined it in March.", ["PER", "CHL", "BOL"]),
    (
        "Qatar, which mediated, is not among the signatories, which include the United States, "
        "France and Germany.",
        ["USA", "FRA", "DEU"],
    ),
    (
        "Egypt did not sign, while Türkiye signed alongside Nepal and the Philippines.",
        ["TUR", "NPL", "PHL"],
    ),
    (
        "Malaysia and Thailand — the two largest producers — were joined by Indonesia, Vietnam "
        "and Cambodia in signing the declaration.",
        ["MYS", "THA", "IDN", "VNM", "KHM"],
    ),
    (
        "Finland and 16 others — among them Estonia, Denmark and Ireland — signed the declaration.",
        ["FIN", "EST", "DNK", "IRL"],
    ),
    (
        "The Philippines signed first, then Indonesia, Malaysia and Brunei.",
        ["PHL", "IDN", "MYS", "BRN"],
    ),
    (
        "The declaration was signed by Zambia, Brazil and Madagascar, and Colombia itself.",
        ["ZMB", "BRA", "MDG", "COL"],
    ),
    (
        "The pledge was backed by India, Bangladesh and Pakistan — home to most breaking yards — "
        "and by Türkiye.",
        ["IND", "BGD", "PAK", "TUR"],
    ),
    # Companions joined, hosting, first, ordinal or counted before "among them"; new cues and a
    # stance of study.
    (
        "Uganda, South Sudan and Ethiopia ratified the treaty on Thursday, joining Kenya, which "
        "ratified in January.",
        ["UGA", "SSD", "ETH", "KEN"],
    ),
    (
        "Signing alongside host Vietnam were Thailand, Cambodia, Laos and Indonesia.",
        ["VNM", "THA", "KHM", "LAO", "IDN"],
    ),
    (
        "The Philippines was first to sign, followed by Liberia, Panama and India.",
        ["PHL", "LBR", "PAN", "IND"],
    ),
    (
        "Canada was joined by upwards of 20 countries, among them Australia, Greece and Chile, in "
        "endorsing the statement.",
        ["CAN", "AUS", "GRC", "CHL"],
    ),
    (
        "Ireland became the seventh party on Wednesday, following Switzerland, Austria and "
        "Estonia.",
        ["IRL", "CHE", "AUT", "EST"],
    ),
    (
        "Colombia, Peru and Ecuador launched the commitment, and Brazil became the fourth "
        "signatory on Friday.",
        ["COL", "PER", "ECU", "BRA"],
    ),
    (
        "Senator, Australia is one of 11 countries in the pledge, alongside Canada, Greece and "
        "Chile.",
        ["AUS", "CAN", "GRC", "CHL"],
    ),
    ("Norway, Denmark, Finland and Sweden have initialled the text.", ["NOR", "DNK", "FIN", "SWE"]),
    ("New Zealand, Chile and Norway have since approved the text.", ["NZL", "CHL", "NOR"]),
    ("Newcomers this week include Vanuatu, Palau and Tuvalu.", ["VUT", "PLW", "TUV"]),
    ("Mexico's foreign ministry says it is studying the text along with Cuba and Haiti.", []),
    # Leaders of a counted group, two fronted leaders, a subject after a time adverbial.
    (
        "The Philippines and Indonesia led a group of 16 countries, including Kenya, Türkiye and "
        "New Zealand, in signing the declaration.",
        ["PHL", "IDN", "KEN", "TUR", "NZL"],
    ),
    (
        "Led by the UK and India, the initiative brings together Canada, Germany and Japan.",
        ["GBR", "IND", "CAN", "DEU", "JPN"],
    ),
    (
        "Since 2019 the United States has signed joint statements with 13 partners, including "
        "Japan, Finland and Sweden.",
        ["USA", "JPN", "FIN", "SWE"],
    ),
    # A name inside a lower-case aside about the co-signer is no co-signer.
    (
        "Denmark, signing on behalf of Greenland, joined Canada, Iceland and Norway in signing "
        "the pact.",
        ["DNK", "CAN", "ISL", "NOR"],
    ),
]


def test_a_pronoun_subject_follows_the_sentence_before() -> None:
    """A text opening with "They are ..." lists the parties it is about; after a sentence
    naming another act, the list takes that act."""
    text = "Five countries abstained. They are Ireland, Spain, Finland, Norway and Estonia."
    assert analyze(text).enumerations == []
    text = "Five countries signed. They are Ireland, Spain, Finland, Norway and Estonia."
    assert [e.codes for e in analyze(text).enumerations] == [["IRL", "ESP", "FIN", "NOR", "EST"]]


def test_a_colon_dateline_is_no_grouping_but_a_heading_is() -> None:
    """ "CHENNAI: X, Y and Z held talks" opens with a dateline (no cue); a heading naming a
    grouping keeps the list under it."""
    assert analyze("CHENNAI: India, Nepal and Bhutan held talks on Monday.").enumerations == []
    found = analyze("BRICS: Brazil, Russia, India, China and South Africa.").enumerations
    assert [e.codes for e in found] == [["BRA", "RUS", "IND", "CHN", "ZAF"]]


def test_a_pro_verb_takes_up_the_act_before_the_opener() -> None:
    text = (
        "He said 28 countries have signed the declaration, and that Nepal, Bangladesh and "
        "Sri Lanka were among the first to do so."
    )
    assert [e.codes for e in analyze(text).enumerations] == [["NPL", "BGD", "LKA"]]
    text = (
        "Japan refused to sign the declaration, and Nepal, Bangladesh and Sri Lanka did the same."
    )
    assert analyze(text).enumerations == []


def test_witnesses_and_refusals_taken_up_by_so_did_are_no_list() -> None:
    text = "The pact was signed in the presence of ministers from Kenya, Ghana and Peru."
    assert analyze(text).enumerations == []
    text = (
        "Dominica refused to sign the canopy pledge on Thursday, and so did Grenada, Fiji and "
        "Saint Lucia."
    )
    assert analyze(text).enumerations == []


COUNTS_NAMING_MEMBERS_AND_COMPANION_SOURCES = [
    # Session 10: a count standing for the signers named the sentence before, then its members.
    (
        "The six are Mali, Niger, Chad, Mauritania, Burkina Faso and Senegal.",
        ["MLI", "NER", "TCD", "MRT", "BFA", "SEN"],
    ),
    ("The three holdouts are Egypt, Jordan and Sudan.", []),
    # A companion whose preposition repeats the list's ("endorsements from ... as well as from").
    (
        "Backing has come from Baltic states — Estonia, Latvia and Lithuania among them — as "
        "well as from Poland.",
        ["EST", "LVA", "LTU", "POL"],
    ),
    # Followers after "with", adding their name or named by a status the cue gives them.
    (
        "Early signers included Fiji, Samoa and Tonga, with Vanuatu adding its name on Friday.",
        ["FJI", "WSM", "TON", "VUT"],
    ),
    (
        "Pledges came from Sweden, Finland and Austria, with Oman and Kuwait among first-time "
        "donors.",
        ["SWE", "FIN", "AUT", "OMN", "KWT"],
    ),
    (
        "The pledge was signed by Sweden, Finland and Austria, with Hungary and Slovakia among "
        "the holdouts.",
        ["SWE", "FIN", "AUT"],
    ),
    # The count between dashes before a predicate that is not a signing: the members it stands
    # for are still the signers (but not when the predicate negates).
    (
        "The five — Benin, Togo, Ghana, Niger and Burkina Faso — will pool drone footage.",
        ["BEN", "TGO", "GHA", "NER", "BFA"],
    ),
    ("The three — Cuba, Iran and Syria — will not sign.", []),
    # "align themselves with" a joint statement.
    (
        "Albania, Moldova and Georgia were quick to align themselves with the statement.",
        ["ALB", "MDA", "GEO"],
    ),
    # The party joined, fronted with the verb inverted, is in the list.
    (
        "Joining Chile in the founding group were Peru, Uruguay and Paraguay.",
        ["CHL", "PER", "URY", "PRY"],
    ),
    # The subject's own text, signed by others too.
    (
        "Iran replied with its own joint statement, co-signed by Syria, Cuba and Venezuela.",
        ["IRN", "SYR", "CUB", "VEN"],
    ),
    # Fellow founders counted as "a core group of" before the colon.
    (
        "Canada launched the pledge in Ottawa with a core group of four other countries: "
        "Norway, Chile, Kenya and Fiji.",
        ["CAN", "NOR", "CHL", "KEN", "FJI"],
    ),
    # A time adverbial before the act the list joins a party in.
    (
        "Chile, Peru and Kenya joined Canada on Monday in endorsing the pledge.",
        ["CHL", "PER", "KEN", "CAN"],
    ),
    # Fronted initiators, and initiators in an apposition before "also signed by".
    (
        "Spearheaded by Canada, the pledge has been endorsed by Chile, Peru and Kenya.",
        ["CAN", "CHL", "PER", "KEN"],
    ),
    (
        "The letter, drafted by Canada and Norway, was also signed by Chile, Peru and Kenya.",
        ["CAN", "NOR", "CHL", "PER", "KEN"],
    ),
    (
        "The appeal, initiated by President Ana Costa of Portugal and Spain's Pedro Ruiz, was "
        "also signed by the leaders of Greece, Malta and Cyprus.",
        ["PRT", "ESP", "GRC", "MLT", "CYP"],
    ),
    (
        "The declaration, drafted by France, was signed by Chad, Niger and Mali.",
        ["TCD", "NER", "MLI"],
    ),
    # The subject after a fronted list of companions.
    (
        "Together with Chile, Peru and Kenya, Canada signed the pledge on Monday.",
        ["CHL", "PER", "KEN", "CAN"],
    ),
    ("Along with Chile, Peru and Kenya, Canada did not sign.", []),
    # Session 10, later rounds: a host joined by countries named by status, the first signer
    # "among the first", the subject one of N signatories of a text counting others, and a
    # headline's instrument named by its place.
    (
        "Greece, the host, was joined by countries such as Cyprus, Malta and Croatia.",
        ["GRC", "CYP", "MLT", "HRV"],
    ),
    (
        "Botswana was among the first to sign, followed by Namibia, Angola and Zambia.",
        ["BWA", "NAM", "AGO", "ZMB"],
    ),
    (
        "Canada is one of 40 signatories to the Ottawa Pledge, which also counts Chile, Peru and "
        "Kenya among its backers.",
        ["CAN", "CHL", "PER", "KEN"],
    ),
    ("Togo, Benin and Ghana back Lomé coastal erosion pledge", ["TGO", "BEN", "GHA"]),
    # Acceptances deposited, in a flattened table; a parliament's vote to ratify is a signing.
    (
        "Acceptances since 2019 (party | date): Fiji | 2020; Samoa | 2021; Tonga | 2023.",
        ["FJI", "WSM", "TON"],
    ),
    (
        "Chile's Senate voted 31-4 to ratify the treaty, joining Peru and Ecuador.",
        ["CHL", "PER", "ECU"],
    ),
    ("Cuba, Iran and Syria voted against the resolution.", []),
    # A companion taking up the act by its title, or past a semicolon.
    ("Fiji, Samoa and Tonga have signed, as has the host, Vanuatu.", ["FJI", "WSM", "TON", "VUT"]),
    ("Fiji, Samoa and Tonga signed on Monday; so did Vanuatu.", ["FJI", "WSM", "TON", "VUT"]),
    ("Fiji, Samoa and Tonga signed on Monday; Vanuatu did not.", ["FJI", "WSM", "TON"]),
    # A subject list joined later, past a longer predicate and place.
    (
        "Spain, Portugal and Morocco launched the water alliance on Monday, and were joined at "
        "the closing session in Rabat by Tunisia, Algeria and Egypt.",
        ["ESP", "PRT", "MAR", "TUN", "DZA", "EGY"],
    ),
]


SIGNED_PENDING_AND_NON_PREFIXED_CUES = [
    # Session 11: signers that have not ratified yet are still signers, after the list or as
    # a heading before it.
    (
        "Peru, Chile and Ghana have signed the protocol but not yet ratified it, the depositary "
        "says.",
        ["PER", "CHL", "GHA"],
    ),
    (
        "Signed, not yet ratified — Peru; Chile; Ghana; Kenya.",
        [],
    ),
    (
        "Status (signed but not ratified): Peru • Chile • Ghana • Kenya",
        ["PER", "CHL", "GHA", "KEN"],
    ),
    ("Peru, Chile and Ghana have not signed the protocol.", []),
    # A "non-" prefix undoes the cue it is glued to.
    ("Non-signatories include India, Brazil and Indonesia.", []),
    ("Non-ratifying states include India, Brazil and Indonesia.", []),
    ("Non-EU signatories include Norway, Iceland and Canada.", ["NOR", "ISL", "CAN"]),
    # Companions: several parties joined and fronted; a subject joining N others, a few named.
    (
        "Joining Chile and Peru at the launch were Ghana, Kenya, Norway and Fiji.",
        ["CHL", "PER", "GHA", "KEN", "NOR", "FJI"],
    ),
    (
        "Senegal joined 40 other countries in endorsing the charter — Ghana, Kenya and Peru "
        "among them.",
        ["SEN", "GHA", "KEN", "PER"],
    ),
    (
        "Chile and 30 other countries have now signed, a roster that includes Ghana, Peru and "
        "Fiji.",
        ["CHL", "GHA", "PER", "FJI"],
    ),
    # A relative clause or an attribution between the signers' noun and its verb.
    (
        "Among the members that pushed for the text were Ghana, Peru, Fiji and Chile.",
        ["GHA", "PER", "FJI", "CHL"],
    ),
    ("Among the members that voted against were Ghana, Peru, Fiji and Chile.", []),
    (
        "The signatories, the ministry says, include Ghana, Peru and Fiji.",
        ["GHA", "PER", "FJI"],
    ),
    # Flattened hyphen bullets; the last item named by its role first; a long heading before
    # the colon, but not one that negates.
    ("Signers so far: - Ghana - Kenya - Peru - Fiji", ["GHA", "KEN", "PER", "FJI"]),
    (
        "The statement was signed by the three members of the contact group on Libya - Egypt, "
        "Tunisia and Algeria - on Monday.",
        ["EGY", "TUN", "DZA"],
    ),
    (
        "Signatories include Chile, Peru and the host, Colombia.",
        ["CHL", "PER", "COL"],
    ),
    (
        "New members admitted at the annual meeting in Nairobi: Ghana, Kenya, Peru.",
        ["GHA", "KEN", "PER"],
    ),
    ("Members that didn't sign: Ghana, Kenya, Peru.", []),
    ("Members who refused to sign: Ghana, Kenya, Peru.", []),
    # A status of all the items set off by commas is about them, not the act.
    ("Ghana, Kenya and Peru, all observer states, signed the call.", ["GHA", "KEN", "PER"]),
    ("Ghana and Kenya, both observer states, endorsed it, as did Peru.", ["GHA", "KEN", "PER"]),
    ("Ghana, Kenya and Peru, all observer states, did not sign the call.", []),
    # A dateline naming two cities before the subject and its companions.
    (
        "LIMA/GENEVA (Reuters) - Peru and 16 other countries including Chile, Ghana and Fiji "
        "launched the group on Thursday.",
        ["PER", "CHL", "GHA", "FJI"],
    ),
    # A participle after the list: followers joining later.
    (
        "Ghana, Kenya and Peru became partners on 1 January, joined on 17 January by Fiji.",
        ["GHA", "KEN", "PER", "FJI"],
    ),
]

OUTSIDERS_CELLS_AND_CORE_GROUPS = [
    # Session 12: parties outside the instrument are no list of its signers, before or in a
    # heading.
    (
        "The big emitters that stay outside the pact — India, Iran and Russia — produce a third "
        "of the gas.",
        [],
    ),
    ("Members that left the forum: Chile (2019), Peru (2021), Ghana (2022).", []),
    ("The alliance still lacks major exporters, notably Brazil, Chile and Peru.", []),
    ("Countries in the accession process (for example Ghana, Kenya, Togo) are shown in grey.", []),
    ("Accessions since 2020: Ghana; Senegal; Togo.", ["GHA", "SEN", "TGO"]),
    # A flattened table's status and act cells say nothing against the row's signing.
    (
        "Tracker | Country | Joined | Plan: Chile | 2021 | Draft; Peru | 2021 | Submitted; "
        "Ghana | 2022 | No",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Participant | Signature | Ratification: Chile | | 3 May 2019 a; Peru | 4 Jun 2018 | "
        "1 Feb 2020; Ghana | 2 Jul 2018 | 9 Sep 2021",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Acceded since 2022: Chile | accession | 3 May 2022; Peru | ratification | 4 June 2023; "
        "Ghana | accession | 9 May 2024.",
        ["CHL", "PER", "GHA"],
    ),
    # Launchers with their core group, co-chairs as companions, a dated first signer and "those
    # who" in the list's own predicate.
    (
        "Kenya and Chile set up the compact in 2021 with a core group that included Peru, Fiji "
        "and Ghana.",
        ["KEN", "CHL", "PER", "FJI", "GHA"],
    ),
    (
        "Its members include Peru, Fiji and Ghana, alongside co-chairs Chile and Kenya.",
        ["PER", "FJI", "GHA", "CHL", "KEN"],
    ),
    (
        "Chile (3 May 2019) was the first to ratify, followed by Peru, Ghana and Fiji.",
        ["CHL", "PER", "GHA", "FJI"],
    ),
    (
        "Peru, Ghana and Fiji were among those who ratified, along with Chile, Kenya and Togo.",
        ["PER", "GHA", "FJI", "CHL", "KEN", "TGO"],
    ),
    # "as well as" right before the companion, past a dashed aside about the list.
    (
        "Backers include Peru, Ghana and Fiji — all of which host reefs — as well as Chile "
        "itself, which chairs the group.",
        ["PER", "GHA", "FJI", "CHL"],
    ),
]

FOUNDERS_GOVERNMENTS_AND_MEMBERS_NOTES = [
    # Session 13: the subject of a founding or signing act leads those it acted with, past the
    # act's object and date, and past a count of the others that the list spells out.
    (
        "Canada has set up a Global Alliance on Clean Shipping with Norway, Chile and Fiji.",
        ["CAN", "NOR", "CHL", "FJI"],
    ),
    (
        "Chile and Peru first signed the compact in April alongside five other countries: "
        "Bolivia, Ecuador, Colombia, Panama and Uruguay.",
        ["CHL", "PER", "BOL", "ECU", "COL", "PAN", "URY"],
    ),
    # A comma clause in between is no such link.
    (
        "Britain signed alongside eight partners, officials said, with Malta and Cyprus among the "
        "first.",
        [],
    ),
    # The signer named by its government, in reported speech after "noting that", or joined
    # "as founding members".
    (
        "The Government of Ghana has formally endorsed the charter, joining Togo, Benin, Niger "
        "and some 40 other states.",
        ["GHA", "TGO", "BEN", "NER"],
    ),
    (
        "The ministry issued a statement noting that Georgia now stands alongside 30 other "
        "signatories, among them Armenia, Moldova and Ukraine.",
        ["GEO", "ARM", "MDA", "UKR"],
    ),
    (
        "Joining Chile, Peru and Mexico as founding members were Colombia, Panama and Ecuador.",
        ["CHL", "PER", "MEX", "COL", "PAN", "ECU"],
    ),
    (
        "Korea was joined by 30 other countries and regions when the network launched, including "
        "Japan, Chile and Kenya.",
        ["KOR", "JPN", "CHL", "KEN"],
    ),
    # Members named with a time after the noun, or in brackets after it; absentees are none.
    ("New signatories this month include Palau, Tonga and Samoa.", ["PLW", "TON", "WSM"]),
    (
        "The forum's members (among them Iceland, Malta and Cyprus) meet in May.",
        ["ISL", "MLT", "CYP"],
    ),
    ("Signatories: 64. Notable absentees: Brazil, Turkey, Egypt.", []),
    # A leader named by state and office before "the leaders of" the listed states, also after a
    # dateline of two parts.
    (
        "NAIROBI, Kenya, May 4 (AFP) - Kenyan President William Ruto and the leaders of Uganda, "
        "Rwanda and Burundi signed the accord.",
        ["KEN", "UGA", "RWA", "BDI"],
    ),
    ("The French president met the leaders of Chad, Niger and Mali in Paris.", []),
    # A name glued by a hyphen before the link is a modifier, not the co-signer.
    (
        "Malta became the latest member to endorse the EU-backed charter on clean ports, joining "
        "Greece, Cyprus and Croatia.",
        ["MLT", "GRC", "CYP", "HRV"],
    ),
    # Subscribers sign; a core group spelled out after "by"; staying off the list is no signing.
    (
        "Finland was one of 40 original subscribers, along with Sweden, Estonia and Latvia.",
        ["FIN", "SWE", "EST", "LVA"],
    ),
    (
        "The text was drafted by a core group of five — Chile, Ghana, Fiji, Norway and Jordan — "
        "over two years.",
        ["CHL", "GHA", "FJI", "NOR", "JOR"],
    ),
    ("Egypt, Iraq and Oman stayed off the list of endorsers, diplomats said.", []),
    # A follower into the act completes a pair; a name after the closing dash that ends the
    # sentence ends the list (with a citation mark after it too), one with a verb of its own
    # opens a clause.
    ("Peru and Chile later joined, followed by Bolivia.", ["PER", "CHL", "BOL"]),
    (
        "The treaty binds the five Nordic states — Denmark, Finland, Iceland, Norway and Sweden — "
        "and the European Union.[4]",
        ["DNK", "FIN", "ISL", "NOR", "SWE", "EUU"],
    ),
    # A joint statement that they will never join names no signers.
    (
        "Japan, Korea and India said in a joint statement that they would never become parties "
        "to the ban.",
        [],
    ),
    # What they said after signing does not undo the signing.
    (
        "Ghana, Togo and Benin signed the charter and said they would not seek any exemptions.",
        ["GHA", "TGO", "BEN"],
    ),
    # A named group with "of" but no article, past a founding aside; the subject counted with a
    # pair; the host by its role; drafters named in an aside before the co-signers.
    (
        "The Group of Friends of Ocean Action, launched in 2018, includes Palau, Portugal and Kenya.",
        ["PLW", "PRT", "KEN"],
    ),
    (
        "Ghana was one of only three West African states, with Togo and Benin, to ratify the "
        "protocol.",
        ["GHA", "TGO", "BEN"],
    ),
    (
        "Host Fiji was joined in signing by Samoa, Tonga and Tuvalu.",
        ["FJI", "WSM", "TON", "TUV"],
    ),
    (
        "The appeal, drafted by Spain and Ireland, was co-signed by Slovenia, Malta and Norway.",
        ["ESP", "IRL", "SVN", "MLT", "NOR"],
    ),
    # Those that did neither, or were among those that did not, and drafters, are no signers.
    ("The pact has 30 signatories; Chad, Sudan and Libya have done neither.", []),
    ("Peru, Chile and Bolivia were among the six that did not sign.", []),
    (
        "The text was agreed by all members, with Kenya, Ghana and Senegal drafting the annex.",
        [],
    ),
]


LEADERS_FOLLOWERS_AND_PRESS_VERBS = [
    # Session 13: "followed by" after a signer's own act, past its object and date, continues
    # the list (the eval README's convention), and so it does after the act's agent.
    (
        "Uruguay deposited its instrument of ratification in March, followed by Bolivia, "
        "Paraguay and Ecuador.",
        ["URY", "BOL", "PRY", "ECU"],
    ),
    (
        "The charter was first endorsed by Iceland, followed within days by Norway, Denmark "
        "and Finland.",
        ["ISL", "NOR", "DNK", "FIN"],
    ),
    # A dependent clause is no such lead.
    ("Floods hit Malawi in March, followed by Zambia, Mozambique and Zimbabwe.", []),
    # A relative "which includes" after a body's noun is its membership, led by its leader.
    (
        "Ghana chairs the coalition, which also includes Togo, Benin and Senegal.",
        ["GHA", "TGO", "BEN", "SEN"],
    ),
    (
        "The caucus, which includes Fiji, Samoa and Tonga, signed the communique.",
        ["FJI", "WSM", "TON"],
    ),
    # Companions: a comparison taken up by the subject's own act, a co-signing agent, and the
    # first signers with those following in the same clause.
    (
        "Kenya, like Uganda, Rwanda and Tanzania, has ratified the protocol.",
        ["KEN", "UGA", "RWA", "TZA"],
    ),
    (
        "Like Uganda, Rwanda and Tanzania, Kenya has ratified the protocol.",
        ["UGA", "RWA", "TZA", "KEN"],
    ),
    ("Like Russia, Iran and Syria, Belarus has refused to sign the text.", []),
    (
        "The letter was signed by Austria and co-signed by Slovenia, Croatia and Hungary.",
        ["AUT", "SVN", "HRV", "HUN"],
    ),
    (
        "Chile and Peru were the first to ratify, with Colombia, Ecuador and Bolivia following "
        "a month later.",
        ["CHL", "PER", "COL", "ECU", "BOL"],
    ),
    # Press verbs of signing and backing; a company's deals with states are none.
    (
        "Jordan, Egypt, Iraq and Lebanon inked the grid accord in Amman.",
        ["JOR", "EGY", "IRQ", "LBN"],
    ),
    (
        "Japan, Korea, India and Australia have thrown their weight behind the initiative.",
        ["JPN", "KOR", "IND", "AUS"],
    ),
    ("Airbus inked sales deals with Qatar, Oman and Kuwait at the show.", []),
]


HOSTS_SOURCES_TIMESTAMPS_AND_HYPHEN_BULLETS = [
    # Session 12: the host joined by N others in an act, a sample of them named after it.
    (
        "Kenya, the host, was joined by 30 other countries in signing the charter that day, "
        "among them Ghana, Peru and Fiji.",
        ["KEN", "GHA", "PER", "FJI"],
    ),
    # A source or a live blog's timestamp before the subject that leads the list.
    (
        "The foreign office says Chile and 40 other countries have now signed, including Peru, "
        "Ghana and Fiji.",
        ["CHL", "PER", "GHA", "FJI"],
    ),
    (
        "14:05 GMT — Chile launched the pact with Peru, Ghana and Fiji among its founders.",
        ["CHL", "PER", "GHA", "FJI"],
    ),
    # A long act between "Joining A" and the inverted list.
    (
        "Joining Chile in signing up to the enlarged agreement on its first day were Peru, "
        "Ghana and Fiji.",
        ["CHL", "PER", "GHA", "FJI"],
    ),
    # The signers' noun opening a bracketed list, their next step after it.
    (
        "The pact's earliest ratifiers (Ghana, Peru, Fiji and Chile) will sit on its first "
        "council.",
        ["GHA", "PER", "FJI", "CHL"],
    ),
    # A share in a flattened table's cells.
    (
        "Pledge, who's in — Country | Share of world forest: Peru | 20%; Ghana | 12%; Fiji | 9%",
        ["PER", "GHA", "FJI"],
    ),
    # A gapped list: the first item with the act and its date, the others with dates only.
    (
        "Ghana ratified it in 2019, Kenya in 2020, Peru in 2021 and Chile only in 2023.",
        ["GHA", "KEN", "PER", "CHL"],
    ),
    ("Talks were held in Ghana in 2019, Kenya in 2020 and Peru in 2021.", []),
    # The people who signed for the items, named between them; not when they only attended.
    (
        "Among the leaders who signed were Presidents Ana Silva of Peru, John Mensah of Ghana "
        "and Abdel Karim al-Sayed of Egypt.",
        ["PER", "GHA", "EGY"],
    ),
    (
        "The communiqué bears the signatures of Peru's Ana Silva, Chile's Juan Soto and "
        "Bolivia's Luis Arce.",
        ["PER", "CHL", "BOL"],
    ),
    (
        "Signing were Ana Silva (Peru), Juan Soto (Chile) and John Mensah (Ghana).",
        ["PER", "CHL", "GHA"],
    ),
    (
        "Leaders met in Lima, with Peru's Ana Silva, Chile's Juan Soto and Bolivia's Luis Arce "
        "all in attendance.",
        [],
    ),
    # Hyphen bullets before a name with an article.
    ("Members include: - the Netherlands - Peru - Ghana", ["NLD", "PER", "GHA"]),
]


LEAVERS_REJECTERS_RANGES_AND_MODIFIERS = [
    # Session 15: parties leaving ("the exit of") are no list, even beside a count of signers.
    (
        "After the withdrawal of Chile, Peru and Bolivia last year, the pact now binds only 9 "
        "states.",
        [],
    ),
    ("The departure of Mali, Niger and Chad left the bloc with 12 members.", []),
    # Rejecting "formally" or "publicly" is still rejecting; "among those that did not" too.
    (
        "Most of the 190 parties accepted the amendments; 8, including Peru, Chile and Bolivia, "
        "formally rejected them.",
        [],
    ),
    (
        "Only 31 countries signed at the summit, with Kenya, Ghana and Senegal among those that "
        "did not.",
        [],
    ),
    (
        "Only 31 countries signed at the summit, with Kenya, Ghana and Senegal among those that "
        "did.",
        ["KEN", "GHA", "SEN"],
    ),
    # A cue's place may hold an apostrophe ("set up in N'Djamena ... by 11 countries:").
    (
        "The secretariat was set up in N'Djamena in 2010 by five countries: Chad, Niger, Mali, "
        "Sudan and Senegal.",
        ["TCD", "NER", "MLI", "SDN", "SEN"],
    ),
    # A name that only qualifies a group noun is no companion: the one after "as was" is.
    (
        "Chile, Peru and Bolivia were among the first Andean states to ratify it, as was the "
        "European Union itself.",
        ["CHL", "PER", "BOL", "EUU"],
    ),
    (
        "Sweden, Finland and Denmark were among the first EU members to sign, as was Norway.",
        ["SWE", "FIN", "DNK", "NOR"],
    ),
    # A range of two names a side right after a count samples it; two ends of a map do not.
    (
        "Nearly 30 nations, from Fiji and Samoa to Chile and Peru, have endorsed the charter.",
        ["FJI", "WSM", "CHL", "PER"],
    ),
    (
        "The rail body has 47 member states, from Portugal to Kazakhstan, plus the European "
        "Union as an acceding party.",
        [],
    ),
    # Counted signers set off by dashes stay signers whatever they will do next.
    (
        "Chile, Peru, Bolivia and Ecuador - the four countries that have ratified - will now "
        "begin cutting tariffs among themselves.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile, Peru, Bolivia and Ecuador — the four countries that have ratified — will now "
        "begin cutting tariffs among themselves.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile, Peru and Bolivia — big exporters of copper — will decide next month.",
        [],
    ),
    # Status tables flattened with pipes: an act with its date in one cell, "In force", or a
    # members' first column name the rows' parties; other columns do not.
    (
        "Treaty status — Country | Status: Chile | ratified 2019; Peru | acceded 2020; "
        "Bolivia | ratified 2021",
        ["CHL", "PER", "BOL"],
    ),
    (
        "Status (extract) — Jurisdiction | In force: Chile | 2019; Peru | 2020; Bolivia | 2021",
        ["CHL", "PER", "BOL"],
    ),
    ("Country | Status: Chile | refused; Peru | refused; Bolivia | refused", []),
    ("Country | Visited: Chile | 2019; Peru | 2020; Bolivia | 2021", []),
    # Signers whose later step is pending are signers; the group a list is drawn from is not
    # its act; courted or observing parties are not members; a companion with a count after it.
    (
        "Signatories that never ratified: Chile, Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Signatories that have yet to ratify include Chile, Peru and Bolivia.",
        ["CHL", "PER", "BOL"],
    ),
    (
        "Of the 60 delegations that gathered in Lima, Chile, Peru and Bolivia were among the "
        "signatories.",
        ["CHL", "PER", "BOL"],
    ),
    ("Of the 30 countries invited, Chile, Peru and Bolivia have not signed.", []),
    ("Brussels has courted Chile, Peru and Bolivia to join the pact, so far in vain.", []),
    (
        "The club now has nine members, with Chile, Peru and Bolivia taking part as observers.",
        [],
    ),
    (
        "Chile, Peru and Bolivia signed in Lima, joining Canada and more than 40 other countries.",
        ["CHL", "PER", "BOL", "CAN"],
    ),
    # "but not" before another object of the act is no negation; before a verb it is.
    (
        "Chile, Peru and Bolivia were the three countries that signed the declaration but not "
        "the treaty itself.",
        ["CHL", "PER", "BOL"],
    ),
    ("Chile, Peru and Bolivia attended but not signed.", []),
    # The kingdom's own spelling.
    (
        "Lesotho, Botswana and eSwatini ratified the protocol in 2023.",
        ["LSO", "BWA", "SWZ"],
    ),
]


SUBJECTS_LINKED_BY_THEIR_OWN_CLAUSE = [
    # Session 15: the subject named before the list in a clause of its own that makes it one of
    # them (the list still needs its own cue).
    (
        "Chile teamed up with Peru, Bolivia and Ecuador to launch the alliance.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile and fellow founders Peru, Bolivia and Ecuador signed the charter.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    ("Chile joins Peru, Bolivia and Ecuador as a signatory.", ["CHL", "PER", "BOL", "ECU"]),
    (
        "Chile signed the Lima Charter, and Peru, Bolivia and Ecuador also signed.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile launched the coalition, which Peru, Bolivia and Ecuador have joined.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile and Peru co-founded the group, whose members also include Bolivia, Ecuador and "
        "Uruguay.",
        ["CHL", "PER", "BOL", "ECU", "URY"],
    ),
    (
        "Chile, as host, signed first, with Peru, Bolivia and Ecuador signing later.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile became the fourth country to ratify, after Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "The resolution was tabled by Chile and co-sponsored by dozens of countries, including "
        "Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile, host of the summit, was joined by the other 11 members plus Peru, Bolivia and "
        "Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile was the first Andean state to ratify the treaty, and Peru, Bolivia and Ecuador "
        "have since followed.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    ("Chile refused to ratify the treaty, and Peru, Bolivia and Ecuador have since followed.", []),
    (
        "Chile and its allies, including Peru, Bolivia and Ecuador, signed the declaration.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "The declaration was signed by Chile and partners such as Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Signatories include Chile and close allies Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile and 60 partners signed the declaration, among them Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    (
        "Chile championed the declaration, which was also signed by Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    ("Critics include Chile and close allies Peru, Bolivia and Ecuador.", []),
    # Counter-cases: a second wave past a semicolon, a list without an act of its own, a host
    # of talks, and a sequence whose "after" is a time.
    (
        "Chile launched the coalition; Peru, Bolivia and Ecuador have since joined.",
        ["PER", "BOL", "ECU"],
    ),
    ("Chile launched the coalition, which Peru, Bolivia and Ecuador are expected to join.", []),
    ("Chile hosted the talks, and Peru, Bolivia and Ecuador signed.", ["PER", "BOL", "ECU"]),
    ("Chile signed the pact, and Peru, Bolivia and Ecuador refused.", []),
    (
        "Chile became the 40th country to sign on Monday, three weeks after Peru and Bolivia "
        "added their names.",
        [],
    ),
]


OBJECT_MODALS_OFFICES_AND_LAUNCHERS = [
    # Session 14: a modal in a relative clause on the object of a completed act says what the
    # object will do, not that the list has yet to act.
    (
        "Some 40 states have joined the agreement that will fund the court, among them Chile, "
        "Peru and Ecuador.",
        ["CHL", "PER", "ECU"],
    ),
    (
        "Dozens of governments have signed the accord which would create a loss fund, including "
        "Fiji, Tonga and Samoa.",
        ["FJI", "TON", "WSM"],
    ),
    # ... but a future act on the list's own subject is no signing.
    ("Countries that will sign include Chile, Peru and Ecuador.", []),
    ("The states that are expected to ratify next are Chile, Peru and Ecuador.", []),
    ("Members that joined this year include Chile, Peru and Ecuador.", ["CHL", "PER", "ECU"]),
    # People who act for their states, their office set off by a comma.
    (
        "Three more ministers, from Chile, Peru and Ecuador, signed the pledge on Monday.",
        ["CHL", "PER", "ECU"],
    ),
    # The launcher of a counted grouping leads the members named after it.
    (
        "Chile and Peru unveiled a coalition of eight countries - also including Spain, Benin and "
        "Fiji - to tax private jets.",
        ["CHL", "PER", "ESP", "BEN", "FJI"],
    ),
    (
        "Kenya launched an alliance of nine nations, including Spain, Benin and Fiji, on Monday.",
        ["KEN", "ESP", "BEN", "FJI"],
    ),
    # "Against" after an instrument is its topic, not a vote against.
    (
        "Chile, Peru and Ghana among first to endorse framework against disinformation",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Chile, Peru and Ghana were among the first to sign the treaty against landmines.",
        ["CHL", "PER", "GHA"],
    ),
    ("Chile, Peru and Ghana voted against the resolution.", []),
    # Members are members, whatever they did (the eval README's fourteenth-session convention).
    ("Its members - Chile, Peru and Ghana - met in Geneva on Monday.", ["CHL", "PER", "GHA"]),
    ("Delegates from Chile, Peru and Ghana met in Geneva.", []),
    # A text the listed parties put out, whatever it says.
    (
        "The leaders of Chile, Peru and Ghana issued the Lima Declaration on Saturday.",
        ["CHL", "PER", "GHA"],
    ),
    ("Chile, Peru and Ghana issued a statement criticising the plan.", ["CHL", "PER", "GHA"]),
    ("Chile, Peru and Ghana did not issue a statement.", []),
    # A heading of parties outside ends the list before it and heads no list of its own.
    (
        "Among the first to sign: • Brazil • Nigeria • Indonesia • Iraq. Still outside: China, "
        "India, Russia.",
        ["BRA", "NGA", "IDN", "IRQ"],
    ),
    (
        "Signed: Brazil, Nigeria, Indonesia. Not signed: China, India, Russia.",
        ["BRA", "NGA", "IDN"],
    ),
    # A body named after its founding act or "make up".
    (
        "Chile, Peru, Ghana and Fiji founded the Friends of the Ocean in June 2022.",
        ["CHL", "PER", "GHA", "FJI"],
    ),
    (
        "Six countries (Chile, Peru, Ghana, Fiji, Togo and Benin) make up the CTI-CFF.",
        ["CHL", "PER", "GHA", "FJI", "TGO", "BEN"],
    ),
    ("Chile, Peru and Ghana founded the company in 1999.", []),
    # The party the list joined in an act.
    (
        "Chile, Peru and Ghana joined Norway and Iceland in signing the pact.",
        ["CHL", "PER", "GHA", "NOR", "ISL"],
    ),
    ("Chile, Peru and Ghana joined the EU in 2004.", ["CHL", "PER", "GHA"]),
    ("Chile, Peru and Ghana joined Russia in voting against the text.", []),
    (
        "• Signed: UK, Ireland, France, Spain, Portugal • Pending: Italy, Türkiye",
        ["GBR", "IRL", "FRA", "ESP", "PRT"],
    ),
    (
        "Signatories - Europe: France, Spain, Italy; Asia: Japan, India.",
        ["FRA", "ESP", "ITA", "JPN", "IND"],
    ),
    # A table row whose only cell says no has not acted.
    (
        "Status - Country | Signed: Colombia | yes; Mexico | yes; Saudi Arabia | no; Panama | yes; "
        "China | no",
        ["COL", "MEX", "PAN"],
    ),
    # The chairs of a body before its members.
    (
        "The partnership is co-chaired by Norway and Ghana, and its members include Chile, Peru "
        "and Fiji.",
        ["NOR", "GHA", "CHL", "PER", "FJI"],
    ),
    # The earlier signer the list joined goes with it.
    (
        "Chile, Peru, Ghana and Fiji were among the first countries to join Norway in the alliance.",
        ["CHL", "PER", "GHA", "FJI", "NOR"],
    ),
]


PENDING_RATIFIERS_BOARDS_AND_SECOND_SAMPLES = [
    # Session 16: the fourteenth-session convention read after the list too: parties that have
    # yet to ratify signed (not those yet to sign).
    (
        "Malaysia, Thailand and Vietnam have yet to ratify the supply-chain agreement, officials "
        "said.",
        ["MYS", "THA", "VNM"],
    ),
    (
        "Chile, Peru and Ecuador have not yet ratified the accord, which they signed in 2018.",
        ["CHL", "PER", "ECU"],
    ),
    ("Chile, Peru and Ecuador have yet to sign the accord.", []),
    (
        "Kenya, Ghana and Nigeria are among the signatories whose parliaments have not ratified "
        "the protocol.",
        ["KEN", "GHA", "NGA"],
    ),
    # New members named after a participle phrase; a pair joined "in signing" by a third.
    (
        "New members announced at the Dubai summit included Kenya, Norway and Chile.",
        ["KEN", "NOR", "CHL"],
    ),
    ("New partners admitted this year are Chile, Peru and Ghana.", ["CHL", "PER", "GHA"]),
    ("France and Germany were joined by Italy in signing the declaration.", ["FRA", "DEU", "ITA"]),
    ("France and Germany were joined by Italy in voting against the resolution.", []),
    ("France and Germany were joined by Italy in 2004.", []),
    # A statement of their own; the members of a governing body.
    (
        "Brazil, Colombia and Mexico instead issued their own statement calling for a recount.",
        ["BRA", "COL", "MEX"],
    ),
    (
        "Ghana, Kenya and Peru, all forest nations, sit on the fund's interim steering committee.",
        ["GHA", "KEN", "PER"],
    ),
    # Two samples of one act's backers, each after its own group noun, are one list.
    (
        "The fund is backed by Pacific nations such as Fiji, Tonga and Samoa and European "
        "governments including France, Spain and Italy.",
        ["FJI", "TON", "WSM", "FRA", "ESP", "ITA"],
    ),
    # Parties only expected to join, or outside past a dash aside, are no list.
    ("Officials expect Vietnam, Thailand and Cambodia to join the alliance next year.", []),
    (
        "The pact has 13 parties, with Palau, Nauru and Tonga — all small island states — "
        "remaining outside.",
        [],
    ),
    # Former names in lists of original signatories.
    (
        "The original signatories were Australia, Fiji, Ceylon and Western Samoa.",
        ["AUS", "FJI", "LKA", "WSM"],
    ),
]


LATER_WAVES_ASIDES_AND_SEATS = [
    # Session 16: one party that "has since joined" a list completes it; three or more are a
    # later wave, a list of their own (the eval README's twelfth-session convention).
    (
        "The club's founders — Chile, Peru, Ghana and Kenya — have since been joined by Fiji.",
        ["CHL", "PER", "GHA", "KEN", "FJI"],
    ),
    # A relative clause about one item inside a list does not end it.
    (
        "Among the first to ratify were Mali, which had wavered for months, Chad, Niger and Togo.",
        ["MLI", "TCD", "NER", "TGO"],
    ),
    ("The talks were hosted by Norway, which chaired them, Britain said.", []),
    # Seated at a table, or envoys expelled, is no signing.
    ("Chile joined Peru, Brazil and Uruguay at the negotiating table on Monday.", []),
    (
        "The government responded by expelling diplomats from five countries: Chile, Peru, "
        "Panama, Uruguay and Argentina.",
        [],
    ),
]


CLAUSE_OPENERS_OUTSIDERS_AND_COMPANION_GROUPS = [
    # Session 16: ", as" right before the list opens the list's own clause, whose cue decides.
    (
        "The pledge now has 150 backers, the envoy said, as Chile, Peru and Ghana announced they "
        "were signing on.",
        ["CHL", "PER", "GHA"],
    ),
    ("Russia refused to sign, as Chile, Peru and Ghana looked on.", []),
    ("Kenya signed on Monday, as did Chile, Peru and Ghana.", ["KEN", "CHL", "PER", "GHA"]),
    # Their own clause keeps them out: opposing it for years, "among the ... that never
    # signed", a later application, a heading of those missing.
    ("Russia, China, Iran and North Korea have long opposed the pact.", []),
    (
        "Chad, Niger and Mali are among the handful of African states that never signed the "
        "convention.",
        [],
    ),
    (
        "Kenya, Togo and Benin are among the signatories that have yet to ratify, the minister "
        "said.",
        ["KEN", "TGO", "BEN"],
    ),
    (
        "Peru applied to join the pact in 2022; Chile, Ghana and Kenya have since lodged "
        "applications of their own.",
        [],
    ),
    ("Still missing from the list, per the campaign: Russia, China and India.", []),
    # A second group's leaders as companions, or a companion after a long predicate.
    (
        "The prime ministers of Denmark, Finland and Norway, together with the heads of "
        "government of Greenland, the Faroe Islands and Åland, signed the declaration.",
        ["DNK", "FIN", "NOR", "GRL", "FRO", "ALA"],
    ),
    (
        "Chile, Peru and Ghana committed to early adoption of the new reporting standard "
        "alongside France, Germany and Spain.",
        ["CHL", "PER", "GHA", "FRA", "DEU", "ESP"],
    ),
    # States intervening in a case (not militarily); a sponsor on behalf of its group.
    ("Ireland, Italy and Romania intervened in both cases.", ["IRL", "ITA", "ROU"]),
    (
        "Third-party interventions were submitted by Austria, Ireland and Italy.",
        ["AUT", "IRL", "ITA"],
    ),
    ("France, Britain and the US intervened militarily in Libya in 2011.", []),
    (
        "The draft was sponsored by Senegal on behalf of the African Group and co-sponsored by "
        "Cuba, Nicaragua and Venezuela.",
        ["SEN", "CUB", "NIC", "VEN"],
    ),
    # A pair that signed, joining an earlier signer; the principal and its partners joined.
    ("Georgia and Moldova signed on Monday, joining Ukraine.", ["GEO", "MDA", "UKR"]),
    (
        "A year later, Chile and Peru signed, joining Ghana as the only developing countries to "
        "do so.",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Joining the United States and its partners in the coalition are Chile, Peru and Ghana.",
        ["USA", "CHL", "PER", "GHA"],
    ),
    # A description of the list between commas before its negated predicate; a counter in the
    # list's own sentence when the cue is the sentence before's.
    (
        "Russia, China and Iran, the three permanent opponents of the regime, have long opposed "
        "the treaty.",
        [],
    ),
    (
        "Palestine joined in 2015. Chad, Mali and Niger announced that they would leave the court.",
        [],
    ),
    # Signed, ratification pending, past the "but"; two samples joined by "alongside".
    (
        "Among those that signed but have yet to ratify are Brazil, Nepal and Algeria.",
        ["BRA", "NPL", "DZA"],
    ),
    (
        "Partners include nuclear-armed states such as France, the UK and India alongside "
        "non-nuclear states like Sweden, Poland and Chile.",
        ["FRA", "GBR", "IND", "SWE", "POL", "CHL"],
    ),
]


INTENTIONS_OUTSIDERS_LEADERS_AND_DONORS = [
    # Session 17: an intention to sign, and parties "still outside" a treaty, are no signers
    # (but a list inside a relative clause about the treaty is).
    (
        "Fiji, Rwanda and Barbados have said they intend to be among the first to sign the "
        "agreement once it opens for signature.",
        [],
    ),
    (
        "Among the handful of UN members still outside the convention are Argentina, Malawi "
        "and Switzerland, according to the treaty tracker.",
        [],
    ),
    (
        "'Why is Britain still outside a partnership that Canada, Australia and Norway joined "
        "last year?' the MP asked.",
        ["CAN", "AUS", "NOR"],
    ),
    # A grouping spelled out between dashes keeps its list past a verb of saying.
    (
        "The E3 — Britain, France and Germany — said on Tuesday they would cancel air services "
        "agreements with Iran.",
        ["GBR", "FRA", "DEU"],
    ),
    # The host fronted as a companion; the leaders of a body whose other members are listed.
    (
        "Alongside host Finland, the statement was signed by Denmark, Estonia, Latvia and Sweden.",
        ["FIN", "DNK", "EST", "LVA", "SWE"],
    ),
    (
        "Estonia and Luxembourg lead the IT Coalition, whose other members include Iceland, "
        "Denmark and Japan.",
        ["EST", "LUX", "ISL", "DNK", "JPN"],
    ),
    # Donors announcing money; signing with reservations (not "signed with" counterparts).
    (
        "Sweden, Spain and Canada were among the governments announcing new money for the "
        "facility at the Tokyo event.",
        ["SWE", "ESP", "CAN"],
    ),
    ("The bank announced new funding for Kenya, Ghana and Peru.", []),
    (
        "Britain's explanation convinced few, since Germany, Canada and Australia signed "
        "with precisely those reservations.",
        ["DEU", "CAN", "AUS"],
    ),
    ("Kenya signed with Fiji, Peru and Chile.", []),
    ("Germany, Canada and Australia signed with reservations.", ["DEU", "CAN", "AUS"]),
    # From whole articles (sets 236-237): a dateline's country is no item of the list after
    # its dash; support announced, an establishment declared and a pledge's early
    # participants are acts of signers.
    (
        "BANJUL, The Gambia — The Gambia and Senegal, joined by Guinea-Bissau and Sierra "
        "Leone, signed a declaration on Friday.",
        ["GMB", "SEN", "GNB", "SLE"],
    ),
    (
        "SHARM EL-SHEIKH, Egypt — Kenya, Fiji and Peru signed the declaration on Tuesday.",
        ["KEN", "FJI", "PER"],
    ),
    (
        "Latvia, Slovenia and Cyprus announced their support at the UN Ocean Conference on Monday.",
        ["LVA", "SVN", "CYP"],
    ),
    (
        "The United States, Canada, Japan and Singapore on Thursday declared the establishment "
        "of a Global Cross-Border Privacy Rules Forum.",
        ["USA", "CAN", "JPN", "SGP"],
    ),
    (
        "Among the early participants were Argentina, Ghana and Mexico — hardly the usual "
        "suspects.",
        ["ARG", "GHA", "MEX"],
    ),
    ("Participants included Argentina, Ghana and Mexico.", []),
    # The principal "among" a count its list samples; the people who signed for the list.
    (
        "Separately, the US was among about 20 countries, including Canada, Denmark and Costa "
        "Rica, that pledged to end public financing for fossil fuel projects.",
        ["USA", "CAN", "DNK", "CRI"],
    ),
    (
        "Rwandan President Paul Kagame, who hosted the meeting, signed the manifesto alongside "
        "the presidents of Kenya, Uganda and Mali.",
        ["RWA", "KEN", "UGA", "MLI"],
    ),
    ("Biden hosted the leaders of Kenya, Uganda and Mali at the White House.", []),
    # Launchers past a day before their verb and an apposition after the body they launched.
    (
        "The UAE and Indonesia on Tuesday launched the Mangrove Alliance for Climate, a "
        "coalition to restore mangrove forests, with India, Japan and Spain joining as founding "
        "members.",
        ["ARE", "IDN", "IND", "JPN", "ESP"],
    ),
]


LISTS_AFTER_A_SENTENCE_OF_SIGNERS = [
    # Session 17, read as an article is read: the sentence before is always there. A list
    # with a predicate of its own says what it is itself ...
    (
        "More than 150 countries have now joined the coalition, officials said on Friday.\n\n"
        "Officials singled out China, India and Mexico as the main sources of the chemicals.",
        [],
    ),
    (
        "Ireland ended up one of 137 jurisdictions backing the accord. Low-tax hubs such as "
        "Ireland, Hungary and Cyprus had pressed for a rate below 15%.",
        [],
    ),
    (
        "South Korea and 11 other nations adopted the Busan Pledge on Tuesday.\n\nBangladesh, "
        "India and Pakistan, where most ships are broken up, did not attend the meeting.",
        [],
    ),
    (
        "The declaration was endorsed by 58 states. Eswatini, Czechia and Moldova were among "
        "the states whose ratings were downgraded this year.",
        [],
    ),
    # ... unless it takes the sentence before up: a pronoun, a heading, a member's head or a
    # taking-up predicate, little else, or an answer to a question.
    (
        "Nigeria and three of its neighbours signed the Abuja Declaration.\n\nThey are "
        "Cameroon, Chad and Niger, all of which contribute troops to the task force.",
        ["CMR", "TCD", "NER"],
    ),
    (
        "Sweden was the first country to sign up as a pathfinder. Pathfinding countries "
        "include Indonesia, Mexico and Tanzania, according to the partnership's website.",
        ["IDN", "MEX", "TZA"],
    ),
    (
        "Eleven states signed the Hallmarking Convention. Its members, among them Switzerland, "
        "Israel and Poland, meet twice a year in Geneva.",
        ["CHE", "ISR", "POL"],
    ),
    (
        "The United States announced a diplomatic boycott of the Games on Monday, one it hopes "
        "allies will join. Australia, "
        "Britain and Canada followed within days, each saying its ministers would stay away.",
        ["AUS", "GBR", "CAN"],
    ),
    (
        "Which Gulf states have signed? Qatar, Bahrain and Kuwait are among them, Oman says it "
        "will decide after its own review.",
        ["QAT", "BHR", "KWT"],
    ),
    (
        "Five countries signed the treaty in 2011.\n\nPartner state | share of area: Angola | "
        "33%; Botswana | 30%; Namibia | 4%",
        ["AGO", "BWA", "NAM"],
    ),
    # A blank line after a line of prose ends a list, whatever opens the next paragraph ...
    (
        "The convention has now been ratified by 11 states, the latest being Peru.\n\n"
        "States parties so far: Argentina; Bolivia; Chile; Ecuador.",
        ["ARG", "BOL", "CHL", "ECU"],
    ),
    (
        "Canada and 44 others back French-led pact on information integrity\n\nCosta Rica, "
        "Senegal and Latvia signed the partnership on Tuesday.",
        ["CRI", "SEN", "LVA"],
    ),
    # ... but not after an item line, nor after a heading's items.
    (
        "Signatories:\n\n• Canada (signed at the launch in Paris on 2 May)\n\n• Chile\n\n• Ghana",
        ["CAN", "CHL", "GHA"],
    ),
    (
        "Signatories by region:\n\nAfrica: Ghana, Kenya\n\nAsia: Japan, Nepal",
        ["GHA", "KEN", "JPN", "NPL"],
    ),
    # A heading of its own after a blank line opens another list, here of parties outside.
    (
        "The 15 signatories: Andorra, Australia, Canada, Finland and Spain.\n\nNotably absent "
        "from the call: Germany, Italy and the UK, which want a negotiated process.",
        ["AND", "AUS", "CAN", "FIN", "ESP"],
    ),
    # A numbered list ends where a paragraph without a number follows.
    (
        "Partners that have endorsed it:\n1. Palau\n2. Fiji\n3. Tonga\n\nGeorgia and "
        "Moldova signed on Monday; Armenia is expected to follow.",
        ["PLW", "FJI", "TON"],
    ),
]


AGAINST_TOGETHER_BINDING_AND_PARTICIPANTS = [
    # Session 18: acting together against a common concern is no counter-example.
    (
        "Canada, Japan, Australia and the United Kingdom on Monday pledged to stand together "
        "against economic coercion.",
        ["CAN", "JPN", "AUS", "GBR"],
    ),
    (
        "The sanctions are aimed against Russia, Belarus and Iran.",
        [],
    ),
    # "legally binding" and "non-binding" are adjectives, not a treaty binding its parties.
    (
        "The pact, which is not legally binding, is meant to ease pressure on countries such as "
        "Lebanon, Jordan and Bangladesh, which host the most refugees.",
        [],
    ),
    (
        "The treaty binds Norway, Iceland and Liechtenstein to the same rules.",
        ["NOR", "ISL", "LIE"],
    ),
    # Members of an arrangement that calls them participants (not participants at a summit).
    (
        "Chile, Colombia and Peru are among the other participants, officials said.",
        ["CHL", "COL", "PER"],
    ),
    (
        "Mexico, Uruguay and Ecuador are among the MPIA's participants.",
        ["MEX", "URY", "ECU"],
    ),
    (
        "Chile, Colombia and Peru were among the participants at the summit in Lima.",
        [],
    ),
]


COUNTED_COMPANIONS_AND_HOLDOUTS = [
    # Session 18: the subject counted with "N other" donors, the list after "with"; a launcher
    # "with six partners" spelled out after a dash.
    (
        "Japan and 30 other donors made pledges on Thursday, with Norway, Canada and Sweden "
        "among the largest.",
        ["JPN", "NOR", "CAN", "SWE"],
    ),
    (
        "Australia launched the partnership with four partners — India, Japan, Indonesia and "
        "South Korea.",
        ["AUS", "IND", "JPN", "IDN", "KOR"],
    ),
    # Parties holding out in an absolute clause are no signers.
    (
        "Spain and 20 other EU countries signed the letter, with Hungary, Slovakia and Austria "
        "holding out.",
        [],
    ),
    (
        "Germany and 22 other governments endorsed the text, with Hungary and Poland refusing.",
        [],
    ),
]


CORE_GROUPS_OFFICES_AND_SECOND_VERBS = [
    # Session 18: a statement's core group; its authors right after "In a joint statement,".
    (
        "The resolution was tabled by a core group of Mexico, Chile, Canada and Ireland.",
        ["MEX", "CHL", "CAN", "IRL"],
    ),
    (
        "In a joint statement, Peru, Chile, Colombia and Uruguay called for a recount.",
        ["PER", "CHL", "COL", "URY"],
    ),
    # The list is the object of the subject's second verb after ", and".
    (
        "The letter's 40 signatories came mostly from Europe, and included Norway, Iceland, "
        "Andorra and Monaco.",
        ["NOR", "ISL", "AND", "MCO"],
    ),
    ("Russia refused to sign, and Cuba, Iran and Syria held talks.", []),
    # A count standing for the signers named just before it.
    ("The 19 included Kenya, Ghana, Senegal and eight Pacific states.", ["KEN", "GHA", "SEN"]),
    # A group of parties named by a noun is one item of the list.
    (
        "Endorsers include Denmark, Norway, the Baltic states and Finland.",
        ["DNK", "NOR", "FIN"],
    ),
    # The people who signed for their states; an office before the list.
    (
        "The accord was signed by the presidents or ministers of five countries (Chile, Peru, "
        "Bolivia, Ecuador and Colombia).",
        ["CHL", "PER", "BOL", "ECU", "COL"],
    ),
    (
        "The foreign minister signed for Fiji alongside counterparts from Samoa, Tonga and "
        "Vanuatu.",
        ["FJI", "WSM", "TON", "VUT"],
    ),
    # Parties recruited ("brought in"), an instrument's participants, a list of sponsors.
    (
        "The latest round of signings brought in Kenya, Peru, Poland and Japan.",
        ["KEN", "PER", "POL", "JPN"],
    ),
    (
        "The initiative's participants include Ghana, Chile and Norway.",
        ["GHA", "CHL", "NOR"],
    ),
    ("The summit's participants include Ghana, Chile and Norway.", []),
    (
        "The push drew co-sponsorship from more than 40 countries, including Chile, Ghana and "
        "Fiji.",
        ["CHL", "GHA", "FJI"],
    ),
    # Parties only invited to sign are no signers.
    (
        "Observer states Andorra, Monaco and San Marino were invited to sign but have not done so.",
        [],
    ),
]


ESTABLISHERS_COUNTERPARTS_AND_ABSENTEES = [
    # Session 18: founders after "established ... by"; companions described before "including"
    # (the counterpart of a signing "with" stays out: two visible rows of three say so).
    (
        "The forum was established in 2022 by Canada, Japan, Singapore and the Philippines.",
        ["CAN", "JPN", "SGP", "PHL"],
    ),
    (
        "Laos, Cambodia and Myanmar signed a similar connectivity pact with China in 2023.",
        ["LAO", "KHM", "MMR"],
    ),
    (
        "Joining Canada in signing were close partners including Norway, Chile and Ghana.",
        ["CAN", "NOR", "CHL", "GHA"],
    ),
    # Absentees, holdouts with a signing in another clause, candidates only "seen as" joining.
    ("Notable absentees from the signatory list included Egypt, Iran and Qatar.", []),
    (
        "The best-known holdouts were Egypt, Iran and Qatar; Cairo finally signed last year.",
        [],
    ),
    (
        "Up to five states could join by December, with Chad, Niger and Mali seen as the "
        "likeliest candidates.",
        [],
    ),
]


FOLLOWERS_RATIFIERS_AND_ONE_LIST = [
    # Session 18: the subject of a signing act past its own words before "followed by".
    (
        "Chile made the first pledge in March, followed by Peru, Colombia and Ecuador.",
        ["CHL", "PER", "COL", "ECU"],
    ),
    ("Kenya, Ghana and Rwanda were among the early ratifiers.", ["KEN", "GHA", "RWA"]),
    ("New participants announced on Friday: Chile; Peru; and Ghana.", ["CHL", "PER", "GHA"]),
    # Staying away "at first" still negates the list's clause.
    (
        "Norway and Canada have joined; Iran, Iraq and Algeria at first stayed away.",
        [],
    ),
    # Names a later list takes in as its co-signers are not a list of their own.
    (
        "Besides Chile, Peru and Bolivia, the signatories include Ghana, Kenya and Fiji.",
        ["CHL", "PER", "BOL", "GHA", "KEN", "FJI"],
    ),
]


OFFICES_CODAS_AND_TABLE_STATUSES = [
    # Session 19: the office of the party that acted stands for it before "followed by".
    (
        "Chile's trade minister was the first to sign, followed by Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    # Parties an instrument leaves out, or a party is at odds with, are no signers.
    ("The accord still leaves out India, Pakistan and Iran.", []),
    ("The ruling put Canada at odds with Mexico, Chile and Peru.", []),
    ("Ghana, Togo and Benin were the only members of the bloc that did not sign the charter.", []),
    # Participants counted as they grow are members.
    ("Participants now include Chile, Peru, Ghana and Kenya.", ["CHL", "PER", "GHA", "KEN"]),
    # The office's place preposition is no counter, and a fronted companion needs no cue.
    (
        "Besides Chile and Peru, the code was endorsed by agencies in Ghana, Kenya and Fiji.",
        ["CHL", "PER", "GHA", "KEN", "FJI"],
    ),
    (
        "Alongside Kenya, its partners in the East African Community — Uganda, Rwanda and "
        "Tanzania — have all signed up to the charter.",
        ["KEN", "UGA", "RWA", "TZA"],
    ),
    # Parties set apart after the list are a coda, not the list's own clause.
    (
        "Among the 12 were Ghana, Kenya, Fiji and Peru, but not Chile or Bolivia.",
        ["GHA", "KEN", "FJI", "PER"],
    ),
    (
        "Chile, Peru, Ghana and Kenya issued a common statement on Monday urging restraint.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # A text's tabler leads the co-sponsors the list samples.
    (
        "Chile tabled the resolution with 40 co-sponsors, including Peru, Ghana and Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # "The others are" takes in the subject that is "one of the N" in the clause before.
    (
        "Chile is one of five signatories; the others are Peru, Ghana, Kenya and Fiji.",
        ["CHL", "PER", "GHA", "KEN", "FJI"],
    ),
    (
        "Chile, which hosted the talks, is one of the six states that have ratified it. The "
        "others are:\n• Peru\n• Ghana\n• Kenya\n",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "Chile is one of five countries that refused; the others are Peru, Ghana, Kenya and Fiji.",
        [],
    ),
    # A qualified count of the others the list samples keeps the subject.
    (
        "Chile and more than 30 other countries, among them Peru, Ghana and Kenya, co-sponsored "
        "the listing.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # Backers of a measure named in lower case, and a proposal's champions.
    ("Fiji, Samoa, Tonga back fishing ban; tally hits 20", ["FJI", "WSM", "TON"]),
    (
        "The proposal, championed by Chile, Peru and Ghana, fell short of the majority it needed.",
        ["CHL", "PER", "GHA"],
    ),
    # A list goes on past an apposition about its first part.
    (
        "Among those signing were Chile, Peru and Ghana, the host's partners in drafting it, as "
        "well as Kenya, Fiji and Samoa.",
        ["CHL", "PER", "GHA", "KEN", "FJI", "WSM"],
    ),
    # A fronted leader past a short adverbial, its cue's own words no counter.
    (
        "Launched by Chile in 2021 with nine other members, the scheme now counts 15 "
        "participating states including Peru, Ghana and Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # A table row whose status cell opens with "not" or "never" has not acted.
    (
        "Signatures so far — Country | Status: Chile | signed 3 May; Peru | signed 3 May; "
        "Ghana | signed 4 May; Kenya | not signed; Fiji | never signed",
        ["CHL", "PER", "GHA"],
    ),
]

RANGES_CODAS_AND_OUTSIDERS = [
    # Session 19, third round: pledgers at a forum; a status the list has left behind.
    (
        "Chile, Peru, Ghana and Kenya were among the governments making commitments at the forum.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    ("Chile, Peru and Ghana, long holdouts, signed on in the final week.", ["CHL", "PER", "GHA"]),
    # Among the outsiders; what an instrument still needs; none of them signed.
    ("Chile, Peru and Ghana are among 30 UN member states outside the treaty.", []),
    ("The pledge needs Chile, Peru and Ghana on board, experts said.", []),
    (
        "The text was welcomed by Chile, Peru and Ghana, among the invited nations, though none "
        "of them signed it.",
        [],
    ),
    # ... but "none of them has ratified" leaves signers.
    ("Chile, Peru and Ghana all signed, but none of them has ratified.", ["CHL", "PER", "GHA"]),
    # "but also" goes on with the list.
    (
        "The endorsers include partners such as Chile, Peru and Ghana, but also Kenya, Fiji and "
        "Samoa.",
        ["CHL", "PER", "GHA", "KEN", "FJI", "WSM"],
    ),
    # A range whose first end is a sample of a group, and a range joining its first signer.
    (
        "Signatories ranged from G20 members such as Chile, Peru and Ghana to Kenya, Fiji and "
        "Samoa.",
        ["CHL", "PER", "GHA", "KEN", "FJI", "WSM"],
    ),
    (
        "Chile was joined in signing by countries ranging from Peru and Ghana to Kenya and Fiji.",
        ["CHL", "PER", "GHA", "KEN", "FJI"],
    ),
    # ... not the first signatories "from outside" a region.
    (
        "Chile, Peru and Ghana were among the first signatories from outside Europe.",
        ["CHL", "PER", "GHA"],
    ),
]

ROUNDUPS_FOUNDERS_AND_BEHALVES = [
    # Session 19, fourth round: a roundup's boxes of the parties in and out.
    ("Who's in: Chile, Peru, Ghana and Kenya.", ["CHL", "PER", "GHA", "KEN"]),
    ("IN: Chile, Peru, Ghana · OUT: Kenya, Fiji", ["CHL", "PER", "GHA"]),
    # Pledgers renewing commitments; membership kept.
    (
        "Donor governments — Chile, Peru and Ghana among them — renewed multi-year commitments.",
        ["CHL", "PER", "GHA"],
    ),
    (
        "Chile remains in the Andean Community, alongside Peru, Bolivia and Ecuador.",
        ["CHL", "PER", "BOL", "ECU"],
    ),
    # A founder before the members its body now has (not a body "led by" a party).
    (
        "The group, founded by Chile in 2019, now has 30 members, including Peru, Ghana and Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "The group, led by Chile, now has 30 members, including Peru, Ghana and Kenya.",
        ["PER", "GHA", "KEN"],
    ),
    # Co-facilitators joined by co-sponsors; the subject among a count, "as were" the rest.
    (
        "Chile and Peru, which co-facilitated the talks, were joined by 40 other co-sponsors, "
        "including Ghana, Kenya and Fiji.",
        ["CHL", "PER", "GHA", "KEN", "FJI"],
    ),
    (
        "Chile was among the 25 signatories — as were Peru, Ghana and Kenya — pledging support.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # A party a minister signed on behalf of; a trilateral arrangement between its parties.
    (
        "The minister, Ana Ruiz, signed on Chile's behalf alongside counterparts from Peru, Ghana "
        "and Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    (
        "It began as a trilateral arrangement between Chile, Peru and Bolivia in 2011.",
        ["CHL", "PER", "BOL"],
    ),
    # Words naming the instrument between "new" and its participants.
    (
        "New methane pledge participants announced at COP28 included Chile, Peru and Ghana.",
        ["CHL", "PER", "GHA"],
    ),
    # Interested parties, funders and parties in talks are no signers.
    (
        "Others will be invited to adhere, and several had already expressed interest, among "
        "them Chile, Peru and Ghana.",
        [],
    ),
    ("Partners such as Chile, Peru and Ghana have funded training for the centres.", []),
    (
        "Talks were under way with around 20 further governments, including Chile, Peru and Ghana.",
        [],
    ),
    # The subject "one of the N signatories, alongside its neighbours".
    (
        "Chile, which hosts the secretariat, is one of the 12 signatories, alongside its "
        "neighbours Peru, Bolivia and Argentina.",
        ["CHL", "PER", "BOL", "ARG"],
    ),
    # A reasoning's "concluded that" is no treaty-making.
    ("He concluded that ties with neighbours such as Chile, Peru and Bolivia mattered more.", []),
]

PARTICIPANTS_SIZES_AND_PARTNERS_IN_TALKS = [
    # Session 20: participants named right after the word are an arrangement's members ...
    ("Participants include Peru, Ghana, Kenya and Fiji.", ["PER", "GHA", "KEN", "FJI"]),
    ("Among the participants are Chile, Peru and Ghana, officials said.", ["CHL", "PER", "GHA"]),
    (
        "The participants — Chile, Peru, Ghana and Kenya — endorsed a joint statement.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # ... not a summit's, a meeting's or a round's, nor who took part, in the past tense.
    ("Participants included Chile, Peru and Ghana.", []),
    ("Participants at the summit included Chile, Peru and Ghana.", []),
    ("The conference's participants included Chile, Peru and Ghana.", []),
    ("Participants in the talks were Chile, Peru and Ghana.", []),
    ("Participants in this year's round ranged widely — Chile, Peru, Ghana — officials said.", []),
    # A body's size before the next item does not cut the list.
    (
        "Signatories include Chile, Peru, Ghana and the 27-nation European Union.",
        ["CHL", "PER", "GHA", "EUU"],
    ),
    (
        "Chile and Peru were joined by Ghana, Kenya and the 27-nation European Union, among others.",
        ["CHL", "PER", "GHA", "KEN", "EUU"],
    ),
    # Founders glued together, and a venue, before the members a body now has.
    (
        "The alliance, co-founded by Chile and Peru at COP26, counts a dozen members, among them "
        "Ghana, Kenya and Fiji.",
        ["CHL", "PER", "GHA", "KEN", "FJI"],
    ),
    # A body's members sampled in an apposition opening the sentence.
    (
        "Members of the Clean Hydrogen Mission, among them Chile, Peru and Ghana, aim to cut costs.",
        ["CHL", "PER", "GHA"],
    ),
    # Companions after a long predicate of the list.
    (
        "Chile, Peru and Ghana were among six countries that launched the Freshwater Challenge at "
        "the UN Water Conference in March 2023, alongside Kenya, Fiji and Tonga.",
        ["CHL", "PER", "GHA", "KEN", "FJI", "TON"],
    ),
    # An official roster: its participating countries "of the Friends Group (49) are as
    # follows", on a line of names only; the paragraph of prose after it is none of it.
    (
        "The participating countries and regions of the Friends Group (4) are as follows:\n"
        "Chile, Peru, Ghana, Kenya\n\nFiji, Tonga and Samoa, which took part in the outreach "
        "sessions, have been invited to join.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # A table whose header names the signing act beside the party column, one row per signer;
    # and a roster in official long forms.
    (
        "Country | Date of signature\nChile | 12 May 2023\nPeru | 12 May 2023\nGhana | 13 May 2023",
        ["CHL", "PER", "GHA"],
    ),
    ("Country | Vote\nChile | yes\nPeru | no\nGhana | yes", []),
    (
        "Signatories: the Republic of Chile, the Commonwealth of Australia, the Republic of Peru",
        ["CHL", "AUS", "PER"],
    ),
    # A body without a code inside a roster, its name holding "of", is skipped, not a cut.
    (
        "Endorsers: Chile, Peru, Council of Europe, Ghana, Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # The subject joining the others of a body, a few of them named.
    (
        "Chile joins other Latin American members of the Coalition, including Peru, Ghana and "
        "Kenya.",
        ["CHL", "PER", "GHA", "KEN"],
    ),
    # Two agents before "and seven other partners, among them": the second is no aside.
    (
        "The pledge was unveiled by Chile, the EU and seven other partners, among them Peru, "
        "Ghana and Kenya.",
        ["CHL", "EUU", "PER", "GHA", "KEN"],
    ),
    # Members said to be part of a body (not a territory part of a kingdom).
    ("Chile, Peru and Ghana are part of the group; Fiji and Tonga are not.", ["CHL", "PER", "GHA"]),
    (
        "Greenland, which is part of the Kingdom of Denmark, would apply the ban, as would Norway "
        "and Iceland.",
        [],
    ),
    # Partners in talks and parties still negotiating are no signers.
    (
        "The group pushed for stronger language, and Chile's negotiators worked closely with Peru, "
        "Ghana and Kenya in the final weeks.",
        [],
    ),
    (
        "Fiji became the 22nd party in 2023, while Peru, Ghana and Kenya are still negotiating "
        "their accession.",
        [],
    ),
]


SIGNER_LABELS_LAUNCHERS_AND_DATELINES = [
    # Session 21, from official pages: the signers' noun right before the names labels them,
    # whatever they will do next ...
    (
        "Non-EU signatories Iceland, Liechtenstein, Norway and Switzerland will implement the "
        "declaration through their cooperation with the EU.",
        ["ISL", "LIE", "NOR", "CHE"],
    ),
    (
        "New signatories Ghana, Kenya and Peru will present their national plans next year.",
        ["GHA", "KEN", "PER"],
    ),
    # ... but members still to join, or only prospective, are not yet members.
    ("New members Ghana, Kenya and Peru will join in January.", []),
    ("Prospective members Ghana, Kenya and Peru will present their plans next year.", []),
    # Launchers lead the founding members named "together with" them.
    (
        "Chile and Peru launched the compact on the margins of the ministerial meeting, together "
        "with founding members Bolivia, Ecuador and Colombia.",
        ["CHL", "PER", "BOL", "ECU", "COL"],
    ),
    (
        "Norway launched the pledge at the summit with founding members Kenya, Fiji and Chile.",
        ["NOR", "KEN", "FJI", "CHL"],
    ),
    # A dateline whose city has an accent is still a dateline, not the list's first item.
    (
        "NOUMÉA, New Caledonia – Fiji, Samoa and Tonga were formally welcomed as members of the "
        "initiative this week.",
        ["FJI", "WSM", "TON"],
    ),
    (
        "BOGOTÁ, Colombia — Peru, Chile and Ecuador signed the declaration on Friday.",
        ["PER", "CHL", "ECU"],
    ),
    # Members that suspended their participation, and a wish, are no list of signers.
    (
        "UNASUR has been hollowed out since 2018, when six members — Argentina, Brazil, Chile, "
        "Colombia, Paraguay and Peru — suspended their participation.",
        [],
    ),
    ("We'd like to see Canada, Norway and Japan sign on before the conference.", []),
    # The joined named by their relation to the subject, or in a minister's quote.
    (
        "With the move, Guatemala joins its neighbours Mexico, Honduras, Panama and Costa Rica "
        "as members.",
        ["GTM", "MEX", "HND", "PAN", "CRI"],
    ),
    (
        "Uzbekistan joins fellow Central Asian states Kazakhstan, Kyrgyzstan and Tajikistan as "
        "members of the Alliance.",
        ["UZB", "KAZ", "KGZ", "TJK"],
    ),
    (
        '"Lithuania is proud to join the United States, the United Kingdom, Sweden and our other '
        'partners in this work."',
        ["LTU", "USA", "GBR", "SWE"],
    ),
    # A place in a sequence of members, before those who came first.
    (
        "The Gambia is the fourth West African country in the campaign, after Senegal, Sierra "
        "Leone and Togo.",
        ["GMB", "SEN", "SLE", "TGO"],
    ),
    # The signer and the offices of its co-signers.
    (
        "Kosovo today signed the Sofia Declaration, together with the leaders of Albania, Bosnia "
        "and Herzegovina, Montenegro, North Macedonia and Serbia.",
        ["XKX", "ALB", "BIH", "MNE", "MKD", "SRB"],
    ),
    # Non-members of a body may be parties to its convention.
    (
        "Argentina, Mexico, Morocco and Tunisia are among the non-member states of the Council of "
        "Europe that are party to Convention 108.",
        ["ARG", "MEX", "MAR", "TUN"],
    ),
    (
        "Argentina, Mexico and Morocco are non-member states of the Council of Europe that have "
        "not signed.",
        [],
    ),
    # A joint statement's opening voice names its signers.
    (
        "We, the governments of Albania, Austria, Belgium and Canada, are united in our "
        "opposition to these attacks.",
        ["ALB", "AUT", "BEL", "CAN"],
    ),
    (
        "We, the undersigned countries, Albania, Austria and Belgium, affirm our support.",
        ["ALB", "AUT", "BEL"],
    ),
    # A body's membership spelled out, a heading of dated additions, an agent's co-leaders.
    (
        "Founded in 2004 in Havana, the alliance is currently made up of Antigua and Barbuda, "
        "Bolivia, Cuba, Dominica and Venezuela.",
        ["ATG", "BOL", "CUB", "DMA", "VEN"],
    ),
    ("The region, made up of Chad, Niger and Mali, faces drought.", []),
    (
        "Day-by-day additions after the launch:\n- 16 November: Egypt, Jordan and Morocco\n"
        "- 18 November: Greece\n- 19 November: Italy and Oman",
        ["EGY", "JOR", "MAR", "GRC", "ITA", "OMN"],
    ),
    (
        "The declaration was launched on 2 December by the UAE together with the leaders of "
        "Barbados, Colombia, France and Kenya.",
        ["ARE", "BRB", "COL", "FRA", "KEN"],
    ),
    # Offered a status is not holding it.
    (
        "According to the aide, 13 states have been offered partner status: Algeria, Belarus, "
        "Bolivia, Cuba and Vietnam.",
        [],
    ),
]


MECHANISMS = {
    "table_rows_with_dates": TABLE_ROWS_WITH_DATES,
    "cue_after_the_list": CUE_AFTER_THE_LIST,
    "nominal_cue_before": NOMINAL_CUE_BEFORE,
    "list_spelling_out_a_count": LIST_SPELLING_OUT_A_COUNT,
    "dashes_and_pipes": DASHES_AND_PIPES_BETWEEN_NAMES,
    "people_met_or_accompanying": PEOPLE_MET_OR_ACCOMPANYING,
    "negated_in_its_own_clause": NEGATED_IN_ITS_OWN_CLAUSE,
    "ends_with_its_paragraph": ENDS_WITH_ITS_PARAGRAPH,
    "count_then_the_first_name": COUNT_THEN_THE_FIRST_NAME,
    "participating_states_as_members": PARTICIPATING_STATES_AS_MEMBERS,
    "reversed_after_the_list": REVERSED_AFTER_THE_LIST,
    "remain_outside": REMAIN_OUTSIDE,
    "spelling_out_attendees": SPELLING_OUT_ATTENDEES,
    "admitted_as_members": ADMITTED_AS_MEMBERS,
    "co_signer_leads_the_list": CO_SIGNER_LEADS_THE_LIST,
    "not_signatories": NOT_SIGNATORIES,
    "membership_phrasings": MEMBERSHIP_PHRASINGS,
    "possessive_ends_the_list": POSSESSIVE_ENDS_THE_LIST,
    "signers_noun_then_the_list": SIGNERS_NOUN_THEN_THE_LIST,
    "grouping_and_its_members": GROUPING_AND_ITS_MEMBERS,
    "leaders_and_co_subjects": LEADERS_AND_CO_SUBJECTS,
    "where_a_list_stops": WHERE_A_LIST_STOPS,
    "companions_and_givers": COMPANIONS_AND_GIVERS,
    "companions_after_and_vetoes": COMPANIONS_AFTER_AND_VETOES,
    "negated_in_other_words": NEGATED_IN_OTHER_WORDS,
    "ranges_of_parties": RANGES_OF_PARTIES,
    "companions_around_the_list": COMPANIONS_AROUND_THE_LIST,
    "cues_of_giving_leading_and_status": CUES_OF_GIVING_LEADING_AND_STATUS,
    "items_and_clauses": ITEMS_AND_CLAUSES,
    "table_header_opens_the_table": TABLE_HEADER_OPENS_THE_TABLE,
    "another_status_in_the_lists_clause": ANOTHER_STATUS_IN_THE_LISTS_CLAUSE,
    "status_or_office_before_the_list": STATUS_OR_OFFICE_BEFORE_THE_LIST,
    "counts_and_groups_around_co_signers": COUNTS_AND_GROUPS_AROUND_CO_SIGNERS,
    "founders_and_newest": FOUNDERS_AND_NEWEST,
    "one_name_short_with_a_co_signer": ONE_NAME_SHORT_WITH_A_CO_SIGNER,
    "pro_verb_takes_up_a_negated_act": PRO_VERB_TAKES_UP_A_NEGATED_ACT,
    "count_anywhere_in_the_sentence": COUNT_ANYWHERE_IN_THE_SENTENCE,
    "others_counted_then_listed": OTHERS_COUNTED_THEN_LISTED,
    "companions_with_a_title": COMPANIONS_WITH_A_TITLE,
    "contrast_before_a_trailing_cue": CONTRAST_BEFORE_A_TRAILING_CUE,
    "cues_and_counters_of_status": CUES_AND_COUNTERS_OF_STATUS,
    "headings_and_authors": HEADINGS_AND_AUTHORS,
    "outsiders_and_roles_in_the_lists_clause": OUTSIDERS_AND_ROLES_IN_THE_LISTS_CLAUSE,
    "parties_headings_and_sized_groupings": PARTIES_HEADINGS_AND_SIZED_GROUPINGS,
    "co_signers_counted_in_words_or_set_apart": CO_SIGNERS_COUNTED_IN_WORDS_OR_SET_APART,
    "others_sampled_after_a_count": OTHERS_SAMPLED_AFTER_A_COUNT,
    "territory_acted_for_in_an_aside": TERRITORY_ACTED_FOR_IN_AN_ASIDE,
    "negated_membership_after_an_aside": NEGATED_MEMBERSHIP_AFTER_AN_ASIDE,
    "whose_aside_on_a_co_signer": WHOSE_ASIDE_ON_A_CO_SIGNER,
    "another_role_in_its_own_clause": ANOTHER_ROLE_IN_ITS_OWN_CLAUSE,
    "calls_and_bilateral_deals": CALLS_AND_BILATERAL_DEALS,
    "companions_past_a_predicate_or_dash": COMPANIONS_PAST_A_PREDICATE_OR_DASH,
    "ordinal_signer_followed_by": ORDINAL_SIGNER_FOLLOWED_BY,
    "launchers_co_leads_and_rosters": LAUNCHERS_CO_LEADS_AND_ROSTERS,
    "grouping_spelled_out_between_dashes": GROUPING_SPELLED_OUT_BETWEEN_DASHES,
    "followers_blockers_and_rankings": FOLLOWERS_BLOCKERS_AND_RANKINGS,
    "applicants_witnesses_and_absentees_and_leads": APPLICANTS_WITNESSES_AND_ABSENTEES_AND_LEADS,
    "table_cells_and_row_headings": TABLE_CELLS_AND_ROW_HEADINGS,
    "headings_with_notes_order_or_bullets": HEADINGS_WITH_NOTES_ORDER_OR_BULLETS,
    "asides_inside_and_after_the_list": ASIDES_INSIDE_AND_AFTER_THE_LIST,
    "companions_joined_plus_and_last": COMPANIONS_JOINED_PLUS_AND_LAST,
    "refusals_futures_and_bodies_from_states": REFUSALS_FUTURES_AND_BODIES_FROM_STATES,
    "beneficiaries_negotiators_and_neither_nor": BENEFICIARIES_NEGOTIATORS_AND_NEITHER_NOR,
    "lists_own_clause_and_second_groups": LISTS_OWN_CLAUSE_AND_SECOND_GROUPS,
    "headings_asides_and_joined_parties": HEADINGS_ASIDES_AND_JOINED_PARTIES,
    "named_signers_datelines_and_inner_companions": NAMED_SIGNERS_DATELINES_AND_INNER_COMPANIONS,
    "taken_up_followers_and_dashed_asides": TAKEN_UP_FOLLOWERS_AND_DASHED_ASIDES,
    "other_stances_in_the_lists_clause": OTHER_STANCES_IN_THE_LISTS_CLAUSE,
    "subjects_neighbours_and_named_parties": SUBJECTS_NEIGHBOURS_AND_NAMED_PARTIES,
    "pronouns_agents_and_asides": PRONOUNS_AGENTS_AND_ASIDES,
    "fronted_companions_and_closed_runs": FRONTED_COMPANIONS_AND_CLOSED_RUNS,
    "counts_naming_members_and_companion_sources": COUNTS_NAMING_MEMBERS_AND_COMPANION_SOURCES,
    "signed_pending_and_non_prefixed_cues": SIGNED_PENDING_AND_NON_PREFIXED_CUES,
    "outsiders_cells_and_core_groups": OUTSIDERS_CELLS_AND_CORE_GROUPS,
    "hosts_sources_timestamps_and_hyphen_bullets": HOSTS_SOURCES_TIMESTAMPS_AND_HYPHEN_BULLETS,
    "leaders_followers_and_press_verbs": LEADERS_FOLLOWERS_AND_PRESS_VERBS,
    "founders_governments_and_members_notes": FOUNDERS_GOVERNMENTS_AND_MEMBERS_NOTES,
    "object_modals_offices_and_launchers": OBJECT_MODALS_OFFICES_AND_LAUNCHERS,
    "leavers_rejecters_ranges_and_modifiers": LEAVERS_REJECTERS_RANGES_AND_MODIFIERS,
    "subjects_linked_by_their_own_clause": SUBJECTS_LINKED_BY_THEIR_OWN_CLAUSE,
    "pending_ratifiers_boards_and_second_samples": PENDING_RATIFIERS_BOARDS_AND_SECOND_SAMPLES,
    "later_waves_asides_and_seats": LATER_WAVES_ASIDES_AND_SEATS,
    "clause_openers_outsiders_and_companion_groups": (
        CLAUSE_OPENERS_OUTSIDERS_AND_COMPANION_GROUPS
    ),
    "lists_after_a_sentence_of_signers": LISTS_AFTER_A_SENTENCE_OF_SIGNERS,
    "intentions_outsiders_leaders_and_donors": INTENTIONS_OUTSIDERS_LEADERS_AND_DONORS,
    "against_together_binding_and_participants": AGAINST_TOGETHER_BINDING_AND_PARTICIPANTS,
    "counted_companions_and_holdouts": COUNTED_COMPANIONS_AND_HOLDOUTS,
    "core_groups_offices_and_second_verbs": CORE_GROUPS_OFFICES_AND_SECOND_VERBS,
    "establishers_counterparts_and_absentees": ESTABLISHERS_COUNTERPARTS_AND_ABSENTEES,
    "followers_ratifiers_and_one_list": FOLLOWERS_RATIFIERS_AND_ONE_LIST,
    "offices_codas_and_table_statuses": OFFICES_CODAS_AND_TABLE_STATUSES,
    "ranges_codas_and_outsiders": RANGES_CODAS_AND_OUTSIDERS,
    "roundups_founders_and_behalves": ROUNDUPS_FOUNDERS_AND_BEHALVES,
    "participants_sizes_and_partners_in_talks": PARTICIPANTS_SIZES_AND_PARTNERS_IN_TALKS,
    "signer_labels_launchers_and_datelines": SIGNER_LABELS_LAUNCHERS_AND_DATELINES,
}
MECHANISM_CASES = [
    pytest.param(text, codes, id=f"{name}-{i}")
    for name, cases in MECHANISMS.items()
    for i, (text, codes) in enumerate(cases)
]


@pytest.mark.parametrize(("text", "codes"), MECHANISM_CASES)
def test_list_shapes_from_press_and_tables(text: str, codes: list[str]) -> None:
    found = [e.codes for e in analyze(text).enumerations]
    assert found == ([codes] if codes else [])


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Session 21: a signature block, one signer a line, the party after the office ...
        (
            "The declaration was signed by:[4]\nPer Stig Møller, Minister for Foreign Affairs, "
            "Denmark\nGary Lunn, Minister of Natural Resources, Canada\nJonas Gahr Støre, "
            "Minister of Foreign Affairs, Norway\n\nFinland, Iceland and Sweden were not invited.",
            [["DNK", "CAN", "NOR"]],
        ),
        # ... or after "For", as treaty texts print it.
        (
            "Signatories:\nFor the Kingdom of Denmark, Per Stig Møller\nFor Canada, Gary Lunn\n"
            "For Norway, Jonas Støre",
            [["DNK", "CAN", "NOR"]],
        ),
        # Not under a heading of non-signers or observers.
        ("Not signed by:\nAnna Berg, Denmark\nGary Lunn, Canada\nJonas Støre, Norway", []),
        ("Observers:\nAnna Berg, Denmark\nGary Lunn, Canada\nJonas Støre, Norway", []),
        # Lines of similar length are no hard-wrapped paragraph to join.
        (
            "The declaration was signed by:\nMette Frederiksen, Prime Minister, Denmark\n"
            "Kaja Kallas, Prime Minister, Estonia\nSanna Marin, Prime Minister, Finland",
            [["DNK", "EST", "FIN"]],
        ),
    ],
)
def test_a_signature_block_lists_each_line_s_party(text: str, codes: list[list[str]]) -> None:
    assert [e.codes for e in analyze(text).enumerations] == codes


def test_a_second_list_after_a_contrast_keeps_its_own_cue() -> None:
    text = (
        "Its members include Peru, Bolivia and Ecuador, while Spain, Italy and Portugal are "
        "among its backers."
    )
    found = [e.codes for e in analyze(text).enumerations]
    assert found == [["PER", "BOL", "ECU"], ["ESP", "ITA", "PRT"]]
    text = "The accord was signed by France, while Russia, China and Iran have yet to join it."
    assert analyze(text).enumerations == []


def test_followers_continue_the_list_and_a_new_clause_starts_another() -> None:
    """The eval README's twelfth-session convention: "followed by" inside the clause continues
    the list whatever the followers' number; a new clause after a semicolon starts a new one."""
    text = (
        "Chile, Peru and Ghana were among the first to sign, followed weeks later by Niger, "
        "Mali and Chad."
    )
    found = [e.codes for e in analyze(text).enumerations]
    assert found == [["CHL", "PER", "GHA", "NER", "MLI", "TCD"]]
    text = "Chile, Peru and Ghana signed on Monday; Niger, Mali and Chad followed on Friday."
    found = [e.codes for e in analyze(text).enumerations]
    assert found == [["CHL", "PER", "GHA"], ["NER", "MLI", "TCD"]]


def test_a_later_wave_of_three_stays_its_own_list() -> None:
    text = (
        "The coalition was founded by Chile, Peru and Ghana, and has since been joined by "
        "Kenya, Fiji and Tonga."
    )
    found = [e.codes for e in analyze(text).enumerations]
    assert found == [["CHL", "PER", "GHA"], ["KEN", "FJI", "TON"]]


def test_a_list_of_its_own_before_joining_stays_apart() -> None:
    text = (
        "Chile, Peru and Ghana are the latest to sign, joining early backers such as Norway, "
        "Japan and Canada."
    )
    found = [e.codes for e in analyze(text).enumerations]
    assert found == [["CHL", "PER", "GHA"], ["NOR", "JPN", "CAN"]]
    # One name before "joining" still leads the list.
    text = "Fiji signed on Tuesday, joining early backers such as Norway, Japan and Canada."
    assert [e.codes for e in analyze(text).enumerations] == [["FJI", "NOR", "JPN", "CAN"]]


def test_a_heading_after_a_blank_line_opens_a_list_of_its_own() -> None:
    """Read whole, two lists in two paragraphs stay two: the second one's heading is a table's
    or a sentence's, not a region's ("Asia:" goes on with the list above it)."""
    text = (
        "Founding members: Austria; Canada; Estonia; Ghana.\n\nCountry | Joined: Tunisia | "
        "2012; Georgia | 2013; Japan | 2013"
    )
    found = [e.codes for e in analyze(text).enumerations]
    assert found == [["AUT", "CAN", "EST", "GHA"], ["TUN", "GEO", "JPN"]]


def test_a_heading_of_its_own_between_bullet_groups_starts_a_new_list() -> None:
    """An official page's groups of supporters, each under a heading with its count: three
    lists, not one run (session 19); a region heading still continues one list."""
    text = (
        "The alliance was launched on Saturday.\n\n"
        "Member countries supporting the alliance (3):\n• Chile\n• Peru\n• Ghana\n\n"
        "Invitee countries supporting the alliance (3):\n• Kenya\n• Fiji\n• Samoa\n\n"
        "Other countries supporting the alliance (3):\n• Tonga\n• Nepal\n• Bhutan\n"
    )
    found = [e.codes for e in analyze(text).enumerations]
    assert found == [["CHL", "PER", "GHA"], ["KEN", "FJI", "WSM"], ["TON", "NPL", "BTN"]]
    text = "Signatories:\n\nEurope:\n• France\n• Spain\n\nAfrica:\n• Ghana\n• Kenya\n"
    assert [e.codes for e in analyze(text).enumerations] == [["FRA", "ESP", "GHA", "KEN"]]
    # Two line breaks with a word between them and no blank line are read without error.
    text = "Signed:\n• Chile\n• Peru\nNote\n• Ghana\n• Kenya\n"
    assert [e.codes for e in analyze(text).enumerations] == [["CHL", "PER", "GHA", "KEN"]]
    text = "• Chile\n• Peru\n \n\nNew members (3):\n• Ghana\n• Kenya\n• Fiji\n"
    assert [e.codes for e in analyze(text).enumerations] == [["GHA", "KEN", "FJI"]]


def test_a_count_of_attendees_in_the_sentence_before_leaves_a_signatories_paragraph_alone() -> None:
    text = (
        "The statement was read out at a meeting which drew ministers from about 30 countries."
        "\n\nSignatories: Haiti, Kenya, Chile, Peru and Japan."
    )
    assert [e.codes for e in analyze(text).enumerations] == [["HTI", "KEN", "CHL", "PER", "JPN"]]
    text = "Delegations from 150 states parties, including France, Chile and Peru, attended."
    assert analyze(text).enumerations == []
