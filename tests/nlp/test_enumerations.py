"""`tally_enumerations`: lists of endorsers in prose and bullet lists, and what is not one."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import nlp.components.entities  # noqa: F401  (registers tally_entities)
import nlp.components.enumerations  # noqa: F401  (registers tally_enumerations)
import nlp.components.sentences  # noqa: F401  (registers tally_sentences)
from nlp.components.enumerations import load_enumeration_cues
from nlp.models import Enumeration
from nlp.pipeline import adapt_tokenizer

# The White House announcement of 28 April 2022 (real text, quoted in the seed page).
WHITE_HOUSE = (
    "Today, the United States with 60 partners from around the globe launched the Declaration "
    "for the Future of the Internet. Those endorsing the Declaration include Albania, Andorra, "
    "Argentina, Australia, Austria, Belgium, Bulgaria, Cabo Verde, Canada, Colombia, Costa Rica, "
    "Croatia, Cyprus, Czech Republic, Denmark, Dominican Republic, Estonia, the European "
    "Commission, Finland, France, Georgia, Germany, Greece, Hungary, Iceland, Ireland, Israel, "
    "Italy, Jamaica, Japan, Kenya, Kosovo, Latvia, Lithuania, Luxembourg, Maldives, Malta, "
    "Marshall Islands, Micronesia, Moldova, Montenegro, Netherlands, New Zealand, Niger, North "
    "Macedonia, Palau, Peru, Poland, Portugal, Romania, Senegal, Serbia, Slovakia, Slovenia, "
    "Spain, Sweden, Taiwan, Trinidad and Tobago, the United Kingdom, Ukraine, and Uruguay.\n\n"
    "This Declaration represents a political commitment among Declaration partners."
)


@pytest.fixture(scope="module")
def enum_nlp() -> Language:
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    for name in ("tally_sentences", "tally_entities", "tally_enumerations"):
        nlp.add_pipe(name)
    return nlp


def enumerations(nlp: Language, text: str) -> list[Enumeration]:
    return nlp(text)._.tally_enumerations


def test_white_house_endorser_sentence_is_one_enumeration_of_61(enum_nlp: Language) -> None:
    doc = enum_nlp(WHITE_HOUSE)
    enums = doc._.tally_enumerations
    assert len(enums) == 1
    enum = enums[0]
    assert len(enum.codes) == 61
    assert {
        "TWN",
        "XKX",
        "EUC",
        "CPV",
        "CZE",
        "FSM",
        "TTO",
        "NER",
        "DOM",
        "GEO",
        "GBR",
        "NLD",
    } <= set(enum.codes)
    assert not {"NGA", "DMA", "USA"} & set(enum.codes)
    assert WHITE_HOUSE[enum.start : enum.end].startswith("Albania")
    assert WHITE_HOUSE[enum.start : enum.end].endswith("Uruguay")
    assert enum.cue.lower() == "endorsing"
    roles = {(sp.label_, sp._.tally_role) for sp in doc.spans["tally_entities"]}
    assert ("USA", "mention") in roles  # the principal outside the list
    assert ("ALB", "signatory") in roles and ("URY", "signatory") in roles


def test_bullet_list_after_a_cue_line(enum_nlp: Language) -> None:
    text = (
        "The following countries have signed:\n\n"
        "• Albania\n• Andorra (April 2022)\n• the Republic of Korea\n• Cape Verde\n\n"
        "More countries are expected to join."
    )
    enums = enumerations(enum_nlp, text)
    assert [e.codes for e in enums] == [["ALB", "AND", "KOR", "CPV"]]


def test_numbered_list_after_a_cue_line(enum_nlp: Language) -> None:
    text = "Signatories:\n1. Micronesia\n2. Marshall Islands\n3. Palau\n4. Czech Republic"
    assert [e.codes for e in enumerations(enum_nlp, text)] == [["FSM", "MHL", "PLW", "CZE"]]


def test_list_with_region_headings_and_a_cue_sentence_before(enum_nlp: Language) -> None:
    text = (
        "Here is the full list of countries that have signed the declaration so far.\n\n"
        "Europe\n• France\n• Germany\n\nAsia-Pacific\n• Japan\n• Australia"
    )
    assert [e.codes for e in enumerations(enum_nlp, text)] == [["FRA", "DEU", "JPN", "AUS"]]


def test_list_items_with_trailing_text_naming_the_item_again(enum_nlp: Language) -> None:
    text = (
        "Endorsing countries:\n- Albania – Ministry of Foreign Affairs\n"
        "- Andorra – Government of Andorra\n- Chile"
    )
    doc = enum_nlp(text)
    assert [e.codes for e in doc._.tally_enumerations] == [["ALB", "AND", "CHL"]]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The pledge was signed by France, Germany and Japan.", ["FRA", "DEU", "JPN"]),
        ("It was signed by France (2019), Germany (2020) and Japan.", ["FRA", "DEU", "JPN"]),
        ("Among the signatories were France, Germany and Italy.", ["FRA", "DEU", "ITA"]),
        (
            "Australia, Canada, Japan, the UK and the US issued a joint statement.",
            ["AUS", "CAN", "JPN", "GBR", "USA"],
        ),
        ("Current partners:\n\nPeru\nChile\nKenya", ["PER", "CHL", "KEN"]),
        ("La France, le Royaume-Uni et le Japon sont signataires.", ["FRA", "GBR", "JPN"]),
        ("The initiative was launched by Canada, France and Germany.", ["CAN", "FRA", "DEU"]),
        (
            "Non-EU countries such as Norway, Iceland and Switzerland also signed it.",
            ["NOR", "ISL", "CHE"],
        ),
        ("The coalition's members now include Kenya, Peru and Chile.", ["KEN", "PER", "CHL"]),
        (
            "It was launched in 2011 by eight founding governments: Brazil, Mexico and Norway.",
            ["BRA", "MEX", "NOR"],
        ),
        ("France, Germany and Japan signed the pledge on Monday.", ["FRA", "DEU", "JPN"]),
        # (Session 10: the party joined is a signer too; two blind annotations of two say so.)
        ("Joining the US are Canada, Mexico and Chile.", ["USA", "CAN", "MEX", "CHL"]),
        ("Partners include Kenya; Ghana; and Senegal.", ["KEN", "GHA", "SEN"]),
        (
            "Sixty governments have endorsed it, including France, Germany and Japan.",
            ["FRA", "DEU", "JPN"],
        ),
        (
            "The declaration was signed by 40 states. They include Chile, Peru, and Uruguay.",
            ["CHL", "PER", "URY"],
        ),
    ],
)
def test_prose_enumerations_with_a_signing_cue(
    enum_nlp: Language, text: str, codes: list[str]
) -> None:
    assert [e.codes for e in enumerations(enum_nlp, text)] == [codes]


@pytest.mark.parametrize(
    "text",
    [
        "The internet is repressed in closed regimes such as Russia, China and Iran.",
        "The U.S. has accused Russia of attacks on Ukraine, Georgia and Moldova.",
        "The pact was signed by 40 states, but Russia, China and Iran stayed away.",
        "Russia, China and Iran have not signed the declaration.",
        "Participants included France, Germany and Japan.",
        "Ukraine, Moldova and Georgia want to join the EU.",
        "Companies from the United States, China and Japan signed voluntary commitments.",
        "Trade between France, Germany and Italy grew.",
        "France and Germany signed.",  # two names: below the three-entity threshold
        "The declaration, signed by 60 nations, rebukes autocracies such as Russia, China and Iran.",
        "Unlike France, Germany and Japan, the US did not sign.",
        "Leaders of France, Germany and Japan attended the summit, where 28 countries signed.",
        "France, Germany and Japan are expected to sign next year.",
        "Officials from France, Germany, Italy, and Spain said they would sign later.",
        "France, Germany and Japan launched national AI strategies last year.",
        "The US, Brazil and the Philippines withdrew from the pact.",
        "Chinese hackers targeted Japan, South Korea and Taiwan, officials said.",
        "Japan, India and Indonesia were among the countries that declined to sign.",
    ],
)
def test_incidental_mentions_are_not_enumerations(enum_nlp: Language, text: str) -> None:
    doc = enum_nlp(text)
    assert doc._.tally_enumerations == []
    assert {sp._.tally_role for sp in doc.spans["tally_entities"]} <= {"mention"}


def test_enumerations_survive_doc_serialisation(enum_nlp: Language) -> None:
    doc = enum_nlp("The pledge was signed by France, Germany and Japan.")
    restored = spacy.tokens.Doc(enum_nlp.vocab).from_bytes(doc.to_bytes())
    assert restored._.tally_enumerations == doc._.tally_enumerations
    assert [sp._.tally_role for sp in restored.spans["tally_entities"]] == ["signatory"] * 3


def test_cue_file_is_validated(tmp_path) -> None:
    bad = tmp_path / "cues.jsonl"
    bad.write_text('{"role": "cue", "pattern": "(unclosed"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="cues.jsonl:1"):
        load_enumeration_cues(str(bad))
    wrong_role = tmp_path / "roles.jsonl"
    wrong_role.write_text('{"role": "maybe", "pattern": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="role"):
        load_enumeration_cues(str(wrong_role))


@pytest.mark.parametrize(
    ("pattern", "bounded"),
    [
        (r"\bfoo|\bbar", True),
        (r"\bfoo|bar", False),
        (r"\b(?:a|b)c", True),  # the "|" inside a group is no top-level branch
        (r"\bx[|]|\by", True),  # nor one inside a character class
        (r"\b\(a|b", False),  # an escaped bracket opens no group
        ("abc", False),
    ],
)
def test_word_boundary_prefix_is_read_per_top_level_branch(pattern: str, bounded: bool) -> None:
    from nlp.components.enumerations import _starts_at_word_boundary

    assert _starts_at_word_boundary(pattern) is bounded
