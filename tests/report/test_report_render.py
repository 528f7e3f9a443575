"""The HTML and Markdown reports: sections, ordering, hostile content, atomic writes."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import lxml.html
import pytest
from markdown_it import MarkdownIt

from pipelines.reconcile.models import ArticleRef, ClaimRecord, Reconciliation, Verdict
from pipelines.report.render import (
    CONTENT_SECURITY_POLICY,
    render_html,
    render_markdown,
    write_report,
)
from pipelines.report.view import _copy_key

SECTION_IDS = ["answer", "claims", "roster", "conventions", "coverage", "non-signatories"]
MD_SECTIONS = [
    "## 1. The answer",
    "## 2. Claims",
    "## 3. Roster",
    "## 4. Counting conventions",
    "## 5. Coverage matrix",
    "## 6. Mentioned, not signatories",
]
VERDICT_RANK = {"contradicts": 0, "explained": 1, "consistent": 2, "match": 3}


def _doc(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def _md_to_html(markdown: str) -> lxml.html.HtmlElement:
    # Raw HTML allowed, as in GitHub-flavoured rendering before sanitising: the strict case.
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)
    return lxml.html.fragment_fromstring(html, create_parent="div")


def _assert_inert(root: lxml.html.HtmlElement) -> None:
    """No script, no event handler, no non-http link, no image or frame anywhere in the tree."""
    assert root.findall(".//script") == []
    for tag in ("img", "iframe", "object", "embed", "form", "base", "link", "foreignObject"):
        assert root.findall(f".//{tag}") == [], tag
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (el.tag, name)
            assert "javascript:" not in value.lower(), (el.tag, name, value)
        if el.tag == "a" and "href" in el.attrib:
            assert re.match(r"^(https?://|#)", el.attrib["href"]), el.attrib["href"]


def test_html_sections_in_order(dfi_reconciliation: Reconciliation, dfi_mentions) -> None:
    doc = _doc(render_html(dfi_reconciliation, dfi_mentions))
    ids = [s.get("id") for s in doc.iter("section")]
    assert ids == SECTION_IDS
    assert doc.get("lang") == "en"
    assert [h.text_content().split(". ", 1)[0] for h in doc.iter("h2")] == list("123456")
    answer = [p.text_content() for p in doc.get_element_by_id("answer").iter("p")]
    assert answer == dfi_reconciliation.answer


def test_markdown_sections_in_order(dfi_reconciliation: Reconciliation, dfi_mentions) -> None:
    md = render_markdown(dfi_reconciliation, dfi_mentions)
    positions = [md.index(heading + "\n") for heading in MD_SECTIONS]
    assert positions == sorted(positions)
    assert md.startswith("# Reconciliation report: Declaration for the Future of the Internet\n")


def test_claims_are_grouped_unexplained_first(hostile_reconciliation: Reconciliation) -> None:
    doc = _doc(render_html(hostile_reconciliation))
    articles = doc.get_element_by_id("claims").findall(".//article")
    verdicts = [a.get("class").split()[1].removeprefix("claim-") for a in articles]
    # Syndicated copies of one story's claim are shown once.
    assert len(articles) == len({_copy_key(c) for c in hostile_reconciliation.claims})
    assert verdicts[0] == "contradicts"
    assert [VERDICT_RANK[v] for v in verdicts] == sorted(VERDICT_RANK[v] for v in verdicts)
    # Every claim carries its verdict as text, not only as colour.
    for article, verdict in zip(articles, verdicts, strict=True):
        badge = article.find_class("badge")[0]
        assert badge.text_content().strip().startswith(verdict[:5])

    md = render_markdown(hostile_reconciliation)
    order = [m.group(1) for m in re.finditer(r"^#### \S+ (\w+)", md, flags=re.M)]
    assert order[0] == "CONTRADICTS"
    assert [VERDICT_RANK[v.lower()] for v in order] == sorted(
        VERDICT_RANK[v.lower()] for v in order
    )


def test_claim_details_are_shown(dfi_reconciliation: Reconciliation) -> None:
    doc = _doc(render_html(dfi_reconciliation))
    cnbc = next(
        a for a in doc.iter("article") if "55 other nations" in a.find(".//h4").text_content()
    )
    assert [m.text_content() for m in cnbc.iter("mark")] == ["55 other nations"]
    assert "The United States and 55 other nations on Thursday" in cnbc.find(
        ".//blockquote"
    ).text_content().replace("\n", " ")
    facts = {
        div.find("dt").text_content(): div.find("dd").text_content()
        for div in cnbc.find_class("facts")[0].findall("div")
    }
    assert facts["Expected"] == "60"
    assert facts["Difference"] == "−5"
    assert facts["Convention"] == "qualifier dropped"
    links = [a.get("href") for a in cnbc.iter("a")]
    assert "https://www.cnbc.com/2022/04/28/us-joins-55-nations.html" in links
    # Evidence points at the cited claims' anchors inside the same report.
    for href in (h for h in links if h.startswith("#")):
        assert doc.get_element_by_id(href[1:]) is not None
    assert "2022-04-28" in cnbc.find(".//time").text_content()

    reuters = next(
        a for a in doc.iter("article") if "Reuters" in a.find_class("source")[0].text_content()
    )
    copies = reuters.find_class("copies")[0]
    assert "U.S. News & World Report" in copies.text_content()

    # A convention key resolves to its label.
    md = render_markdown(dfi_reconciliation)
    assert "convention Countries and territories, without the principal" in md
    assert "> The United States and **55 other nations** on Thursday" in md


def test_roster_and_conventions(dfi_reconciliation: Reconciliation) -> None:
    doc = _doc(render_html(dfi_reconciliation))
    roster = doc.get_element_by_id("roster")
    version_rows = roster.find(".//table").findall(".//tbody/tr")
    assert [r.find("th").text_content() for r in version_rows] == ["v1", "v2"]
    assert "Ghana, Zambia" in version_rows[1].text_content()
    entity_rows = [r for t in roster.find_class("roster") for r in t.findall(".//tbody/tr")]
    assert len(entity_rows) == 63
    kinds = {r.find("th").text_content(): r.findall("td")[1].text_content() for r in entity_rows}
    assert kinds["Taiwan"] == "partially recognised"
    assert kinds["European Commission"] == "supranational"
    ghana = next(r for r in entity_rows if r.find("th").text_content() == "Ghana")
    assert [td.text_content() for td in ghana.findall("td")[2:]] == ["–", "✓"]

    conventions = doc.get_element_by_id("conventions").findall(".//tbody/tr")
    table = {r.find("th").text_content(): r.findall("td")[0].text_content() for r in conventions}
    assert table["Endorsers, without the principal"] == "61"
    assert table["Countries and territories, without the principal"] == "60"
    assert len(table) == len(dfi_reconciliation.conventions)


def test_coverage_matrix_and_non_signatories(
    dfi_reconciliation: Reconciliation, dfi_mentions: list[dict]
) -> None:
    doc = _doc(render_html(dfi_reconciliation, dfi_mentions))
    coverage = doc.get_element_by_id("coverage")
    matrix = coverage.find(".//table")
    # Transposed: entities are rows, sources are numbered columns keyed in a list above.
    key = [li.text_content().split(" ", 1)[1] for li in coverage.find_class("source-key")[0]]
    header = [th.text_content() for th in matrix.findall(".//thead/tr/th")]
    assert header[3:] == [str(i) for i in range(1, len(key) + 1)]
    rows = {
        tr.find("th/abbr").get("title"): [td.text_content() for td in tr.findall("td")]
        for tr in matrix.findall(".//tbody/tr")
    }
    codes = list(rows)
    assert codes[0] == "USA"  # the principal first
    assert {"RUS", "CHN", "EUU"} <= set(codes[-4:])  # others after the roster
    wh, hill = key.index("The White House"), key.index("The Hill")
    assert rows["TWN"][2 + wh] == "●" and rows["USA"][2 + wh] == "○" and rows["RUS"][2 + wh] == ""
    assert rows["RUS"][2 + hill] == "○" and rows["CHN"][2 + hill] == "○"
    assert rows["ALB"][2 + hill] == ""
    assert rows["RUS"][:2] == ["", "3"]  # listed by no source, mentioned by three
    assert rows["TWN"][:2] == ["1", ""]

    non = doc.get_element_by_id("non-signatories").findall(".//tbody/tr")
    listed = {r.findall("td")[0].text_content(): r for r in non}
    assert set(listed) == {"RUS", "CHN", "EUU"}  # not the principal, not roster entries
    russia = listed["RUS"].findall("td")
    assert russia[2].text_content() == "3"
    assert russia[3].text_content() == "CNBC, European Commission, The Hill"
    assert "the Russian government" in russia[4].text_content()

    md = render_markdown(dfi_reconciliation, dfi_mentions)
    assert "| Russia | RUS | state | 3 | CNBC, European Commission, The Hill |" in md


def test_without_mentions_the_mention_sections_say_so(dfi_reconciliation) -> None:
    doc = _doc(render_html(dfi_reconciliation))
    assert doc.get_element_by_id("coverage").find_class("empty")
    md = render_markdown(dfi_reconciliation)
    assert "_No entity mentions were supplied._" in md


def test_hostile_html_is_inert(hostile_reconciliation, hostile_mentions) -> None:
    html = render_html(hostile_reconciliation, hostile_mentions)
    doc = _doc(html)
    _assert_inert(doc)
    assert len(doc.findall(".//svg")) == 1  # "</svg><svg onload=…" did not open a second one
    assert doc.find(".//meta[@http-equiv='Content-Security-Policy']").get("content") == (
        CONTENT_SECURITY_POLICY
    )
    assert "script-src" not in CONTENT_SECURITY_POLICY  # default-src 'none' covers scripts
    # The payloads are still there for the reviewer, as text.
    text = doc.text_content()
    assert "<script>window.__pwned = 1; alert(1)</script>" in text
    assert '<img src=x onerror="window.__pwned=2;alert(1)">' in text
    assert "[x](javascript:alert(1))" in text
    assert "]]> </svg><script>window.__pwned=3</script>" in text
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert "javascript:" not in "".join(a.get("href", "") for a in doc.iter("a"))


def test_hostile_markdown_is_inert(hostile_reconciliation, hostile_mentions) -> None:
    md = render_markdown(hostile_reconciliation, hostile_mentions)
    root = _md_to_html(md)
    _assert_inert(root)
    # Every unescaped "](" opens a link destination; escaped "\\]" is text.
    for target in re.findall(r"(?<!\\)\]\(([^)\s]*)", md):
        assert re.match(r"^(https?://|#)", target), target
    assert "\\[x\\](javascript:alert(1))" in md  # escaped, so no link can form
    assert "<script" not in md and "<img" not in md and "</svg" not in md
    # Raw HTML in the Markdown is only our own anchors.
    assert set(re.findall(r"<(/?\w+)", md)) == {"a", "/a"}
    text = root.text_content()
    assert "<script>window.__pwned = 1; alert(1)</script>" in text
    assert "[x](javascript:alert(1))" in text
    # The hostile table cell stays one cell: each row of the non-signatories table has 6 cells.
    table = root.findall(".//table")[-1]
    assert {len(tr.findall("td")) for tr in table.findall(".//tbody/tr")} == {6}


def test_principal_and_topic_come_from_the_reconciliation(dfi_reconciliation) -> None:
    dfi_reconciliation.topic_name = "Paris Call for Trust and Security in Cyberspace"
    dfi_reconciliation.principal = "FRA"
    html = render_html(dfi_reconciliation)
    doc = _doc(html)
    assert doc.find(".//h1").text_content() == "Paris Call for Trust and Security in Cyberspace"
    assert "Principal party: France" in doc.find_class("meta")[0].text_content()
    assert "Principal party: **France**" in render_markdown(dfi_reconciliation)


def _minimal_claim(
    value: int | None, verdict: Verdict | None
) -> tuple[ClaimRecord, Verdict | None]:
    article = ArticleRef("a1", "s1", "news", None, None, None, None, "a1")
    claim = ClaimRecord(
        "c1", article, "", "about 40 states", value, "about", "state", "unspecified", "other", 0, 0
    )
    return claim, verdict


def test_empty_and_sparse_reconciliations_render() -> None:
    empty = Reconciliation("Empty topic", "USA", [], [], [], {}, [])
    for output in (render_html(empty), render_markdown(empty)):
        assert "No claims were found." in output
        assert "there is no roster" in output
    claim, _ = _minimal_claim(40, None)
    sparse = Reconciliation("Sparse", "USA", [], [], [claim], {}, [])
    doc = _doc(render_html(sparse))
    article = doc.get_element_by_id("claim-1")
    assert "claim-unreconciled" in article.get("class")
    assert article.find(".//mark") is None  # the span is not in the (empty) sentence
    assert "s1 · undated" in article.text_content()  # no publisher: the source id stands in
    assert "⚪ NOT RECONCILED" in render_markdown(sparse)


def test_rendering_is_deterministic(dfi_reconciliation, dfi_mentions) -> None:
    assert render_html(dfi_reconciliation, dfi_mentions) == render_html(
        dfi_reconciliation, dfi_mentions
    )
    assert render_markdown(dfi_reconciliation, dfi_mentions) == render_markdown(
        dfi_reconciliation, dfi_mentions
    )


def test_write_report_writes_both_files_atomically(
    tmp_path: Path, dfi_reconciliation, dfi_mentions
) -> None:
    out = tmp_path / "report"
    html_path, md_path = write_report(dfi_reconciliation, out, dfi_mentions)
    assert (html_path.name, md_path.name) == ("reconciliation.html", "reconciliation.md")
    assert html_path.read_text(encoding="utf-8") == render_html(dfi_reconciliation, dfi_mentions)
    assert md_path.read_text(encoding="utf-8") == render_markdown(dfi_reconciliation, dfi_mentions)
    assert stat.S_IMODE(html_path.stat().st_mode) == 0o644
    assert sorted(p.name for p in out.iterdir()) == ["reconciliation.html", "reconciliation.md"]

    # Rewriting replaces the files; a failing render leaves the previous pair untouched.
    dfi_reconciliation.answer = ["Second run."]
    write_report(dfi_reconciliation, out, dfi_mentions)
    assert "Second run." in html_path.read_text(encoding="utf-8")
    before = (html_path.read_bytes(), md_path.read_bytes())
    dfi_reconciliation.claims = None  # type: ignore[assignment]
    with pytest.raises(TypeError):
        write_report(dfi_reconciliation, out, dfi_mentions)
    assert (html_path.read_bytes(), md_path.read_bytes()) == before
    assert sorted(p.name for p in out.iterdir()) == ["reconciliation.html", "reconciliation.md"]


def test_a_verdict_shows_the_label_of_the_roster_version_it_was_judged_against() -> None:
    """One convention key names a different total on each roster version."""
    from dataclasses import replace

    from pipelines.reconcile.models import Convention
    from pipelines.report.render import render_markdown
    from tests.report.conftest import build_dfi_reconciliation

    rec = build_dfi_reconciliation()
    claim_id, verdict = next(iter(rec.verdicts.items()))
    rec.conventions = [
        Convention("k", "the list as of version one", 60, 1),
        Convention("k", "the list as of version two", 70, 2),
    ]
    rec.verdicts[claim_id] = replace(verdict, convention="k", roster_version=1)
    text = render_markdown(rec)
    assert "convention the list as of version one" in text
    assert "convention the list as of version two" not in text


def test_syndicated_copies_are_shown_once_and_listed() -> None:
    from dataclasses import replace

    from tests.report.conftest import build_dfi_reconciliation

    rec = build_dfi_reconciliation()
    shown_before = sum(line.startswith("#### ") for line in render_markdown(rec).splitlines())
    original = rec.claims[0]
    copy_article = replace(
        original.article,
        article_id="a-copy",
        source_id="agg",
        source_kind="aggregator",
        publisher="Aggregator Copy",
    )
    copy = replace(original, claim_id="c-copy", article=copy_article)
    rec.claims.append(copy)
    rec.verdicts["c-copy"] = replace(rec.verdicts[original.claim_id], claim_id="c-copy")
    md = render_markdown(rec)
    headings = [line for line in md.splitlines() if line.startswith("#### ")]
    assert len(headings) == shown_before == len({_copy_key(c) for c in rec.claims})
    assert "Aggregator Copy" not in "".join(headings)


def test_the_markdown_header_counts_in_the_singular_for_one() -> None:
    from dataclasses import replace

    from tests.report.conftest import build_dfi_reconciliation

    rec = build_dfi_reconciliation()
    rec = replace(rec, rosters=rec.rosters[:1])
    header = render_markdown(rec).splitlines()[2]
    assert "1 roster version ·" in header
