"""Bad input gets one clear line naming the file and the problem, and exit code 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipelines.cli import main
from pipelines.paths import DEFAULT_SOURCES


def _error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_a_wrong_sources_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.yaml"
    assert main(["run", "--home", str(tmp_path / "h"), "--sources", str(missing)]) == 2
    line = _error_line(capsys)
    assert "nope.yaml" in line and line.startswith("tally: error:")


def test_a_sources_file_with_a_missing_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "sources.yaml"
    bad.write_text(
        "topic:\n  name: X\n  principal: USA\nsources:\n  - id: a\n    kind: news\n"
        "    url: https://example.org/a\n",
        encoding="utf-8",
    )
    assert main(["run", "--home", str(tmp_path / "h"), "--sources", str(bad)]) == 2
    line = _error_line(capsys)
    assert "sources.yaml" in line and "publisher" in line


def test_a_snapshot_that_does_not_exist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "sources.yaml"
    bad.write_text(
        "topic:\n  name: X\n  principal: USA\nsources:\n  - id: a\n    publisher: P\n"
        "    kind: news\n    snapshot: pages/missing.html\n",
        encoding="utf-8",
    )
    assert main(["run", "--home", str(tmp_path / "h"), "--sources", str(bad)]) == 2
    line = _error_line(capsys)
    assert "missing.html" in line


def test_extract_article_on_a_missing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract-article", str(tmp_path / "gone.html")]) == 2
    assert "gone.html" in _error_line(capsys)


def test_a_broken_page_does_not_stop_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A snapshot that is not HTML at all still gives a run that completes."""
    corpus = tmp_path / "corpus"
    shutil.copytree(DEFAULT_SOURCES.parent, corpus)
    sources = corpus / DEFAULT_SOURCES.name
    first_snapshot = sorted((corpus / "snapshots").rglob("*.html"))[0]
    first_snapshot.write_bytes(b"\x00\xff\xfe garbage \x00")
    assert main(["run", "--home", str(tmp_path / "h"), "--sources", str(sources)]) == 0
    assert "articles:" in capsys.readouterr().out


def test_extract_claims_on_a_text_of_one_token(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A one-token text ("4") is read, not a traceback: it once raised IndexError."""
    short = tmp_path / "short.txt"
    short.write_text("4", encoding="utf-8")
    assert main(["extract-claims", str(short)]) == 0
    assert '"claims": []' in capsys.readouterr().out


def test_extract_claims_with_an_unknown_principal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A principal no party has is refused before anything is printed; it was read silently."""
    text = tmp_path / "claim.txt"
    text.write_text("France and 40 other countries signed the pledge.", encoding="utf-8")
    assert main(["extract-claims", "--principal", "ZZZ", str(text)]) == 2
    assert "unknown principal 'ZZZ'" in _error_line(capsys)
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("given", ["FRA", "fra", "FR", "France"])
def test_extract_claims_reads_the_principal_as_a_code_or_a_name(
    given: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Scope is read against the principal however the user names it."""
    text = tmp_path / "claim.txt"
    text.write_text("France and 40 other countries signed the pledge.", encoding="utf-8")
    assert main(["extract-claims", "--principal", given, str(text)]) == 0
    assert '"scope": "excluding_principal"' in capsys.readouterr().out


def test_extract_claims_reads_a_text_past_spacys_default_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """spaCy refuses texts over 1,000,000 characters by default (E088), guarding parser models
    this pipeline does not use; a long page's text once printed that traceback."""
    text = tmp_path / "long.txt"
    filler = "Officials met again on Tuesday. " * 32_000  # about 1,020,000 characters
    text.write_text(filler + "Sixty countries signed the declaration.", encoding="utf-8")
    assert main(["extract-claims", str(text)]) == 0
    assert '"value": 60' in capsys.readouterr().out


def test_extract_claims_refuses_a_text_over_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Over the pipeline's own limit the CLI says so in one line, before printing anything."""
    import nlp.pipeline

    monkeypatch.setattr(nlp.pipeline, "MAX_TEXT_CHARS", 100)
    short, long = tmp_path / "short.txt", tmp_path / "long.txt"
    short.write_text("Sixty countries signed.", encoding="utf-8")
    long.write_text("Sixty countries signed. " * 10, encoding="utf-8")
    assert main(["extract-claims", str(short), str(long)]) == 2
    assert "long.txt: 240 characters is longer than the 100" in _error_line(capsys)
    assert capsys.readouterr().out == ""
