"""Gazetteer surface forms and the `tally_entities` component: names, aliases and their traps."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import nlp.components.entities  # noqa: F401  (registers tally_entities)
import nlp.components.sentences  # noqa: F401  (registers tally_sentences)
from nlp.gazetteer import (
    combined_surface_forms,
    entity_kind,
    entity_name,
    group_members,
    is_case_sensitive,
    surface_forms,
)
from nlp.pipeline import adapt_tokenizer


@pytest.fixture(scope="module")
def ents_nlp() -> Language:
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    nlp.add_pipe("tally_sentences")
    nlp.add_pipe("tally_entities")
    return nlp


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)  # keep the Doc alive while its span group is read
    return [(sp.text, sp.label_) for sp in doc.spans["tally_entities"]]


# --- gazetteer ---------------------------------------------------------------------------


def test_existing_gazetteer_functions_keep_their_behaviour() -> None:
    assert entity_name("USA") == "United States"
    assert entity_kind("TWN") == "partially_recognized"
    assert entity_kind("XKX") == "partially_recognized"
    assert entity_kind("EUC") == "supranational"
    assert entity_kind("PRI") == "other"
    assert "FRA" in group_members("EUU") and group_members("USA") == []


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("United States of America", "USA"),
        ("Britain", "GBR"),
        ("U.K.", "GBR"),
        ("Czechia", "CZE"),
        ("Czech Republic", "CZE"),
        ("European Community", "EUU"),  # the EU's predecessor, party of record in old treaties
        ("EEC", "EUU"),
        ("Cape Verde", "CPV"),
        ("Cabo Verde", "CPV"),
        ("Micronesia", "FSM"),
        (
            "Federated States of Micronesia",
            "FSM",
        ),  # reordered from "Micronesia, Federated States of"
        ("Republic of Korea", "KOR"),  # reordered from "Korea, Republic of"
        ("Korea", "KOR"),
        ("DPRK", "PRK"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Ivory Coast", "CIV"),
        ("Côte d’Ivoire", "CIV"),  # curly apostrophe variant generated
        ("Swaziland", "SWZ"),
        ("Burma", "MMR"),
        ("East Timor", "TLS"),
        ("Holy See", "VAT"),
        ("Netherlands", "NLD"),  # "the Netherlands" without its article
        ("Viet Nam", "VNM"),
        ("Lao PDR", "LAO"),
        ("PNG", "PNG"),  # Pacific coverage's abbreviation of Papua New Guinea
        ("EU", "EUU"),
        ("European Commission", "EUC"),
        ("Republic of Moldova", "MDA"),
        ("Kosovo", "XKX"),
        ("Taiwan", "TWN"),
        ("St. Lucia", "LCA"),  # "Saint" → "St." variant
        ("Trinidad & Tobago", "TTO"),
        ("Sao Tome and Principe", "STP"),  # ASCII-folded variant
        ("British Virgin Islands", "VGB"),  # "Virgin Islands, British" reordered
    ],
)
def test_surface_forms_resolve_aliases_and_generated_forms(form: str, code: str) -> None:
    assert surface_forms("en")[form] == code


def test_surface_forms_cover_every_entity_and_drop_ambiguous_ones() -> None:
    forms = surface_forms("en")
    assert set(forms.values()) >= {"USA", "GBR", "XKX", "EUU", "EUC", "TWN", "PRI", "NER", "NGA"}
    assert "Virgin Islands" not in forms  # shared by VGB and VIR: dropped, not guessed
    assert "the United Kingdom" not in forms  # articles are stripped
    assert "Commission" not in forms  # only resolved by context (entity_context.yaml)


def test_french_forms_come_from_pycountry_translations_and_aliases() -> None:
    fr = surface_forms("fr")
    assert fr["États-Unis"] == "USA"
    assert fr["Royaume-Uni"] == "GBR"
    assert fr["Union européenne"] == "EUU"
    assert fr["Commission européenne"] == "EUC"
    assert fr["Allemagne"] == "DEU"
    assert fr["République de Corée"] == "KOR"  # reordered with French particles
    with pytest.raises(ValueError):
        surface_forms("xx")


def test_combined_forms_skip_foreign_words_that_are_english_names() -> None:
    combined = combined_surface_forms(("en", "fr"))
    assert combined["Japon"] == "JPN"
    assert "Maurice" not in combined and "Dominique" not in combined
    assert combined["Niger"] == "NER"


def test_case_rules() -> None:
    assert is_case_sensitive("US") and is_case_sensitive("Chad")
    assert not is_case_sensitive("United States")
    assert is_case_sensitive("Lao PDR")  # listed under case.exact in aliases.yaml


# --- component ---------------------------------------------------------------------------


def test_us_only_in_upper_case(ents_nlp: Language) -> None:
    assert found(ents_nlp, "Let us hope the US signs.") == [("US", "USA")]


def test_article_is_not_part_of_the_span(ents_nlp: Language) -> None:
    assert found(ents_nlp, "the United Kingdom and the Netherlands") == [
        ("United Kingdom", "GBR"),
        ("Netherlands", "NLD"),
    ]


def test_us_led_is_a_mention_of_the_united_states(ents_nlp: Language) -> None:
    assert found(ents_nlp, "A U.S.-led coalition formed.") == [("U.S.", "USA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The American-led task force sailed.", [("American", "USA")]),
        ("A Saudi-backed plan was tabled.", [("Saudi", "SAU")]),
        ("The French agriculture ministry said so.", [("French", "FRA")]),
        ("A French-born engineer spoke.", []),
        ("The Dutch sports ministry backed it, as did Dutch fans.", [("Dutch", "NLD")]),
        ("The pact began as a Chilean initiative.", [("Chilean", "CHL")]),
        ("Russian-speaking media reported it.", []),
    ],
)
def test_demonym_glued_to_an_act_or_before_a_ministry_stands_for_the_state(
    ents_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(ents_nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He moved to Atlanta, Georgia last year.",
        "Georgia's governor signed the bill.",
        "The Georgia Senate voted.",
        "She studied at the University of Georgia.",
        "Georgia Tech won the game.",
    ],
)
def test_georgia_the_us_state_is_not_a_country(ents_nlp: Language, text: str) -> None:
    assert all(code != "GEO" for _t, code in found(ents_nlp, text))


def test_georgia_in_a_list_of_countries_is_the_country(ents_nlp: Language) -> None:
    assert ("Georgia", "GEO") in found(ents_nlp, "Moldova, Georgia and Ukraine signed.")


def test_niger_nigeria_dominica_dominican_republic(ents_nlp: Language) -> None:
    text = "Niger, Nigeria, Dominica and the Dominican Republic."
    assert found(ents_nlp, text) == [
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Dominica", "DMA"),
        ("Dominican Republic", "DOM"),
    ]


def test_the_guineas_are_distinct(ents_nlp: Language) -> None:
    text = "Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea."
    assert [c for _t, c in found(ents_nlp, text)] == ["GIN", "GNB", "GNQ", "PNG"]


@pytest.mark.parametrize(
    "text",
    [
        "Michael Jordan retired.",
        "Chad Smith played drums.",
        "Fans cheered as Michael Jordan said no.",
    ],
)
def test_given_names_are_not_countries(ents_nlp: Language, text: str) -> None:
    assert found(ents_nlp, text) == []


def test_jordan_and_chad_as_countries(ents_nlp: Language) -> None:
    assert found(
        ents_nlp, "Jordan said it would sign. Officials from Chad, Jordan and Mali came."
    ) == [
        ("Jordan", "JOR"),
        ("Chad", "TCD"),
        ("Jordan", "JOR"),
        ("Mali", "MLI"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trinidad and Tobago signed.", [("Trinidad and Tobago", "TTO")]),
        ("Bosnia and Herzegovina signed.", [("Bosnia and Herzegovina", "BIH")]),
        ("Antigua and Barbuda signed.", [("Antigua and Barbuda", "ATG")]),
        ("Saint Kitts and Nevis signed.", [("Saint Kitts and Nevis", "KNA")]),
        ("São Tomé and Príncipe signed.", [("São Tomé and Príncipe", "STP")]),
        ("Governors of New Mexico and New Jersey met.", []),
        ("Turkey signed.", [("Turkey", "TUR")]),
    ],
)
def test_multi_word_names_and_us_states(
    ents_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(ents_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Russian government objected.", [("Russian", "RUS")]),
        ("Russian officials declined.", [("Russian", "RUS")]),
        ("The French presidency welcomed it.", [("French", "FRA")]),
        ("Chinese authorities did not comment.", [("Chinese", "CHN")]),
        ("The French foreign minister spoke.", [("French", "FRA")]),
        ("American officials said so.", [("American", "USA")]),
        ("She speaks the Russian language.", []),
        ("They ate French fries.", []),
        ("Chinese New Year began.", []),
        ("Latin American leaders met.", []),
        (
            "The Czech, Slovak and Polish governments signed.",
            [("Czech", "CZE"), ("Slovak", "SVK"), ("Polish", "POL")],
        ),
        ("Cape Verdean and Ivorian officials met.", [("Cape Verdean", "CPV"), ("Ivorian", "CIV")]),
        ("Czech beer and Polish officials.", [("Polish", "POL")]),
        # Session 11: acts and roles of the state; a demonym glued to an accepted one.
        ("It was the fourth Russian veto this year.", [("Russian", "RUS")]),
        ("The text was agreed under Irish chairmanship.", [("Irish", "IRL")]),
        ("A Russian presidential aide said so.", [("Russian", "RUS")]),
        ("They signed a French-Mexican declaration.", [("French", "FRA"), ("Mexican", "MEX")]),
        ("French-Canadian singers performed.", []),
    ],
)
def test_demonyms_only_where_they_stand_for_the_state(
    ents_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(ents_nlp, text) == expected


def test_the_commission_only_after_the_european_commission(ents_nlp: Language) -> None:
    assert found(ents_nlp, "The Commission said no.") == []
    assert found(ents_nlp, "The European Commission signed. Later the Commission added more.") == [
        ("European Commission", "EUC"),
        ("Commission", "EUC"),
    ]


def test_seas_and_gulfs_are_not_states(ents_nlp: Language) -> None:
    assert found(ents_nlp, "Ships patrol the South China Sea and the Gulf of Guinea.") == []


def test_rivers_named_after_a_state_are_not_the_state(ents_nlp: Language) -> None:
    text = "Senegal joined the Gambia River Basin body; the Senegal River floods each year."
    assert found(ents_nlp, text) == [("Senegal", "SEN")]
    text = "The River Niger Commission met in Port of Spain with Trinidad and Tobago as host."
    assert found(ents_nlp, text) == [("Trinidad and Tobago", "TTO")]


def test_french_names_and_elision(ents_nlp: Language) -> None:
    assert found(ents_nlp, "mais l'Inde et les États-Unis") == [
        ("Inde", "IND"),
        ("États-Unis", "USA"),
    ]


def test_kinds_and_headline_caps(ents_nlp: Language) -> None:
    doc = ents_nlp("TAIWAN and the European Union")
    spans = list(doc.spans["tally_entities"])
    assert [(sp.label_, sp._.tally_kind) for sp in spans] == [
        ("TWN", "partially_recognized"),
        ("EUU", "supranational"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Power-sharing in Northern Ireland held.", []),
        ("Tribes of New Guinea island.", []),
        ("It cost US$5 million, or five US dollars each.", []),
        ("the Democratic Republic of Congo", [("Democratic Republic of Congo", "COD")]),
        ("the Republic of Ireland", [("Republic of Ireland", "IRL")]),
        ("Georgia Backs Internet Pact", [("Georgia", "GEO")]),  # title-case headline
        ("Georgia Smith spoke.", []),
        ("Actor Tom Holland visited.", []),
        ("Penguins live on South Georgia.", []),
        ("Tbilisi, Georgia hosted the talks.", [("Georgia", "GEO")]),
        ("Rep. Smith of Georgia objected.", []),
        ("Washington and Beijing traded barbs; Brussels stayed quiet.", []),
        (
            "INDIA, CHINA AND RUSSIA ABSTAIN",
            [("INDIA", "IND"), ("CHINA", "CHN"), ("RUSSIA", "RUS")],
        ),
    ],
)
def test_more_traps(ents_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(ents_nlp, text) == expected


# Round-2 traps and the decisions behind them (documented in nlp/data/aliases.yaml and
# nlp/patterns/entity_context.yaml):
# - "Congo" alone is COG: ISO's "Congo" is the Republic of the Congo, and press copy names
#   the DRC with its qualifier ("DR Congo", "the Democratic Republic of the Congo").
# - "Korea" alone is KOR (South Korea); North Korea is always qualified.
# - Capitals as metonyms ("Washington", "Brussels") are not mentions.
# - "EU-US", "non-EU" mention the EU: the string names the body, as the evaluation set
#   annotates "32 non-EU countries".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia's Secretary of State certified the count.", []),
        ("Voters in Georgia and Arizona went to the polls.", []),
        ("Polls closed in North Carolina, Georgia and Michigan.", []),
        ("Georgia and Armenia signed.", [("Georgia", "GEO"), ("Armenia", "ARM")]),
        ("Jordan Smith said the deal was good.", []),
        ("Chad Wolf, the former acting secretary, spoke.", []),
        ("Israel Adesanya won the bout.", []),
        ("They ate turkey at Thanksgiving.", []),
        ("Turkey signed the pact.", [("Turkey", "TUR")]),
        (
            "Guinea signed, as did Guinea-Bissau, Equatorial Guinea and Papua New Guinea.",
            [
                ("Guinea", "GIN"),
                ("Guinea-Bissau", "GNB"),
                ("Equatorial Guinea", "GNQ"),
                ("Papua New Guinea", "PNG"),
            ],
        ),
        ("Congo joined.", [("Congo", "COG")]),
        ("Korea joined.", [("Korea", "KOR")]),
        (
            "the Republic of China (Taiwan) and the People's Republic of China",
            [
                ("Republic of China", "TWN"),
                ("Taiwan", "TWN"),
                ("People's Republic of China", "CHN"),
            ],
        ),
        (
            "Macedonia, Swaziland and Burma",
            [("Macedonia", "MKD"), ("Swaziland", "SWZ"), ("Burma", "MMR")],
        ),
        ("Ivory Coast and the Gambia", [("Ivory Coast", "CIV"), ("Gambia", "GMB")]),
        (
            "the Bahamas and Saint Vincent and the Grenadines",
            [("Bahamas", "BHS"), ("Saint Vincent and the Grenadines", "VCT")],
        ),
        ("the EU-US trade council", [("EU", "EUU"), ("US", "USA")]),
        ("32 non-EU countries", [("EU", "EUU")]),
        ("Atlanta-based Georgia Power raised prices.", []),
        ("Japan Airlines, Canada Post and Kenya Airways signed.", []),
        ("India's airlines and Japan's post office", [("India", "IND"), ("Japan", "JPN")]),
    ],
)
def test_round_two_traps(ents_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(ents_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A listed context word glued by a hyphen names the same company or body.
        ("Georgia-Pacific shut two paper mills in Oregon.", []),
        (
            "The Georgia-Power merger was approved; Georgia and Armenia objected.",
            [
                ("Georgia", "GEO"),
                ("Armenia", "ARM"),
            ],
        ),
        # A hyphen between two places is no blocker.
        ("The Georgia-Russia talks stalled again.", [("Georgia", "GEO"), ("Russia", "RUS")]),
        ("The Israel-Hamas ceasefire held.", [("Israel", "ISR")]),
    ],
)
def test_hyphenated_context_word_blocks_a_name(
    ents_nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(ents_nlp, text) == expected


def test_headline_abbreviation_of_south_korea(ents_nlp: Language) -> None:
    """Wire headlines shorten South Korea to "S. Korea"."""
    assert found(ents_nlp, "S. Korea, 30 nations sign chip pact") == [("S. Korea", "KOR")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US, allies slam N. Korea missile test", [("US", "USA"), ("N. Korea", "PRK")]),
        ("S. Korea and N.Korea met.", [("S. Korea", "KOR"), ("N.Korea", "PRK")]),
    ],
)
def test_abbreviated_koreas(ents_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(ents_nlp, text) == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Commonwealth of Australia", "AUS"),
        ("Oriental Republic of Uruguay", "URY"),
        ("Co-operative Republic of Guyana", "GUY"),
        ("Republic of the Union of Myanmar", "MMR"),
        ("State of Libya", "LBY"),
        ("Federation of Saint Kitts and Nevis", "KNA"),
        ("Democratic Republic of São Tomé and Príncipe", "STP"),
        ("Republic of Azerbaijan", "AZE"),
        ("Federative Republic of Brazil", "BRA"),
        ("Hellenic Republic", "GRC"),
    ],
)
def test_official_long_forms_are_one_mention(ents_nlp: Language, name: str, code: str) -> None:
    """Depositary lists and ministry rosters print official long forms; a shorter span inside
    one ("Australia" in "Commonwealth of Australia") left words that cut a roster in two."""
    assert found(ents_nlp, f"The declaration was signed by the {name} on Monday.") == [(name, code)]
