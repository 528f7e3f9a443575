"""`tally_entities`: gazetteer matching of states and supranational bodies into `doc.spans["tally_entities"]`.

Names come from `nlp.gazetteer.surface_forms`; traps (US states, cities, given names, demonyms
used as adjectives) are handled by data in `nlp/patterns/entity_*.yaml` and
`demonym_heads.yaml`. Each span's `label_` is the entity code and `span._.tally_kind` its kind.

Decisions (tested in tests/nlp/test_entities.py): capitals as metonyms ("Washington",
"Brussels") are not mentions; "non-EU" and "EU-US" mention the EU; "Congo" alone is COG and
"Korea" alone KOR; Georgia is the US state after a US title or beside another US state
("in Georgia and Arizona"); "Japan Airlines", "Canada Post" name companies, not states.

Two matchers scan the Doc (exact case: names, demonyms, anaphora, organisation blockers; lower
case: long names and phrase blockers); candidates are settled as (start, end, label) tuples and
Spans are made only for the mentions kept. Their bounds also go to `doc.user_data[BOUNDS_KEY]`
so `tally_enumerations` reads them without making Span objects.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import srsly
import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from nlp.gazetteer import (
    combined_surface_forms,
    demonyms,
    entity_kind,
    entity_table,
    is_case_sensitive,
)

PATTERNS_DIR = Path(__file__).resolve().parent.parent / "patterns"
SPAN_KEY = "tally_entities"
BOUNDS_KEY = "tally_entity_bounds"  # [(start, end, label hash)] of the spans in SPAN_KEY
SIGNATORY_KEY = "tally_signatory_starts"  # first tokens of the spans listed as signatories
BLOCK = "TALLY_BLOCK"  # match id of phrases that contain a name but mention no state
_LIST_GLUE = frozenset({",", "and", "&", ";", "/", "(", ")"})
_COORDINATION = frozenset({",", "and", "or", "&"})


@dataclass(frozen=True)
class EntityRules:
    """Validated rule data for `tally_entities`."""

    blockers: tuple[str, ...]
    organisation_heads: tuple[str, ...]
    person_names: frozenset[str]
    neighbour_exceptions: frozenset[str]
    anaphora: tuple[dict[str, Any], ...]
    demonym_heads: tuple[str, ...]
    demonym_modifiers: tuple[str, ...]
    demonym_hyphen_heads: tuple[str, ...]
    us_state_names: frozenset[str]
    us_politics_titles: frozenset[str]
    us_title_window: int
    us_state_peers: frozenset[tuple[str, ...]] = frozenset()  # token texts of other US states


def _read_yaml(name: str) -> dict[str, Any]:
    with (PATTERNS_DIR / name).open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping")
    return data


def _strings(data: dict[str, Any], key: str, source: str) -> list[str]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ValueError(f"{source}: {key!r} must be a list of strings (quote yes/no/on/off)")
    return values


@cache
def load_entity_rules() -> EntityRules:
    """Load and validate the entity pattern files in `nlp/patterns/`."""
    blk = _read_yaml("entity_blockers.yaml")
    phrases = _strings(blk, "phrases", "entity_blockers.yaml")
    for ctx in blk.get("contexts", []):
        name = ctx.get("name")
        if not isinstance(name, str):
            raise ValueError("entity_blockers.yaml: every context needs a name")
        phrases += [f"{b} {name}" for b in _strings(ctx, "before", f"context {name}")]
        after = _strings(ctx, "after", f"context {name}")
        phrases += [f"{name}{'' if a.startswith(chr(39)) else ' '}{a}" for a in after]
        # A capitalised word glued by a hyphen names the same thing: "Georgia-Pacific" is the
        # company "Georgia Pacific" (only for listed words: "Israel-Hamas" names Israel).
        phrases += [f"{name}-{a}" for a in after if a[:1].isupper() and " " not in a]
    ctx_rules = _read_yaml("entity_context.yaml")
    anaphora = tuple(ctx_rules.get("anaphora", []))
    known = set(entity_table())
    for rule in anaphora:
        if not {"phrase", "code", "requires_prior"} <= set(rule) or rule["code"] not in known:
            raise ValueError(f"entity_context.yaml: bad anaphora rule {rule!r}")
    heads = _read_yaml("demonym_heads.yaml")
    return EntityRules(
        blockers=tuple(phrases),
        organisation_heads=tuple(_strings(blk, "organisation_heads", "entity_blockers.yaml")),
        person_names=frozenset(_strings(ctx_rules, "person_names", "entity_context.yaml")),
        neighbour_exceptions=frozenset(
            _strings(ctx_rules, "neighbour_exceptions", "entity_context.yaml")
        ),
        anaphora=anaphora,
        demonym_heads=tuple(_strings(heads, "heads", "demonym_heads.yaml")),
        demonym_modifiers=tuple(_strings(heads, "modifiers", "demonym_heads.yaml")),
        demonym_hyphen_heads=tuple(_strings(heads, "hyphen_heads", "demonym_heads.yaml")),
        us_state_names=frozenset(_strings(ctx_rules, "us_state_names", "entity_context.yaml")),
        us_politics_titles=frozenset(
            _strings(ctx_rules, "us_politics_titles", "entity_context.yaml")
        ),
        us_title_window=int(ctx_rules.get("us_title_window", 5)),
        us_state_peers=frozenset(
            tuple(name.split())
            for name in _strings(ctx_rules, "us_state_peers", "entity_context.yaml")
        ),
    )


def _longest_first(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping (start, end, label) spans, longest first, then earliest (as filter_spans)."""
    taken: set[int] = set()
    kept = []
    for s, e, mid in sorted(spans, key=lambda t: (t[1] - t[0], -t[0]), reverse=True):
        if s not in taken and e - 1 not in taken:
            kept.append((s, e, mid))
            taken.update(range(s, e))
    return sorted(kept)


