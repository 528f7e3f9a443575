"""What the NLP layer says about one text. `to_contract()` gives the `tally extract-claims` JSON shape."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

QUALIFIERS = ("exact", "more_than", "at_least", "about", "nearly", "up_to", "dozens")
SCOPES = ("including_principal", "excluding_principal", "unspecified")
CLAIM_KINDS = ("signatories", "joiners", "participants", "other")
ENTITY_KINDS = ("state", "partially_recognized", "supranational", "other")


@dataclass
class EntityMention:
    text: str
    start: int  # character offsets into the analysed text
    end: int
    code: str  # ISO 3166-1 alpha-3, XKX, EUU, EUC
    kind: str  # one of ENTITY_KINDS
    role: str = "mention"  # "signatory" inside an enumeration of endorsers
    sentence_start: int = 0
    sentence_end: int = 0


@dataclass
class ClaimPart:
    """One addend of a composite claim: a number, a named party, or a group expanded to its members."""

    value: int | None = None  # "32 non-EU countries" -> 32
    code: str | None = None  # "the EU" -> "EUU" as one party
    group: str | None = None  # "all EU member states" -> "EUU" expanded to its member states
    text: str = ""


@dataclass
class CountClaim:
    text: str  # the claim span, e.g. "more than 55 other countries"
    start: int
    end: int
    value: int | None  # None only for "dozens"
    qualifier: str  # one of QUALIFIERS
    noun: str  # counted noun, lemma, e.g. "country", "nation", "partner"
    scope: str  # one of SCOPES
    kind: str  # one of CLAIM_KINDS
    sentence_start: int = 0
    sentence_end: int = 0
    parts: list[ClaimPart] = field(default_factory=list)  # non-empty for composite claims


@dataclass
class Enumeration:
    start: int
    end: int
    codes: list[str]  # in order of mention, without duplicates
    cue: str = ""  # the phrase that made it a list of endorsers


@dataclass
class TextAnalysis:
    text: str
    entities: list[EntityMention] = field(default_factory=list)
    claims: list[CountClaim] = field(default_factory=list)
    enumerations: list[Enumeration] = field(default_factory=list)

    def sentence_of(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_contract(self) -> dict[str, Any]:
        """The `tally extract-claims` object (DESIGN.md)."""
        return {
            "entities": [
                {k: e.__dict__[k] for k in ("text", "start", "end", "code", "kind")}
                for e in self.entities
            ],
            "claims": [
                {
                    k: c.__dict__[k]
                    for k in ("text", "start", "end", "value", "qualifier", "noun", "scope", "kind")
                }
                | ({"parts": [asdict(p) for p in c.parts]} if c.parts else {})
                for c in self.claims
            ],
            "enumerations": [
                {"start": n.start, "end": n.end, "codes": list(n.codes)} for n in self.enumerations
            ],
        }
