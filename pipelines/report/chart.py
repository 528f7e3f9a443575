"""The claims chart: claimed numbers by source and publication date, against the conventions' totals.

Hand-built SVG. This module computes geometry only (numbers and plain strings); the template
`templates/chart.svg.j2` writes the markup with autoescape on, so scraped publisher names and
claim texts reach the SVG escaped in text and attributes alike.
"""

from __future__ import annotations

import math
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field

from markupsafe import Markup

from pipelines.reconcile.models import ClaimRecord, Convention, Reconciliation

from .safety import one_line
from .templating import html_environment

# Shapes and colours (Okabe–Ito palette, readable with colour-vision deficiencies); the shape
# alone already tells verdicts apart.
VERDICT_STYLE: dict[str, tuple[str, str]] = {
    "match": ("circle", "#009e73"),
    "consistent": ("square", "#0072b2"),
    "explained": ("diamond", "#e69f00"),
    "contradicts": ("triangle", "#d55e00"),
    "unreconciled": ("ring", "#6b6b6b"),
}
LEGEND_LABELS = {
    "match": "match",
    "consistent": "consistent",
    "explained": "explained",
    "contradicts": "contradicts (unexplained)",
    "unreconciled": "not reconciled",
}
UNDATED = "undated"

MARGIN_LEFT = 84  # also room for the first rotated source label
MIN_MARGIN_RIGHT = 120  # the reference lines' labels widen it as needed
MARGIN_TOP = 56
PLOT_HEIGHT = 300
SOURCE_LABEL_SPACE = 118  # rotated publisher names under the axis
DATE_LABEL_SPACE = 58
BAND_GAP = 28
SLOT_WIDTH = 46
MIN_BAND_WIDTH = 84  # fits a date label such as 2022-04-28
MIN_PLOT_WIDTH = 420
MAX_PLOT_WIDTH = 960  # wider than this, the chart is not squeezed but scrolls sideways
MARKER_RADIUS = 6.5
LABEL_LINE_HEIGHT = 13
LABEL_WRAP_CHARS = 46  # reference-line labels wrap at this width ...
LABEL_MAX_LINES = 4  # ... and are cut (full text in the tooltip) after this many lines
LABEL_CHAR_WIDTH = 6.5  # average width of a 12px sans-serif character


@dataclass
class Marker:
    x: float
    y: float
    shape: str
    color: str
    verdict: str
    path: str
    tooltip: str


@dataclass
class RefLine:
    total: int
    y: float
    label_y: float
    lines: list[str]  # convention labels drawn next to the line
    tooltip: str


@dataclass
class Tick:
    pos: float
    label: str


@dataclass
class Band:
    label: str
    x0: float
    x1: float


@dataclass
class LegendItem:
    label: str
    color: str
    path: str
    text_x: float


@dataclass
class Chart:
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    markers: list[Marker] = field(default_factory=list)
    ref_lines: list[RefLine] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    source_labels: list[Tick] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    legend: list[LegendItem] = field(default_factory=list)
    legend_line_x: float = 0.0  # where the legend's "convention total" entry starts
    unplotted: int = 0  # signatory claims without a number ("dozens")
    other_kinds: int = 0  # numbers counting joiners, participants or other things: not totals
    description: str = ""
    wide: bool = False  # drawn at full size in a scrolling figure rather than scaled to fit


