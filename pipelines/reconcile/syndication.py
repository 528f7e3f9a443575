"""Syndicated copies of one claim: reconciled once, the verdict shared by every copy."""

from __future__ import annotations

from pipelines.reconcile.dates import as_day
from pipelines.reconcile.models import ClaimRecord


def _copy_key(claim: ClaimRecord) -> tuple[str, int | None, str, str, str]:
    # The same story repeating the same figure the same way is one claim, however many outlets
    # carried it; kind is part of the key so a story's "3 joined" and "3 signed" stay apart.
    return (claim.article.story_id, claim.value, claim.qualifier, claim.scope, claim.kind)


def _order(claim: ClaimRecord) -> tuple[int, str, str, int, str]:
    day = as_day(claim.article.published_at)
    return (0 if day else 1, day or "", claim.article.article_id, claim.start, claim.claim_id)


def syndicated_groups(claims: list[ClaimRecord]) -> list[list[ClaimRecord]]:
    """Claims grouped as copies of one another; each group's first claim is the earliest copy.

    A group holds at most one claim per article: two equal figures in one article (a headline and
    a composite sentence, say) are different claims, and each is paired with its own copies.
    """
    groups: dict[tuple[str, int | None, str, str, str], list[list[ClaimRecord]]] = {}
    for claim in sorted(claims, key=_order):
        slots = groups.setdefault(_copy_key(claim), [])
        aid = claim.article.article_id
        slot = next((g for g in slots if all(c.article.article_id != aid for c in g)), None)
        if slot is None:
            slots.append([claim])
        else:
            slot.append(claim)
    return [group for slots in groups.values() for group in slots]


def other_copies(claim: ClaimRecord, group: list[ClaimRecord]) -> list[str]:
    """Article ids of the group's other copies (without the claim's own article), in order."""
    ids = [c.article.article_id for c in group if c.article.article_id != claim.article.article_id]
    return list(dict.fromkeys(ids))
