"""The short plain answer the report opens with, generated from rosters, conventions and verdicts.

Paragraphs, each only when it has something to say:

1. the latest official list: who published it, when, its size and composition;
2. the honest totals it yields (equal totals shown once);
3. which convention or mechanism each figure in the coverage follows;
4. which figures stand unexplained (and which were not reconciled because they count something
   other than endorsers);
5. where official lists disagree, and how.

Plain text: quoted sentences are untrusted, the report escapes them.
"""

from __future__ import annotations

from nlp.gazetteer import entity_name
from pipelines.reconcile.citations import cite_roster, quote
from pipelines.reconcile.conventions import distinct_totals
from pipelines.reconcile.models import ClaimRecord, Convention, RosterVersion, Verdict
from pipelines.reconcile.names import join_names, the_name
from pipelines.reconcile.rosters import latest_versions

_SHORT = {
    "endorsers": "all endorsers",
    "countries_and_territories": "countries and territories only",
    "without_partially_recognized": "without partially recognised states",
    "states": "fully recognised states only",
}


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _composition(roster: RosterVersion) -> str:
    # When the list names the principal it is part of the composition; otherwise it is not there.
    entries = roster.entries
    bits = []
    states = [e for e in entries if e.kind == "state"]
    if states:
        bits.append(_plural(len(states), "state", "states"))
    for kind, one, many in (
        ("partially_recognized", "partially recognised state", "partially recognised"),
        ("supranational", "supranational body", "supranational bodies"),
        ("other", "territory or other entity", "territories or other entities"),
    ):
        found = [e.name for e in entries if e.kind == kind]
        if found:
            bits.append(f"{_plural(len(found), one, many)} ({', '.join(found)})")
    return join_names(bits)


def roster_paragraph(rosters: list[RosterVersion], principal: str, topic_name: str) -> str:
    """Size and composition of the latest official list, and its history."""
    if not rosters:
        the = "" if topic_name.lower().startswith("the ") else "the "
        return (
            f"No official list of endorsers of {the}{topic_name} was found, so the figures in the "
            f"coverage could only be checked against each other."
        )
    principal_name = the_name(principal)
    texts = []
    for roster in latest_versions(rosters):
        others = [e for e in roster.entries if e.code != principal]
        whose = cite_roster(roster)
        whose = whose[0].upper() + whose[1:]
        if principal in roster.codes:
            head = f"{whose} names {len(roster.entries)} endorsers, {principal_name} among them"
        else:
            head = f"{whose} names {len(others)} endorsers besides {principal_name}"
        texts.append(f"{head}: {_composition(roster)}.")
    if len(rosters) > 1:
        history = "; ".join(
            f"version {r.version} ({r.publisher or r.source_id}, {r.as_of or 'undated'}) "
            f"named {len(r.entries)}"
            for r in rosters
        )
        texts.append(f"Official lists over time: {history}.")
    return " ".join(texts)


def _short(conv: Convention, principal_name: str) -> str:
    stem = conv.key.removesuffix("_without_principal").removesuffix("_with_principal")
    who = f"with {principal_name}" if conv.includes_principal else f"without {principal_name}"
    return f"{_SHORT.get(stem, stem)} {who}"


def totals_paragraph(
    conventions: list[Convention], rosters: list[RosterVersion], principal: str
) -> str:
    """The honest totals of the latest list, equal totals shown once."""
    latest = latest_versions(rosters)
    if not latest:
        return ""
    first = latest[0].version
    mine = [c for c in conventions if c.roster_version == first]
    principal_name = the_name(principal)
    items = [
        f"{total} ({' or '.join(_short(c, principal_name) for c in convs)})"
        for total, convs in distinct_totals(mine)
    ]
    return "Counted in different honest ways, the list gives " + join_names(items) + "."


def _who(claims: list[ClaimRecord]) -> str:
    names = list(dict.fromkeys(c.article.publisher or c.article.source_id for c in claims))
    return ", ".join(names)


