"""The report's content, format-neutral: what each section shows, in which order.

Both renderers (HTML and Markdown) read this one view so the two formats never drift apart.
Everything here is plain text; escaping is the renderers' job.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from nlp.gazetteer import entity_kind, entity_name
from pipelines.reconcile.models import ArticleRef, ClaimRecord, Reconciliation, Verdict

from .safety import anchor_id, one_line, safe_link

# Unexplained first: a reviewer's attention goes where nothing accounts for the number.
VERDICT_ORDER = ("contradicts", "explained", "consistent", "match", "unreconciled")
VERDICT_HEADINGS = {
    "contradicts": "Unexplained: contradicts the roster",
    "explained": "Explained differences",
    "consistent": "Consistent bounds and approximations",
    "match": "Exact matches",
    "unreconciled": "Not reconciled",
}
KIND_LABELS = {
    "state": "state",
    "partially_recognized": "partially recognised",
    "supranational": "supranational",
    "other": "other",
}
QUALIFIER_LABELS = {
    "exact": "exact",
    "more_than": "more than",
    "at_least": "at least",
    "about": "about",
    "nearly": "nearly",
    "up_to": "up to",
    "dozens": "dozens",
}
SIGNATORY_MARK = "●"
MENTION_MARK = "○"


@dataclass
class ArticleLink:
    """An article as the report cites it."""

    label: str
    url: str | None  # only http(s), already normalised
    raw_url: str | None  # shown as plain text when it is not a safe link
    published: str | None


@dataclass
class ClaimView:
    anchor: str
    verdict: str  # one of VERDICT_ORDER
    claim: ClaimRecord
    source: ArticleLink
    title: str | None
    before: str  # sentence text before the claim span
    marked: str  # the claim span as it appears in the sentence ("" when it cannot be located)
    after: str
    convention: str | None
    expected: int | None
    delta: str | None  # signed, e.g. "+5", "−1", "0"
    explanation: str
    copies: list[ArticleLink] = field(default_factory=list)
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (anchor, label)


@dataclass
class VerdictGroup:
    verdict: str
    heading: str
    claims: list[ClaimView]


@dataclass
class RosterVersionView:
    version: int
    as_of: str | None
    source_id: str
    size: int
    added: list[str]  # display names
    removed: list[str]
    disagrees_with: list[str]


@dataclass
class RosterRow:
    code: str
    name: str
    kind: str
    present: list[bool]  # one per roster version, in version order


@dataclass
class CoverageColumn:
    code: str
    name: str
    group: str  # principal | roster | other


@dataclass
class CoverageRow:
    source_id: str
    publisher: str
    cells: list[str]  # SIGNATORY_MARK, MENTION_MARK or "" per column


@dataclass
class NonSignatory:
    code: str
    name: str
    kind: str
    count: int
    where: list[str]  # publishers (source ids) that mention it
    texts: list[str]  # distinct surface forms


@dataclass
class ReportView:
    topic: str
    principal: str
    answer: list[str]
    groups: list[VerdictGroup]
    claim_count: int
    versions: list[RosterVersionView]
    roster_rows: list[RosterRow]
    conventions: list[tuple[str, int, int, str]]  # label, total, roster version, description
    coverage_columns: list[CoverageColumn]
    coverage_rows: list[CoverageRow]
    non_signatories: list[NonSignatory]


def _name(code: str) -> str:
    return entity_name(code)


def article_link(article: ArticleRef) -> ArticleLink:
    """How an article is cited: publisher (or source id), its safe link, its date."""
    label = one_line(article.publisher) or one_line(article.source_id) or "unknown source"
    return ArticleLink(
        label=label,
        url=safe_link(article.url),
        raw_url=one_line(article.url) or None,
        published=one_line(article.published_at) or None,
    )


def split_sentence(claim: ClaimRecord) -> tuple[str, str, str]:
    """The claim's sentence split around the claim span (before, span, after).

    Offsets may be relative to the sentence or to the article, depending on the producer, so
    the span is trusted only when it reproduces the claim text; otherwise the text is searched.
    """
    sentence, text = claim.sentence or "", claim.text or ""
    if text and 0 <= claim.start < claim.end <= len(sentence):
        if sentence[claim.start : claim.end] == text:
            return sentence[: claim.start], text, sentence[claim.end :]
    if text:
        at = sentence.find(text)
        if at < 0:
            at = sentence.lower().find(text.lower())
        if at >= 0:
            end = at + len(text)
            return sentence[:at], sentence[at:end], sentence[end:]
    return sentence, "", ""


def _signed(delta: int | None) -> str | None:
    if delta is None:
        return None
    if delta > 0:
        return f"+{delta}"
    if delta < 0:
        return f"−{-delta}"  # a real minus sign reads better than a hyphen
    return "0"


def _claim_sort_key(claim: ClaimRecord) -> tuple[str, str, str]:
    a = claim.article
    # Undated claims last within their group; "~" sorts after every digit.
    return (a.published_at or "~", (a.publisher or a.source_id or "").lower(), claim.claim_id)


def _copy_key(claim: ClaimRecord) -> tuple[object, ...]:
    """Claims with this key are one claim carried by several copies of one story."""
    return (
        claim.article.story_id,
        claim.value,
        claim.qualifier,
        claim.scope,
        claim.kind,
        " ".join(claim.text.lower().split()),
    )


def _story_representatives(rec: Reconciliation) -> tuple[list[ClaimRecord], dict[str, str]]:
    """One claim per syndicated story (the original's, not an aggregator's copy), and for every
    other copy the id of the claim that stands for it."""

    def preference(claim: ClaimRecord) -> tuple[bool, tuple[str, str, str]]:
        return (claim.article.source_kind == "aggregator", _claim_sort_key(claim))

    shown: dict[tuple[object, ...], ClaimRecord] = {}
    stands_for: dict[str, str] = {}
    for claim in sorted(rec.claims, key=preference):
        key = _copy_key(claim)
        if key in shown:
            stands_for[claim.claim_id] = shown[key].claim_id
        else:
            shown[key] = claim
    return list(shown.values()), stands_for


def _claim_groups(rec: Reconciliation) -> list[VerdictGroup]:
    by_verdict: dict[str, list[ClaimRecord]] = defaultdict(list)
    representatives, stands_for = _story_representatives(rec)
    for claim in representatives:
        verdict = rec.verdicts.get(claim.claim_id)
        name = verdict.verdict if verdict and verdict.verdict in VERDICT_ORDER else "unreconciled"
        by_verdict[name].append(claim)
    ordered = [
        (name, sorted(by_verdict[name], key=_claim_sort_key))
        for name in VERDICT_ORDER
        if by_verdict[name]
    ]
    anchors: dict[str, str] = {}
    index = 0
    for _, claims in ordered:
        for claim in claims:
            index += 1
            anchors.setdefault(claim.claim_id, anchor_id("claim", index))
    for (
        copy_id,
        shown_id,
    ) in stands_for.items():  # evidence that cites a copy links to the shown one
        anchors[copy_id] = anchors[shown_id]
    articles = {c.article.article_id: c.article for c in rec.claims}
    claims_by_id = {c.claim_id: c for c in rec.claims}
    # Keyed by (key, roster version): one key names a different total on each version.
    labels = {(c.key, c.roster_version): c.label for c in rec.conventions}
    latest = {c.key: c.label for c in sorted(rec.conventions, key=lambda c: c.roster_version)}
    groups = []
    for name, claims in ordered:
        views = [
            _claim_view(
                c,
                name,
                rec.verdicts.get(c.claim_id),
                anchors,
                articles,
                claims_by_id,
                labels,
                latest,
            )
            for c in claims
        ]
        groups.append(VerdictGroup(name, VERDICT_HEADINGS[name], views))
    return groups


def _claim_view(
    claim: ClaimRecord,
    name: str,
    verdict: Verdict | None,
    anchors: dict[str, str],
    articles: dict[str, ArticleRef],
    claims_by_id: dict[str, ClaimRecord],
    labels: dict[tuple[str, int], str],
    latest: dict[str, str],
) -> ClaimView:
    before, marked, after = split_sentence(claim)
    copies: list[ArticleLink] = []
    evidence: list[tuple[str, str]] = []
    if verdict:
        for article_id in verdict.syndicated_copies:
            ref = articles.get(article_id)
            copies.append(
                article_link(ref) if ref else ArticleLink(one_line(article_id), None, None, None)
            )
        for claim_id in verdict.evidence_claim_ids:
            other = claims_by_id.get(claim_id)
            if other is not None and claim_id in anchors:
                label = f"{article_link(other.article).label}: “{one_line(other.text)}”"
                if (anchors[claim_id], label) not in evidence:
                    evidence.append((anchors[claim_id], label))
    convention = None
    if verdict and verdict.convention:
        # Not a convention key: a mechanism name such as "qualifier_dropped".
        convention = (
            labels.get((verdict.convention, verdict.roster_version or 0))
            or latest.get(verdict.convention)
            or verdict.convention.replace("_", " ")
        )
    return ClaimView(
        anchor=anchors[claim.claim_id],
        verdict=name,
        claim=claim,
        source=article_link(claim.article),
        title=one_line(claim.article.title) or None,
        before=before,
        marked=marked,
        after=after,
        convention=convention,
        expected=verdict.expected if verdict else None,
        delta=_signed(verdict.delta) if verdict else None,
        explanation=verdict.explanation if verdict else "No verdict was produced for this claim.",
        copies=copies,
        evidence=evidence,
    )


def _roster(rec: Reconciliation) -> tuple[list[RosterVersionView], list[RosterRow]]:
    versions = sorted(rec.rosters, key=lambda v: v.version)
    names: dict[str, tuple[str, str]] = {}
    for version in versions:
        for entry in version.entries:
            names.setdefault(entry.code, (entry.name or _name(entry.code), entry.kind))
    version_views = [
        RosterVersionView(
            version=v.version,
            as_of=v.as_of,
            source_id=v.source_id,
            size=len(v.entries),
            added=[names.get(c, (_name(c), ""))[0] for c in v.added],
            removed=[names.get(c, (_name(c), ""))[0] for c in v.removed],
            disagrees_with=list(v.disagrees_with),
        )
        for v in versions
    ]
    present = [set(v.codes) for v in versions]
    rows = [
        RosterRow(code, name, KIND_LABELS.get(kind, kind), [code in p for p in present])
        for code, (name, kind) in sorted(names.items(), key=lambda item: item[1][0].lower())
    ]
    return version_views, rows


def _coverage(
    rec: Reconciliation, mentions: list[dict], roster_codes: set[str]
) -> tuple[list[CoverageColumn], list[CoverageRow]]:
    if not mentions:
        return [], []
    mentioned = {str(m.get("code")) for m in mentions if m.get("code")}
    columns = []
    if rec.principal in mentioned or rec.principal in roster_codes:
        columns.append(CoverageColumn(rec.principal, _name(rec.principal), "principal"))
    by_name = sorted(roster_codes - {rec.principal}, key=lambda c: _name(c).lower())
    columns += [CoverageColumn(c, _name(c), "roster") for c in by_name]
    others = sorted(mentioned - roster_codes - {rec.principal}, key=lambda c: _name(c).lower())
    columns += [CoverageColumn(c, _name(c), "other") for c in others]

    publishers: dict[str, str] = {}
    roles: dict[tuple[str, str], str] = {}
    for claim in rec.claims:
        publishers.setdefault(claim.article.source_id, one_line(claim.article.publisher))
    for m in mentions:
        source_id = str(m.get("source_id") or "")
        publishers.setdefault(source_id, one_line(m.get("publisher")))
        if not publishers[source_id]:
            publishers[source_id] = one_line(m.get("publisher"))
        key = (source_id, str(m.get("code")))
        # A signatory listing outranks a passing mention of the same entity.
        if m.get("role") == "signatory" or key not in roles:
            roles[key] = "signatory" if m.get("role") == "signatory" else "mention"
    marks = {"signatory": SIGNATORY_MARK, "mention": MENTION_MARK}
    rows = [
        CoverageRow(
            source_id=source_id,
            publisher=publisher or source_id,
            cells=[marks.get(roles.get((source_id, col.code), ""), "") for col in columns],
        )
        for source_id, publisher in sorted(
            publishers.items(), key=lambda item: ((item[1] or item[0]).lower(), item[0])
        )
    ]
    return columns, rows


def _non_signatories(
    rec: Reconciliation, mentions: list[dict], roster_codes: set[str]
) -> list[NonSignatory]:
    found: dict[str, list[dict]] = defaultdict(list)
    for m in mentions:
        code = str(m.get("code") or "")
        # The principal is a party to the declaration even though rosters leave it out.
        if code and code not in roster_codes and code != rec.principal:
            found[code].append(m)
    result = []
    for code, rows in found.items():
        where = sorted(
            {one_line(r.get("publisher")) or one_line(r.get("source_id")) for r in rows},
            key=str.lower,
        )
        texts = sorted({one_line(r.get("text")) for r in rows if r.get("text")}, key=str.lower)
        kind = str(rows[0].get("kind") or entity_kind(code))
        result.append(
            NonSignatory(code, _name(code), KIND_LABELS.get(kind, kind), len(rows), where, texts)
        )
    return sorted(result, key=lambda n: (-n.count, n.name.lower()))


def build_view(rec: Reconciliation, mentions: list[dict] | None = None) -> ReportView:
    """Everything the report shows, in section order."""
    mentions = mentions or []
    versions, roster_rows = _roster(rec)
    roster_codes = {row.code for row in roster_rows}
    columns, rows = _coverage(rec, mentions, roster_codes)
    return ReportView(
        topic=one_line(rec.topic_name),
        principal=_name(rec.principal),
        answer=[p for p in rec.answer if p and p.strip()],
        groups=_claim_groups(rec),
        claim_count=len(rec.claims),
        versions=versions,
        roster_rows=roster_rows,
        conventions=[
            (c.label, c.total, c.roster_version, c.description)
            for c in sorted(rec.conventions, key=lambda c: (c.total, c.label))
        ],
        coverage_columns=columns,
        coverage_rows=rows,
        non_signatories=_non_signatories(rec, mentions, roster_codes),
    )
