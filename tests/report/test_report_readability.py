"""Readability on bigger corpora: grouped conventions, transposed coverage, claim summaries,
roster versions on claim cards, and the "at a glance" answer."""

from __future__ import annotations

from dataclasses import replace

import lxml.html
import pytest
from markdown_it import MarkdownIt

from pipelines.reconcile.models import Convention, Reconciliation, RosterVersion
from pipelines.report.chart import _spread_labels, build_chart, drawn_conventions
from pipelines.report.render import render_html, render_markdown
from pipelines.report.view import build_view, figure_text
from tests.report.conftest import HOSTILE_PUBLISHER, build_dfi_reconciliation, build_mentions


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _md_section(md: str, heading: str) -> str:
    start = md.index(heading)
    end = md.find("\n## ", start + 1)
    return md[start : end if end >= 0 else len(md)]


def _with_composites(rec: Reconciliation) -> Reconciliation:
    """Add "EU members counted apart" conventions to both versions, as the engine does."""
    extra = [
        Convention("endorsers_without_principal_euu_apart", "the 34 endorsers besides 27 EU", 34,
                   1, "Composite of 'endorsers_without_principal'.", group="EUU", group_count=27),
        Convention("countries_without_principal_euu_apart", "the 33 countries besides 27 EU", 33,
                   1, "Composite.", group="EUU", group_count=27),
        Convention("v2_endorsers_without_principal_euu_apart", "the 36 endorsers (v2) besides 27 EU",
                   36, 2, "Composite.", group="EUU", group_count=27),
    ]  # fmt: skip
    # Composites first, as the engine's own order had them: the report must regroup.
    rec.conventions = extra + rec.conventions
    return rec


@pytest.fixture
def rec() -> Reconciliation:
    return _with_composites(build_dfi_reconciliation())


def test_conventions_are_grouped_by_version_latest_first_with_composites_apart(rec) -> None:
    view = build_view(rec)
    assert [g.version for g in view.convention_groups] == [2, 1]
    v1 = view.convention_groups[1]
    assert [r.total for r in v1.base] == sorted((r.total for r in v1.base), reverse=True)
    assert [r.total for r in v1.composites] == [34, 33]
    assert all("EU" not in r.label for g in view.convention_groups for r in g.base)
    assert "Version 1 · 2022-04-28 · whitehouse (61 entries)" == v1.heading

    section = _doc(render_html(rec)).get_element_by_id("conventions")
    headings = [h.text_content() for h in section.iter("h3")]
    assert headings[0].startswith("Version 2") and "(latest)" in headings[0]
    assert headings[1].startswith("Version 1")
    # The base table shows no composite; composites sit in a labelled, folded sub-table.
    base_tables = [t for t in section.findall(".//table") if t.getparent().tag != "details"]
    first_v1 = [r.find("th").text_content() for r in base_tables[1].findall(".//tbody/tr")]
    assert first_v1[0] == "Endorsers, with the principal" and "EU" not in " ".join(first_v1)
    folded = section.findall(".//details")
    assert len(folded) == 2
    assert "Composite conventions" in folded[1].find("summary").text_content()
    assert "the 34 endorsers besides 27 EU" in folded[1].text_content()

    md = _md_section(render_markdown(rec), "## 4. Counting conventions")
    assert md.index("### Version 2") < md.index("### Version 1")
    v1_md = md[md.index("### Version 1") :]
    assert v1_md.index("Endorsers, with the principal") < v1_md.index("Composite conventions")
    assert v1_md.index("Composite conventions") < v1_md.index("the 34 endorsers besides 27 EU")


def test_chart_draws_only_base_and_used_composite_conventions(rec) -> None:
    keys = {(c.key, c.roster_version) for c in drawn_conventions(rec)}
    assert ("endorsers_without_principal_euu_apart", 1) not in keys
    assert ("endorsers_without_principal", 1) in keys
    claim_id = rec.claims[0].claim_id
    rec.verdicts[claim_id] = replace(
        rec.verdicts[claim_id], convention="countries_without_principal_euu_apart", roster_version=1
    )
    totals = {line.total for line in build_chart(rec).ref_lines}
    assert 33 in totals and 34 not in totals


def test_reference_labels_taller_than_the_plot_stack_down_without_overlap() -> None:
    heights = [40.0] * 6
    placed = _spread_labels([10, 12, 14, 16, 18, 20], heights, 0, 100)
    assert placed[0] == 0
    assert all(placed[i] >= placed[i - 1] + heights[i - 1] for i in range(1, len(placed)))


