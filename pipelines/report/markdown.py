"""The reconciliation report as Markdown, for code review and chat.

Same sections as the HTML report, read from the same view. Every piece of scraped text goes
through `md_text` (or `md_link`), so hostile text stays inert in GitHub-style renderers.
"""

from __future__ import annotations

from .safety import md_link, md_text
from .view import QUALIFIER_LABELS, ArticleLink, ClaimView, ConventionRow, ReportView

BADGES = {
    "contradicts": "🔴 CONTRADICTS",
    "explained": "🟠 EXPLAINED",
    "consistent": "🔵 CONSISTENT",
    "match": "🟢 MATCH",
    "unreconciled": "⚪ NOT RECONCILED",
}


def _link(link: ArticleLink, title: str | None = None) -> str:
    return md_link(title or link.label, link.raw_url)


def _table(header: list[str], rows: list[list[str]], align: list[str] | None = None) -> list[str]:
    """A GFM table; cells must already be escaped."""
    align = align or ["---"] * len(header)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def _claim(c: ClaimView) -> list[str]:
    claim = c.claim
    source = f"{_link(c.source)} · {md_text(c.source.published) or 'undated'}"
    if c.title:
        source += f" · *{_link(c.source, c.title)}*"
    quote = md_text(c.before, strip=False)
    if c.marked:
        # Bold rather than <mark>, which GitHub strips; the span itself is trimmed because
        # emphasis does not open or close next to a space.
        quote += f"**{md_text(c.marked)}**"
    quote = (quote + md_text(c.after, strip=False)).strip()
    value = "" if claim.value is None else str(claim.value)
    claimed = " ".join(
        p
        for p in (
            md_text(QUALIFIER_LABELS.get(claim.qualifier, claim.qualifier)),
            value,
            md_text(claim.noun),
        )
        if p
    )
    roster = f" ({md_text(c.roster)})" if c.roster else ""
    facts = (
        f"claimed {claimed} · scope {md_text(claim.scope.replace('_', ' '))} · "
        f"kind {md_text(claim.kind)} · convention {md_text(c.convention) or '—'}{roster} · "
        f"expected {'—' if c.expected is None else c.expected} · difference {c.delta or '—'}"
    )
    lines = [
        f'<a id="{c.anchor}"></a>',
        f"#### {BADGES[c.verdict]} — “{md_text(claim.text)}” — {md_text(c.source.label)}",
        "",
        source,
        "",
        f"> {quote}",
        "",
        f"**{md_text(c.summary)}**",
        "",
        f"- {facts}",
        f"- Why: {md_text(c.explanation)}",
    ]
    if c.evidence:
        cited = "; ".join(f"[{md_text(label)}](#{anchor})" for anchor, label in c.evidence)
        lines.append(f"- Evidence: {cited}")
    if c.copies:
        copies = "; ".join(
            _link(copy) + (f" ({md_text(copy.published)})" if copy.published else "")
            for copy in c.copies
        )
        lines.append(f"- Syndicated copies: {copies}")
    return lines + [""]


def _glance(view: ReportView) -> list[str]:
    """Roster sizes and the distinct claimed figures, above the engine's paragraphs."""
    if not (view.versions or view.glance):
        return []
    lines = ["**At a glance**", ""]
    if view.versions:
        lines += _table(
            ["Roster version", "As of", "Published by", "Entries"],
            [
                [
                    f"v{v.version}",
                    md_text(v.as_of) or "undated",
                    md_text(v.publisher or v.source_id),
                    f"**{v.size}**",
                ]
                for v in reversed(view.versions)
            ],
            ["---", "---", "---", "---:"],
        )
    if view.glance:
        lines += _table(
            ["Figure", "Counts", "Sources", "Verdict and convention or mechanism (sources)"],
            [
                [
                    f"**{md_text(g.figure)}**",
                    md_text(g.kind),
                    str(g.sources),
                    "; ".join(
                        f"{BADGES[r.verdict]} {md_text(r.convention) or '—'}"
                        + (f" ({r.sources})" if len(g.readings) > 1 else "")
                        for r in g.readings
                    ),
                ]
                for g in view.glance
            ],
            ["---:", "---", "---:", "---"],
        )
    return lines


def _answer(view: ReportView) -> list[str]:
    lines = ["## 1. The answer", ""] + _glance(view)
    for paragraph in view.answer:
        lines += [md_text(paragraph), ""]
    if not view.answer:
        lines += ["_The reconciliation produced no summary._", ""]
    if view.groups:
        lines.append(" · ".join(f"{BADGES[g.verdict]} {len(g.claims)}" for g in view.groups))
        lines.append("")
    return lines


