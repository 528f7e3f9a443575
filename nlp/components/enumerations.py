"""`tally_enumerations`: lists that name parties as signatories or endorsers.

An enumeration is a run of at least `min_entities` (default 3) distinct entities from
`doc.spans["tally_entities"]` joined only by list glue (commas, "and", semicolons, articles,
short parentheticals) or by list-item line breaks (bullets, numbering, short headings), with a
signing cue from `nlp/patterns/enumeration_cues.jsonl` before the list in its sentence, after it
in the same sentence ("X, Y and Z signed"), or in the sentence before (for a bullet list: the
cue line, looking back over short headings) — and no counter cue (negation, "regimes such as",
"expected to join", voting, attendance, "companies from") between the cue and the list.

Three is the threshold because two names joined by "and" are routinely incidental ("Russia and
China"), while three or more with a signing verb are, in press copy, a list of parties. Lists
of participants, attendees, observers or voters are not enumerations: DESIGN.md counts only
signatories and endorsers (members and new joiners included).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import srsly
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.models import Enumeration

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"
ENTITY_KEY = "tally_entities"
USER_DATA_KEY = "tally_enumerations"  # plain dicts, so Doc.to_bytes (and n_process > 1) keeps them
_ROLES = ("cue", "counter", "glue")
# Tokens that may open a list item on its own line.
_BULLET = re.compile(r"^(?:[•●▪‣◦○·*\-–—+>]|\d{1,3}[.)]?|[a-z][.)]|[.;:,)(])$")
_MAX_INLINE_GAP = 4  # ", and the", "as well as"
_MAX_GAP_TOKENS = 16  # an item trailer, a line break and a bullet fit well within this
_AFTER_CUE_WINDOW = 30  # characters after a trailing cue still read for counter cues
_MAX_ITEM_TRAILER = 8  # words allowed after the name on a list-item line ("Albania (2022)")
_MAX_HEADING_WORDS = 5  # a heading line inside a list ("Latin America and the Caribbean")
_MAX_PARENTHETICAL = 4  # tokens inside "( ... )" skipped between inline items
_LOOKBACK_SENTENCES = 3  # sentences read back for a cue: the cue line plus short headings


@cache
def load_enumeration_cues(path: str | None = None) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """Load and validate the patterns: (cues, counter cues, list glue), all case-insensitive."""
    file = Path(path) if path else PATTERNS_DIR / "enumeration_cues.jsonl"
    found: dict[str, list[re.Pattern[str]]] = {role: [] for role in _ROLES}
    with file.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                role, pattern = row["role"], row["pattern"]
                if role not in _ROLES:
                    raise ValueError(f"role must be one of {_ROLES}")
                found[role].append(re.compile(pattern, re.IGNORECASE))
            except (ValueError, KeyError, re.error) as exc:
                raise ValueError(f"{file}:{lineno}: {exc}") from exc
    if not found["cue"] or not found["glue"]:
        raise ValueError(f"{file}: needs at least one cue and one glue pattern")
    return tuple(found["cue"]), tuple(found["counter"]), tuple(found["glue"])


@dataclass(frozen=True)
class _Lexeme:
    """What list detection needs to know about one token string (cached per vocabulary entry)."""

    newline: bool
    glue: bool
    bullet: bool
    space: bool
    alpha: bool
    text: str


def _without_parentheticals(rows: list[_Lexeme]) -> list[_Lexeme]:
    """Drop short "( ... )" groups, keeping everything else."""
    out = []
    i = 0
    while i < len(rows):
        if rows[i].text == "(":
            limit = min(len(rows), i + _MAX_PARENTHETICAL + 2)
            close = next((j for j in range(i + 1, limit) if rows[j].text == ")"), None)
            if close is not None:
                i = close + 1
                continue
        out.append(rows[i])
        i += 1
    return out


class _DocView:
    """Token columns of one Doc; slices are read as Python lists, so no Token objects are made."""

    def __init__(self, doc: Doc) -> None:
        self.cols = doc.to_array([ORTH, SPACY, SENT_START])
        self.strings = doc.vocab.strings

    def orths(self, start: int, end: int) -> list[int]:
        """ORTH ids of tokens start..end."""
        return self.cols[start:end, 0].tolist()

    def sent_start(self, i: int) -> bool:
        """Whether token i opens a sentence."""
        return int(self.cols[i, 2]) == 1

    def text(self, start: int, end: int) -> str:
        """Text of tokens start..end (without the last token's trailing space), like Span.text."""
        strings = self.strings
        rows = self.cols[start:end, :2].tolist()
        text = "".join(strings[o] + " " if sp else strings[o] for o, sp in rows)
        return text[:-1] if rows and rows[-1][1] else text


def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), re.IGNORECASE)


