"""One verdict per claim: match, consistent, explained or contradicts — one function per mechanism.

Order of the checks (`judge`), first success wins:

1. Composite claims ("all EU member states and 32 other countries") are sums: their parts, with the
   group expanded, are checked against the composite conventions (`explained_by_composite`).
2. ``match``: an exact figure equals a total of the latest roster (`match_convention`).
3. ``consistent``: a bound or an approximation holds for a total of the latest roster
   (`consistent_bound`). Tolerances: "about N" holds within ±max(2, 5 % of N); "nearly N" holds
   from N − max(2, 5 % of N) up to N; "up to N" for totals ≤ N; "dozens" for 24–99.
4. ``explained``, by the first mechanism that has evidence:
   (a) `explained_by_earlier_roster`: an earlier roster version, in force on the claim's day,
       gives the figure;
   (a') `explained_by_earlier_official_figure`: an official source said the same figure on or
       before the claim's day;
   (b) `explained_by_dropped_qualifier`: an exact figure equals another story's bounded figure
       ("more than 55") published on or before the claim's day — the qualifier was dropped;
   (c) `explained_by_composite` with a named group expanded ("the EU" read as its member states);
   (d) `explained_by_principal_scope`: the figure is a total that counts the principal the other
       way round (a sentence that sets the principal apart but counts it anyway, or the reverse).
5. ``contradicts``: nothing explains it; the explanation lists what was checked.

One exception to "first success wins": a figure that matches the latest list only under a strained
reading, while the list in force on the claim's day gives it under a plainer one (see
`conventions.unnaturalness`), is explained by that earlier list — it is what the author counted.

Claims that do not count signatories are not reconciled against the roster totals
(`judge_other_kind`): ``joiners`` match when an official list records an addition of that size,
otherwise they are ``consistent`` (nothing on the lists refutes them) with an explanation saying
they were not checked against the totals; ``participants`` and ``other`` are ``consistent`` for
the same reason — the roster says who endorsed, not who attended, and ``other`` numbers are not
counts of parties. The explanation always says so, so the verdict is never mistaken for a check.

Dates are compared by day; evidence with an unknown date cannot establish "earlier", so it is
not used.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp.gazetteer import entity_name, group_members
from pipelines.reconcile.citations import (
    cite_claim,
    cite_roster,
    claim_words,
    end_sentence,
    who_when,
)
from pipelines.reconcile.conventions import SCOPE_INCLUDING, rank_for_claim, unnaturalness
from pipelines.reconcile.dates import as_day, not_after
from pipelines.reconcile.models import ClaimRecord, Convention, RosterVersion, Verdict
from pipelines.reconcile.names import join_names, the_name
from pipelines.reconcile.rosters import latest_versions, versions_in_force

SIGNATORIES = "signatories"
BOUNDED = frozenset({"more_than", "at_least", "about", "nearly", "up_to", "dozens"})
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


def _bound_words(qualifier: str, value: int | None) -> str:
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


def _more(n: int, noun: str) -> str:
    """The note " (2 more sources say the same.)", or nothing when n is 0."""
    if n <= 0:
        return ""
    return f" ({n} more {noun}{'' if n == 1 else 's'} {'says' if n == 1 else 'say'} the same.)"


def _verdict(
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


def _disagreement_note(ctx: Context, roster: RosterVersion) -> str:
    """A sentence naming same-date official lists that count differently, or nothing."""
    if not roster.disagrees_with:
        return ""
    others = [r for r in latest_versions(ctx.rosters) if r.source_id in roster.disagrees_with]
    if not others:
        return ""
    parts = [f"{cite_roster(r)} names {len(r.entries)}" for r in others]
    return f" Note: official lists of the same date disagree — {'; '.join(parts)}."


def _first_fit(
    claim: ClaimRecord, conventions: list[Convention], qualifier: str
) -> tuple[Convention, list[Convention]] | None:
    """The most natural convention the claim's figure holds for, and other readings that also fit."""
    fits = [
        c
        for c in rank_for_claim(conventions, claim.noun, claim.scope)
        if holds(qualifier, claim.value, c.total)
    ]
    return (fits[0], fits[1:]) if fits else None