def _nice_step(span: float, max_ticks: int = 8) -> int:
    """The smallest 1-2-5 step giving at most `max_ticks` ticks over `span`."""
    raw = max(span / max_ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _shape_path(shape: str, x: float, y: float, r: float = MARKER_RADIUS) -> str:
    """SVG path data for a marker shape centred on (x, y)."""
    if shape == "square":
        s = r * 0.9
        return f"M{x - s:.1f},{y - s:.1f}h{2 * s:.1f}v{2 * s:.1f}h{-2 * s:.1f}Z"
    if shape == "diamond":
        d = r * 1.25
        return f"M{x:.1f},{y - d:.1f}L{x + d:.1f},{y:.1f}L{x:.1f},{y + d:.1f}L{x - d:.1f},{y:.1f}Z"
    if shape == "triangle":
        t = r * 1.3
        return (
            f"M{x:.1f},{y - t:.1f}L{x + t:.1f},{y + t * 0.75:.1f}L{x - t:.1f},{y + t * 0.75:.1f}Z"
        )
    # circle and ring: two arcs make a full circle as a path, so every marker is one element
    return f"M{x - r:.1f},{y:.1f}a{r:.1f},{r:.1f} 0 1,0 {2 * r:.1f},0a{r:.1f},{r:.1f} 0 1,0 {-2 * r:.1f},0Z"


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrap(text: str) -> list[str]:
    """A convention label broken into short lines; long labels end in an ellipsis."""
    lines = textwrap.wrap(text, LABEL_WRAP_CHARS, break_long_words=True) or [""]
    if len(lines) > LABEL_MAX_LINES:
        lines = lines[:LABEL_MAX_LINES]
        lines[-1] = _truncate(lines[-1] + " …", LABEL_WRAP_CHARS)
    return lines


def _verdict_of(rec: Reconciliation, claim: ClaimRecord) -> str:
    verdict = rec.verdicts.get(claim.claim_id)
    return verdict.verdict if verdict and verdict.verdict in VERDICT_STYLE else "unreconciled"


def _tooltip(rec: Reconciliation, claim: ClaimRecord, verdict_name: str) -> str:
    a = claim.article
    who = one_line(a.publisher) or one_line(a.source_id)
    parts = [f"{who}, {one_line(a.published_at) or UNDATED}: “{one_line(claim.text)}”"]
    parts.append(f"claimed {claim.value} — {verdict_name}")
    verdict = rec.verdicts.get(claim.claim_id)
    if verdict and verdict.expected is not None:
        parts.append(f"expected {verdict.expected}, difference {verdict.delta}")
    return "; ".join(parts)


def _spread_labels(wanted: list[float], heights: list[float], lo: float, hi: float) -> list[float]:
    """Label positions near `wanted` (sorted ascending) that never overlap.

    The stack stays within [lo, hi] when it fits; a stack taller than that starts at `lo` and
    runs on below `hi` (the chart grows to hold it) rather than overlapping.
    """
    placed: list[float] = []
    for i, y in enumerate(wanted):
        placed.append(max(y, placed[-1] + heights[i - 1]) if placed else y)
    # Push back up from the bottom if the stack ran past the plot.
    overflow = (placed[-1] + heights[-1] / 2) - hi if placed else 0
    if overflow > 0:
        placed[-1] -= overflow
        for i in range(len(placed) - 2, -1, -1):
            placed[i] = min(placed[i], placed[i + 1] - heights[i])
    if placed and placed[0] < lo:  # too tall to fit: restack downwards from the top
        placed[0] = lo
        for i in range(1, len(placed)):
            placed[i] = max(placed[i], placed[i - 1] + heights[i - 1])
    return placed


def drawn_conventions(rec: Reconciliation) -> list[Convention]:
    """The conventions worth a reference line: every base one, composites only when a verdict
    uses them (a dozen "EU members apart" totals would otherwise bury the plot in labels)."""
    used = {(v.convention, v.roster_version) for v in rec.verdicts.values() if v.convention}

    def is_used(c: Convention) -> bool:
        # A verdict without a roster version may mean the key on any version.
        return (c.key, c.roster_version) in used or (c.key, None) in used

    return [c for c in rec.conventions if c.group is None or is_used(c)]


def build_chart(rec: Reconciliation) -> Chart:
    """Chart geometry for the reconciliation: one marker per numeric claim, one line per total."""
    # Only signatory counts are compared with the conventions' totals; "3 new partners" plotted
    # on the same axis would stretch it and flatten the cluster that matters.
    counts = [c for c in rec.claims if c.kind == "signatories"]
    plotted = [c for c in counts if c.value is not None]
    conventions = drawn_conventions(rec)
    totals = sorted({c.total for c in conventions})

    # x: one band per publication date (undated last); inside it one slot per source.
    slots_by_date: dict[str, list[str]] = defaultdict(list)
    publisher_of: dict[str, str] = {}
    for claim in plotted:
        date = one_line(claim.article.published_at) or UNDATED
        source = claim.article.source_id
        publisher_of.setdefault(source, one_line(claim.article.publisher) or one_line(source))
        if source not in slots_by_date[date]:
            slots_by_date[date].append(source)
    dates = sorted(slots_by_date, key=lambda d: (d == UNDATED, d))
    for date in dates:
        slots_by_date[date].sort(key=lambda s: (publisher_of[s].lower(), s))
    # A band is at least as wide as its date label; the whole plot is then scaled to fit.
    band_widths = [max(len(slots_by_date[d]) * SLOT_WIDTH, MIN_BAND_WIDTH) for d in dates]
    gaps = BAND_GAP * max(0, len(dates) - 1)
    natural = sum(band_widths) + gaps
    # Squeezing many dates into a fixed width made their labels collide; past the usual width
    # the plot keeps its natural size and the figure scrolls instead.
    plot_width = max(natural, MIN_PLOT_WIDTH)
    scale = (plot_width - gaps) / max(natural - gaps, 1)

    # y: integers covering every claim and every total, with some air.
    values = [c.value for c in plotted if c.value is not None] + totals
    lo, hi = (min(values), max(values)) if values else (0, 10)
    pad = max(2, math.ceil((hi - lo) * 0.1))
    step = _nice_step(hi - lo + 2 * pad)
    y_min = max(0, math.floor((lo - pad) / step) * step)
    y_max = math.ceil((hi + pad) / step) * step
    if y_max == y_min:
        y_max = y_min + step

    left, top = MARGIN_LEFT, MARGIN_TOP
    right, bottom = left + plot_width, top + PLOT_HEIGHT

    def y_of(value: float) -> float:
        return bottom - (value - y_min) / (y_max - y_min) * PLOT_HEIGHT

    longest = max(
        (len(line) for c in conventions for line in _wrap("• " + (one_line(c.label) or c.key))),
        default=0,
    )
    chart = Chart(
        width=right + max(MIN_MARGIN_RIGHT, 56 + longest * LABEL_CHAR_WIDTH),
        height=bottom + SOURCE_LABEL_SPACE + DATE_LABEL_SPACE,
        left=left,
        right=right,
        top=top,
        bottom=bottom,
        unplotted=len(counts) - len(plotted),
        other_kinds=sum(c.kind != "signatories" and c.value is not None for c in rec.claims),
        wide=plot_width > MAX_PLOT_WIDTH,
    )
    chart.y_ticks = [Tick(y_of(v), str(v)) for v in range(y_min, y_max + 1, step)]

    slot_x: dict[tuple[str, str], float] = {}
    x = float(left)
    for date, band_width in zip(dates, band_widths, strict=True):
        slot_width = band_width * scale / len(slots_by_date[date])
        chart.bands.append(Band(date, x, x + band_width * scale))
        for source in slots_by_date[date]:
            slot_x[(date, source)] = x + slot_width / 2
            chart.source_labels.append(
                Tick(x + slot_width / 2, _truncate(publisher_of[source], 22))
            )
            x += slot_width
        x += BAND_GAP

    # Several claims from one source on one date: fan them out around the slot centre.
    seen: dict[tuple[str, str], int] = defaultdict(int)
    for claim in sorted(plotted, key=lambda c: (c.value or 0, c.claim_id)):
        date = one_line(claim.article.published_at) or UNDATED
        key = (date, claim.article.source_id)
        n = seen[key]
        seen[key] += 1
        offset = (n + 1) // 2 * (1 if n % 2 else -1) * (MARKER_RADIUS * 2.2)
        verdict_name = _verdict_of(rec, claim)
        shape, color = VERDICT_STYLE[verdict_name]
        mx, my = slot_x[key] + offset, y_of(claim.value or 0)
        chart.markers.append(
            Marker(
                x=mx,
                y=my,
                shape=shape,
                color=color,
                verdict=verdict_name,
                path=_shape_path(shape, mx, my),
                tooltip=_tooltip(rec, claim, verdict_name),
            )
        )

    labels_by_total: dict[int, list[str]] = defaultdict(list)
    for convention in conventions:
        labels_by_total[convention.total].append(one_line(convention.label) or convention.key)
    # Top to bottom on screen means highest total first.
    ordered = sorted(totals, reverse=True)
    # Several conventions on one line: a bullet starts each, so wrapped lines read as one label.
    wrapped = {
        t: [
            line
            for name in labels_by_total[t]
            for line in _wrap(("• " + name) if len(labels_by_total[t]) > 1 else name)
        ]
        for t in ordered
    }
    heights = [LABEL_LINE_HEIGHT * len(wrapped[t]) + 5 for t in ordered]
    wanted = [y_of(t) - LABEL_LINE_HEIGHT / 2 for t in ordered]
    placed = _spread_labels(wanted, heights, top - 20, bottom + SOURCE_LABEL_SPACE / 2)
    for total, label_y in zip(ordered, placed, strict=True):
        names = labels_by_total[total]
        chart.ref_lines.append(
            RefLine(
                total=total,
                y=y_of(total),
                label_y=label_y,
                lines=wrapped[total],
                tooltip=f"{total}: " + "; ".join(names),
            )
        )

    if placed:  # a tall stack of labels may need more room than the plot
        chart.height = max(chart.height, placed[-1] + heights[-1] + 12)

    used = [v for v in VERDICT_STYLE if any(m.verdict == v for m in chart.markers)]
    lx = float(left)
    for name in used:
        shape, color = VERDICT_STYLE[name]
        chart.legend.append(
            LegendItem(LEGEND_LABELS[name], color, _shape_path(shape, lx + 6, 24), lx + 18)
        )
        lx += 30 + len(LEGEND_LABELS[name]) * 6.6
    chart.legend_line_x = lx
    chart.description = (
        f"{len(chart.markers)} claimed numbers by source and publication date; "
        f"dashed lines mark the {len(totals)} distinct totals of the counting conventions."
    )
    return chart


def chart_svg(chart: Chart) -> Markup:
    """Chart geometry as inline SVG markup, safe to embed in the HTML report."""
    template = html_environment().get_template("chart.svg.j2")
    # Markup is sound here: the template is autoescaped, so the output is already safe.
    return Markup(template.render(chart=chart))


def render_chart(rec: Reconciliation) -> Markup:
    """The reconciliation's chart as inline SVG markup."""
    return chart_svg(build_chart(rec))
