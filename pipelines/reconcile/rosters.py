"""Dated, versioned rosters built from the endorser lists that official sources publish.

Rules (DESIGN.md, "Rosters"):

- Only enumerations from articles whose source kind is ``official`` count.
- Per official article the largest enumeration is the list; smaller ones are incidental
  ("France and Germany welcomed ..."). A list much smaller (below ``min_share``) than the largest
  official list published up to its day is treated as incidental too, so that a short aside in
  an official text never becomes a roster version.
- A list much smaller than the total its own article states is partial: "With the addition of
  Mongolia, the Philippines and Chile, the Declaration now has 65 endorsing partners" names the
  joiners, not the endorsers (``stated_totals``: the largest signatory figure per article).
  Likewise a list no longer than the number of joiners its article announces ("three more
  countries joined: A, B and C"; ``joiner_counts``).
- Lists are ordered by publication date, then source id; undated lists come last because
  nothing says when they were in force.
- A later list with a different set of codes is a new version with ``added``/``removed``
  recorded against the version in force before it; an identical later list is not a new
  version. Lists of the same date that differ are all kept and point at each other through
  ``disagrees_with``.
- The principal is a roster row only if the official list names it.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from nlp.gazetteer import entity_kind, entity_name
from pipelines.reconcile.dates import as_day
from pipelines.reconcile.models import EnumerationRecord, RosterEntry, RosterVersion

OFFICIAL_KIND = "official"


def _unique(codes: Iterable[str]) -> list[str]:
    """Codes in first-seen order, without duplicates."""
    seen: dict[str, None] = {}
    for code in codes:
        seen.setdefault(code, None)
    return list(seen)


def official_lists(
    enumerations: list[EnumerationRecord],
    *,
    min_share: float = 0.5,
    stated_totals: dict[str, int] | None = None,
    joiner_counts: dict[str, int] | None = None,
) -> list[EnumerationRecord]:
    """The one endorser list per official article, dropping incidental and partial lists."""
    largest: dict[str, EnumerationRecord] = {}
    stated = stated_totals or {}
    for enum in enumerations:
        if enum.article.source_kind != OFFICIAL_KIND or not enum.codes:
            continue
        total = stated.get(enum.article.article_id, 0)
        size = len(_unique(enum.codes))
        if size < total * min_share:
            continue  # the article counts far more endorsers than it names: a list of joiners
        if size <= (joiner_counts or {}).get(enum.article.article_id, 0):
            continue  # the article announces that many joiners: these are they
        key = enum.article.article_id
        best = largest.get(key)
        # Ties go to the earlier list in the text: the first full list is usually the canonical one.
        size = len(_unique(enum.codes))
        if (
            best is None
            or size > len(_unique(best.codes))
            or (size == len(_unique(best.codes)) and enum.start < best.start)
        ):
            largest[key] = enum
    # Compared with the largest list published up to the same day only: a declaration that grew
    # from 10 to 70 endorsers keeps its early list, while a 3-name aside after a 61-name list
    # does not become a version.
    kept: list[EnumerationRecord] = []
    biggest = 0
    for _day, same_day in groupby(sorted(largest.values(), key=_sort_key), key=_day_of):
        lists = list(same_day)
        biggest = max([biggest] + [len(_unique(e.codes)) for e in lists])
        floor = max(2, int(biggest * min_share))
        kept += [e for e in lists if len(_unique(e.codes)) >= floor]
    return kept


def _day_of(enum: EnumerationRecord) -> str | None:
    return as_day(enum.article.published_at)


def _sort_key(enum: EnumerationRecord) -> tuple[int, str, str, str]:
    day = as_day(enum.article.published_at)
    return (0 if day else 1, day or "", enum.article.source_id, enum.article.article_id)


def _entries(codes: list[str]) -> list[RosterEntry]:
    return [RosterEntry(code=c, name=entity_name(c), kind=entity_kind(c)) for c in codes]


def _closest(baseline: list[RosterVersion], codes: set[str]) -> RosterVersion:
    """The baseline version a new list differs least from (the one it most likely updates)."""
    return min(baseline, key=lambda v: (len(set(v.codes) ^ codes), v.version))


def build_rosters(
    enumerations: list[EnumerationRecord],
    *,
    min_share: float = 0.5,
    stated_totals: dict[str, int] | None = None,
    joiner_counts: dict[str, int] | None = None,
) -> list[RosterVersion]:
    """Roster versions, numbered 1.. in order of date, from the official enumerations."""
    lists = sorted(
        official_lists(
            enumerations,
            min_share=min_share,
            stated_totals=stated_totals,
            joiner_counts=joiner_counts,
        ),
        key=_sort_key,
    )
    versions: list[RosterVersion] = []
    baseline: list[RosterVersion] = []  # the versions of the latest earlier date
    for _date, group in groupby(lists, key=_day_of):
        this_date: list[RosterVersion] = []
        for enum in group:
            codes = _unique(enum.codes)
            code_set = set(codes)
            # An identical list (same date or a later one) confirms a version; it is not a new one.
            if any(set(v.codes) == code_set for v in this_date + baseline):
                continue
            added: list[str] = []
            removed: list[str] = []
            if baseline:
                prev = _closest(baseline, code_set)
                added = [c for c in codes if c not in set(prev.codes)]
                removed = [c for c in prev.codes if c not in code_set]
            version = RosterVersion(
                version=len(versions) + 1,
                as_of=as_day(enum.article.published_at),
                source_id=enum.article.source_id,
                article_id=enum.article.article_id,
                entries=_entries(codes),
                added=added,
                removed=removed,
                publisher=enum.article.publisher,
            )
            this_date.append(version)
            versions.append(version)
        for version in this_date:
            version.disagrees_with = _unique(
                other.source_id for other in this_date if other is not version
            )
        if this_date:
            baseline = this_date
    return versions


def latest_versions(rosters: list[RosterVersion]) -> list[RosterVersion]:
    """The versions of the most recent list date (several when same-date lists disagree)."""
    if not rosters:
        return []
    last = rosters[-1].as_of
    return [v for v in rosters if v.as_of == last]


def versions_in_force(rosters: list[RosterVersion], when: str | None) -> list[RosterVersion]:
    """The versions in force on date ``when``: those of the latest list date not after it."""
    day = as_day(when)
    if day is None:
        return latest_versions(rosters)
    dated = [v for v in rosters if v.as_of is not None and v.as_of <= day]
    if not dated:
        return []
    last = dated[-1].as_of
    return [v for v in dated if v.as_of == last]


def versions_for_claim(rosters: list[RosterVersion], when: str | None) -> list[RosterVersion]:
    """The versions a claim published on ``when`` is judged against (the lists then in force).

    An undated claim is judged against the latest lists: nothing says it is older. A claim older
    than every dated list is judged against the first one, the nearest in time (pre-launch
    coverage counts the launch list). Undated lists come after every dated one, so a claim
    published after the last dated list may already have had them in force.
    """
    day = as_day(when)
    if day is None:
        return latest_versions(rosters)
    found = versions_in_force(rosters, day)
    dated = [v for v in rosters if v.as_of is not None]
    if not found and dated:
        first = dated[0].as_of
        found = [v for v in dated if v.as_of == first]
    if not dated or (found and found[-1].as_of == dated[-1].as_of and day > dated[-1].as_of):
        found = found + [v for v in rosters if v.as_of is None]
    return found


def versions_before(rosters: list[RosterVersion], when: str | None) -> list[RosterVersion]:
    """Dated versions already published on ``when`` (all of them for an undated claim)."""
    day = as_day(when)
    if day is None:
        return list(rosters)
    return [v for v in rosters if v.as_of is not None and v.as_of <= day]
