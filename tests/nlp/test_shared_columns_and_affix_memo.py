"""Two speed measures that must change nothing: token columns read once per pipeline pass
(`nlp.components.columns`) and tokenizer affix searches that remember their answers
(`nlp.affix_memo`)."""

from __future__ import annotations

import pickle

import numpy as np
import pytest
import spacy
from spacy.attrs import LIKE_NUM, LOWER, ORTH, SENT_START, SPACY

from nlp.affix_memo import MemoizedSearch, memoize_affixes
from nlp.components import columns
from nlp.pipeline import adapt_tokenizer, build_nlp, new_nlp

TEXTS = [
    "The U.S.-led pledge, signed by 55 nations (and the EU), drew sixty-one backers.",
    "« L'Inde et d'Allemagne » ont signé; Kosovo* and Taiwan¹ joined the European Union.[3]",
    "Signatories: 27.\n\n• Albania\n• Andorra\n• Argentina — 12 Mar 2024; Côte d'Ivoire (2019)",
    'Twenty-six of the 61 signatories... don\'t count: "Ninety," said Mr. Smith at 10:30 a.m.',
    "",
    "E-mail info@example.org or see https://example.org/path?x=1 — 3.5% of 1,000 (approx.)",
]


def _to_array(doc: spacy.tokens.Doc) -> np.ndarray:
    return doc.to_array([ORTH, SPACY, SENT_START, LOWER, LIKE_NUM])


def test_columns_equal_doc_to_array_for_a_batch_and_for_one_doc() -> None:
    nlp = build_nlp()
    docs = [nlp.make_doc(text) for text in TEXTS * 3]
    expected = np.concatenate([_to_array(doc) for doc in docs])
    assert columns.read(docs).tolist() == expected.tolist()
    assert columns.read(docs[:1]).tolist() == _to_array(docs[0]).tolist()
    assert columns.read([]).shape == (0, 5)


def test_the_segmenter_keeps_columns_with_its_starts_and_the_last_component_lets_them_go() -> None:
    nlp = build_nlp()
    doc = nlp.make_doc(TEXTS[2])
    nlp.get_pipe("tally_sentences")(doc)
    kept = columns._KEPT.get(doc)
    assert kept is not None
    assert kept.tolist() == _to_array(doc).tolist()  # SENT_START as the segmenter set it
    assert columns.read([doc]) is kept
    for name in ("tally_entities", "tally_count_claims", "tally_enumerations"):
        nlp.get_pipe(name)(doc)
    assert doc not in columns._KEPT


def test_a_component_run_alone_reads_fresh_columns_and_finds_the_same() -> None:
    nlp = build_nlp()
    text = TEXTS[0] + " " + TEXTS[2]
    whole = nlp(text)
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        proc(doc)
        if name == "tally_sentences":
            columns.release([doc])  # as if the segmenter had run elsewhere
    assert [(s.start, s.end) for s in doc.spans["tally_claims"]] == [
        (s.start, s.end) for s in whole.spans["tally_claims"]
    ]
    assert doc._.tally_enumerations == whole._.tally_enumerations


def test_columns_kept_for_a_doc_of_another_length_are_not_used() -> None:
    nlp = build_nlp()
    doc = nlp.make_doc(TEXTS[0])
    columns.keep([doc], np.zeros((3, 5), dtype=np.uint64))
    assert columns.read([doc]).tolist() == _to_array(doc).tolist()
    columns.release([doc])


def _plain_tokenizer() -> spacy.language.Language:
    nlp = spacy.blank("en")
    adapt_tokenizer(nlp)
    for name in ("prefix_search", "suffix_search", "infix_finditer"):
        setattr(nlp.tokenizer, name, getattr(nlp.tokenizer, name)._method)
    return nlp


def test_remembered_affix_searches_give_the_same_tokens_on_every_pass() -> None:
    plain, memo = _plain_tokenizer(), new_nlp()
    assert isinstance(memo.tokenizer.suffix_search, MemoizedSearch)
    for _ in range(3):  # the later passes answer from what the first remembered
        for text in TEXTS:
            expected = [(t.text, t.whitespace_) for t in plain.make_doc(text)]
            assert [(t.text, t.whitespace_) for t in memo.make_doc(text)] == expected


def test_a_remembered_infix_search_can_be_read_again() -> None:
    search = MemoizedSearch(spacy.util.compile_infix_regex([r"-"]).finditer, many=True)
    first = [m.start() for m in search("a-b-c")]
    assert first == [1, 3]
    assert [m.start() for m in search("a-b-c")] == first


def test_remembered_answers_stop_at_the_limit_and_the_answers_stay_right() -> None:
    search = MemoizedSearch(spacy.util.compile_suffix_regex([r"\."]).search, limit=2)
    for text in ("a.", "b", "c.", "d."):
        assert (search(text) is not None) == text.endswith(".")
    assert list(search._answers) == ["a.", "b"]


def test_a_memoized_tokenizer_serialises_its_patterns_and_pickles() -> None:
    nlp = new_nlp()
    restored = spacy.blank("en")
    restored.tokenizer.from_bytes(nlp.tokenizer.to_bytes())
    text = TEXTS[1]
    assert [t.text for t in restored.make_doc(text)] == [t.text for t in nlp.make_doc(text)]
    copy = pickle.loads(pickle.dumps(nlp.tokenizer.suffix_search))
    assert copy._answers == {}  # (pickled without what it remembered)
    assert copy("Kosovo*").group() == "*"
    memoize_affixes(nlp.tokenizer)  # a second call wraps nothing twice
    assert not isinstance(nlp.tokenizer.suffix_search._method, MemoizedSearch)


def test_only_a_compiled_pattern_method_can_be_remembered() -> None:
    with pytest.raises(TypeError, match="compiled pattern"):
        MemoizedSearch(str.split)
