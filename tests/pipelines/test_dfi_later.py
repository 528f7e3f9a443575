"""The later DFI corpus end to end: a growing official list, running totals, stale and early figures.

`tests/fixtures/dfi_later/` holds written coverage from 2022 to 2025 and a fact-checker's
expected verdict for each claim (`expected.yaml`); the run goes through `tally run` like a user's.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
import yaml

from pipelines.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "dfi_later"
MIN_AGREEMENT = 0.9


@pytest.fixture(scope="module")
def later_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """TALLY_HOME after `tally run` on the later corpus."""
    home = tmp_path_factory.mktemp("dfi-later")
    assert main(["run", "--home", str(home), "--sources", str(FIXTURE / "sources.yaml")]) == 0
    return home


def _query(home: Path, sql: str, params: list | None = None) -> list[tuple]:
    con = duckdb.connect(str(home / "warehouse.duckdb"), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _expected() -> list[dict]:
    return yaml.safe_load((FIXTURE / "expected.yaml").read_text(encoding="utf-8"))["claims"]


def test_two_roster_versions_the_later_a_superset(later_home: Path) -> None:
    versions = _query(
        later_home,
        "SELECT roster_version, as_of, source_id, list(entity_code) FROM roster "
        "GROUP BY ALL ORDER BY roster_version",
    )
    assert [(v, str(d), s, len(c)) for v, d, s, c in versions] == [
        (1, "2022-04-28", "whitehouse-fact-sheet", 61),
        (2, "2023-07-10", "state-dfi-page", 70),
    ]
    first, later = set(versions[0][3]), set(versions[1][3])
    assert first < later
    added = _query(
        later_home, "SELECT added, removed FROM core.roster_versions WHERE roster_version = 2"
    )
    assert sorted(added[0][0]) == sorted(later - first) and added[0][1] == []
    assert {"GHA", "MNG", "PHL", "CHL", "GRD"} <= set(added[0][0])


def test_expected_verdicts_agree(later_home: Path) -> None:
    rows = _query(
        later_home,
        "SELECT source_id, text, value, verdict, explanation FROM claims ORDER BY claim_id",
    )
    mismatches: list[str] = []
    covered: set[int] = set()
    expected = _expected()
    for exp in expected:
        found = [
            (i, r)
            for i, r in enumerate(rows)
            if r[0] == exp["source"]
            and r[1].lower() == exp["text"].lower()
            and r[2] == exp["value"]
        ]
        covered |= {i for i, _ in found}
        if not found:
            mismatches.append(f"missing  {exp['source']}: {exp['text']!r} ({exp['verdict']})")
        for _, row in found:
            if row[3] != exp["verdict"]:
                mismatches.append(
                    f"{row[3]:<11} {exp['source']}: {exp['text']!r} expected {exp['verdict']} "
                    f"({exp['why']}) — {row[4][:160]}"
                )
    extras = [f"{r[0]}: {r[1]!r} -> {r[3]}" for i, r in enumerate(rows) if i not in covered]
    print("\nmismatches:\n  " + "\n  ".join(mismatches or ["none"]))
    print("claims no one expected (extraction noise):\n  " + "\n  ".join(extras or ["none"]))
    agreement = 1 - len(mismatches) / len(expected)
    print(f"agreement: {agreement:.1%} of {len(expected)} expected claims")
    assert agreement >= MIN_AGREEMENT


def test_planted_figure_contradicts(later_home: Path) -> None:
    rows = _query(
        later_home,
        "SELECT verdict, expected, explanation FROM claims WHERE source_id = 'planted-claim' "
        "AND value = 94",
    )
    assert rows, "the planted figure was not extracted"
    for verdict, expected, explanation in rows:
        assert verdict == "contradicts"
        assert expected == 69  # the 2023 list's countries and territories, the plainest reading
        assert "Checked:" in explanation and "names 70" in explanation


def test_mechanisms_cite_their_evidence(later_home: Path) -> None:
    rows = dict(
        ((s, t), (v, c, e))
        for s, t, v, c, e in _query(
            later_home,
            "SELECT source_id, text, verdict, convention, explanation FROM claims "
            "WHERE source_id IN ('stale-2024', 'policy-january', 'state-three-join', "
            "'wire-december', 'undated-explainer', 'times-july')",
        )
    )
    stale = rows[("stale-2024", "61 countries")]
    assert stale[0] == "explained" and "already replaced" in stale[2]
    assert "added Ghana" in stale[2] or "Ghana" in stale[2]
    repeat = rows[("policy-january", "65 partners")]
    assert (repeat[0], repeat[1]) == ("explained", "earlier_official_figure")
    assert "U.S. Department of State (2022-12-14)" in repeat[2]
    running = rows[("state-three-join", "65 endorsing partners")]
    assert (running[0], running[1]) == ("explained", "official_running_total")
    joined = rows[("wire-december", "Three more countries")]
    assert (joined[0], joined[1]) == ("match", "official_figure_increase")
    assert "from 62" in joined[2] and "to 65" in joined[2]
    undated = rows[("undated-explainer", "60 partners")]
    assert undated[0] == "explained" and "gives no date" in undated[2]
    bound = rows[("times-july", "nearly 70 partners")]
    assert bound[0] == "consistent" and "2023-07-10" in bound[2]


def test_report_names_the_version_each_older_figure_counts(later_home: Path) -> None:
    report = (later_home / "report" / "reconciliation.md").read_text(encoding="utf-8")
    assert (
        "version 1 (The White House, 2022-04-28) named 61; "
        "version 2 (U.S. Department of State, 2023-07-10) named 70"
    ) in report
    # Bounds that held on the launch list say which list they held for.
    assert (
        "bounds that hold for the 60 countries and territories on the official list of 2022-04-28"
        in report
    )
    assert "are official running totals" in report
