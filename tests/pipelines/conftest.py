"""One real end-to-end run per session, shared by the contract tests that read its outputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.cli import main
from pipelines.paths import DEFAULT_SOURCES

SECOND_DECLARATION = (
    Path(__file__).resolve().parents[1] / "fixtures" / "second_declaration" / "sources.yaml"
)


@pytest.fixture(scope="session")
def dfi_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """TALLY_HOME after `tally run` on the embedded corpus."""
    home = tmp_path_factory.mktemp("dfi-home")
    assert main(["run", "--home", str(home), "--sources", str(DEFAULT_SOURCES)]) == 0
    return home


@pytest.fixture(scope="session")
def second_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """TALLY_HOME after `tally run` on another declaration's sources file."""
    home = tmp_path_factory.mktemp("second-home")
    assert main(["run", "--home", str(home), "--sources", str(SECOND_DECLARATION)]) == 0
    return home
