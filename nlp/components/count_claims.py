"""`tally_count_claims`: every count of parties in a text as an `nlp.models.CountClaim`.

Candidates come from a `Matcher` (number-like tokens) and a `PhraseMatcher` (qualifiers, scope
and participation phrases); each candidate is then read in a small window around it: the counted
noun after it (or an implied noun before it), the qualifier, the scope relative to the principal
and the kind. Every decision that depends on words lives in `nlp/patterns/claims.yaml`.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import srsly
import yaml
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from nlp.gazetteer import group_members
from nlp.models import QUALIFIERS, ClaimPart, CountClaim
from nlp.numbers import is_number_word, parse_number

PATTERNS_PATH = Path(__file__).resolve().parent.parent / "patterns" / "claims.yaml"
SPANS_KEY = "tally_claims"
ENTITIES_KEY = "tally_entities"

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "dozen"})
_CONJUNCTIONS = frozenset({"and", "&", "plus", ","})
_TOTAL_WORDS = frozenset(
    "total totals totalled totaled totalling totaling tally number numbers numbered "
    "numbering count".split()
)
_TOTAL_LINKS = frozenset(
    "to at is was are were now reached reaches hit rose grew climbed increased stands stood "
    "stand number numbers numbered numbering total totals totalled totaled of".split()
)
_AUX = frozenset("have has had now so far already since also all then together who that".split())

# Sections of the patterns file and the type each must have.
_LIST_KEYS = (
    "more_than_suffixes",
    "vague_quantities",
    "modifiers",
    "increment_modifiers",
    "increment_cues",
    "joining_verbs",
    "participant_phrases",
    "negations",
    "instrument_nouns",
)
_SCOPE_LIST_KEYS = (
    "excluding_links",
    "excluding_trailing_links",
    "excluding_preceding",
    "including_preceding",
    "including_following",
    "other_words",
)
_NON_COUNT_KEYS = ("year_prepositions", "currency_prefixes", "unit_suffixes", "id_prefixes")


class ClaimPatternsError(ValueError):
    """The claim patterns file is malformed."""


def _lower_set(values: Iterable[Any]) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values)


@dataclass(frozen=True)
class ClaimPatterns:
    """Validated contents of `nlp/patterns/claims.yaml` (see that file for what each list means)."""

    raw: dict[str, Any]
    qualifiers: dict[str, str]
    nouns: dict[str, str]
    implied_noun: str
    max_gap: int
    modifiers: frozenset[str]
    more_than_suffixes: frozenset[str]
    vague_quantities: tuple[str, ...]
    increment_modifiers: frozenset[str]
    increment_cues: frozenset[str]
    joining_verbs: frozenset[str]
    participant_phrases: tuple[str, ...]
    negations: frozenset[str]
    instrument_nouns: frozenset[str]
    signing_cues: frozenset[str]
    participant_cues: frozenset[str]
    scope: dict[str, Any] = field(default_factory=dict)
    non_count: dict[str, frozenset[str]] = field(default_factory=dict)


def validate_claim_patterns(raw: Any, lang: str = "en") -> ClaimPatterns:
    """Check a parsed patterns mapping and return it as `ClaimPatterns`; raise on any problem."""
    if not isinstance(raw, dict):
        raise ClaimPatternsError("claim patterns must be a mapping")
    quals = raw.get("qualifiers", {}).get(lang)
    if not isinstance(quals, dict) or not quals:
        raise ClaimPatternsError(f"qualifiers.{lang} must be a non-empty mapping")
    for phrase, qualifier in quals.items():
        if qualifier not in QUALIFIERS or qualifier == "dozens":
            raise ClaimPatternsError(f"qualifier {phrase!r}: unknown value {qualifier!r}")
    nouns = raw.get("nouns")
    if not isinstance(nouns, dict) or not all(isinstance(v, str) for v in nouns.values()):
        raise ClaimPatternsError("nouns must map surface forms to lemmas")
    for key in _LIST_KEYS:
        if not isinstance(raw.get(key), list):
            raise ClaimPatternsError(f"{key} must be a list")
    scope = raw.get("scope")
    if not isinstance(scope, dict):
        raise ClaimPatternsError("scope must be a mapping")
    for key in _SCOPE_LIST_KEYS:
        if not isinstance(scope.get(key), list):
            raise ClaimPatternsError(f"scope.{key} must be a list")
    non_count = raw.get("non_count")
    if not isinstance(non_count, dict):
        raise ClaimPatternsError("non_count must be a mapping")
    for key in _NON_COUNT_KEYS:
        if not isinstance(non_count.get(key), list):
            raise ClaimPatternsError(f"non_count.{key} must be a list")
    cues = raw.get("kind_cues")
    if not isinstance(cues, dict) or not {"signatories", "participants"} <= set(cues):
        raise ClaimPatternsError("kind_cues needs signatories and participants lists")
    max_gap = raw.get("max_gap", 4)
    if not isinstance(max_gap, int) or not 0 <= max_gap <= 8:
        raise ClaimPatternsError("max_gap must be an integer between 0 and 8")
    return ClaimPatterns(
        raw=raw,
        qualifiers={str(k).lower(): v for k, v in quals.items()},
        nouns={str(k).lower(): v for k, v in nouns.items()},
        implied_noun=str(raw.get("implied_noun", "party")),
        max_gap=max_gap,
        modifiers=_lower_set(raw["modifiers"]),
        more_than_suffixes=_lower_set(raw["more_than_suffixes"]),
        vague_quantities=tuple(str(v).lower() for v in raw["vague_quantities"]),
        increment_modifiers=_lower_set(raw["increment_modifiers"]),
        increment_cues=_lower_set(raw["increment_cues"]),
        joining_verbs=_lower_set(raw["joining_verbs"]),
        participant_phrases=tuple(str(v).lower() for v in raw["participant_phrases"]),
        negations=_lower_set(raw["negations"]),
        instrument_nouns=_lower_set(raw["instrument_nouns"]),
        signing_cues=_lower_set(cues["signatories"] or []),
        participant_cues=_lower_set(cues["participants"] or []),
        scope={
            **{k: [str(v).lower() for v in scope[k]] for k in _SCOPE_LIST_KEYS},
            "max_link_tokens": int(scope.get("max_link_tokens", 8)),
            "max_including_tokens": int(scope.get("max_including_tokens", 30)),
        },
        non_count={k: _lower_set(non_count[k]) for k in _NON_COUNT_KEYS},
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
    num_end: int
    end: int  # one past the counted noun (or the number when the noun is implied)
    value: int | None
    qualifier: str
    noun: str
    gap_words: frozenset[str]
    gap_entities: list[Span]
    implied: bool = False
    parts: list[ClaimPart] = field(default_factory=list)


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
    """Finds count claims and stores them in `doc.spans["tally_claims"]` (`span._.tally_claim`)."""

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
        vocab = self.nlp.vocab
        self.number_matcher = Matcher(vocab)
        self.number_matcher.add("NUM", [[{"LIKE_NUM": True}], [{"LOWER": "dozen"}]])
        self.phrase_matcher = PhraseMatcher(vocab, attr="LOWER")
        tokenizer = self.nlp.tokenizer
        self._phrase_labels: dict[int, tuple[str, str]] = {}

        def add(kind: str, phrases: Iterable[str], value: str = "") -> None:
            for phrase in phrases:
                label = f"{kind}|{value or phrase}"
                key = vocab.strings.add(label)
                self._phrase_labels[key] = (kind, value or phrase)
                self.phrase_matcher.add(label, [tokenizer(phrase)])

        for phrase, qualifier in patterns.qualifiers.items():
            add("Q", [phrase], qualifier)
        add("V", patterns.vague_quantities)
        for form, lemma in patterns.nouns.items():
            if " " in form:
                add("N", [form], lemma)
        add("P", patterns.participant_phrases)
        add("XP", patterns.scope["excluding_preceding"])
        add("IP", patterns.scope["including_preceding"])
        add("IF", patterns.scope["including_following"])

    # ---- spaCy plumbing -------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Find the claims of one Doc."""
        ents = sorted(doc.spans.get(ENTITIES_KEY, []), key=lambda s: (s.start, s.end))
        ctx = _DocContext(doc, ents, self._phrases(doc))
        spans = []
        for cand in self._candidates(doc, ctx):
            kind = self._kind(doc, ctx, cand)
            claim_span = Span(doc, cand.start, cand.end, label=kind)
            claim_span._.tally_claim = self._to_claim(doc, ctx, cand, kind)
            spans.append(claim_span)
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
        """Write the component state as JSON in `path`."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "count_claims.json", self._state())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> CountClaimFinder:
        """Read the component state written by `to_disk`."""
        self._load_state(srsly.read_json(Path(path) / "count_claims.json"))
        return self

    # ---- candidates -----------------------------------------------------------------------

    def _phrases(self, doc: Doc) -> dict[str, dict[int, list[tuple[int, int, str]]]]:
        """Phrase matches by kind, indexed by end token and by start token."""
        by_end: dict[str, dict[int, list[tuple[int, int, str]]]] = {}
        by_start: dict[str, dict[int, list[tuple[int, int, str]]]] = {}
        for match_id, start, end in self.phrase_matcher(doc):
            kind, value = self._phrase_labels[match_id]
            by_end.setdefault(kind, {}).setdefault(end, []).append((start, end, value))
            by_start.setdefault(kind, {}).setdefault(start, []).append((start, end, value))
        return {"end": by_end, "start": by_start}  # type: ignore[dict-item]

    def _number_runs(self, doc: Doc, hits: list[int]) -> list[tuple[int, int]]:
        """Group number tokens into phrases: "sixty - one", "a hundred and five", "58"."""
        runs: list[tuple[int, int]] = []
        hit_set = set(hits)
        i = 0
        ordered = sorted(hit_set)
        while i < len(ordered):
            start = ordered[i]
            end = start + 1
            while True:
                if end in hit_set and self._joins(doc, end - 1, end):
                    end += 1
                elif (
                    end + 1 in hit_set
                    and doc[end].text in {"-", "and"}
                    and self._word(doc[end - 1])
                    and self._word(doc[end + 1])
                    and (doc[end].text == "and" or not doc[end - 1].whitespace_)
                ):
                    end += 2
                else:
                    break
            if start > 0 and doc[start - 1].lower_ in {"a", "an"} and doc[start].lower_ in _SCALE_WORDS:
                start -= 1
            runs.append((start, end))
            while i < len(ordered) and ordered[i] < end:
                i += 1
        return runs

    @staticmethod
    def _word(token: Token) -> bool:
        return is_number_word(token.lower_)

    def _joins(self, doc: Doc, left: int, right: int) -> bool:
        """Whether two adjacent number tokens belong to one number ("sixty one", "2 dozen")."""
        a, b = doc[left], doc[right]
        if self._word(a) and self._word(b):
            return True
        return a.is_digit and b.lower_ in _SCALE_WORDS

    def _candidates(self, doc: Doc, ctx: _DocContext) -> list[_Candidate]:
        hits = [start for _, start, _ in self.number_matcher(doc)]
        phrases = ctx.phrases
        found: list[_Candidate] = []
        taken_until = -1
        for start, end, _ in sorted(
            (s, e, v) for s, e, v in self._vague(phrases)
        ):
            cand = self._read_vague(doc, ctx, start, end)
            if cand:
                found.append(cand)
                taken_until = max(taken_until, cand.end)
        vague_tokens = {i for c in found for i in range(c.start, c.end)}
        for start, end in self._number_runs(doc, hits):
            if start in vague_tokens:
                continue
            cand = self._read_number(doc, ctx, start, end)
            if cand is not None:
                found.append(cand)
        found.sort(key=lambda c: c.start)
        result: list[_Candidate] = []
        for cand in found:
            if result and cand.start < result[-1].end:
                continue  # overlapping readings: keep the first
            self._attach_parts(doc, ctx, cand, result)
            result.append(cand)
        # A group count merged into the next claim's parts is not a claim of its own.
        return [c for c in result if not getattr(c, "_merged", False)]

    @staticmethod
    def _vague(phrases: dict[str, Any]) -> list[tuple[int, int, str]]:
        return [m for ms in phrases["start"].get("V", {}).values() for m in ms]

    def _read_vague(self, doc: Doc, ctx: _DocContext, start: int, end: int) -> _Candidate | None:
        """ "dozens of (other) countries" -> qualifier dozens, value None."""
        if end >= len(doc) or doc[end].lower_ != "of":
            # "several dozen countries" has no "of"
            if not doc[end - 1].lower_ == "dozen":
                return None
            noun_at = end
        else:
            noun_at = end + 1
        noun = self._noun_after(doc, ctx, noun_at)
        if noun is None:
            return None
        noun_end, lemma, gap = noun
        return _Candidate(
            start=start,
            num_start=start,
            num_end=end,
            end=noun_end,
            value=None,
            qualifier="dozens",
            noun=lemma,
            gap_words=gap,
            gap_entities=[],
        )

    def _noun_after(
        self, doc: Doc, ctx: _DocContext, i: int
    ) -> tuple[int, str, frozenset[str]] | None:
        """(end, lemma, gap words) of the counted noun starting within `max_gap` tokens of i."""
        p = self.patterns
        gap: list[str] = []
        limit = min(len(doc), i + p.max_gap + 1)
        while i < limit:
            multi = ctx.phrase_at("N", i)
            if multi:
                return multi[1], multi[2], frozenset(gap)
            token = doc[i]
            lemma = p.nouns.get(token.lower_)
            if lemma:
                return i + 1, lemma, frozenset(gap)
            if token.is_sent_start and i > 0:
                return None
            if (
                token.lower_ in p.modifiers
                or token.text == "-"
                or (token.is_alpha and (token.is_title or token.is_upper))
            ):
                gap.append(token.lower_)
                i += 1
                continue
            return None
        return None

    def _read_number(self, doc: Doc, ctx: _DocContext, start: int, end: int) -> _Candidate | None:
        """Read the claim around the number doc[start:end], or None when it counts no parties."""
        p = self.patterns
        nc = p.non_count
        value = parse_number(doc[start:end].text)
        if value is None or value < 2:
            return None
        first, last = doc[start], doc[end - 1]
        prev = doc[start - 1] if start > 0 else None
        nxt = doc[end] if end < len(doc) else None
        if prev is not None:
            if prev.lower_ in nc["currency_prefixes"] or prev.lower_ in nc["id_prefixes"]:
                return None
            if prev.text == "-" and not prev.whitespace_ and start > 1:
                return None  # "G-20", "COVID-19"-style identifiers and number ranges
            if (
                first.is_digit
                and len(first.text) == 4
                and 1800 <= value <= 2100
                and (prev.lower_ in nc["year_prepositions"] or prev.lower_ in _MONTHS)
            ):
                return None
        if nxt is not None:
            if nxt.lower_ in nc["unit_suffixes"]:
                return None
            if nxt.text in {"-", "/", ":", "."} and not last.whitespace_ and end + 1 < len(doc):
                after = doc[end + 1]
                if after.like_num:
                    return None  # phone numbers, ranges, times, decimals
        qualifier, q_start = "exact", start
        q = ctx.phrase_ending("Q", start)
        if q is not None:
            q_start, qualifier = q[0], q[2]
        i = end
        # "Fifty-eight (58) countries": the bracketed figure restates the words.
        if (
            i + 2 < len(doc)
            and doc[i].text == "("
            and doc[i + 1].like_num
            and doc[i + 2].text == ")"
        ):
            restated = parse_number(doc[i + 1].text)
            if restated is not None:
                value = restated
            i += 3
        if i < len(doc) and doc[i].lower_ in p.more_than_suffixes:
            qualifier, i = "more_than", i + 1
        elif (
            i + 1 < len(doc)
            and doc[i].text == "-"
            and doc[i + 1].lower_ in p.more_than_suffixes
        ):
            qualifier, i = "more_than", i + 2
        noun = self._noun_after(doc, ctx, i)
        if noun is not None:
            noun_end, lemma, gap = noun
            if first.is_digit and len(first.text) == 4 and 1800 <= value <= 2100 and (
                prev is None or prev.is_sent_start or prev.is_punct
            ) and nxt is not None and nxt.is_title and lemma != nxt.lower_:
                return None  # "2022 Summit countries": a year used as a modifier
            return _Candidate(
                start=q_start,
                num_start=start,
                num_end=end,
                end=noun_end,
                value=value,
                qualifier=qualifier,
                noun=lemma,
                gap_words=gap,
                gap_entities=ctx.entities_within(i, noun_end),
            )
        implied = self._implied_noun(doc, ctx, q_start, i)
        if implied is None:
            return None
        return _Candidate(
            start=q_start,
            num_start=start,
            num_end=end,
            end=i,
            value=value,
            qualifier=qualifier,
            noun=implied,
            gap_words=frozenset(),
            gap_entities=[],
            implied=True,
        )

    def _implied_noun(self, doc: Doc, ctx: _DocContext, start: int, end: int) -> str | None:
        """The noun of a count that names none ("61 have signed", "the total rose to 61")."""
        sent = ctx.sentence(start)
        prev = doc[start - 1] if start > sent.start else None
        if prev is not None and (prev.lower_ in _MONTHS or prev.lower_ in {"on", "at", "of"}):
            if prev.lower_ != "at" or not self._total_before(doc, sent.start, start):
                return None
        if self._total_before(doc, sent.start, start) or self._signs_after(doc, end, sent.end):
            return self._nearest_noun(doc, sent.start, start) or self.patterns.implied_noun
        return None

    def _total_before(self, doc: Doc, sent_start: int, start: int) -> bool:
        """ "bringing the total to 61", "signatories, which now number 61", "tally stands at"."""
        if start == sent_start or doc[start - 1].lower_ not in _TOTAL_LINKS:
            return False
        window = doc[max(sent_start, start - 7) : start]
        return any(t.lower_ in _TOTAL_WORDS for t in window)

    def _signs_after(self, doc: Doc, end: int, sent_end: int) -> bool:
        """ "61 have signed", "61 have now endorsed it", "61 joined"."""
        i = end
        while i < sent_end and i < end + 4 and doc[i].lower_ in _AUX:
            i += 1
        if i >= sent_end:
            return False
        word = doc[i].lower_
        return word in self.patterns.joining_verbs or word in {
            "endorsed",
            "backed",
            "ratified",
            "pledged",
            "committed",
            "agreed",
            "supported",
            "attended",
            "participated",
        }

    def _nearest_noun(self, doc: Doc, sent_start: int, start: int) -> str | None:
        for token in reversed(doc[sent_start:start]):
            lemma = self.patterns.nouns.get(token.lower_)
            if lemma:
                return lemma
        return None

    # ---- composites -----------------------------------------------------------------------

    def _group_phrase_ending(
        self, doc: Doc, ctx: _DocContext, end: int, lower: int
    ) -> tuple[int, ClaimPart] | None:
        """ "all EU member states" / "the 27 EU countries" ending at `end` -> (start, part)."""
        i = end
        while i > lower and doc[i - 1].lower_ in {"states", "countries", "nations", "members", "member"}:
            i -= 1
        if i == end:
            return None
        ent = ctx.entity_ending(i)
        if ent is None or not group_members(ent.label_):
            return None
        j = ent.start
        value = None
        if j > lower and doc[j - 1].like_num:
            value = parse_number(doc[j - 1].text)
            j -= 1
        if j > lower and doc[j - 1].lower_ in {"all", "the", "its"}:
            j -= 1
        return j, ClaimPart(value=value, group=ent.label_, text=doc[j:end].text)

    def _left_chain(self, doc: Doc, ctx: _DocContext, start: int, sent_start: int) -> list[ClaimPart]:
        """Named parties coordinated before a count: "the EU, the US and 32 partners"."""
        parts: list[ClaimPart] = []
        i = start
        while True:
            j = i
            saw_conj = False
            while j > sent_start and doc[j - 1].lower_ in {",", "and", "&", "plus", "the", "as", "well"}:
                saw_conj = saw_conj or doc[j - 1].lower_ in _CONJUNCTIONS | {"well"}
                j -= 1
            if not saw_conj:
                break
            group = self._group_phrase_ending(doc, ctx, j, sent_start)
            if group:
                i = group[0]
                parts.insert(0, group[1])
                continue
            ent = ctx.entity_ending(j)
            if ent is None:
                break
            parts.insert(0, ClaimPart(code=ent.label_, text=ent.text))
            i = ent.start
        return parts

    def _right_chain(self, doc: Doc, ctx: _DocContext, end: int, sent_end: int) -> list[ClaimPart]:
        """Named parties coordinated after a count: "28 countries and the EU"."""
        parts: list[ClaimPart] = []
        i = end
        while True:
            j = i
            saw_conj = False
            while j < sent_end and doc[j].lower_ in {"and", "&", "plus", "the", "as", "well"}:
                saw_conj = saw_conj or doc[j].lower_ in {"and", "&", "plus", "well"}
                j += 1
            if not saw_conj:
                break
            ent = ctx.entity_starting(j)
            if ent is None:
                break
            parts.append(ClaimPart(code=ent.label_, text=ent.text))
            i = ent.end
        return parts

    def _attach_parts(
        self, doc: Doc, ctx: _DocContext, cand: _Candidate, earlier: list[_Candidate]
    ) -> None:
        """Make `cand` a composite when named parties or a group are coordinated with it."""
        sent = ctx.sentence(cand.start)
        left: list[ClaimPart] = []
        prev = earlier[-1] if earlier else None
        if (
            prev is not None
            and prev.value is not None
            and sent.start <= prev.start
            and doc[prev.end : cand.start].text.strip() in {"and", ",", "plus", ", and"}
            and any(group_members(e.label_) for e in prev.gap_entities)
        ):
            # "the 27 EU member states and 28 other countries": the group count is an addend.
            group = next(e.label_ for e in prev.gap_entities if group_members(e.label_))
            left = [*prev.parts, ClaimPart(value=prev.value, group=group, text=doc[prev.start : prev.end].text)]
            prev._merged = True  # type: ignore[attr-defined]
        else:
            left = self._left_chain(doc, ctx, cand.start, sent.start)
        right = self._right_chain(doc, ctx, cand.end, sent.end)
        named = [p for p in left + right if p.group or (p.code and p.code != self.principal)]
        if named:
            own = ClaimPart(value=cand.value, text=doc[cand.start : cand.end].text)
            cand.parts = [*left, own, *right]
        else:
            cand.parts = [*left, *right]  # principal only: kept for scope, dropped below

    # ---- scope and kind -------------------------------------------------------------------

    def _scope(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str:
        p = self.patterns.scope
        sent = ctx.sentence(cand.start)
        ents = ctx.entities_in(sent.start, sent.end)
        principal_ents = [e for e in ents if e.label_ == self.principal]
        # Total of all parties: "one of 61 countries", "among the 61 signatories".
        if ctx.phrase_ending("IP", cand.start) or (
            cand.start > 0
            and doc[cand.start - 1].lower_ == "the"
            and ctx.phrase_ending("IP", cand.start - 1)
        ):
            return "including_principal"
        k = cand.end
        if k < sent.end and doc[k].text == ",":
            k += 1
        inc = ctx.phrase_starting("IF", k)
        if inc is not None:
            horizon = min(sent.end, inc[1] + p["max_including_tokens"])
            if any(inc[1] <= e.start < horizon for e in principal_ents):
                return "including_principal"
        if not principal_ents:
            return "unspecified"
        chain_codes = {part.code for part in cand.parts}
        if self.principal in chain_codes:
            return "excluding_principal"
        if self._linked_before(doc, ctx, cand.start, sent.start):
            return "excluding_principal"
        before = [e for e in principal_ents if e.end <= cand.start]
        if before and ctx.phrase_ending("XP", cand.start):
            return "excluding_principal"
        if cand.gap_words & set(p["other_words"]):
            # "other" refers to the party named nearest before the count.
            named_before = [e for e in ents if e.end <= cand.start]
            if named_before and named_before[-1].label_ != self.principal and not before:
                return "unspecified"
            return "excluding_principal"
        if self._linked_after(doc, ctx, cand.end, sent.end):
            return "excluding_principal"
        return "unspecified"

    def _linked_before(self, doc: Doc, ctx: _DocContext, start: int, sent_start: int) -> bool:
        """ "<principal> joins 55 nations", "<principal> with 60 partners"."""
        links = set(self.patterns.scope["excluding_links"])
        i = start
        limit = max(sent_start, start - self.patterns.scope["max_link_tokens"])
        while i > limit:
            ent = ctx.entity_ending(i)
            if ent is not None:
                return ent.label_ == self.principal and i < start
            if doc[i - 1].lower_ not in links:
                return False
            i -= 1
        ent = ctx.entity_ending(i)
        return ent is not None and ent.label_ == self.principal and i < start

    def _linked_after(self, doc: Doc, ctx: _DocContext, end: int, sent_end: int) -> bool:
        """ "55 countries and the United States"."""
        links = set(self.patterns.scope["excluding_trailing_links"]) | {"the"}
        i, conj = end, False
        while i < sent_end and i < end + 4:
            ent = ctx.entity_starting(i)
            if ent is not None:
                return conj and ent.label_ == self.principal
            if doc[i].lower_ not in links:
                return False
            conj = conj or doc[i].lower_ in {"and", "&", "plus", "well", "with", "alongside"}
            i += 1
        return False

    def _kind(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str:
        """signatories / joiners / participants / other, from cue words near the claim."""
        p = self.patterns
        sent = ctx.sentence(cand.start)
        before = doc[sent.start : cand.start]
        after = doc[cand.end : sent.end]
        # The stated word before the count decides first: "delegations from 100 countries".
        lead = " ".join(t.lower_ for t in doc[max(sent.start, cand.start - 3) : cand.start])
        if any(lead.endswith(ph) for ph in p.participant_phrases):
            return "participants"
        if cand.noun in {"participant", "delegation"}:
            return "participants"
        total_cue = self._total_before(doc, sent.start, cand.start)
        increment = bool(cand.gap_words & p.increment_modifiers) or (
            cand.start > sent.start and doc[cand.start - 1].lower_ in {"another", "further"}
        )
        sign_dist = self._nearest(before, after, p.signing_cues)
        part_dist = self._nearest(before, after, p.participant_cues)
        phrase_dist = self._nearest_phrase(before, after, p.participant_phrases)
        if phrase_dist is not None:
            part_dist = min(part_dist, phrase_dist) if part_dist is not None else phrase_dist
        if sign_dist is not None and self._negated(doc, cand, sent):
            return "other"
        if not total_cue and (increment or self._increment_context(before, after)):
            if sign_dist is not None or any(t.lower_ in p.joining_verbs for t in after):
                return "joiners"
        if total_cue:
            return "signatories"
        if cand.noun in {"signatory", "endorser", "signer"}:
            return "signatories"
        if part_dist is not None and (sign_dist is None or part_dist < sign_dist):
            return "participants"
        if sign_dist is not None:
            return "signatories"
        if any(t.lower_ in p.instrument_nouns for t in sent):
            return "signatories"
        return "other"

    @staticmethod
    def _nearest(before: Span, after: Span, words: frozenset[str]) -> int | None:
        best: int | None = None
        for dist, token in enumerate(reversed(before), 1):
            if token.lower_ in words:
                best = dist
                break
        for dist, token in enumerate(after, 1):
            if best is not None and dist >= best:
                break
            if token.lower_ in words:
                best = dist
                break
        return best

    @staticmethod
    def _nearest_phrase(before: Span, after: Span, phrases: tuple[str, ...]) -> int | None:
        best: int | None = None
        for span, from_end in ((before, True), (after, False)):
            text = " ".join(t.lower_ for t in span)
            for phrase in phrases:
                pos = text.rfind(phrase) if from_end else text.find(phrase)
                if pos < 0:
                    continue
                words_before = text[:pos].count(" ")
                dist = (len(span) - words_before) if from_end else words_before + 1
                best = dist if best is None else min(best, dist)
        return best

    def _increment_context(self, before: Span, after: Span) -> bool:
        """ "newly joined", "were added", "have since joined", "latest signatories"."""
        p = self.patterns
        window = [t.lower_ for t in before[-4:]] + [t.lower_ for t in after[:5]]
        if any(w in p.increment_cues - {"since", "another", "new", "also"} for w in window):
            return True
        for a, b in zip(window, window[1:], strict=False):
            if (a == "since" and b in p.joining_verbs) or (b == "since" and a in p.joining_verbs):
                return True
        return False

    def _negated(self, doc: Doc, cand: _Candidate, sent: Span) -> bool:
        """ "55 countries have not signed", "refused to sign", "non-signatories"."""
        window = doc[max(sent.start, cand.start - 3) : min(sent.end, cand.end + 5)]
        return any(t.lower_ in self.patterns.negations for t in window)

    def _to_claim(self, doc: Doc, ctx: _DocContext, cand: _Candidate, kind: str) -> CountClaim:
        sent = ctx.sentence(cand.start)
        scope = self._scope(doc, ctx, cand)
        parts = cand.parts
        if not any(p.group or (p.code and p.code != self.principal) for p in parts):
            parts = []
        span = doc[cand.start : cand.end]
        return CountClaim(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            value=cand.value,
            qualifier=cand.qualifier,
            noun=cand.noun,
            scope=scope,
            kind=kind,
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            parts=list(parts),
        )


class _DocContext:
    """Per-Doc lookups shared by the per-candidate readers (entities and phrase matches)."""

    def __init__(self, doc: Doc, ents: list[Span], phrases: dict[str, Any] | None) -> None:
        self.doc = doc
        self.ents = ents
        self.starts = [e.start for e in ents]
        self.by_end = {e.end: e for e in ents}
        self.by_start = {e.start: e for e in ents}
        self.phrases = phrases or {"end": {}, "start": {}}
        self.has_sents = doc.has_annotation("SENT_START")

    def sentence(self, i: int) -> Span:
        return self.doc[i].sent if self.has_sents else self.doc[:]

    def entities_in(self, start: int, end: int) -> list[Span]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.ents[lo:hi]

    def entities_within(self, start: int, end: int) -> list[Span]:
        return [e for e in self.entities_in(start, end) if e.end <= end]

    def entity_ending(self, end: int) -> Span | None:
        return self.by_end.get(end)

    def entity_starting(self, start: int) -> Span | None:
        return self.by_start.get(start)

    def phrase_ending(self, kind: str, end: int) -> tuple[int, int, str] | None:
        """The longest phrase of `kind` ending at token `end`."""
        matches = self.phrases["end"].get(kind, {}).get(end)
        return min(matches) if matches else None

    def phrase_starting(self, kind: str, start: int) -> tuple[int, int, str] | None:
        matches = self.phrases["start"].get(kind, {}).get(start)
        return max(matches, key=lambda m: m[1]) if matches else None

    def phrase_at(self, kind: str, start: int) -> tuple[int, int, str] | None:
        return self.phrase_starting(kind, start)
