"""`tally_count_claims`: every count of parties in a text as an `nlp.models.CountClaim`.

A `Matcher` finds number-like tokens and a `PhraseMatcher` finds the multi-word cues
(qualifiers, scope and participation phrases) in one pass each; every number is then read in a
small window around it: the counted noun after it (or an implied one), the qualifier before it,
the scope relative to the principal and the kind. Every word list lives in
`nlp/patterns/claims.yaml`, which also documents the decisions (qualifier mapping, claim span,
composites, people versus parties).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy
import srsly
import yaml
from spacy.language import Language
from spacy.attrs import LIKE_NUM, LOWER, SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import registry

from nlp.gazetteer import group_members
from nlp.models import QUALIFIERS, ClaimPart, CountClaim
from nlp.numbers import ENGLISH_NUMBER_WORDS, is_number_word, parse_number

PATTERNS_PATH = Path(__file__).resolve().parent.parent / "patterns" / "claims.yaml"
SPANS_KEY = "tally_claims"
ENTITIES_KEY = "tally_entities"

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "dozen"})
# One example per digit shape a count can take: 5, 55, 555, 5555 (and longer), 5,555 ...
_DIGIT_SHAPES = ("5", "55", "555", "5555", "5,555", "55,555", "555,555", "5,555,555", "5.555")
_GROUP_NOUNS = frozenset({"states", "countries", "nations", "members", "member", "governments"})
_APPOSITION_GLUE = frozenset({",", ":", "and", "the", "(", ")", "-", "–", "—", "&"})

# Lists in the patterns file: (section or None for top level, key).
_LISTS = (
    (None, "more_than_suffixes"),
    (None, "about_suffixes"),
    (None, "people_links"),
    (None, "number_connectors"),
    (None, "number_articles"),
    (None, "of_words"),
    (None, "coordination"),
    (None, "conjunctions"),
    (None, "vague_quantities"),
    (None, "modifiers"),
    (None, "increment_modifiers"),
    (None, "increment_cues"),
    (None, "increment_adjacent"),
    (None, "increment_before"),
    (None, "joining_verbs"),
    (None, "participant_phrases"),
    (None, "negations"),
    (None, "clause_breaks"),
    (None, "instrument_nouns"),
    (None, "hedges"),
    (None, "membership_words"),
    (None, "membership_verbs"),
    (None, "sized_bodies"),
    (None, "signatory_nouns"),
    ("kind_cues", "signatories"),
    ("kind_cues", "participants"),
    ("kind_cues", "other"),
    ("kind_cues", "participants_weak"),
    ("implied", "total_words"),
    ("implied", "total_links"),
    ("implied", "subject_fillers"),
    ("implied", "subject_verbs"),
    ("implied", "standalone_after"),
    ("implied", "standalone_followers"),
    ("scope", "excluding_links"),
    ("scope", "excluding_trailing_links"),
    ("scope", "excluding_preceding"),
    ("scope", "including_preceding"),
    ("scope", "including_following"),
    ("scope", "excluding_following"),
    ("scope", "including_after_principal"),
    ("scope", "leader_prefixes"),
    ("scope", "other_words"),
    ("non_count", "year_prepositions"),
    ("non_count", "currency_prefixes"),
    ("non_count", "unit_suffixes"),
    ("non_count", "id_prefixes"),
    ("non_count", "id_phrases"),
)
# Lists matched as (possibly multi-word) phrases rather than single lower-cased tokens.
_PHRASE_LISTS = {
    "participant_phrases": "P",
    "including_preceding": "IP",
    "including_following": "IF",
    "excluding_following": "XF",
    "excluding_preceding": "XP",
    "including_after_principal": "IA",
    "leader_prefixes": "LP",
    "vague_quantities": "V",
    "id_phrases": "ID",
    "hedges": "H",
}


class ClaimPatternsError(ValueError):
    """The claim patterns file is malformed."""


@dataclass(frozen=True)
class ClaimPatterns:
    """Validated contents of `nlp/patterns/claims.yaml`; see that file for each list's meaning."""

    raw: dict[str, Any]
    qualifiers: dict[str, str]
    nouns: dict[str, str]
    words: dict[str, frozenset[str]]  # every single-token list, by key
    phrases: dict[str, tuple[str, ...]]  # every list, as phrases, by key
    implied_noun: str
    max_gap: int
    hedge_window: int
    total_window: int
    max_link_tokens: int
    max_including_tokens: int
    context_window: int
    languages: tuple[str, ...] = ("en",)
    number_words: frozenset[str] = frozenset()  # non-English number words
    approximate: dict[str, int] = field(default_factory=dict)  # "soixantaine" -> 60


def _section(raw: dict[str, Any], section: str | None) -> dict[str, Any]:
    data = raw if section is None else raw.get(section)
    if not isinstance(data, dict):
        raise ClaimPatternsError(f"{section} must be a mapping")
    return data


