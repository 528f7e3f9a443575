"""What every verdict check shares: the context, when a figure holds, and how verdicts are built.

Tolerances (`holds`): "about N" holds within ±max(2, 5 % of N) of a total; "nearly N" from
N − max(2, 5 % of N) up to N; "up to N" for totals ≤ N; "dozens" for 24–99.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp.gazetteer import entity_name
from pipelines.reconcile.citations import cite_roster
from pipelines.reconcile.conventions import rank_for_claim
from pipelines.reconcile.models import ClaimRecord, Convention, RosterVersion, Verdict
from pipelines.reconcile.names import join_names

SIGNATORIES = "signatories"
BOUNDED = frozenset({"more_than", "at_least", "about", "nearly", "up_to", "dozens"})
STRAINED = 2.0  # an unnaturalness from which a reading yields to plainer explanations
DOZENS_RANGE = (24, 99)  # "dozens": at least two dozen, and nobody says "dozens" for 100+


@dataclass
class Context:
    """What every check may look at: the principal, the rosters, their conventions, all claims."""

    principal: str
    rosters: list[RosterVersion]
    conventions: list[Convention]
    claims: list[ClaimRecord] = field(default_factory=list)
    _by_value: dict[int | None, list[ClaimRecord]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Evidence is looked up by value for every claim; an index keeps that linear overall.
        self._by_value = {}
        for claim in self.claims:
            self._by_value.setdefault(claim.value, []).append(claim)

    def claims_with_value(self, value: int | None) -> list[ClaimRecord]:
        """All claims stating this value."""
        return self._by_value.get(value, [])

    def roster(self, version: int) -> RosterVersion:
        """The roster version with this number."""
        return next(r for r in self.rosters if r.version == version)

    def base_conventions(self, versions: list[RosterVersion]) -> list[Convention]:
        """Non-composite conventions of the given versions, in version order."""
        wanted = {v.version for v in versions}
        return [c for c in self.conventions if c.group is None and c.roster_version in wanted]

    def composite_conventions(self, versions: list[RosterVersion], group: str) -> list[Convention]:
        """Composite conventions of the given versions that set ``group`` apart."""
        wanted = {v.version for v in versions}
        return [c for c in self.conventions if c.group == group and c.roster_version in wanted]


def tolerance(value: int) -> int:
    """How far "about N" / "nearly N" may be from a total: 5 % of N, at least 2."""
    return max(2, round(value * 0.05))


def holds(qualifier: str, value: int | None, total: int) -> bool:
    """Whether a figure with this qualifier is true of ``total``."""
    if qualifier == "dozens":
        return DOZENS_RANGE[0] <= total <= DOZENS_RANGE[1]
    if value is None:
        return False
    if qualifier == "exact":
        return total == value
    if qualifier == "more_than":
        return total > value
    if qualifier == "at_least":
        return total >= value
    if qualifier == "up_to":
        return total <= value
    if qualifier == "about":
        return abs(total - value) <= tolerance(value)
    if qualifier == "nearly":
        return value - tolerance(value) <= total <= value
    return False


QUALIFIER_WORDS = {
    "more_than": "more than",
    "at_least": "at least",
    "about": "about",
    "nearly": "nearly",
    "up_to": "up to",
    "dozens": "dozens",
}


def bound_words(qualifier: str, value: int | None) -> str:
    """Plain words for the kind of figure a qualifier makes ("a lower bound")."""
    if qualifier == "dozens":
        return f"an indefinite count (dozens, read as {DOZENS_RANGE[0]} to {DOZENS_RANGE[1]})"
    tol = tolerance(value or 0)
    return {
        "more_than": "a lower bound",
        "at_least": "a lower bound",
        "up_to": "an upper bound",
        "about": f"an approximation (within {tol} either way)",
        "nearly": f"an approximation from below (within {tol})",
    }.get(qualifier, "an exact figure")


def more_note(n: int, noun: str) -> str:
    """The note " (2 more sources say the same.)", or nothing when n is 0."""
    if n <= 0:
        return ""
    return f" ({n} more {noun}{'' if n == 1 else 's'} {'says' if n == 1 else 'say'} the same.)"


def make_verdict(
    claim: ClaimRecord,
    verdict: str,
    convention: str | None,
    expected: int | None,
    explanation: str,
    *,
    evidence: list[str] | None = None,
    mechanism: str | None = None,
    roster_version: int | None = None,
) -> Verdict:
    delta = claim.value - expected if claim.value is not None and expected is not None else None
    return Verdict(
        claim_id=claim.claim_id,
        verdict=verdict,
        convention=convention,
        expected=expected,
        delta=delta,
        explanation=explanation,
        evidence_claim_ids=list(evidence or []),
        mechanism=mechanism,
        roster_version=roster_version,
    )


def disagreement_note(ctx: Context, roster: RosterVersion) -> str:
    """A sentence naming same-date official lists that count differently, or nothing."""
    if not roster.disagrees_with:
        return ""
    others = [
        r for r in ctx.rosters if r.source_id in roster.disagrees_with and r.as_of == roster.as_of
    ]
    if not others:
        return ""
    parts = [f"{cite_roster(r)} names {len(r.entries)}" for r in others]
    return f" Note: official lists of the same date disagree — {'; '.join(parts)}."


def first_fit(
    claim: ClaimRecord, conventions: list[Convention], qualifier: str
) -> tuple[Convention, list[Convention]] | None:
    """The most natural convention the claim's figure holds for, and other readings that also fit."""
    fits = [
        c
        for c in rank_for_claim(conventions, claim.noun, claim.scope)
        if holds(qualifier, claim.value, c.total)
    ]
    return (fits[0], fits[1:]) if fits else None


def changes_since(ctx: Context, version: RosterVersion) -> str:
    """What later official lists changed, e.g. "version 2 (X, 2022-05-10) added A and B"."""
    notes = []
    for later in ctx.rosters:
        if later.version <= version.version or not (later.added or later.removed):
            continue
        bits = []
        if later.added:
            bits.append("added " + join_names([entity_name(c) for c in later.added]))
        if later.removed:
            bits.append("removed " + join_names([entity_name(c) for c in later.removed]))
        who = later.publisher or later.source_id
        notes.append(
            f"version {later.version} ({who}, {later.as_of or 'undated'}) {' and '.join(bits)}"
        )
    return "; ".join(notes)


def scopes_compatible(a: str, b: str) -> bool:
    return a == b or "unspecified" in (a, b)
