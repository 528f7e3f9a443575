"""The report's content, format-neutral: what each section shows, in which order.

Both renderers (HTML and Markdown) read this one view so the two formats never drift apart.
Everything here is plain text; escaping is the renderers' job.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from nlp.gazetteer import entity_kind, entity_name
from pipelines.reconcile.checks import QUALIFIER_WORDS
from pipelines.reconcile.models import ArticleRef, ClaimRecord, Reconciliation, Verdict
from pipelines.reconcile.names import the_name

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
QUALIFIER_LABELS = {"exact": "exact", **QUALIFIER_WORDS}
SIGNATORY_MARK = "●"
MENTION_MARK = "○"
VERDICT_WORDS = {
    "contradicts": "Contradicts",
    "explained": "Explained",
    "consistent": "Consistent",
    "match": "Match",
    "unreconciled": "Not reconciled",
}
# Engine explanations past this length (e.g. ones naming every added entity) are set in a
# smaller measure under the one-line summary; both formats keep them in full.
LONG_EXPLANATION = 320


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
    # "v1 · 2022-04-28 · The White House" when there are several roster versions, else None
    roster: str | None = None
    summary: str = ""  # one line: verdict, what it counts, expected, difference
    long_explanation: bool = False  # long enough to be typeset as secondary text


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
    publisher: str | None
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
    label: str = ""  # the publisher, with the source id when one publisher has several sources


@dataclass
class NonSignatory:
    code: str
    name: str
    kind: str
    count: int
    where: list[str]  # publishers (source ids) that mention it
    texts: list[str]  # distinct surface forms


@dataclass
class ConventionRow:
    label: str
    total: int
    roster_version: int
    description: str


@dataclass
class ConventionGroup:
    """The counting conventions of one roster version: base ones, and composites set apart."""

    version: int
    heading: str  # "Version 2 · 2023-07-10 · U.S. Department of State (70 entries)"
    base: list[ConventionRow]  # largest total first
    composites: list[ConventionRow]  # a group (e.g. EU members) counted apart; largest first


@dataclass
class CoverageEntity:
    """One entity across sources: the transposed coverage matrix (entities are rows)."""

    code: str
    name: str
    group: str  # principal | roster | other
    cells: list[str]  # one mark per source, in coverage_rows order
    signatory_in: int  # sources listing it as a signatory
    mentioned_in: int  # sources naming it only in passing


@dataclass
class SourceCoverage:
    """What one source names: as signatories and as passing mentions (display names)."""

    source_id: str
    publisher: str
    signatories: list[str]
    mentions: list[str]
    label: str = ""  # as CoverageRow.label


@dataclass
class GlanceReading:
    """How some of the claims of one figure were judged."""

    verdict: str
    convention: str | None  # label, or the mechanism's name
    sources: int


@dataclass
class GlanceFigure:
    """One distinct claimed figure for the "at a glance" table."""

    figure: str  # "more than 55", "dozens"
    value: int | None
    qualifier: str
    kind: str
    sources: int  # distinct sources carrying it (syndicated copies included)
    readings: list[GlanceReading]  # unexplained first


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
    convention_groups: list[ConventionGroup] = field(default_factory=list)  # latest version first
    coverage_entities: list[CoverageEntity] = field(default_factory=list)
    source_coverage: list[SourceCoverage] = field(default_factory=list)
    glance: list[GlanceFigure] = field(default_factory=list)


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


def figure_text(value: int | None, qualifier: str) -> str:
    """A claimed figure as a reader says it: "more than 55", "60", "dozens"."""
    word = QUALIFIER_LABELS.get(qualifier, qualifier.replace("_", " "))
    if value is None:
        return word or "no number"
    return str(value) if qualifier == "exact" else f"{word} {value}"


def _plural(noun: str, value: int | None) -> str:
    """The claim's (lemmatised) noun agreeing with its number: "60 countries", "1 partner"."""
    if value == 1 or not noun or noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def _scope_text(scope: str, principal: str) -> str:
    return {
        "including_principal": f"{principal} included",
        "excluding_principal": f"besides {principal}",
    }.get(scope, "")


def _roster_tags(rec: Reconciliation) -> dict[int, str]:
    """Version → "v2 · 2023-07-10 · publisher", only when there is more than one version."""
    if len(rec.rosters) < 2:
        return {}
    return {
        v.version: " · ".join(
            [f"v{v.version}", one_line(v.as_of) or "undated", one_line(v.publisher or v.source_id)]
        )
        for v in rec.rosters
    }