def _claims(view: ReportView) -> list[str]:
    lines = ["## 2. Claims", ""]
    if not view.groups:
        return lines + ["_No claims were found._", ""]
    for group in view.groups:
        lines += [f"### {group.heading} ({len(group.claims)})", ""]
        for c in group.claims:
            lines += _claim(c)
    return lines


def _roster(view: ReportView) -> list[str]:
    lines = ["## 3. Roster", ""]
    if not view.versions:
        return lines + ["_No official source listed the endorsers, so there is no roster._", ""]
    lines += _table(
        ["Version", "As of", "Source", "Size", "Added", "Removed", "Disagrees with"],
        [
            [
                f"v{v.version}",
                md_text(v.as_of) or "undated",
                md_text(v.source_id),
                str(v.size),
                md_text(", ".join(v.added)) or "—",
                md_text(", ".join(v.removed)) or "—",
                md_text(", ".join(v.disagrees_with)) or "—",
            ]
            for v in view.versions
        ],
        ["---", "---", "---", "---:", "---", "---", "---"],
    )
    lines += [f"Entities on the roster ({len(view.roster_rows)}):", ""]
    lines += _table(
        ["Entity", "Code", "Kind"] + [f"v{v.version}" for v in view.versions],
        [
            [md_text(r.name), md_text(r.code), md_text(r.kind)]
            + ["✓" if p else "–" for p in r.present]
            for r in view.roster_rows
        ],
        ["---", "---", "---"] + [":---:"] * len(view.versions),
    )
    return lines


def _convention_table(rows: list[ConventionRow]) -> list[str]:
    return _table(
        ["Convention", "Total", "How it counts"],
        [[md_text(r.label), f"**{r.total}**", md_text(r.description) or "—"] for r in rows],
        ["---", "---:", "---"],
    )


def _conventions(view: ReportView) -> list[str]:
    lines = ["## 4. Counting conventions", ""]
    if not view.convention_groups:
        return lines + ["_No counting conventions (no roster)._", ""]
    for i, group in enumerate(view.convention_groups):
        latest = " (latest)" if i == 0 and len(view.convention_groups) > 1 else ""
        lines += [f"### {md_text(group.heading)}{latest}", ""]
        if group.base:
            lines += _convention_table(group.base)
        if group.composites:
            lines += [
                f"Composite conventions, a group's members set apart ({len(group.composites)}):",
                "",
            ]
            lines += _convention_table(group.composites)
    return lines


def _coverage(view: ReportView) -> list[str]:
    lines = ["## 5. Coverage matrix", ""]
    if not (view.coverage_rows and view.coverage_columns):
        return lines + ["_No entity mentions were supplied._", ""]
    lines += [
        "What each source names: entities it lists as signatories, and those it only mentions.",
        "",
    ]

    def names(found: list[str]) -> str:
        return f"{len(found)}: {md_text(', '.join(found))}" if found else "—"

    return lines + _table(
        ["Source", "As signatories", "Mentioned only"],
        [[md_text(s.label), names(s.signatories), names(s.mentions)] for s in view.source_coverage],
    )


def _non_signatories(view: ReportView) -> list[str]:
    lines = ["## 6. Mentioned, not signatories", ""]
    if not view.non_signatories:
        return lines + [
            "_Every entity mentioned is on a roster version (or is the principal)._",
            "",
        ]
    return lines + _table(
        ["Entity", "Code", "Kind", "Mentions", "Where", "As written"],
        [
            [
                md_text(n.name),
                md_text(n.code),
                md_text(n.kind),
                str(n.count),
                md_text(", ".join(n.where)),
                md_text(", ".join(n.texts)),
            ]
            for n in view.non_signatories
        ],
        ["---", "---", "---", "---:", "---", "---"],
    )


def _count(n: int, noun: str) -> str:
    """'1 claim', '12 claims' — the same plural rule the HTML template applies."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def markdown_from_view(view: ReportView) -> str:
    """The whole Markdown document for a report view."""
    lines = [
        f"# Reconciliation report: {md_text(view.topic)}",
        "",
        f"Principal party: **{md_text(view.principal)}** · {_count(view.claim_count, 'claim')} · "
        f"{_count(len(view.versions), 'roster version')} · "
        f"{_count(len(view.conventions), 'counting convention')}",
        "",
    ]
    for section in (_answer, _claims, _roster, _conventions, _coverage, _non_signatories):
        lines += section(view)
    return "\n".join(lines).rstrip("\n") + "\n"
