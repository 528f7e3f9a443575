"""The claims chart: markers, reference lines, layout, escaping inside SVG."""

from __future__ import annotations

from lxml import etree

from pipelines.reconcile.models import Reconciliation
from pipelines.report.chart import _nice_step, _spread_labels, build_chart, render_chart

SVG = "{http://www.w3.org/2000/svg}"


def _svg(rec: Reconciliation) -> etree._Element:
    # Parsing as XML proves the SVG is well-formed: no payload closed or reopened an element.
    return etree.fromstring(str(render_chart(rec)).encode())


def _by_class(root: etree._Element, cls: str) -> list[etree._Element]:
    return [el for el in root.iter() if cls in (el.get("class") or "").split()]


def test_one_marker_per_numeric_claim_and_one_line_per_total(
    dfi_reconciliation: Reconciliation,
) -> None:
    root = _svg(dfi_reconciliation)
    numeric = [c for c in dfi_reconciliation.claims if c.value is not None]
    markers = _by_class(root, "marker")
    assert len(markers) == len(numeric) == len(dfi_reconciliation.claims) - 1  # "dozens" has none
    verdicts = sorted(m.get("class").split()[1].removeprefix("marker-") for m in markers)
    expected = sorted(dfi_reconciliation.verdicts[c.claim_id].verdict for c in numeric)
    assert verdicts == expected
    for marker in markers:
        assert marker.find(f"{SVG}title").text  # a tooltip on every marker
        assert marker.find(f"{SVG}path").get("d").startswith("M")

    totals = sorted({c.total for c in dfi_reconciliation.conventions})
    lines = _by_class(root, "ref-line")
    assert sorted(int(line.get("data-total")) for line in lines) == totals
    # Two conventions share the total 61: one line, both labels.
    group_61 = next(
        g for g in _by_class(root, "ref-line-group") if "61:" in g.find(f"{SVG}title").text
    )
    label = " ".join(group_61.find(f"{SVG}text").itertext())  # wrapped lines are <tspan>s
    assert "Endorsers, without the principal" in label
    assert "Countries and territories, with the principal" in label


def test_chart_is_labelled_and_sized(dfi_reconciliation: Reconciliation) -> None:
    root = _svg(dfi_reconciliation)
    assert float(root.get("width")) > 400 and float(root.get("height")) > 300
    assert root.get("role") == "img"
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Claimed number of parties" in texts
    assert any(t.startswith("Publication date") for t in texts)
    assert {"match", "consistent", "explained"} <= set(texts)  # the legend
    assert {"2022-04-28", "2022-04-29", "2022-12-15"} <= set(texts)  # date bands
    assert "1 claim(s) without a number are not plotted." in root.find(f"{SVG}desc").text


def test_markers_sit_inside_the_plot_and_same_day_sources_spread(
    dfi_reconciliation: Reconciliation,
) -> None:
    chart = build_chart(dfi_reconciliation)
    for m in chart.markers:
        assert chart.left < m.x < chart.right
        assert chart.top <= m.y <= chart.bottom
    same_day = {
        (round(m.x, 1), round(m.y, 1))
        for m in chart.markers
        if "2022-04-28" in m.tooltip and "60" in m.tooltip.split("claimed ")[1][:3]
    }
    assert len(same_day) == 3  # Commission, Microsoft and White House each get their own x
    higher = [m for m in chart.markers if "claimed 63" in m.tooltip][0]
    lower = [m for m in chart.markers if "claimed 55" in m.tooltip][0]
    assert higher.y < lower.y  # SVG y grows downwards
    ys = {line.total: line.y for line in chart.ref_lines}
    assert ys[63] < ys[62] < ys[61] < ys[60] < ys[58]


def test_reference_labels_do_not_overlap(dfi_reconciliation: Reconciliation) -> None:
    chart = build_chart(dfi_reconciliation)
    tops = [line.label_y for line in chart.ref_lines]
    heights = [13 * len(line.lines) for line in chart.ref_lines]
    for i in range(1, len(tops)):
        assert tops[i] >= tops[i - 1] + heights[i - 1]


def test_hostile_text_is_escaped_in_svg(hostile_reconciliation: Reconciliation) -> None:
    svg = str(render_chart(hostile_reconciliation))
    root = etree.fromstring(svg.encode())
    assert root.tag == f"{SVG}svg"
    assert [el.tag for el in root.iter() if el.tag.endswith("svg")] == [f"{SVG}svg"]
    assert not [el for el in root.iter() if el.tag.endswith("script")]
    assert not [name for el in root.iter() for name in el.attrib if name.startswith("on")]
    evil = next(m for m in _by_class(root, "marker") if "72" in m.find(f"{SVG}title").text)
    assert '</svg><svg onload="window.__pwned=4">' in evil.find(f"{SVG}title").text
    assert "&lt;/svg&gt;" in svg and "</svg><svg" not in svg


def test_helpers() -> None:
    assert _nice_step(7) == 1
    assert _nice_step(25) == 5
    assert _nice_step(130) == 20
    assert _spread_labels([10, 12, 14], [13, 13, 13], 0, 500) == [10, 23, 36]
    # A stack that would run past the bottom is pushed back up.
    assert _spread_labels([90, 95], [13, 13], 0, 100) == [80.5, 93.5]


def test_empty_chart_renders(dfi_reconciliation: Reconciliation) -> None:
    dfi_reconciliation.claims = []
    dfi_reconciliation.conventions = []
    root = _svg(dfi_reconciliation)
    assert _by_class(root, "marker") == [] and _by_class(root, "ref-line") == []
    assert float(root.get("width")) > 400