def _verb(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _reading(
    kind: str, mechanism: str | None, conv: Convention | None, n: int, principal_name: str
) -> str:
    """What a group of figures does, as a predicate: "count the 60 ...", "drops the ..."."""
    label = conv.label if conv else ""
    if mechanism == "group_members":
        return (
            f"{_verb(n, 'counts', 'count')} only a group's member states, as many as the list names"
        )
    if kind == "match":
        return f"{_verb(n, 'counts', 'count')} {label}"
    if kind == "consistent":
        return f"{_verb(n, 'is a bound that holds', 'are bounds that hold')} for {label}"
    if mechanism == "earlier_roster_version" and conv:
        return (
            f"{_verb(n, 'follows', 'follow')} version {conv.roster_version} of the official list, "
            f"since replaced (a count from before the later lists): {label}"
        )
    if mechanism == "qualifier_dropped":
        tail = f"; the list gives {label}" if conv else ""
        return f"{_verb(n, 'drops', 'drop')} the qualifier of earlier coverage{tail}"
    if mechanism == "composite" and conv:
        return (
            f"{_verb(n, 'is a sum', 'are sums')} with the {conv.group_count} "
            f"{entity_name(conv.group or '')} member states counted one by one, plus {label}"
        )
    if mechanism == "earlier_official_figure":
        return f"{_verb(n, 'repeats', 'repeat')} a figure an official source gave earlier"
    if mechanism == "official_figure":
        return f"{_verb(n, 'repeats', 'repeat')} a figure an official source gives for it"
    if mechanism == "official_running_total":
        return (
            f"{_verb(n, 'is an official running total', 'are official running totals')}, "
            f"announced between full lists as endorsers joined"
        )
    if mechanism == "later_roster_version" and conv:
        return (
            f"{_verb(n, 'anticipates', 'anticipate')} version {conv.roster_version} of the "
            f"official list, published later: {label}"
        )
    if mechanism == "principal_counted_differently":
        return f"{_verb(n, 'counts', 'count')} {principal_name} the other way round: {label}"
    return _verb(n, "is explained", "are explained")


def coverage_paragraph(
    claims: list[ClaimRecord],
    verdicts: dict[str, Verdict],
    conventions: list[Convention],
    principal: str,
) -> str:
    """Which convention or mechanism each figure follows, figures grouped by their reading."""
    by_key = {(c.key, c.roster_version): c for c in conventions}
    groups: dict[tuple[str, str | None, str | None, int | None], list[ClaimRecord]] = {}
    for claim in claims:
        verdict = verdicts.get(claim.claim_id)
        if verdict is None or claim.kind != "signatories" or verdict.verdict == "contradicts":
            continue
        key = (verdict.verdict, verdict.convention, verdict.mechanism, verdict.roster_version)
        groups.setdefault(key, []).append(claim)
    sentences = []
    for (kind, key, mechanism, version), members in groups.items():
        texts = list(dict.fromkeys(quote(c.text) for c in members))
        conv = by_key.get((key or "", version or 0))
        predicate = _reading(kind, mechanism, conv, len(texts), the_name(principal))
        sentences.append(f"{join_names(texts)} ({_who(members)}) {predicate}.")
    return " ".join(sentences)


def unexplained_paragraph(claims: list[ClaimRecord], verdicts: dict[str, Verdict]) -> str:
    """Claims nothing explains, and claims not reconciled because they count something else."""
    bad = [c for c in claims if verdicts[c.claim_id].verdict == "contradicts"]
    other = [c for c in claims if c.kind != "signatories"]
    signatory = [c for c in claims if c.kind == "signatories"]
    texts = []
    if bad:
        items = [
            f"{quote(c.text)} ({c.article.publisher or c.article.source_id}, "
            f"{c.article.published_at or 'undated'})"
            for c in bad
        ]
        texts.append(
            "Unexplained: "
            + "; ".join(dict.fromkeys(items))
            + " — no counting convention, earlier list, official figure or dropped qualifier "
            "accounts for it."
        )
    elif signatory:
        texts.append(
            "Every signatory figure in the coverage matches the official list, holds as a bound, "
            "or is explained."
        )
    if other:
        texts.append(
            f"{_plural(len(other), 'figure counts', 'figures count')} something other than "
            f"endorsers (joiners, participants or other numbers) and "
            f"{'was' if len(other) == 1 else 'were'} not reconciled against the totals."
        )
    return " ".join(texts)


def disagreement_paragraph(rosters: list[RosterVersion]) -> str:
    """Where official lists of the same date disagree, and on which names."""
    texts = []
    seen: set[frozenset[int]] = set()
    for roster in rosters:
        for other in rosters:
            pair = frozenset({roster.version, other.version})
            if other is roster or other.source_id not in roster.disagrees_with or pair in seen:
                continue
            if other.as_of != roster.as_of:
                continue
            seen.add(pair)
            only_a = [e.name for e in roster.entries if e.code not in set(other.codes)]
            only_b = [e.name for e in other.entries if e.code not in set(roster.codes)]
            diff = []
            if only_a:
                diff.append(f"only {roster.publisher or roster.source_id} has {join_names(only_a)}")
            if only_b:
                diff.append(f"only {other.publisher or other.source_id} has {join_names(only_b)}")
            texts.append(
                f"Official lists disagree: {cite_roster(roster)} names {len(roster.entries)} and "
                f"{cite_roster(other)} names {len(other.entries)}; {'; '.join(diff)}."
            )
    return " ".join(texts)


def write_answer(
    topic_name: str,
    principal: str,
    rosters: list[RosterVersion],
    conventions: list[Convention],
    claims: list[ClaimRecord],
    verdicts: dict[str, Verdict],
) -> list[str]:
    """The answer paragraphs, in order, empty ones left out."""
    paragraphs = [
        roster_paragraph(rosters, principal, topic_name),
        totals_paragraph(conventions, rosters, principal),
        coverage_paragraph(claims, verdicts, conventions, principal),
        unexplained_paragraph(claims, verdicts),
        disagreement_paragraph(rosters),
    ]
    return [p for p in paragraphs if p]
