"""Inputs and outputs of reconciliation: plain data, no orchestrator."""

from __future__ import annotations

from dataclasses import dataclass, field

VERDICTS = ("match", "consistent", "explained", "contradicts")


@dataclass
class ArticleRef:
    """The article-level facts reconciliation and the report need."""

    article_id: str
    source_id: str
    source_kind: str  # official | news | blog | aggregator
    publisher: str | None
    url: str | None
    title: str | None
    published_at: str | None  # ISO date
    story_id: str  # syndicated copies of one story share it
    page_id: str | None = None  # the page an aggregated story was quoted on


@dataclass
class ClaimRecord:
    """One count claim in one article, with its sentence quoted."""

    claim_id: str
    article: ArticleRef
    sentence: str
    text: str
    value: int | None
    qualifier: str
    noun: str
    scope: str
    kind: str
    start: int
    end: int
    parts: list[dict] = field(default_factory=list)  # nlp.models.ClaimPart as dicts


@dataclass
class EnumerationRecord:
    """An enumeration of endorsers found in an article."""

    article: ArticleRef
    codes: list[str]
    start: int
    end: int
    sentence: str


@dataclass
class RosterEntry:
    code: str
    name: str
    kind: str  # state | partially_recognized | supranational | other


@dataclass
class RosterVersion:
    version: int  # 1, 2, ... in order of as_of
    as_of: str | None  # ISO date of the official list
    source_id: str
    article_id: str
    entries: list[RosterEntry]
    added: list[str] = field(default_factory=list)  # codes new since the previous version
    removed: list[str] = field(default_factory=list)  # codes gone since the previous version
    # source ids of same-date lists that differ
    disagrees_with: list[str] = field(default_factory=list)
    publisher: str | None = None  # who published the list, for reports

    @property
    def codes(self) -> list[str]:
        return [e.code for e in self.entries]


@dataclass
class Convention:
    """One honest way of counting a roster version."""

    key: str  # stable id, e.g. "endorsers_without_principal"
    label: str  # plain name a reviewer understands
    total: int
    roster_version: int
    description: str = ""
    includes_principal: bool = False  # the principal counted (whether or not the list names it)
    includes_supranational: bool = True  # supranational bodies such as the European Commission
    includes_partially_recognized: bool = True  # states such as Taiwan and Kosovo
    group: str | None = None  # composite: this group's members on the list are set apart...
    group_count: int = 0  # ...this many of them; `total` then counts the rest


@dataclass
class Verdict:
    claim_id: str
    verdict: str  # one of VERDICTS
    convention: str | None  # Convention.key, or the mechanism used
    expected: int | None
    delta: int | None  # claimed - expected
    explanation: str  # plain language, citing evidence (source and sentence)
    evidence_claim_ids: list[str] = field(default_factory=list)
    # article ids carrying the same claim
    syndicated_copies: list[str] = field(default_factory=list)
    mechanism: str | None = None  # for explained verdicts: what explains the difference
    roster_version: int | None = None  # the roster version `convention` belongs to


@dataclass
class Reconciliation:
    """Everything the report and the warehouse need from one reconciliation."""

    topic_name: str
    principal: str
    rosters: list[RosterVersion]
    conventions: list[Convention]
    claims: list[ClaimRecord]
    verdicts: dict[str, Verdict]  # by claim_id
    answer: list[str]  # the summary paragraphs the report opens with