def test_chart_plots_only_signatory_counts_and_scrolls_when_wide() -> None:
    rec = build_dfi_reconciliation()
    joiner = replace(rec.claims[-2], claim_id="c-join", value=2, kind="joiners")
    rec.claims.append(joiner)
    chart = build_chart(rec)
    assert chart.other_kinds == 1 and chart.unplotted == 1
    assert not any("claimed 2 " in m.tooltip for m in chart.markers)
    assert not chart.wide
    html = render_html(rec)
    assert "1 number counting joiners, participants or other things is not plotted." in html

    # Forty publication dates: the plot keeps readable bands and is marked to scroll.
    for i in range(40):
        article = replace(rec.claims[0].article, article_id=f"a{i}", published_at=f"2023-01-{i:02}")
        rec.claims.append(replace(rec.claims[0], claim_id=f"c{i}", article=article))
    wide = build_chart(rec)
    assert wide.wide
    bands = sorted(wide.bands, key=lambda b: b.x0)
    assert min(b.x1 - b.x0 for b in bands) >= 84  # a date label fits its band
    assert 'class="chart wide"' in render_html(rec)


def test_coverage_markdown_lists_entities_per_source(rec) -> None:
    md = _md_section(render_markdown(rec, build_mentions(rec)), "## 5. Coverage matrix")
    rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Source | As signatories | Mentioned only |"
    assert all(line.count(" | ") == 2 for line in rows)  # three columns, however many entities
    hill = next(line for line in rows if line.startswith("| The Hill |"))
    assert hill == "| The Hill | — | 3: United States, China, Russia |"
    wh = next(line for line in rows if line.startswith("| The White House |"))
    # Both White House pages are one source: the April list plus December's two additions.
    assert "| 63: Albania, Andorra," in wh and "Taiwan" in wh and "| 1: United States |" in wh


def test_one_publisher_with_several_sources_is_told_apart() -> None:
    rec = build_dfi_reconciliation()
    mentions = build_mentions(rec)
    for m in mentions:
        if m["source_id"] == "ec":
            m["publisher"] = "The White House"
    for claim in rec.claims:
        if claim.article.source_id == "ec":
            claim.article.publisher = "The White House"
    view = build_view(rec, mentions)
    labels = {r.source_id: r.label for r in view.coverage_rows}
    assert labels["ec"] == "The White House (ec)"
    assert labels["whitehouse"] == "The White House (whitehouse)"
    assert labels["thehill"] == "The Hill"
    key = _doc(render_html(rec, mentions)).find_class("source-key")[0].text_content()
    assert "The White House (ec)" in key


def test_claim_card_leads_with_a_one_line_summary(rec) -> None:
    doc = _doc(render_html(rec))
    cnbc = next(a for a in doc.iter("article") if "55 other nations" in a.find(".//h4").text)
    summary = cnbc.find_class("summary")[0].text_content()
    assert summary == (
        "Explained: claims 55 nations (besides the United States) · by qualifier dropped · "
        "expected 60 · difference −5"
    )
    # Quote, summary, facts, explanation: in that order.
    classes = [el.get("class") or el.tag for el in cnbc if el.tag != "header"]
    assert classes.index("blockquote") < classes.index("summary") < classes.index("facts")
    assert cnbc.find_class("explanation")[0].text_content().startswith("Why: “55 other nations”")
    # Source and date are in the card's header next to the badge.
    header = cnbc.find("header").text_content()
    assert "EXPLAINED" in header.upper() and "CNBC" in header and "2022-04-28" in header

    md = render_markdown(rec)
    heading = "#### 🟠 EXPLAINED — “55 other nations” — CNBC"
    block = md[md.index(heading) :]
    assert block.index("> The United States and **55 other nations**") < block.index(
        "**Explained: claims 55 nations (besides the United States) · by qualifier dropped"
    )
    msft = next(c for g in build_view(rec).groups for c in g.claims if c.claim.claim_id == "c-msft")
    assert msft.summary == (
        "Match: claims 60 governments (besides the United States) · read as Countries and "
        "territories, without the principal · expected 60 · difference 0"
    )


def test_long_explanations_are_kept_in_full(rec) -> None:
    long_text = "Version 2 added " + ", ".join(f"Country {i}" for i in range(40)) + "."
    rec.verdicts["c-wh2"] = replace(rec.verdicts["c-wh2"], explanation=long_text)
    view = build_view(rec)
    card = next(c for g in view.groups for c in g.claims if c.claim.claim_id == "c-wh2")
    assert card.long_explanation
    doc = _doc(render_html(rec))
    explanation = doc.find_class("long")[0]
    assert explanation.text_content() == "Why: " + long_text
    assert f"- Why: {long_text}" in render_markdown(rec)


