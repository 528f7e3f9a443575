"""One verdict per claim: match, consistent, explained or contradicts — one function per mechanism.

Shared helpers are in `checks`; mechanisms resting on official figures in `official_figures`;
joiners, participants and other numbers in `joiners`.

Every claim is judged against the lists *in force on its day* (`rosters.versions_for_claim`): the
latest dated list not after it; the first list for coverage older than every list; the latest
lists for an undated claim. Order of the checks (`judge`):

1. A count of one group's members only ("all 27 EU member states") is checked against how many
   of them the list names (`group_count`). Composite claims ("all EU member states and 32 other
   countries") are sums: their parts, with the group expanded, are checked against the composite
   conventions (`explained_by_composite`).
2. ``match``: an exact figure equals a total of the latest list, in force on the claim's day
   (`match_convention`).
3. ``consistent``: a bound or an approximation holds for a total of a list in force on the claim's
   day (`consistent_bound`) — it was true when written. Tolerances: "about N" holds within
   ±max(2, 5 % of N); "nearly N" from N − max(2, 5 % of N) up to N; "up to N" for totals ≤ N;
   "dozens" for 24–99.
4. ``explained``, by a mechanism that has evidence, tried in this order:
   (a) `explained_by_earlier_roster`: an earlier list gives the figure — the one in force on the
       claim's day, or one already replaced (an out-of-date figure), or for an undated claim any
       earlier list;
   (a'), (a''), (a3) live in `official_figures`:
   (a') `explained_by_earlier_official_figure`: an official source said the same figure on or
       before the claim's day (running totals in releases count);
   (a'') `explained_by_official_count`: the claim is an official source's own running total
       ("now has 65 endorsing partners"), between the list in force and the next list;
   (a3) `explained_by_retrospective_official_figure`: a later official source gives the same
       figure for an earlier stage ("launched by the United States and 60 partners"), or any
       official source gives it and the claim is undated;
   (b) `explained_by_dropped_qualifier`: an exact figure equals another story's bounded figure
       ("more than 55") published on or before the claim's day — the qualifier was dropped;
   (c) `explained_by_composite` with a named group expanded ("the EU" read as its member states);
   (d) `explained_by_principal_scope`: the figure is a total that counts the principal the other
       way round (a sentence that sets the principal apart but counts it anyway, or the reverse);
   (e) `explained_by_later_roster`: the figure fits only a list published after the claim.
   A strained reading (`conventions.unnaturalness` ≥ ``STRAINED``: partially recognised states
   left out, the principal counted among its own "partners") yields to any plain mechanism.
5. ``contradicts``: nothing explains it; the explanation lists what was checked.

One more preference: a figure that matches the latest list only under a strained reading, while an
earlier list gives it under a plainer one, is explained by that earlier list — it is what the
author counted.

Claims that do not count signatories are not reconciled against the roster totals
(`joiners.judge_other_kind`): ``joiners`` match when a list added that many names over an earlier list
(`joiners_in_rosters`) or the official count rose by that much (`joiners_in_official_figures`),
otherwise they are ``consistent`` (nothing refutes them) with an explanation saying they were
not checked; ``participants`` and ``other`` are ``consistent`` for the same reason — the roster
says who endorsed, not who attended, and ``other`` numbers are not counts of parties. The
explanation always says so, so the verdict is never mistaken for a check.

Dates are compared by day; evidence with an unknown date cannot establish "earlier", so it is
not used.
"""

from __future__ import annotations

