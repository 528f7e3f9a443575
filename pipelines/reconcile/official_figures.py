"""Verdicts that rest on official figures rather than lists: totals official sources state.

Official releases announce running totals between full lists ("the Declaration now has 65
endorsing partners"), and later pages recall earlier stages ("launched by the United States and
60 partners"). Those statements are evidence in their own right (DESIGN.md: "an earlier roster
version or earlier official figure").
"""

from __future__ import annotations

from pipelines.reconcile.checks import (
    SIGNATORIES,
    Context,
    bound_words,
    holds,
    make_verdict,
    more_note,
    scopes_compatible,
)
from pipelines.reconcile.citations import (
    cite_claim,
    cite_roster,
    claim_words,
    end_sentence,
    who_when,
)
from pipelines.reconcile.dates import as_day, not_after
from pipelines.reconcile.models import ClaimRecord, Verdict
from pipelines.reconcile.names import the_name
from pipelines.reconcile.rosters import versions_in_force


def explained_by_earlier_official_figure(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(a') An official source gave the same figure on or before the claim's day."""
    if claim.value is None:
        return None
    evidence = sorted(
        (
            other
            for other in ctx.claims
            if other.claim_id != claim.claim_id
            and other.article.story_id != claim.article.story_id
            and other.article.source_kind == "official"
            and other.kind == SIGNATORIES
            and other.qualifier == "exact"
            and other.value is not None
            and not_after(other.article.published_at, claim.article.published_at)
            and _fits_official_figure(claim, other)
        ),
        # The same number first, then the latest figure before the claim: the one it most
        # likely repeats.
        key=lambda o: (
            o.value != claim.value,
            as_day(o.article.published_at) or "",
            o.claim_id,
        ),
    )
    if not evidence:
        return None
    first = evidence[0]
    more = more_note(len(evidence) - 1, "official statement")
    how = _official_fit_words(claim, first, the_name(ctx.principal))
    explanation = (
        f"{claim_words(claim)} repeats the figure an official source gave earlier or the same "
        f"day{how}: "
        f"{end_sentence(cite_claim(first))}{more} No total of the official list in force then gives "
        f"{claim.value}."
    )
    return make_verdict(
        claim,
        "explained",
        "earlier_official_figure",
        first.value,
        explanation,
        evidence=[e.claim_id for e in evidence],
        mechanism="earlier_official_figure",
    )


def _fits_official_figure(claim: ClaimRecord, figure: ClaimRecord) -> bool:
    """Whether a claim states an official figure: the same number, a bound that holds for it, or
    the same count with the principal added ("61 countries" for "the US and 60 partners")."""
    total = figure.value or 0
    if claim.qualifier != "exact":
        return holds(claim.qualifier, claim.value, total)
    if claim.value == total:
        return scopes_compatible(claim.scope, figure.scope)
    return (
        claim.value == total + 1
        and figure.scope == "excluding_principal"
        and claim.scope != "excluding_principal"
    )


def _official_fit_words(claim: ClaimRecord, figure: ClaimRecord, principal: str) -> str:
    """How the claim relates to the official figure, as a clause ("" when it is the same)."""
    if claim.qualifier != "exact":
        return f" ({figure.value}), for which it is {bound_words(claim.qualifier, claim.value)}"
    if claim.value != figure.value:
        return f" ({figure.value}) with {principal} counted too"
    return ""


def explained_by_retrospective_official_figure(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(a3) An official source gives the same figure for an earlier stage, or for an undated claim.

    A page published after the claim may still state the count the claim repeats ("launched in
    April 2022 by the United States and 60 partners", on a 2023 page listing 70): a figure below
    every total of the lists in force when the official source spoke describes an earlier stage.
    Without a date for the claim, any dated official figure may be what it repeats.
    """
    if claim.value is None:
        return None
    day = as_day(claim.article.published_at)
    evidence = []
    for other in ctx.claims:
        other_day = as_day(other.article.published_at)
        if (
            other.claim_id == claim.claim_id
            or other.article.story_id == claim.article.story_id
            or other.article.source_kind != "official"
            or other.kind != SIGNATORIES
            or other.qualifier != "exact"
            or other.value is None
            or other_day is None
            or not _fits_official_figure(claim, other)
        ):
            continue
        if day is not None:
            if other_day <= day:
                continue  # earlier official figures are (a')
            # Retrospective only if a list then in force already counted more.
            then = ctx.base_conventions(versions_in_force(ctx.rosters, other_day))
            if not then or other.value >= min(c.total for c in then):
                continue
        evidence.append(other)
    if not evidence:
        return None
    evidence.sort(
        key=lambda c: (c.value != claim.value, as_day(c.article.published_at) or "", c.claim_id)
    )
    first = evidence[0]
    when = (
        f"{who_when(claim)} gives no date, and an official source gives the same figure"
        if day is None
        else "an official source, writing later, gives the same figure for an earlier stage"
    )
    how = _official_fit_words(claim, first, the_name(ctx.principal))
    explanation = (
        f"{claim_words(claim)}: {when}{how}: {end_sentence(cite_claim(first))}"
        f"{more_note(len(evidence) - 1, 'official statement')}"
    )
    return make_verdict(
        claim,
        "explained",
        "official_figure",
        first.value,
        explanation,
        evidence=[e.claim_id for e in evidence],
        mechanism="official_figure",
    )


def official_figures(ctx: Context, day: str | None) -> list[ClaimRecord]:
    """Exact signatory figures official sources gave on or before ``day`` (all when undated)."""
    return sorted(
        (
            c
            for c in ctx.claims
            if c.article.source_kind == "official"
            and c.kind == SIGNATORIES
            and c.qualifier == "exact"
            and c.value is not None
            and as_day(c.article.published_at) is not None
            and (day is None or not_after(c.article.published_at, day))
        ),
        key=lambda c: (as_day(c.article.published_at) or "", c.claim_id),
    )


def explained_by_official_count(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(a'') An official source's own running total ("now has 65 endorsing partners").

    Official releases announce joiners between full lists; their totals are evidence in
    themselves. The figure must not be below what the list in force counts, nor above what the
    next official list counts: the declaration grew between the two.
    """
    if claim.article.source_kind != "official" or claim.qualifier != "exact" or claim.value is None:
        return None
    day = as_day(claim.article.published_at)
    # Strictly the lists in force: before the first list nothing sets a floor.
    in_force = versions_in_force(ctx.rosters, day) if day is not None else []
    floor = min((c.total for c in ctx.base_conventions(in_force)), default=0)
    later = [v for v in ctx.rosters if day is not None and v.as_of is not None and v.as_of > day]
    ceiling = max((c.total for c in ctx.base_conventions(later[:1])), default=None)
    if not in_force and ceiling is not None:
        # Before the first list, a running total is at least a good share of it: a declaration
        # does not more than double between an announcement and its list ("three partners").
        floor = int(min(c.total for c in ctx.base_conventions(later[:1])) * 0.5)
    if claim.value < floor or (ceiling is not None and claim.value > ceiling):
        return None
    # Growth needs room: with no later list, only a figure published after the list in force
    # can count endorsers that list does not name yet; on the list's own day it just disagrees.
    top = max((c.total for c in ctx.base_conventions(in_force)), default=0)
    newest = max((v.as_of or "" for v in in_force), default="")
    if ceiling is None and claim.value > top and (day is None or day <= newest):
        return None
    bounds = [f"{cite_roster(r)} names {len(r.entries)}" for r in in_force]
    if ceiling is not None:
        bounds.append(f"the next, {cite_roster(later[0])}, names {len(later[0].entries)}")
    explanation = (
        f"{claim_words(claim)} is the official source's own running total "
        f"({who_when(claim)}). No official list of that size was found; the figure fits the "
        f"declaration's growth between lists" + (f": {'; '.join(bounds)}" if bounds else "") + "."
    )
    return make_verdict(
        claim,
        "explained",
        "official_running_total",
        claim.value,
        explanation,
        mechanism="official_running_total",
    )
