"""Claims that do not count the endorsers in total: joiners, participants and other numbers.

``joiners`` match when a list added that many names over an earlier list, or the official count
rose by that much; otherwise they, ``participants`` and ``other`` numbers are ``consistent`` with
an explanation saying what they count and that the roster neither confirms nor refutes them.
"""

from __future__ import annotations

from nlp.gazetteer import entity_name
from pipelines.reconcile.checks import Context, make_verdict
from pipelines.reconcile.citations import cite_claim, cite_roster, claim_words
from pipelines.reconcile.dates import as_day
from pipelines.reconcile.models import ClaimRecord, Verdict
from pipelines.reconcile.names import join_names
from pipelines.reconcile.official_figures import official_figures
from pipelines.reconcile.rosters import versions_before


def joiners_in_rosters(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """A joiners figure equal to what one list added over an earlier one (published by then)."""
    published = versions_before(ctx.rosters, claim.article.published_at)
    # Consecutive versions first (recorded in ``added``), then wider spans ("since launch").
    pairs = [(None, v) for v in published if v.version > 1]
    pairs += [
        (a, b)
        for b in published
        for a in published
        if a.as_of is not None and b.as_of is not None and a.as_of < b.as_of
    ]
    for earlier, later in pairs:
        if earlier is None:
            added, removed = later.added, later.removed
        else:
            added = [c for c in later.codes if c not in set(earlier.codes)]
            removed = [c for c in earlier.codes if c not in set(later.codes)]
        if removed or len(added) != claim.value:
            continue
        since = f" over {cite_roster(earlier)}" if earlier is not None else ""
        explanation = (
            f"{claim_words(claim)} counts new endorsers, and {cite_roster(later)} added exactly "
            f"{len(added)}{since}: {join_names([entity_name(c) for c in added])}."
        )
        return make_verdict(
            claim,
            "match",
            f"added_in_roster_version_{later.version}",
            len(added),
            explanation,
            roster_version=later.version,
        )
    return None


def joiners_in_official_figures(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """A joiners figure equal to the rise between two official counts published by then.

    Official releases announce running totals between full lists ("now has 65 endorsing
    partners"); the rise from an earlier official figure, or from a list's total, is a count of
    joiners. Totals are compared under the same convention (the principal left out).
    """
    day = as_day(claim.article.published_at)
    figures = official_figures(ctx, day)
    for later in reversed(figures):
        after = as_day(later.article.published_at) or ""
        earlier_points: list[tuple[int, str]] = [
            (f.value or 0, cite_claim(f))
            for f in figures
            if (as_day(f.article.published_at) or "") < after
        ]
        earlier_points += [
            (c.total, f"{c.label}, per {cite_roster(ctx.roster(c.roster_version))}")
            for c in ctx.base_conventions(
                [v for v in ctx.rosters if v.as_of is not None and v.as_of < after]
            )
            if not c.includes_principal
        ]
        for total, cited in earlier_points:
            if (later.value or 0) - total == claim.value:
                explanation = (
                    f"{claim_words(claim)} counts new endorsers: the official count rose by "
                    f"{claim.value}, from {total} ({cited}) to {later.value} "
                    f"({cite_claim(later)})."
                )
                return make_verdict(
                    claim,
                    "match",
                    "official_figure_increase",
                    claim.value,
                    explanation,
                    evidence=[later.claim_id],
                )
    return None


def judge_other_kind(claim: ClaimRecord, ctx: Context) -> Verdict:
    """Claims that do not count signatories: say what they count; joiners checked against additions."""
    what = claim_words(claim)
    if claim.kind == "joiners" and claim.value is not None:
        found = joiners_in_rosters(claim, ctx) or joiners_in_official_figures(claim, ctx)
        if found is not None:
            return found
        explanation = (
            f"{what} counts parties joining, not the endorsers in total, so it is not reconciled "
            f"against the roster totals; no official list or official figure records an "
            f"addition of that size."
        )
        return make_verdict(claim, "consistent", None, None, explanation)
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
    return make_verdict(claim, "consistent", None, None, explanation)
