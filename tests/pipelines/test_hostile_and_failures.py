"""A planted hostile article is reconciled as `contradicts` and rendered inert; a failed step
gives exit code 1 and one clear reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipelines.cli import main
from pipelines.paths import DEFAULT_SOURCES
from tests.db_holder import held_open_read_only

HOSTILE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Pledge &lt;script&gt;window.__pwned=1&lt;/script&gt; news</title>
<meta property="og:site_name" content="Planted &lt;img src=x onerror=alert(1)&gt; Times">
<meta property="article:published_time" content="2022-04-29T10:00:00Z">
</head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Big internet pledge &lt;img src=x onerror=window.__pwned=1&gt; <script>window.__pwned=1</script></h1>
<p>In a surprise, 72 countries signed the Declaration for the Future of the Internet on
Thursday &lt;script&gt;window.__pwned=1&lt;/script&gt; <img src=x onerror="window.__pwned=1">,
officials said, according to people familiar with the matter.</p>
<p>Critics said the pledge <a href="javascript:alert(1)">would change little</a> in
practice, and several governments declined to comment on the text.</p>
</article>
<footer>Copyright</footer>
</body></html>
"""


@pytest.fixture(scope="module")
def hostile_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copytree(DEFAULT_SOURCES.parent, corpus, dirs_exist_ok=True)
    (corpus / "snapshots" / "planted.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    sources = corpus / DEFAULT_SOURCES.name
    sources.write_text(
        sources.read_text(encoding="utf-8")
        + "\n  - id: planted\n    publisher: Planted Times\n    kind: news\n"
        "    snapshot: snapshots/planted.html\n    published: 2022-04-29\n",
        encoding="utf-8",
    )
    home = tmp_path_factory.mktemp("hostile-home")
    assert main(["run", "--home", str(home), "--sources", str(sources)]) == 0
    return home


def test_the_unsupported_number_contradicts(hostile_home: Path) -> None:
    con = duckdb.connect(str(hostile_home / "warehouse.duckdb"), read_only=True)
    try:
        rows = con.execute(
            "SELECT value, verdict, explanation FROM claims WHERE source_id = 'planted'"
        ).fetchall()
    finally:
        con.close()
    assert [(r[0], r[1]) for r in rows] == [(72, "contradicts")]
    assert rows[0][2]


def test_the_hostile_markup_is_inert_in_both_reports(hostile_home: Path) -> None:
    html = (hostile_home / "report" / "reconciliation.html").read_text(encoding="utf-8")
    md = (hostile_home / "report" / "reconciliation.md").read_text(encoding="utf-8")
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert 'href="javascript' not in html.lower()
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html  # shown as text, not dropped
    assert "<script" not in md.lower() and "<img" not in md.lower()
    assert "&lt;script&gt;" in md


def test_a_locked_working_database_fails_the_run_with_a_clear_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    duckdb.connect(str(home / "work.duckdb")).close()
    with held_open_read_only(home / "work.duckdb"):
        assert main(["run", "--home", str(home)]) == 1
    errors = [
        line for line in capsys.readouterr().err.splitlines() if line.startswith("tally: error:")
    ]
    assert errors and "locked" in errors[0]
    assert not (home / "warehouse.duckdb").exists()