@dataclass
class _ConventionNames:
    """Resolves a verdict's convention key to the label a reviewer reads."""

    by_version: dict[tuple[str, int], str]  # (key, roster version) → label
    latest: dict[str, str]  # key → label on the latest version that has it

    @classmethod
    def of(cls, rec: Reconciliation) -> _ConventionNames:
        ordered = sorted(rec.conventions, key=lambda c: c.roster_version)
        return cls(
            {(c.key, c.roster_version): c.label for c in ordered},
            {c.key: c.label for c in ordered},
        )

    def is_convention(self, verdict: Verdict | None) -> bool:
        """Whether the verdict names a counting convention rather than a mechanism."""
        return bool(verdict and verdict.convention and verdict.convention in self.latest)

    def label(self, verdict: Verdict | None) -> str | None:
        if not verdict or not verdict.convention:
            return None
        # Not a convention key: a mechanism name such as "qualifier_dropped".
        return (
            self.by_version.get((verdict.convention, verdict.roster_version or 0))
            or self.latest.get(verdict.convention)
            or verdict.convention.replace("_", " ")
        )


def _verdict_name(verdict: Verdict | None) -> str:
    return verdict.verdict if verdict and verdict.verdict in VERDICT_ORDER else "unreconciled"


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


def _claim_groups(rec: Reconciliation, principal: str) -> list[VerdictGroup]:
    by_verdict: dict[str, list[ClaimRecord]] = defaultdict(list)
    representatives, stands_for = _story_representatives(rec)
    for claim in representatives:
        by_verdict[_verdict_name(rec.verdicts.get(claim.claim_id))].append(claim)
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
    context = _CardContext(
        anchors, articles, claims_by_id, _ConventionNames.of(rec), _roster_tags(rec), principal
    )
    groups = []
    for name, claims in ordered:
        views = [_claim_view(c, name, rec.verdicts.get(c.claim_id), context) for c in claims]
        groups.append(VerdictGroup(name, VERDICT_HEADINGS[name], views))
    return groups


@dataclass
class _CardContext:
    """What every claim card looks things up in."""

    anchors: dict[str, str]
    articles: dict[str, ArticleRef]
    claims_by_id: dict[str, ClaimRecord]
    names: _ConventionNames
    roster_tags: dict[int, str]
    principal: str  # display name


def _summary(claim: ClaimRecord, name: str, verdict: Verdict | None, ctx: _CardContext) -> str:
    """One line a reviewer reads first: verdict, what is claimed, what it counts, the numbers."""
    noun = _plural(claim.noun, claim.value)
    claimed = " ".join(p for p in (figure_text(claim.value, claim.qualifier), noun) if p)
    scope = _scope_text(claim.scope, ctx.principal)
    convention = ctx.names.label(verdict)
    parts = [f"{VERDICT_WORDS[name]}: claims {claimed}" + (f" ({scope})" if scope else "")]
    if claim.kind != "signatories":
        parts.append(f"a count of {claim.kind.replace('_', ' ')}")
    if convention:
        how = "read as" if ctx.names.is_convention(verdict) else "by"
        parts.append(f"{how} {convention}")
    mechanism = verdict.mechanism if verdict else None
    if mechanism and mechanism != (verdict.convention if verdict else None):
        parts.append(f"explained by {mechanism.replace('_', ' ')}")
    if verdict and verdict.expected is not None:
        parts.append(f"expected {verdict.expected}")
    if verdict and verdict.delta is not None:
        parts.append(f"difference {_signed(verdict.delta)}")
    return one_line(" · ".join(parts))


def _claim_view(
    claim: ClaimRecord, name: str, verdict: Verdict | None, ctx: _CardContext
) -> ClaimView:
    anchors, articles, claims_by_id = ctx.anchors, ctx.articles, ctx.claims_by_id
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
    convention = ctx.names.label(verdict)
    roster = None
    if verdict and verdict.roster_version is not None:
        roster = ctx.roster_tags.get(verdict.roster_version)
    explanation = verdict.explanation if verdict else "No verdict was produced for this claim."
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
        explanation=explanation,
        copies=copies,
        evidence=evidence,
        roster=roster,
        summary=_summary(claim, name, verdict, ctx),
        long_explanation=len(explanation) > LONG_EXPLANATION,
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
            publisher=one_line(v.publisher) or None,
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
    shared = Counter(row.publisher for row in rows)
    for row in rows:
        row.label = row.publisher
        if shared[row.publisher] > 1:  # one publisher, several sources: say which
            row.label = f"{row.publisher} ({one_line(row.source_id)})"
    return columns, rows


