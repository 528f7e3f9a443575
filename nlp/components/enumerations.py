"""`tally_enumerations`: lists that name parties as signatories or endorsers.

An enumeration is a run of at least `min_entities` (default 3) distinct entities from
`doc.spans["tally_entities"]` joined only by commas, "and", semicolons, articles or list-item
breaks, with a signing cue (`nlp/patterns/enumeration_cues.jsonl`) in the same sentence or the
one before it and no counter cue (negation, "regimes such as", "expected to join", attendance)
between the cue and the list. Three is the threshold because two names joined by "and" are
routinely incidental ("Russia and China"), while three or more with a signing verb are, in
press copy, a list of parties. Lists of participants or attendees are not enumerations:
DESIGN.md counts only signatories and endorsers.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.models import Enumeration

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"
ENTITY_KEY = "tally_entities"
USER_DATA_KEY = "tally_enumerations"  # plain dicts, so Doc.to_bytes (and n_process > 1) keeps them
_ROLES = ("cue", "counter", "glue")
# Tokens that may open a list item on its own line.
_BULLET = re.compile(r"^(?:[•●▪‣◦○·*\-–—+>]|\d{1,3}[.)]?|[a-z][.)]|[.;:,)(])$")
_MAX_INLINE_GAP = 4
_MAX_GAP_TOKENS = 16  # an item trailer, a line break and a bullet fit well within this
_AFTER_CUE_WINDOW = 30  # characters after a trailing cue still read for counter cues
_MAX_ITEM_TRAILER = 4  # words allowed after the name on a list-item line ("Albania (2022)")


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
        self.cues, self.counters, self.glue = load_enumeration_cues(cues_path)

    def __call__(self, doc: Doc) -> Doc:
        spans = sorted(doc.spans.get(ENTITY_KEY, []), key=lambda sp: sp.start)
        found: list[dict[str, Any]] = []
        for sp in spans:
            sp._.tally_role = "mention"
        for run in self._runs(doc, spans):
            codes = list(dict.fromkeys(sp.label_ for sp in run))
            if len(codes) < self.min_entities:
                continue
            cue = self._signing_cue(doc, run[0], run[-1])
            if cue is None:
                continue
            for sp in run:
                sp._.tally_role = "signatory"
            found.append(
                asdict(Enumeration(run[0].start_char, run[-1].end_char, codes, cue))
            )
        doc.user_data[USER_DATA_KEY] = found
        return doc

    def _runs(self, doc: Doc, spans: list[Span]) -> list[list[Span]]:
        runs: list[list[Span]] = []
        for sp in spans:
            if runs and self._joins(doc, runs[-1][-1], sp):
                runs[-1].append(sp)
            else:
                runs.append([sp])
        return runs

    def _is_glue(self, text: str) -> bool:
        return any(p.match(text) for p in self.glue)

    def _joins(self, doc: Doc, left: Span, right: Span) -> bool:
        """Whether only list glue (or a list-item break) stands between two entity spans."""
        if right.start - left.end > _MAX_GAP_TOKENS:
            return False  # far apart: not list neighbours (and no need to look at the tokens)
        gap = doc[left.end : right.start]
        breaks = [i for i, t in enumerate(gap) if "\n" in t.text]
        if not breaks:
            if len(gap) > _MAX_INLINE_GAP or doc[right.start].is_sent_start:
                return False
            return all(t.is_space or self._is_glue(t.text) for t in gap)
        trailer = gap[: breaks[0]]
        words = [t for t in trailer if t.is_alpha and not self._is_glue(t.text)]
        if len(words) > _MAX_ITEM_TRAILER:
            return False
        lead = gap[breaks[-1] + 1 :]
        between = gap[breaks[0] : breaks[-1] + 1]
        return all(t.is_space for t in between) and all(
            t.is_space or self._is_glue(t.text) or _BULLET.match(t.text) for t in lead
        )

    def _signing_cue(self, doc: Doc, first: Span, last: Span) -> str | None:
        """The cue that makes the run a list of endorsers, or None."""
        # Span texts, not slices of doc.text: Doc.text re-joins every token on each call.
        sent = doc[first.start].sent
        pre = doc[sent.start : first.start].text
        cue = self._last_cue(pre)
        if cue is not None:
            return None if self._counter(pre[cue.end() :]) else cue.group(0)
        last_sent = doc[last.end - 1].sent
        post = doc[last.end : last_sent.end].text
        first_cue = self._first_cue(post)
        if first_cue is not None:
            # The cue follows the list ("X, Y and Z signed"): the words before the list and just
            # after the cue must not undo it ("None of ... X, Y and Z has joined", "joined
            # Russia in voting against").
            window = post[: first_cue.end() + _AFTER_CUE_WINDOW]
            if self._counter(pre) or self._counter(window.replace(first_cue.group(0), " ", 1)):
                return None
            return first_cue.group(0)
        if sent.start == 0 or self._counter(pre):
            return None
        prev_text = doc[sent.start - 1].sent.text
        cue = self._last_cue(prev_text)
        if cue is None or self._counter(prev_text[cue.end() :]):
            return None
        return cue.group(0)

    def _last_cue(self, text: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for pattern in self.cues:
            for m in pattern.finditer(text):
                if best is None or m.end() > best.end():
                    best = m
        return best

    def _first_cue(self, text: str) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for pattern in self.cues:
            m = pattern.search(text)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def _counter(self, text: str) -> bool:
        return any(p.search(text) for p in self.counters)

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """Serialise the component's configuration."""
        return srsly.msgpack_dumps({"min_entities": self.min_entities, "cues_path": self.cues_path})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> EnumerationFinder:
        """Restore the configuration written by `to_bytes`."""
        cfg = srsly.msgpack_loads(data)
        self.min_entities = int(cfg["min_entities"])
        self.cues_path = cfg.get("cues_path")
        self.cues, self.counters, self.glue = load_enumeration_cues(self.cues_path)
        return self


@Language.factory(
    "tally_enumerations", default_config={"min_entities": 3, "cues_path": None}
)
def make_enumerations(
    nlp: Language, name: str, min_entities: int, cues_path: str | None
) -> EnumerationFinder:
    """Factory for `tally_enumerations`."""
    return EnumerationFinder(nlp, name, min_entities, cues_path)
