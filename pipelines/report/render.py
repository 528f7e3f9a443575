"""Entry points of the report layer: render the reconciliation as HTML and Markdown, write both."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pipelines.reconcile.models import Reconciliation

from .chart import build_chart, chart_svg
from .markdown import markdown_from_view
from .templating import html_environment
from .view import QUALIFIER_LABELS, build_view

HTML_NAME = "reconciliation.html"
MARKDOWN_NAME = "reconciliation.md"
# No scripts, no remote anything: the report must be safe to open even if a payload slipped
# past escaping. Images only as data: URIs; styles only inline.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
BADGE_LABELS = {
    "contradicts": "contradicts",
    "explained": "explained",
    "consistent": "consistent",
    "match": "match",
    "unreconciled": "not reconciled",
}


def render_html(rec: Reconciliation, mentions: list[dict] | None = None) -> str:
    """The report as one self-contained HTML document (inline CSS and SVG, no scripts)."""
    view = build_view(rec, mentions)
    chart = build_chart(rec)
    template = html_environment().get_template("report.html.j2")
    return template.render(
        view=view,
        chart=chart_svg(chart),
        unplotted=chart.unplotted,
        other_kinds=chart.other_kinds,
        csp=CONTENT_SECURITY_POLICY,
        badge_labels=BADGE_LABELS,
        qualifiers=QUALIFIER_LABELS,
    )


def render_markdown(rec: Reconciliation, mentions: list[dict] | None = None) -> str:
    """The report as Markdown with the same sections as the HTML."""
    return markdown_from_view(build_view(rec, mentions))


def _write_atomically(path: Path, text: str) -> None:
    """Write via a temp file in the same directory and rename, so readers never see half a file."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp_name, 0o644)  # mkstemp creates 0600; the report is for readers
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def write_report(
    rec: Reconciliation, out_dir: Path, mentions: list[dict] | None = None
) -> tuple[Path, Path]:
    """Write `reconciliation.html` and `reconciliation.md` into `out_dir`; return both paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    html_path, md_path = out_dir / HTML_NAME, out_dir / MARKDOWN_NAME
    # Render both before writing either, so a rendering error leaves the old pair untouched.
    html, markdown = render_html(rec, mentions), render_markdown(rec, mentions)
    _write_atomically(html_path, html)
    _write_atomically(md_path, markdown)
    return html_path, md_path
