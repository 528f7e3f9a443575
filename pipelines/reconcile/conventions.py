"""Every honest total one roster version yields, and which of them a claim most naturally names.

One list of endorsers supports several true counts, depending on whether the principal is counted,
whether supranational bodies (the European Commission) count as parties, and whether partially
recognised states (Taiwan, Kosovo) are counted as countries. Each combination is a `Convention`
with a stable key, so the warehouse and the report can name it:

====================================  ==============  =============  ===================
key (``*`` = ``without`` / ``with``)   supranational   partially rec.  other kinds
====================================  ==============  =============  ===================
endorsers_*_principal                 counted         counted        counted
countries_and_territories_*_principal  left out        counted        counted
without_partially_recognized_*_...    counted         left out       counted
states_*_principal                    left out        left out       left out
====================================  ==============  =============  ===================

Composite conventions set a group's members apart ("all EU member states and 32 other
countries"): for every base convention and every group a claim expands, the total is the number
of entries *besides* the group's members on the list, and ``group_count`` is how many members the
list names.

Which convention a claim names (`rank_for_claim`): the claim's scope is a hard filter (a claim
that excludes the principal cannot follow a convention that counts it). Among the rest we prefer
the reading with the fewest and least contested exclusions, adjusted for the counted noun:

- "countries", "nations", "states", "governments" name sovereign parties; a supranational body is
  none of these, so conventions that count the European Commission are a poor reading of them.
- "partners", "signatories", "endorsers", "members", "parties" name whoever signed, so they carry
  no preference: the plain "all endorsers" reading wins unless its total does not fit.
- Leaving out partially recognised states is a political choice press rarely makes, so it ranks
  below leaving out supranational bodies.
- With an unspecified scope, conventions without the principal rank first: coverage usually
  counts the principal's partners ("the United States with 60 partners"). "Partners" and "allies"
  name the principal's counterparts, so counting the principal among them is a strained reading.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nlp.gazetteer import entity_name, group_members
from pipelines.reconcile.models import Convention, RosterVersion
from pipelines.reconcile.names import join_names, the_name

# Nouns that name sovereign parties; a supranational body is not one of them.
SOVEREIGN_NOUNS = frozenset(
    {"country", "nation", "state", "government", "democracy", "economy", "administration"}
)

# Nouns that name the principal's counterparts: "the United States and its partners" are the others.
COUNTERPART_NOUNS = frozenset({"partner", "ally"})

SCOPE_EXCLUDING = "excluding_principal"
SCOPE_INCLUDING = "including_principal"


@dataclass(frozen=True)
class _Filter:
    """Which kinds of roster entries a base convention counts."""

    stem: str
    kinds: frozenset[str]
    includes_supranational: bool
    includes_partially_recognized: bool


_FILTERS = (
    _Filter(
        "endorsers",
        frozenset({"state", "partially_recognized", "supranational", "other"}),
        True,
        True,
    ),
    _Filter(
        "countries_and_territories",
        frozenset({"state", "partially_recognized", "other"}),
        False,
        True,
    ),
    _Filter(
        "without_partially_recognized",
        frozenset({"state", "supranational", "other"}),
        True,
        False,
    ),
    _Filter("states", frozenset({"state"}), False, False),
)


def _left_out(roster: RosterVersion, kinds: frozenset[str], principal: str) -> list[str]:
    """Names of the list's entries a filter leaves out (the principal is handled separately)."""
    return [the_name(e.code) for e in roster.entries if e.kind not in kinds and e.code != principal]


def _what(flt: _Filter, total: int) -> str:
    noun = {
        "endorsers": "endorsers",
        "countries_and_territories": "countries and territories",
        "without_partially_recognized": "endorsers",
        "states": "fully recognised states",
    }[flt.stem]
    if total == 1 and noun.endswith("s"):
        noun = {"countries and territories": "country or territory"}.get(noun, noun[:-1])
    return noun


def _principal_clause(with_principal: bool, principal_on_list: bool, principal_name: str) -> str:
    if with_principal:
        return f", {principal_name} included" if principal_on_list else f", plus {principal_name}"
    return f", not counting {principal_name}"


def _counted(
    roster: RosterVersion, flt: _Filter, principal: str, with_principal: bool
) -> list[str]:
    """The codes a base convention counts, the principal added or removed as asked."""
    codes = [e.code for e in roster.entries if e.kind in flt.kinds and e.code != principal]
    if with_principal:
        codes.append(principal)
    return codes


