"""Report asset: the reconciliation report as HTML and Markdown."""

import dagster as dg

from pipelines.defs.resources import TallySettings, WarehouseResource
from pipelines.reconcile.models import Reconciliation
from pipelines.report.render import render_markdown, write_report
from pipelines.steps.reconcile import mention_rows


@dg.asset(group_name="report", kinds={"html", "markdown"})
def reconciliation_report(
    settings: TallySettings, warehouse: WarehouseResource, reconciliation: Reconciliation
) -> dg.MaterializeResult:
    """reconciliation.html (self-contained) and reconciliation.md under TALLY_HOME/report."""
    with warehouse.get_connection() as con:
        mentions = mention_rows(con)
    html_path, md_path = write_report(reconciliation, settings.paths.report_dir, mentions)
    return dg.MaterializeResult(
        metadata={
            "html": dg.MetadataValue.path(str(html_path)),
            "markdown": dg.MetadataValue.path(str(md_path)),
            "report": dg.MetadataValue.md(render_markdown(reconciliation, mentions)),
        }
    )
