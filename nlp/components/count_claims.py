"""`tally_count_claims`: every count of parties in a text as an `nlp.models.CountClaim`.

Number-like tokens come from `Doc.to_array` and a `PhraseMatcher` finds the multi-word cues
(qualifiers, scope and participation phrases) in one pass; every number is then read in a
small window around it: the counted noun after it (or an implied one), the qualifier before it,
the scope relative to the principal and the kind. Every word list lives in
`nlp/patterns/claims.yaml`, which also documents the decisions (qualifier mapping, claim span,
composites, people versus parties, ranges, partitives, ordinals, votes).

Speed: `pipe` screens a whole batch at once. The LOWER, LIKE_NUM and SENT_START columns of
every Doc (read once for the whole pipeline: `nlp.components.columns`), concatenated, and one
sorted-hash lookup give every token a bit mask of word classes
(number word, counted noun, bare-count follower, total link, agent link); cumulative sums then
keep only the numbers with a counted noun or claim cue within reach (`_screen`, a superset of
what the readers accept; `tests/nlp/test_count_claims_screen.py` checks that it changes
nothing). A Doc with no such number costs nothing more. Otherwise the cue phrases are matched
only in the sentences around the kept numbers, entities are read from the bounds
`tally_entities` leaves beside its spans, and every token test in the readers compares
lower-case hashes with hashed word sets, so no `Token` objects are created in the cue windows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy
import srsly
import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import minibatch, registry

from nlp.components import columns
from nlp.gazetteer import group_members, stand_ins
from nlp.models import QUALIFIERS, ClaimPart, CountClaim
from nlp.numbers import ENGLISH_NUMBER_WORDS, is_number_word, parse_number

PATTERNS_PATH = Path(__file__).resolve().parent.parent / "patterns" / "claims.yaml"
SPANS_KEY = "tally_claims"
ENTITIES_KEY = "tally_entities"
ENTITY_BOUNDS_KEY = "tally_entity_bounds"  # [(start, end, label hash)], set by tally_entities

_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Abbreviated months as spaCy keeps them with their dot ("Nov.", "Sept.").
_MONTHS_DOTTED = frozenset(
    f"{m}." for m in "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "dozen"})
_DASHES = frozenset({"-", "--", "–", "—"})
# "44th", "125th": an ordinal, a count only with `ordinal_counts` ("the 44th signatory").
_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_GROUP_NOUNS = frozenset({"states", "countries", "nations", "members", "member", "governments"})
# Cue lists read in one pass around each claim; `_cue_distances` returns them in this order.
# Word classes for the batch screen (`CountClaimFinder._setup_screen`), one bit each.
_NUMBER_WORD, _AFTER, _GLUE, _GLUE_FOLLOWER = 1, 2, 4, 8
_TOTAL_LINK, _TOTAL_WORD, _AGENT_LINK, _AGENT_VERB = 16, 32, 64, 128
_OPEN_BRACKET, _COUNTED_NOUN, _ELLIPTIC_LINK = 256, 512, 1024
_YEAR, _YEAR_LINK, _DAY, _MONTH, _COMMA = 2048, 4096, 8192, 16384, 32768
_QUESTION_MARK, _COUNT_TAIL, _DASH, _PREDICATE, _FILLER = 65536, 131072, 262144, 524288, 1048576
_TOTAL_OF, _DETERMINER, _COLON = 2097152, 4194304, 8388608
# Month names that are no common lower-case word ("may", "march" are verbs): next to a day
# number they make a date whatever the case, so the screen may drop the day.
_VERB_MONTHS = frozenset({"may", "march"})
_CUE_KEYS = ("cues_signatories", "joining_verbs", "cues_other", "cues_participants")
_MAX_POSSESSOR = 5  # tokens of "the African Union's" between "of" and a count
# The count's own act done "for the first time" makes its parties newcomers: a verb and at
# most four more words of its clause, then the phrase.
_FIRST_TIME = re.compile(r"\s*(?:[^\s,;:.]+\s+){1,5}?for the first time\b", re.IGNORECASE)
_FIRST_TIME_REACH = 10
# How far back from a participant phrase "by" may stand for the phrase to name a passive's
# agents: "by the foreign ministers of", "by the presidents or ministers of" (session 18).
_AGENT_REACH = 6
# The longest counted part of an apposition read past to the count's verb ("Thirty-six
# countries, including all 28 European Union member states, on Thursday called on ...").
_MAX_ASIDE_COUNT = 8
# Tokens a roster under a count's colon may span (one name a line, 200 parties at most).
_ROSTER_REACH = 2_000
# Words before a count that take up a set named before ("the three countries", "these 12").
_DEFINITE_LEADS = frozenset({"the", "these", "those", "all"})
_MAX_PARTIES = 100_000  # above this a number counts people, money or things, not parties
# ... and a bare figure above this counts no states (there are fewer than 250 of them, with
# territories and blocs).
_MAX_IMPLIED_PARTIES = 250
# Tokens after a count read for a hedge in its predicate ("have expressed interest").
_HEDGE_AFTER = 4
_MAX_ON_BOARD_GAP = 12  # tokens from a count to its "on board" / "as founding members"
_STAYS_OUT_REACH = 6  # tokens after the principal read for its staying out of a later count
_DEADLINE_REACH = 8  # tokens after an expected signing verb read for its deadline
# Tokens between a claim and the link of a bare figure compared with it ("..., compared with 72").
_MAX_ELLIPSIS = 20
# Tokens from the first word of such a link to the figure ("put the number at more than 60").
_LINK_REACH = 5
# Tokens from a question mark to the figure answering it ("? Short answer: 41", "? OFFICIAL:
# As of this morning, 11").
_ANSWER_REACH = 8
_BARE_QUESTION = 4  # tokens of "Q: How many" (a label, then the two words)
# Between the names of a list that opens its sentence ("Chile, Peru and the UAE").
_OPENING_LIST_GLUE = frozenset({",", "and", "&", "the"})
# Tokens between a leading verb and the count it leads ("headed a group of 12").
_MAX_GROUP_LEAD = 4
# After a fronted set ("Of the council's 15 members,"): tokens to the part that opens the
# clause ("only the four A3+ states"), then to its signing verb.
_PART_LEAD = 4
_FRONTED_TAIL = 4  # tokens from the set's noun to the comma closing "Of the ... ,"
_PART_VERB_REACH = 10
# Tokens between a part ("two of") and the count of its set ("the 10 ASEAN members").
_MAX_SET_LEAD = 3
# Tokens between a figure and the one that puts it right ("fifteen — sorry, sixteen").
_CORRECTION_REACH = 5
# Words from a bracketed count back to the plural noun whose phrase it closes ("Parties to the
# ballast water convention (95)"), and the words that may open that noun phrase.
_BRACKET_REACH = 10
_NOUN_PHRASE_OPENERS = frozenset({"the", "its", "their", "all", "whose", "our", "his", "her"})
# Endings of singular words that end in "s" ("mountainous", "cross", "basis").
_SINGULAR_ENDINGS = ("ous", "ss", "is", "us")
# Between a count and its noun: an acronym with figures or signs ("ASEAN+3", "G-20", "P5"), and
# the first half of a suspended compound ("beef- and dairy-exporting").
_ACRONYM = re.compile(
    r"[A-Z]{1,6}(?:[-+&]?[0-9]{1,2})(?:[-+&][0-9A-Z]{1,4})?|[A-Z]{2,6}[+&][0-9A-Z]{1,4}"
)
_SUSPENDED_HYPHEN = re.compile(r"[a-z]{2,}-")
_FAR_CUE = 8  # tokens past which an `other` cue no longer outweighs a count's own words
_MAX_PREDICATE_FILLERS = 2  # "five have since said they would": fillers before a phrase verb
# A count's predicate that signs and leaves ratification pending: "(a further eight) have
# signed without ratifying", "have signed but not yet ratified it".
_SIGNED_ONLY = re.compile(
    r"[^.;]{0,60}?\bsign(?:ed|ing)?\b[^.;]{0,30}?\b(?:without\s+(?:yet\s+)?ratifying|but\s+"
    r"(?:(?:have|has|had)\s+)?(?:not|never|yet\s+to)\s+(?:yet\s+)?ratif)",
    re.IGNORECASE,
)
# What a "non-" prefix makes a count of the instrument's outsiders: "12 non-parties" (not
# "non-member": "the EU and 32 non-member states signed" are outside the EU, not the text).
_NON_PARTY_HEADS = frozenset(
    # ("up to 15 non-subscribing states a year": session 19)
    "party parties signatory signatories signing ratifying subscribing endorsing acceding "
    "adhering".split()
)
_MAX_LABEL_NOTE = 6  # tokens of "(closed 2013)" or "as of 31 December 2024" before a label's colon
_MAX_FRONTED_FOUNDING = 16  # tokens from a sentence-opening "Founded" to its agent count
# Tokens from an inverted count to its copula: "Among the 26 states that signed ... are".
_MAX_INVERTED_TAIL = 12
_FRONTED_TIME_WORDS = frozenset({"before", "after", "ahead", "following", "since", "prior"})
_MIN_LISTED = 3  # names in a list that sizes a bare count ("The eight are A, B and C")
_APPOSITION_GLUE = frozenset({",", ":", "and", "the", "(", ")", "&", *_DASHES})
# What opens an apposition naming a count's members ("two countries, Israel and the US"), and
# what opens a list of them ("Eight countries — France, Kenya, ...").
_LIST_OPENERS = frozenset({":", "(", *_DASHES})
# What joins the names of a roll call that lists a count's members in full (bullets, table rows)
_ROLL_GLUE = frozenset({",", "and", "the", "&", ";", "•", "·", "|"})
_APPOSITION_OPENERS = frozenset({",", *_LIST_OPENERS})

# Lists in the patterns file: (section or None for top level, key).
_LISTS = (
    (None, "more_than_suffixes"),
    (None, "about_suffixes"),
    (None, "people_links"),
    (None, "region_nouns"),
    (None, "window_openers"),
    (None, "effect_verbs"),
    (None, "vote_side_verbs"),
    (None, "grouping_heads"),
    (None, "part_holding_verbs"),
    (None, "number_connectors"),
    (None, "number_articles"),
    (None, "of_words"),
    (None, "coordination"),
    (None, "conjunctions"),
    (None, "vague_quantities"),
    (None, "modifiers"),
    (None, "modifier_stops"),
    (None, "increment_modifiers"),
    (None, "increment_cues"),
    (None, "increment_cues_before"),
    (None, "reaction_verbs"),
    (None, "people_like_nouns"),
    (None, "part_taking_verbs"),
    (None, "attendance_nouns"),
    (None, "comparison_links"),
    (None, "relative_dates"),
    ("scope", "list_words"),
    ("scope", "backing_prepositions"),
    ("scope", "backing_nouns"),
    (None, "date_units"),
    ("scope", "attribution_verbs"),
    (None, "member_meeting_nouns"),
    (None, "increment_hedges"),
    (None, "round_number_words"),
    (None, "date_anchors"),
    (None, "statement_verbs"),
    (None, "statement_calls"),
    (None, "statement_particles"),
    (None, "title_links"),
    (None, "predicate_hedges"),
    (None, "hedge_fillers"),
    (None, "appeal_phrases"),
    (None, "host_verbs"),
    (None, "witness_verbs"),
    (None, "appeal_determiners"),
    (None, "company_nouns"),
    (None, "projection_modals"),
    (None, "projection_deadlines"),
    (None, "expectation_phrases"),
    (None, "reported_speech_verbs"),
    (None, "status_nouns"),
    (None, "membership_participation"),
    (None, "verb_particles"),
    (None, "increment_adjacent"),
    (None, "increment_before"),
    (None, "joining_verbs"),
    (None, "participant_phrases"),
    (None, "negations"),
    (None, "stay_out_words"),
    (None, "clause_breaks"),
    (None, "instrument_nouns"),
    (None, "hedges"),
    (None, "membership_words"),
    (None, "membership_verbs"),
    (None, "sized_bodies"),
    (None, "signatory_nouns"),
    (None, "membership_nouns"),
    (None, "signatory_phrases"),
    (None, "partitive_fractions"),
    (None, "partitive_determiners"),
    (None, "ordinal_verbs"),
    (None, "range_links"),
    (None, "ratio_links"),
    (None, "hedge_breakers"),
    (None, "relative_pronouns"),
    (None, "signatory_set_determiners"),
    (None, "signatory_set_words"),
    (None, "whole_group_words"),
    (None, "non_member_words"),
    (None, "size_links"),
    (None, "founding_verbs"),
    (None, "membership_subject_verbs"),
    (None, "accession_verbs"),
    (None, "date_links"),
    ("implied", "total_bringers"),
    ("implied", "agent_links"),
    ("implied", "more_followers"),
    ("kind_cues", "signatories"),
    ("kind_cues", "participants"),
    ("kind_cues", "other"),
    ("kind_cues", "participants_weak"),
    ("implied", "count_tails"),
    ("implied", "elliptic_links"),
    ("implied", "reported_links"),
    ("implied", "answer_openers"),
    ("implied", "bracket_postmodifiers"),
    ("implied", "correction_markers"),
    ("implied", "precision_tails"),
    (None, "expectation_verbs"),
    ("implied", "question_verbs"),
    ("implied", "total_adverbs"),
    ("implied", "total_words"),
    ("implied", "total_links"),
    ("implied", "subject_fillers"),
    ("implied", "subject_verbs"),
    ("implied", "standalone_after"),
    ("implied", "standalone_followers"),
    ("scope", "excluding_links"),
    ("scope", "excluding_trailing_links"),
    ("scope", "excluding_trailing_verbs"),
    ("scope", "excluding_preceding"),
    ("scope", "support_won_phrases"),
    ("scope", "including_preceding"),
    ("scope", "speaker_links"),
    ("scope", "including_following"),
    ("scope", "excluding_following"),
    ("scope", "including_after_principal"),
    ("scope", "excluding_after_principal"),
    ("scope", "leader_prefixes"),
    ("scope", "leader_suffixes"),
    ("scope", "leader_roles"),
    ("scope", "leader_verbs"),
    ("scope", "leader_groups"),
    ("scope", "aboard_links"),
    ("scope", "launcher_verbs"),
    ("scope", "launcher_prefixes"),
    ("scope", "other_words"),
    ("scope", "stand_in_place_links"),
    ("scope", "stand_in_source_verbs"),
    ("scope", "stand_in_event_words"),
    ("implied", "count_label_verbs"),
    ("implied", "count_label_openers"),
    (None, "force_conditions"),
    (None, "force_past_verbs"),
    ("scope", "reflexives"),
    ("scope", "speaker_reflexives"),
    ("scope", "speaker_pronouns"),
    (None, "late_adverbs"),
    (None, "resize_verbs"),
    (None, "resize_links"),
    (None, "resize_bodies"),
    ("implied", "elliptic_followers"),
    ("non_count", "year_prepositions"),
    ("non_count", "year_determiners"),
    (None, "instrument_possessors"),
    ("non_count", "currency_prefixes"),
    ("non_count", "unit_suffixes"),
    ("non_count", "id_prefixes"),
    ("non_count", "id_phrases"),
    ("non_count", "complement_phrases"),
    ("non_count", "hyphen_heads"),
    (None, "event_join_verbs"),
    (None, "event_nouns"),
    (None, "standing_bodies"),
    (None, "absence_phrases"),
)
# Lists added after the first patterns release: an older patterns file may leave them out.
_OPTIONAL_LISTS = frozenset(
    {
        "year_determiners",
        "instrument_possessors",
        "membership_nouns",
        "signatory_phrases",
        "hyphen_heads",
        "partitive_fractions",
        "partitive_determiners",
        "ordinal_verbs",
        "range_links",
        "ratio_links",
        "hedge_breakers",
        "relative_pronouns",
        "stay_out_words",
        "agent_links",
        "more_followers",
        "signatory_set_determiners",
        "signatory_set_words",
        "whole_group_words",
        "non_member_words",
        "size_links",
        "founding_verbs",
        "membership_subject_verbs",
        "accession_verbs",
        "count_tails",
        "elliptic_links",
        "reported_links",
        "answer_openers",
        "bracket_postmodifiers",
        "correction_markers",
        "precision_tails",
        "expectation_verbs",
        "question_verbs",
        "total_adverbs",
        "date_links",
        "total_bringers",
        "leader_suffixes",
        "backing_prepositions",
        "backing_nouns",
        "region_nouns",
        "window_openers",
        "effect_verbs",
        "vote_side_verbs",
        "grouping_heads",
        "part_holding_verbs",
        "leader_roles",
        "leader_verbs",
        "leader_groups",
        "aboard_links",
        "launcher_verbs",
        "launcher_prefixes",
        "excluding_trailing_verbs",
        "increment_cues_before",
        "reaction_verbs",
        "people_like_nouns",
        "part_taking_verbs",
        "attendance_nouns",
        "comparison_links",
        "relative_dates",
        "list_words",
        "date_units",
        "attribution_verbs",
        "member_meeting_nouns",
        "increment_hedges",
        "round_number_words",
        "date_anchors",
        "statement_verbs",
        "statement_calls",
        "statement_particles",
        "title_links",
        "excluding_after_principal",
        "predicate_hedges",
        "hedge_fillers",
        "speaker_links",
        "company_nouns",
        "projection_modals",
        "projection_deadlines",
        "expectation_phrases",
        "reported_speech_verbs",
        "status_nouns",
        "membership_participation",
        "verb_particles",
        "reflexives",
        "speaker_reflexives",
        "speaker_pronouns",
        "late_adverbs",
        "resize_verbs",
        "resize_links",
        "resize_bodies",
        "elliptic_followers",
        "modifier_stops",
        "complement_phrases",
        "appeal_phrases",
        "host_verbs",
        "witness_verbs",
        "appeal_determiners",
        "stand_in_place_links",
        "stand_in_source_verbs",
        "stand_in_event_words",
        "count_label_verbs",
        "count_label_openers",
        "force_conditions",
        "force_past_verbs",
        "event_join_verbs",
        "event_nouns",
        "standing_bodies",
        "absence_phrases",
        "support_won_phrases",
    }
)
# Lists matched as (possibly multi-word) phrases rather than single lower-cased tokens.
_PHRASE_LISTS = {
    "participant_phrases": "P",
    "signatory_phrases": "S",
    "including_preceding": "IP",
    "speaker_links": "SL",
    "expectation_phrases": "EX",
    "including_following": "IF",
    "excluding_following": "XF",
    "excluding_preceding": "XP",
    "including_after_principal": "IA",
    "excluding_after_principal": "XA",
    "leader_prefixes": "LP",
    "leader_roles": "LR",
    "launcher_prefixes": "LL",
    "vague_quantities": "V",
    "id_phrases": "ID",
    "complement_phrases": "CP",
    "hedges": "H",
    "count_tails": "CT",
    "elliptic_links": "EL",
    "reported_links": "RL",
    "precision_tails": "PT",
    "predicate_hedges": "PH",
    "appeal_phrases": "AP",
    "absence_phrases": "AB",
    "support_won_phrases": "SW",
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
    free_modifiers: int
    hedge_window: int
    force_condition_reach: int
    total_window: int
    max_link_tokens: int
    max_including_tokens: int
    context_window: int
    languages: tuple[str, ...] = ("en",)
    number_words: frozenset[str] = frozenset()  # non-English number words
    approximate: dict[str, int] = field(default_factory=dict)  # "soixantaine" -> 60
    ordinal_counts: bool = False  # "became the 44th signatory" read as 44 signatories


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


def _flag(data: dict[str, Any], key: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ClaimPatternsError(f"{key} must be true or false")
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
        if values is None and (section == "kind_cues" or key in _OPTIONAL_LISTS):
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
        free_modifiers=_int(raw, "free_modifiers", 0, 0, 4),
        hedge_window=_int(raw, "hedge_window", 10, 0, 40),
        force_condition_reach=_int(raw, "force_condition_reach", 8, 0, 40),
        context_window=_int(raw, "context_window", 40, 5, 200),
        total_window=_int(implied, "total_window", 8, 1, 20),
        max_link_tokens=_int(scope, "max_link_tokens", 8, 1, 20),
        max_including_tokens=_int(scope, "max_including_tokens", 30, 1, 100),
        languages=("en", *languages),
        number_words=frozenset(number_words),
        approximate=approximate,
        ordinal_counts=_flag(raw, "ordinal_counts"),
    )


@cache
def _read_patterns_file(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@registry.misc("tally.claim_patterns.v1")
def load_claim_patterns(path: str | Path | None = None) -> ClaimPatterns:
    """Load and validate the claim patterns (default: the packaged `claims.yaml`)."""
    return validate_claim_patterns(_read_patterns_file(str(path or PATTERNS_PATH)))


def _entities(doc: Doc) -> list[_Ent]:
    """The Doc's entity mentions in order, from the bounds `tally_entities` leaves beside its
    span group (no `Span` is made), or from the span group when those are absent."""
    bounds = doc.user_data.get(ENTITY_BOUNDS_KEY)
    if bounds is None:
        bounds = [(e.start, e.end, e.label) for e in doc.spans.get(ENTITIES_KEY, [])]
    strings = doc.vocab.strings
    return [_Ent(start, end, strings[label]) for start, end, label in sorted(bounds)]


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
    gap_entities: list[_Ent]
    parts: list[ClaimPart] = field(default_factory=list)
    merged: bool = False  # absorbed as an addend of the following composite
    next_start: int = 1 << 30  # where the next claim begins (bounds look-ahead)
    subset: bool = False  # "26 of the 61 signatories": a part of a set, kind `other`
    ordinal: bool = False  # "the 44th signatory": the count after the subject joined
    noun_start: int | None = None  # where the counted noun's words begin (None: implied)
    text: str = ""  # the claim span's text, read once
    # "nearly 100 contracting states, against 182 for the Berne Convention": a bare figure
    # compared with an earlier claim of its sentence counts what that claim counts.
    antecedent: _Candidate | None = None
    # "'nearly 20 governments' ..., then added: 'Eighteen, to be precise.'", "the depositary
    # lists 17 including Colombia": a figure that puts its antecedent precisely or reports a
    # rival one for the same act has the antecedent's kind but its own scope.
    own_scope: bool = False
    # "'Nine of us in SADC have signed'": a count the speaker counts itself in.
    speaker: bool = False
    # "Portugal and 23 other nations — 24 in all": the total of its antecedent and its company.
    apposed_total: bool = False
    # "How many countries have signed it? Short answer: 41.": the question a bare figure
    # answers (its token range), whose cue words decide the kind.
    question: tuple[int, int] | None = None
    # "India, Bangladesh, the Maldives and Sri Lanka, the four member nations": the codes of the
    # list the count restates in apposition (its scope includes the principal when listed).
    restated: frozenset[str] = frozenset()
    # "Signed: 74 | Ratified: 9", "Backers at launch: 118": the first token of the label that
    # names the count, whose words (not the cells around it) decide the kind.
    label_head: int | None = None


def _speaker_label_end(doc: Doc, start: int, limit: int) -> int:
    """Past a transcript's speaker label at token `start` ("MINISTER:", "A:", "Q:"): one or
    two upper-case words and a colon. `start` itself when there is none."""
    i = start
    while i < min(limit, start + 2) and doc[i].is_alpha and doc[i].is_upper:
        i += 1
    return i + 1 if start < i < limit and doc[i].text == ":" else start


def _named_run(ctx: _DocContext, start: int, stop: int, glue: frozenset[str]) -> list[_Ent]:
    """The party names of a list that opens at token `start` (past `glue` tokens) and ends
    before `stop`: names joined only by `glue` ("A, B, C and D")."""
    run: list[_Ent] = []
    i = start
    while True:
        j = i
        while j < stop and ctx.doc[j].lower_ in glue:
            j += 1
        ent = ctx.by_start.get(j) if (j > i or not run) else None
        if ent is None or ent.end > stop:
            return run
        run.append(ent)
        i = ent.end


def _is_day(token: Token) -> bool:
    """One or two digits that may be a day of the month."""
    return token.is_digit and len(token) <= 2 and 1 <= int(token.text) <= 31


def _is_year(token: Token) -> bool:
    """A four-digit number from 1800 to 2100."""
    return token.is_digit and len(token) == 4 and 1800 <= int(token.text) <= 2100


class _Ent(NamedTuple):
    """An entity mention as plain bounds and code (cheaper than the `Span` it came from)."""

    start: int
    end: int
    label_: str


class _Sent(NamedTuple):
    """A sentence as a token range (cheaper than a `Span`, which rescans the Doc)."""

    start: int
    end: int


class _DocContext:
    """Per-Doc lookups shared by the per-candidate readers: entities, phrase matches, and the
    lower-case hashes and sentence starts of every token, read once with `Doc.to_array`."""

    def __init__(
        self,
        doc: Doc,
        low: list[int],
        sent_starts: list[int],
        ents: list[_Ent],
        matches: list[tuple[str, int, int, str]],
    ):
        self.doc = doc
        self.ents = ents
        self.ent_starts = [e.start for e in ents]
        self.by_end = {e.end: e for e in ents}
        self.by_start = {e.start: e for e in ents}
        self.number_runs: list[tuple[int, int]] = []
        self.stand_ins: set[tuple[int, int]] = set()  # bounds of the principal's stand-ins
        self.found: list[_Candidate] = []  # claims read so far, for elliptic figures
        self.run_ends: frozenset[int] = frozenset()  # token just past each number run
        self.number_hits: list[int] = []  # number-like tokens, in order
        self.kept_hits: frozenset[int] = frozenset()  # those the batch screen let through
        self.headlines: dict[int, bool] = {}  # sentence start -> set in title case
        # Token-level checks compare hashes against hashed word sets: creating `Token` objects
        # in the cue windows was most of this component's cost.
        self.low = low
        # (No sentence starts at all: the Doc was not segmented and is one sentence.)
        self.sent_starts = sent_starts if sent_starts[:1] == [0] else [0, *sent_starts]
        self.ends: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
        self.starts: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
        self.by_kind: dict[str, list[tuple[int, int, str]]] = {}
        for kind, start, end, value in matches:
            self.ends.setdefault((kind, end), []).append((start, end, value))
            self.starts.setdefault((kind, start), []).append((start, end, value))
            self.by_kind.setdefault(kind, []).append((start, end, value))
        for found in self.by_kind.values():
            found.sort()
        self.kind_starts = {k: [m[0] for m in v] for k, v in self.by_kind.items()}

    def end_char(self, end: int) -> int:
        """Character offset just past token `end - 1` (without its trailing space)."""
        last = self.doc[end - 1]
        return last.idx + len(last)

    def text_of(self, start: int, end: int) -> str:
        """The text of tokens [start, end) (`Doc.text` would visit every token of the Doc)."""
        return self.doc[start].text if end == start + 1 else self.doc[start:end].text

    def sentence(self, i: int) -> _Sent:
        """The sentence holding token i, as a token range."""
        starts = self.sent_starts
        k = bisect.bisect_right(starts, i)
        return _Sent(starts[k - 1], starts[k] if k < len(starts) else len(self.low))

    def is_sent_start(self, i: int) -> bool:
        """Whether token i begins a sentence."""
        k = bisect.bisect_left(self.sent_starts, i)
        return k < len(self.sent_starts) and self.sent_starts[k] == i

    def any_in(self, start: int, end: int, words: frozenset[int]) -> bool:
        """Whether a token in [start, end) is one of `words`."""
        return not words.isdisjoint(self.low[max(start, 0) : end])

    def entities_in(self, start: int, end: int) -> list[_Ent]:
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
        """Phrases of `kind` inside tokens [start, end)."""
        found = self.by_kind.get(kind)
        if not found:
            return []
        starts = self.kind_starts[kind]
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in found[lo:hi] if m[1] <= end]


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
        # The principal's stand-ins as token texts, by the lower-case hash of their first token.
        self.stand_in_words: dict[int, list[tuple[str, ...]]] = {}
        for name in stand_ins(self.principal):
            words = tuple(t.text for t in self.nlp.tokenizer(name))
            first = self.nlp.vocab.strings.add(words[0].lower())
            self.stand_in_words.setdefault(first, []).append(words)
        self._event_words = (
            patterns.words["stand_in_event_words"] | patterns.words["cues_participants_weak"]
        )
        self.w = patterns.words
        vocab = self.nlp.vocab
        # The same lists as lower-case hashes, for the token scans over `_DocContext.low`.
        self.h = {k: frozenset(vocab.strings.add(x) for x in v) for k, v in self.w.items()}
        self.noun_h = {vocab.strings.add(k): v for k, v in patterns.nouns.items()}
        self.month_h = frozenset(vocab.strings.add(x) for x in _MONTHS | _MONTHS_DOTTED)
        self.scale_h = frozenset(vocab.strings.add(x) for x in _SCALE_WORDS)
        self.approx_h = {vocab.strings.add(k): v for k, v in patterns.approximate.items()}
        self.group_h = frozenset(vocab.strings.add(x) for x in _GROUP_NOUNS)
        # Counted-noun lemmas that name members of a group ("member states of the EU").
        self.group_nouns = frozenset(
            patterns.nouns[w] for w in _GROUP_NOUNS if w in patterns.nouns
        ) | {"member state"}
        self.coordination_right = self.h["coordination"] - {vocab.strings.add(",")}
        self.dash = vocab.strings.add("-")
        self.tail_glue = frozenset(vocab.strings.add(w) for w in (*_DASHES, ",", "(", ")"))
        self.or_h, self.so_h = vocab.strings.add("or"), vocab.strings.add("so")
        self.to_h, self.and_h = vocab.strings.add("to"), vocab.strings.add("and")
        self.how_h, self.many_h = vocab.strings.add("how"), vocab.strings.add("many")
        self.between_h = vocab.strings.add("between")
        self.h_the = vocab.strings.add("the")
        self.semicolon_h = vocab.strings.add(";")
        self.from_h = vocab.strings.add("from")
        self.open_h, self.close_h = vocab.strings.add("("), vocab.strings.add(")")
        self.possessive_h = frozenset(vocab.strings.add(x) for x in ("'s", "’s", "'", "’"))
        self.out_h = vocab.strings.add("out")
        self.comma_h = vocab.strings.add(",")
        self.own_h = vocab.strings.add("own")
        self.yet_h = vocab.strings.add("yet")
        self.not_h, self.as_h = vocab.strings.add("not"), vocab.strings.add("as")
        self.conditional_h = frozenset(vocab.strings.add(x) for x in ("once", "when", "upon"))
        self.force_h, self.into_h = vocab.strings.add("force"), vocab.strings.add("into")
        self.effect_h = vocab.strings.add("effect")
        self.on_h, self.board_h = vocab.strings.add("on"), vocab.strings.add("board")
        self.founding_h = vocab.strings.add("founding")
        self.members_h = frozenset(vocab.strings.add(x) for x in ("members", "member", "partners"))
        self.h_det_or_all = frozenset(vocab.strings.add(x) for x in ("the", "all", "some"))
        # (before the event a count joined: "joined the virtual summit")
        self.article_h = frozenset(vocab.strings.add(x) for x in ("the", "a", "an", "this", "that"))
        self.clause_break_h = frozenset(vocab.strings.add(x) for x in (";", ".", "|"))
        self.copula_h = frozenset(vocab.strings.add(x) for x in ("are", "were", "is", "was"))
        self.of_h = vocab.strings.add("of")
        # (a count a party is "one of": "one of (only) the 72 countries")
        self.one_h = vocab.strings.add("one")
        self.one_of_fillers_h = frozenset(vocab.strings.add(x) for x in ("the", "only", "just"))
        self.that_h = vocab.strings.add("that")
        self.group_word_h = frozenset(vocab.strings.add(x) for x in ("group", "coalition"))
        self.all_h = frozenset(vocab.strings.add(x) for x in ("all", "every", "each"))
        self.perfect_h = frozenset(vocab.strings.add(x) for x in ("has", "have", "had"))
        self.stative_h = self.perfect_h | {vocab.strings.add("now")}
        self.stative_h |= self.h["membership_verbs"]
        self.with_h = vocab.strings.add("with")
        self.comma_closers = self.stative_h | {self.with_h}
        self.by_h = vocab.strings.add("by")
        self.neither_h = frozenset(vocab.strings.add(x) for x in ("neither", "none"))
        self.subordinators_h = frozenset(
            vocab.strings.add(x) for x in ("before", "after", "when", "while", "until", "once")
        )
        self.since_h = vocab.strings.add("since")
        self.did_h = vocab.strings.add("did")
        self.part_h = vocab.strings.add("part")
        self.according_h = vocab.strings.add("according")
        self.co_h = vocab.strings.add("co")
        # The stative verbs that state a size right before a count ("now" is no verb).
        self.size_verbs_h = self.stative_h - {vocab.strings.add("now")}
        self.list_glue = (
            self.h["conjunctions"]
            | self.h["including_following"]
            | self.h["subject_fillers"]
            | self.h["list_words"]
        )
        self.quote_h = frozenset(vocab.strings.add(q) for q in ('"', "'", "“", "”", "‘", "’"))
        self.passive_h = frozenset(
            vocab.strings.add(x) for x in ("was", "were", "been", "is", "are")
        )
        # Words that may follow a bare "N more": verbs and function words, not a noun.
        self.more_followers = (
            self.h["more_followers"]
            | self.h["subject_fillers"]
            | self.h["subject_verbs"]
            | self.h["cues_signatories"]
            | self.h["joining_verbs"]
        )
        # Nouns of a body whose size a count may state ("the treaty", "the bloc").
        self.group_bodies_h = self.h["sized_bodies"] | self.h["resize_bodies"]
        # Auxiliaries between a modal hedge and the verb it governs ("should have been signed").
        self.passive_aux_h = frozenset(
            vocab.strings.add(w) for w in ("have", "be", "been", "being")
        )
        self.have_h = vocab.strings.add("have")
        self.body_nouns_h = self.h["instrument_nouns"] | self.group_bodies_h
        # Heads a hyphenated count may size: an instrument or a grouping of signers.
        self.sized_heads_h = self.h["instrument_nouns"] | self.h["grouping_heads"]
        # What coordinates names with a count ("Australia, Canada and 22 European states").
        self.coordination_h = self.h["conjunctions"] | {self.comma_h}
        # Words that may follow a bare figure ("72 a decade ago", "61 this year").
        self.elliptic_followers = (
            self.more_followers
            | self.h["number_articles"]
            | self.h["coordination"]
            | self.h["relative_pronouns"]
            | self.h["clause_breaks"]
            | self.h["elliptic_followers"]
        )
        self.semicolons = frozenset({self.semicolon_h})
        self.range_marks = frozenset(vocab.strings.add(x) for x in ("-", "/", ":", "."))
        # Kind cues by hash, as bit masks, so one scan of a claim's window finds them all.
        self.cue_bits: dict[int, int] = {}
        for bit, key in enumerate(_CUE_KEYS):
            for word in self.h[key]:
                self.cue_bits[word] = self.cue_bits.get(word, 0) | (1 << bit)
        # Number words beyond spaCy's LIKE_NUM ("dozen", French words), as hashes for the
        # vectorised prefilter in `__call__`.
        words = ENGLISH_NUMBER_WORDS | patterns.number_words | set(patterns.approximate)
        # ... and the head of each vague quantity ("dozens", "des dizaines"), which has none.
        words |= {phrase.split()[-1] for phrase in patterns.phrases["vague_quantities"]}
        self.number_words_h = frozenset(vocab.strings.add(w) for w in words)
        self._setup_screen(patterns)
        self.phrase_matcher = PhraseMatcher(vocab, attr="LOWER")
        self._labels: dict[int, tuple[str, str]] = {}
        make = self.nlp.tokenizer

        # Cue phrases are read in the claim's sentence; one may begin before it and end inside,
        # and a counted noun may begin on the next sentence's first token (`_noun_after`): the
        # windows `_windows` matches in reach the longest phrase past each sentence edge.
        self._phrase_margin = 1

        def add(kind: str, phrase: str, value: str) -> None:
            label = f"TALLY_CLAIM_{kind}|{phrase}"
            self._labels[vocab.strings.add(label)] = (kind, value)
            tokens = make(phrase)
            self._phrase_margin = max(self._phrase_margin, len(tokens))
            self.phrase_matcher.add(label, [tokens])

        for phrase, qualifier in patterns.qualifiers.items():
            add("Q", phrase, qualifier)
        for form, lemma in patterns.nouns.items():
            if len(make(form)) > 1:  # "member states", and "co-sponsors" (three tokens)
                add("N", form, lemma)
        for key, kind in _PHRASE_LISTS.items():  # keys are unique across sections
            for phrase in patterns.phrases[key]:
                add(kind, phrase, phrase)

    def _setup_screen(self, patterns: ClaimPatterns) -> None:
        """The word classes `_find_in_batch` and `_screen` test, as one sorted hash table with a
        bit mask per word (one `searchsorted` per batch), built from the readers' own lists."""
        vocab, h, make = self.nlp.vocab, self.h, self.nlp.tokenizer
        glue = {vocab.strings.add(","), vocab.strings.add("(")}
        multi_word_heads = {make(form)[0].lower for form in patterns.nouns if len(make(form)) > 1}
        classes = {
            _NUMBER_WORD: self.number_words_h,
            # Counted nouns and what may follow a bare count ("five more", "61 have signed").
            _AFTER: set(self.noun_h)
            | multi_word_heads
            | (h["standalone_after"] - glue)
            | h["subject_verbs"]
            | {self.so_h},  # "23 did so"
            _GLUE: glue & h["standalone_after"],  # "61, including ..."
            # (and the first word of a precision tail: "Eighteen, to be precise")
            _GLUE_FOLLOWER: h["standalone_followers"]
            | {make(p)[0].lower for p in patterns.phrases["precision_tails"]},
            _TOTAL_LINK: h["total_links"],  # "bringing the total to 61"
            _TOTAL_WORD: h["total_words"],
            _AGENT_LINK: h["agent_links"],  # "endorsed by 61"
            _AGENT_VERB: h["cues_signatories"] | h["cues_participants"],
            _OPEN_BRACKET: {self.open_h},  # "Signatories (134)"
            # (with the halves of "co-sponsors", which the tokenizer splits)
            _COUNTED_NOUN: set(self.noun_h)
            | {vocab.strings.add(w[2:]) for w in patterns.nouns if w.startswith("co")},
            # "..., against 182", "compared with 72": the first word of a link before a
            # compared figure, or "and".
            _ELLIPTIC_LINK: {
                make(p)[0].lower
                for key in ("elliptic_links", "reported_links")
                for p in patterns.phrases[key]
            }
            | {self.and_h},
            # "in 2022", "April 2023": a year after one of these is never a count
            # (`_is_non_count` says so too; the screen only saves reading it).
            _YEAR: {vocab.strings.add(str(year)) for year in range(1800, 2101)},
            _YEAR_LINK: h["year_prepositions"] | self.month_h,
            _DAY: {vocab.strings.add(str(day)) for day in range(1, 32)},
            _MONTH: {vocab.strings.add(m) for m in (_MONTHS | _MONTHS_DOTTED) - _VERB_MONTHS},
            _COMMA: {self.comma_h},
            _QUESTION_MARK: {vocab.strings.add("?")},
            # "— 24 in all": the first word of a count tail, and the dash before the figure
            _COUNT_TAIL: {make(p)[0].lower for p in patterns.phrases["count_tails"]},
            _DASH: {vocab.strings.add(d) for d in _DASHES},
            # What may open a bare count's predicate right after it, past fillers: "The eight
            # are A, B, ..." (`_names_its_members`), "five said they would" (a hedge), "nine
            # put their names to it" (a signing phrase); and "18 of us" (a speaker's pronoun).
            _PREDICATE: self.copula_h
            | h["speaker_pronouns"]
            | {
                make(p)[0].lower
                for key in ("predicate_hedges", "signatory_phrases")
                for p in patterns.phrases[key]
            },
            _FILLER: h["subject_fillers"],
            # "one of the 19, along with ...": the last word of an including phrase, and a
            # determiner between it and the count (`_total_phrase_before`)
            _TOTAL_OF: {make(p)[-1].lower for p in patterns.phrases["including_preceding"]}
            - h["partitive_determiners"],
            _DETERMINER: h["partitive_determiners"] | h["total_adverbs"],  # ("one of just six")
            _COLON: {vocab.strings.add(":"), vocab.strings.add("):")},  # "Signatories: 27"
        }
        masks: dict[int, int] = {}
        for bit, words in classes.items():
            for word in words:
                masks[word] = masks.get(word, 0) | bit
        order = sorted(masks)
        self.class_words = numpy.array(order, dtype=numpy.uint64)
        self.class_masks = numpy.array([masks[w] for w in order], dtype=numpy.int64)
        # After a number's last token: "of" (approximate), a bracketed restatement "(58)", a
        # suffix qualifier, a partitive "of the <number>", the gap and a multi-word noun.
        self._after_reach = 20 + patterns.max_gap
        # Before a compared figure: its link, the claim it answers and that claim's noun (the
        # readers need a counted noun within this reach too: `_elliptic_antecedent`).
        self._compared_reach = _LINK_REACH + 2 * _MAX_ELLIPSIS + patterns.max_gap
        # Before its first token: the longest qualifier phrase, then the link word.
        longest = max((len(make(q)) for q in patterns.qualifiers), default=0)
        self._before_reach = longest + 3

    def _classes(self, lowers: numpy.ndarray) -> numpy.ndarray:
        """The class bit mask of every lower-case hash in `lowers` (0 for other words)."""
        words = self.class_words
        at = numpy.minimum(numpy.searchsorted(words, lowers), len(words) - 1)
        return numpy.where(words[at] == lowers, self.class_masks[at], 0)

    # ---- spaCy plumbing -------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """Find the claims of one Doc."""
        self._find_in_batch([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Process a stream of Docs, screening a whole batch's tokens at once."""
        for batch in minibatch(docs, size=batch_size):
            self._find_in_batch(batch)
            yield from batch

    def _find_in_batch(self, docs: list[Doc]) -> None:
        """Screen the batch's tokens in one vectorised pass, then read each surviving number.

        A number can only start a claim with a counted noun or a claim cue near it (see
        `_screen`); a Doc where no number passes gets no claims and costs nothing more.
        """
        for doc in docs:
            doc.spans[SPANS_KEY] = []
        sized = [doc for doc in docs if len(doc)]
        if not sized:
            return
        cols = columns.read(sized)
        lowers = numpy.ascontiguousarray(cols[:, columns.LOWER_COL])
        classes = self._classes(lowers)
        like_num = cols[:, columns.LIKE_NUM_COL] != 0
        hits = numpy.flatnonzero(like_num | ((classes & _NUMBER_WORD) != 0))
        if not len(hits):
            return
        kept = self._screen(classes, hits)
        lengths = numpy.fromiter((len(doc) for doc in sized), dtype=numpy.int64, count=len(sized))
        ends = numpy.cumsum(lengths)
        starts = ends - lengths
        # Per Doc: its slice of `hits` (every number, for reading runs) and of `kept`.
        hit_bounds = numpy.searchsorted(hits, numpy.stack([starts, ends])).T.tolist()
        kept_bounds = numpy.searchsorted(kept, numpy.stack([starts, ends])).T.tolist()
        for k, doc in enumerate(sized):
            (h_lo, h_hi), (k_lo, k_hi) = hit_bounds[k], kept_bounds[k]
            if k_lo == k_hi:
                continue  # no number with a claim cue near it
            offset, stop = int(starts[k]), int(ends[k])
            self._find(
                doc,
                lowers[offset:stop].tolist(),
                numpy.flatnonzero(cols[offset:stop, columns.SENT_START_COL] == 1).tolist(),
                (hits[h_lo:h_hi] - offset).tolist(),
                frozenset((kept[k_lo:k_hi] - offset).tolist()),
            )

    def _screen(self, classes: numpy.ndarray, hits: numpy.ndarray) -> numpy.ndarray:
        """The number tokens (positions into `classes`) that may belong to a claim.

        A superset of what the readers accept: a counted noun, a bare-count follower ("more",
        "have signed", ", including") within `_after_reach` tokens after the number, or a total
        phrase ("the total to 61") or an agent ("signed by over 150") within `_before_reach`
        tokens before it (room for a qualifier), or a counted noun and an opening bracket right
        before it ("Signatories (134)"). Windows may run over a Doc boundary; that only
        keeps a number the readers then reject.
        """
        n = len(classes)

        def counts(bit: int) -> numpy.ndarray:
            return numpy.concatenate(([0], numpy.cumsum((classes & bit) != 0)))

        after = (classes & _AFTER) != 0
        after[:-1] |= ((classes[:-1] & _GLUE) != 0) & ((classes[1:] & _GLUE_FOLLOWER) != 0)
        c_after = numpy.concatenate(([0], numpy.cumsum(after)))
        a_lo = numpy.minimum(hits + 1, n)
        a_hi = numpy.minimum(hits + 1 + self._after_reach, n)
        keep = c_after[a_hi] > c_after[a_lo]
        b_lo = numpy.maximum(hits - self._before_reach, 0)
        lead = numpy.maximum(b_lo - self.patterns.total_window - 1, 0)
        link, total = counts(_TOTAL_LINK), counts(_TOTAL_WORD)
        keep |= (link[hits] > link[b_lo]) & (total[hits] > total[lead])
        agent, verbs = counts(_AGENT_LINK), counts(_AGENT_VERB)
        keep |= (agent[hits] > agent[b_lo]) & (verbs[hits] > verbs[lead])

        # A bare figure compared with an earlier claim: "100 states, against 182 for ...",
        # "compared with more than 150", "put the number at 61": the first word of a link at
        # most `_LINK_REACH` tokens before the figure.
        def before(flag: int, reach: int) -> numpy.ndarray:
            """Whether a word of class `flag` stands among the `reach` tokens before each hit."""
            found = numpy.zeros(len(hits), dtype=bool)
            for k in range(1, reach + 1):
                at = numpy.maximum(hits - k, 0)
                found |= (hits >= k) & ((classes[at] & flag) != 0)
            return found

        nouns = counts(_COUNTED_NOUN)
        near = before(_ELLIPTIC_LINK, _LINK_REACH)
        if near.any():
            # (a rival figure may answer a claim of the sentence before: twice the reach)
            far = numpy.maximum(hits - self._compared_reach, 0)
            keep |= near & (nouns[hits] > nouns[far])
        # The answer to a question: "How many signed? Short answer: 41".
        keep |= before(_QUESTION_MARK, _ANSWER_REACH)
        # A count in brackets after its noun: "Signatories (134) include ...", "Parties to the
        # convention (95)" (the noun within `_BRACKET_REACH` words before the bracket).
        bracket = hits >= 2
        if bracket.any():  # (then the batch has three tokens at least: index 2 is one of them)
            at = numpy.where(bracket, hits, 2)
            reach = numpy.maximum(at - 2 - _BRACKET_REACH, 0)
            bracket &= ((classes[at - 1] & _OPEN_BRACKET) != 0) & (
                (nouns[at - 1] > nouns[reach]) | ((classes[at - 2] & _AGENT_VERB) != 0)
            )  # (or a signing verb: "Who signed (12): A, B, C")
            keep |= bracket

        # ... and dates, whatever is near them (`_is_non_count` says so too; the screen only
        # saves reading them): a year after a year preposition or a month ("in 2022", "April
        # 2023") or after "<month> <day>," ("April 28, 2022"), and a day next to a month ("April
        # 28", "28 April").
        def bit(i: numpy.ndarray, flag: int) -> numpy.ndarray:
            inside = (i >= 0) & (i < n)
            return inside & ((classes[numpy.clip(i, 0, n - 1)] & flag) != 0)

        # A total in apposition: "23 other maritime nations — 24 in all".
        keep |= bit(hits + 1, _COUNT_TAIL) & (bit(hits - 1, _COMMA) | bit(hits - 1, _DASH))
        # A count right after an including phrase: "one of the 19, along with ...".
        keep |= bit(hits - 1, _TOTAL_OF) | (bit(hits - 1, _DETERMINER) & bit(hits - 2, _TOTAL_OF))
        # A count after its noun and a colon: "Signatories: 27", "(signatories: 24)".
        # (also past a note or a date: "Members (2024): 15", "signatories as of 1 May: 38"; and
        # after an act: "Signed: 74")
        keep |= bit(hits - 1, _COLON)
        # A bare count whose predicate opens right after it, past fillers: its members ("The
        # eight are A, B and C"), a hedge ("five have said they would"), a signing phrase.
        filled = numpy.ones(len(hits), dtype=bool)
        for k in range(1, _MAX_PREDICATE_FILLERS + 2):
            keep |= filled & bit(hits + k, _PREDICATE)
            filled &= bit(hits + k, _FILLER)

        year = bit(hits, _YEAR) & (
            bit(hits - 1, _YEAR_LINK)
            | (bit(hits - 1, _COMMA) & bit(hits - 2, _DAY) & bit(hits - 3, _MONTH))
        )
        day = bit(hits, _DAY) & (bit(hits - 1, _MONTH) | bit(hits + 1, _MONTH))
        keep &= ~(year | day)
        return hits[keep]

    def _windows(self, doc: Doc, sent_starts: list[int], kept: frozenset[int]) -> list[Span]:
        """Where the cue phrases can matter: the sentences of the screened numbers, widened by
        `_phrase_margin` tokens each way (a lookup may run a little past a sentence edge)."""
        starts = sent_starts if sent_starts[:1] == [0] else [0, *sent_starts]
        n, margin = len(doc), self._phrase_margin
        windows: list[list[int]] = []
        for i in sorted(kept):
            k = bisect.bisect_right(starts, i)
            lo = max(starts[k - 1] - margin, 0)
            hi = min((starts[k] if k < len(starts) else n) + margin, n)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], hi)
            else:
                windows.append([lo, hi])
        return [doc[lo:hi] for lo, hi in windows]

    def _find(
        self,
        doc: Doc,
        low: list[int],
        sent_starts: list[int],
        hits: list[int],
        kept: frozenset[int],
    ) -> None:
        """Read the claims of one Doc whose screened numbers are `kept`."""
        ents = _entities(doc)
        windows = self._windows(doc, sent_starts, kept)
        stood: set[tuple[int, int]] = set()
        if self.stand_in_words:
            ents, stood = self._with_stand_ins(doc, low, ents, windows)
        labels = self._labels
        matches = [
            (*labels[m][:1], s, e, labels[m][1])
            for window in windows
            for m, s, e in self.phrase_matcher(window)
        ]
        ctx = _DocContext(doc, low, sent_starts, ents, matches)
        ctx.stand_ins = stood
        ctx.number_hits = hits
        ctx.kept_hits = kept
        spans = []
        signed: set[int] = set()  # the values of the signatory counts read so far
        for cand in self._candidates(doc, ctx):
            claim = self._to_claim(doc, ctx, cand)
            if self._names_the_signers_again(doc, cand, claim, signed):
                claim.kind = "signatories"
            if claim.kind == "signatories" and claim.value is not None:
                signed.add(claim.value)
            span = Span(doc, cand.start, cand.end, label=claim.kind)
            span._.tally_claim = claim
            spans.append(span)
        doc.spans[SPANS_KEY] = spans

    @staticmethod
    def _names_the_signers_again(
        doc: Doc, cand: _Candidate, claim: CountClaim, signed: set[int]
    ) -> bool:
        """Whether a definite count read as `other` takes up signers counted earlier in the text
        by the same number: "... signed the declaration." then "The three countries will
        complete studies", "These 12 states have moved from words to action" (session 21; not
        a body's size, "the 47-member Organisation", nor an attendance, read as `participants`)."""
        return (
            claim.kind == "other"
            and claim.value is not None
            and claim.value >= _MIN_LISTED
            and claim.value in signed
            and cand.start > 0
            and doc[cand.start - 1].lower_ in _DEFINITE_LEADS
            and "-" not in claim.text
        )

    def _stand_in_among(self, ctx: _DocContext, cand: _Candidate) -> bool:
        """Whether a stand-in after the count is put among its members in so many words: "by
        38 states, with Washington among them"."""
        return any(
            start >= cand.end and ctx.phrase_starting("IA", end) for start, end in ctx.stand_ins
        )

    def _only_stand_ins(self, ctx: _DocContext, cand: _Candidate) -> bool:
        """Whether the principal is named in the count's sentence only by a stand-in."""
        if not ctx.stand_ins:
            return False
        sent = ctx.sentence(cand.start)
        mine = [e for e in ctx.entities_in(sent.start, sent.end) if e.label_ == self.principal]
        return bool(mine) and all((e.start, e.end) in ctx.stand_ins for e in mine)

    def _with_stand_ins(
        self, doc: Doc, low: list[int], ents: list[_Ent], windows: list[Span]
    ) -> tuple[list[_Ent], set[tuple[int, int]]]:
        """The entity mentions plus the principal's stand-ins acting in the text ("Washington
        and 15 allies signed"), labelled as the principal; not a place ("signed in Washington")
        nor part of a longer name ("George Washington", "the Washington Post")."""
        firsts = self.stand_in_words
        # (found over the lower-case hashes inside the windows the matchers read, around the
        # screened numbers: neither `Doc.text` nor a walk over Token objects, either of which
        # costs as much as the whole claim reader)
        hits = [i for w in windows for i in range(w.start, w.end) if low[i] in firsts]
        if not hits:
            return ents, set()
        taken = {i for e in ents for i in range(e.start, e.end)}
        added: list[_Ent] = []
        for i in hits:
            for words in firsts[low[i]]:
                end = i + len(words)
                if end > len(doc) or any(doc[i + k].text != w for k, w in enumerate(words)):
                    continue  # (exact case: "the white house" in prose is no office)
                if any(k in taken for k in range(i, end)) or not self._acts(doc, i, end):
                    continue
                added.append(_Ent(i, end, self.principal))
                break
        if not added:
            return ents, set()
        return sorted([*ents, *added]), {(e.start, e.end) for e in added}

    def _acts(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a stand-in at [start, end) names the government acting, not a place, an
        event or text named after the city ("the Dublin text", "the Jakarta meeting"), nor
        part of a longer name."""
        if start > 0:
            prev = doc[start - 1]
            if prev.lower_ in self.w["stand_in_place_links"]:
                return False  # "signed in Washington"
            if prev.is_title and not prev.is_sent_start and prev.lower_ != "the":
                return False  # "George Washington", "Lake Washington"
        if end < len(doc):
            nxt = doc[end]
            if (nxt.is_title or nxt.is_upper) and nxt.is_alpha:
                return False  # "the Washington Post", "the Washington Consensus"
            if nxt.lower_ in self.w["stand_in_source_verbs"]:
                return False  # "Beijing said ...": a source, not a party beside the count
            if nxt.lower_ in {"state", "d.c.", "dc"} or nxt.text == "-":
                return False  # (also "the Paris-led group": a name the annotators leave out)
            if nxt.lower_ in self.w["instrument_nouns"] or nxt.lower_ in self._event_words:
                return False
        return True

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
        hits = ctx.number_hits
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
                    and ctx.low[end] in self.h["number_connectors"]
                    and self._is_word(doc[end - 1].lower_)
                    and self._is_word(doc[end + 1].lower_)
                    and (doc[end].is_alpha or not doc[end - 1].whitespace_)
                ):
                    end += 2
                else:
                    break
            first = start
            scaled = ctx.low[start] in self.scale_h or ctx.low[start] in self.approx_h
            if start > 0 and ctx.low[start - 1] in self.h["number_articles"] and scaled:
                first = start - 1  # "a dozen", "a hundred", "une soixantaine"
                if first > 0 and doc[first - 1].lower_ == "half":
                    first -= 1  # "half a dozen"
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

    def _is_non_count(
        self, doc: Doc, ctx: _DocContext, start: int, end: int, value: int, in_range: bool = False
    ) -> bool:
        """Dates, years, money, percentages, identifiers, phone numbers, ranges, ratios, times.

        `in_range`: the number is the upper end of "40 to 50", so what precedes it is the range.
        """
        h, low = self.h, ctx.low
        if start > 1 and low[start - 1] in h["ratio_links"] and doc[start - 2].like_num:
            return True  # "one in three countries"
        if self._day_of_month(doc, ctx, start, end, value):
            return True  # "WASHINGTON, April 27 -", "28 April 2022": a date, never a count
        if start > 0 and not in_range:
            prev = low[start - 1]
            # A spaced dash is punctuation ("(Reuters) - Twelve countries"), not "COVID-19".
            spaced_dash = doc[start - 1].text in _DASHES and bool(doc[start - 1].whitespace_)
            if prev in h["currency_prefixes"] or (prev in h["id_prefixes"] and not spaced_dash):
                return True
            name = ctx.phrase_ending("ID", start)
            if name and doc[name[0]].is_title:
                return True  # "the Group of Seven" (but "a group of 61 nations" counts)
            if ctx.phrase_ending("CP", start):
                return True  # "all but two EU member states": the ones left out, not a count
            if (
                prev == self.dash
                and not doc[start - 1].whitespace_
                and start > 1
                and not doc[start - 2].whitespace_
            ):
                return True  # "G-20", "COVID-19", the second half of "10-12"
            if (
                1800 <= value <= 2100
                and doc[start].is_digit
                and len(doc[start]) == 4
                and (
                    prev in h["year_prepositions"]
                    or prev in self.month_h
                    # "The 2024 signatories — A, B, ...": a year naming a cohort.
                    or prev in h["year_determiners"]
                    # "ASEAN 2045 signatories:", "Agenda 2063 partners": a year in a name.
                    or (
                        start > 0
                        and doc[start - 1].is_alpha
                        and (
                            (doc[start - 1].is_upper and len(doc[start - 1]) > 1)
                            # (not a qualifier opening the sentence: "Some 2000 ...")
                            or (doc[start - 1].is_title and not doc[start - 1].is_sent_start)
                        )
                    )
                    # "between 2010 and 2015", "from 2015 to 2020": the end of a span of years.
                    or (prev in h["range_links"] and start > 1 and _is_year(doc[start - 2]))
                    # "April 28, 2022 - 60 countries": the year of a US-style date.
                    or (
                        doc[start - 1].text == ","
                        and start > 1
                        and self._day_of_month(doc, ctx, start - 2, start - 1, 1)
                    )
                )
            ):
                return True
        if value > _MAX_PARTIES:
            return True  # "up from 388 million": people or money, never a count of parties
        if end < len(low):
            nxt = low[end]
            if nxt in h["unit_suffixes"]:
                return True
            if (
                nxt == self.dash
                and end + 2 < len(low)
                and not doc[end].whitespace_
                and low[end + 2] in h["hyphen_heads"]
            ):
                return True  # "the two-state solution", "a five-nation tour": no parties counted
            if (
                nxt in self.range_marks
                and not doc[end - 1].whitespace_
                and not doc[end].whitespace_
                and end + 1 < len(low)
                and doc[end + 1].like_num
            ):
                return True
        return False

    def _day_of_month(self, doc: Doc, ctx: _DocContext, start: int, end: int, value: int) -> bool:
        """Whether digits next to a month name are a day: "April 27", "Nov. 1", "28 April",
        "28 of April". A lower-case "may"/"march" is a verb, so the month must be capitalised."""
        if end != start + 1 or value > 31 or not doc[start].is_digit:
            return False
        low, months = ctx.low, self.month_h
        if start > 0 and low[start - 1] in months and not doc[start - 1].is_lower:
            return True
        at = end + 1 if end < len(low) and low[end] in self.h["of_words"] else end
        if at < len(low) and low[at] in months and not doc[at].is_lower:
            return True
        # The first or last day of a range: "from 10 to 21 July", "July 10 to 21" (session 21).
        links = self.h["range_links"]
        if (
            end + 2 < len(low)
            and low[end] in links
            and _is_day(doc[end + 1])
            and low[end + 2] in months
            and not doc[end + 2].is_lower
        ):
            return True
        # (backwards only past "to" or a dash without spaces: "Sept. 30 - 12 states signed" is
        # a dateline's day, then a count)
        return (
            start >= 3
            and (
                low[start - 1] == self.to_h
                or not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_)
            )
            and low[start - 1] in links
            and _is_day(doc[start - 2])
            and low[start - 3] in months
            and not doc[start - 3].is_lower
        )

    # ---- candidates -----------------------------------------------------------------------

    def _candidates(self, doc: Doc, ctx: _DocContext) -> list[_Candidate]:
        found: list[_Candidate] = ctx.found
        for start, end, _ in sorted(ctx.by_kind.get("V", [])):
            cand = self._read_vague(doc, ctx, start, end)
            if cand is not None:
                found.append(cand)
        covered = {i for c in found for i in range(c.start, c.end)}
        runs = ctx.number_runs = self._number_runs(doc, ctx)
        ctx.run_ends = frozenset(e for _, e in runs)
        skip = -1
        kept_hits = ctx.kept_hits
        for k, (start, end) in enumerate(runs):
            if start in covered or end - 1 in covered or start <= skip:
                continue
            if kept_hits.isdisjoint(range(start, end)):
                continue  # no counted noun or claim cue near it (`_screen`)
            nxt = runs[k + 1] if k + 1 < len(runs) else None
            cand = None
            if nxt is not None and self._corrected_by(doc, ctx, end, nxt):
                cand = self._read_correction(doc, ctx, (start, end), nxt)
                if cand is not None:
                    skip = nxt[0]
            if cand is None and nxt is not None and self._range_link(doc, ctx, start, end, nxt[0]):
                cand = self._read_range(doc, ctx, (start, end), nxt)
                if cand is not None:
                    skip = nxt[0]
            if cand is None:
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

    def _corrected_by(self, doc: Doc, ctx: _DocContext, end: int, nxt: tuple[int, int]) -> bool:
        """Whether the figure ending at `end` is put right by the figure `nxt`, as speakers do:
        "fifteen — sorry, sixteen — governments", "Forty-four countries — forty-five, correction,
        ...", "fourteen — well, fifteen" (`implied.correction_markers` before the second figure
        or right after it, a dash or comma between them, and nothing but a counted noun)."""
        if nxt[0] - end > _CORRECTION_REACH:
            return False
        low, markers = ctx.low, self.h["correction_markers"]
        broken = marked = False
        for i in range(end, nxt[0]):
            if self._comma_or_dash(ctx, i):
                broken = True
            elif low[i] in markers:
                marked = True
            elif low[i] == self.or_h:
                continue  # "or rather"
            elif low[i] not in self.noun_h or broken:
                return False  # ("44 or 45", "40 countries and 45 ...": no correction)
        after = nxt[1]
        if not marked and after + 1 < len(doc) and self._comma_or_dash(ctx, after):
            marked = low[after + 1] in markers  # "forty-five, correction, ..."
        return broken and marked

    def _read_correction(
        self, doc: Doc, ctx: _DocContext, first: tuple[int, int], second: tuple[int, int]
    ) -> _Candidate | None:
        """The claim of a figure put right by a second one: the second value with the first
        figure's counted noun ("Forty-four countries — forty-five, correction"), or with the noun
        after the second ("fifteen — sorry, sixteen — southern African governments")."""
        value = self._value(doc[second[0] : second[1]].text)
        if value is None or value < 2:
            return None
        cand = self._read_number(doc, ctx, *first)
        if cand is not None and cand.noun_start is not None:
            cand.value = value
            return cand
        i = second[1]
        if i + 1 < len(doc) and doc[i].text in _DASHES:
            noun = self._noun_after(doc, ctx, i + 1)
            if noun is not None:
                noun_end, lemma, gap = noun
                return _Candidate(
                    second[0], second[0], noun_end, value, "exact", lemma, gap, [], noun_start=i + 1
                )
        later = self._read_number(doc, ctx, *second)
        if later is None and cand is not None:
            cand.value = value  # "said 'fourteen — well, fifteen'": the first one's reading
            return cand
        return later

    def _read_vague(self, doc: Doc, ctx: _DocContext, start: int, end: int) -> _Candidate | None:
        """ "dozens of (other) countries", "several dozen nations": value None."""
        at = end + 1 if end < len(doc) and ctx.low[end] in self.h["of_words"] else end
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
        nouns, low, modifiers = self.noun_h, ctx.low, self.h["modifiers"]
        gap: list[int] = []
        free = 0  # words read as modifiers by `_free_modifier`
        n = len(low)
        limit = min(n, i + self.patterns.max_gap + 1)
        strings = doc.vocab.strings
        while i < limit:
            multi = ctx.phrase_starting("N", i)
            if multi:
                return multi[1], multi[2], frozenset(strings[g] for g in gap)
            lemma = nouns.get(low[i])
            if lemma:
                # "member countries", "partner nations": the last noun is the head.
                while i + 1 < n and nouns.get(low[i + 1]) and not ctx.is_sent_start(i + 1):
                    gap.append(low[i])
                    i += 1
                    lemma = nouns[low[i]]
                if (
                    i + 1 < limit
                    and i + 3 < n
                    and low[i + 1] == self.and_h
                    and (low[i + 2] in modifiers or nouns.get(low[i + 2]))
                    and nouns.get(low[i + 3])
                ):
                    # "61 donor and recipient countries": both modify the last noun.
                    gap.extend(low[i : i + 3])
                    i += 3
                    lemma = nouns[low[i]]
                return i + 1, lemma, frozenset(strings[g] for g in gap)
            if i > 0 and ctx.is_sent_start(i):
                return None
            if low[i] in self.quote_h:
                i += 1  # 'signed by "nearly 50" heads of state'
                continue
            if low[i] in modifiers or low[i] == self.dash:
                gap.append(low[i])
                i += 1
                continue
            if low[i] == self.co_h and i + 2 < n and low[i + 1] == self.dash:
                # "44 co-sponsoring states" (split "co - sponsoring"): a prefix, read with the
                # word it is attached to
                gap.extend(low[i : i + 2])
                i += 2
                limit = min(n, limit + 2)
                continue
            if (
                low[i] == self.and_h
                and gap
                and i + 1 < limit
                and (
                    (doc[i - 1].is_title and doc[i + 1].is_title)
                    or (
                        (low[i - 1] in modifiers or self._free_modifier(doc[i - 1], low[i - 1]))
                        and (low[i + 1] in modifiers or self._free_modifier(doc[i + 1], low[i + 1]))
                    )
                )
            ):
                # "32 other Latin American and Caribbean states", "61 donor and recipient",
                # "31 flag and crewing states" (the words after "and" are counted as read)
                gap.append(low[i])
                i += 1
                continue
            if (
                (low[i] in self.h["of_words"] or low[i] == self.comma_h)
                and gap
                and doc[i - 1].is_title
                and i + 1 < limit
                and doc[i + 1].is_title
            ):
                # "All 46 Council of Europe member states", "21 Arab, African and European
                # countries"
                gap.append(low[i])
                i += 1
                continue
            token = doc[i]
            if (
                token.is_alpha
                and (token.is_title or token.is_upper)
                or _ACRONYM.fullmatch(token.text)
            ):
                gap.append(low[i])  # "55 other EU states", "11 other ASEAN+3 economies"
                i += 1
                continue
            if (
                _SUSPENDED_HYPHEN.fullmatch(token.text)
                and i + 1 < limit
                and low[i + 1] in (self.and_h, self.or_h)
            ):
                gap.extend(low[i : i + 2])  # "22 other beef- and dairy-exporting nations"
                i += 2
                limit = min(n, limit + 1)  # (the suspended half and its "and" read as one)
                continue
            if (
                free < self.patterns.free_modifiers
                and i + 3 < n
                and low[i + 1] == self.dash
                and token.is_alpha
                and token.is_lower
                and doc[i + 2].is_alpha
                and doc[i + 2].is_lower
                and nouns.get(low[i + 3])
            ):
                # "the 83 launch-day endorsers", "12 first-round signatories": a hyphenated
                # compound right before the noun modifies it, whatever its words (session 19)
                free += 1
                gap.extend(low[i : i + 3])
                i += 3
                limit = min(n, limit + 2)
                continue
            if free < self.patterns.free_modifiers and self._free_modifier(token, low[i]):
                # "22 other mountainous nations", "40 maritime states", "13 space-faring
                # nations": an adjective or a noun used as one, not in `modifiers`.
                free += 1
                gap.append(low[i])
                i += 1
                continue
            return None
        return None

    def _free_modifier(self, token: Token, low: int) -> bool:
        """Whether a lower-case word may modify a counted noun without being in `modifiers`:
        alphabetic, no `modifier_stops` word (function words, units, times, verbs), and not a
        plural ("10 rounds nations" is no count of nations)."""
        text = token.lower_
        if not token.is_alpha or token.like_num or len(text) < 3:
            return False
        if low in self.h["modifier_stops"]:
            return False
        return not text.endswith("s") or text.endswith(_SINGULAR_ENDINGS)

    def _read_number(
        self, doc: Doc, ctx: _DocContext, start: int, end: int, in_range: bool = False
    ) -> _Candidate | None:
        """The claim around the number doc[start:end], or None when it counts no parties."""
        approx = self.approx_h.get(ctx.low[end - 1])
        text = doc[start].text if end == start + 1 else doc[start:end].text
        ordinal = _ORDINAL.match(text) if end == start + 1 else None
        if ordinal is not None:
            if not self.patterns.ordinal_counts:
                return None
            return self._read_ordinal(doc, ctx, start, int(ordinal.group(1)))
        value = approx or self._value(text)
        if value is None or value < 2:
            return None
        if self._is_non_count(doc, ctx, start, end, value, in_range):
            return None
        qualifier, q_start = ("about" if approx else "exact"), start
        q = ctx.phrase_ending("Q", start)
        if q is not None:
            q_start, qualifier = q[0], q[2]
        i = end
        if approx and i < len(doc) and ctx.low[i] in self.h["of_words"]:
            i += 1  # "une soixantaine de pays"
        restated = self._bracketed_figure(doc, ctx, i)
        if restated is not None:
            value, i = restated, i + 3  # "Fifty-eight (58) countries": it restates the words
        i, qualifier = self._suffix_qualifier(ctx, i, qualifier)
        if qualifier == "exact" and ctx.low[end - 1] in self.h["round_number_words"]:
            qualifier = "about"  # "a dozen countries", "two dozen members"
        if (
            i + 1 < len(doc)
            and ctx.low[i] in self.h["of_words"]
            and doc[i + 1].lower_ in self.w["speaker_pronouns"]
            and doc[i + 1].is_lower
            and not (
                q_start > 0
                and ctx.low[q_start - 1] in self.h["whole_group_words"]
                and not self._subject_of_verb(ctx, i + 2, ctx.sentence(i).end)
            )
        ):  # (not "all 193 of us": a whole membership; but "All 15 of us have signed")
            # "'Nine of us in SADC have signed'": the speaker's government is among them.
            return _Candidate(
                q_start,
                start,
                i + 2,
                value,
                qualifier,
                self.patterns.implied_noun,
                frozenset(),
                [],
                speaker=True,
            )
        subset = self._partitive_noun(doc, ctx, i)
        if subset is not None:
            # "Twenty-six of the 61 signatories": a part of a set; the set is its own claim.
            return _Candidate(
                q_start, start, i, value, qualifier, subset, frozenset(), [], subset=True
            )
        noun = self._noun_after(doc, ctx, i)
        if noun is not None:
            noun_end, lemma, gap = noun
            if self._counts_people_from(doc, ctx, noun_end):
                return None  # "1,500 participants from 80 countries": people, not parties
            if self._attributive_noun(doc, ctx, noun_end, value, gap):
                return None  # "more than 90 member companies": the head is no party
            if value >= 1000 and lemma in self.w["people_like_nouns"]:
                return None  # "hosted 22,000 participants": people, not parties
            gap_ents = [e for e in ctx.entities_in(i, noun_end) if e.end <= noun_end]
            noun_end = self._past_restated_figure(doc, ctx, noun_end, value)
            return _Candidate(
                q_start, start, noun_end, value, qualifier, lemma, gap, gap_ents, noun_start=i
            )
        return self._read_implied(doc, ctx, q_start, start, i, value, qualifier)

    def _bracketed_figure(self, doc: Doc, ctx: _DocContext, i: int) -> int | None:
        """The figure of a "(58)" opening at token i, else None."""
        if i + 2 < len(doc) and ctx.low[i] == self.open_h and ctx.low[i + 2] == self.close_h:
            return parse_number(doc[i + 1].text)
        return None

    def _past_restated_figure(self, doc: Doc, ctx: _DocContext, end: int, value: int) -> int:
        """Past "(91)" in "Ninety-one countries (91) have signed": a bracketed figure after the
        counted noun that restates the count is part of the claim, not a second one."""
        return end + 3 if self._bracketed_figure(doc, ctx, end) == value else end

    def _partitive_set_start(self, ctx: _DocContext, i: int) -> int:
        """Where the set of "<N> of (the) (<possessor>'s) <M> <noun>" begins, token i the "of"."""
        j = i + 1
        if j < len(ctx.low) and ctx.low[j] in self.h["partitive_determiners"]:
            j += 1
        return self._past_possessor(ctx, j)  # "111 of the organisation's 166 members"

    def _partitive_noun(self, doc: Doc, ctx: _DocContext, i: int) -> str | None:
        """The counted noun of "<N> of (the) (<M>) <noun>" with token i the "of", else None."""
        low, h = ctx.low, self.h
        if i >= len(low) or low[i] not in h["of_words"]:
            return None
        j = self._partitive_set_start(ctx, i)
        runs = [r for r in ctx.number_runs if r[0] == j]
        if runs:
            j = runs[0][1]
        noun = self._noun_after(doc, ctx, j) if j > i + 1 else None
        if noun is None and j == i + 2:
            # "Nearly 30 of the region's states had ratified": a possessor and no set size
            end = self._possessor_end(ctx, j)
            if end is not None:
                noun = self._noun_after(doc, ctx, end)
        return noun[1] if noun is not None else None

    def _read_ordinal(
        self, doc: Doc, ctx: _DocContext, start: int, value: int
    ) -> _Candidate | None:
        """ "became the 44th signatory", "the 32nd country to join": a running count."""
        low, h = ctx.low, self.h
        sent = ctx.sentence(start)
        noun = self._noun_after(doc, ctx, start + 1)
        if noun is None or value < 2:
            return None
        noun_end, lemma, gap = noun
        verbs = h["ordinal_verbs"]
        became = ctx.any_in(max(sent.start, start - 4), start, verbs)
        joins = (
            noun_end + 1 < sent.end
            and low[noun_end] == self.to_h
            and (
                low[noun_end + 1] in h["cues_signatories"]
                or low[noun_end + 1] in h["joining_verbs"]
            )
        )
        member = lemma in self.w["membership_nouns"] or lemma in self.w["signatory_nouns"]
        if not (joins or (became and (member or gap & self.w["membership_words"]))):
            return None  # "the 75th anniversary", "the 10th country to host the talks"
        return _Candidate(start, start, noun_end, value, "exact", lemma, gap, [], ordinal=True)

    def _range_link(
        self, doc: Doc, ctx: _DocContext, a_start: int, a_end: int, b_start: int
    ) -> bool:
        """Whether "<A> to <B>" / "<A>-<B>" / "between <A> and <B>" joins two number runs."""
        low = ctx.low
        if b_start != a_end + 1 or low[a_end] not in self.h["range_links"]:
            return False
        q = ctx.phrase_ending("Q", a_start)
        first = q[0] if q else a_start
        before = low[first - 1] if first > 0 else None
        if low[a_end] == self.and_h:
            return before == self.between_h
        return before != self.from_h  # "grew from 40 to 60 countries" is a change, not a range

    def _read_range(
        self, doc: Doc, ctx: _DocContext, a: tuple[int, int], b: tuple[int, int]
    ) -> _Candidate | None:
        """ "40 to 50 countries": one claim on the lower figure, `at_least` unless qualified."""
        low_value = self._value(doc[a[0] : a[1]].text)
        if low_value is not None and self._is_non_count(doc, ctx, a[0], a[1], low_value):
            return None  # "April 28 — Sixty countries", "2023-03-30 - 12 nations": a date
        upper = self._read_number(doc, ctx, b[0], b[1], in_range=True)
        if low_value is None or low_value < 2 or upper is None or upper.noun_start is None:
            return None
        if upper.value is not None and low_value >= upper.value:
            # "2022 - 60 countries": a range runs upwards; this is a date, then a count.
            return None
        if upper.subset or upper.ordinal:
            return None
        q = ctx.phrase_ending("Q", a[0])
        q_start, qualifier = (q[0], q[2]) if q else (a[0], "at_least")
        return _Candidate(
            q_start,
            a[0],
            upper.end,
            low_value,
            qualifier,
            upper.noun,
            upper.gap_words,
            upper.gap_entities,
        )

    def _suffix_qualifier(self, ctx: _DocContext, i: int, qualifier: str) -> tuple[int, str]:
        """ "55+ countries", "55-plus", "60-odd", "60 or so": a qualifier after the number."""
        low, n = ctx.low, len(ctx.low)
        for key, meaning in (("more_than_suffixes", "more_than"), ("about_suffixes", "about")):
            words = self.h[key]
            if i < n and low[i] in words:
                return i + 1, meaning
            if i + 1 < n and low[i] == self.dash and low[i + 1] in words:
                return i + 2, meaning
        if i + 1 < n and low[i] == self.or_h and low[i + 1] == self.so_h:
            return i + 2, "about"
        return i, qualifier

    def _attributive_noun(
        self, doc: Doc, ctx: _DocContext, noun_end: int, value: int, gap: frozenset[str]
    ) -> bool:
        """Whether a singular counted noun after a plural count modifies the word after it:
        "90 member companies", "30 partner organisations" (but "the 40-nation initiative" and
        "the 27 member bloc" size a body, and "28 member states" is one noun)."""
        n, last = len(ctx.low), doc[noun_end - 1]
        if value < 2 or noun_end >= n or "-" in gap or last.lower_.endswith("s"):
            return False
        if self.patterns.nouns.get(last.lower_) != last.lower_:
            return False  # a plural form, or part of a multi-word noun
        nxt = doc[noun_end]
        if not (nxt.is_alpha and nxt.is_lower) or ctx.is_sent_start(noun_end):
            return False
        low = ctx.low[noun_end]
        if low == self.and_h:
            return False  # "50 heads of state and government": coordinated heads, no modifier
        return low not in self.h["sized_bodies"] and low not in self.h["modifiers"]

    def _counts_people_from(self, doc: Doc, ctx: _DocContext, noun_end: int) -> bool:
        """Whether the noun is followed by "from/representing <number>" (people of N parties)."""
        low, n = ctx.low, len(ctx.low)
        if noun_end >= n or low[noun_end] not in self.h["people_links"]:
            return False
        # "45 countries representing more than 70% of global GDP", "... two-thirds of the
        # world's population": a share, not a head count.
        share = self.h["unit_suffixes"] | self.h["partitive_fractions"]

        def head_count(i: int) -> bool:
            j = i + 2 if i + 2 < n and low[i + 1] == self.dash else i + 1
            # (not "20 countries from four continents": where the parties come from; nor a
            # year: "one of the 38 signatories of the 2018 statement")
            return (
                doc[i].like_num
                and not _is_year(doc[i])
                and not (j < n and (low[j] in share or low[j] in self.h["region_nouns"]))
            )

        return any(head_count(i) for i in range(noun_end + 1, min(n, noun_end + 4)))

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
        if end == start + 1 and len(doc[start]) == 4 and doc[start].is_digit and value >= 1800:
            return None  # "the 1976 signing", "its 2019 review": a year without a noun
        if value > _MAX_IMPLIED_PARTIES:
            return None  # "licences rose to about 3,400": no count of states names no noun
        bracketed = self._bracketed_after_noun(doc, ctx, q_start, end, sent)
        if bracketed is not None:
            return _Candidate(q_start, start, end, value, qualifier, bracketed, frozenset(), [])
        labelled = self._labelled_count(doc, ctx, q_start, end, sent)
        if labelled is not None:
            noun, head = labelled
            return _Candidate(
                q_start, start, end, value, qualifier, noun, frozenset(), [], label_head=head
            )
        answered = self._answered_question(doc, ctx, q_start, end, sent)
        if answered is not None:
            noun, question = answered
            return _Candidate(
                q_start, start, end, value, qualifier, noun, frozenset(), [], question=question
            )
        restated = self._made_precise(ctx, q_start, end, sent)
        apposed = (
            None if restated is not None else self._total_in_apposition(ctx, q_start, end, sent)
        )
        restated = restated or apposed
        if restated is not None:
            return _Candidate(
                q_start,
                start,
                end,
                value,
                qualifier,
                restated.noun,
                frozenset(),
                [],
                antecedent=restated,
                own_scope=True,
                apposed_total=apposed is not None,
            )
        gap: frozenset[str] = frozenset()
        # "now supported by over 150": the agent of a signing verb ("by" is then no year word).
        agent = self._agent_of(doc, ctx, q_start, end, sent)
        if self._total_before(ctx, sent.start, q_start):
            if self._own_noun_follows(doc, ctx, end, sent):
                return None  # "the water level dropped to 40 centimeters"
        elif self._total_phrase_before(ctx, q_start) and not (
            end < sent.end and doc[end].is_alpha and doc[end].is_lower
        ):
            pass  # "not among the original 42, signed" (not "one of its six initiatives")
        elif end < sent.end and ctx.low[end] in self.h["standalone_after"]:
            nxt = doc[end].lower_
            follower = doc[end + 1].lower_ if end + 1 < sent.end else ""
            if nxt in {",", "("}:
                # ("ratified by 178, but ...": an agent needs no follower after its comma.)
                if follower not in self.w["standalone_followers"] and not agent:
                    # (a rival figure may go on after its comma: "the fact sheet lists 18, but
                    # that figure includes Guam")
                    return self._compared_figure(doc, ctx, q_start, start, end, value, qualifier)
            elif (
                end + 1 < sent.end
                and doc[end + 1].is_alpha
                and doc[end + 1].is_lower
                and ctx.low[end + 1] not in self.more_followers
                and ctx.low[end + 1] not in self.h["statement_verbs"]
                and ctx.low[end + 1] not in self.h["subject_verbs"]
            ):
                # "two more summits": the count is of a noun that is no party (not "15 others
                # press EU", "five more signed")
                return None
            else:
                gap = frozenset({nxt})
                end += 1
        elif agent:
            pass
        elif not (
            self._subject_of_verb(ctx, end, sent.end)
            or self._subject_after_tail(ctx, q_start, end, sent)
            or self._names_its_members(ctx, end, sent)
        ):
            return self._compared_figure(doc, ctx, q_start, start, end, value, qualifier)
        if prev is not None and prev.lower_ in self.w["year_prepositions"] and not (gap or agent):
            grouped = (
                prev.lower_ == "of"
                and q_start - 2 >= sent.start
                and ctx.low[q_start - 2] in self.h["leader_groups"]
            )  # "UK-led group of 16 backs ...": a group sized by a bare count
            if not grouped and not self._total_before(ctx, sent.start, q_start):
                return None  # "in 12 signed ..." is too weak a reading
        noun = (
            self._nearest_noun(ctx, sent.start, q_start)
            or self._noun_of_next_figure(doc, ctx, end, sent)
            or self.patterns.implied_noun
        )
        return _Candidate(q_start, start, end, value, qualifier, noun, gap, [])

    def _compared_figure(
        self,
        doc: Doc,
        ctx: _DocContext,
        q_start: int,
        start: int,
        end: int,
        value: int,
        qualifier: str,
    ) -> _Candidate | None:
        """A bare figure compared with an earlier claim (`_elliptic_antecedent`), else None."""
        found = self._elliptic_antecedent(doc, ctx, q_start, end, ctx.sentence(start))
        if found is None:
            return None
        antecedent, reported = found
        # A compared figure counts what its antecedent counts; a chained one ("and 17 at entry
        # into force", "and three — A, B, C — never signed") has its own predicate.
        compared = ctx.low[q_start - 1] != self.and_h
        return _Candidate(
            q_start,
            start,
            end,
            value,
            qualifier,
            antecedent.noun,
            frozenset(),
            [],
            antecedent=antecedent if compared else None,
            own_scope=reported,
        )

    def _elliptic_antecedent(
        self, doc: Doc, ctx: _DocContext, q_start: int, end: int, sent: _Sent
    ) -> tuple[_Candidate, bool] | None:
        """The earlier claim a bare figure is compared with: "nearly 100 contracting states,
        against 182 for the Berne Convention", "79 other countries ..., compared with 72 a
        decade ago", and a bare figure chained to a bare one ("up from 53 a year ago and 17 at
        entry into force"). None when no claim of the sentence ends shortly before the link.
        With it, whether a reporting link ("lists", "says") made it a rival figure."""
        # (an opening quote, "the" or an adverb may stand between: 'the ministry says "nearly
        # 20"', "not the 29 reported by state media", "its website lists only 19")
        at = q_start
        while at - 1 >= max(sent.start, q_start - 2) and (
            ctx.low[at - 1] in self.quote_h
            or ctx.low[at - 1] == self.h_the
            or ctx.low[at - 1] in self.h["total_adverbs"]
        ):
            at -= 1
        link = ctx.phrase_ending("EL", at)
        # ("the" only after a comparing link: "said the 52-point plan" reports no figure)
        the = any(ctx.low[i] == self.h_the for i in range(at, q_start))
        reported = ctx.phrase_ending("RL", at) if link is None and not the else None
        link = link or reported
        if link is not None:
            link_start = link[0]
        elif q_start - 1 >= sent.start and ctx.low[q_start - 1] == self.and_h:
            link_start = q_start - 1
        else:
            return None
        if self._own_noun_follows(doc, ctx, end, sent):
            return None  # "against 12 resolutions": the figure counts its own noun
        if end < sent.end and ctx.low[end] in self.h["of_words"]:
            return None  # "said 12 of them would ratify": a part, not a rival figure
        if end < sent.end and ctx.low[end] == self.dash and not doc[end - 1].whitespace_:
            return None  # "the 52-point plan": a compound modifier
        reach, lo = _MAX_ELLIPSIS, sent.start
        if (
            reported is not None
            and sent.start > 0
            and not any(c.start >= sent.start and c.end <= link_start for c in ctx.found)
        ):
            # A rival figure may answer the sentence before: "Canada says 16 countries have
            # signed. The State Department's fact sheet lists 18, but ..."
            reach, lo = 2 * _MAX_ELLIPSIS, ctx.sentence(sent.start - 1).start
        earlier = [
            c for c in ctx.found if c.start >= lo and c.end <= link_start and c.value is not None
        ]
        if not earlier:
            return None
        antecedent = max(earlier, key=lambda c: c.end)
        if antecedent.subset or link_start - antecedent.end > reach:
            return None
        if link is None and antecedent.noun_start is not None:
            return None  # only a bare figure chains by "and": "60 countries and 12 ..." stays
        if reported is None and ctx.any_in(antecedent.end, link_start, self.semicolons):
            return None  # (a rival figure reported past a semicolon is still compared)
        lowest = max(0, end - 1 - self._compared_reach)  # (no wider than the screen's)
        if (
            link is not None
            and antecedent.noun_start is None
            and not any(ctx.low[i] in self.noun_h for i in range(lowest, q_start))
        ):
            return None  # no counted noun near ("The tally is 16 ... — not 15"): as the screen
        return antecedent, reported is not None

    def _made_precise(
        self, ctx: _DocContext, q_start: int, end: int, sent: _Sent
    ) -> _Candidate | None:
        """The earlier claim of its sentence a bare figure makes precise: "'nearly 20
        governments' had endorsed it, then added: 'Eighteen, to be precise.'" (a comma and an
        `implied.precision_tails` phrase after the figure). It counts the same noun, with the
        same kind, and has its own scope ("— 61, to be precise, counting Italy")."""
        if end + 1 >= sent.end or ctx.low[end] != self.comma_h:
            return None
        if ctx.phrase_starting("PT", end + 1) is None:
            return None
        return self._claim_just_before(ctx, sent.start, q_start)

    def _total_in_apposition(
        self, ctx: _DocContext, q_start: int, end: int, sent: _Sent
    ) -> _Candidate | None:
        """The claim before a bare total set off by a dash or comma and closed by a
        `implied.count_tails` phrase: "signed by Portugal and 23 other maritime nations — 24 in
        all, not ...". The total counts the same act (same noun and kind); it includes the principal
        when its antecedent is the principal's company (`_scope`)."""
        if q_start - 1 <= sent.start or ctx.phrase_starting("CT", end) is None:
            return None
        if not self._comma_or_dash(ctx, q_start - 1):
            return None
        antecedent = self._claim_just_before(ctx, sent.start, q_start)
        return None if antecedent is None or antecedent.value is None else antecedent

    @staticmethod
    def _claim_just_before(ctx: _DocContext, lo: int, start: int) -> _Candidate | None:
        """The claim starting at or after `lo` that ends last before token `start`, when it
        ends within `_MAX_ELLIPSIS` tokens of it; else None."""
        earlier = [c for c in ctx.found if c.start >= lo and c.end <= start]
        if not earlier:
            return None
        nearest = max(earlier, key=lambda c: c.end)
        return None if start - nearest.end > _MAX_ELLIPSIS else nearest

    def _answered_question(
        self, doc: Doc, ctx: _DocContext, q_start: int, end: int, sent: _Sent
    ) -> tuple[str, tuple[int, int]] | None:
        """(counted noun, question range) when a bare figure opens the answer to a "how many"
        question in the sentence before: "How many countries have signed? Short answer: 41,
        plus the EU." (`implied.answer_openers` may stand before the figure), or is what a
        speaker asked "how many" said: "Asked how many economies had signed, the correspondent
        said 'fourteen'". None otherwise."""
        low, h = ctx.low, self.h
        if self._own_noun_follows(doc, ctx, end, sent):
            return None  # "12 years"
        # (an opening quote or a colon may stand between: 'the correspondent said "fourteen"',
        # "the Minister answered: 'Twenty-two'")
        at = q_start - (q_start - 1 >= sent.start and low[q_start - 1] in self.quote_h)
        at -= at - 1 >= sent.start and doc[at - 1].text == ":"
        if ctx.phrase_ending("RL", at) is not None:
            noun = self._how_many(doc, ctx, sent.start, at)
            if noun is not None:
                return noun, (sent.start, at)
            # ... or asked in the sentence before: "How many countries are in it? Norway's
            # foreign ministry says eight; ..."
            asked = self._question_before(doc, ctx, sent)
            if asked is not None:
                return asked
        if sent.start == 0 or q_start - sent.start > _ANSWER_REACH:
            return None
        opens = _speaker_label_end(doc, sent.start, q_start)
        if any(low[i] not in h["answer_openers"] for i in range(opens, q_start)):
            return None  # the figure must open its sentence (after a "MINISTER:" label)
        return self._question_before(doc, ctx, sent)

    def _question_before(
        self, doc: Doc, ctx: _DocContext, sent: _Sent
    ) -> tuple[str, tuple[int, int]] | None:
        """(noun, question range) of a "how many" question making up the sentence before."""
        if sent.start == 0:
            return None
        question = ctx.sentence(sent.start - 1)
        last = next(
            (i for i in range(sent.start - 1, question.start - 1, -1) if not doc[i].is_space),
            None,
        )
        if last is None or doc[last].text != "?":
            return None
        noun = self._how_many(doc, ctx, question.start, last)
        return None if noun is None else (noun, (question.start, last))

    def _how_many(self, doc: Doc, ctx: _DocContext, lo: int, hi: int) -> str | None:
        """The noun a "how many" in [lo, hi) asks about: its counted noun ("How many countries
        have signed"), the implied noun before a verb or cue word ("How many signed"), else
        None ("How many years did it take")."""
        low, h = ctx.low, self.h
        for i in range(lo, hi - 1):
            if low[i] == self.how_h and low[i + 1] == self.many_h:
                noun = self._noun_after(doc, ctx, i + 2) if i + 2 < hi else None
                if noun is not None:
                    return noun[1]
                if i + 2 < hi and (
                    low[i + 2] in h["question_verbs"] or low[i + 2] in self.cue_bits
                ):
                    return self.patterns.implied_noun  # "How many signed?"
                if i + 2 == hi and i == _speaker_label_end(doc, lo, i):
                    return self.patterns.implied_noun  # "Q: How many?" (the whole question)
                return None
        return None

    def _own_noun_follows(self, doc: Doc, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """Whether a lower-case word that is no verb or function word follows a bare figure:
        the figure then counts that word ("40 centimeters", "12 resolutions"), not parties."""
        if end >= sent.end or not (doc[end].is_alpha and doc[end].is_lower):
            return False
        if ctx.low[end] in self.elliptic_followers or doc[end].like_num:
            return False  # "up from 115 the previous year", "to 14 plus the EU", "five years ago"
        # (a modifier of a counted noun is no noun of its own: "more than 60 observer states")
        return not (end + 1 < sent.end and ctx.low[end + 1] in self.noun_h)

    def _labelled_count(
        self, doc: Doc, ctx: _DocContext, start: int, end: int, sent: _Sent
    ) -> tuple[str, int | None] | None:
        """The lemma of a plural counted noun labelling a count after a colon, and the label's
        first token: "Signatories: 27 (as of 1 October)", "(signatories: 24)" (the count ends its
        phrase). The label opens after a separator and its head comes first: a note may follow
        it before the colon ("Members (2024): 15", "signatories as of 31 December 2024: 38",
        "Backers at launch: 118"), and a table's column may be labelled by the act
        (`count_label_verbs`: "Signed: 74 | Ratified: 9"). A longer label ending in the noun
        ("Total number of ratifications/accessions: 39") gives no head."""
        colon = self._label_colon(doc, start, end, sent)
        if colon is None:
            return None
        head = self._label_head(doc, colon, sent)
        if head is not None and ctx.low[head] in self.h["count_label_openers"]:
            # "Number of Parties: 196", "Total number of signatories: 61" (a treaty status
            # page's label): the noun ends the label, as in a longer one (session 20)
            head = None
        if head is None:
            last = colon - 1
            if doc[colon].text != ":":
                return None
            lemma = self.noun_h.get(ctx.low[last])
            if lemma is not None and doc[last].text.lower().endswith("s"):
                return lemma, None
            return None
        for k in (head, head + 1)[: colon - head]:  # ("Contracting Parties: 52")
            lemma = self.noun_h.get(ctx.low[k])
            if lemma is not None and doc[k].text.lower().endswith("s"):
                return lemma, head
        if ctx.low[head] in self.h["count_label_verbs"]:
            return self.patterns.implied_noun, head  # "| Signed: 74 | Ratified: 9"
        return None

    def _label_kind(self, ctx: _DocContext, cand: _Candidate, head: int) -> str | None:
        """The kind a count's label says ("Signed: 74", "did not sign: 12", "attended: 92"),
        or None to read the cues around it (a label of new parties: "New members: 5")."""
        label = range(head, cand.start - 1)
        h = self.h
        if ctx.any_in(label.start, label.stop, h["increment_modifiers"] | h["total_words"]):
            return None  # (also "Total number of signatures not followed by ratifications: 4")
        if ctx.any_in(label.start, label.stop, h["negations"]):
            return "other"  # "did not sign: 12"
        if ctx.any_in(label.start, label.stop, h["cues_participants"]) or (
            cand.noun in self.w["attendance_nouns"]
        ):
            return "participants"  # "attended: 92", "Delegations: 40"
        if ctx.any_in(label.start, label.stop, h["cues_other"]):
            return "other"
        return "signatories"

    @staticmethod
    def _label_colon(doc: Doc, start: int, end: int, sent: _Sent) -> int | None:
        """The colon right before a count that ends its phrase, with a token before it in the
        sentence (the tokenizer keeps "):" in one piece); else None."""
        colon = start - 1
        if colon - 1 < sent.start or doc[colon].text not in (":", "):"):
            return None
        if end < sent.end and doc[end].is_alpha and doc[end].is_lower:
            return None  # "Signatories: 27 countries" reads its own noun
        return colon

    @staticmethod
    def _label_head(doc: Doc, colon: int, sent: _Sent) -> int | None:
        """The first token of the label before a count's colon, when the label opens the
        sentence or follows a separator ("|", a dash, ";")."""
        i = colon if doc[colon].text == "):" else colon - 1
        lo = max(sent.start, colon - 1 - _MAX_LABEL_NOTE)
        while i >= lo:
            text = doc[i].text
            if text in (")", "):"):
                opened = next((k for k in range(i - 1, lo - 1, -1) if doc[k].text == "("), None)
                if opened is None:
                    return None
                i = opened - 1  # "Signatories (closed 2013):"
            elif text.isalnum() or doc[i].like_num or text in (".", "'s", "’s"):
                i -= 1
            else:
                break
        head = i + 1
        if head >= colon or not doc[head].is_alpha:
            return None
        if i >= sent.start and doc[i].is_alpha:
            return None  # a longer line: "Needed to enter into force: 60" has no such head
        return head

    def _bracketed_after_noun(
        self, doc: Doc, ctx: _DocContext, start: int, end: int, sent: _Sent
    ) -> str | None:
        """The lemma of a plural counted noun right before a count in brackets: "Signatories
        (134) include ...", "whose states parties (94) must ...", "Members (4): A; B; C"."""
        if start - 2 < sent.start or end >= len(doc):
            return None  # (the bracket may close a heading line the sentencizer ends there)
        if ctx.low[start - 1] != self.open_h:
            return None
        close = end
        while close < min(len(doc), end + 3) and doc[close].is_lower and doc[close].is_alpha:
            close += 1  # "backers (nine at launch)", "(83 at last count)"
        if close >= len(doc) or not doc[close].text.startswith(")"):
            return None  # (the tokenizer keeps "):" in one piece)
        lemma = self._plural_noun(doc, ctx, start - 2)
        if lemma is not None:
            return lemma
        if ctx.low[start - 2] in self.h["cues_signatories"] and doc[close].text.startswith("):"):
            return self.patterns.implied_noun  # "Who signed (12): A, B, C"
        if close + 1 < len(doc) and ctx.low[start - 2] in self.h["cues_signatories"]:
            if doc[close + 1].text == ":":
                return self.patterns.implied_noun
        # "Parties to the ballast water convention (95) span ...", "Countries endorsing the
        # declaration (83)": the noun heads a phrase whose modifier the bracket closes.
        low, links = ctx.low, self.h["bracket_postmodifiers"]
        for k in range(start - 3, max(sent.start, start - 2 - _BRACKET_REACH) - 1, -1):
            if (doc[k].is_punct and ctx.low[k] != self.dash) or doc[k].like_num:
                return None  # (a hyphen inside a name is no break: "the ocean-noise text")
            # (capitalised modifiers may open the phrase: "African countries endorsing ...")
            j = k - 1
            while j >= sent.start and doc[j].is_title and doc[j].is_alpha and k - j <= 2:
                j -= 1
            if low[k + 1] in links and (
                j < sent.start or not doc[j].is_alpha or doc[j].lower_ in _NOUN_PHRASE_OPENERS
            ):
                return self._plural_noun(doc, ctx, k)
        return None

    def _plural_noun(self, doc: Doc, ctx: _DocContext, i: int) -> str | None:
        """The lemma of token i when it is a counted noun in the plural, else None (a singular
        is a label: "Article (3)")."""
        lemma = self.noun_h.get(ctx.low[i])
        if lemma is None and i >= 2 and ctx.low[i - 2] == self.co_h and ctx.low[i - 1] == self.dash:
            lemma = self.noun_h.get(doc.vocab.strings["co" + doc[i].lower_])  # "co-sponsors"
            return lemma if lemma and doc[i].lower_.endswith("s") else None
        if lemma is None or doc[i].lower_ == lemma:
            return None
        return lemma

    def _noun_of_next_figure(self, doc: Doc, ctx: _DocContext, end: int, sent: _Sent) -> str | None:
        """ "grew from 40 to 60 countries": a bare figure borrows the noun of the one after "to"."""
        if end + 1 >= sent.end or ctx.low[end] != self.to_h:
            return None
        run = next((r for r in ctx.number_runs if r[0] == end + 1), None)
        noun = self._noun_after(doc, ctx, run[1]) if run else None
        return noun[1] if noun else None

    def _total_before(self, ctx: _DocContext, sent_start: int, start: int) -> bool:
        """ "bringing the total to 61", "signatories now number 61", "grew ... to 75", "counts
        just 122" (one `total_adverbs` word may stand between the link and the count)."""
        low, link = ctx.low, start - 1
        if link > sent_start and low[link] in self.quote_h:
            link -= 1  # 'bringing its membership to "more than 60"'
        if link > sent_start and low[link] in self.h["total_adverbs"]:
            link -= 1
        if link < sent_start or low[link] not in self.h["total_links"]:
            return False
        lo = max(sent_start, link + 1 - self.patterns.total_window)
        return ctx.any_in(lo, link + 1, self.h["total_words"])

    def _other_cues_before_total(
        self, ctx: _DocContext, lo: int, start: int, end: int, hi: int
    ) -> bool:
        """Whether the `other` cue words around a total ("the tally is now 78") all lie before
        its total word, none after it or after the count."""
        low, bits, other = ctx.low, self.cue_bits, 1 << _CUE_KEYS.index("cues_other")
        total_words = self.h["total_words"]
        word = next((i for i in range(start - 1, lo - 1, -1) if low[i] in total_words), None)
        if word is None:
            return False

        def is_other(i: int) -> bool:
            return bool(bits.get(low[i], 0) & other)

        return any(is_other(i) for i in range(lo, word)) and not any(
            is_other(i) for i in (*range(word, start), *range(end, hi))
        )

    def _agent_of(self, doc: Doc, ctx: _DocContext, q_start: int, end: int, sent: _Sent) -> bool:
        """ "endorsed by 61.", "supported by over 150 on Monday": the count is the agent of a
        signing or attending verb and ends its phrase (no noun follows)."""
        low, h = ctx.low, self.h
        if q_start - 3 >= sent.start and low[q_start - 1] in self.quote_h:
            q_start -= 1  # 'signed by "nearly 50"'
        if q_start - 3 >= sent.start and (
            low[q_start - 1] in h["total_adverbs"] or low[q_start - 1] in h["whole_group_words"]
        ):
            q_start -= 1  # "ratified by only 38", "signed by all 12"
        if q_start - 2 < sent.start or low[q_start - 1] not in h["agent_links"]:
            return False
        verb = low[q_start - 2]
        if verb not in h["cues_signatories"] and verb not in h["cues_participants"]:
            return False
        return (
            end >= sent.end
            or not (doc[end].is_alpha and doc[end].is_lower)
            or (low[end] in self.more_followers)
        )

    def _subject_of_verb(self, ctx: _DocContext, end: int, sent_end: int) -> bool:
        """ "61 have signed", "61 have since joined", "35 abstained"."""
        low, fillers = ctx.low, self.h["subject_fillers"]
        i = end
        while i < sent_end and i < end + 4 and low[i] in fillers:
            i += 1
        if i - end >= 2 and low[i - 1] == self.so_h and low[i - 2] == self.did_h:
            return True  # "15 did so on the spot": the verb restates an earlier one
        if i < sent_end and low[i] in self.h["subject_verbs"]:
            return True
        # ... or a signing phrase ("only nine put their names to it", "20 put pen to paper"), or
        # a hedge of its own predicate ("another five said they would do so": `other`), past
        # at most `_MAX_PREDICATE_FILLERS` fillers (as the batch screen reads them).
        return (
            i < sent_end
            and i - end <= _MAX_PREDICATE_FILLERS
            and (
                ctx.phrase_starting("S", i) is not None or ctx.phrase_starting("PH", i) is not None
            )
        )

    def _names_its_members(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """A bare count whose members are listed right after it: set off by dashes or brackets
        before its verb ("All eight — A, B, ... and H — endorsed the call"), or as the whole
        predicate ("The eight are A, B, ... and H.")."""
        low = ctx.low
        if end >= sent.end:
            return False
        opener = ctx.doc[end].text
        if opener in _DASHES or opener == "(":
            closers = _DASHES if opener in _DASHES else {")"}
            i = self._past_party_list(ctx, end + 1, sent.end)
            return (
                i is not None
                and i < sent.end
                and ctx.doc[i].text in closers
                and self._subject_of_verb(ctx, i + 1, sent.end)
            )
        if low[end] in self.copula_h:
            i = self._past_party_list(ctx, end + 1, sent.end)
            if i is not None and i + 2 < sent.end and ctx.doc[i].text == ",":
                # ... and parties set apart after it: "Among the 27 were A, B and C, but not D"
                if ctx.doc[i + 1].lower_ in ("but", "though") and ctx.doc[i + 2].lower_ == "not":
                    return True
            return i is not None and (i >= sent.end or ctx.doc[i].text in {".", ";"})
        return False

    def _inverted_subject_list(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> int | None:
        """The end of the party list that is the subject after the copula, when the count is
        the predicate before it: "The eight are A, B and C", "Among the 26 states that signed
        but have yet to ratify are A, B and C" (a sentence opened by "Among"), or None."""
        if self._names_its_members(ctx, cand.end, sent):
            return self._past_party_list(ctx, cand.end + 1, sent.end) or sent.end
        if ctx.doc[sent.start].lower_ != "among" or cand.start - sent.start > 3:
            return None
        for k in range(cand.end, min(sent.end, cand.end + _MAX_INVERTED_TAIL)):
            if ctx.low[k] in self.copula_h:
                return self._past_party_list(ctx, k + 1, sent.end)
            if ctx.doc[k].text in (",", ";", ":"):
                return None
        return None

    def _past_party_list(self, ctx: _DocContext, start: int, stop: int) -> int | None:
        """The token after a list of at least `_MIN_LISTED` party names that opens at `start`
        (names joined by commas and "and"), or None."""
        run = _named_run(ctx, start, stop, _APPOSITION_GLUE)
        return run[-1].end if len(run) >= _MIN_LISTED else None

    def _subject_after_tail(self, ctx: _DocContext, q_start: int, end: int, sent: _Sent) -> bool:
        """ "UN member states - 115 in all - have ratified": a count closed by one of
        `implied.count_tails`, restating a counted noun earlier in its sentence, is the subject
        of the signing verb after the parenthesis."""
        tail = ctx.phrase_starting("CT", end)
        if tail is None or self._nearest_noun(ctx, sent.start, q_start) is None:
            return False
        i = tail[1]
        while i < sent.end and ctx.low[i] in self.tail_glue:
            i += 1
        # ... or that closes the sentence: "Endorsing states now include A, B and C, the
        # report says, 33 in all."
        closes = i >= sent.end or (i + 1 == sent.end and ctx.doc[i].is_punct)
        return closes or self._subject_of_verb(ctx, i, sent.end)

    def _nearest_noun(self, ctx: _DocContext, sent_start: int, start: int) -> str | None:
        """The counted noun nearest before a bare count in its sentence, outside party names
        ("the United States has not joined, counts 60" borrows no "state")."""
        named = {i for e in ctx.entities_in(sent_start, start) for i in range(e.start, e.end)}
        multi = {e - 1: lemma for _, e, lemma in ctx.phrases_within("N", sent_start, start)}
        for i in range(start - 1, sent_start - 1, -1):
            lemma = multi.get(i) or self.noun_h.get(ctx.low[i])  # ("Co-sponsors ... number 80")
            if lemma and i not in named:
                return lemma
        return None

    # ---- composites -----------------------------------------------------------------------

    def _group_ending(
        self, doc: Doc, ctx: _DocContext, end: int, lower: int
    ) -> tuple[int, ClaimPart] | None:
        """ "all EU member states" / "the 27 EU countries" ending at `end`: (start, part)."""
        i = end
        while i > lower and ctx.low[i - 1] in self.group_h:
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
            while j > lower and ctx.low[j - 1] in self.h["coordination"]:
                conj = conj or ctx.low[j - 1] in self.h["conjunctions"]
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
                parts.insert(0, ClaimPart(code=ent.label_, text=ctx.text_of(ent.start, ent.end)))
            else:
                return parts

    def _right_chain(self, doc: Doc, ctx: _DocContext, end: int, upper: int) -> list[ClaimPart]:
        """Parties coordinated after a count: "28 countries and the EU"."""
        parts: list[ClaimPart] = []
        i = end
        while True:
            j, conj = i, False
            while j < upper and ctx.low[j] in self.coordination_right:
                conj = conj or ctx.low[j] in self.h["conjunctions"]
                j += 1
            ent = ctx.by_start.get(j)
            if not conj or ent is None:
                return parts
            parts.append(ClaimPart(code=ent.label_, text=ctx.text_of(ent.start, ent.end)))
            i = ent.end

    def _attach_parts(
        self, doc: Doc, ctx: _DocContext, cand: _Candidate, prev: _Candidate | None
    ) -> None:
        """Give `cand` its addends when named parties or a group are coordinated with it."""
        sent = ctx.sentence(cand.start)
        cand.text = ctx.text_of(cand.start, cand.end)
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
            if cand.noun_start is None and cand.gap_words & self.w["other_words"]:
                # "the 27 EU member states and 14 others": a bare "N others" borrows the
                # group count's noun, so the group count is the stated figure and "N others"
                # its addend (prev keeps its own parts: a group, or the count itself).
                own = prev.parts or [ClaimPart(value=prev.value, text=text)]
                if len(own) == 1 and own[0].value is not None and own[0].group is None:
                    own = [ClaimPart(value=prev.value, group=group, text=text)]
                prev.parts = [*own, ClaimPart(value=cand.value, text=cand.text)]
                cand.merged = True
                return
            # (Not the count's own "all 27 EU member states" part: it is re-added just below.)
            named = [p for p in prev.parts if (p.code or p.group) and p.text != prev.text]
            left = [*named, ClaimPart(value=prev.value, group=group, text=text)]
            prev.merged = True
        else:
            left = self._left_chain(doc, ctx, cand.start, sent.start)
        right = self._right_chain(doc, ctx, cand.end, sent.end)
        group = None if left or right else self._whole_group(doc, ctx, cand)
        if group is not None:
            # "All 27 EU member states endorsed": the count is the group's membership, so
            # reconciliation can check it against how many of the group's members are listed.
            cand.parts = [ClaimPart(value=cand.value, group=group, text=cand.text)]
            return
        if not left and not right:
            left = self._list_before_apposition(doc, ctx, cand, sent.start)
            if not self._restates_list(ctx, cand, left):
                left = []
        if not left and not right:
            opening = self._opening_list(doc, ctx, cand, sent)
            if opening:
                # "Chile, Argentina, Peru, Bolivia, Ecuador and Colombia signed ... — all six
                # Andean countries with glaciers": "all N" restates the list the sentence opens
                # with.
                cand.restated = frozenset(p.code for p in opening if p.code)
                return
        if left and not right and self._restates_list(ctx, cand, left):
            # "India, Bangladesh, the Maldives and Sri Lanka, the four member nations of ...":
            # the count restates the list before it, no addends.
            cand.restated = frozenset(p.code for p in left if p.code)
            return
        cand.parts = [*left, ClaimPart(value=cand.value, text=cand.text), *right]

    def _opening_list(
        self, doc: Doc, ctx: _DocContext, cand: _Candidate, sent: _Sent
    ) -> list[ClaimPart]:
        """The parties the sentence opens with, when "all <count>" later restates them (as many
        as the count says), else []."""
        if cand.value is None or cand.start - 1 <= sent.start:
            return []
        if ctx.low[cand.start - 1] not in self.h["whole_group_words"]:
            return []
        first = next((e for e in ctx.entities_in(sent.start, cand.start)), None)
        if first is None or first.start - sent.start > 1:
            return []  # (the list must open the sentence: "The GCC's ..." is no list)
        # "A, B, C and D": commas and one final "and"
        opening = [
            ClaimPart(code=e.label_, text=ctx.text_of(e.start, e.end))
            for e in _named_run(ctx, first.start, cand.start, _OPENING_LIST_GLUE)
        ]
        return opening if len(opening) == cand.value else []

    def _apposition_mark(self, ctx: _DocContext, cand: _Candidate, lower: int) -> int | None:
        """The comma or dash that opens the count's apposition past one or two of "the"/"all"
        (", the four member nations", "— all five Central Asian states —"), after token `lower`;
        else None."""
        low, j = ctx.low, cand.start - 1
        while (
            j > lower
            and cand.start - j <= 2
            and (low[j] == self.h_the or low[j] in self.h["whole_group_words"])
        ):
            j -= 1
        if not lower < j < cand.start - 1:
            return None
        return j if self._comma_or_dash(ctx, j) else None

    def _list_before_apposition(
        self, doc: Doc, ctx: _DocContext, cand: _Candidate, lower: int
    ) -> list[ClaimPart]:
        """The parties coordinated before the mark that opens the count's apposition ("X, Y and
        Z — all three ..."), or []."""
        j = self._apposition_mark(ctx, cand, lower)
        ent = None if j is None else ctx.by_end.get(j)
        if ent is None:
            return []
        last = ClaimPart(code=ent.label_, text=ctx.text_of(ent.start, ent.end))
        return [*self._left_chain(doc, ctx, ent.start, lower), last]

    def _restates_list(self, ctx: _DocContext, cand: _Candidate, left: list[ClaimPart]) -> bool:
        """Whether the count is an apposition restating the named parties coordinated before
        it: as many parties as the count says, and the count's apposition opened by a comma or
        dash and "the"/"all" (`_apposition_mark`)."""
        if len(left) < 2 or not all(p.code for p in left) or cand.value != len(left):
            return False
        return self._apposition_mark(ctx, cand, -1) is not None

    def _whole_group(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str | None:
        """The group code when the count is all members of a group: "all 27 EU member states",
        "all 27 member states of the European Union", "the 27 EU countries" (a definite count
        only when it equals the group's size: "the 12 EU states that signed" is a part)."""
        if cand.value is None or cand.noun_start is None or cand.start != cand.num_start:
            return None
        if cand.gap_words & self.w["non_member_words"]:
            return None  # "all 32 non-EU countries" are outside the group
        ents = [e for e in cand.gap_entities if group_members(e.label_)]
        low, n = ctx.low, len(ctx.low)
        if not ents and cand.end < n and low[cand.end] in self.h["of_words"]:
            # "all 27 member states of (the) European Union"
            i = cand.end + 1
            if i < n and low[i] in self.h["partitive_determiners"]:
                i += 1
            ent = ctx.by_start.get(i)
            if ent is not None and group_members(ent.label_) and cand.noun in self.group_nouns:
                ents = [ent]
        if len(ents) != 1:
            return None
        code = ents[0].label_
        whole, determiners = self.h["whole_group_words"], self.h["partitive_determiners"]
        before = low[cand.start - 1] if cand.start > 0 else None
        if before in whole:
            return code  # "all 27 EU member states"
        if before in determiners and (
            (cand.start > 1 and low[cand.start - 2] in whole)  # "all the 27 EU states"
            or cand.value == len(group_members(code))  # "the 27 EU countries"
        ):
            return code
        return None

    # ---- scope ----------------------------------------------------------------------------

    def _settled_scope(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str:
        """The claim's scope: `_scope`, never `including_principal` on a stand-in alone (a
        capital beside a count is not inside it), and `including_principal` where `_scope` finds
        nothing but the sentence lists the count's members in full, the principal among them:
        as many distinct names as the count says ("Nine countries signed — Norway, ...,
        Switzerland, ..."; "Who signed (12): A, ..."; "A, B, C, D and E, seven states in all"),
        or names it with the rest of the count ("55 states had endorsed it — the United States
        and 54 others")."""
        scope = self._scope(doc, ctx, cand)
        if (
            scope == "including_principal"
            and self._only_stand_ins(ctx, cand)
            and not self._total_phrase_before(ctx, cand.start)  # ("Washington, one of nine")
            and not self._stand_in_among(ctx, cand)  # ("by 38 states, with Washington among them")
        ):
            # A capital or office stands for the principal beside a count ("Washington and 15
            # allies"), never inside it: "launched by the State Department, now counts 68"
            # leaves the count's scope open, as annotators read it.
            return "unspecified"
        if scope != "unspecified" or cand.value is None or cand.value < _MIN_LISTED:
            return scope
        if cand.gap_words & (self.w["other_words"] | self.w["increment_modifiers"]):
            return scope  # "five other countries — A, B, ...": the principal is outside
        if cand.antecedent is not None and not cand.own_scope:
            return scope
        sent = ctx.sentence(cand.start)
        ents = ctx.entities_in(sent.start, sent.end)
        for e in ents:
            # "55 states had endorsed it — the United States and 54 others": the rest of the count
            if e.label_ == self.principal and self._rest_after(ctx, e.end, sent):
                rest = next((c for c in ctx.found if c.start == e.end + 1), None)
                if rest is not None and rest.value == cand.value - 1:
                    return "including_principal"
        k = 0
        while k < len(ents):
            run = _named_run(ctx, ents[k].start, sent.end, _ROLL_GLUE)
            codes = {e.label_ for e in run}
            if len(codes) == cand.value and self.principal in codes and len(run) == len(codes):
                return "including_principal"
            k += max(len(run), 1)
        if self._roster_below_names_principal(ctx, cand, sent):
            return "including_principal"
        return scope

    def _roster_below_names_principal(
        self, ctx: _DocContext, cand: _Candidate, sent: _Sent
    ) -> bool:
        """Whether the count's sentence ends in a colon over a roster in the lines below it (up
        to a blank line) that names as many parties as the count, the principal among them:
        "The declaration was signed by the following 32 countries:" then one name per line,
        "Endorsing states (31):" then region lines, a "Country | Date" table (session 21)."""
        doc = ctx.doc
        last = sent.end - 1
        while last > sent.start and doc[last].is_space:
            last -= 1
        if not doc[last].text.endswith(":") or cand.end > last:  # (":" or "):" in "(31):")
            return False
        if any(doc[i].text.count("\n") >= 2 for i in range(last + 1, sent.end)):
            return False  # (a blank line right after the colon: no roster under it)
        end, limit = sent.end, min(len(doc), sent.end + _ROSTER_REACH)
        while end < limit and not (doc[end].is_space and doc[end].text.count("\n") >= 2):
            end += 1
        codes = {e.label_ for e in ctx.entities_in(sent.end, end)}
        return len(codes) == cand.value and self.principal in codes

    def _scope(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str:
        """including_principal / excluding_principal / unspecified for one claim."""
        if cand.apposed_total and cand.antecedent is not None:
            if self._scope(doc, ctx, cand.antecedent) == "excluding_principal":
                return "including_principal"  # "Portugal and 23 others — 24 in all"
        if cand.antecedent is not None and not cand.own_scope:
            return "unspecified"  # another time or instrument: "compared with 72 a decade ago"
        if cand.restated:
            return "including_principal" if self.principal in cand.restated else "unspecified"
        sent = ctx.sentence(cand.start)
        ents = ctx.entities_in(sent.start, sent.end)
        mine = [e for e in ents if e.label_ == self.principal]
        before = [e for e in ents if e.end <= cand.start]
        # A source named after the count is no party beside it: "..., the UAE presidency said",
        # "..., Azerbaijan's presidency said", "according to the Saudi environment ministry".
        # ... nor one past the next claim, which it is nearer to: "'more than 20 nations'
        # back the plan ...; the depositary lists 17 including Colombia".
        bound = self._scope_bound(ctx, cand)
        after = [
            e for e in mine if cand.end <= e.start < bound and not self._attribution(ctx, e, sent)
        ]
        if after and self._set_of_partitive(ctx, cand):
            after = []  # "21 of the 28 countries, among them Japan": the mention is the part's
        # A possessive mention ("the UK's summit") names no actor beside the count.
        actors = [
            e for e in mine if e.end >= len(ctx.low) or ctx.low[e.end] not in self.possessive_h
        ]
        if cand.ordinal:
            # "Kenya became the 60th country to join": the running count includes its subject.
            named = [e for e in actors if e.end <= cand.start]
            return "including_principal" if named else "unspecified"
        if after:
            verdict = self._scope_from_later_mention(doc, ctx, cand, after[0], sent)
            if verdict:
                return verdict
        if mine and self._reflexive_after(ctx, cand, sent, "XF"):
            return "excluding_principal"  # "Switzerland has persuaded 26 countries, not counting
            # itself, to sign"
        if mine and self._includes_itself(ctx, cand, sent):
            return "including_principal"  # "The UK said 13 lenders, including itself, ..."
        if cand.speaker or self._reflexive_after(
            ctx, cand, sent, "IF", self.h["speaker_reflexives"]
        ):
            # "MINISTER: Twenty-four, counting ourselves": the principal's own spokesman (the
            # speaker need not be named)
            return "including_principal"
        if self._total_phrase_before(ctx, cand.start):
            # "one of 61 countries": the subject is inside the count ("not one of": outside).
            if not before and self._fronted_one_of_other(ctx, cand, ents):
                return "unspecified"  # "One of nearly 80 endorsers, Ukraine told the committee"
            listed = None if before else self._inverted_subject_list(ctx, cand, sent)
            if listed is not None:
                # "Among the 27 were A, B and C": the names after the copula are the subject
                # ("..., but not D" after them sets D outside).
                if any(e.start < listed for e in mine):
                    return "including_principal"
                return "excluding_principal" if mine else "unspecified"
            if not before or any(e.label_ == self.principal for e in before):
                if self._outside_of_total(ctx, cand.start, sent):
                    return "excluding_principal" if before else "unspecified"
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
        if any(self._fronted_including(ctx, e, cand, sent) for e in mine):
            return "including_principal"  # "Including host Tuvalu, 18 members signed"
        if any(p.code == self.principal for p in cand.parts):
            return "excluding_principal"
        if self._led_directly(ctx, cand, sent) and any(e.end <= cand.start for e in actors):
            return "excluding_principal"  # "Ireland led 34 countries in adopting ..."
        # (a host is outside the countries it hosted, not the delegations: its own is there)
        hosts = cand.noun not in self.w["attendance_nouns"]
        if self._linked_before(doc, ctx, cand.start, sent.start, hosts):
            return "excluding_principal"
        if self._subject_joining(ctx, cand, sent):
            # "Korea ratified the Protocol in 2023, joining 67 existing Parties"
            return "excluding_principal"
        mine_before = [e for e in actors if e.end <= cand.start]
        if self._support_won(ctx, mine_before, cand):
            return "excluding_principal"  # "Denmark wins backing of 24 EU partners"
        xp = ctx.phrase_ending("XP", cand.start) or self._xp_past_names(ctx, cand.start, sent)
        # "a declaration with 29 signatories" gives the declaration's membership, not company.
        # ("signed alongside ten partners", "with 13 partners": partners are company.)
        membership = (
            cand.noun in self.w["membership_nouns"]
            and cand.noun not in self.w["company_nouns"]
            and xp
            and xp[0] + 1 == xp[1]
        )
        if (
            mine_before
            and xp
            and not cand.gap_words & self.w["other_words"]  # ("with 81 other countries")
            and self._on_board_after(ctx, cand, sent)
        ):
            # "Japan launched the Group in Paris with 49 countries and regions on board": the
            # launcher's company is counted with it (four rows say so)
            return "including_principal"
        if mine_before and xp and not membership and not self._absolute_with(ctx, cand, xp):
            return "excluding_principal"  # "the US signed it along with 32 countries"
        if any(self._phrase_before(ctx, "XF", e.start) for e in mine_before):
            return "excluding_principal"  # "Apart from the US, only 60 countries signed"
        # "other" before the number too: "Kazakhstan and the other four Caspian states".
        others = (
            bool(cand.gap_words & self.w["other_words"])
            or (cand.start > 0 and ctx.doc[cand.start - 1].lower_ in self.w["other_words"])
            or self._another_beside(ctx, cand.start, sent)
        )
        if mine_before and not others and not cand.gap_words & self.w["increment_modifiers"]:
            if any(self._leads_group(ctx, e, cand.start) for e in mine_before):
                return "including_principal"  # "The India-led alliance has grown to 25"
            if any(self._on_board_before(ctx, e, cand.start, sent) for e in mine_before):
                return "including_principal"  # "With the US on board, 138 parties have ..."
            if not xp and self._states_size(ctx, cand):
                if any(self._launched_it(ctx, e, cand.start) for e in mine_before):
                    # "France and the US head the coalition, which now has 23 members"
                    return "including_principal"
        if others:
            # "other" refers to the party named nearest before the count.
            if before and before[-1].label_ != self.principal and not mine_before:
                return "unspecified"
            return "excluding_principal"
        if mine_before and self._stays_out(ctx, mine_before[-1], cand):
            # "The United States did not sign the declaration, which was backed by 95 nations"
            return "excluding_principal"
        return "unspecified"

    def _inside_relative(self, ctx: _DocContext, ent: _Ent) -> bool:
        """Whether the mention opens a relative clause about something else (a relative pronoun
        within two tokens before it): "the protocol, which the United States has not joined"."""
        return ctx.any_in(ent.start - 2, ent.start, self.h["relative_pronouns"])

    def _stays_out(self, ctx: _DocContext, ent: _Ent, cand: _Candidate) -> bool:
        """Whether the principal's own words right after it keep it out of what the later
        count did ("did not sign", "stayed outside", "refused"), with no other party between
        it and the count."""
        if ctx.entities_in(ent.end, cand.start):
            return False
        if self._inside_relative(ctx, ent):
            return False  # "the protocol, which the United States has not joined, counts 122"
        stop = min(cand.start, ent.end + _STAYS_OUT_REACH)
        return ctx.any_in(ent.end, stop, self.h["stay_out_words"])

    def _scope_bound(self, ctx: _DocContext, cand: _Candidate) -> int:
        """Where the next claim that can take a later mention of the principal begins. The set
        of a part ("21 of the 28 participating countries, among them Japan") and a figure the
        count corrects ("Twenty — not nineteen, as I said — including Jordan itself") belong to
        the count's own phrase and are passed over."""
        bound = cand.next_start
        for other in ctx.found:
            if other.start < bound or other.merged:
                continue
            if other.start > bound:
                break
            part_of_set = cand.subset and (
                other.start - cand.end <= _MAX_SET_LEAD
                or other.start == self._partitive_set_start(ctx, cand.end)
            )  # (also past a possessor: "41 of the organisation's 57 members")
            if not (part_of_set or (other.antecedent is cand and not other.own_scope)):
                break
            bound = other.next_start
        return bound

    def _attribution(self, ctx: _DocContext, ent: _Ent, sent: _Sent) -> bool:
        """Whether the mention names the source of the sentence: followed within a few words
        (no comma) by one of `attribution_verbs`, or right after "according to (the)"."""
        low, h = ctx.low, self.h
        j = ent.start - 1
        if j > sent.start and low[j] == self.h_the:
            j -= 1
        if j - 1 >= sent.start and low[j] == self.to_h and low[j - 1] == self.according_h:
            return True
        for i in range(ent.end, min(sent.end, ent.end + 7)):
            if low[i] in h["attribution_verbs"]:
                return True
            if ctx.doc[i].is_punct and low[i] not in self.possessive_h:
                return False
        return False

    def _absolute_with(self, ctx: _DocContext, cand: _Candidate, xp: tuple[int, int]) -> bool:
        """Whether "with" opens an absolute clause whose subject is the count: "Canada unveiled
        the principles, with more than 50 countries endorsing them" (a participle or "as" right
        after the count) says nothing of whether the launcher is among them; "launch it with
        about 60 countries" (company) does."""
        doc = ctx.doc
        if xp[0] + 1 != xp[1] or doc[xp[0]].lower_ != "with" or cand.end >= len(doc):
            return False
        after = doc[cand.end]
        return after.lower_ == "as" or (after.is_lower and after.text.endswith("ing"))

    def _led_directly(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """Whether a `leader_verbs` word stands right before the count as its object: "Vietnam
        led nine Asian nations in pledging" (the leader is outside the led; not "Leads
        22-Nation Joint Statement", which sizes the statement, nor "led a group of 12")."""
        i = cand.start - 1
        return (
            i >= sent.start
            and ctx.low[i] in self.h["leader_verbs"]
            and ctx.doc[i].is_lower
            and not any(ctx.low[j] == self.dash for j in range(cand.start, cand.end))
        )

    def _leads_group(self, ctx: _DocContext, ent: _Ent, start: int) -> bool:
        """Whether the principal mention `ent` (before the count) leads the counted group:
        "the India-led alliance" (a `leader_suffixes` word after a hyphen), "Costa Rica and
        France, co-chairs of the coalition" (a `leader_roles` phrase in apposition) or "Brazil
        leads a bloc of 18" (a `leader_verbs` word, then at most a `leader_groups` noun)."""
        low, h = ctx.low, self.h
        i = ent.end
        if i + 1 < start and low[i] == self.dash and low[i + 1] in h["leader_suffixes"]:
            # (not its backers: "The Czech-led initiative has drawn funding from some 18
            # countries" counts those who gave, not the body's size)
            backers = low[start - 1] in h["backing_prepositions"] or (
                low[start - 1] == self.from_h and low[start - 2] in h["backing_nouns"]
            )
            return not backers
        comma = False
        while i < start:
            other = ctx.by_start.get(i)
            if other is not None:
                i = other.end
            elif low[i] in h["conjunctions"] or low[i] in h["partitive_determiners"]:
                comma = comma or ctx.doc[i].text == ","
                i += 1
            elif low[i] in h["number_articles"]:
                i += 1  # "the US, a co-founder of ..."
            else:
                break
        if i < start and low[i] in h["leader_verbs"]:
            # "Chile and Argentina headed a group of 12 countries", "United States Leads
            # 22-Nation Joint Statement", "Brazil leads a bloc of 18"
            lead = range(i + 1, start)
            return len(lead) <= _MAX_GROUP_LEAD and all(
                low[j] in h["number_articles"]
                or low[j] in h["of_words"]
                or low[j] == self.h_the
                or low[j] in h["leader_groups"]
                for j in lead
            )
        role = ctx.phrase_starting("LR", i) if comma else None
        return role is not None and role[1] < start and low[role[1]] in h["of_words"]

    def _says_membership(self, cand: _Candidate) -> bool:
        """Whether the count's own words say membership: "43 members", "160 contracting
        states", "29 member countries"."""
        w = self.w
        return cand.noun in w["membership_nouns"] or bool(cand.gap_words & w["membership_words"])

    def _states_size(self, ctx: _DocContext, cand: _Candidate) -> bool:
        """Whether the count states a body's membership: its noun says members ("18 members",
        "30 member countries") or a stative verb sits right before it ("now has nine donor
        states", "counts more than 20 participating countries")."""
        if cand.noun_start is None:
            return False  # "eight against": a bare count sizes nothing
        doc = ctx.doc
        if any(doc[i].is_title for i in range(cand.noun_start, cand.end)):
            return False  # "the six Western Balkan countries": a region's, not the body's
        if self._says_membership(cand):
            return True
        low, start = ctx.low, cand.start
        if (
            start >= 2
            and low[start - 1] in self.h["of_words"]
            and low[start - 2] in (self.group_bodies_h)
        ):
            return True  # "Belgium ... led a group of 38 governments pledging to ..."
        return ctx.any_in(max(0, cand.start - 3), cand.start, self.stative_h)

    def _launched_it(self, ctx: _DocContext, ent: _Ent, start: int) -> bool:
        """Whether the principal mention `ent` (before the count) launched or leads the body
        the count sizes: the subject of a `launcher_verbs` word ("Estonia and Luxembourg
        launched the IT Coalition", "Britain champions the alliance") or the agent after a
        `launcher_prefixes` phrase ("launched by the United States and Norway", "at the
        initiative of France"). A founder is a member of what it founded; the principal may
        stand anywhere in a list of founders ("Founded in 1994 by Australia, France, ... and
        the United States")."""
        low, h = ctx.low, self.h
        j = ent.start
        while j > 0:
            other = ctx.by_end.get(j)
            if other is not None and other.start < j:
                j = other.start
            elif low[j - 1] in h["conjunctions"] or low[j - 1] == self.h_the:
                j -= 1
            else:
                break
        if self._phrase_before(ctx, "LL", j) or self._phrase_before(ctx, "LP", j):
            return True
        if j > 0 and low[j - 1] == self.by_h:
            # "Founded in 1994 by Australia, ... and the United States": a dated founding verb
            # (also past a venue: "Launched in Davos in January 2023 by Ecuador, ...")
            founders = h["founding_verbs"] | h["launcher_verbs"]
            if self._verb_before(ctx, j - 1, max(0, j - 9), founders):
                return True
        i = ent.end
        while i < start:
            other = ctx.by_start.get(i)
            if other is not None:
                i = other.end
            elif low[i] in h["conjunctions"] or low[i] == self.h_the or low[i] in h["list_words"]:
                i += 1  # "France and the United States head ...", "... on Thursday led"
            else:
                break
        if i + 2 < start and low[i] == self.co_h and low[i + 1] == self.dash:
            i += 2  # "which Sri Lanka co-leads" (three tokens)
        return i < start and low[i] in h["launcher_verbs"]

    def _on_board_before(self, ctx: _DocContext, ent: _Ent, start: int, sent: _Sent) -> bool:
        """ "With the US on board, 138 parties have ratified": a fronted `aboard_links` clause
        saying the principal has signed puts it inside the count that follows."""
        low, h = ctx.low, self.h
        j = ent.start - 1
        if j > sent.start and low[j] == self.h_the:
            j -= 1
        if j != sent.start or low[j] not in h["aboard_links"]:
            return False
        k = ent.end
        while k < start and ctx.doc[k].text != ",":
            k += 1
        if k >= start:
            return False
        signs = h["cues_signatories"]
        return ctx.any_in(ent.end, k, signs) or bool(ctx.phrases_within("S", ent.end, k))

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

    def _principal_led_before(self, ctx: _DocContext, sent: _Sent) -> bool:
        """Whether the party named last in the previous sentence is the principal."""
        if sent.start == 0:
            return False
        prev = ctx.sentence(sent.start - 1)
        named = ctx.entities_in(prev.start, prev.end)
        return bool(named) and named[-1].label_ == self.principal

    def _opens_reported_clause(self, ctx: _DocContext, i: int) -> bool:
        """Whether token `i` opens what a speaker said, not what it did: "that"
        after a speech verb ("told the Third Committee that ..."), or a participle after a
        comma (", arguing that ...")."""
        low = ctx.low
        if low[i] == self.that_h:
            return ctx.any_in(max(0, i - 5), i, self.h["reported_speech_verbs"])
        return (
            low[i] == self.comma_h
            and i + 1 < len(low)
            and low[i + 1] in self.h["reported_speech_verbs"]
        )

    def _speaks_for(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """Whether a `speaker_links` phrase ("on behalf of", "speaking for") stands right before
        the count, or before "a (cross-regional) group of" in front of it."""
        low, i = ctx.low, start
        if i - 2 > sent.start and low[i - 1] == self.of_h and low[i - 2] in self.group_word_h:
            i -= 2
            for _ in range(5):  # back over "a cross-regional" to the link before the article
                if i <= sent.start or ctx.phrase_ending("SL", i) is not None:
                    break
                i -= 1
        return ctx.phrase_ending("SL", i) is not None

    def _support_won(self, ctx: _DocContext, before: list[_Ent], cand: _Candidate) -> bool:
        """Whether a `support_won_phrases` phrase ends right before the count and the principal,
        named before it, is its subject: only "has", "had" or an adverb between them ("The
        Netherlands had initially won the support of 14 governments")."""
        won = ctx.phrase_ending("SW", cand.start)
        if won is None:
            return False
        return any(
            all(
                ctx.low[k] in self.perfect_h or ctx.doc[k].lower_.endswith("ly")
                for k in range(ent.end, won[0])
            )
            for ent in before
        )

    def _on_board_after(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """Whether "on board" or "as founding members" follows the count within a few words,
        no comma between: "with 19 countries on board", "with 49 countries and regions on
        board", "with 81 countries as founding members" (the eval README's sixteenth-session
        convention)."""
        low, doc = ctx.low, ctx.doc
        for i in range(cand.end, min(sent.end - 1, cand.end + _MAX_ON_BOARD_GAP)):
            if low[i] == self.comma_h and not (doc[i + 1].is_title or low[i + 1] == self.h_the):
                return False  # (a comma only inside the composite: "81 countries, the EU and")
            if low[i] in self.subordinators_h:
                return False  # "won the support of 14 governments before A and B came on board"
            if low[i] == self.on_h and low[i + 1] == self.board_h:
                return True
            if (
                low[i] == self.as_h
                and low[i + 1] == self.founding_h
                and i + 2 < sent.end
                and low[i + 2] in self.members_h
            ):
                return True
        return False

    def _fronted_one_of_other(self, ctx: _DocContext, cand: _Candidate, ents: list[_Ent]) -> bool:
        """Whether a fronted "One of N ..." is followed by a comma and a subject that is not the
        principal: "One of nearly 80 endorsers, Ukraine told the committee ..."."""
        end = cand.end
        if end >= len(ctx.low) or ctx.low[end] != self.comma_h:
            return False
        k = end + 1 + (end + 1 < len(ctx.low) and ctx.low[end + 1] == self.h_the)
        subject = next((e for e in ents if e.start == k), None)
        return subject is not None and subject.label_ != self.principal

    def _total_phrase_before(self, ctx: _DocContext, start: int) -> bool:
        """ "one of", "among (the)", "the first of" right before the count, or before the
        possessor in front of it ("one of the protocol's 38 parties")."""
        return self._total_phrase_start(ctx, start) is not None

    def _total_phrase_start(self, ctx: _DocContext, start: int) -> int | None:
        """Where the `_total_phrase_before` phrase starts, or None."""
        low = ctx.low
        if start > 1 and low[start - 1] in self.h["total_adverbs"]:
            start -= 1  # "one of just six countries", "one of only two signatories"
        if start > 0 and low[start - 1] in self.possessive_h:
            j = start - 2  # back over "the protocol's" to the phrase before its determiner
            while j > max(0, start - 2 - _MAX_POSSESSOR) and low[j] != self.h_the:
                j -= 1
            if j >= 0 and low[j] == self.h_the:
                start = j + 1
        phrase = ctx.phrase_ending("IP", start)
        if phrase is None and start > 0 and low[start - 1] in self.h["partitive_determiners"]:
            phrase = ctx.phrase_ending("IP", start - 1)  # "the", "its": "among its 174 parties"
        return None if phrase is None else phrase[0]

    def _outside_of_total(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """ "is still not one of the protocol's 38 parties": a negation right before the
        `_total_phrase_before` phrase puts its subject outside the count, which stays a count
        of parties."""
        at = self._total_phrase_start(ctx, start)
        if at is None:
            return False
        negations = self.h["negations"]
        return at > sent.start and ctx.low[at - 1] in negations

    def _scope_from_later_mention(
        self, doc: Doc, ctx: _DocContext, cand: _Candidate, ent: _Ent, sent: _Sent
    ) -> str | None:
        """Scope from the principal named after the count ("61 countries, including the US")."""
        if ent.start - cand.end > self.patterns.max_including_tokens:
            return None
        if any(
            self._lists_into(ctx, e, ent.start)
            for _, e, _ in ctx.phrases_within("XF", cand.end, ent.start)
        ):
            return "excluding_principal"  # "55 countries besides the US" (a list may stand between)
        if ctx.phrase_starting("XA", ent.end) and not self._inside_relative(ctx, ent):
            # "...; the United States is not among them" (not "the protocol, which the United
            # States has not joined, ...": that is about another instrument)
            return "excluding_principal"
        if any(p.code == self.principal for p in cand.parts):
            return "excluding_principal"  # "55 countries and the United States"
        # ... and the phrase must lead into the principal through a list of parties, not name
        # others before a new clause: "40 countries, including Poland and Chile, have agreed
        # to shift away from coal, the UK government announced" does not include the UK.
        including = [
            p
            for p in ctx.phrases_within("IF", cand.end, ent.start)
            if self._lists_into(ctx, p[1], ent.start)
        ]
        negations = self.h["negations"]
        if any(ctx.any_in(s - 2, s, negations) for s, _, _ in including):
            return None  # "14 members, did not include the United States": no inclusion
        if including or ctx.phrase_starting("IA", ent.end):
            return "including_principal"
        if ctx.phrase_starting("IA", self._list_end(ctx, ent.end, sent)):
            return "including_principal"  # "Twelve signed — Finland, Estonia and Latvia among them"
        # (an article opening the principal's name is no word between: "— the United States,")
        between = doc[cand.end : ent.start - (doc[ent.start - 1].lower_ == "the")]
        if (
            len(between) == 1
            and between[0].text in _APPOSITION_OPENERS
            and self._rest_after(ctx, ent.end, sent)
        ):
            return "including_principal"  # "153 parties — Japan and 152 others"
        if (
            len(between) == 1
            and between[0].text in _LIST_OPENERS
            and ent.end < sent.end
            and ctx.low[ent.end] in self.h["conjunctions"]
        ):
            return "including_principal"  # "Eight countries — France, Kenya, ... — formed"
        if between and between[0].text in _APPOSITION_OPENERS:
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

    def _list_end(self, ctx: _DocContext, i: int, sent: _Sent) -> int:
        """Where a list of parties going on at token i ends: past names, commas, "and" and
        articles ("..., Estonia and Latvia| among them")."""
        low, conj = ctx.low, self.h["conjunctions"]
        while i < sent.end:
            other = ctx.by_start.get(i)
            if other is not None:
                i = other.end
            elif low[i] in conj or low[i] == self.h_the:
                i += 1
            else:
                break
        return i

    def _reflexive_after(
        self,
        ctx: _DocContext,
        cand: _Candidate,
        sent: _Sent,
        kind: str,
        words: frozenset[int] | None = None,
    ) -> bool:
        """Whether a phrase of `kind` ("IF" including, "XF" excluding) right after the count leads
        into a reflexive standing for the principal the sentence names (`scope.reflexives`, or
        `words`)."""
        words = self.h["reflexives"] if words is None else words
        hi = min(sent.end, cand.end + 3)
        if any(
            e < sent.end and ctx.low[e] in words and ctx.doc[e].is_lower
            for s, e, _ in ctx.phrases_within(kind, cand.end, hi)
        ):
            return True
        # ... or closing the count's clause after its predicate: "Japan says two dozen port
        # states have now signed, counting itself" (a comma before, the reflexive ends it).
        stop = min(sent.end, cand.next_start)
        for s, e, _ in ctx.phrases_within(kind, hi, stop):
            if ctx.low[s - 1] != self.comma_h or e >= sent.end:
                continue
            if ctx.low[e] not in words or not ctx.doc[e].is_lower:
                continue  # (lower case: "including us", not "including US")
            end = e + 1 + (e + 1 < sent.end and ctx.low[e + 1] == self.own_h)
            if end >= sent.end or ctx.doc[end].is_punct:
                return True
        return False

    def _includes_itself(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """An including phrase right after the count leads into a reflexive standing for the
        principal the sentence names: "13 lenders, including itself", "Fifteen countries,
        counting our own" (`scope.reflexives`)."""
        if self._reflexive_after(ctx, cand, sent, "IF"):
            return True
        # ... or a reflexive right after the count, then an including phrase: "a group of 45
        # countries, itself included", "on behalf of 112 states, itself among them".
        i = cand.end + (cand.end < sent.end and ctx.low[cand.end] == self.comma_h)
        return (
            i + 1 < sent.end
            and ctx.low[i] in self.h["reflexives"]
            and ctx.phrase_starting("IA", i + 1) is not None
        )

    def _fronted_including(
        self, ctx: _DocContext, ent: _Ent, cand: _Candidate, sent: _Sent
    ) -> bool:
        """Whether the sentence opens with an including phrase leading into the principal, and
        only a comma stands between that and the count: "Including host Tuvalu, 18 members put
        their names to the declaration"."""
        opening = [p for p in ctx.phrases_within("IF", sent.start, ent.start) if p[0] == sent.start]
        if not opening or not self._lists_into(ctx, opening[0][1], ent.start):
            return False
        return ctx.low[ent.end : cand.start] == [self.comma_h]

    def _lists_into(self, ctx: _DocContext, i: int, end: int) -> bool:
        """Whether only named parties, commas, "and", "the" and an adverb lie in [i, end)."""
        glue, low = self.list_glue, ctx.low
        while i < end:
            ent = ctx.by_start.get(i)
            if ent is not None:
                i = ent.end
            elif low[i] in glue:
                i += 1
            else:
                return False
        return True

    def _rest_after(self, ctx: _DocContext, i: int, sent: _Sent) -> bool:
        """Whether "and <N> other(s)" starts at token i: the rest of a count named in part."""
        low = ctx.low
        if i + 2 >= sent.end or low[i] != self.and_h:
            return False
        runs = ctx.number_runs
        k = bisect.bisect_left(runs, (i + 1,))
        run = runs[k] if k < len(runs) and runs[k][0] == i + 1 else None
        return run is not None and run[1] < sent.end and low[run[1]] in self.h["other_words"]

    def _linked_before(
        self, doc: Doc, ctx: _DocContext, start: int, sent_start: int, hosts: bool = False
    ) -> bool:
        """ "<principal> joins 55 nations", "<principal> with 60 partners" (and, with `hosts`,
        "<principal> on Thursday hosted eleven countries")."""
        links = self.w["excluding_links"]
        if hosts:
            links = links | self.w["host_verbs"]
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

    def _xp_past_names(
        self, ctx: _DocContext, start: int, sent: _Sent
    ) -> tuple[int, int, str] | None:
        """An excluding phrase that ends before names coordinated with the count: "Britain was
        joined by Australia, Canada and 22 European states" (the names are company too)."""
        low, glue, i, names = ctx.low, self.coordination_h, start, 0
        while i > sent.start:
            ent = ctx.by_end.get(i)
            if ent is not None and ent.label_ != self.principal:
                i, names = ent.start, names + 1
            elif low[i - 1] in glue:
                i -= 1
            else:
                break
        if names == 0 or i == start:
            return None
        while i < start and low[i] in glue:
            i += 1  # (no phrase ends on a comma)
        return ctx.phrase_ending("XP", i)

    def _subject_joining(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """Whether the sentence's subject, the principal (alone or among the names opening the
        sentence), joins the count in a participle after its act: "The Republic of Korea
        ratified the Protocol in 2023, joining 67 existing Parties"."""
        low, doc = ctx.low, ctx.doc
        j = cand.start - 1
        if j - 1 <= sent.start or doc[j].lower_ != "joining" or low[j - 1] != self.comma_h:
            return False
        i = sent.start + (low[sent.start] == self.h_the)
        subject = ctx.by_start.get(i)
        if subject is None:
            return False
        end = self._list_end(ctx, subject.end, sent)  # "Ghana, Kenya and Korea ratified ..."
        named = ctx.entities_in(subject.start, end)
        return any(e.label_ == self.principal for e in named) and not ctx.entities_in(end, j)

    def _linked_after(self, doc: Doc, ctx: _DocContext, end: int, sent_end: int) -> bool:
        """ "55 countries and the United States", "60 countries joined the United States"."""
        verbs = self.w["excluding_trailing_verbs"]
        links = self.w["excluding_trailing_links"] | verbs | {"the"}
        conj = False
        for i in range(end, min(sent_end, end + 4)):
            ent = ctx.by_start.get(i)
            if ent is not None:
                # "joined the US-led coalition": an attribute of the instrument, not a party.
                attributive = ent.end < len(doc) and doc[ent.end].text in _DASHES
                return conj and ent.label_ == self.principal and not attributive
            word = doc[i].lower_
            if word not in links:
                return False
            conj = (
                conj or word in verbs or word in {"and", "&", "plus", "well", "with", "alongside"}
            )
        return False

    # ---- kind -----------------------------------------------------------------------------

    def _stated_size(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """Whether "has"/"now has"/"counts" stands right before the count (past adverbs) and
        the count's own words say membership ("160 contracting states", "43 members")."""
        low = ctx.low
        if not self._says_membership(cand):
            return False
        if self._only_status_nouns(ctx, cand.end, min(sent.end, cand.end + 3)):
            return False
        i = cand.start - 1
        while i > sent.start and low[i] in self.h["total_adverbs"]:
            i -= 1
        return i >= sent.start and low[i] in self.size_verbs_h

    def _fronted_set(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """ "Of the JINR's 14 members, only Georgia ...": a sentence opening with "Of" and the
        count of a membership noun, closed by a comma, names the members."""
        low = ctx.low
        if cand.noun not in self.w["membership_nouns"] or low[sent.start] not in self.h["of_words"]:
            return False
        # (an adverbial may close the phrase: "Of the 15 council members this year, ...")
        comma = next(
            (
                i
                for i in range(cand.end, min(sent.end, cand.end + _FRONTED_TAIL))
                if low[i] == self.comma_h
            ),
            None,
        )
        if comma is None or not all(ctx.doc[i].is_lower for i in range(cand.end, comma)):
            return False
        return cand.start - sent.start <= 2 + _MAX_POSSESSOR

    def _part_signs(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """Whether the clause after a fronted set ("Of the council's 15 members,") opens with a
        part of it, counted or named, that signs: "11 have signed", "only the four A3+ states
        and China endorsed the text"."""
        low, signs, doc = ctx.low, self.h["cues_signatories"], ctx.doc
        comma = next(i for i in range(cand.end, sent.end) if low[i] == self.comma_h)
        lead = range(comma + 1, min(sent.end, comma + 1 + _PART_LEAD))
        if not any(i >= cand.next_start or i in ctx.by_start or doc[i].like_num for i in lead):
            return False  # no part right after the comma
        for i in range(comma + 1, min(sent.end, comma + 1 + _PART_LEAD + _PART_VERB_REACH)):
            if low[i] in signs:
                return True
            if low[i] in self.h["clause_breaks"]:
                return False
        return False

    def _named_group_in_count(self, ctx: _DocContext, cand: _Candidate) -> bool:
        """Whether a capitalised word that is no party stands between the count and its noun,
        naming the group counted: "one of 29 Schengen states", "all 34 OAS member states"."""
        if cand.noun_start is None:
            return False
        doc = ctx.doc
        parties = {i for e in cand.gap_entities for i in range(e.start, e.end)}
        return any(
            doc[i].is_alpha and (doc[i].is_title or doc[i].is_upper) and i not in parties
            for i in range(cand.noun_start, cand.end)
        )

    def _kind(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> str:
        """signatories / joiners / participants / other, from cue words near the claim."""
        if cand.antecedent is not None:
            # A compared figure counts the same, unless its own predicate only hopes for them:
            # "..., and the minister said close to 60 were expected to sign".
            sent = ctx.sentence(cand.start)
            after = range(cand.end, min(sent.end, cand.end + _HEDGE_AFTER))
            if any(ctx.low[i] in self.h["increment_hedges"] for i in after):
                return "other"
            if cand.start > sent.start and ctx.low[cand.start - 1] in self.perfect_h:
                # "needs 30 ratifications to enter into force; ... it has nine": what the
                # instrument has is its tally, whatever the figure before it was
                return "signatories"
            return self._kind(doc, ctx, cand.antecedent)
        w, h = self.w, self.h
        if cand.question is not None:
            return self._question_kind(ctx, *cand.question)
        whole = self._broken_down(ctx, cand)
        if whole is not None:
            # "The convention has 183 parties — 182 countries and the European Union — and
            # delegations from 150 of them attended": the parts count what the whole counts.
            return self._kind(doc, ctx, whole)
        if cand.label_head is not None:
            label = self._label_kind(ctx, cand, cand.label_head)
            if label is not None:
                return label
        sent = ctx.sentence(cand.start)
        # Cues are read within the sentence, capped so a text without sentence boundaries
        # does not make every claim scan the whole document.
        reach = self.patterns.context_window
        lo, hi = max(sent.start, cand.start - reach), min(sent.end, cand.end + reach)
        start, end = cand.start, cand.end
        # ... and not past a semicolon after the claim: the next clause is about other parties
        # ("counts 166 parties; Australia and others have proposed a voting route"). Before the
        # claim a semicolon is no bound: "The US did not sign; 60 other countries did".
        low = ctx.low
        hi = next((i for i in range(end, hi) if low[i] == self.semicolon_h), hi)
        if self._after_fronted_time(ctx, start, sent):
            lo = start  # "Before the vote, 17 states had signed": the vote is not their act
        signers = cand.noun in w["signatory_nouns"]
        if self._non_party(ctx, cand):
            return "other"  # "12 non-parties serve as a comparison group"
        if cand.subset and signers:
            return "other"  # "26 of the 61 signatories": a part of the signatories
        if self._set_of_partitive(ctx, cand):
            # The verb is the part's: "118 of the 198 parties signed", "half of the 193 UN
            # members" give `other`; "three of the 45 signatories withdrew" still counts them.
            if cand.noun in w["attendance_nouns"]:
                return "participants"  # "Twenty-five of the 48 delegations were headed by"
            # "18 of the 24 signatory states": the whole's own words may say it signed; so may
            # its possessor: "33 of the coalition's 39 members" (not "the bloc's 27 members").
            signed = (
                signers
                or bool(cand.gap_words & w["signatory_set_words"])
                or self._instrument_possessor(ctx, cand.start)
            )
            return "signatories" if signed else "other"
        if cand.ordinal:
            return "signatories"  # "became the 44th signatory"

        total = self._total_before(ctx, sent.start, start)
        increment = bool(cand.gap_words & w["increment_modifiers"]) or (
            start > sent.start
            and ctx.low[start - 1] in h["increment_before"]
            and not self._another_beside(ctx, start, sent)
        )
        sign, joining, other, part = self._cue_distances(ctx, lo, start, end, hi)
        signing_phrase = self._nearest_phrase(ctx, cand, sent, "S")
        if signing_phrase is not None:
            sign = signing_phrase if sign is None else min(sign, signing_phrase)
        negated = self._negated(ctx, cand, sent)
        if not signers and self._appealed_to(ctx, start, sent):
            # "has urged another 10 African states to sign by 2027" (not "urged the 21
            # signatories to act": a count of signers stays one)
            return "other"
        if (
            increment
            and not negated
            and end < sent.end
            and _SIGNED_ONLY.match(ctx.text_of(end, sent.end))
        ):
            # "25 have ratified it, and a further eight have signed without ratifying": the
            # further ones are another status, not new joiners.
            return "signatories"
        if increment and (joining or sign or self._dated_at(ctx, end, sent.end)) and not negated:
            if self._hedged_increment(ctx, cand, sent):
                return "other"  # "Another 15 governments are expected to join"
            # "five more countries joined", "three new parties since 2022: ..."
            return "joiners"
        if (
            increment
            and not negated
            and not total  # ("counts a dozen further signatories": the set's size)
            and cand.qualifier != "up_to"  # ("can take up to 20 additional countries")
            and sign is joining is other is part is None
            and not self._hedged_increment(ctx, cand, sent)
            and not self._predicate_hedged(ctx, end, sent)
        ):
            return "joiners"  # "Three more countries in a week", "13:55 Two more signatures: A, B"
        if not increment and self._names_signatory_set(ctx, cand):
            # "the 70 signatories have not all kept that promise", "Representatives of the 70
            # endorsing partners met": the count names the set of signers whatever the clause
            # then says about them (a bare "55 countries have not signed" stays negated).
            return "signatories"
        if self._sizes_a_grouping(doc, ctx, cand):
            # "The 48-nation Nuclear Suppliers Group again failed to ...": the count is the
            # size of the named grouping, whatever its clause then says about the grouping.
            return "signatories"
        if self._under_force_condition(ctx, start, sent):
            return "other"  # "will enter into force once it has been ratified by 38 Parties"
        window_start = max(sent.start, start - self.patterns.hedge_window)
        hedges = ctx.phrases_within("H", window_start, start)
        if any(
            (doc[s].is_lower or (s == sent.start and e - s > 1))  # ("Open to the 29 members")
            and not self._hedge_closed(ctx, e, start)
            for s, e, _ in hedges
        ):
            return "other"  # "aims to bring the number of endorsers to 100"
        # ... or in the count's own predicate: "Dozens of countries have expressed interest"
        # (not when the count is the agent of a signing verb: "The charter, now backed by about
        # 30 countries, requires ..." — the predicate after it is the charter's).
        if (
            self._predicate_hedged(ctx, end, sent) or self._projected(ctx, start, end, sent)
        ) and not self._signing_agent(ctx, start, sent):
            return "other"
        if self._stated_size(ctx, cand, sent) and not increment:
            # "The convention, drafted by World Bank staff in 1965, now has close to 160
            # contracting states": a body's size after "has"; cues before it are other clauses'.
            return "signatories"
        if self._fronted_set(ctx, cand, sent):
            if cand.noun not in w["signatory_nouns"] and self._part_signs(ctx, cand, sent):
                # "Of the council's 15 members, 11 have signed": a larger body, a part of which
                # signed
                return "other"
            # "Of the JINR's 14 members, only Georgia has not paid": the count names the members.
            return "signatories"
        if negated and self._rejected_figure(ctx, cand, sent):
            # "signed by 28 countries and the EU, not 29 countries as we said": a rival count
            # of the same signers, put right
            return "signatories"
        if negated:
            return "other"
        host = start - 1
        while host > sent.start and ctx.low[host] in self.h_det_or_all:
            host -= 1
        if (
            host >= sent.start
            and ctx.low[host] in h["host_verbs"]
            and doc[host].is_lower
            and not ctx.any_in(end, sent.end, h["cues_signatories"])
        ):
            # "Moldova hosted 46 countries at the summit" (not "hosted 17 governments for the
            # signing of the Lomé Commitment": those it hosted signed)
            return "participants"
        if self._vote_side(ctx, end, sent):
            return "other"  # "was supported by 26 members and opposed by four": a vote's side
        if (
            self._founded_by(ctx, start, sent)
            or self._signing_agent(ctx, start, sent)
            or self._founders(ctx, start, end, sent)
        ):
            # "founded in Paris in 2018 by 24 countries", "adopted by Togo and some 30 other
            # countries represented at ministerial level": the agent of a signing or founding
            # act signed, whatever meeting words follow
            return "signatories"
        if self._subject_verb(ctx, end, sent) in h["reaction_verbs"] and not self._speaks_for(
            ctx, start, sent
        ):
            # ("A rival statement delivered by Cuba on behalf of 53 countries welcomed the law":
            # the statement's verb, not the count's)
            return "other"  # "Dozens of countries welcomed the statement"
        if self._joins_event(ctx, end, sent):
            return "participants"  # "Leaders from more than 100 countries joined the summit"
        if self._makes_joint_call(ctx, end, sent) and not (
            start > sent.start
            and ctx.low[start - 1] in h["of_words"]
            and not (start - 2 >= sent.start and ctx.low[start - 2] in self.group_word_h)
        ):  # (not "a bloc of 39 countries, demanded ...": the bloc is the subject; but "A group
            # of 38 countries, Norway among them, urged ..." is the count itself)
            return "signatories"  # "Türkiye, 53 other nations urge arms embargo"
        if self._sizes_a_party(doc, ctx, cand) and not self._led_body(ctx, cand.start):
            return "other"  # "the 27-nation European Union endorsed ...", "welcomed by the
            # 57-member Organisation of Islamic Cooperation" (its size, not new members)
        if (
            not total
            and joining is not None
            and not self._whole_set(ctx, start, end, sent)
            and self._increment_context(ctx, start, end, sent)
        ):
            return "joiners"
        if (
            not total
            and (joining is not None or sign is not None)
            and not negated
            and not self._whole_set(ctx, start, end, sent)
            and not self._total_phrase_before(ctx, start)
            and _FIRST_TIME.match(ctx.text_of(end, min(sent.end, end + _FIRST_TIME_REACH)))
        ):
            return "joiners"  # "Three countries signed for the first time", "pledged to Gavi
            # for the first time": newcomers
        if self._sizes_instrument(ctx, cand, sent):
            return "signatories"  # "leaving the treaty with around 50 contracting parties"

        phrase = self._nearest_phrase(ctx, cand, sent, "P")
        adjacent = phrase == 1 or (phrase == 2 and ctx.low[start - 1] == self.h_the)
        if adjacent and self._signs_next(ctx, cand, sent):
            # "Leaders from 64 countries signed the pledge", "Ministers from the five Nordic
            # countries ... signed": they signed for them.
            phrase = None
        if phrase is not None:
            part = phrase if part is None else min(part, phrase)
        ranked = sorted(
            (dist, order, kind)
            for order, (kind, dist) in enumerate(
                (("signatories", sign), ("other", other), ("participants", part))
            )
            if dist is not None
        )
        if total and phrase != 1 and ranked and ranked[0][2] == "other":
            if self._other_cues_before_total(ctx, lo, start, end, hi):
                # "a couple of countries have withdrawn their names, so the tally ... is now
                # 78": the total's clause comes after the other cue's
                ranked = [r for r in ranked if r[2] != "other"]
        if total and phrase != 1 and (not ranked or ranked[0][2] == "signatories"):
            # "bringing the total to 122 participants" (not "brought together representatives
            # of 42 countries": a participant phrase right before the count decides)
            return "signatories"
        signing_words = (
            cand.noun in w["signatory_nouns"] or cand.gap_words & w["signatory_set_words"]
        )
        if (
            signing_words
            and phrase != 1  # ("Delegations from 33 signatory countries attended": they came)
            and (not ranked or ranked[0][2] != "other" or ranked[0][0] > _FAR_CUE)
        ):
            # "drew almost 40 subscribing states": the count's own words say they signed (an
            # `other` cue far off is another clause's: "one of 47 signatories," the minister
            # said, adding that the text had been drafted with Switzerland).
            return "signatories"
        members = self._says_membership(cand)
        if ranked and ranked[0][2] == "other" and members and self._only_status_nouns(ctx, lo, hi):
            ranked = ranked[1:]  # "grown to 14 members with Italy's move from observer status"
        if ranked and ranked[0][2] == "participants":
            if self._takes_part_in_instrument(ctx, end, sent):
                return "signatories"  # "Canada and eight other governments now participate in it"
            if phrase is None and (
                cand.noun in w["member_meeting_nouns"] or cand.gap_words & w["member_meeting_nouns"]
            ):
                # "New Zealand and 60-odd other members of the alliance will meet in Wellington":
                # members meeting are still the members (not "delegations from 60 members").
                return "signatories"
        if ranked:
            return ranked[0][2]
        if cand.subset:
            # "only four of the convention's parties actively enforce it": a part of a set with
            # no act of its own names none of the set's (session 16) -- unless a verb of having
            # states it: "That makes 13 of the bloc's 27 members", "still has only 11 of the 30
            # contracting states it needs", "leaving 32 of the 33 member states behind it"
            i = start - 1
            while i > sent.start and ctx.low[i] in self.h["total_adverbs"]:
                i -= 1
            held = ctx.low[i] in self.stative_h or ctx.low[i] in self.h["part_holding_verbs"]
            return "signatories" if i >= sent.start and held else "other"
        if members:
            # "is one of 89 parties" in a sentence about the conference that drafted it: the
            # count's own words say membership, which no mere mention of an event undoes.
            return "signatories"
        if ctx.any_in(start - 3, start, h["membership_verbs"]):
            return "signatories"  # "the forum, which groups 21 economies" (before "forum")
        weak = [
            i
            for i in (*range(lo, start), *range(end, hi))
            if ctx.low[i] in h["cues_participants_weak"]
        ]
        if any(doc[i].is_lower for i in weak):
            return "participants"  # lower case only: "the Clean Energy Ministerial" is a name
        if (
            ctx.any_in(lo, start, h["instrument_nouns"])
            or ctx.any_in(end, hi, h["instrument_nouns"])
            or ctx.any_in(start - 3, start, h["membership_verbs"])
            or self._forms_body(doc, ctx, end, sent)
            or self._named_group_in_count(ctx, cand)
        ):
            return "signatories"
        return "other"

    def _question_kind(self, ctx: _DocContext, lo: int, hi: int) -> str:
        """The kind of a figure answering the "how many" question in [lo, hi): its nearest cue
        word, else signatories when it asks about an instrument or its members ("How many
        countries are in the coalition?"), else other. A negated question asks for the others:
        "How many states still haven't joined? Thirty-three"."""
        if ctx.any_in(lo, hi, self.h["negations"]):
            return "other"
        sign, joining, other, part = self._cue_distances(ctx, lo, lo, lo, hi)
        ranked = sorted(
            (dist, kind)
            for kind, dist in (
                ("signatories", sign if sign is not None else joining),
                ("other", other),
                ("participants", part),
            )
            if dist is not None
        )
        if ranked:
            return ranked[0][1]
        h = self.h
        if ctx.any_in(lo, hi, h["instrument_nouns"]) or ctx.any_in(lo, hi, h["membership_words"]):
            return "signatories"
        if hi - lo <= _BARE_QUESTION:
            return "signatories"  # "Q: How many?": the interview's topic, the signers
        return "other"

    def _after_fronted_time(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """Whether the count opens its clause right after a fronted time adverbial that opens
        the sentence ("Before the vote, 17 states ...", "Ahead of the summit, 40 countries
        ..."): cue words in the adverbial name another event, not the count's act."""
        if start - 1 <= sent.start or ctx.low[start - 1] != self.comma_h:
            return False
        if ctx.doc[sent.start].lower_ not in _FRONTED_TIME_WORDS:
            return False
        return not any(ctx.low[i] == self.comma_h for i in range(sent.start, start - 1))

    def _cue_distances(
        self, ctx: _DocContext, lo: int, start: int, end: int, hi: int
    ) -> list[int | None]:
        """Token distance from [start, end) to the nearest word of each `_CUE_KEYS` list
        within [lo, hi); a tie goes to the word before the claim. After the claim, a cue word
        right behind another number is that number's noun, not a verb of this one: "made up of
        35 member countries and eight observers"."""
        low, bits, run_ends = ctx.low, self.cue_bits, ctx.run_ends
        found: list[int | None] = [None] * len(_CUE_KEYS)
        for dist, i in enumerate(range(start - 1, lo - 1, -1), 1):
            mask = bits.get(low[i])
            if mask and not self._in_title(ctx, i):
                for k in range(len(found)):
                    if mask >> k & 1 and found[k] is None:
                        found[k] = dist
        comparisons = self.h["comparison_links"]
        for dist, i in enumerate(range(end, hi), 1):
            mask = bits.get(low[i])
            if mask and low[i] in comparisons and self._figure_follows(ctx, i + 1, hi):
                continue  # "roughly 80 ratifications, against more than 160": a comparison
            if mask and not (i > end and i in run_ends) and not self._in_title(ctx, i):
                for k in range(len(found)):
                    best = found[k]
                    if mask >> k & 1 and (best is None or dist < best):
                        found[k] = dist
        return found

    def _figure_follows(self, ctx: _DocContext, i: int, hi: int) -> bool:
        """Whether a number (after at most a qualifier phrase) starts at token i."""
        if i >= hi:
            return False
        q = ctx.phrase_starting("Q", i)
        if q is not None:
            i = q[1]
        return i < hi and ctx.doc[i].like_num

    def _in_title(self, ctx: _DocContext, i: int) -> bool:
        """Whether a lower-case cue word sits inside a capitalised name ("the Convention against
        Doping in Sport", "the Alliance against Hunger"): part of a title, not a verb or vote."""
        doc = ctx.doc
        if not 0 < i < len(doc) - 1:
            return False
        if ctx.low[i] in self.h["title_links"] and doc[i - 1].is_title and doc[i + 1].is_title:
            return True
        # A capitalised cue inside a capitalised name in running prose: "the Global Partnership
        # Against the Spread of ...", "the first No Money for Terror conference" (not in a
        # headline, where every word is capitalised).
        token = doc[i]
        return (
            token.is_title
            and not ctx.is_sent_start(i)
            and (doc[i - 1].is_title or doc[i + 1].is_title)
            and not self._headline(ctx, i)
        )

    def _headline(self, ctx: _DocContext, i: int) -> bool:
        """Whether the sentence of token i is set in title case (most words capitalised)."""
        sent = ctx.sentence(i)
        cached = ctx.headlines.get(sent.start)
        if cached is None:
            words = [t for t in ctx.doc[sent.start : sent.end] if t.is_alpha and len(t) > 3]
            cached = bool(words) and sum(t.is_title for t in words) * 4 > len(words) * 3
            ctx.headlines[sent.start] = cached
        return cached

    def _signs_next(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """Whether the first kind cue after the count, within its clause, is a signing verb:
        the verb of the count as subject ("Leaders from 64 countries and the EU signed ...")."""
        low, bits, breaks = ctx.low, self.cue_bits, self.h["clause_breaks"]
        relative = self.h["relative_pronouns"]
        for i in range(cand.end, min(sent.end, cand.end + self.patterns.context_window)):
            if i == cand.end and low[i] in relative:
                continue  # "Ministers from 11 countries that bear the heaviest burden signed"
            if low[i] in breaks or low[i] in relative or ctx.phrase_starting("P", i):
                return False  # ("... took part in the summit, which raised $3bn in commitments")
            if low[i] in self.h["witness_verbs"]:
                return False  # "... from 22 countries witnessed the signing"
            mask = bits.get(low[i])
            if mask:
                return mask == mask & 0b11  # a signing or joining cue, nothing else
        return False

    def _agent_link_before(self, ctx: _DocContext, start: int, sent: _Sent) -> int | None:
        """The "by" whose agent the count is: right before it, or before parties listed with
        it ("by Venezuela and 13 Caribbean countries"; glue alone is no list)."""
        low, h = ctx.low, self.h
        if start - 1 > sent.start and low[start - 1] in h["agent_links"]:
            return start - 1
        by = next((j for j in range(start - 1, sent.start, -1) if low[j] in h["agent_links"]), None)
        if by is None or not ctx.entities_in(by + 1, start):
            return None
        return by if self._lists_into(ctx, by + 1, start) else None

    def _signing_agent(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """Whether the count is the agent of a signing verb right before it: "backed by",
        "ratified by" (`agent_links` after one of the signatory cues)."""
        # (also past parties listed before the count: "signed by Japan, the US, Fiji and 12
        # others — requires ...")
        by = self._agent_link_before(ctx, start, sent)
        return by is not None and ctx.low[by - 1] in self.h["cues_signatories"]

    def _verb_before(self, ctx: _DocContext, link: int, lo: int, verbs: frozenset[int]) -> bool:
        """Whether one of `verbs` stands before token `link` ("by", "with"), at `lo` or after,
        with no clause break between: "founded in Paris in 2018 by", "founded the alliance
        with"."""
        low, breaks = ctx.low, self.h["clause_breaks"]
        for i in range(link - 1, lo - 1, -1):
            if low[i] in breaks:
                return False
            if low[i] in verbs:
                return True
        return False

    def _founded_by(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """Whether the count is the agent of a founding verb: "by" right before it, a
        `founding_verbs` word earlier in the clause (at most `max_link_tokens` back)."""
        low, h = ctx.low, self.h
        by = self._agent_link_before(ctx, start, sent)
        if by is None:
            return False
        lo = max(sent.start, by - self.patterns.max_link_tokens)
        if self._verb_before(ctx, by, lo, h["founding_verbs"]):
            return True
        # ... or a founding participle opening the sentence, with no clause break between:
        # "Founded at a conference in Montevideo in July 2016 by some 30 states, ..."
        return (
            low[sent.start] in h["founding_verbs"]
            and start - sent.start <= _MAX_FRONTED_FOUNDING
            and not ctx.any_in(sent.start, start, h["clause_breaks"])
        )

    def _founders(self, ctx: _DocContext, start: int, end: int, sent: _Sent) -> bool:
        """Whether the count founded the body: the subject of a founding verb ("Eighteen
        countries founded the alliance at the climate talks"), or the founders' company ("Britain
        and Canada founded the alliance with 18 other countries at the Bonn talks"), whatever
        meeting words follow (session 20)."""
        low, h = ctx.low, self.h
        verb = self._subject_verb_at(ctx, end, sent)
        if verb < sent.end and low[verb] in h["founding_verbs"]:
            return True
        with_at = start - 1
        if with_at <= sent.start or low[with_at] != self.with_h:
            return False
        lo = max(sent.start, with_at - self.patterns.max_link_tokens)
        return self._verb_before(ctx, with_at, lo, h["founding_verbs"])

    def _dated_at(self, ctx: _DocContext, j: int, limit: int, since_start: bool = False) -> bool:
        """Whether token j is a date link followed, before `limit`, by a year or a capitalised
        month ("since 2022", "in March"), or, when `since_start`, "since" and one of
        `date_anchors` ("since its launch")."""
        low, doc = ctx.low, ctx.doc
        if j + 1 >= limit or low[j] not in self.h["date_links"]:
            return False
        nxt = doc[j + 1]
        year = nxt.is_digit and len(nxt) == 4 and 1900 <= int(nxt.text) <= 2100
        if year or (nxt.is_title and low[j + 1] in self.month_h):
            return True
        return (
            since_start
            and low[j] == self.since_h
            and ctx.any_in(j + 1, min(limit, j + 4), self.h["date_anchors"])
        )

    def _subject_verb_at(self, ctx: _DocContext, end: int, sent: _Sent) -> int:
        """The index of the word right after the count past `subject_fillers` ("have",
        "already"): the verb when the count is its subject (`sent.end` when none is left)."""
        low, i = ctx.low, end
        while i < min(sent.end, end + 3) and low[i] in self.h["subject_fillers"]:
            i += 1
        return i

    def _subject_verb(self, ctx: _DocContext, end: int, sent: _Sent) -> int | None:
        """The lower-cased hash of that verb, or None."""
        i = self._subject_verb_at(ctx, end, sent)
        return ctx.low[i] if i < sent.end else None

    def _verb_past_apposition(self, ctx: _DocContext, end: int, sent: _Sent) -> int:
        """The index of the count's verb past fillers and an apposition that names some of the
        counted parties ("Thirty-five countries, including Britain and Germany, called on ..."):
        `sent.end` when none is left."""
        low, doc = ctx.low, ctx.doc
        i = self._subject_verb_at(ctx, end, sent)
        dashed = False  # inside "— the Five Eyes plus India and Japan —" names need no code
        while i < sent.end and i < end + 25:
            ent = ctx.by_start.get(i)
            if ent is not None:
                i = ent.end
            elif low[i] == self.comma_h and (company := ctx.phrase_starting("XF", i + 1)):
                i = company[1]  # ", along with the European Union, on Wednesday urged ..."
            elif (
                (doc[i].like_num or low[i] in self.all_h)
                and low[i - 1] in self.h["including_following"]
                and (close := self._aside_close(ctx, i, sent)) is not None
            ):
                i = close  # "Thirty-six countries, including all 28 EU member states, called on"
            elif low[i] in self.list_glue:
                i += 1
            elif doc[i].text in _DASHES:
                dashed = not dashed
                i += 1
            elif dashed and doc[i].is_title:
                i += 1
            else:
                break
        return min(i, sent.end)

    def _aside_close(self, ctx: _DocContext, i: int, sent: _Sent) -> int | None:
        """The comma or dash closing a counted part of an apposition that opens at `i`
        ("including all 28 EU member states, ..."), at most `_MAX_ASIDE_COUNT` tokens on."""
        for j in range(i + 1, min(sent.end, i + _MAX_ASIDE_COUNT)):
            if self._comma_or_dash(ctx, j):
                return j
        return None

    def _makes_joint_call(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """Whether the count is the subject of a `statement_verbs` word ("Türkiye, 53 other
        nations urge arms embargo"), past an apposition (`_verb_past_apposition`)."""
        low, h = ctx.low, self.h
        i = self._verb_past_apposition(ctx, end, sent)
        if i >= sent.end:
            return False
        if low[i] in h["statement_verbs"]:
            return True
        return (
            low[i] in h["statement_calls"]
            and i + 1 < sent.end
            and low[i + 1] in h["statement_particles"]
        )

    def _forms_body(self, doc: Doc, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """ "the US and seven partners now make up the steering committee": the count is the
        subject of a verb of membership (not "make up 80% of emissions": no figure follows)."""
        i = self._subject_verb_at(ctx, end, sent)
        if i >= sent.end or ctx.low[i] not in self.h["membership_subject_verbs"]:
            return False
        return not any(t.like_num for t in doc[i + 1 : min(sent.end, i + 4)])

    def _names_signatory_set(self, ctx: _DocContext, cand: _Candidate) -> bool:
        """ "the 70 signatories", "the declaration's 61 endorsing partners": a definite count,
        with no qualifier, whose own words say it counts signers."""
        i = cand.start - 1
        if cand.start != cand.num_start or i < 0 or cand.noun_start is None:
            return False
        if ctx.low[i] not in self.h["signatory_set_determiners"]:
            return False
        return cand.noun in self.w["signatory_nouns"] or bool(
            cand.gap_words & self.w["signatory_set_words"]
        )

    def _hedged_increment(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """Whether new parties are only hoped for: a `hedges` phrase open before the count
        ("aims to bring in up to 20 more", "leaves room for up to 13 more"), or one of
        `increment_hedges` around it ("Another 15 governments are expected to join", "12 more
        countries had asked to join", "talks with five more countries", "five more could join")."""
        low, h = ctx.low, self.h
        lo = max(sent.start, cand.start - self.patterns.hedge_window)
        doc = ctx.doc
        if any(
            doc[s].is_lower and not self._hedge_closed(ctx, e, cand.start)
            for s, e, _ in ctx.phrases_within("H", lo, cand.start)
        ):
            return True
        near = range(max(sent.start, cand.start - 4), min(sent.end, cand.end + _HEDGE_AFTER + 1))
        if any(low[i] in h["increment_hedges"] for i in near):
            return True
        if cand.end < sent.end and self._comma_or_dash(ctx, cand.end):
            # ... past an apposition naming some of them: "At least three more governments —
            # Suriname among them — are expected to sign"
            verb = self._verb_past_apposition(ctx, cand.end, sent)
            if any(low[i] in h["increment_hedges"] for i in range(verb, min(sent.end, verb + 4))):
                return True
        return self._predicate_hedged(ctx, cand.end, sent)

    def _expected_by(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """Whether an `expectation_verbs` word (an opening quote aside) stands right before the
        count starting at `start`."""
        i = start - 1
        if i >= sent.start and ctx.low[i] in self.quote_h:
            i -= 1
        return i >= sent.start and ctx.low[i] in self.h["expectation_verbs"]

    def _projected(self, ctx: _DocContext, start: int, end: int, sent: _Sent) -> bool:
        """Whether the count's own predicate is a modal over a signing or joining verb right
        after it: "upwards of 40 countries could join once ...", "about 25 countries would
        sign" (a projection; not "the 13 participating nations would stay"); or an expectation
        with a deadline ("are expected to sign by May", "expects 20 states to sign next year"),
        unmet ("had been expected to sign") or dated at the head of the sentence."""
        low, h = ctx.low, self.h
        i, stop = end, min(sent.end, end + _HEDGE_AFTER)
        deadline_only = False
        if self._expected_by(ctx, start, sent) and i < sent.end and low[i] == self.to_h:
            deadline_only = True  # "expects 'at least 20' states to sign when ... opens"
            stop = i  # (the "to" is where the verb check starts)
        while i < stop and low[i] not in h["projection_modals"]:
            if (
                low[i] in self.perfect_h
                and i + 2 < sent.end
                and ctx.doc[i + 1].lower_ == "been"
                and ctx.phrase_starting("EX", i + 2)
            ):
                return True  # "had been expected to sign": an expectation of the past, unmet
            if low[i] in self.copula_h and ctx.phrase_starting("EX", i + 1):
                # "are expected to sign by the end of the year": a projection with a deadline
                # (with none it is pre-launch coverage: "60 nations are expected to join the
                # United States in signing"; an opening "By year's end" is one too).
                i = ctx.phrase_starting("EX", i + 1)[1] - 1
                if low[sent.start] == self.by_h:
                    return True  # "By year's end, 30 countries are expected to have signed"
                deadline_only = True
                break
            if low[i] not in h["total_adverbs"]:
                return False
            i += 1
        if i >= stop and not deadline_only:
            return False
        for j in range(i + 1, min(sent.end, i + 4)):
            if low[j] in h["cues_signatories"] or low[j] in h["joining_verbs"]:
                if deadline_only:
                    window = range(j + 1, min(sent.end, j + _DEADLINE_REACH))
                    return any(low[k] in h["projection_deadlines"] for k in window)
                return True
            if not (
                low[j] in h["total_adverbs"]
                or low[j] == self.have_h
                or ctx.doc[j].text.endswith("ly")  # "could eventually back", "would formally join"
            ):
                return False
        return False

    def _comma_or_dash(self, ctx: _DocContext, i: int) -> bool:
        """Whether token `i` is a comma or a dash (one that may open an apposition)."""
        return ctx.low[i] == self.comma_h or ctx.doc[i].text in _DASHES

    def _predicate_hedged(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """Whether one of `predicate_hedges` opens the count's own predicate, within a few words
        after it or past an apposition naming some of them ("Three countries - Ghana, India and
        the Philippines - are reported to be weighing accession")."""
        # (the window opens past auxiliaries and adverbs: "have since asked to join")
        start = end
        while start < sent.end and start - end < 3 and ctx.low[start] in self.h["hedge_fillers"]:
            start += 1
        stop = min(sent.end, start + _HEDGE_AFTER)
        if end < sent.end and self._comma_or_dash(ctx, end):
            stop = min(sent.end, self._verb_past_apposition(ctx, end, sent) + _HEDGE_AFTER)
        return any(
            not self._hedge_closed(ctx, end, i) for i, _, _ in ctx.phrases_within("PH", end, stop)
        )

    def _appealed_to(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """Whether the count is the object of an appeal to sign (`appeal_phrases`, past at most
        two of `appeal_determiners`): "urged another 10 states to sign", "called on the
        remaining 12 members to ratify"."""
        i = start
        while i > sent.start and start - i < 2 and ctx.low[i - 1] in self.h["appeal_determiners"]:
            i -= 1
        return ctx.phrase_ending("AP", i) is not None

    def _vote_side(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """Whether the count is coordinated with the other side of a vote right after it: "and
        opposed by", "and rejected by" (`vote_side_verbs`, then "by")."""
        low = ctx.low
        return (
            end + 2 < sent.end
            and low[end] == self.and_h
            and low[end + 1] in self.h["vote_side_verbs"]
            and low[end + 2] == self.by_h
        )

    def _under_force_condition(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """Whether the count is an entry-into-force threshold: "into force" then one of
        `force_conditions` ("once", "after", "conditions") then the count, each within
        `force_condition_reach` tokens, with no clause break between."""
        low, reach = ctx.low, self.patterns.force_condition_reach
        conditions = self.h["force_conditions"]
        for c in range(start - 1, max(sent.start, start - reach) - 1, -1):
            if low[c] in self.clause_break_h:
                return False
            if low[c] not in conditions:
                continue
            for f in range(c - 1, max(sent.start + 1, c - reach) - 1, -1):
                if low[f] in self.clause_break_h:
                    break
                if low[f] == self.force_h and low[f - 1] == self.into_h:
                    # (a condition met in the past is a fact: "entered into force in 2019 once
                    # 22 countries had ratified it" counts the signers then; eight rows say so)
                    return f < 2 or low[f - 2] not in self.h["force_past_verbs"]
                if low[f] == self.effect_h and low[f - 1] in self.h["effect_verbs"]:
                    # "takes effect 30 days after at least five partners have deposited"
                    return True
        return False

    def _hedge_closed(self, ctx: _DocContext, hedge_end: int, start: int) -> bool:
        """Whether a past signing verb lies between a hedge and the count, so the count is a
        fact again ("aims to keep warming to 1.5C, a goal endorsed by 130 countries"), or a
        comma or a semicolon closes the hedge's clause ("the first treaty to target illegal
        fishing, now has 81 parties")."""
        low, breakers = ctx.low, self.h["hedge_breakers"]
        # ... not the verb the hedge itself governs: "should have been signed by all 30 states".
        lead = hedge_end
        while lead < start and lead - hedge_end < 3 and low[lead] in self.passive_aux_h:
            lead += 1
        # (Only a counterfactual past, "have" after the modal: "could be signed by 40 countries
        # next week" reports pre-launch signatories, as "expected to sign" does.)
        governed = (
            hedge_end < lead < start and low[lead] in breakers and low[hedge_end] == self.have_h
        ) or (
            # ... nor the verb of an entry-into-force condition: "enters into force once
            # ratified by eight states"
            lead < start and low[lead] in breakers and low[hedge_end - 1] in self.conditional_h
        )
        if ctx.any_in(lead + 1 if governed else hedge_end, start, breakers):
            return True
        if ctx.any_in(hedge_end, start, self.semicolons):
            return True  # "needed all 27 member states to ratify it; 26 did so": another clause
        commas = [i for i in range(hedge_end, start) if low[i] == self.comma_h]
        # ... a new predicate of the subject after the comma: "..., now has 81 parties", or an
        # absolute clause stating where it stands: "..., with 23 states parties so far".
        return bool(commas) and ctx.any_in(commas[-1] + 1, start, self.comma_closers)

    def _only_status_nouns(self, ctx: _DocContext, lo: int, hi: int) -> bool:
        """Whether every `other` cue in [lo, hi) is a status noun ("observer status"): for a
        count of members these name someone else's standing, not what the count did."""
        other, status = self.h["cues_other"], self.h["status_nouns"]
        found = [x for x in ctx.low[lo:hi] if x in other]
        return bool(found) and all(x in status for x in found)

    def _takes_part_in_instrument(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """ "eight other governments now participate in the initiative": taking part in an
        instrument (an instrument noun within a few words of the count's verb) is membership."""
        low, h = ctx.low, self.h
        i = self._verb_past_apposition(ctx, end, sent)
        if i + 1 < sent.end and low[i] in h["part_taking_verbs"] and low[i + 1] == self.part_h:
            i += 1  # "More than 25 countries, including the US, take part in the Partnership"
        elif i >= sent.end or low[i] not in h["membership_participation"]:
            return False
        return ctx.any_in(i + 1, min(sent.end, i + 5), h["instrument_nouns"])

    def _past_possessor(self, ctx: _DocContext, j: int) -> int:
        """Token j, or the token after a possessive "'s" within `_MAX_POSSESSOR` tokens from j
        when a number follows it ("the organisation's 166 members")."""
        end = self._possessor_end(ctx, j)
        return end if end is not None and ctx.doc[end].like_num else j

    def _possessor_end(self, ctx: _DocContext, j: int) -> int | None:
        """The token after the first possessive "'s" within `_MAX_POSSESSOR` tokens from j
        ("the organisation's| 166 members", "the region's| states"), else None."""
        low = ctx.low
        for k in range(j, min(len(low) - 1, j + _MAX_POSSESSOR)):
            if low[k] in self.possessive_h:
                return k + 1
        return None

    def _instrument_possessor(self, ctx: _DocContext, start: int) -> bool:
        """Whether the count right after a possessive is owned by an instrument's membership
        ("the coalition's 39 members", "the pact's 12 parties": `instrument_possessors`), not by
        an organisation or a bloc of which it is no measure ("the bloc's 27 members")."""
        low, i = ctx.low, start - 1
        if i < 1 or low[i] not in self.possessive_h:
            return False
        return low[i - 1] in self.h["instrument_possessors"]

    def _set_of_partitive(self, ctx: _DocContext, cand: _Candidate) -> bool:
        """Whether the count is the whole after a part: "half of the 193 UN members", "118 of
        the 198 parties"; not when a signing relative clause follows ("of the 45 countries
        that signed ...")."""
        low, h = ctx.low, self.h
        if self._total_phrase_before(ctx, cand.start):
            return False  # "one of 195 countries" is scope, not a part
        i = cand.start - 1
        if i >= 0 and low[i] in self.possessive_h:
            # "16 of the league's 22 members": back over the possessor to its determiner.
            j = i - 1
            doc = ctx.doc
            while j > max(0, i - _MAX_POSSESSOR) and not (
                low[j] in h["partitive_determiners"]
                or (low[j] in h["of_words"] and not doc[j - 1].is_title)
            ):
                j -= 1  # (over "of" inside a name: "the Council of Europe's")
            i = j
        if i >= 0 and low[i] in h["partitive_determiners"]:
            i -= 1
        if i < 1 or low[i] not in h["of_words"]:
            return False
        part = (
            low[i - 1] in h["partitive_fractions"]
            or low[i - 1] == self.out_h  # "44 parties out of the bloc's 55 members"
            or any(end == i for _, end in ctx.number_runs)
        )
        if not part:
            return False
        end = cand.end
        if end < len(low) and low[end] in h["relative_pronouns"]:
            return not ctx.any_in(end + 1, end + 4, h["subject_verbs"])
        return True

    @staticmethod
    def _nearest_phrase(ctx: _DocContext, cand: _Candidate, sent: _Sent, kind: str) -> int | None:
        """Distance to the nearest "took part" phrase; "delegations from <count>" is 1.

        A phrase after "by" names the agent of a passive ("signed by representatives of 61
        countries"), so it says nothing about attending.
        """
        doc = ctx.doc

        def agent(s: int) -> bool:
            # (past an article and a modifier, "by the foreign ministers", or a coordinated
            # office, "signed by the presidents or ministers of seven countries")
            k = s - 1
            while (
                k > s - _AGENT_REACH
                and k > sent.start
                and doc[k].is_lower
                and doc[k].lower_ != "by"
            ):
                if doc[k].lower_.endswith("ing"):
                    return False  # "responded by expelling diplomats from": a gerund's object
                k -= 1
            return k >= 0 and doc[k].lower_ == "by"

        dists = [
            cand.start - e + 1
            for s, e, _ in ctx.phrases_within(kind, sent.start, cand.start)
            if kind != "P" or not agent(s)
        ]
        dists += [s - cand.end + 1 for s, _, _ in ctx.phrases_within(kind, cand.end, sent.end)]
        return min(dists) if dists else None

    def _joins_event(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """Whether the count's own verb joins an event, not an instrument: "More than 100
        countries joined the virtual summit" (`event_join_verbs`, then its object: an article and,
        within three words, one of `event_nouns`): they took part."""
        low, i = ctx.low, self._subject_verb_at(ctx, end, sent)
        if i >= sent.end or low[i] not in self.h["event_join_verbs"]:
            return False
        if i + 1 >= sent.end or low[i + 1] not in self.article_h:
            return False  # (the event is the object: not "have joined since the conference")
        return ctx.any_in(i + 2, min(sent.end, i + 5), self.h["event_nouns"])

    def _whole_set(self, ctx: _DocContext, start: int, end: int, sent: _Sent) -> bool:
        """Whether the count is the whole set a party is "one of": "The U.S. is one of 72
        countries that have joined the agenda since 2014" (a total, not those added; but "one
        of four countries to join since the summit" counts those added). Only "one of" itself:
        `_total_phrase_before` also reads "among the", whose counts are often increments
        ("among the nine countries that joined in 2023")."""
        low = ctx.low
        if end < sent.end and low[end] == self.to_h:
            return False
        i = start - 1
        while i > sent.start and low[i] in self.one_of_fillers_h:
            i -= 1
        return i - 1 >= sent.start and low[i] == self.of_h and low[i - 1] == self.one_h

    def _adds_its_name(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """Whether the count's verb is "added their names" (a signing phrase, not an addition):
        "upwards of 40 countries had added their names" counts the signers so far."""
        for k in range(end, min(sent.end, end + 3)):
            phrase = ctx.phrase_starting("S", k) if ctx.low[k] in self.h["increment_cues"] else None
            if phrase is not None:
                # ... but "nine countries that added their names in the weeks after COP26"
                # counts those added in a window.
                return phrase[1] >= sent.end or ctx.low[phrase[1]] not in self.h["window_openers"]
        return False

    def _increment_context(self, ctx: _DocContext, start: int, end: int, sent: _Sent) -> bool:
        """ "newly joined", "were added", "have since joined"."""
        h = self.h
        before = ctx.low[max(sent.start, start - 4) : start]
        after = ctx.low[end : min(sent.end, end + 4)]
        if self.comma_h in after:
            # "ratified by 11 states, the latest being Peru": an aside on one of them.
            after = after[: after.index(self.comma_h)]
        window = before + after
        if not h["increment_cues"].isdisjoint(window) and not self._adds_its_name(ctx, end, sent):
            return True
        if not h["increment_cues_before"].isdisjoint(before) and not ctx.phrase_ending("P", start):
            # "welcomed three partners"; not "40 countries welcomed the statement", nor
            # "welcomed delegations from 116 countries" (participants).
            return True
        adjacent, joining = h["increment_adjacent"], h["joining_verbs"]
        if any(
            (a in adjacent and b in joining) or (b in adjacent and a in joining)
            for a, b in zip(window, window[1:], strict=False)
        ):
            return True
        if self._joined_later(ctx, end, sent):
            return True
        if any(  # "have signed on since", "signed up since"
            a in joining and b in h["verb_particles"] and c in adjacent
            for a, b, c in zip(window, window[1:], window[2:], strict=False)
        ):
            return True
        # "Ghana and four other countries have joined since its launch": a party with the
        # others it joined with, newcomers since the start (a bare count since the launch is
        # the whole set; session 20).
        with_others = start > sent.start and ctx.low[start - 1] == self.and_h
        return self._dated_accession(ctx, end, sent, with_others) or self._brings_total_after(
            ctx, start, end, sent
        )

    def _joined_later(self, ctx: _DocContext, end: int, sent: _Sent) -> bool:
        """ "Twenty-two states, not counting Australia, later added their names": the count's
        own verb (its first kind cue after it, in its clause) is one of `accession_verbs` right
        after one of `late_adverbs`."""
        low, h = ctx.low, self.h
        for i in range(end, min(sent.end, end + 12)):
            if low[i] in h["clause_breaks"]:
                return False
            if low[i] in self.cue_bits:
                return low[i] in h["accession_verbs"] and low[i - 1] in h["late_adverbs"]
        return False

    def _dated_accession(
        self, ctx: _DocContext, end: int, sent: _Sent, since_start: bool = False
    ) -> bool:
        """ "the 10 countries that joined the Call in 2019", "Three states - A, B and C - have
        acceded since 2020": the count's own verb (its first kind cue after it, in its clause)
        is one of `accession_verbs`, dated within a few tokens by one of `date_links` and a year
        or month (or, when `since_start`, "since its launch"). A dated signing stays a total
        ("seven nations signed the Accords in 2020")."""
        low, h, doc = ctx.low, self.h, ctx.doc
        stop = min(sent.end, end + self.patterns.context_window)
        for i in range(end, stop):
            if low[i] in h["clause_breaks"]:
                return False
            if low[i] not in self.cue_bits:
                continue
            if low[i] not in h["accession_verbs"]:
                return False
            for j in range(i + 1, min(stop - 1, i + 7)):
                if low[j] in h["clause_breaks"] or doc[j].is_punct:
                    return False
                if low[j] in h["date_links"]:
                    return self._dated_at(ctx, j, stop, since_start)
                if low[j] in h["relative_dates"] and j + 1 < stop and low[j + 1] in h["date_units"]:
                    return True  # "Four states joined the group this year"
            return False
        return False

    def _brings_total_after(self, ctx: _DocContext, start: int, end: int, sent: _Sent) -> bool:
        """ "Three states ... joined in 2023, bringing membership to 58": a count that is the
        subject of a joining verb and brings a larger total up later in its clause is what was
        added (not the agent in "endorsed by 60 at launch, ... bringing the total to 75")."""
        h, low = self.h, ctx.low
        bringers = h["total_bringers"]
        joins = h["joining_verbs"] - bringers
        runs = ctx.number_runs
        k = bisect.bisect_left(runs, (start,))
        own = runs[k] if k < len(runs) and runs[k][0] < end else None
        value = self._value(ctx.text_of(*own)) if own else None
        for r, r_end in runs[bisect.bisect_right(runs, (end, len(low))) :]:
            if r >= sent.end:
                break
            if low[r - 1] not in h["total_links"]:
                continue
            lo = max(end, r - 1 - self.patterns.total_window)
            if ctx.any_in(end, r, h["clause_breaks"]) or not any(
                low[i] in bringers and ctx.doc[i].lower_.endswith("ing") for i in range(lo, r - 1)
            ):
                # A participle shares the count's subject ("Three states joined, bringing
                # membership to 58"); a finite verb has its own ("before a late flurry took
                # the tally to 79").
                continue
            verbs = [i for i in range(end, min(r, end + 12)) if low[i] in joins]
            if not verbs:
                continue
            if any(low[i - 1] in self.passive_h and low[i + 1] == self.by_h for i in verbs):
                return False  # "The seven members that signed were joined by Afghanistan"
            total = self._value(ctx.text_of(r, r_end))
            return total is not None and (value is None or total > value)
        return False

    def _non_party(self, ctx: _DocContext, cand: _Candidate) -> bool:
        """Whether the counted words say "non-" party: "12 non-parties", "nine non-signatory
        countries" (not "32 non-EU countries", which may sign)."""
        low = ctx.low
        for i in range(cand.num_start + 1, cand.end - 1):
            if ctx.doc[i].lower_ == "non":
                j = i + 1 + (low[i + 1] == self.dash)
                if j < cand.end and ctx.doc[j].lower_ in _NON_PARTY_HEADS:
                    return True
        return False

    def _another_beside(self, ctx: _DocContext, start: int, sent: _Sent) -> bool:
        """ "Italy and another 20 states": "another" after "<party> and" counts the others
        beside that party (as "20 other states" would), not new joiners."""
        low = ctx.low
        if start - 3 < sent.start or ctx.doc[start - 1].lower_ != "another":
            return False
        return low[start - 2] == self.and_h and (start - 2) in ctx.by_end

    def _rejected_figure(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """ "..., not 29 countries as we said": "not" right before a count that puts right an
        earlier count of the same sentence, "as" (after a comma) right after it."""
        low = ctx.low
        if cand.start - 1 < sent.start or low[cand.start - 1] != self.not_h:
            return False
        after = cand.end + (cand.end < sent.end and low[cand.end] == self.comma_h)
        if after >= sent.end or low[after] != self.as_h:
            return False
        return any(
            c.end <= cand.start and c.start >= sent.start and c.value is not None for c in ctx.found
        )

    def _negated(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """ "55 countries have not signed", "12 ... declined to sign", "none of the nine states"."""
        low, h = ctx.low, self.h
        negations, breaks = h["negations"], h["clause_breaks"]
        if self._outside_of_total(ctx, cand.start, sent):
            return False  # "is not one of the 38 parties" negates the subject's membership
        for i in range(cand.start - 1, max(sent.start, cand.start - 3) - 1, -1):
            if low[i] in breaks:
                break  # "The US did not sign; 60 other countries did."
            if low[i] == self.yet_h:
                break  # "..., yet only 22 governments put their names to it": a conjunction
            if low[i] in negations and not self._in_title(ctx, i):
                return True
        # After the claim, look up to its verb: "pledged never to pay" negates the paying, not
        # the pledge; and never into the next claim's words. A count of signatories is one
        # whatever follows ("28 signatories that have yet to ratify it").
        if cand.noun in self.w["signatory_nouns"]:
            return False
        if self._total_before(ctx, sent.start, cand.start):
            # "which at its peak counted 14 members, did not include ...": the count is the
            # object of its total verb; a negation after it belongs to another clause.
            return False
        signs = h["cues_signatories"]
        before = cand.start - 1
        while before > sent.start and low[before] in h["total_adverbs"]:
            before -= 1
        if before >= sent.start and (
            low[before] in self.stative_h or low[before] in h["cues_signatories"]
        ):
            # "has 13 parties — A, B, C — and the United States is not among them": the count
            # is the object of "has"; a negation after it is another clause's.
            return False
        # ("by" may stand before a party coordinated with the count: "backed by the United
        # States and 31 partners ..., sets no binding targets".)
        by = cand.start - 1
        if by > sent.start and low[by] == self.and_h:
            for j in range(by - 1, max(sent.start, by - 5) - 1, -1):
                if low[j] == self.by_h or low[j] == self.comma_h or low[j] in h["clause_breaks"]:
                    by = j
                    break
        if by > sent.start and low[by] in h["agent_links"]:
            if any(low[j] in signs for j in range(max(sent.start, by - 3), by)):
                # "now backed by more than 70 countries, does not name any state": the count
                # is the agent of a signing verb before it; a negation after is another verb's.
                return False
        begin, stop = cand.end, min(sent.end, cand.next_start)
        if cand.subset:
            # "Only two of the 10 ASEAN members declined to sign": the part's verb comes after
            # the set's own claim.
            whole = next((c for c in ctx.found if c.start == cand.next_start), None)
            if whole is not None and whole.start - cand.end <= _MAX_SET_LEAD:
                begin, stop = whole.end, min(sent.end, whole.next_start)
        spoken_for = self._speaks_for(ctx, cand.start, sent)
        for i in range(begin, stop):
            if low[i] in signs and i + 1 < stop and low[i + 1] in self.neither_h:
                return True  # "100 UN member states have signed neither the DFI nor ..."
            if low[i] in signs or low[i] in breaks:
                return False
            if ctx.phrase_starting("S", i) is not None:
                return False  # "11 other countries are now parties to it, ... will not change"
            if low[i] in h["cues_participants"] or (
                low[i] == self.yet_h and low[i - 1] == self.comma_h
            ):
                # "officials from 40 countries attended ..., yet only 22 signed"; "binds all 57
                # participating states, ..., yet only a third of them hosted an inspection"
                return False
            if ctx.phrase_starting("AB", i) is not None and not self._another_party_stays(ctx, i):
                return True  # "Dozens of WTO members, including the US and India, have stayed out"
            if spoken_for and self._opens_reported_clause(ctx, i):
                # "South Korea, on behalf of 38 states, told the committee that the polls
                # 'cannot be considered free'": what the speaker said, not an act undone
                return False
            if (
                low[i] in negations
                and not ctx.phrase_starting("XF", i)
                and not self._in_title(ctx, i)
                and not (i + 1 < stop and low[i + 1] in self.all_h and low[i - 1] == self.comma_h)
                # "Canada and 21 other countries—not 20, as the member claimed—signed": a
                # corrected figure, not a negated act
                and not (i + 1 < sent.end and ctx.doc[i + 1].like_num)
            ):
                # ("not including the US" is scope, not negation; ", not all of them ECOWAS
                # members," is an aside about some of them)
                return True
        return False

    def _another_party_stays(self, ctx: _DocContext, i: int) -> bool:
        """Whether the words before token `i` make it another party's act: a party after "with"
        (an absolute clause: "26 member states and Ukraine, with Denmark staying out") or "to"
        (one party singled out: "the only one of the five members to stay away")."""
        if ctx.low[i - 1] == self.to_h:
            return True  # "the only leader of the bloc's five members to stay away"
        ent = ctx.by_end.get(i)
        return ent is not None and ent.start > 0 and ctx.low[ent.start - 1] == self.with_h

    def _sizes_instrument(self, ctx: _DocContext, cand: _Candidate, sent: _Sent) -> bool:
        """ "the treaty with around 50 contracting parties": a membership count after "with"
        right behind an instrument noun states the instrument's size, whatever the clause
        around it says about other parties ("withdrew, leaving the treaty with ...")."""
        low, h, i = ctx.low, self.h, cand.start - 1
        if i <= sent.start:
            return False
        if low[i] in h["size_links"]:
            if cand.end < sent.end and low[cand.end] in h["cues_other"]:
                return False  # "at the world body, with 25 countries abstaining": a vote
            lo = max(sent.start, i - 2)
            if self._says_membership(cand):
                return ctx.any_in(lo, i, self.body_nouns_h)
            # "leaving the bloc with 27 countries" (not "adopted the agreement with 124
            # countries voting in favour": an instrument "with" countries is company)
            return cand.noun in self.group_nouns and ctx.any_in(lo, i, self.group_bodies_h)
        # "shrank the Andean Community to four members", "keeping the body at six member states":
        # the size a body is left with after a change (`resize_verbs` ... `resize_links`).
        if low[i] not in h["resize_links"] or not self._says_membership(cand):
            return False
        lo = max(sent.start, i - 8)
        return ctx.any_in(lo, i, self.body_nouns_h) and ctx.any_in(lo, i, h["resize_verbs"])

    def _sizes_a_grouping(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> bool:
        """ "the 48-nation Nuclear Suppliers Group", "the 42-member Wassenaar Arrangement": a
        hyphenated count right before a capitalised name that is neither a party ("the 27-nation
        European Union") nor a sized body ("the 193-member General Assembly"); or before an
        instrument noun ("the 38-nation drought alliance")."""
        hyphenated = cand.num_start + 1 < cand.end and doc[cand.num_start + 1].text == "-"
        if not hyphenated or cand.end >= len(doc):
            return False
        if not doc[cand.end].is_title:
            # "the 38-nation drought alliance", "the 40-nation initiative": an instrument noun
            # within two words (a sized body there is told by `_sizes_a_party`).
            # ... or a grouping noun: "the four-nation grouping", "a 22-country bloc" (session
            # 16: 35 annotated rows say signatories, 6 say other)
            ahead = ctx.low[cand.end : min(len(doc), cand.end + 2)]
            heads = self.sized_heads_h
            return any(x in heads for x in ahead) and not self._sizes_a_party(doc, ctx, cand)
        if ctx.doc[cand.end].is_sent_start:
            return False
        return not self._sizes_a_party(doc, ctx, cand)

    def _led_body(self, ctx: _DocContext, start: int) -> bool:
        """Whether the body sized by the count is led by the subject: "Brazil leads a bloc of
        18 countries in signing" (a coalition acting, not a standing body's size)."""
        low = ctx.low
        return any(
            low[j] in self.h["leader_verbs"] for j in range(max(0, start - 4), max(0, start - 2))
        )

    def _sizes_a_party(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> bool:
        """ "the 27-nation European Union": a hyphenated count describing the party after it;
        "a bloc of 134 developing countries": a count after "<body> of" is that body's size."""
        low, i = ctx.low, cand.start - 1
        if i > 0 and low[i] in self.h["of_words"] and low[i - 1] in self.h["sized_bodies"]:
            return True
        hyphenated = cand.num_start + 1 < cand.end and doc[cand.num_start + 1].text == "-"
        if not hyphenated:
            return False
        if cand.end in ctx.by_start:
            # ... unless the party only opens a longer name: "the 50-nation Ukraine Defense
            # Contact Group" sizes the group.
            return not self._name_with_grouping_head(doc, ctx, cand.end)
        # "the 193-member General Assembly": look through a capitalised name for its head.
        for token in doc[cand.end : min(len(doc), cand.end + 4)]:
            if token.is_upper and token.lower_ in self.w["standing_bodies"]:
                return True  # "the 166-member WTO", "the 15-member ECOWAS bloc"
            if token.lower_ in self.w["sized_bodies"]:
                # (a grouping of signers is no standing body: "a 22-country bloc")
                return token.lower_ not in self.w["grouping_heads"]
            if not (token.is_title or token.is_upper):
                return False  # ("the 193-member ICAO Assembly": an acronym is part of a name)
        return False

    def _broken_down(self, ctx: _DocContext, cand: _Candidate) -> _Candidate | None:
        """The count a count breaks down, opening a dash or bracket right after it ("183
        parties — 182 countries and the EU —", "40 parties (39 states and the EU)"), or None
        (session 20)."""
        opener = cand.start - 1
        if opener < 1 or cand.noun_start is None:
            return None
        if not (ctx.doc[opener].text in _DASHES or ctx.low[opener] == self.open_h):
            return None
        whole = self._claim_just_before(ctx, 0, opener)
        if whole is None or whole.end != opener or whole.noun_start is None or whole.value is None:
            return None
        if cand.value is None or cand.value > whole.value or whole.antecedent is not None:
            return None
        return whole

    def _name_with_grouping_head(self, doc: Doc, ctx: _DocContext, start: int) -> bool:
        """Whether a capitalised name opening at `start` goes on past its first word to a
        grouping or instrument head ("Ukraine Defense Contact Group", "Africa Climate Alliance")."""
        for k in range(start + 1, min(len(doc), start + 5)):
            token = doc[k]
            if not (token.is_title or token.is_upper):
                return False
            if ctx.low[k] in self.sized_heads_h:
                return True
        return False

    # ---- output ---------------------------------------------------------------------------

    def _to_claim(self, doc: Doc, ctx: _DocContext, cand: _Candidate) -> CountClaim:
        sent = ctx.sentence(cand.start)
        # Only a real composite keeps its parts: a count coordinated with the principal alone is
        # told by its scope instead.
        composite = any(p.group or (p.code and p.code != self.principal) for p in cand.parts)
        return CountClaim(
            text=cand.text,
            start=doc[cand.start].idx,
            end=ctx.end_char(cand.end),
            value=cand.value,
            qualifier=cand.qualifier,
            noun=cand.noun,
            scope=self._settled_scope(doc, ctx, cand),
            kind=self._kind(doc, ctx, cand),
            sentence_start=doc[sent.start].idx,
            sentence_end=ctx.end_char(sent.end),
            parts=list(cand.parts) if composite else [],
        )