def build_conventions(
    roster: RosterVersion, principal: str, groups: Iterable[str] = (), *, dated: bool = False
) -> list[Convention]:
    """All base conventions of one roster version, then composites for each group given.

    With ``dated`` (several versions exist) labels name the list's date, so a reader can tell
    "the 60 ... on the official list of 2022-04-28" from the totals of a later list.
    """
    principal_name = the_name(principal)
    the_list = "the official list"
    if dated:
        the_list = (
            f"the official list of {roster.as_of}" if roster.as_of else "the undated official list"
        )
    on_list = principal in roster.codes
    conventions: list[Convention] = []
    bases: list[tuple[Convention, list[str], _Filter, bool]] = []
    for flt in _FILTERS:
        left_out = _left_out(roster, flt.kinds, principal)
        for with_principal in (False, True):
            codes = _counted(roster, flt, principal, with_principal)
            total = len(codes)
            aside = f" (leaving out {join_names(left_out)})" if left_out else ""
            label = (
                f"the {total} {_what(flt, total)} on {the_list}{aside}"
                f"{_principal_clause(with_principal, on_list, principal_name)}"
            )
            key = f"{flt.stem}_{'with' if with_principal else 'without'}_principal"
            conv = Convention(
                key=key,
                label=label,
                total=total,
                roster_version=roster.version,
                description=(
                    f"Roster version {roster.version} ({roster.as_of or 'undated'}): {label}."
                ),
                includes_principal=with_principal,
                includes_supranational=flt.includes_supranational,
                includes_partially_recognized=flt.includes_partially_recognized,
            )
            conventions.append(conv)
            bases.append((conv, codes, flt, with_principal))
    for group in _unique_groups(groups):
        members = set(group_members(group))
        for base, codes, flt, with_principal in bases:
            inside = [c for c in codes if c in members]
            if not inside:
                continue
            rest = len(codes) - len(inside)
            label = (
                f"the {rest} {_what(flt, rest)} on {the_list} besides its "
                f"{len(inside)} {entity_name(group)} member states"
                f"{_principal_clause(with_principal, on_list, principal_name)}"
            )
            conventions.append(
                Convention(
                    key=f"{base.key}_{group.lower()}_apart",
                    label=label,
                    total=rest,
                    roster_version=roster.version,
                    description=(
                        f"Composite of '{base.key}': {len(inside)} {entity_name(group)} member "
                        f"states + {rest} others = {base.total}."
                    ),
                    includes_principal=base.includes_principal,
                    includes_supranational=base.includes_supranational,
                    includes_partially_recognized=base.includes_partially_recognized,
                    group=group,
                    group_count=len(inside),
                )
            )
    return conventions


def _unique_groups(groups: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for g in groups:
        if g and group_members(g):
            seen.setdefault(g, None)
    return list(seen)


def normalize_noun(noun: str) -> str:
    """A counted noun's singular lower-case form ("Countries" -> "country")."""
    word = (noun or "").strip().lower().split(" ")[-1]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def scope_allows(conv: Convention, scope: str) -> bool:
    """Whether a claim of this scope can follow this convention."""
    if scope == SCOPE_EXCLUDING:
        return not conv.includes_principal
    if scope == SCOPE_INCLUDING:
        return conv.includes_principal
    return True


def unnaturalness(conv: Convention, noun: str, scope: str) -> float:
    """How far-fetched reading a claim with this noun and scope as this convention is (0 = plain)."""
    penalty = 0.0
    if not conv.includes_supranational:
        penalty += 1
    if not conv.includes_partially_recognized:
        penalty += 2
    if normalize_noun(noun) in SOVEREIGN_NOUNS and conv.includes_supranational:
        penalty += 3
    if scope not in (SCOPE_EXCLUDING, SCOPE_INCLUDING) and conv.includes_principal:
        penalty += 0.5
        if normalize_noun(noun) in COUNTERPART_NOUNS:
            penalty += 2
    return penalty


def rank_for_claim(conventions: list[Convention], noun: str, scope: str) -> list[Convention]:
    """The conventions a claim may follow, most natural reading first (stable for ties)."""
    allowed = [c for c in conventions if scope_allows(c, scope)]
    return sorted(allowed, key=lambda c: unnaturalness(c, noun, scope))


def distinct_totals(conventions: list[Convention]) -> list[tuple[int, list[Convention]]]:
    """Base conventions grouped by total, for presentation: equal totals are shown once."""
    by_total: dict[int, list[Convention]] = {}
    for conv in conventions:
        if conv.group is None:
            by_total.setdefault(conv.total, []).append(conv)
    return sorted(by_total.items(), key=lambda item: -item[0])