def _transposed(columns: list[CoverageColumn], rows: list[CoverageRow]) -> list[CoverageEntity]:
    """Entities as rows and sources as columns: long lists scroll down, not sideways."""
    result = []
    for i, col in enumerate(columns):
        cells = [row.cells[i] for row in rows]
        result.append(
            CoverageEntity(
                code=col.code,
                name=col.name,
                group=col.group,
                cells=cells,
                signatory_in=cells.count(SIGNATORY_MARK),
                mentioned_in=cells.count(MENTION_MARK),
            )
        )
    return result


def _by_source(columns: list[CoverageColumn], rows: list[CoverageRow]) -> list[SourceCoverage]:
    """Per source, the entities it lists as signatories and those it only mentions."""

    def named(row: CoverageRow, mark: str) -> list[str]:
        return [c.name for c, m in zip(columns, row.cells, strict=True) if m == mark]

    return [
        SourceCoverage(
            row.source_id,
            row.publisher,
            named(row, SIGNATORY_MARK),
            named(row, MENTION_MARK),
            row.label,
        )
        for row in rows
    ]


def _convention_groups(rec: Reconciliation) -> list[ConventionGroup]:
    """Conventions per roster version, latest first; composites apart from the base ones."""
    rosters = {v.version: v for v in rec.rosters}
    versions = sorted({c.roster_version for c in rec.conventions}, reverse=True)
    groups = []
    for version in versions:
        mine = [c for c in rec.conventions if c.roster_version == version]
        rows = {
            composite: [
                ConventionRow(c.label, c.total, c.roster_version, c.description)
                for c in sorted(mine, key=lambda c: (-c.total, c.label))
                if (c.group is not None) == composite
            ]
            for composite in (False, True)
        }
        roster = rosters.get(version)
        heading = f"Version {version}"
        if roster is not None:
            publisher = one_line(roster.publisher or roster.source_id)
            heading += (
                f" · {one_line(roster.as_of) or 'undated'} · {publisher} "
                f"({len(roster.entries)} entries)"
            )
        groups.append(ConventionGroup(version, heading, rows[False], rows[True]))
    return groups


def _glance(rec: Reconciliation) -> list[GlanceFigure]:
    """Each distinct claimed figure once: how many sources carry it, and how it was judged."""
    names = _ConventionNames.of(rec)
    # Figure key: signatory counts first, then by value (vague figures last), then qualifier.
    sources: dict[tuple[bool, bool, int, str, str], set[str]] = defaultdict(set)
    readings: dict[tuple[bool, bool, int, str, str], dict[tuple[int, str], set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for claim in rec.claims:
        verdict = rec.verdicts.get(claim.claim_id)
        key = (
            claim.kind != "signatories",
            claim.value is None,
            claim.value or 0,
            claim.qualifier,
            claim.kind,
        )
        source = claim.article.source_id
        sources[key].add(source)
        reading = (VERDICT_ORDER.index(_verdict_name(verdict)), names.label(verdict) or "")
        readings[key][reading].add(source)
    return [
        GlanceFigure(
            figure=figure_text(None if key[1] else key[2], key[3]),
            value=None if key[1] else key[2],
            qualifier=key[3],
            kind=key[4],
            sources=len(sources[key]),
            readings=[
                GlanceReading(VERDICT_ORDER[rank], label or None, len(ids))
                for (rank, label), ids in sorted(readings[key].items())
            ],
        )
        for key in sorted(sources)
    ]


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
    principal = _name(rec.principal)
    convention_groups = _convention_groups(rec)
    return ReportView(
        topic=one_line(rec.topic_name),
        principal=principal,
        answer=[p for p in rec.answer if p and p.strip()],
        groups=_claim_groups(rec, the_name(rec.principal)),
        claim_count=len(rec.claims),
        versions=versions,
        roster_rows=roster_rows,
        # Same order as the grouped tables: latest version first, base before composite.
        conventions=[
            (r.label, r.total, r.roster_version, r.description)
            for g in convention_groups
            for r in g.base + g.composites
        ],
        coverage_columns=columns,
        coverage_rows=rows,
        non_signatories=_non_signatories(rec, mentions, roster_codes),
        convention_groups=convention_groups,
        coverage_entities=_transposed(columns, rows),
        source_coverage=_by_source(columns, rows),
        glance=_glance(rec),
    )
