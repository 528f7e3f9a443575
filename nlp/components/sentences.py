"""`tally_sentences`: rule-based sentence boundaries that respect paragraphs, list items and abbreviations.

The rules are decided per token string, once, as bit flags (`nlp.components.lexflags`): is it
terminal punctuation, an abbreviation, a sentence starter, a line break... A batch of Docs is
then segmented from their concatenated ORTH/SPACY columns with numpy alone: no Token objects,
no `doc.text`, no Python loop over tokens. `nlp.pipe` uses `pipe` (one pass per batch).

`sentence_start_offsets` applies the same rules to plain text; tests check the two agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, partial
from pathlib import Path
from typing import Any

import numpy as np
import srsly
import yaml
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from nlp.components import columns
from nlp.components.lexflags import LexemeFlags

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"

# A run of terminal punctuation with closing quotes/brackets, then space, then what opens a
# sentence: a capital, a digit, or an opening quote/bracket.
_TERMINAL = re.compile(r"[.!?…]+[\"”’')\]]*(?=[^\S\n]+[\"“‘'(\[]?[A-Z0-9À-Ý])")
# Every line break; whether it ends a sentence is decided from the characters around it.
_NEWLINE = re.compile(r"\n[ \t\r\f\v]*(\n)?\s*")
_WORD_BEFORE = re.compile(r"(\S+)$")
_WORD_AFTER = re.compile(r"\s*[\"“‘'(\[]?([A-Za-z]+)")
_ACRONYM = re.compile(r"^[\"“‘'(\[]?(?:(?:[A-Za-z]\.){2,}|[A-Z]\.)$")  # "U.S.", "e.g.", "F."
_ITEM_NUMBER = re.compile(r"^(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})\.$")
_LINE_END_OPEN = frozenset(".!?:;\"”'’…)")
# Token shapes for the per-lexeme flags.
_TERMINAL_TOKEN = re.compile(r"^[.!?…]+$")
_DOTTED_WORD = re.compile(r"^\S*[^\W\d_]\S*\.$")  # "U.S.", "Mr.", "etc.": may end a sentence
_CLOSING_TOKEN = re.compile(r"^[\"”’')\]]+$")
_OPENING_TOKEN = re.compile(r"^[\"“‘'(\[]+$")
_OPENS_SENTENCE = re.compile(r"^[A-Z0-9À-Ý]")


@cache
def load_sentence_rules(path: str | None = None) -> dict[str, frozenset[str]]:
    """Load and validate `nlp/patterns/sentence_rules.yaml` (abbreviations, starters)."""
    file = Path(path) if path else PATTERNS_DIR / "sentence_rules.yaml"
    with file.open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    rules: dict[str, frozenset[str]] = {}
    for key in ("abbreviations", "terminal_abbreviations", "sentence_starters"):
        values = raw.get(key)
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            raise ValueError(f"{file}: {key!r} must be a list of strings")
        rules[key] = frozenset(values)
    return rules


def sentence_start_offsets(text: str, rules: dict[str, frozenset[str]]) -> list[int]:
    """Character offsets where a sentence starts (the first non-space character).

    The plain-text form of the component's rules, for callers without a Doc and for tests.
    """
    starts: list[int] = []
    for m in _NEWLINE.finditer(text):
        nxt = m.end()
        if nxt >= len(text):
            continue
        blank_line = m.group(1) is not None
        # A single newline inside running prose (hard-wrapped text) continues the sentence.
        if not blank_line and text[nxt].islower():
            last = m.start() - 1
            while last >= 0 and text[last] in " \t\r\f\v":  # no slicing: O(1) per line
                last -= 1
            if last >= 0 and text[last] not in _LINE_END_OPEN:
                continue
        starts.append(nxt)
    for m in _TERMINAL.finditer(text):
        word_m = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.end())
        word = word_m.group(1) if word_m else ""
        after_m = _WORD_AFTER.match(text, m.end())
        next_word = after_m.group(1) if after_m else ""
        if word in rules["abbreviations"] and word not in rules["terminal_abbreviations"]:
            continue
        if _ITEM_NUMBER.match(word) and word_m is not None:
            line_start = word_m.start(1)
            if line_start == 0 or text[line_start - 1] == "\n":
                continue  # "1. Micronesia": a numbered list item, not a sentence end
        if word in rules["terminal_abbreviations"] or _ACRONYM.match(word):
            # "the U.S. The pact" ends a sentence; "U.S. President" or "John F. Kennedy" do not.
            if next_word not in rules["sentence_starters"]:
                continue
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt < len(text):
            starts.append(nxt)
    return sorted(set(starts))


def _shape(pattern: re.Pattern[str], text: str) -> bool:
    return pattern.match(text) is not None


def _newline(text: str) -> bool:
    return "\n" in text


def _blank_line(text: str) -> bool:
    return text.count("\n") >= 2 and text.isspace()


def _line_end_open(text: str) -> bool:
    return text[-1:] in _LINE_END_OPEN


def _lower_start(text: str) -> bool:
    return text[:1].islower()


def _member(words: frozenset[str], suffix: str, text: str) -> bool:
    return text + suffix in words


def _acronym_or_terminal(words: frozenset[str], suffix: str, text: str) -> bool:
    word = text + suffix
    return word in words or _ACRONYM.match(word) is not None


def _item_number(suffix: str, text: str) -> bool:
    return _ITEM_NUMBER.match(text + suffix) is not None


# Names of the per-string flags (the `LexemeFlags` columns the segmenter reads).
_FLAGS = (
    "terminal",  # ".", "!", "?!", "…"
    "dotted",  # a word ending in "." ("U.S.", "Mr.", "etc.")
    "closing",  # closing quote or bracket
    "opening",  # opening quote or bracket
    "opens",  # starts with a capital or digit
    "newline",
    "blank",  # two line breaks: a paragraph break
    "line_end",  # ends with punctuation that may close a line
    "lower",  # starts with a lower-case letter
    "abbrev",  # a dotted word that never ends a sentence ("Mr.", "Jan.")
    "abbrev_base",  # ... split from its period ("Mr" ".")
    "term_abbrev",  # ends a sentence only before a starter ("U.S.", "etc.", "F.")
    "term_abbrev_base",
    "starter",  # a word that opens sentences ("The", "It")
    "item",  # "1.", "a.", "iv." (a numbered list item when it opens a line)
    "item_base",  # "1" before a split "."
    "space",  # a whitespace token
)


def _flag_getters(rules: dict[str, frozenset[str]]) -> dict[str, Any]:
    """Per-string predicates; picklable, as `nlp.pipe(n_process>1)` pickles the component."""
    never_end = frozenset(rules["abbreviations"] - rules["terminal_abbreviations"])
    terminal = rules["terminal_abbreviations"]
    return {
        "terminal": partial(_shape, _TERMINAL_TOKEN),
        "dotted": partial(_shape, _DOTTED_WORD),
        "closing": partial(_shape, _CLOSING_TOKEN),
        "opening": partial(_shape, _OPENING_TOKEN),
        "opens": partial(_shape, _OPENS_SENTENCE),
        "newline": _newline,
        "blank": _blank_line,
        "line_end": _line_end_open,
        "lower": _lower_start,
        "abbrev": partial(_member, never_end, ""),
        "abbrev_base": partial(_member, never_end, "."),
        "term_abbrev": partial(_acronym_or_terminal, terminal, ""),
        "term_abbrev_base": partial(_acronym_or_terminal, terminal, "."),
        "starter": partial(_member, rules["sentence_starters"], ""),
        "item": partial(_item_number, ""),
        "item_base": partial(_item_number, "."),
        "space": str.isspace,
    }


def _line_break_starts(
    f: dict[str, np.ndarray], first: np.ndarray, last: np.ndarray, starts: np.ndarray
) -> None:
    """After a line break a sentence starts, unless hard-wrapped prose runs on.

    `first`/`last` mark each Doc's first and last token: a batch of Docs is one array.
    """
    nl = np.flatnonzero(f["newline"] & ~last)
    if not len(nl):
        return
    prev = np.maximum(nl - 1, 0)
    # "…the declaration\nwas signed": a single break, a lower-case word, no closing mark.
    runs_on = ~f["blank"][nl] & f["lower"][nl + 1] & ~first[nl] & ~f["line_end"][prev]
    starts[nl[~runs_on] + 1] = True


def _terminal_starts(
    f: dict[str, np.ndarray],
    ws: np.ndarray,
    first: np.ndarray,
    last: np.ndarray,
    starts: np.ndarray,
) -> None:
    """Terminal punctuation, closing quotes, a space, then a capital: a sentence start.

    `ws` is each token's trailing-space flag; nothing looks across a Doc boundary.
    """
    is_space = f["space"]
    cand = np.flatnonzero(f["terminal"] | f["dotted"])
    if not len(cand):
        return
    end = cand.copy()  # the last token of the terminal run with its closing quotes
    for _ in range(2):
        step = ~last[end] & ~ws[end]
        step[step] &= f["closing"][end[step] + 1]
        end = end + step
    # Next comes a space: the token's trailing space, or a space token without a line break.
    ok = ~last[end]
    nxt = np.where(ok, end + 1, end)
    spaced = ws[end]
    # A space token holds the whitespace beyond one space ("left.  Two").
    extra = ok & is_space[nxt] & ~f["newline"][nxt]
    ok &= spaced | extra
    ok &= ~(extra & last[nxt])
    nxt = np.where(extra & ok, nxt + 1, nxt)
    ok &= ~is_space[nxt]
    # Then a capital or digit, possibly behind an opening quote or bracket.
    quoted = ok & f["opening"][nxt] & ~ws[nxt] & ~last[nxt]
    word = np.where(quoted, nxt + 1, nxt)
    ok &= f["opens"][word]
    # The word the period ends: the dotted token itself, or the token glued before a ".".
    dotted = f["dotted"][cand]
    glued = ~dotted & ~first[cand]
    before = np.where(glued, cand - 1, cand)
    glued &= ~ws[before] & ~is_space[before]
    abbrev = np.where(dotted, f["abbrev"][cand], glued & f["abbrev_base"][before])
    term = np.where(dotted, f["term_abbrev"][cand], glued & f["term_abbrev_base"][before])
    # "1. Micronesia" at the start of a line is a numbered item, not a sentence end.
    head = np.where(dotted, cand, before)
    at_line_start = first[head] | f["newline"][np.maximum(head - 1, 0)]
    item = np.where(dotted, f["item"][cand], glued & f["item_base"][before]) & at_line_start
    ok &= ~abbrev & ~item
    # "the U.S. The pact" ends a sentence; "U.S. President" does not.
    ok &= ~term | f["starter"][word]
    starts[nxt[ok]] = True


class SentenceSegmenter:
    """Sets `token.is_sent_start` for every token from per-lexeme flags."""

    def __init__(self, nlp: Language, name: str, rules_path: str | None = None) -> None:
        self.name = name
        self.rules_path = rules_path
        self._install(load_sentence_rules(rules_path))

    def _install(self, rules: dict[str, frozenset[str]]) -> None:
        self.rules = rules
        getters = _flag_getters(rules)
        # Each predicate runs once per distinct token string; a Doc reads them in bulk.
        self.flags = LexemeFlags({name: getters[name] for name in _FLAGS})

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            self._segment_batch([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Segment Docs a batch at a time: one vectorised pass over the batch's tokens."""
        for batch in minibatch(docs, size=batch_size):
            sized = [doc for doc in batch if len(doc)]
            if sized:
                self._segment_batch(sized)
            yield from batch

    def _segment_batch(self, docs: list[Doc]) -> None:
        cols = columns.read(docs, sent_starts=False)  # (read once for the pipeline: kept below)
        lengths = np.fromiter((len(doc) for doc in docs), dtype=np.int64, count=len(docs))
        ends = np.cumsum(lengths)
        first = np.zeros(len(cols), dtype=bool)
        first[ends - lengths] = True
        last = np.zeros(len(cols), dtype=bool)
        last[ends - 1] = True
        f = self.flags.columns(cols[:, columns.ORTH_COL], docs[0].vocab.strings)
        starts = first.copy()
        ws = cols[:, columns.SPACY_COL].astype(bool)
        _line_break_starts(f, first, last, starts)
        _terminal_starts(f, ws, first, last, starts)
        values = np.where(starts, 1, -1).astype(np.int64).astype(np.uint64).reshape(-1, 1)
        for doc, stop, size in zip(docs, ends.tolist(), lengths.tolist(), strict=True):
            doc.from_array([SENT_START], values[stop - size : stop])
        cols[:, columns.SENT_START_COL] = values[:, 0]  # as `Doc.to_array` now reads them
        columns.keep(docs, cols)

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """Serialise the component's configuration."""
        return srsly.msgpack_dumps({"rules_path": self.rules_path})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> SentenceSegmenter:
        """Restore the configuration written by `to_bytes`."""
        cfg: dict[str, Any] = srsly.msgpack_loads(data)
        if cfg.get("rules_path") != self.rules_path:
            self.rules_path = cfg.get("rules_path")
            self._install(load_sentence_rules(self.rules_path))
        return self


@Language.factory("tally_sentences", default_config={"rules_path": None})
def make_sentences(nlp: Language, name: str, rules_path: str | None) -> SentenceSegmenter:
    """Factory for `tally_sentences`."""
    return SentenceSegmenter(nlp, name, rules_path)