def match_convention(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """``match``: an exact figure equals a total of the latest roster; names the convention."""
    if claim.qualifier != "exact" or claim.value is None:
        return None
    found = _first_fit(claim, ctx.base_conventions(latest_versions(ctx.rosters)), "exact")
    if found is None:
        return None
    best, others = found
    roster = ctx.roster(best.roster_version)
    also = [o.label for o in others if o.roster_version == best.roster_version][:1]
    also_text = f" (It also equals {also[0]}.)" if also else ""
    explanation = (
        f"{claim_words(claim)} equals {best.label}, per {cite_roster(roster)}.{also_text}"
        f"{_disagreement_note(ctx, roster)}"
    )
    return _verdict(
        claim, "match", best.key, best.total, explanation, roster_version=best.roster_version
    )


def consistent_bound(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """``consistent``: a bound or approximation holds for a total of the latest roster."""
    if claim.qualifier not in BOUNDED:
        return None
    found = _first_fit(claim, ctx.base_conventions(latest_versions(ctx.rosters)), claim.qualifier)
    if found is None:
        return None
    best, _ = found
    roster = ctx.roster(best.roster_version)
    explanation = (
        f"{claim_words(claim)} is {_bound_words(claim.qualifier, claim.value)} that holds for "
        f"{best.label}, per {cite_roster(roster)}."
        f"{_disagreement_note(ctx, roster)}"
    )
    return _verdict(
        claim, "consistent", best.key, best.total, explanation, roster_version=best.roster_version
    )


def _changes_since(ctx: Context, version: RosterVersion) -> str:
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
        notes.append(f"version {later.version} ({cite_roster(later)}) {' and '.join(bits)}")
    return "; ".join(notes)


def explained_by_earlier_roster(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(a) The figure fits a roster version that was in force on the claim's day but is not the latest."""
    day = as_day(claim.article.published_at)
    if day is None or (claim.value is None and claim.qualifier != "dozens"):
        return None
    latest = {v.version for v in latest_versions(ctx.rosters)}
    earlier = [v for v in versions_in_force(ctx.rosters, day) if v.version not in latest]
    found = _first_fit(claim, ctx.base_conventions(earlier), claim.qualifier)
    if found is None:
        return None
    best, _ = found
    roster = ctx.roster(best.roster_version)
    how = "equals" if claim.qualifier == "exact" else "holds for"
    changes = _changes_since(ctx, roster)
    explanation = (
        f"{claim_words(claim)} {how} {best.label} on roster version {roster.version}, "
        f"{cite_roster(roster)}, the list in force when {who_when(claim)} published."
        + (f" Later lists changed the count: {changes}." if changes else "")
    )
    return _verdict(
        claim,
        "explained",
        best.key,
        best.total,
        explanation,
        mechanism="earlier_roster_version",
        roster_version=best.roster_version,
    )


def _scopes_compatible(a: str, b: str) -> bool:
    return a == b or "unspecified" in (a, b)


def _earlier_claims(claim: ClaimRecord, ctx: Context) -> list[ClaimRecord]:
    """Signatory claims with the same value, from other stories, on or before the claim's day."""
    found = [
        other
        for other in ctx.claims_with_value(claim.value)
        if other.claim_id != claim.claim_id
        and other.article.story_id != claim.article.story_id
        and other.kind == SIGNATORIES
        and _scopes_compatible(other.scope, claim.scope)
        and not_after(other.article.published_at, claim.article.published_at)
    ]
    return sorted(found, key=lambda c: (as_day(c.article.published_at) or "", c.claim_id))


def explained_by_earlier_official_figure(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(a') An official source gave the same figure on or before the claim's day."""
    if claim.value is None:
        return None
    evidence = [
        other
        for other in _earlier_claims(claim, ctx)
        if other.article.source_kind == "official"
        and other.value == claim.value
        and other.qualifier == claim.qualifier
    ]
    if not evidence:
        return None
    first = evidence[0]
    more = _more(len(evidence) - 1, "official statement")
    explanation = (
        f"{claim_words(claim)} repeats the figure an official source gave earlier or the same day: "
        f"{end_sentence(cite_claim(first))}{more} No total of the latest official list gives "
        f"{claim.value}."
    )
    return _verdict(
        claim,
        "explained",
        "earlier_official_figure",
        first.value,
        explanation,
        evidence=[e.claim_id for e in evidence],
        mechanism="earlier_official_figure",
    )


def explained_by_dropped_qualifier(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(b) An exact figure is another story's earlier bounded figure with its qualifier dropped."""
    if claim.qualifier != "exact" or claim.value is None:
        return None
    latest = ctx.base_conventions(latest_versions(ctx.rosters))
    evidence: list[tuple[ClaimRecord, Convention | None]] = []
    for other in _earlier_claims(claim, ctx):
        if other.value != claim.value or other.qualifier not in BOUNDED - {"dozens"}:
            continue
        # The bounded figure must itself hold when there is a roster to check it against;
        # a dropped qualifier does not explain anything if the original was wrong too.
        fit = _first_fit(claim, latest, other.qualifier) if latest else None
        if latest and fit is None:
            continue
        evidence.append((other, fit[0] if fit else None))
    if not evidence:
        return None
    first, conv = evidence[0]
    more = _more(len(evidence) - 1, "source")
    held = (
        f" The bounded figure holds for {conv.label}, per "
        f"{cite_roster(ctx.roster(conv.roster_version))}."
        if conv
        else " No official list is available to check the bounded figure."
    )
    explanation = (
        f"{claim_words(claim)} drops the “{QUALIFIER_WORDS[first.qualifier]}” of "
        f"{_bound_words(first.qualifier, first.value)} given earlier or the same day by "
        f"{end_sentence(cite_claim(first))}{more}{held}"
    )
    return _verdict(
        claim,
        "explained",
        conv.key if conv else "qualifier_dropped",
        conv.total if conv else None,
        explanation,
        evidence=[e.claim_id for e, _ in evidence],
        mechanism="qualifier_dropped",
        roster_version=conv.roster_version if conv else None,
    )


def _composite_groups(claim: ClaimRecord, expand_named: bool) -> list[str]:
    """Groups a composite claim expands: explicit ones, plus named groups when asked to."""
    groups = [p["group"] for p in claim.parts if p.get("group")]
    if expand_named:
        groups += [p["code"] for p in claim.parts if p.get("code") and group_members(p["code"])]
    return list(dict.fromkeys(groups))


def explained_by_composite(
    claim: ClaimRecord, ctx: Context, *, expand_named: bool = False
) -> Verdict | None:
    """(c) A composite's parts, one group expanded to its member states, sum to a convention's total.

    With ``expand_named`` a group named as one party ("the EU") is read as its member states.
    """
    groups = _composite_groups(claim, expand_named)
    if len(groups) != 1:
        return None  # several groups expanded at once: no convention sets more than one apart
    group = groups[0]
    members = group_members(group)
    numbers = sum(p.get("value") or 0 for p in claim.parts)
    named = [
        p["code"]
        for p in claim.parts
        if p.get("code") and p["code"] != group and not p.get("group")
    ]
    principal_named = ctx.principal in named
    # The rest the claim states: its numbers, plus parties it names besides the group.
    rest = numbers + len(named)
    scope = SCOPE_INCLUDING if principal_named else claim.scope
    latest = latest_versions(ctx.rosters)
    ranked = rank_for_claim(ctx.composite_conventions(latest, group), claim.noun, scope)
    fits = [c for c in ranked if c.total == rest and c.group_count == len(members)]
    if not fits:
        return None
    best = fits[0]
    roster = ctx.roster(best.roster_version)
    whole = best.group_count + best.total
    group_name = entity_name(group)
    named_text = f" + {join_names([the_name(c) for c in named])}" if named else ""
    how = f" (reading {the_name(group)} as its member states)" if expand_named else ""
    explanation = (
        f"{claim_words(claim)} is a sum: {len(members)} {group_name} member states "
        f"(all on the list) + {numbers}{named_text} = {len(members) + rest}{how}. "
        f"It splits {cite_roster(roster)} the same way: {best.group_count} {group_name} member "
        f"states and {best.label} — {whole} in all."
    )
    expected = whole if claim.value == len(members) + rest else best.total - len(named)
    return _verdict(
        claim,
        "explained",
        best.key,
        expected,
        explanation,
        mechanism="composite",
        roster_version=best.roster_version,
    )


def explained_by_principal_scope(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(d) An exact figure equals a total that counts the principal the other way round."""
    if claim.qualifier != "exact" or claim.value is None or claim.scope == "unspecified":
        return None
    latest = ctx.base_conventions(latest_versions(ctx.rosters))
    flipped = (
        "including_principal" if claim.scope == "excluding_principal" else "excluding_principal"
    )
    fits = [c for c in rank_for_claim(latest, claim.noun, flipped) if c.total == claim.value]
    if not fits:
        return None
    best = fits[0]
    principal = the_name(ctx.principal)
    if claim.scope == "excluding_principal":
        why = f"the sentence sets {principal} apart, yet the figure counts {principal} as well"
    else:
        why = f"the sentence counts {principal} among them, yet the figure leaves {principal} out"
    explanation = (
        f"{claim_words(claim)} equals {best.label}, per "
        f"{cite_roster(ctx.roster(best.roster_version))}: {why}."
    )
    return _verdict(
        claim,
        "explained",
        best.key,
        best.total,
        explanation,
        mechanism="principal_counted_differently",
        roster_version=best.roster_version,
    )


def _superseded_note(claim: ClaimRecord, ctx: Context) -> str:
    """A sentence naming an older list the figure fits, if one was replaced before the claim."""
    latest = {v.version for v in latest_versions(ctx.rosters)}
    in_force = {v.version for v in versions_in_force(ctx.rosters, claim.article.published_at)}
    old = [
        v
        for v in ctx.rosters
        if v.version not in latest | in_force and not_after(v.as_of, claim.article.published_at)
    ]
    found = _first_fit(claim, ctx.base_conventions(old), claim.qualifier)
    if found is None:
        return ""
    conv = found[0]
    return (
        f" It fits {conv.label} on {cite_roster(ctx.roster(conv.roster_version))}, but that list "
        f"had been replaced before the claim was published."
    )


def contradiction(claim: ClaimRecord, ctx: Context) -> Verdict:
    """``contradicts``: nothing explains the figure; the explanation says what was checked."""
    latest = latest_versions(ctx.rosters)
    what = claim_words(claim)
    if not latest:
        explanation = (
            f"{what} could not be checked: no official list of endorsers was found, no official "
            f"source gave the same figure earlier, and no other source gave it with a qualifier."
        )
        return _verdict(claim, "contradicts", None, None, explanation)
    ranked = rank_for_claim(ctx.base_conventions(latest), claim.noun, claim.scope)
    # Expected is the claim's most natural reading, so delta says how far off it is as worded.
    nearest = ranked[0] if ranked else None
    totals = sorted({c.total for c in ctx.base_conventions(latest)}, reverse=True)
    lists = "; ".join(f"{cite_roster(r)} names {len(r.entries)}" for r in latest)
    explanation = (
        f"Nothing explains {what}, {_bound_words(claim.qualifier, claim.value)}. Checked: "
        f"{lists}; its totals under every counting convention "
        f"({', '.join(str(t) for t in totals)}); the roster versions in force on "
        f"{claim.article.published_at or 'an unknown day'}; official figures and qualified "
        f"figures from other sources published on or before that day; composite sums; and "
        f"counting {the_name(ctx.principal)} the other way round."
        + (f" Read as {nearest.label}, the figure would be {nearest.total}." if nearest else "")
        + _superseded_note(claim, ctx)
    )
    expected = nearest.total if nearest else None
    return _verdict(
        claim,
        "contradicts",
        nearest.key if nearest else None,
        expected,
        explanation,
        roster_version=nearest.roster_version if nearest else None,
    )


def judge_other_kind(claim: ClaimRecord, ctx: Context) -> Verdict:
    """Claims that do not count signatories: say what they count; joiners checked against additions."""
    what = claim_words(claim)
    if claim.kind == "joiners" and claim.value is not None:
        day = as_day(claim.article.published_at)
        for roster in ctx.rosters:
            if roster.version == 1 or len(roster.added) != claim.value:
                continue
            if day is not None and roster.as_of is not None and roster.as_of > day:
                continue
            explanation = (
                f"{what} counts new endorsers, and {cite_roster(roster)} added exactly "
                f"{len(roster.added)}: {join_names([entity_name(c) for c in roster.added])}."
            )
            return _verdict(
                claim,
                "match",
                f"added_in_roster_version_{roster.version}",
                len(roster.added),
                explanation,
            )
        explanation = (
            f"{what} counts parties joining, not the endorsers in total, so it is not reconciled "
            f"against the roster totals; no official list records an addition of that size."
        )
        return _verdict(claim, "consistent", None, None, explanation)
    if claim.kind == "participants":
        explanation = (
            f"{what} counts participants (who attended or took part), not endorsers; the "
            f"official list says who endorsed, so it neither confirms nor refutes this figure."
        )
    else:
        explanation = (
            f"{what} is not a count of parties, so there is nothing to reconcile against the "
            f"official list."
        )
    return _verdict(claim, "consistent", None, None, explanation)


def judge(claim: ClaimRecord, ctx: Context) -> Verdict:
    """The verdict for one claim: the first check that succeeds, in the order documented above."""
    if claim.kind != SIGNATORIES:
        return judge_other_kind(claim, ctx)
    if claim.value is None and claim.qualifier != "dozens":
        return _verdict(
            claim,
            "consistent",
            None,
            None,
            f"{claim_words(claim)} gives no number, so there is nothing to check.",
        )
    composite = explained_by_composite(claim, ctx)
    if composite is not None:
        return composite
    matched = match_convention(claim, ctx) or consistent_bound(claim, ctx)
    earlier = explained_by_earlier_roster(claim, ctx)
    if matched is not None:
        # An old figure can coincide with a strained reading of the new list ("61 partners" after
        # the list grew to 63 equals "without partially recognised states"); when the list in
        # force on the claim's day gives it under a plainer reading, that is the truer account.
        if earlier is not None and _penalty(earlier, claim, ctx) < _penalty(matched, claim, ctx):
            return earlier
        return matched
    checks = (
        lambda c, x: earlier,
        explained_by_earlier_official_figure,
        explained_by_dropped_qualifier,
        lambda c, x: explained_by_composite(c, x, expand_named=True),
        explained_by_principal_scope,
    )
    for check in checks:
        verdict = check(claim, ctx)
        if verdict is not None:
            return verdict
    return contradiction(claim, ctx)


def _penalty(verdict: Verdict, claim: ClaimRecord, ctx: Context) -> float:
    """How strained the verdict's reading of the claim is (see conventions.unnaturalness)."""
    for conv in ctx.conventions:
        if conv.key == verdict.convention and conv.roster_version == verdict.roster_version:
            return unnaturalness(conv, claim.noun, claim.scope)
    return float("inf")
