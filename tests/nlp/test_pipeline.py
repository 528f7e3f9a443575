"""Pipeline assembly: sentence boundaries, the analyze entry points, serialisation, multiprocessing."""

from __future__ import annotations

import json
from functools import cache

import pytest
import spacy

from nlp.components.lexflags import LexemeFlags
from nlp.components.sentences import load_sentence_rules, sentence_start_offsets
from nlp.models import CountClaim, TextAnalysis
from nlp.pipeline import adapt_tokenizer, analyze, analyze_many, build_nlp, new_nlp

ARTICLE = (
    "U.S. joins 55 nations to set new global rules for the internet\n"
    "The United States and 55 other nations on Thursday signed a political commitment, at a "
    "time when the U.S. has accused Russia of attacks on Ukraine.\n\n"
    "Those endorsing the Declaration include Albania, Andorra, Argentina, the European "
    "Commission, Taiwan and Kosovo. Mr. Smith of Washington, D.C. welcomed it."
)


@cache
def _segmenter() -> spacy.language.Language:
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    nlp.add_pipe("tally_sentences")
    return nlp


def sentences(text: str) -> list[str]:
    """Sentences from the component, checked against the text-level reference rules."""
    doc = _segmenter()(text)
    found = [sent.text.strip() for sent in doc.sents]
    starts = sentence_start_offsets(text, load_sentence_rules())
    bounds = [0, *starts, len(text)]
    reference = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    assert found == [r for r in reference if r]
    return found


def test_sentences_in_a_batch_equal_sentences_one_by_one() -> None:
    """`pipe` segments many Docs in one array pass; Doc boundaries must not leak."""
    texts = [
        "Ends with a stop.",
        "Next doc.",
        "U.S.",
        "\nStarts with a break\nand wraps",
        '"Quoted."',
        "",
        "1. Palau\n2. Peru",
        "A stop. Then more. Mr. Smith went.  Two spaces.",
    ]
    nlp = _segmenter()
    one = [[t.is_sent_start for t in nlp(text)] for text in texts]
    batched = [[t.is_sent_start for t in doc] for doc in nlp.pipe(texts, batch_size=4)]
    assert batched == one
    assert one[-1].count(True) == 4


def test_lexeme_flags_match_their_predicates_through_cache_and_collisions() -> None:
    nlp = spacy.blank("en")
    flags = LexemeFlags({"upper": str.isupper, "digit": str.isdigit, "dot": lambda t: t == "."})
    words = [f"w{i}" for i in range(3000)] + ["ABC", "123", ".", "ABC"]
    doc = nlp(" ".join(words))
    orths = doc.to_array("ORTH")
    for _ in range(2):  # the second pass reads the table filled (and resized) by the first
        cols = flags.columns(orths, nlp.vocab.strings)
        for name, predicate in (("upper", str.isupper), ("digit", str.isdigit)):
            assert cols[name].tolist() == [predicate(t.text) for t in doc]
        assert cols["dot"].tolist() == [t.text == "." for t in doc]
    assert flags.columns(orths[:0], nlp.vocab.strings)["upper"].tolist() == []


# --- sentences ---------------------------------------------------------------------------


def test_sentences_respect_abbreviations() -> None:
    text = (
        "The U.S. and the U.K. met in Washington, D.C. on Jan. 5. Mr. Smith agreed. Dr. Li did too."
    )
    assert sentences(text) == [
        "The U.S. and the U.K. met in Washington, D.C. on Jan. 5.",
        "Mr. Smith agreed.",
        "Dr. Li did too.",
    ]


def test_abbreviation_at_sentence_end_before_a_sentence_starter() -> None:
    assert sentences("It joined the U.S. The pact grew, e.g. in Asia. John F. Kennedy spoke.") == [
        "It joined the U.S.",
        "The pact grew, e.g. in Asia.",
        "John F. Kennedy spoke.",
    ]


def test_capitalised_words_before_a_period_still_end_sentences() -> None:
    assert sentences("It joined the EU. France agreed. So did the UK.") == [
        "It joined the EU.",
        "France agreed.",
        "So did the UK.",
    ]


def test_line_breaks_end_headlines_and_list_items() -> None:
    text = 'Headline without a stop\nSignatories:\n- France\n- Germany\n\nHe said "yes." 60 signed.'
    assert sentences(text) == [
        "Headline without a stop",
        "Signatories:",
        "- France",
        "- Germany",
        'He said "yes."',
        "60 signed.",
    ]


def test_hard_wrapped_prose_continues_over_a_line_break() -> None:
    assert sentences("The declaration was signed\nby sixty countries today.") == [
        "The declaration was signed\nby sixty countries today."
    ]


def test_numbered_items_are_not_sentence_ends() -> None:
    assert sentences("Signatories:\n1. Palau\n2. Peru") == ["Signatories:", "1. Palau", "2. Peru"]


# --- analyze -----------------------------------------------------------------------------