def _looks_like_headline(doc: Doc, span: Span) -> bool:
    """Whether the sentence around `span` is in title case (most words capitalised)."""
    sent = doc[span.start].sent
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)


def role_of(span: Span) -> str:
    """`span._.tally_role`: "signatory" for a name inside an enumeration of endorsers.

    `tally_enumerations` records the list items' first tokens in `doc.user_data` (entity spans
    never overlap, so a start identifies one); reading a role makes no per-span storage.
    """
    return "signatory" if span.start in span.doc.user_data.get(SIGNATORY_KEY, ()) else "mention"


def _kind_of(span: Span) -> str | None:
    return entity_kind(span.label_) if span.label_ else None


class EntityRecognizer:
    """Finds every mention of a state or supranational body; longest match wins."""

    def __init__(self, nlp: Language, name: str, languages: list[str] | None = None) -> None:
        # A getter from the label: nothing stored per span, and it survives Doc serialisation.
        Span.set_extension("tally_kind", getter=_kind_of, force=True)
        Span.set_extension("tally_role", getter=role_of, force=True)
        self.name = name
        # The first language's names, demonyms and rules; later ones add their names only.
        self.languages = list(languages or ["en"])
        self.language = self.languages[0]
        self._build(nlp)

    def _build(self, nlp: Language) -> None:
        rules = load_entity_rules()
        self.rules = rules
        vocab = nlp.vocab
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        by_code_exact: dict[str, list[str]] = {}
        by_code_lower: dict[str, list[str]] = {}
        forms = combined_surface_forms(tuple(self.languages))
        self._person_codes = frozenset(forms[name] for name in rules.person_names if name in forms)
        self._us_state_codes = frozenset(
            forms[name] for name in rules.us_state_names if name in forms
        )
        for form, code in forms.items():
            if is_case_sensitive(form):
                variants = {form}
                if not form.isupper() and len(form) > 3:
                    variants.add(form.upper())  # ALL-CAPS headlines
                by_code_exact.setdefault(code, []).extend(variants)
            else:
                by_code_lower.setdefault(code, []).append(form)
        for code, forms in by_code_exact.items():
            self.exact.add(code, list(nlp.tokenizer.pipe(forms)))
        for code, forms in by_code_lower.items():
            self.lower.add(code, list(nlp.tokenizer.pipe(forms)))
        self.lower.add(BLOCK, list(nlp.tokenizer.pipe(rules.blockers)))
        # "Japan Airlines": generated blocker phrases, so the matcher (not Python) rejects them.
        names = combined_surface_forms(tuple(self.languages))  # cached
        short = [f for f in names if len(f.split()) <= 2 and f[:1].isupper()]
        organisations = [f"{f} {head}" for f in short for head in rules.organisation_heads]
        self.exact.add(BLOCK, list(nlp.tokenizer.pipe(organisations)))
        # Demonyms only count before a noun that names the state or an organ of it; the head is
        # checked per match in __call__ (a PhraseMatcher is far cheaper than a Matcher with an
        # optional token per demonym).
        # Demonyms and anaphora are exact-case phrases too: they ride in the same matcher under
        # their own keys, so the Doc is scanned by two matchers instead of four.
        by_code_demonym: dict[str, list[str]] = {}
        for form, code in demonyms(self.language).items():
            by_code_demonym.setdefault(code, []).append(form)
        self._demonym_ids: dict[int, int] = {}  # match id -> label (the code's hash)
        for code, forms in by_code_demonym.items():
            key = f"TALLY_DEM_{code}"
            self.exact.add(key, list(nlp.tokenizer.pipe(forms)))
            self._demonym_ids[vocab.strings[key]] = vocab.strings.add(code)
        self._heads = frozenset(rules.demonym_heads)
        self._modifiers = frozenset(rules.demonym_modifiers)
        self._hyphen_heads = frozenset(rules.demonym_hyphen_heads)
        self._anaphora_ids: dict[int, int] = {}  # match id -> rule index
        for i, rule in enumerate(rules.anaphora):
            key = f"TALLY_ANA_{i}"
            self.exact.add(key, [nlp.make_doc(rule["phrase"])])
            self._anaphora_ids[vocab.strings[key]] = i
        self._block_id = vocab.strings[BLOCK]
        self._special_ids = frozenset(
            vocab.strings[code] for code in self._person_codes | self._us_state_codes
        )

    def __call__(self, doc: Doc) -> Doc:
        names: list[tuple[int, int, int]] = []  # (start, end, label) before overlap removal
        demonym_matches: list[tuple[int, int, int]] = []
        anaphora_matches: list[tuple[int, int, int]] = []
        for mid, s, e in self.exact(doc):
            if mid in self._demonym_ids:
                demonym_matches.append((self._demonym_ids[mid], s, e))
            elif mid in self._anaphora_ids:
                anaphora_matches.append((mid, s, e))
            else:
                names.append((s, e, mid))
        names += [(s, e, mid) for mid, s, e in self.lower(doc)]
        names += self._demonyms(doc, demonym_matches)
        # Spans are made only for what survives; most candidates are settled as tuples.
        kept = [
            Span(doc, s, e, label=mid)
            for s, e, mid in _longest_first(names)
            if mid != self._block_id
        ]
        if any(sp.label in self._special_ids for sp in kept):
            kept = [
                sp
                for sp in kept
                if sp.label not in self._special_ids
                or not (self._is_person_name(doc, sp, kept) or self._is_us_state(doc, sp))
            ]
        kept = self._add_anaphora(doc, kept, anaphora_matches)
        doc.spans[SPAN_KEY] = kept
        # Plain bounds beside the group: later components read them without making Spans.
        doc.user_data[BOUNDS_KEY] = [(sp.start, sp.end, sp.label) for sp in kept]
        return doc

    def _hyphen_head(self, doc: Doc, e: int) -> bool:
        """Whether "-led"/"-backed" (a `hyphen_heads` word) is glued to the demonym ending at e."""
        return (
            e + 1 < len(doc)
            and doc[e].text == "-"
            and not doc[e - 1].whitespace_
            and not doc[e].whitespace_
            and doc[e + 1].lower_ in self._hyphen_heads
        )

    def _demonyms(self, doc: Doc, found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Demonyms before a state noun, also when coordinated ("the Czech and Slovak governments")."""
        matches = sorted(found, key=lambda m: m[1], reverse=True)
        accepted: list[tuple[int, int, int]] = []
        next_start: int | None = None  # start of the accepted demonym to the right, if any
        for mid, s, e in matches:
            head = e + 1 if e < len(doc) and doc[e].lower_ in self._modifiers else e
            if head < len(doc) and doc[head].lower_ in self._heads:
                ok = True
            elif self._hyphen_head(doc, e):
                ok = True  # "the American-led task force", "the Saudi-backed plan"
            elif (
                e + 1 == next_start
                and doc[e].text == "-"
                and not doc[e - 1].whitespace_
                and not doc[e].whitespace_
            ):
                ok = True  # "a French-Mexican declaration": glued to an accepted demonym
            else:
                # "Czech, Slovak and Polish governments": glue, then an accepted demonym.
                i = e
                while i < len(doc) and i - e < 3 and doc[i].lower_ in _COORDINATION:
                    i += 1
                ok = i > e and i == next_start
            if ok:
                accepted.append((s, e, mid))
                next_start = s
        return accepted

    def _is_us_state(self, doc: Doc, span: Span) -> bool:
        """True for "Sen. Jon Ossoff of Georgia": a US political title shortly before the name."""
        if span.end - span.start != 1 or doc[span.start].text not in self.rules.us_state_names:
            return False
        window = doc[max(0, span.start - self.rules.us_title_window) : span.start]
        if any(tok.text in self.rules.us_politics_titles for tok in window):
            return True
        return self._beside_us_state(doc, span)

    def _beside_us_state(self, doc: Doc, span: Span) -> bool:
        """True for "in Georgia and Arizona": another US state coordinated right beside it."""
        peers = self.rules.us_state_peers
        right = span.end
        while right < len(doc) and right - span.end < 2 and doc[right].text in _COORDINATION:
            right += 1
        if right > span.end and any(
            tuple(t.text for t in doc[right : right + n]) in peers for n in (1, 2)
        ):
            return True
        left = span.start
        while left > 0 and span.start - left < 2 and doc[left - 1].text in _COORDINATION:
            left -= 1
        return left < span.start and any(
            left - n >= 0 and tuple(t.text for t in doc[left - n : left]) in peers for n in (1, 2)
        )

    def _is_person_name(self, doc: Doc, span: Span, spans: list[Span]) -> bool:
        """True for "Michael Jordan" or "Chad Smith": a given name beside another capitalised word."""
        # Cheap tests first: this runs for every mention.
        if span.label_ not in self._person_codes or span.end - span.start != 1:
            return False
        if doc[span.start].text not in self.rules.person_names:
            return False
        starts = {sp.start for sp in spans}
        ends = {sp.end for sp in spans}
        # In a list of names ("Chad, Jordan and Kenya") it is the country.
        if span.start >= 2 and doc[span.start - 1].text in _LIST_GLUE and span.start - 1 in ends:
            return False
        if span.end + 1 < len(doc) and doc[span.end].text in _LIST_GLUE and span.end + 1 in starts:
            return False
        if _looks_like_headline(doc, span):
            return False  # "Georgia Backs Pact": every word is capitalised, so capitals say nothing
        neighbours = []
        if span.start > 0 and not doc[span.start].is_sent_start:
            neighbours.append(doc[span.start - 1])
        if span.end < len(doc) and not doc[span.end].is_sent_start:
            neighbours.append(doc[span.end])
        for tok in neighbours:
            if (
                tok.is_title
                and tok.is_alpha
                and not tok.is_stop
                and tok.text not in self.rules.neighbour_exceptions
                and tok.i not in starts
                and tok.i + 1 not in ends
            ):
                return True
        return False

    def _add_anaphora(
        self, doc: Doc, spans: list[Span], matches: list[tuple[int, int, int]]
    ) -> list[Span]:
        """Resolve "the Commission" to the body the document already named."""
        if not matches:
            return spans
        taken = {i for sp in spans for i in range(sp.start, sp.end)}
        first_seen: dict[str, int] = {}
        for sp in spans:
            first_seen.setdefault(sp.label_, sp.start)
        added = []
        for mid, s, e in matches:
            rule = self.rules.anaphora[self._anaphora_ids[mid]]
            prior = first_seen.get(rule["requires_prior"])
            before = rule.get("requires_before") or []
            if prior is None or prior >= s or any(i in taken for i in range(s, e)):
                continue
            if before and (s == 0 or doc[s - 1].lower_ not in before):
                continue
            added.append(Span(doc, s, e, label=rule["code"]))
        return sorted(spans + added, key=lambda sp: sp.start) if added else spans

    def to_bytes(self, *, exclude: tuple[str, ...] = ()) -> bytes:
        """Serialise the configuration; the matchers are rebuilt from data."""
        return srsly.msgpack_dumps({"languages": self.languages})

    def from_bytes(self, data: bytes, *, exclude: tuple[str, ...] = ()) -> EntityRecognizer:
        """Restore the configuration written by `to_bytes`."""
        cfg = srsly.msgpack_loads(data)
        if list(cfg.get("languages", self.languages)) != self.languages:
            raise ValueError("tally_entities: languages differ from the serialised pipeline")
        return self


@Language.factory("tally_entities", default_config={"languages": ["en", "fr"]})
def make_entities(nlp: Language, name: str, languages: list[str]) -> EntityRecognizer:
    """Factory for `tally_entities` (names of every listed language; rules of the first)."""
    return EntityRecognizer(nlp, name, languages)
