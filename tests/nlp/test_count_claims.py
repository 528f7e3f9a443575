"""Tests for `tally_count_claims`: real spaCy pipelines, short press-style sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

import nlp.components.count_claims  # noqa: F401  (registers the factory)
from nlp.components.count_claims import (
    ClaimPatternsError,
    load_claim_patterns,
    validate_claim_patterns,
)
from nlp.models import CLAIM_KINDS, QUALIFIERS, SCOPES, ClaimPart, CountClaim
from nlp.pipeline import analyze, build_nlp

Expected = tuple[int | None, str, str, str, str]  # value, qualifier, scope, kind, noun

# Real-press phrasing across many declarations; (text, principal, expected claims in order).
CASES: list[tuple[str, str, list[Expected]]] = [
    (
        "More than 100 countries signed the Global Methane Pledge at COP26 in Glasgow.",
        "USA",
        [(100, "more_than", "unspecified", "signatories", "country")],
    ),
    (
        "28 countries and the EU signed the Bletchley Declaration on AI safety.",
        "GBR",
        [(28, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "Over 40 countries endorsed the Political Declaration on Responsible Military Use of AI.",
        "USA",
        [(40, "more_than", "unspecified", "signatories", "country")],
    ),
    (
        "The Paris Call, now backed by 81 states, marks its fifth anniversary.",
        "FRA",
        [(81, "exact", "unspecified", "signatories", "state")],
    ),
    (
        "Some 190 nations adopted the Kunming-Montreal biodiversity framework.",
        "USA",
        [(190, "about", "unspecified", "signatories", "nation")],
    ),
    (
        "Nearly 200 countries agreed to transition away from fossil fuels.",
        "ARE",
        [(200, "nearly", "unspecified", "signatories", "country")],
    ),
    (
        "Dozens of countries signed the pledge on the sidelines of the summit.",
        "USA",
        [(None, "dozens", "unspecified", "signatories", "country")],
    ),
    (
        "The United States and 55 other nations signed the declaration on Thursday.",
        "USA",
        [(55, "exact", "excluding_principal", "signatories", "nation")],
    ),
    (
        "Britain is one of 61 countries that have endorsed the text.",
        "GBR",
        [(61, "exact", "including_principal", "signatories", "country")],
    ),
    (
        "Delegations from 100 countries attended the summit in Paris.",
        "FRA",
        [(100, "exact", "unspecified", "participants", "country")],
    ),
    (
        "Representatives of 28 nations attended the AI Safety Summit at Bletchley Park.",
        "GBR",
        [(28, "exact", "unspecified", "participants", "nation")],
    ),
    (
        "Fifty-five countries have signed the Artemis Accords.",
        "USA",
        [(55, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "Sixty one governments have endorsed the declaration.",
        "USA",
        [(61, "exact", "unspecified", "signatories", "government")],
    ),
    (
        "The accord now has sixty-one signatories.",
        "USA",
        [(61, "exact", "unspecified", "signatories", "signatory")],
    ),
    (
        "Fifty-eight (58) countries signed the joint statement.",
        "USA",
        [(58, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "At least 30 countries have pledged to triple renewable energy capacity.",
        "ARE",
        [(30, "at_least", "unspecified", "signatories", "country")],
    ),
    (
        "No fewer than 45 governments backed the resolution.",
        "USA",
        [(45, "at_least", "unspecified", "signatories", "government")],
    ),
    (
        "Roughly 70 states have ratified the convention.",
        "USA",
        [(70, "about", "unspecified", "signatories", "state")],
    ),
    (
        "Approximately 120 countries committed to the forest pledge.",
        "GBR",
        [(120, "about", "unspecified", "signatories", "country")],
    ),
    (
        "Almost 50 nations joined the coalition within a year.",
        "USA",
        [(50, "nearly", "unspecified", "signatories", "nation")],
    ),
    (
        "Close to 90 countries have signed up to the initiative.",
        "USA",
        [(90, "nearly", "unspecified", "signatories", "country")],
    ),
    (
        "Up to 20 more countries are expected to join the partnership next year.",
        "USA",
        [(20, "up_to", "unspecified", "other", "country")],
    ),
    (
        "Upwards of 60 countries have backed the Christchurch Call.",
        "NZL",
        [(60, "more_than", "unspecified", "signatories", "country")],
    ),
    (
        "In excess of 150 countries are now parties to the agreement.",
        "USA",
        [(150, "more_than", "unspecified", "signatories", "country")],
    ),
    (
        "Three more countries joined the declaration this week.",
        "USA",
        [(3, "exact", "unspecified", "joiners", "country")],
    ),
    (
        "Five new signatories were added to the Artemis Accords in January.",
        "USA",
        [(5, "exact", "unspecified", "joiners", "signatory")],
    ),
    (
        "Another 12 states joined the pledge in Dubai.",
        "ARE",
        [(12, "exact", "unspecified", "joiners", "state")],
    ),
    (
        "Eleven countries newly joined the pledge, bringing the total to 150.",
        "USA",
        [
            (11, "exact", "unspecified", "joiners", "country"),
            (150, "exact", "unspecified", "signatories", "country"),
        ],
    ),
    (
        "The number of signatories rose to 61 after Moldova signed on.",
        "USA",
        [(61, "exact", "unspecified", "signatories", "signatory")],
    ),
    (
        "Its signatories, which now number 72, meet every year.",
        "USA",
        [(72, "exact", "unspecified", "signatories", "signatory")],
    ),
    (
        "Since the launch, 61 have signed the declaration.",
        "USA",
        [(61, "exact", "unspecified", "signatories", "party")],
    ),
    (
        "The United States and more than 55 other countries pledged to keep the internet open.",
        "USA",
        [(55, "more_than", "excluding_principal", "signatories", "country")],
    ),
    (
        "The U.S. joined 60 countries in endorsing the declaration.",
        "USA",
        [(60, "exact", "excluding_principal", "signatories", "country")],
    ),
    (
        "U.S. joins 55 nations to set new global rules for the internet",
        "USA",
        [(55, "exact", "excluding_principal", "signatories", "nation")],
    ),
    (
        "The United States, together with 60 partners, launched the declaration.",
        "USA",
        [(60, "exact", "excluding_principal", "signatories", "partner")],
    ),
    (
        "France was joined by 50 countries in signing the call.",
        "FRA",
        [(50, "exact", "excluding_principal", "signatories", "country")],
    ),
    (
        "Sixty-one countries, including the United States, have signed.",
        "USA",
        [(61, "exact", "including_principal", "signatories", "country")],
    ),
    (
        "The declaration was signed by 61 nations, among them the US and Japan.",
        "USA",
        [(61, "exact", "including_principal", "signatories", "nation")],
    ),
    (
        "A group of 61 nations, among them the US, endorsed the principles.",
        "USA",
        [(61, "exact", "including_principal", "signatories", "nation")],
    ),
    (
        "The declaration counts 70 endorsers, not including the United States.",
        "USA",
        [(70, "exact", "excluding_principal", "signatories", "endorser")],
    ),
    (
        "Japan and 27 other countries signed the statement.",
        "USA",
        [(27, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "Canada and 27 other countries signed the statement.",
        "CAN",
        [(27, "exact", "excluding_principal", "signatories", "country")],
    ),
    (
        "The declaration was signed by all EU member states and 32 non-EU countries.",
        "USA",
        [(32, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "The 27 EU member states and 28 other countries endorsed the statement.",
        "USA",
        [(28, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "The EU, the US and 32 international partners endorsed the declaration.",
        "USA",
        [(32, "exact", "excluding_principal", "signatories", "partner")],
    ),
    (
        "Britain and 29 other nations attended the summit.",
        "GBR",
        [(29, "exact", "excluding_principal", "participants", "nation")],
    ),
    (
        "Some 2,000 delegates from more than 70 countries took part in the conference.",
        "USA",
        [(70, "more_than", "unspecified", "participants", "country")],
    ),
    (
        "Leaders of 20 nations gathered in Rome for the talks.",
        "ITA",
        [(20, "exact", "unspecified", "participants", "nation")],
    ),
    (
        "In all, 193 countries voted for the resolution.",
        "USA",
        [(193, "exact", "unspecified", "other", "country")],
    ),
    (
        "Fifty-five countries have not signed the treaty.",
        "USA",
        [(55, "exact", "unspecified", "other", "country")],
    ),
    (
        "Nine nuclear-armed states refused to join the treaty.",
        "USA",
        [(9, "exact", "unspecified", "other", "state")],
    ),
    (
        "The company has offices in 60 countries worldwide.",
        "USA",
        [(60, "exact", "unspecified", "other", "country")],
    ),
    (
        "About 90 countries were invited to the launch event.",
        "USA",
        [(90, "about", "unspecified", "other", "country")],
    ),
    (
        "The coalition aims to bring the number of members to 100 by 2025.",
        "USA",
        [(100, "exact", "unspecified", "other", "member")],
    ),
    (
        "The Counter Ransomware Initiative now has 68 members.",
        "USA",
        [(68, "exact", "unspecified", "signatories", "member")],
    ),
    (
        "The 40-nation initiative pledged to stop paying ransoms.",
        "USA",
        [(40, "exact", "unspecified", "signatories", "nation")],
    ),
    (
        "Scores of nations have signed the Paris Agreement.",
        "USA",
        [(None, "dozens", "unspecified", "signatories", "nation")],
    ),
    (
        "Several dozen countries endorsed the code of conduct.",
        "USA",
        [(None, "dozens", "unspecified", "signatories", "country")],
    ),
    (
        "The pact, launched with 105 signatories, has grown to 155 participants.",
        "USA",
        [
            (105, "exact", "unspecified", "signatories", "signatory"),
            (155, "exact", "unspecified", "signatories", "participant"),
        ],
    ),
    (
        "The number of participating countries grew from 15 to more than 30.",
        "USA",
        [
            (15, "exact", "unspecified", "signatories", "country"),
            (30, "more_than", "unspecified", "signatories", "country"),
        ],
    ),
    ("The declaration was launched on 28 April 2022.", "USA", []),
    ("April 28 was the day the declaration was signed.", "USA", []),
    ("The 2030 target was agreed in 2021.", "USA", []),
    ("It reclaims the promise of the internet in the 21st century.", "USA", []),
    ("The 3-page document sets out 6 principles.", "USA", []),
    ("Emissions must fall 45% by 2030 and $100 billion is needed.", "USA", []),
    ("Some 1,200 delegates and 300 journalists attended.", "USA", []),
    ("Article 55 of the charter applies to all members.", "USA", []),
    ("The meeting starts at 10:30 and ends at 18:00.", "USA", []),
    ("Call +1 202-555-0100 for details.", "USA", []),
    ("The G7 and the G-20 met in 2023.", "USA", []),
    ("She was 61 years old when she signed it.", "USA", []),
    ("Russia was the 36th country to ratify the convention.", "USA", []),
    ("The Group of Seven nations issued a statement.", "USA", []),
    ("The summit produced a 10-point plan.", "USA", []),
    # More real-press forms: hedged, suffixed, passive agents, people versus parties.
    (
        "Some 60-odd countries signed the code of conduct.",
        "USA",
        [(60, "about", "unspecified", "signatories", "country")],
    ),
    (
        "The charter was signed by representatives of 61 countries.",
        "USA",
        [(61, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "Leaders from 20 countries signed the declaration.",
        "USA",
        [(20, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "Around 1,500 participants from 80 countries attended.",
        "USA",
        [(80, "exact", "unspecified", "participants", "country")],
    ),
    (
        "Apart from the US, only 60 countries signed.",
        "USA",
        [(60, "exact", "excluding_principal", "signatories", "country")],
    ),
    (
        "Thirty-two countries, led by the United States, signed the declaration.",
        "USA",
        [(32, "exact", "including_principal", "signatories", "country")],
    ),
    (
        "The US did not sign; 60 other countries did.",
        "USA",
        [(60, "exact", "excluding_principal", "signatories", "country")],
    ),
    (
        "It was endorsed by the U.S. and 46 other states at the REAIM summit.",
        "USA",
        [(46, "exact", "excluding_principal", "signatories", "state")],
    ),
    (
        "Seven countries - Canada, France, Germany, Italy, Japan, the UK and the US - issued the statement.",
        "USA",
        [(7, "exact", "including_principal", "signatories", "country")],
    ),
    (
        "Ministers from 44 countries met in Stockholm, where 12 of them signed the charter.",
        "USA",
        [
            (44, "exact", "unspecified", "participants", "country"),
            (12, "exact", "unspecified", "signatories", "country"),
        ],
    ),
    (
        "COP28 closed with nearly 200 parties agreeing to transition away from fossil fuels.",
        "ARE",
        [(200, "nearly", "unspecified", "signatories", "party")],
    ),
    (
        "The Clean Energy Ministerial brings together 29 member countries.",
        "USA",
        [(29, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "A new push aims to bring the number of endorsing states to 100 by next year.",
        "USA",
        [(100, "exact", "unspecified", "other", "state")],
    ),
    (
        "Officials expect up to 30 more countries to endorse the declaration.",
        "USA",
        [(30, "up_to", "unspecified", "other", "country")],
    ),
    (
        "The declaration was drafted by 12 countries.",
        "USA",
        [(12, "exact", "unspecified", "other", "country")],
    ),
    (
        "Twelve countries withdrew from the treaty.",
        "USA",
        [(12, "exact", "unspecified", "other", "country")],
    ),
    (
        "Some 40 countries have yet to sign.",
        "USA",
        [(40, "about", "unspecified", "other", "country")],
    ),
    (
        "To defend a free and open internet, the US and 60 partners launched the declaration.",
        "USA",
        [(60, "exact", "excluding_principal", "signatories", "partner")],
    ),
    (
        "The statement is open to up to 20 additional signatories.",
        "KOR",
        [(20, "up_to", "unspecified", "other", "signatory")],
    ),
    (
        "At least 60 other nations are expected to join the United States in signing.",
        "USA",
        [(60, "at_least", "excluding_principal", "signatories", "nation")],
    ),
    (
        # A grouping's size is a count of its members, even when the grouping acts as one
        # (session 16: the annotated rows say so 35 times to 6; "the 193-member General
        # Assembly" stays `other`).
        "The 27-member bloc endorsed the statement.",
        "USA",
        [(27, "exact", "unspecified", "signatories", "member")],
    ),
    (
        "The 193-member General Assembly adopted the resolution.",
        "USA",
        [(193, "exact", "unspecified", "other", "member")],
    ),
    (
        "The Hiroshima AI Process Friends Group now includes 49 countries.",
        "JPN",
        [(49, "exact", "unspecified", "signatories", "country")],
    ),
    (
        "U.S., 60 Allies Sign Internet Declaration",
        "USA",
        [(60, "exact", "excluding_principal", "signatories", "ally")],
    ),
    (
        "More Than 40 Countries Sign Ransomware Pledge",
        "USA",
        [(40, "more_than", "unspecified", "signatories", "country")],
    ),
    ("Kenya joined as the 51st member.", "USA", []),
    ("The summit produced a 10-point plan and a 2-day programme.", "USA", []),
]


def _claims(text: str, principal: str = "USA") -> list[CountClaim]:
    return analyze(text, principal=principal).claims


@pytest.mark.parametrize(("text", "principal", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_press_sentence(text: str, principal: str, expected: list[Expected]) -> None:
    got = [(c.value, c.qualifier, c.scope, c.kind, c.noun) for c in _claims(text, principal)]
    assert got == expected


def test_claim_fields_are_contract_values_and_offsets_point_into_text() -> None:
    text = "Today the United States and more than 55 other countries signed it. 61 have now signed."
    for claim in _claims(text):
        assert claim.qualifier in QUALIFIERS and claim.scope in SCOPES and claim.kind in CLAIM_KINDS
        assert text[claim.start : claim.end] == claim.text
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
    first = _claims(text)[0]
    assert first.text == "more than 55 other countries"
    assert text[first.sentence_start : first.sentence_end].startswith("Today the United States")


def test_span_runs_from_qualifier_to_noun_and_excludes_scope_words() -> None:
    claim = _claims("The United States is one of 61 countries that signed.")[0]
    assert claim.text == "61 countries"
    assert _claims("Upwards of 60 like-minded partners joined.")[0].text == (
        "Upwards of 60 like-minded partners"
    )


def test_composite_with_group_lists_its_addends() -> None:
    claim = _claims("It was signed by all EU member states and 32 non-EU countries.")[0]
    assert claim.value == 32
    assert claim.parts == [
        ClaimPart(group="EUU", text="all EU member states"),
        ClaimPart(value=32, text="32 non-EU countries"),
    ]


def test_composite_with_counted_group_merges_into_one_claim() -> None:
    claims = _claims("The 27 EU member states and 28 other countries endorsed the statement.")
    assert len(claims) == 1
    assert [(p.value, p.group, p.code) for p in claims[0].parts] == [
        (27, "EUU", None),
        (28, None, None),
    ]


def test_composite_with_named_parties_keeps_the_principal_as_an_addend() -> None:
    claim = _claims("The EU, the US and 32 international partners endorsed the declaration.")[0]
    assert [(p.value, p.code) for p in claim.parts] == [(None, "EUU"), (None, "USA"), (32, None)]
    assert claim.noun == "partner" and claim.scope == "excluding_principal"
    after = _claims("28 countries and the EU signed the Bletchley Declaration.", "GBR")[0]
    assert [(p.value, p.code) for p in after.parts] == [(28, None), (None, "EUU")]


def test_count_beside_the_principal_alone_is_not_a_composite() -> None:
    claim = _claims("The United States and 55 other nations signed.")[0]
    assert claim.parts == [] and claim.scope == "excluding_principal"


def test_other_without_the_principal_in_the_sentence_is_unspecified() -> None:
    # A declaration whose principal is never named: "other" refers to someone else.
    claim = _claims("Its sponsor and 40 other countries signed the call.", "NZL")[0]
    assert claim.scope == "unspecified"


def test_other_after_a_sentence_about_the_principal_excludes_it() -> None:
    text = "The United States unveiled the declaration on Thursday. It was joined by 60 other countries."
    assert _claims(text)[0].scope == "excluding_principal"


def test_scope_follows_the_configured_principal() -> None:
    text = "France and 50 other countries signed the Paris Call."
    assert _claims(text, "FRA")[0].scope == "excluding_principal"
    assert _claims(text, "USA")[0].scope == "unspecified"


def test_several_claims_in_one_sentence_keep_their_own_kind() -> None:
    text = "Of the 92 countries that attended, 12, including India, declined to sign."
    got = [(c.value, c.kind, c.noun) for c in _claims(text, "UKR")]
    assert got == [(92, "participants", "country"), (12, "other", "country")]


def test_works_without_the_entity_component() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("tally_count_claims")
    doc = nlp("More than 55 countries signed. The 2030 target stands.")
    claims = [span._.tally_claim for span in doc.spans["tally_claims"]]
    assert [(c.value, c.qualifier, c.scope) for c in claims] == [(55, "more_than", "unspecified")]
    assert doc.spans["tally_claims"][0].label_ == "signatories"


def test_works_without_sentence_boundaries() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("tally_count_claims")
    doc = nlp("Some 60 nations endorsed the text")
    claim = doc.spans["tally_claims"][0]._.tally_claim
    assert (claim.value, claim.qualifier, claim.sentence_start) == (60, "about", 0)


def _pipeline(principal: str = "USA") -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("tally_count_claims", config={"principal": principal})
    return nlp


def test_to_bytes_from_bytes_round_trip() -> None:
    source = _pipeline("FRA")
    data = source.to_bytes()
    target = _pipeline("USA")
    target.from_bytes(data)
    assert target.get_pipe("tally_count_claims").principal == "FRA"
    text = "Nearly 200 countries agreed to the pact."
    restored, original = target(text), source(text)
    assert [s._.tally_claim for s in restored.spans["tally_claims"]] == [
        s._.tally_claim for s in original.spans["tally_claims"]
    ]


def test_to_disk_from_disk_round_trip(tmp_path) -> None:
    source = _pipeline("GBR")
    source.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.get_pipe("tally_count_claims").principal == "GBR"
    doc = loaded("Dozens of countries signed.")
    claim = doc.spans["tally_claims"][0]._.tally_claim
    assert (claim.value, claim.qualifier) == (None, "dozens")


def test_patterns_are_validated() -> None:
    patterns = load_claim_patterns()
    assert patterns.qualifiers["more than"] == "more_than"
    broken = dict(patterns.raw, qualifiers={"en": {"more than": "lots"}})
    with pytest.raises(ClaimPatternsError, match="unknown value"):
        validate_claim_patterns(broken)
    with pytest.raises(ClaimPatternsError, match="modifiers"):
        validate_claim_patterns(dict(patterns.raw, modifiers="other"))
    with pytest.raises(ClaimPatternsError):
        validate_claim_patterns(["not", "a", "mapping"])


def test_patterns_file_can_be_swapped(tmp_path) -> None:
    raw = dict(load_claim_patterns().raw)
    raw["nouns"] = {**raw["nouns"], "cantons": "canton"}
    path = tmp_path / "claims.yaml"
    import yaml

    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("tally_count_claims", config={"patterns_path": str(path)})
    doc = nlp("Twelve cantons signed the accord.")
    claim = doc.spans["tally_claims"][0]._.tally_claim
    assert (claim.value, claim.noun) == (12, "canton")


FRENCH_CASES: list[tuple[str, str, list[Expected]]] = [
    (
        "Une soixantaine de pays ont signé la déclaration.",
        "USA",
        [(60, "about", "unspecified", "signatories", "pays")],
    ),
    (
        "Plus de 55 pays et les États-Unis ont adopté la déclaration.",
        "USA",
        [(55, "more_than", "excluding_principal", "signatories", "pays")],
    ),
    (
        "Soixante et un pays ont signé.",
        "USA",
        [(61, "exact", "unspecified", "signatories", "pays")],
    ),
    (
        "Des dizaines de pays ont soutenu l'appel.",
        "USA",
        [(None, "dozens", "unspecified", "signatories", "pays")],
    ),
    (
        "La France et 50 autres pays ont signé l'Appel.",
        "FRA",
        [(50, "exact", "excluding_principal", "signatories", "pays")],
    ),
    (
        "Vingt-sept pays, dont la France, ont soutenu le texte.",
        "FRA",
        [(27, "exact", "including_principal", "signatories", "pays")],
    ),
    (
        "Quatre-vingt-un États soutiennent aujourd'hui l'Appel de Paris.",
        "FRA",
        [(81, "exact", "unspecified", "signatories", "état")],
    ),
]


@pytest.mark.parametrize(
    ("text", "principal", "expected"), FRENCH_CASES, ids=[c[0][:40] for c in FRENCH_CASES]
)
def test_french_sentence(text: str, principal: str, expected: list[Expected]) -> None:
    got = [(c.value, c.qualifier, c.scope, c.kind, c.noun) for c in _claims(text, principal)]
    assert got == expected


def test_pipeline_is_built_once_per_principal() -> None:
    assert build_nlp("USA") is build_nlp("USA")
    assert "tally_count_claims" in build_nlp("USA").pipe_names