from nlp.gazetteer import entity_name, group_members
from pipelines.reconcile.checks import (
    BOUNDED,
    QUALIFIER_WORDS,
    SIGNATORIES,
    STRAINED,
    Context,
    bound_words,
    changes_since,
    disagreement_note,
    first_fit,
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
from pipelines.reconcile.conventions import SCOPE_INCLUDING, rank_for_claim, unnaturalness
from pipelines.reconcile.dates import as_day, not_after
from pipelines.reconcile.joiners import judge_other_kind
from pipelines.reconcile.models import ClaimRecord, Convention, RosterVersion, Verdict
from pipelines.reconcile.names import join_names, the_name
from pipelines.reconcile.official_figures import (
    explained_by_earlier_official_figure,
    explained_by_official_count,
    explained_by_retrospective_official_figure,
)
from pipelines.reconcile.rosters import latest_versions, versions_before, versions_for_claim

__all__ = ["Context", "judge"]


def _current(claim: ClaimRecord, ctx: Context) -> list[RosterVersion]:
    """The lists in force on the claim's day that are also the latest (empty for older claims)."""
    latest = {v.version for v in latest_versions(ctx.rosters)}
    return [
        v
        for v in versions_for_claim(ctx.rosters, claim.article.published_at)
        if v.version in latest
    ]


def match_convention(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """``match``: an exact figure equals a total of the latest list, in force on the claim's day."""
    if claim.qualifier != "exact" or claim.value is None:
        return None
    found = first_fit(claim, ctx.base_conventions(_current(claim, ctx)), "exact")
    if found is None:
        return None
    best, others = found
    roster = ctx.roster(best.roster_version)
    also = [o.label for o in others if o.roster_version == best.roster_version][:1]
    also_text = f" (It also equals {also[0]}.)" if also else ""
    explanation = (
        f"{claim_words(claim)} equals {best.label}, per {cite_roster(roster)}.{also_text}"
        f"{disagreement_note(ctx, roster)}"
    )
    return make_verdict(
        claim, "match", best.key, best.total, explanation, roster_version=best.roster_version
    )


def consistent_bound(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """``consistent``: a bound or approximation holds for a total of a list in force on its day.

    The latest list in force is tried first; a bound that held for the list in force when it was
    published is consistent too (it was true when written), and the explanation says what the
    later lists count.
    """
    if claim.qualifier not in BOUNDED:
        return None
    current = _current(claim, ctx)
    in_force = versions_for_claim(ctx.rosters, claim.article.published_at)
    found = first_fit(claim, ctx.base_conventions(current), claim.qualifier)
    if found is None:
        found = first_fit(claim, ctx.base_conventions(in_force), claim.qualifier)
    if found is None:
        return None
    best, _ = found
    roster = ctx.roster(best.roster_version)
    changes = changes_since(ctx, roster)
    later = (
        f" It was published while that list was in force; later lists changed the count: {changes}."
        if changes and not current
        else ""
    )
    explanation = (
        f"{claim_words(claim)} is {bound_words(claim.qualifier, claim.value)} that holds for "
        f"{best.label}, per {cite_roster(roster)}.{later}"
        f"{disagreement_note(ctx, roster)}"
    )
    return make_verdict(
        claim, "consistent", best.key, best.total, explanation, roster_version=best.roster_version
    )


def explained_by_earlier_roster(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(a) The figure fits an earlier list: in force on the claim's day, or since replaced.

    Lists in force on the claim's day are tried first, then replaced ones, most recent first: a
    stale figure repeats the last count its author knew. For an undated claim every earlier list
    is a candidate, and the explanation says the date is unknown.
    """
    if claim.value is None and claim.qualifier != "dozens":
        return None
    latest = {v.version for v in latest_versions(ctx.rosters)}
    when = claim.article.published_at
    in_force = [v for v in versions_for_claim(ctx.rosters, when) if v.version not in latest]
    force_ids = {v.version for v in in_force}
    replaced = sorted(
        (
            v
            for v in versions_before(ctx.rosters, when)
            if v.version not in latest and v.version not in force_ids
        ),
        key=lambda v: -v.version,
    )
    found = first_fit(claim, ctx.base_conventions(in_force), claim.qualifier)
    for version in replaced:
        if found is not None:
            break
        found = first_fit(claim, ctx.base_conventions([version]), claim.qualifier)
    if found is None:
        return None
    best, _ = found
    roster = ctx.roster(best.roster_version)
    how = "equals" if claim.qualifier == "exact" else "holds for"
    changes = changes_since(ctx, roster)
    if as_day(when) is None:
        status = f"an earlier list; {who_when(claim)} gives no date, so it may predate the change"
    elif best.roster_version in force_ids:
        status = f"the list in force when {who_when(claim)} published"
    else:
        status = f"a list already replaced when {who_when(claim)} published, so the figure is dated"
    explanation = (
        f"{claim_words(claim)} {how} {best.label}, per roster version {roster.version}, "
        f"{cite_roster(roster)}: {status}."
        + (f" Later lists changed the count: {changes}." if changes else "")
    )
    return make_verdict(
        claim,
        "explained",
        best.key,
        best.total,
        explanation,
        mechanism="earlier_roster_version",
        roster_version=best.roster_version,
    )


def explained_by_later_roster(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(e) The figure fits only a list published after the claim: additions it reported early."""
    day = as_day(claim.article.published_at)
    if day is None or (claim.value is None and claim.qualifier != "dozens"):
        return None
    later = [v for v in ctx.rosters if v.as_of is not None and v.as_of > day]
    found = first_fit(claim, ctx.base_conventions(later), claim.qualifier)
    if found is None:
        return None
    best, _ = found
    roster = ctx.roster(best.roster_version)
    then = versions_for_claim(ctx.rosters, day)
    then_text = "; ".join(f"{cite_roster(r)} named {len(r.entries)}" for r in then)
    how = "equals" if claim.qualifier == "exact" else "holds for"
    explanation = (
        f"{claim_words(claim)} {how} {best.label}, per roster version {roster.version}, "
        f"{cite_roster(roster)}, published after {who_when(claim)}"
        + (f"; when it was published {then_text}" if then_text else "")
        + ". The figure counts endorsers that joined before the official list was updated."
    )
    return make_verdict(
        claim,
        "explained",
        best.key,
        best.total,
        explanation,
        mechanism="later_roster_version",
        roster_version=best.roster_version,
    )


def _earlier_claims(claim: ClaimRecord, ctx: Context) -> list[ClaimRecord]:
    """Signatory claims with the same value, from other stories, on or before the claim's day."""
    found = [
        other
        for other in ctx.claims_with_value(claim.value)
        if other.claim_id != claim.claim_id
        and other.article.story_id != claim.article.story_id
        and other.kind == SIGNATORIES
        and scopes_compatible(other.scope, claim.scope)
        and not_after(other.article.published_at, claim.article.published_at)
    ]
    return sorted(found, key=lambda c: (as_day(c.article.published_at) or "", c.claim_id))


def explained_by_dropped_qualifier(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(b) An exact figure is another story's earlier bounded figure with its qualifier dropped."""
    if claim.qualifier != "exact" or claim.value is None:
        return None
    latest = ctx.base_conventions(versions_for_claim(ctx.rosters, claim.article.published_at))
    evidence: list[tuple[ClaimRecord, Convention | None]] = []
    for other in _earlier_claims(claim, ctx):
        if other.value != claim.value or other.qualifier not in BOUNDED - {"dozens"}:
            continue
        # The bounded figure must itself hold when there is a roster to check it against;
        # a dropped qualifier does not explain anything if the original was wrong too.
        fit = first_fit(claim, latest, other.qualifier) if latest else None
        if latest and fit is None:
            continue
        evidence.append((other, fit[0] if fit else None))
    if not evidence:
        return None
    first, conv = evidence[0]
    more = more_note(len(evidence) - 1, "source")
    held = (
        f" The bounded figure holds for {conv.label}, per "
        f"{cite_roster(ctx.roster(conv.roster_version))}."
        if conv
        else " No official list is available to check the bounded figure."
    )
    explanation = (
        f"{claim_words(claim)} drops the “{QUALIFIER_WORDS[first.qualifier]}” of "
        f"{bound_words(first.qualifier, first.value)} given earlier or the same day by "
        f"{end_sentence(cite_claim(first))}{more}{held}"
    )
    return make_verdict(
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


def _versions_by_nearness(claim: ClaimRecord, ctx: Context) -> list[list[RosterVersion]]:
    """The lists in force on the claim's day, then each other version, nearest in time first."""
    in_force = versions_for_claim(ctx.rosters, claim.article.published_at)
    seen = {v.version for v in in_force}
    before = list(reversed(versions_before(ctx.rosters, claim.article.published_at)))
    rest = [v for v in before + list(ctx.rosters) if v.version not in seen]
    ordered = list({v.version: v for v in rest}.values())
    return [in_force] + [[v] for v in ordered]


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
    # A group part may carry its own size ("all 27 EU member states"): the group, not the rest.
    numbers = sum(p.get("value") or 0 for p in claim.parts if not p.get("group"))
    named = [
        p["code"]
        for p in claim.parts
        if p.get("code") and p["code"] != group and not p.get("group")
    ]
    principal_named = ctx.principal in named
    # The rest the claim states: its numbers, plus parties it names besides the group.
    rest = numbers + len(named)
    scope = SCOPE_INCLUDING if principal_named else claim.scope
    fits: list[Convention] = []
    # The lists in force first; then the others, nearest first: a split repeated from an
    # earlier list (or ahead of a later one) is still an exact sum of some official list.
    for versions in _versions_by_nearness(claim, ctx):
        ranked = rank_for_claim(ctx.composite_conventions(versions, group), claim.noun, scope)
        fits = [c for c in ranked if c.total == rest and c.group_count == len(members)]
        if fits:
            break
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
    return make_verdict(
        claim,
        "explained",
        best.key,
        expected,
        explanation,
        mechanism="composite",
        roster_version=best.roster_version,
    )


def group_count(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """A count of one group's members only ("all 27 EU member states"), checked on the list.

    Such a figure is a part of the endorsers, not their total: it is a ``match`` when the list in
    force names that many of the group's members (``consistent`` for a bound that holds).
    """
    if len(claim.parts) != 1 or not claim.parts[0].get("group"):
        return None
    group = claim.parts[0]["group"]
    members = set(group_members(group))
    value = claim.parts[0].get("value") or claim.value
    in_force = versions_for_claim(ctx.rosters, claim.article.published_at)
    if not members or value is None or not in_force:
        return None
    for roster in in_force:
        on_list = [c for c in roster.codes if c in members]
        if not holds(claim.qualifier, value, len(on_list)):
            continue
        all_of = " — all of them" if len(on_list) == len(members) else ""
        explanation = (
            f"{claim_words(claim)} counts only {the_name(group)}'s member states, not all "
            f"endorsers: {cite_roster(roster)} names {len(on_list)} of them{all_of}."
        )
        verdict = "match" if claim.qualifier == "exact" else "consistent"
        return make_verdict(
            claim,
            verdict,
            f"{group.lower()}_members_on_list",
            len(on_list),
            explanation,
            mechanism="group_members",
            roster_version=roster.version,
        )
    return None


def explained_by_principal_scope(claim: ClaimRecord, ctx: Context) -> Verdict | None:
    """(d) An exact figure equals a total that counts the principal the other way round."""
    if claim.qualifier != "exact" or claim.value is None or claim.scope == "unspecified":
        return None
    latest = ctx.base_conventions(versions_for_claim(ctx.rosters, claim.article.published_at))
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
    return make_verdict(
        claim,
        "explained",
        best.key,
        best.total,
        explanation,
        mechanism="principal_counted_differently",
        roster_version=best.roster_version,
    )


def contradiction(claim: ClaimRecord, ctx: Context) -> Verdict:
    """``contradicts``: nothing explains the figure; the explanation says what was checked."""
    latest = versions_for_claim(ctx.rosters, claim.article.published_at)
    what = claim_words(claim)
    if not latest:
        explanation = (
            f"{what} could not be checked: no official list of endorsers was found, no official "
            f"source gave the same figure earlier, and no other source gave it with a qualifier."
        )
        return make_verdict(claim, "contradicts", None, None, explanation)
    ranked = rank_for_claim(ctx.base_conventions(latest), claim.noun, claim.scope)
    # Expected is the claim's most natural reading, so delta says how far off it is as worded.
    nearest = ranked[0] if ranked else None
    totals = sorted({c.total for c in ctx.base_conventions(latest)}, reverse=True)
    lists = "; ".join(f"{cite_roster(r)} names {len(r.entries)}" for r in latest)
    explanation = (
        f"Nothing explains {what}, {bound_words(claim.qualifier, claim.value)}. Checked: "
        f"{lists}; its totals under every counting convention "
        f"({', '.join(str(t) for t in totals)}); the roster versions in force on "
        f"{claim.article.published_at or 'an unknown day'}, earlier and later; official figures and qualified figures from other sources published on or "
        f"before that day; composite sums; and counting {the_name(ctx.principal)} the other "
        f"way round."
        + (f" Read as {nearest.label}, the figure would be {nearest.total}." if nearest else "")
    )
    expected = nearest.total if nearest else None
    return make_verdict(
        claim,
        "contradicts",
        nearest.key if nearest else None,
        expected,
        explanation,
        roster_version=nearest.roster_version if nearest else None,
    )


def judge(claim: ClaimRecord, ctx: Context) -> Verdict:
    """The verdict for one claim: the first check that succeeds, in the order documented above."""
    if claim.kind != SIGNATORIES:
        return judge_other_kind(claim, ctx)
    if claim.value is None and claim.qualifier != "dozens":
        return make_verdict(
            claim,
            "consistent",
            None,
            None,
            f"{claim_words(claim)} gives no number, so there is nothing to check.",
        )
    composite = group_count(claim, ctx) or explained_by_composite(claim, ctx)
    if composite is not None:
        return composite
    matched = match_convention(claim, ctx) or consistent_bound(claim, ctx)
    earlier = explained_by_earlier_roster(claim, ctx)
    if matched is not None:
        # An old figure can coincide with a strained reading of the new list ("61 partners" after
        # the list grew to 63 equals "without partially recognised states"); when an earlier list
        # gives it under a plainer reading, that is the truer account.
        if earlier is not None and _penalty(earlier, claim, ctx) < _penalty(matched, claim, ctx):
            return earlier
        return matched
    checks = (
        lambda c, x: earlier,
        explained_by_earlier_official_figure,
        explained_by_official_count,
        explained_by_retrospective_official_figure,
        explained_by_dropped_qualifier,
        lambda c, x: explained_by_composite(c, x, expand_named=True),
        explained_by_principal_scope,
        explained_by_later_roster,
    )
    found = [v for v in (check(claim, ctx) for check in checks) if v is not None]
    # Mechanisms are tried in order, but a strained reading (the principal counted among its
    # own "partners", partially recognised states left out) yields to any plain one that explains
    # the figure: "62 endorsing partners" after an official release announced 62 is that figure,
    # not the launch list plus the United States.
    plain = [v for v in found if _penalty(v, claim, ctx) < STRAINED]
    if found:
        return (plain or found)[0]
    return contradiction(claim, ctx)


def _penalty(verdict: Verdict, claim: ClaimRecord, ctx: Context) -> float:
    """How strained the verdict's reading of the claim is (see conventions.unnaturalness)."""
    for conv in ctx.conventions:
        if conv.key == verdict.convention and conv.roster_version == verdict.roster_version:
            return unnaturalness(conv, claim.noun, claim.scope)
    return 0.0  # mechanisms without a counting convention (official figures) read plainly
