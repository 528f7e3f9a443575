"""Tally's main-text extraction beats trafilatura's defaults on the scoring set."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCORE_PY = Path(__file__).resolve().parent / "extraction_eval" / "score.py"
# Measured macro F1 of Tally on the set when the floor was set (0.987), minus a small margin
# so harmless changes do not fail, while a real regression does.
F1_FLOOR = 0.965


def _score_module():
    spec = importlib.util.spec_from_file_location("tally_extraction_eval_score", SCORE_PY)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


def test_scoring_set_is_large_and_complete() -> None:
    pages = sorted((SCORE_PY.parent / "pages").glob("*.html"))
    assert len(pages) >= 20
    for page in pages:
        assert page.with_suffix(".txt").read_text(encoding="utf-8").strip(), page.name


def test_page_scores_follow_the_benchmark() -> None:
    score = _score_module()
    assert score.page_scores("a b c d e", "a b c d e") == (1.0, 1.0)
    precision, recall = score.page_scores("a b c d x", "a b c d e f")
    assert (precision, recall) == (0.5, 1 / 3)  # one of two predicted, of three gold shingles
    assert score.page_scores("", "a b c d") == (0.0, 0.0)


def test_tally_beats_trafilatura_defaults() -> None:
    score = _score_module()
    tally = score.evaluate(score.tally_text)
    baseline = score.evaluate(score.trafilatura_text)
    assert tally.f1 >= baseline.f1
    assert tally.f1 >= F1_FLOOR, tally.pages
    assert min(p for p, _ in tally.pages.values()) >= 0.8
    assert min(r for _, r in tally.pages.values()) >= 0.8