def _int(data: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or not low <= value <= high:
        raise ClaimPatternsError(f"{key} must be an integer between {low} and {high}")
    return value


def validate_claim_patterns(raw: Any, lang: str = "en") -> ClaimPatterns:
    """Check a parsed patterns mapping and return it as `ClaimPatterns`; raise on any problem."""
    if not isinstance(raw, dict):
        raise ClaimPatternsError("claim patterns must be a mapping")
    quals = _section(raw, "qualifiers").get(lang)
    if not isinstance(quals, dict) or not quals:
        raise ClaimPatternsError(f"qualifiers.{lang} must be a non-empty mapping")
    for phrase, qualifier in quals.items():
        if qualifier not in QUALIFIERS or qualifier == "dozens":
            raise ClaimPatternsError(f"qualifier {phrase!r}: unknown value {qualifier!r}")
    nouns = raw.get("nouns")
    if not isinstance(nouns, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in nouns.items()
    ):
        raise ClaimPatternsError("nouns must map surface forms to lemmas")
    phrases: dict[str, tuple[str, ...]] = {}
    for section, key in _LISTS:
        values = _section(raw, section).get(key)
        if values is None and section == "kind_cues":
            values = []
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            where = f"{section}.{key}" if section else key
            raise ClaimPatternsError(f"{where} must be a list of strings (quote yes/no/on/off)")
        name = key if section != "kind_cues" else f"cues_{key}"
        phrases[name] = tuple(v.lower() for v in values)
    scope = _section(raw, "scope")
    implied = _section(raw, "implied")
    qualifiers = {k.lower(): v for k, v in quals.items()}
    all_nouns = {k.lower(): v for k, v in nouns.items()}
    number_words: set[str] = set()
    approximate: dict[str, int] = {}
    languages = _section(raw, "languages") if "languages" in raw else {}
    for other, spec in languages.items():
        if not isinstance(spec, dict):
            raise ClaimPatternsError(f"languages.{other} must be a mapping")
        for phrase, qualifier in (raw["qualifiers"].get(other) or {}).items():
            if qualifier not in QUALIFIERS or qualifier == "dozens":
                raise ClaimPatternsError(f"qualifier {phrase!r}: unknown value {qualifier!r}")
            qualifiers[str(phrase).lower()] = qualifier
        for form, lemma in (spec.get("nouns") or {}).items():
            # English forms win on a clash: "parties" stays "party".
            all_nouns.setdefault(str(form).lower(), str(lemma))
        number_words.update(str(v).lower() for v in spec.get("number_words") or [])
        for word, value in (spec.get("approximate_numbers") or {}).items():
            if not isinstance(value, int):
                raise ClaimPatternsError(
                    f"languages.{other}.approximate_numbers.{word}: not an int"
                )
            approximate[str(word).lower()] = value
        extra = dict(spec.get("lists") or {})
        for key in ("number_connectors", "number_articles", "of_words"):
            extra.setdefault(key, spec.get(key) or [])
        for dotted, values in extra.items():
            section, _, key = str(dotted).rpartition(".")
            name = f"cues_{key}" if section == "kind_cues" else key
            if name not in phrases or not isinstance(values, list):
                raise ClaimPatternsError(f"languages.{other}.lists.{dotted}: unknown list")
            phrases[name] = phrases[name] + tuple(str(v).lower() for v in values)
    return ClaimPatterns(
        raw=raw,
        qualifiers=qualifiers,
        nouns=all_nouns,
        words={k: frozenset(v) for k, v in phrases.items()},
        phrases=phrases,
        implied_noun=str(raw.get("implied_noun", "party")),
        max_gap=_int(raw, "max_gap", 4, 0, 8),
        hedge_window=_int(raw, "hedge_window", 10, 0, 40),
        context_window=_int(raw, "context_window", 40, 5, 200),
        total_window=_int(implied, "total_window", 8, 1, 20),
        max_link_tokens=_int(scope, "max_link_tokens", 8, 1, 20),
        max_including_tokens=_int(scope, "max_including_tokens", 30, 1, 100),
        languages=("en", *languages),
        number_words=frozenset(number_words),
        approximate=approximate,
    )


@cache
def _read_patterns_file(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@registry.misc("tally.claim_patterns.v1")
def load_claim_patterns(path: str | Path | None = None) -> ClaimPatterns:
    """Load and validate the claim patterns (default: the packaged `claims.yaml`)."""
    return validate_claim_patterns(_read_patterns_file(str(path or PATTERNS_PATH)))


@dataclass
class _Candidate:
    """A claim being assembled: token positions plus what has been read so far."""

    start: int  # first token of the claim span (qualifier or number)
    num_start: int
    end: int  # one past the counted noun (or the number when the noun is implied)
    value: int | None
    qualifier: str
    noun: str
    gap_words: frozenset[str]
    gap_entities: list[Span]
    parts: list[ClaimPart] = field(default_factory=list)
    merged: bool = False  # absorbed as an addend of the following composite
    next_start: int = 1 << 30  # where the next claim begins (bounds look-ahead)


class _Sent(NamedTuple):
    """A sentence as a token range (cheaper than a `Span`, which rescans the Doc)."""

    start: int
    end: int


class _DocContext:
    """Per-Doc lookups shared by the per-candidate readers: entities, phrase matches, and the
    lower-case hashes and sentence starts of every token, read once with `Doc.to_array`."""

    def __init__(self, doc: Doc, ents: list[Span], matches: list[tuple[str, int, int, str]]):
        self.doc = doc
        self.ents = ents
        self.ent_starts = [e.start for e in ents]
        self.by_end = {e.end: e for e in ents}
        self.by_start = {e.start: e for e in ents}
        # Token-level checks compare hashes against hashed word sets: creating `Token` objects
        # in the cue windows was most of this component's cost.
        self.low: list[int] = doc.to_array(LOWER).tolist()
        if doc.has_annotation("SENT_START") and len(doc):
            starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
            self.sent_starts = starts if starts and starts[0] == 0 else [0, *starts]
        else:
            self.sent_starts = [0]
        self.ends: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
        self.starts: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
        self.by_kind: dict[str, list[tuple[int, int, str]]] = {}
        for kind, start, end, value in matches:
            self.ends.setdefault((kind, end), []).append((start, end, value))
            self.starts.setdefault((kind, start), []).append((start, end, value))
            self.by_kind.setdefault(kind, []).append((start, end, value))

    def sentence(self, i: int) -> _Sent:
        """The sentence holding token i, as a token range."""
        k = bisect.bisect_right(self.sent_starts, i) - 1
        end = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.doc)
        return _Sent(self.sent_starts[k], end)

    def is_sent_start(self, i: int) -> bool:
        """Whether token i begins a sentence."""
        k = bisect.bisect_left(self.sent_starts, i)
        return k < len(self.sent_starts) and self.sent_starts[k] == i

    def nearest(self, lo: int, start: int, end: int, hi: int, words: frozenset[int]) -> int | None:
        """Token distance from [start, end) to the nearest word of `words` within [lo, hi)."""
        low = self.low
        best: int | None = None
        for dist, i in enumerate(range(start - 1, lo - 1, -1), 1):
            if low[i] in words:
                best = dist
                break
        for dist, i in enumerate(range(end, hi), 1):
            if best is not None and dist >= best:
                break
            if low[i] in words:
                return dist
        return best

    def any_in(self, start: int, end: int, words: frozenset[int]) -> bool:
        """Whether a token in [start, end) is one of `words`."""
        return not words.isdisjoint(self.low[max(start, 0) : end])

    def entities_in(self, start: int, end: int) -> list[Span]:
        lo = bisect.bisect_left(self.ent_starts, start)
        hi = bisect.bisect_left(self.ent_starts, end)
        return self.ents[lo:hi]

    def phrase_ending(self, kind: str, end: int) -> tuple[int, int, str] | None:
        """The longest phrase of `kind` ending at token `end`."""
        found = self.ends.get((kind, end))
        return min(found) if found else None

    def phrase_starting(self, kind: str, start: int) -> tuple[int, int, str] | None:
        """The longest phrase of `kind` starting at token `start`."""
        found = self.starts.get((kind, start))
        return max(found, key=lambda m: m[1]) if found else None

    def phrases_within(self, kind: str, start: int, end: int) -> list[tuple[int, int, str]]:
        return [m for m in self.by_kind.get(kind, []) if start <= m[0] and m[1] <= end]


@Language.factory(
    "tally_count_claims",
    default_config={"principal": "USA", "patterns_path": None},
)
def make_count_claims(
    nlp: Language, name: str, principal: str, patterns_path: str | None
) -> CountClaimFinder:
    """Build the count-claim component for `principal` (a party code such as "USA")."""
    return CountClaimFinder(nlp, name, principal=principal, patterns_path=patterns_path)


class CountClaimFinder:
    """Finds count claims: `doc.spans["tally_claims"]`, each with `span._.tally_claim`."""

    def __init__(
        self,
        nlp: Language,
        name: str = "tally_count_claims",
        *,
        principal: str = "USA",
        patterns_path: str | None = None,
    ) -> None:
        # force=True so worker processes (n_process > 1) and reloads register it again.
        Span.set_extension("tally_claim", default=None, force=True)
        self.name = name
        self.nlp = nlp
        self.principal = principal
        self.patterns_path = patterns_path
        self._setup(load_claim_patterns(patterns_path))

    def _setup(self, patterns: ClaimPatterns) -> None:
        """Build the matchers once; a Doc is then only touched where they fire."""
        self.patterns = patterns
        self.w = patterns.words
        vocab = self.nlp.vocab
        # Digits by token shape ("dd", "d,ddd"): a PhraseMatcher on SHAPE is a hash lookup per
        # token, several times faster than a Matcher on LIKE_NUM, which visits Token objects.
        self.digit_matcher = PhraseMatcher(vocab, attr="SHAPE")
        self.digit_matcher.add("TALLY_DIGITS", [self.nlp.make_doc(x) for x in _DIGIT_SHAPES])
        self.phrase_matcher = PhraseMatcher(vocab, attr="LOWER")
        self._labels: dict[int, tuple[str, str]] = {}
        make = self.nlp.tokenizer

        def add(kind: str, phrase: str, value: str) -> None:
            label = f"TALLY_CLAIM_{kind}|{phrase}"
            self._labels[vocab.strings.add(label)] = (kind, value)
            self.phrase_matcher.add(label, [make(phrase)])

        for word in sorted(
            ENGLISH_NUMBER_WORDS | patterns.number_words | set(patterns.approximate)
        ):
            add("W", word, word)
        for phrase, qualifier in patterns.qualifiers.items():
            add("Q", phrase, qualifier)
        for form, lemma in patterns.nouns.items():
            if " " in form:
                add("N", form, lemma)
        for key, kind in _PHRASE_LISTS.items():  # keys are unique across sections
            for phrase in patterns.phrases[key]:
                add(kind, phrase, phrase)

    # ---- spaCy plumbing -------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Find the claims of one Doc."""
        ents = sorted(doc.spans.get(ENTITIES_KEY, []), key=lambda s: (s.start, s.end))
        matches = [(*self._labels[m], s, e) for m, s, e in self.phrase_matcher(doc)]
        ctx = _DocContext(doc, ents, [(k, s, e, v) for k, v, s, e in matches])
        spans = []
        for cand in self._candidates(doc, ctx):
            claim = self._to_claim(doc, ctx, cand)
            span = Span(doc, cand.start, cand.end, label=claim.kind)
            span._.tally_claim = claim
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs."""
        for doc in docs:
            yield self(doc)

    def _state(self) -> dict[str, Any]:
        return {"principal": self.principal, "patterns": self.patterns.raw}

    def _load_state(self, state: dict[str, Any]) -> None:
        self.principal = state["principal"]
        self._setup(validate_claim_patterns(state["patterns"]))

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Serialise the principal and the patterns."""
        return srsly.msgpack_dumps(self._state())

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> CountClaimFinder:
        """Restore from `to_bytes` output."""
        self._load_state(srsly.msgpack_loads(data))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the component state as JSON under `path`."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "count_claims.json", self._state())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CountClaimFinder:
        """Read the component state written by `to_disk`."""
        self._load_state(srsly.read_json(Path(path) / "count_claims.json"))
        return self

    # ---- numbers --------------------------------------------------------------------------

    def _number_runs(self, doc: Doc, ctx: _DocContext) -> list[tuple[int, int]]:
        """Number phrases as token ranges: "Sixty - one", "a hundred and five", "1,000"."""
        hits = sorted(
            {start for _, start, _ in self.digit_matcher(doc)}
            | {start for start, _, _ in ctx.by_kind.get("W", [])}
        )
        hit_set = set(hits)
        runs: list[tuple[int, int]] = []
        for start in hits:
            if runs and start < runs[-1][1]:
                continue
            end = start + 1
            while True:
                if end in hit_set and self._joins(doc, end - 1, end):
                    end += 1
                elif (
                    end + 1 in hit_set
                    and doc[end].lower_ in self.w["number_connectors"]
                    and self._is_word(doc[end - 1].lower_)
                    and self._is_word(doc[end + 1].lower_)
                    and (doc[end].is_alpha or not doc[end - 1].whitespace_)
                ):
                    end += 2
                else:
                    break
            first = start
            scaled = (
                doc[start].lower_ in _SCALE_WORDS or doc[start].lower_ in self.patterns.approximate
            )
            if start > 0 and doc[start - 1].lower_ in self.w["number_articles"] and scaled:
                first = start - 1  # "a dozen", "a hundred", "une soixantaine"
            runs.append((first, end))
        return runs

    def _is_word(self, word: str) -> bool:
        """Whether a lower-cased token is a number word in one of the configured languages."""
        return is_number_word(word) or word in self.patterns.number_words

    def _joins(self, doc: Doc, left: int, right: int) -> bool:
        """Whether adjacent number tokens form one number ("sixty one", "2 dozen")."""
        a, b = doc[left].lower_, doc[right].lower_
        if a in self.patterns.approximate or b in self.patterns.approximate:
            return False
        if self._is_word(a) and self._is_word(b):
            return True
        return doc[left].is_digit and b in _SCALE_WORDS

    def _value(self, text: str) -> int | None:
        """The number a phrase denotes, trying each configured language in turn."""
        for lang in self.patterns.languages:
            value = parse_number(text, lang)
            if value is not None:
                return value
        return None

    def _is_non_count(self, doc: Doc, ctx: _DocContext, start: int, end: int, value: int) -> bool:
        """Dates, years, money, percentages, identifiers, phone numbers, ranges, times."""
        w = self.w
        first, last = doc[start], doc[end - 1]
        if start > 0:
            prev = doc[start - 1]
            if prev.lower_ in w["currency_prefixes"] or prev.lower_ in w["id_prefixes"]:
                return True
            name = ctx.phrase_ending("ID", start)
            if name and doc[name[0]].is_title:
                return True  # "the Group of Seven" (but "a group of 61 nations" counts)
            if (
                prev.text == "-"
                and not prev.whitespace_
                and start > 1
                and not doc[start - 2].whitespace_
            ):
                return True  # "G-20", "COVID-19", the second half of "10-12"
            if (
                first.is_digit
                and len(first.text) == 4
                and 1800 <= value <= 2100
                and (prev.lower_ in w["year_prepositions"] or prev.lower_ in _MONTHS)
            ):
                return True
        if end < len(doc):
            nxt = doc[end]
            if nxt.lower_ in w["unit_suffixes"]:
                return True
            if (
                nxt.text in {"-", "/", ":", "."}
                and not last.whitespace_
                and not nxt.whitespace_
                and end + 1 < len(doc)
                and doc[end + 1].like_num
            ):
                return True
        return False

    # ---- candidates -----------------------------------------------------------------------

    def _candidates(self, doc: Doc, ctx: _DocContext) -> list[_Candidate]:
        found: list[_Candidate] = []
        for start, end, _ in sorted(ctx.by_kind.get("V", [])):
            cand = self._read_vague(doc, ctx, start, end)
            if cand is not None:
                found.append(cand)
        covered = {i for c in found for i in range(c.start, c.end)}
        for start, end in self._number_runs(doc, ctx):
            if start in covered or end - 1 in covered:
                continue
            cand = self._read_number(doc, ctx, start, end)
            if cand is not None:
                found.append(cand)
        found.sort(key=lambda c: (c.start, -c.end))
        kept: list[_Candidate] = []
        for cand in found:
            if kept and cand.start < kept[-1].end:
                continue  # overlapping readings of one stretch: keep the first
            self._attach_parts(doc, ctx, cand, kept[-1] if kept else None)
            kept.append(cand)
        kept = [c for c in kept if not c.merged]
        for cand, nxt in zip(kept, kept[1:], strict=False):
            cand.next_start = nxt.start
        return kept

    def _read_vague(self, doc: Doc, ctx: _DocContext, start: int, end: int) -> _Candidate | None:
        """ "dozens of (other) countries", "several dozen nations": value None."""
        at = end + 1 if end < len(doc) and doc[end].lower_ in self.w["of_words"] else end
        if at == end and doc[end - 1].lower_ != "dozen":
            return None  # "dozens" / "scores" need "of"; "several dozen" does not
        noun = self._noun_after(doc, ctx, at)
        if noun is None:
            return None
        noun_end, lemma, gap = noun
        return _Candidate(start, start, noun_end, None, "dozens", lemma, gap, [])

    def _noun_after(
        self, doc: Doc, ctx: _DocContext, i: int
    ) -> tuple[int, str, frozenset[str]] | None:
        """(end, lemma, gap words) of a counted noun within `max_gap` tokens from token i."""
        nouns = self.patterns.nouns
        gap: list[str] = []
        limit = min(len(doc), i + self.patterns.max_gap + 1)
        while i < limit:
            multi = ctx.phrase_starting("N", i)
            if multi:
                return multi[1], multi[2], frozenset(gap)
            token = doc[i]
            lemma = nouns.get(token.lower_)
            if lemma:
                # "member countries", "partner nations": the last noun is the head.
                while (
                    i + 1 < len(doc)
                    and nouns.get(doc[i + 1].lower_)
                    and not doc[i + 1].is_sent_start
                ):
                    gap.append(token.lower_)
                    i += 1
                    token = doc[i]
                    lemma = nouns[token.lower_]
                return i + 1, lemma, frozenset(gap)
            if i > 0 and token.is_sent_start:
                return None
            if (
                token.lower_ in self.w["modifiers"]
                or token.text == "-"
                or (token.is_alpha and (token.is_title or token.is_upper))
            ):
                gap.append(token.lower_)
                i += 1
                continue
            return None
        return None

    def _read_number(self, doc: Doc, ctx: _DocContext, start: int, end: int) -> _Candidate | None:
        """The claim around the number doc[start:end], or None when it counts no parties."""
        approx = self.patterns.approximate.get(doc[end - 1].lower_)
        value = approx or self._value(doc[start:end].text)
        if value is None or value < 2 or self._is_non_count(doc, ctx, start, end, value):
            return None
        qualifier, q_start = ("about" if approx else "exact"), start
        q = ctx.phrase_ending("Q", start)
        if q is not None:
            q_start, qualifier = q[0], q[2]
        i = end
        if approx and i < len(doc) and doc[i].lower_ in self.w["of_words"]:
            i += 1  # "une soixantaine de pays"
        if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            # "Fifty-eight (58) countries": the bracketed figure restates the words.
            restated = parse_number(doc[i + 1].text)
            if restated is not None:
                value, i = restated, i + 3
        i, qualifier = self._suffix_qualifier(doc, i, qualifier)
        noun = self._noun_after(doc, ctx, i)
        if noun is not None:
            noun_end, lemma, gap = noun
            if self._counts_people_from(doc, noun_end):
                return None  # "1,500 participants from 80 countries": people, not parties
            gap_ents = [e for e in ctx.entities_in(i, noun_end) if e.end <= noun_end]
            return _Candidate(q_start, start, noun_end, value, qualifier, lemma, gap, gap_ents)
        return self._read_implied(doc, ctx, q_start, start, i, value, qualifier)

    def _suffix_qualifier(self, doc: Doc, i: int, qualifier: str) -> tuple[int, str]:
        """ "55+ countries", "55-plus", "60-odd", "60 or so": a qualifier after the number."""
        for words, meaning in (
            (self.w["more_than_suffixes"], "more_than"),
            (self.w["about_suffixes"], "about"),
        ):
            if i < len(doc) and doc[i].lower_ in words:
                return i + 1, meaning
            if i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in words:
                return i + 2, meaning
        if i + 1 < len(doc) and doc[i].lower_ == "or" and doc[i + 1].lower_ == "so":
            return i + 2, "about"
        return i, qualifier

    def _counts_people_from(self, doc: Doc, noun_end: int) -> bool:
        """Whether the noun is followed by "from/representing <number>" (people of N parties)."""
        if noun_end >= len(doc) or doc[noun_end].lower_ not in self.w["people_links"]:
            return False
        window = doc[noun_end + 1 : min(len(doc), noun_end + 4)]
        return any(t.like_num for t in window)

    def _read_implied(
        self,
        doc: Doc,
        ctx: _DocContext,
        q_start: int,
        start: int,
        end: int,
        value: int,
        qualifier: str,
    ) -> _Candidate | None:
        """A count that names no noun: "61 have signed", "the total rose to 61", "five more"."""
        sent = ctx.sentence(start)
        prev = doc[q_start - 1] if q_start > sent.start else None
        if prev is not None and (prev.lower_ in _MONTHS or prev.is_digit):
            return None
        gap: frozenset[str] = frozenset()
        if self._total_before(doc, sent.start, q_start):
            pass
        elif end < sent.end and doc[end].lower_ in self.w["standalone_after"]:
            nxt = doc[end].lower_
            follower = doc[end + 1].lower_ if end + 1 < sent.end else ""
            if nxt in {",", "("}:
                if follower not in self.w["standalone_followers"]:
                    return None
            else:
                gap = frozenset({nxt})
                end += 1
        elif not self._subject_of_verb(doc, end, sent.end):
            return None
        if prev is not None and prev.lower_ in self.w["year_prepositions"] and not gap:
            if not self._total_before(doc, sent.start, q_start):
                return None  # "in 12 signed ..." is too weak a reading
        noun = self._nearest_noun(doc, sent.start, q_start) or self.patterns.implied_noun
        return _Candidate(q_start, start, end, value, qualifier, noun, gap, [])

    def _total_before(self, doc: Doc, sent_start: int, start: int) -> bool:
        """ "bringing the total to 61", "signatories now number 61", "grew ... to 75"."""
        if start <= sent_start or doc[start - 1].lower_ not in self.w["total_links"]:
            return False
        window = doc[max(sent_start, start - self.patterns.total_window) : start]
        return any(t.lower_ in self.w["total_words"] for t in window)

    def _subject_of_verb(self, doc: Doc, end: int, sent_end: int) -> bool:
        """ "61 have signed", "61 have since joined", "35 abstained"."""
        i = end
        while i < sent_end and i < end + 4 and doc[i].lower_ in self.w["subject_fillers"]:
            i += 1
        return i < sent_end and doc[i].lower_ in self.w["subject_verbs"]

    def _nearest_noun(self, doc: Doc, sent_start: int, start: int) -> str | None:
        for token in reversed(doc[sent_start:start]):
            lemma = self.patterns.nouns.get(token.lower_)
            if lemma:
                return lemma
        return None

    # ---- composites -----------------------------------------------------------------------

    def _group_ending(
        self, doc: Doc, ctx: _DocContext, end: int, lower: int
    ) -> tuple[int, ClaimPart] | None:
        """ "all EU member states" / "the 27 EU countries" ending at `end`: (start, part)."""
        i = end
        while i > lower and doc[i - 1].lower_ in _GROUP_NOUNS:
            i -= 1
        ent = ctx.by_end.get(i)
        if i == end or ent is None or not group_members(ent.label_):
            return None
        j, value = ent.start, None
        if j > lower and doc[j - 1].like_num:
            value, j = self._value(doc[j - 1].text), j - 1
        if j > lower and doc[j - 1].lower_ in {"all", "the", "its"}:
            j -= 1
        return j, ClaimPart(value=value, group=ent.label_, text=doc[j:end].text)

    def _left_chain(self, doc: Doc, ctx: _DocContext, start: int, lower: int) -> list[ClaimPart]:
        """Parties coordinated before a count: "the EU, the US and 32 partners"."""
        parts: list[ClaimPart] = []
        i = start
        while True:
            j, conj = i, False
            while j > lower and doc[j - 1].lower_ in self.w["coordination"]:
                conj = conj or doc[j - 1].lower_ in self.w["conjunctions"]
                j -= 1
            if not conj:
                return parts
            group = self._group_ending(doc, ctx, j, lower)
            ent = ctx.by_end.get(j)
            if group is not None:
                i = group[0]
                parts.insert(0, group[1])
            elif ent is not None:
                i = ent.start
                parts.insert(0, ClaimPart(code=ent.label_, text=ent.text))
            else:
                return parts

    def _right_chain(self, doc: Doc, ctx: _DocContext, end: int, upper: int) -> list[ClaimPart]:
        """Parties coordinated after a count: "28 countries and the EU"."""
        parts: list[ClaimPart] = []
        i = end
        while True:
            j, conj = i, False
            while j < upper and doc[j].lower_ in self.w["coordination"] - {","}:
                conj = conj or doc[j].lower_ in self.w["conjunctions"]
                j += 1
            ent = ctx.by_start.get(j)
            if not conj or ent is None:
                return parts
            parts.append(ClaimPart(code=ent.label_, text=ent.text))
            i = ent.end

    def _attach_parts(
        self, doc: Doc, ctx: _DocContext, cand: _Candidate, prev: _Candidate | None
    ) -> None:
        """Give `cand` its addends when named parties or a group are coordinated with it."""
        sent = ctx.sentence(cand.start)
        if (
            prev is not None
            and prev.value is not None
            and prev.start >= sent.start
            and doc[prev.end : cand.start].text.strip() in {"and", ",", "plus", ", and", "&"}
            and any(group_members(e.label_) for e in prev.gap_entities)
        ):
            # "the 27 EU member states and 28 other countries": the group count is an addend.
            group = next(e.label_ for e in prev.gap_entities if group_members(e.label_))
            text = doc[prev.start : prev.end].text
            named = [p for p in prev.parts if p.code or p.group]
            left = [*named, ClaimPart(value=prev.value, group=group, text=text)]
            prev.merged = True
        else:
            left = self._left_chain(doc, ctx, cand.start, sent.start)
        cand.parts = [
            *left,
            ClaimPart(value=cand.value, text=doc[cand.start : cand.end].text),
            *self._right_chain(doc, ctx, cand.end, sent.end),
        ]

    # ---- scope ----------------------------------------------------------------------------

    def _scope(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str:
        """including_principal / excluding_principal / unspecified for one claim."""
        sent = ctx.sentence(cand.start)
        ents = ctx.entities_in(sent.start, sent.end)
        mine = [e for e in ents if e.label_ == self.principal]
        before = [e for e in ents if e.end <= cand.start]
        after = [e for e in mine if e.start >= cand.end]
        if after:
            verdict = self._scope_from_later_mention(doc, ctx, cand, after[0], sent)
            if verdict:
                return verdict
        if self._total_phrase_before(ctx, cand.start):
            # "one of 61 countries": the subject is inside the count.
            if not before or any(e.label_ == self.principal for e in before):
                return "including_principal"
            return "unspecified"
        if not mine:
            if (
                not ents
                and cand.gap_words & self.w["other_words"]
                and self._principal_led_before(ctx, sent)
            ):
                return "excluding_principal"  # "The US unveiled it. It was joined by 60 other countries."
            return "unspecified"
        if any(self._phrase_before(ctx, "LP", e.start) for e in mine):
            return "including_principal"  # "the coalition, led by the US, has 87 members"
        if any(p.code == self.principal for p in cand.parts):
            return "excluding_principal"
        if self._linked_before(doc, ctx, cand.start, sent.start):
            return "excluding_principal"
        mine_before = [e for e in mine if e.end <= cand.start]
        if mine_before and ctx.phrase_ending("XP", cand.start):
            return "excluding_principal"  # "the US signed it along with 32 countries"
        if any(self._phrase_before(ctx, "XF", e.start) for e in mine_before):
            return "excluding_principal"  # "Apart from the US, only 60 countries signed"
        if cand.gap_words & self.w["other_words"]:
            # "other" refers to the party named nearest before the count.
            if before and before[-1].label_ != self.principal and not mine_before:
                return "unspecified"
            return "excluding_principal"
        return "unspecified"

    @staticmethod
    def _phrase_before(ctx: _DocContext, kind: str, start: int) -> bool:
        """Whether a phrase of `kind` ends at `start`, or right before a "the" there."""
        if ctx.phrase_ending(kind, start):
            return True
        doc = ctx.doc
        return (
            start > 0
            and doc[start - 1].lower_ == "the"
            and bool(ctx.phrase_ending(kind, start - 1))
        )

    def _principal_led_before(self, ctx: _DocContext, sent: Span) -> bool:
        """Whether the party named last in the previous sentence is the principal."""
        if sent.start == 0:
            return False
        prev = ctx.sentence(sent.start - 1)
        named = ctx.entities_in(prev.start, prev.end)
        return bool(named) and named[-1].label_ == self.principal

    def _total_phrase_before(self, ctx: _DocContext, start: int) -> bool:
        """ "one of", "among (the)", "the first of" right before the count."""
        if ctx.phrase_ending("IP", start):
            return True
        return (
            start > 0
            and ctx.doc[start - 1].lower_ == "the"
            and bool(ctx.phrase_ending("IP", start - 1))
        )

    def _scope_from_later_mention(
        self, doc: Doc, ctx: _DocContext, cand: _Candidate, ent: Span, sent: Span
    ) -> str | None:
        """Scope from the principal named after the count ("61 countries, including the US")."""
        if ent.start - cand.end > self.patterns.max_including_tokens:
            return None
        if ctx.phrases_within("XF", cand.end, ent.start):
            return "excluding_principal"
        if any(p.code == self.principal for p in cand.parts):
            return "excluding_principal"  # "55 countries and the United States"
        if ctx.phrases_within("IF", cand.end, ent.start) or ctx.phrase_starting("IA", ent.end):
            return "including_principal"
        between = doc[cand.end : ent.start]
        if between and between[0].text in {",", ":", "(", "-", "–", "—"}:
            # "two countries, Israel and the United States": an apposition naming the members.
            inside = {
                i for e in ctx.entities_in(cand.end, ent.start) for i in range(e.start, e.end)
            }
            if all(t.i in inside or t.lower_ in _APPOSITION_GLUE for t in between) and (
                inside or between[0].text == ":"
            ):
                return "including_principal"
        if self._linked_after(doc, ctx, cand.end, sent.end):
            return "excluding_principal"
        return None

    def _linked_before(self, doc: Doc, ctx: _DocContext, start: int, sent_start: int) -> bool:
        """ "<principal> joins 55 nations", "<principal> with 60 partners"."""
        links = self.w["excluding_links"]
        i = start
        limit = max(sent_start, start - self.patterns.max_link_tokens)
        while i > limit:
            ent = ctx.by_end.get(i)
            if ent is not None:
                return i < start and ent.label_ == self.principal
            if doc[i - 1].lower_ not in links:
                return False
            i -= 1
        ent = ctx.by_end.get(i)
        return ent is not None and i < start and ent.label_ == self.principal

    def _linked_after(self, doc: Doc, ctx: _DocContext, end: int, sent_end: int) -> bool:
        """ "55 countries and the United States"."""
        links = self.w["excluding_trailing_links"] | {"the"}
        conj = False
        for i in range(end, min(sent_end, end + 4)):
            ent = ctx.by_start.get(i)
            if ent is not None:
                return conj and ent.label_ == self.principal
            if doc[i].lower_ not in links:
                return False
            conj = conj or doc[i].lower_ in {"and", "&", "plus", "well", "with", "alongside"}
        return False

    # ---- kind -----------------------------------------------------------------------------

    def _kind(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str:
        """signatories / joiners / participants / other, from cue words near the claim."""
        w = self.w
        sent = ctx.sentence(cand.start)
        # Cues are read within the sentence, capped so a text without sentence boundaries
        # does not make every claim scan the whole document.
        reach = self.patterns.context_window
        before = doc[max(sent.start, cand.start - reach) : cand.start]
        after = doc[cand.end : min(sent.end, cand.end + reach)]
        total = self._total_before(doc, sent.start, cand.start)
        increment = bool(cand.gap_words & w["increment_modifiers"]) or (
            cand.start > sent.start and doc[cand.start - 1].lower_ in w["increment_before"]
        )
        sign = self._nearest(before, after, w["cues_signatories"])
        joining = self._nearest(before, after, w["joining_verbs"])
        if increment and (joining or sign) and not self._negated(doc, ctx, cand, sent):
            return "joiners"  # "five more countries joined", "expect 30 more to endorse"
        window_start = max(sent.start, cand.start - self.patterns.hedge_window)
        hedges = ctx.phrases_within("H", window_start, cand.start)
        if any(doc[start].is_lower for start, _, _ in hedges):
            return "other"  # "aims to bring the number of endorsers to 100"
        if self._negated(doc, ctx, cand, sent):
            return "other"
        if not total and joining is not None and self._increment_context(before, after):
            return "joiners"
        if self._sizes_a_party(doc, ctx, cand):
            return "other"  # "the 27-nation European Union endorsed ..."

        other = self._nearest(before, after, w["cues_other"])
        part = self._nearest(before, after, w["cues_participants"])
        phrase = self._nearest_phrase(ctx, cand, sent)
        if phrase is not None:
            part = phrase if part is None else min(part, phrase)
        ranked = sorted(
            (dist, order, kind)
            for order, (kind, dist) in enumerate(
                (("signatories", sign), ("other", other), ("participants", part))
            )
            if dist is not None
        )
        if total and (not ranked or ranked[0][2] != "other"):
            return "signatories"  # "bringing the total to 122 participants"
        if cand.noun in w["signatory_nouns"] and (not ranked or ranked[0][2] != "other"):
            return "signatories"
        if ranked:
            return ranked[0][2]
        weak = w["cues_participants_weak"]
        context = [*before, *after]
        if any(t.is_lower and t.lower_ in weak for t in context):
            return "participants"  # lower case only: "the Clean Energy Ministerial" is a name
        if (
            any(t.lower_ in w["instrument_nouns"] for t in context)
            or cand.gap_words & w["membership_words"]
            or any(t.lower_ in w["membership_verbs"] for t in before[-3:])
        ):
            return "signatories"
        return "other"

    @staticmethod
    def _nearest(before: Span, after: Span, words: frozenset[str]) -> int | None:
        """Token distance from the claim to the nearest word of `words` in its sentence."""
        best: int | None = None
        for dist, token in enumerate(reversed(before), 1):
            if token.lower_ in words:
                best = dist
                break
        for dist, token in enumerate(after, 1):
            if best is not None and dist >= best:
                break
            if token.lower_ in words:
                return dist
        return best

    @staticmethod
    def _nearest_phrase(ctx: _DocContext, cand: _Candidate, sent: Span) -> int | None:
        """Distance to the nearest "took part" phrase; "delegations from <count>" is 1.

        A phrase after "by" names the agent of a passive ("signed by representatives of 61
        countries"), so it says nothing about attending.
        """
        doc = ctx.doc
        dists = [
            cand.start - e + 1
            for s, e, _ in ctx.phrases_within("P", sent.start, cand.start)
            if not (s > 0 and doc[s - 1].lower_ == "by")
        ]
        dists += [s - cand.end + 1 for s, _, _ in ctx.phrases_within("P", cand.end, sent.end)]
        return min(dists) if dists else None

    def _increment_context(self, before: Span, after: Span) -> bool:
        """ "newly joined", "were added", "have since joined"."""
        w = self.w
        window = [t.lower_ for t in before[-4:]] + [t.lower_ for t in after[:4]]
        if any(word in w["increment_cues"] for word in window):
            return True
        return any(
            (a in w["increment_adjacent"] and b in w["joining_verbs"])
            or (b in w["increment_adjacent"] and a in w["joining_verbs"])
            for a, b in zip(window, window[1:], strict=False)
        )

    def _negated(self, doc: Doc, ctx: _DocContext, cand: _Candidate, sent: Span) -> bool:
        """ "55 countries have not signed", "12 ... declined to sign", "none of the nine states"."""
        negations, breaks = self.w["negations"], self.w["clause_breaks"]
        for token in reversed(doc[max(sent.start, cand.start - 3) : cand.start]):
            if token.lower_ in breaks:
                break  # "The US did not sign; 60 other countries did."
            if token.lower_ in negations:
                return True
        # After the claim, look up to its verb: "pledged never to pay" negates the paying, not
        # the pledge; and never into the next claim's words.
        stop = min(sent.end, cand.next_start)
        signs = self.w["cues_signatories"]
        for i in range(cand.end, stop):
            token = doc[i]
            if token.lower_ in signs or token.lower_ in self.w["clause_breaks"]:
                return False
            if token.lower_ in negations and not ctx.phrase_starting("XF", i):
                return True  # ("not including the US" is scope, not negation)
        return False

    def _sizes_a_party(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> bool:
        """ "the 27-nation European Union": a hyphenated count describing the party after it."""
        hyphenated = cand.num_start + 1 < cand.end and doc[cand.num_start + 1].text == "-"
        if not hyphenated:
            return False
        if cand.end in ctx.by_start:
            return True
        # "the 193-member General Assembly": look through a capitalised name for its head.
        for token in doc[cand.end : min(len(doc), cand.end + 4)]:
            if token.lower_ in self.w["sized_bodies"]:
                return True
            if not token.is_title:
                return False
        return False

    # ---- output ---------------------------------------------------------------------------

    def _to_claim(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> CountClaim:
        sent = ctx.sentence(cand.start)
        span = doc[cand.start : cand.end]
        # Only a real composite keeps its parts: a count coordinated with the principal alone is
        # told by its scope instead.
        composite = any(p.group or (p.code and p.code != self.principal) for p in cand.parts)
        return CountClaim(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            value=cand.value,
            qualifier=cand.qualifier,
            noun=cand.noun,
            scope=self._scope(doc, ctx, cand),
            kind=self._kind(doc, ctx, cand),
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            parts=list(cand.parts) if composite else [],
        )