def _enumerations_getter(doc: Doc) -> list[Enumeration]:
    return [Enumeration(**row) for row in doc.user_data.get(USER_DATA_KEY, [])]


class EnumerationFinder:
    """Finds enumerations of endorsers and marks their entity spans `tally_role="signatory"`."""

    def __init__(
        self, nlp: Language, name: str, min_entities: int = 3, cues_path: str | None = None
    ) -> None:
        Doc.set_extension("tally_enumerations", getter=_enumerations_getter, force=True)
        Span.set_extension("tally_role", default="mention", force=True)
        self.name = name
        self.min_entities = min_entities
        self.cues_path = cues_path
        self._compile(load_enumeration_cues(cues_path))

    def _compile(self, patterns: tuple[tuple[re.Pattern[str], ...], ...]) -> None:
        cues, counters, glue = patterns
        # One alternation per role: a single scan of each short text instead of one per pattern.
        self.cue_re = _alternation(cues)
        self.counter_re = _alternation(counters) if counters else re.compile(r"(?!x)x")
        self.glue = glue
        self._lexemes: dict[int, _Lexeme] = {}

    def _lexeme(self, doc: Doc, orth: int) -> _Lexeme:
        lex = self._lexemes.get(orth)
        if lex is None:
            text = doc.vocab.strings[orth]
            lex = _Lexeme(
                newline="\n" in text,
                glue=any(p.match(text) for p in self.glue),
                bullet=bool(_BULLET.match(text)),
                space=text.isspace(),
                alpha=text.isalpha(),
                text=text,
            )
            self._lexemes[orth] = lex
        return lex

    def _rows(self, doc: Doc, view: _DocView, start: int, end: int) -> list[_Lexeme]:
        """Lexeme facts for tokens start..end, from the Doc's ORTH column."""
        return [self._lexeme(doc, orth) for orth in view.orths(start, end)]

    def __call__(self, doc: Doc) -> Doc:
        spans = sorted(doc.spans.get(ENTITY_KEY, []), key=lambda sp: sp.start)
        found: list[dict[str, Any]] = []
        if len(spans) >= self.min_entities:
            # Token facts as one array (C speed); only the few gaps between names are read.
            view = _DocView(doc)
            # Every span's role defaults to "mention" (extension default); only list items change.
            for run in self._runs(doc, view, spans):
                codes = list(dict.fromkeys(sp.label_ for sp in run))
                if len(codes) < self.min_entities:
                    continue
                cue = self._signing_cue(doc, view, run[0], run[-1])
                if cue is None:
                    continue
                for sp in run:
                    sp._.tally_role = "signatory"
                found.append(
                    {
                        "start": run[0].start_char,
                        "end": run[-1].end_char,
                        "codes": codes,
                        "cue": cue,
                    }
                )
        doc.user_data[USER_DATA_KEY] = found
        return doc

    def _runs(self, doc: Doc, view: _DocView, spans: list[Span]) -> list[list[Span]]:
        """Maximal chains of entity spans that `_joins` links."""
        runs: list[list[Span]] = []
        stray: Span | None = None  # a name in a list item's trailing text
        for sp in spans:
            if runs and self._joins(doc, view, runs[-1][-1], sp):
                runs[-1].append(sp)
                stray = None
            elif stray is not None and self._joins(doc, view, stray, sp):
                runs.append([stray, sp])  # the stray name began a list of its own
                stray = None
            elif (
                stray is None
                and runs
                and sp.start - runs[-1][-1].end <= _MAX_GAP_TOKENS
                and self._starts_line(doc, view, runs[-1][-1])
                and not any(r.newline for r in self._rows(doc, view, runs[-1][-1].end, sp.start))
            ):
                # "• Andorra – Government of Andorra": skip the second name so the next
                # line's item can still join the list.
                stray = sp
            else:
                runs.append([sp])
                stray = None
        return runs

    def _starts_line(self, doc: Doc, view: _DocView, span: Span) -> bool:
        """Whether only a bullet or numbering precedes the span on its line."""
        before = self._rows(doc, view, max(0, span.start - 3), span.start)
        for lex in reversed(before):
            if lex.newline:
                return True
            if not (lex.space or lex.bullet):
                return False
        return span.start < 4  # nothing but bullets back to the start of the text

    def _joins(self, doc: Doc, view: _DocView, left: Span, right: Span) -> bool:
        """Whether only list glue (or a list-item break) stands between two entity spans."""
        if right.start - left.end > _MAX_GAP_TOKENS:
            return False  # far apart: not list neighbours (and no need to look at the tokens)
        gap = self._rows(doc, view, left.end, right.start)
        breaks = [i for i, lex in enumerate(gap) if lex.newline]
        if not breaks:
            if view.sent_start(right.start):  # the right name opens a new sentence
                return False
            inline = _without_parentheticals(gap)  # "France (2019), Germany (2020)"
            return len(inline) <= _MAX_INLINE_GAP and all(lex.glue or lex.space for lex in inline)
        trailer = gap[: breaks[0]]
        if sum(1 for lex in trailer if lex.alpha and not lex.glue) > _MAX_ITEM_TRAILER:
            return False
        lead = gap[breaks[-1] + 1 :]
        # Between the item lines only blank lines or a short heading ("Europe", "Asia-Pacific:").
        heading_words = sum(1 for lex in gap[breaks[0] : breaks[-1] + 1] if lex.alpha)
        return heading_words <= _MAX_HEADING_WORDS and all(
            lex.space or lex.glue or lex.bullet for lex in lead
        )

    def _signing_cue(self, doc: Doc, view: _DocView, first: Span, last: Span) -> str | None:
        """The cue that makes the run a list of endorsers, or None."""
        sent = doc[first.start].sent
        pre = view.text(sent.start, first.start)
        cue = self._last_cue(pre)
        if cue is not None:
            return None if self._counter(pre[cue.end() :]) else cue.group(0)
        last_sent = doc[last.end - 1].sent
        post = view.text(last.end, last_sent.end)
        first_cue = self._first_cue(post)
        if first_cue is not None:
            # The cue follows the list ("X, Y and Z signed"): the words before the list and just
            # after the cue must not undo it ("None of ... X, Y and Z has joined", "joined
            # Russia in voting against").
            window = post[: first_cue.end() + _AFTER_CUE_WINDOW]
            if self._counter(pre) or self._counter(window.replace(first_cue.group(0), " ", 1)):
                return None
            return first_cue.group(0)
        if self._counter(pre):
            return None
        # The sentence before; for a list, also back over short heading lines ("Europe").
        start = sent.start
        for _ in range(_LOOKBACK_SENTENCES):
            if start == 0:
                return None
            prev = doc[start - 1].sent
            prev_text = view.text(prev.start, prev.end)
            cue = self._last_cue(prev_text)
            if cue is not None:
                return None if self._counter(prev_text[cue.end() :]) else cue.group(0)
            if sum(t.is_alpha for t in prev) > _MAX_HEADING_WORDS:
                return None
            start = prev.start
        return None

    def _last_cue(self, text: str) -> re.Match[str] | None:
        last = None
        for last in self.cue_re.finditer(text):  # noqa: B007  (we want the final match)
            pass
        return last

    def _first_cue(self, text: str) -> re.Match[str] | None:
        return self.cue_re.search(text)

    def _counter(self, text: str) -> bool:
        return self.counter_re.search(text) is not None

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """Serialise the component's configuration."""
        return srsly.msgpack_dumps({"min_entities": self.min_entities, "cues_path": self.cues_path})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> EnumerationFinder:
        """Restore the configuration written by `to_bytes`."""
        cfg = srsly.msgpack_loads(data)
        self.min_entities = int(cfg["min_entities"])
        self.cues_path = cfg.get("cues_path")
        self._compile(load_enumeration_cues(self.cues_path))
        return self


@Language.factory("tally_enumerations", default_config={"min_entities": 3, "cues_path": None})
def make_enumerations(
    nlp: Language, name: str, min_entities: int, cues_path: str | None
) -> EnumerationFinder:
    """Factory for `tally_enumerations`."""
    return EnumerationFinder(nlp, name, min_entities, cues_path)
