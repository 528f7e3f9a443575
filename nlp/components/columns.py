"""Token columns read once per Doc and shared by the Tally components of one pipeline pass.

Three components read whole-Doc columns: the segmenter (ORTH, SPACY), the claim reader
(LOWER, LIKE_NUM, SENT_START) and the enumeration finder (ORTH, SPACY, SENT_START). Each
reading them with its own `Doc.to_array` cost three passes over every token, about a fifth of
what the four components spend together on ordinary news text.

So `tally_sentences` reads them once (`read`: ORTH, SPACY and SENT_START with one
`Doc.to_array`, LOWER and LIKE_NUM looked up per distinct string from the ORTH column), writes
the sentence starts it sets into the SENT_START column, and keeps the columns for the Doc
(`keep`). `tally_count_claims` and `tally_enumerations` take the kept columns (`read`), and
`tally_enumerations`, the last component, lets them go (`release`). A Doc nobody kept columns for (a component run on its
own, a Doc made elsewhere, one whose length has changed) gets fresh columns from
`Doc.to_array`, so each component still works alone.

The columns live in a table keyed weakly by the Doc, not in `Doc.user_data`: they are scratch
for one pass and must not travel with the Doc (`Doc.to_bytes`, `nlp.pipe(n_process=2)`), and
a Doc that is dropped early takes its entry with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import LIKE_NUM, LOWER, ORTH, SENT_START, SPACY
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from nlp.components.lexflags import StringValues

# Column positions in every array this module hands out.
ORTH_COL, SPACY_COL, SENT_START_COL, LOWER_COL, LIKE_NUM_COL = range(5)
_READ = [ORTH, SPACY, SENT_START]  # from `Doc.to_array`; the other two from the ORTH column

_KEPT: WeakKeyDictionary[Doc, np.ndarray] = WeakKeyDictionary()
# Keyed by the vocabulary's LOWER and LIKE_NUM getters (a language's module functions): the
# values depend on nothing else (`Vocab` takes no weak references, so it cannot be the key).
_TABLES: dict[tuple[Any, Any], tuple[StringValues, StringValues]] = {}


def _tables(vocab: Vocab) -> tuple[StringValues, StringValues] | None:
    """Per token string: the hash of its lower-case form and its LIKE_NUM flag, computed with
    the vocabulary's own lexeme attribute getters (so they equal `Doc.to_array`'s, which reads
    the values those getters stored in each lexeme), but looked up in bulk by ORTH id:
    `Doc.to_array` pays for every attribute it reads, token by token."""
    getters = vocab.lex_attr_getters
    key = (getters.get(LOWER), getters.get(LIKE_NUM))
    if None in key:
        return None  # (a language without them: `Doc.to_array` reads what the lexemes hold)
    tables = _TABLES.get(key)
    if tables is None:
        lower, like_num = key
        tables = _TABLES[key] = (
            StringValues(lambda text: get_string_id(lower(text))),
            StringValues(lambda text: int(bool(like_num(text)))),
        )
    return tables


def _fresh(docs: Sequence[Doc], sent_starts: bool = True) -> np.ndarray:
    """The five columns of `docs`, concatenated, from `Doc.to_array` and the string tables
    (SENT_START left 0 unless `sent_starts`: the segmenter sets it)."""
    vocab = docs[0].vocab
    tables = _tables(vocab)
    if tables is None:
        return np.concatenate([doc.to_array([*_READ, LOWER, LIKE_NUM]) for doc in docs])
    attrs = _READ if sent_starts else _READ[:SENT_START_COL]
    parts = [doc.to_array(attrs) for doc in docs]
    base = parts[0] if len(parts) == 1 else np.concatenate(parts)
    cols = np.zeros((len(base), 5), dtype=np.uint64)
    cols[:, : base.shape[1]] = base
    orths = base[:, ORTH_COL]
    lower, like_num = tables
    cols[:, LOWER_COL] = lower.values(orths, vocab.strings)
    cols[:, LIKE_NUM_COL] = like_num.values(orths, vocab.strings)
    return cols


def read(docs: Sequence[Doc], sent_starts: bool = True) -> np.ndarray:
    """The columns of `docs` (ORTH, SPACY, SENT_START, LOWER, LIKE_NUM; one row per token),
    concatenated in order: kept ones where they still fit the Doc, fresh ones otherwise.

    `sent_starts=False` (the segmenter, which sets them) may leave fresh SENT_START at 0."""
    if not docs:
        return np.zeros((0, 5), dtype=np.uint64)
    kept = [_KEPT.get(doc) for doc in docs]
    if all(c is not None and len(c) == len(doc) for c, doc in zip(kept, docs, strict=True)):
        return kept[0] if len(kept) == 1 else np.concatenate(kept)
    if not any(c is not None for c in kept):
        return _fresh(docs, sent_starts)
    parts = [
        c if c is not None and len(c) == len(doc) else _fresh([doc], sent_starts)
        for c, doc in zip(kept, docs, strict=True)
    ]
    return np.concatenate(parts)


def keep(docs: Sequence[Doc], cols: np.ndarray) -> None:
    """Keep each Doc's rows of the batch columns `cols` (as `read` returned them) for the
    components after this one."""
    at = 0
    for doc in docs:
        n = len(doc)
        _KEPT[doc] = cols[at : at + n]
        at += n


def release(docs: Sequence[Doc]) -> None:
    """Forget the kept columns of `docs` (the last reader calls this)."""
    for doc in docs:
        _KEPT.pop(doc, None)
