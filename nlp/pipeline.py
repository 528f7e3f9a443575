"""Assembly of the Tally spaCy pipeline and the `analyze` entry points (the `tally extract-claims` layer).

Order: `tally_sentences` → `tally_entities` → `tally_count_claims` → `tally_enumerations`,
on `spacy.blank("en")`: no statistical model is needed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from nlp.affix_memo import memoize_affixes

# Imported for their side effect: each registers its `tally_*` factory with spaCy.
from nlp.components import count_claims as _count_claims  # noqa: F401
from nlp.components import entities as _entities  # noqa: F401
from nlp.components import enumerations as _enumerations  # noqa: F401
from nlp.components import sentences as _sentences  # noqa: F401
from nlp.models import ClaimPart, CountClaim, EntityMention, Enumeration, TextAnalysis

ENTITY_KEY = "tally_entities"
CLAIM_KEY = "tally_claims"
# "U.S.-led", "U.K.-backed": split the hyphen after a dotted abbreviation so the name is a token.
# (The hyphen comes first and the look-behind after it: most positions then fail on one
# character compare; a leading look-behind made the whole tokenizer ~10% slower.)
_HYPHEN_AFTER_ABBREVIATION = r"-(?<=[A-Z]\.-)(?=[a-z])"


# Span/Doc extensions hold these dataclasses; `Doc.to_bytes` (used by `nlp.pipe(n_process>1)`
# to send Docs between processes) packs user data with msgpack, which needs a codec for them.
_MODEL_MARK = "__tally_model__"
_MODELS: dict[str, type] = {
    cls.__name__: cls for cls in (CountClaim, ClaimPart, EntityMention, Enumeration)
}


def _encode_model(obj: Any, chain: Any = None) -> Any:
    if type(obj) in _MODEL_TYPES:
        fields = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
        return {_MODEL_MARK: type(obj).__name__, "fields": fields}
    return obj if chain is None else chain(obj)


def _decode_model(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict) and obj.get(_MODEL_MARK) in _MODELS:
        return _MODELS[obj[_MODEL_MARK]](**obj["fields"])  # only our own dataclasses
    return obj if chain is None else chain(obj)


_MODEL_TYPES = frozenset(_MODELS.values())

srsly.msgpack_encoders.register("tally_models", func=_encode_model)
srsly.msgpack_decoders.register("tally_models", func=_decode_model)


# Footnote markers glued to a name in official lists ("Kosovo*", "Taiwan¹", "Canada†"): split
# them off so the name is its own token. Only after a letter, so "5*" or "**" stay as they are.
FOOTNOTE_MARKS = "*†‡¹²³⁴⁵⁶⁷⁸⁹⁰"
_MARKS = re.escape(FOOTNOTE_MARKS)
_FOOTNOTE_SUFFIX = rf"[{_MARKS}](?<=[^\W\d_][{_MARKS}])[{_MARKS}]*"  # mark first, as above
# ... and a reference-list citation glued to the end of a sentence or a name ("the European
# Union.[3]", "Kosovo[12]"), as encyclopedia text carries them.
_CITATION_SUFFIX = r"\[\d{1,3}\]"
# French elision before a name ("l'Inde", "d'Allemagne"): split so the name is its own token.
_ELISION = r"[lLdD]['’](?=[A-ZÀ-ÖØ-Ý])"


def adapt_tokenizer(nlp: Language) -> None:
    """Tokenizer tweaks the gazetteer relies on.

    "U.S.-led" → "U.S." "-" "led"; "l'Inde" → "l'" "Inde"; "Kosovo*" → "Kosovo" "*";
    "Union.[3]" → "Union" "." "[3]". The affix searches remember their answers per string.
    """
    infixes = list(nlp.Defaults.infixes or []) + [_HYPHEN_AFTER_ABBREVIATION]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = [_ELISION] + list(nlp.Defaults.prefixes or [])
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = [_FOOTNOTE_SUFFIX, _CITATION_SUFFIX] + list(nlp.Defaults.suffixes or [])
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    memoize_affixes(nlp.tokenizer)  # (same tokens, about 40% faster: see `nlp.affix_memo`)


# The longest text one Doc takes. spaCy's default (1,000,000 characters) guards its parser and
# NER models, which this pipeline does not use: its memory and time grow linearly (about 200 MB
# and 4 s for 1.2 million characters, measured in session 20). A page is capped at 10 MB of
# HTML when it is downloaded, so its text always fits.
MAX_TEXT_CHARS = 10_000_000


def new_nlp(principal: str = "USA") -> Language:
    """A freshly built pipeline (use `build_nlp` for the cached one)."""
    nlp = spacy.blank("en")
    nlp.max_length = MAX_TEXT_CHARS
    adapt_tokenizer(nlp)
    nlp.add_pipe("tally_sentences")
    nlp.add_pipe("tally_entities")
    nlp.add_pipe("tally_count_claims", config={"principal": principal})
    nlp.add_pipe("tally_enumerations")
    return nlp


@cache
def build_nlp(principal: str = "USA") -> Language:
    """The full pipeline for one principal party (built once per principal and cached)."""
    return new_nlp(principal)


def _sentence_bounds(span: Span, seen: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """Character bounds of the sentence holding `span`, without trailing whitespace."""
    sent = span.sent
    if sent.start not in seen:  # many mentions share a sentence (a 60-name list)
        seen[sent.start] = (sent.start_char, sent.start_char + len(sent.text.rstrip()))
    return seen[sent.start]


def _as_claim(value: Any) -> CountClaim | None:
    if isinstance(value, CountClaim):
        return value
    if isinstance(value, dict):  # stored as plain data to survive Doc serialisation
        return CountClaim(**value)
    return None


def doc_to_analysis(doc: Doc, text: str | None = None) -> TextAnalysis:
    """Convert a processed Doc into the shared `TextAnalysis` shape (`text`: the Doc's text, if known)."""
    seen: dict[int, tuple[int, int]] = {}
    entities = []
    for span in sorted(doc.spans.get(ENTITY_KEY, []), key=lambda s: s.start):
        s_start, s_end = _sentence_bounds(span, seen)
        entities.append(
            EntityMention(
                text=span.text if text is None else text[span.start_char : span.end_char],
                start=span.start_char,
                end=span.end_char,
                code=span.label_,
                kind=span._.tally_kind or "other",
                role=span._.tally_role or "mention",
                sentence_start=s_start,
                sentence_end=s_end,
            )
        )
    claims = []
    for span in sorted(doc.spans.get(CLAIM_KEY, []), key=lambda s: s.start):
        claim = _as_claim(span._.tally_claim)
        if claim is None:
            continue
        s_start, s_end = _sentence_bounds(span, seen)
        claim = dataclasses.replace(claim, sentence_start=s_start, sentence_end=s_end)
        if text is not None:
            claim.text = text[claim.start : claim.end]  # (as given: "60\u00a0countries")
        claims.append(claim)
    enumerations: list[Enumeration] = list(doc._.tally_enumerations)
    return TextAnalysis(
        text=doc.text if text is None else text,  # Doc.text re-joins every token
        entities=entities,
        claims=claims,
        enumerations=enumerations,
    )


# Characters the press and web pages put where a space or a hyphen belongs, read as the plain
# one: the no-break and narrow spaces ("60\u00a0countries", "United\u00a0States"), the other
# Unicode space separators, the zero-width space, word joiner and byte-order mark (a text file
# saved with a BOM opens with one), and the hyphen and no-break hyphen ("Sixty\u2011one",
# "Guinea\u2011Bissau"). One character for one, so every offset still points into the text given.
_PLAIN = str.maketrans(
    {
        **{
            c: " "
            for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
            "\u2009\u200a\u200b\u202f\u205f\u2060\u3000\ufeff"
        },
        "\u2010": "-",
        "\u2011": "-",
    }
)


# A paragraph hard-wrapped at a fixed width (a plain-text wire feed, an e-mail): at least
# `_WRAPPED_MIN_LINES` lines, all but the last of similar length and no shorter than
# `_WRAPPED_MIN_CHARS`, none opening with a list mark or holding a table's cells. Its line breaks
# are no list items or headings, only the width of the page: they are read as spaces.
_WRAPPED_MIN_LINES = 3
_WRAPPED_MIN_CHARS = 30
_WRAPPED_SPREAD = 20  # characters between the shortest and longest of those lines
_LIST_MARK = re.compile(r"\s*(?:[-–—•●▪‣◦·*]|\d{1,3}[.)]|[a-z][.)]\s)")


def _unwrapped(paragraph: str) -> str:
    lines = paragraph.split("\n")
    if len(lines) < _WRAPPED_MIN_LINES:
        return paragraph
    body = [len(line) for line in lines[:-1]]
    if min(body) < _WRAPPED_MIN_CHARS or max(body) - min(body) > _WRAPPED_SPREAD:
        return paragraph
    if any("\t" in line or "|" in line or _LIST_MARK.match(line) for line in lines):
        return paragraph
    # One entry a line: every line opens and ends with a capitalised word ("Mette Frederiksen,
    # Prime Minister, Denmark"), or a heading line ends in a colon before them. Wrapped prose
    # breaks anywhere, mostly after a lower-case word.
    if all(_entry_line(line) for line in lines) or any(
        line.rstrip().endswith(":") for line in lines[:-1]
    ):
        return paragraph
    return paragraph.replace("\n", " ")


def _entry_line(line: str) -> bool:
    """Whether a line opens and closes with a capitalised word ("Kaja Kallas, Prime Minister,
    Estonia."), as the entries of a roster or signature block do."""
    words = line.strip().rstrip(".;,)").split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


def readable(text: str) -> str:
    """The text as the pipeline reads it, one character for one: odd spaces and hyphens made
    plain, and the line breaks of a hard-wrapped paragraph made spaces."""
    text = text.translate(_PLAIN)
    if "\n" not in text:
        return text
    return "".join(_unwrapped(part) for part in re.split(r"(\n\s*\n)", text))


def analyze(text: str, principal: str = "USA") -> TextAnalysis:
    """Entities, count claims and enumerations of one text."""
    return doc_to_analysis(build_nlp(principal)(readable(text)), text)


def analyze_many(
    texts: Iterable[str], principal: str = "USA", n_process: int = 1, batch_size: int = 32
) -> list[TextAnalysis]:
    """`analyze` over many texts with `nlp.pipe` (optionally in several processes)."""
    nlp = build_nlp(principal)
    items = list(texts)
    docs = nlp.pipe((readable(t) for t in items), n_process=n_process, batch_size=batch_size)
    return [doc_to_analysis(doc, text) for doc, text in zip(docs, items, strict=True)]
