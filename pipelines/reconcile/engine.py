"""Reconciliation entry point: rosters, conventions, verdicts and the answer, in one call.

Plain Python, no orchestrator: the Dagster asset calls `reconcile` and stores the result.
"""

from __future__ import annotations

from dataclasses import replace

from nlp.gazetteer import group_members
from pipelines.reconcile.answer import write_answer
from pipelines.reconcile.conventions import build_conventions
from pipelines.reconcile.models import ClaimRecord, EnumerationRecord, Reconciliation, Verdict
from pipelines.reconcile.rosters import build_rosters
from pipelines.reconcile.syndication import other_copies, syndicated_groups
from pipelines.reconcile.verdicts import Context, judge


def groups_in_claims(claims: list[ClaimRecord]) -> list[str]:
    """Groups that composite claims count as their members ("all EU member states", "the EU")."""
    found: dict[str, None] = {}
    for claim in claims:
        for part in claim.parts:
            for code in (part.get("group"), part.get("code")):
                if code and group_members(code):
                    found.setdefault(code, None)
    return list(found)


def stated_totals(claims: list[ClaimRecord], kind: str = "signatories") -> dict[str, int]:
    """The largest exact figure of this kind each article states, by article id."""
    totals: dict[str, int] = {}
    for claim in claims:
        if claim.kind == kind and claim.qualifier == "exact" and claim.value:
            key = claim.article.article_id
            totals[key] = max(totals.get(key, 0), claim.value)
    return totals


def reconcile(
    topic_name: str,
    principal: str,
    claims: list[ClaimRecord],
    enumerations: list[EnumerationRecord],
) -> Reconciliation:
    """Reconcile every claim against the dated official rosters; see DESIGN.md, "Domain rules"."""
    rosters = build_rosters(
        enumerations,
        stated_totals=stated_totals(claims),
        joiner_counts=stated_totals(claims, "joiners"),
    )
    groups = groups_in_claims(claims)
    dated = len(rosters) > 1  # labels name the list's date once there is more than one list
    conventions = [c for r in rosters for c in build_conventions(r, principal, groups, dated=dated)]
    ctx = Context(principal=principal, rosters=rosters, conventions=conventions, claims=claims)
    verdicts: dict[str, Verdict] = {}
    for copies in syndicated_groups(claims):
        # Copies of one syndicated story say the same thing: judge the earliest, share the verdict.
        first = judge(copies[0], ctx)
        for claim in copies:
            verdicts[claim.claim_id] = replace(
                first,
                claim_id=claim.claim_id,
                evidence_claim_ids=list(first.evidence_claim_ids),
                syndicated_copies=other_copies(claim, copies),
            )
    answer = write_answer(topic_name, principal, rosters, conventions, claims, verdicts)
    return Reconciliation(
        topic_name=topic_name,
        principal=principal,
        rosters=rosters,
        conventions=conventions,
        claims=claims,
        verdicts=verdicts,
        answer=answer,
    )