def test_build_nlp_is_cached_per_principal_and_ordered() -> None:
    assert build_nlp("USA") is build_nlp("USA")
    assert build_nlp("USA") is not build_nlp("FRA")
    assert build_nlp().pipe_names == [
        "tally_sentences",
        "tally_entities",
        "tally_count_claims",
        "tally_enumerations",
    ]
    assert build_nlp("FRA").get_pipe("tally_count_claims").principal == "FRA"


def test_analyze_fills_offsets_roles_and_sentences() -> None:
    result = analyze(ARTICLE)
    assert isinstance(result, TextAnalysis)
    for ent in result.entities:
        assert ARTICLE[ent.start : ent.end] == ent.text
        sentence = ARTICLE[ent.sentence_start : ent.sentence_end]
        assert ent.text in sentence and sentence == sentence.strip()
    codes = {(e.code, e.role) for e in result.entities}
    assert ("RUS", "mention") in codes and ("UKR", "mention") in codes
    assert {("ALB", "signatory"), ("EUC", "signatory"), ("TWN", "signatory")} <= codes
    assert [e.codes for e in result.enumerations] == [["ALB", "AND", "ARG", "EUC", "TWN", "XKX"]]
    kinds = {e.code: e.kind for e in result.entities}
    assert kinds["XKX"] == "partially_recognized" and kinds["EUC"] == "supranational"


def test_claims_carry_their_sentence() -> None:
    result = analyze(ARTICLE)
    assert result.claims, "the count-claim component finds '55 other nations'"
    for claim in result.claims:
        assert isinstance(claim, CountClaim)
        assert ARTICLE[claim.start : claim.end] == claim.text
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
    first = result.claims[0]
    assert ARTICLE[first.sentence_start : first.sentence_end].startswith("U.S. joins 55 nations")


def test_contract_is_json_and_has_the_design_keys() -> None:
    contract = json.loads(json.dumps(analyze(ARTICLE).to_contract()))
    assert set(contract) == {"entities", "claims", "enumerations"}
    assert set(contract["entities"][0]) == {"text", "start", "end", "code", "kind"}
    assert set(contract["enumerations"][0]) == {"start", "end", "codes"}
    assert contract["entities"][0] == {
        "text": "U.S.",
        "start": 0,
        "end": 4,
        "code": "USA",
        "kind": "state",
    }


def test_empty_text() -> None:
    assert analyze("").to_contract() == {"entities": [], "claims": [], "enumerations": []}


def test_pipeline_to_bytes_from_bytes_round_trip() -> None:
    data = build_nlp("USA").to_bytes()
    restored = new_nlp("FRA").from_bytes(data)
    assert restored.get_pipe("tally_count_claims").principal == "USA"
    assert restored.get_pipe("tally_enumerations").min_entities == 3
    original = build_nlp("USA")(ARTICLE)
    again = restored(ARTICLE)
    assert [(s.text, s.label_) for s in again.spans["tally_entities"]] == [
        (s.text, s.label_) for s in original.spans["tally_entities"]
    ]
    assert again._.tally_enumerations == original._.tally_enumerations


def test_docs_with_claims_survive_to_bytes() -> None:
    doc = build_nlp()(ARTICLE)
    restored = spacy.tokens.Doc(build_nlp().vocab).from_bytes(doc.to_bytes())
    claims = [sp._.tally_claim for sp in restored.spans["tally_claims"]]
    assert claims and all(isinstance(c, CountClaim) for c in claims)
    assert claims == [sp._.tally_claim for sp in doc.spans["tally_claims"]]


@pytest.mark.parametrize("n_process", [2])
def test_analyze_many_in_several_processes_matches_one(n_process: int) -> None:
    texts = [ARTICLE, "France, Germany and Japan signed the pledge.", "", "No names here."]
    one = analyze_many(texts, n_process=1)
    many = analyze_many(texts, n_process=n_process, batch_size=1)
    assert many == one
    assert one[1].enumerations[0].codes == ["FRA", "DEU", "JPN"]
    assert [a.text for a in many] == texts


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("U.S.-led", ["U.S.", "-", "led"]),
        ("the U.K.-backed plan", ["the", "U.K.", "-", "backed", "plan"]),
        ("US-led", ["US", "-", "led"]),
        ("e.g.-style", ["e.g.-style"]),  # lower-case abbreviation: left alone
        ("Kosovo*", ["Kosovo", "*"]),
        ("Canada†‡", ["Canada", "†‡"]),
        ("Taiwan¹,", ["Taiwan", "¹", ","]),
        ("5*", ["5", "*"]),
        ("l'Inde", ["l'", "Inde"]),
        ("l'accord", ["l'accord"]),
        # A citation glued to a sentence's end or a name, as encyclopedia text carries them.
        ("the European Union.[3]", ["the", "European", "Union", ".", "[3]"]),
        ("Kosovo[12],", ["Kosovo", "[12]", ","]),
    ],
)
def test_tokenizer_tweaks(text: str, tokens: list[str]) -> None:
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    assert [t.text for t in nlp.make_doc(text)] == tokens