def test_claim_cards_name_the_roster_version_when_there_are_several(rec) -> None:
    rec.rosters[0].publisher = "The White House"
    rec.rosters[1].publisher = "U.S. Department of State"
    rec.verdicts["c-wh2"] = replace(rec.verdicts["c-wh2"], roster_version=2)
    rec.verdicts["c-msft"] = replace(rec.verdicts["c-msft"], roster_version=1)
    doc = _doc(render_html(rec))

    def facts(claim_text: str) -> dict[str, str]:
        card = next(a for a in doc.iter("article") if a.find(".//h4").text == f"“{claim_text}”")
        return {
            div.find("dt").text_content(): div.find("dd").text_content()
            for div in card.find_class("facts")[0].findall("div")
        }

    assert facts("63 partners")["Roster"] == "v2 · 2022-12-15 · U.S. Department of State"
    assert facts("60 other governments")["Roster"] == "v1 · 2022-04-28 · The White House"
    assert "Roster" not in facts("Dozens of countries")  # its verdict names no version
    md = render_markdown(rec)
    assert (
        "convention Endorsers after December 2022 (v2 · 2022-12-15 · U.S. Department of State)"
        in md
    )

    # One roster version: nothing to tell apart, so no version tag.
    rec.rosters = rec.rosters[:1]
    single = _doc(render_html(rec))
    assert all(dt.text != "Roster" for dt in single.iter("dt"))


def test_answer_opens_with_an_at_a_glance_table(rec) -> None:
    rec.rosters[1].publisher = "U.S. Department of State"
    view = build_view(rec)
    figures = {(g.figure, g.kind): g for g in view.glance}
    more_than_55 = figures[("more than 55", "signatories")]
    assert more_than_55.sources == 3  # The Hill, Reuters and its syndicated copy
    assert [(r.verdict, r.convention) for r in more_than_55.readings] == [
        ("consistent", "Countries and territories, without the principal")
    ]
    assert figures[("dozens", "signatories")].value is None
    assert [g.figure for g in view.glance] == ["55", "more than 55", "60", "61", "63", "dozens"]

    answer = _doc(render_html(rec)).get_element_by_id("answer")
    glance = answer.find_class("glance")[0]
    sizes = [
        [td.text_content() for td in tr.findall("td")] for tr in glance.findall(".//table")[0]
        .findall(".//tbody/tr")
    ]  # fmt: skip
    assert sizes == [["2022-12-15", "U.S. Department of State", "63"],
                     ["2022-04-28", "whitehouse", "61"]]  # fmt: skip
    rows = glance.findall(".//table")[1].findall(".//tbody/tr")
    row_55 = next(r for r in rows if r.find("th").text_content() == "more than 55")
    assert [td.text_content() for td in row_55.findall("td")][:2] == ["signatories", "3"]
    assert "CONSISTENT" in row_55.findall("td")[2].text_content().upper()
    # The engine's paragraphs stay, each its own paragraph, after the table.
    paragraphs = [p.text_content() for p in answer.findall("p")]
    assert paragraphs == rec.answer
    assert list(answer).index(glance) < list(answer).index(answer.findall("p")[0])

    md = _md_section(render_markdown(rec), "## 1. The answer")
    assert "| v2 | 2022-12-15 | U.S. Department of State | **63** |" in md
    assert (
        "| **more than 55** | signatories | 3 | 🔵 CONSISTENT Countries and territories, "
        "without the principal |" in md
    )
    assert md.index("**At a glance**") < md.index(rec.answer[0][:40])


def test_figure_text() -> None:
    assert figure_text(55, "more_than") == "more than 55"
    assert figure_text(60, "exact") == "60"
    assert figure_text(None, "dozens") == "dozens"


def test_new_sections_escape_scraped_text(rec) -> None:
    rec.rosters[1] = replace(rec.rosters[1], publisher=HOSTILE_PUBLISHER)
    rec.verdicts["c-wh2"] = replace(rec.verdicts["c-wh2"], roster_version=2)
    rec.claims[0].noun = "<script>window.__pwned=9</script>"
    mentions = build_mentions(rec)
    mentions[0]["publisher"] = "<img src=x onerror=alert(1)>"
    html = render_html(rec, mentions)
    doc = _doc(html)
    assert doc.findall(".//script") == [] and doc.findall(".//img") == []
    assert len(doc.findall(".//svg")) == 1
    assert HOSTILE_PUBLISHER in doc.get_element_by_id("answer").text_content()
    assert HOSTILE_PUBLISHER in doc.get_element_by_id("conventions").text_content()
    md = render_markdown(rec, mentions)
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(md)
    root = lxml.html.fragment_fromstring(rendered, create_parent="div")
    assert root.findall(".//script") == [] and root.findall(".//img") == []
    assert root.findall(".//svg") == []
    assert "<script>window.__pwned=9</script>" in root.text_content()


def test_view_keeps_roster_publisher(rec) -> None:
    rec.rosters = [replace(v, publisher=f"Publisher {v.version}") for v in rec.rosters]
    assert [v.publisher for v in build_view(rec).versions] == ["Publisher 1", "Publisher 2"]
    assert isinstance(rec.rosters[0], RosterVersion)
