"""`tally_sentences`: rule-based sentence boundaries that respect paragraphs, list items and abbreviations.

Boundaries are found with regular expressions over `doc.text` and written in one array
operation, so the cost does not grow with a Python loop over tokens.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import srsly
import yaml
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

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
    """Character offsets where a sentence starts (the first non-space character)."""
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


class SentenceSegmenter:
    """Sets `token.is_sent_start` for every token from text-level rules."""

    def __init__(self, nlp: Language, name: str, rules_path: str | None = None) -> None:
        self.name = name
        self.rules_path = rules_path
        self.rules = load_sentence_rules(rules_path)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        offsets = np.asarray(sentence_start_offsets(doc.text, self.rules), dtype=np.int64)
        token_idx = doc.to_array("IDX").astype(np.int64)
        flags = np.full(n, -1, dtype=np.int64)
        flags[0] = 1
        if len(offsets):
            # A boundary falls on the first token at or after its character offset.
            positions = np.searchsorted(token_idx, offsets, side="left")
            flags[positions[positions < n]] = 1
        doc.from_array([SENT_START], flags.astype(np.uint64).reshape(-1, 1))
        return doc

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """Serialise the component's configuration."""
        return srsly.msgpack_dumps({"rules_path": self.rules_path})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> SentenceSegmenter:
        """Restore the configuration written by `to_bytes`."""
        cfg: dict[str, Any] = srsly.msgpack_loads(data)
        self.rules_path = cfg.get("rules_path")
        self.rules = load_sentence_rules(self.rules_path)
        return self


@Language.factory("tally_sentences", default_config={"rules_path": None})
def make_sentences(nlp: Language, name: str, rules_path: str | None) -> SentenceSegmenter:
    """Factory for `tally_sentences`."""
    return SentenceSegmenter(nlp, name, rules_path)
