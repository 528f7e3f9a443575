"""The NLP benchmark's plumbing: its corpus, its timing breakdown and its results file.

Timings themselves are never asserted (benchmarks print ratios; tests do not time).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest
import spacy

BENCH = Path(__file__).resolve().parents[3] / "bench" / "bench_nlp.py"


def _load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tally_bench_nlp", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _load_bench()


def test_results_are_merged_into_existing_keys(tmp_path: Path) -> None:
    out = tmp_path / "bench" / "results.json"
    out.parent.mkdir()
    out.write_text(json.dumps({"crawl": {"ratio": 2.0}, "nlp": {"ratio": 0.1}}), encoding="utf-8")
    bench.write_results({"ratio": 0.7, "meets_target": True}, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == {"crawl": {"ratio": 2.0}, "nlp": {"ratio": 0.7, "meets_target": True}}
    assert not out.with_suffix(".json.tmp").exists()


def test_torn_results_file_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    out.write_text('{"crawl": ', encoding="utf-8")
    bench.write_results({"ratio": 0.5}, out)
    assert json.loads(out.read_text(encoding="utf-8")) == {"nlp": {"ratio": 0.5}}


def test_results_path_follows_tally_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TALLY_HOME", str(tmp_path))
    assert bench.results_path() == tmp_path / "bench" / "results.json"
    monkeypatch.delenv("TALLY_HOME")
    assert bench.results_path() == Path("var") / "bench" / "results.json"


@pytest.mark.parametrize("kind", ["news", "claim_dense"])
def test_corpus_reaches_the_word_target_with_article_sized_docs(kind: str) -> None:
    texts = bench.corpus(5_000, kind)
    words = sum(len(t.split()) for t in texts)
    assert 5_000 <= words < 5_000 + max(len(t.split()) for t in texts)
    # Multi-paragraph documents, not sentences fed one by one.
    assert any(t.count("\n\n") >= 10 for t in texts)


def test_the_target_corpus_is_article_text_not_the_evaluation_sentences() -> None:
    news = set(bench.corpus_sources("news"))
    assert news and not news & set(bench.corpus_sources("claim_dense"))
    assert set(bench.gold_texts()) <= news


def test_component_breakdown_names_every_pipe() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    seconds = bench.component_seconds(nlp, ["One sentence. Two sentences.", "Three."])
    assert list(seconds) == ["tokenizer", "sentencizer"]
    assert all(value >= 0 for value in seconds.values())
