"""The NLP evaluation set: its schema, its scorer, and the pipeline's scores against floors."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from nlp.gazetteer import entity_table
from nlp.models import CLAIM_KINDS, QUALIFIERS, SCOPES

EVAL_DIR = Path(__file__).parent / "eval"

# Held-out targets: detection 0.90, full 0.80, entities 0.93, enumerations 0.93.
# Measured on this set after tuning against it (1.000, 0.995, 0.995, 1.000); floors sit a little
# below so a regression fails while a debatable annotation does not.
FLOORS = {"entities": 0.97, "detection": 0.97, "full": 0.95, "enumerations": 0.97}


def _load_scorer() -> ModuleType:
    # tests/ is not a package (importlib mode), so load the script by path.
    spec = importlib.util.spec_from_file_location("tally_nlp_eval_score", EVAL_DIR / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _load_scorer()
ROWS: list[dict[str, Any]] = scorer.load_rows()
# Written after the components were tuned on ROWS; schema-checked here, scored by hand (README).
# holdout2-5.jsonl were written blind in the second session, 6-15 in the third, 16-19 in the
# fourth (tests/nlp/eval/README.md).
HOLDOUT: list[dict[str, Any]] = [
    row for path in sorted(EVAL_DIR.glob("holdout*.jsonl")) for row in scorer.load_rows(path)
]


def _gold_as_prediction(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "entities": [dict(e) for e in row["entities"]],
        "claims": [dict(c) for c in row["claims"]],
        "enumerations": [{"codes": list(e["codes"])} for e in row["enumerations"]],
    }


def test_eval_set_is_big_and_varied() -> None:
    assert len(ROWS) >= 170
    assert len({r["id"] for r in ROWS}) == len(ROWS), "ids must be unique"
    assert len({r["declaration"] for r in ROWS}) >= 15
    assert sum(r["lang"] == "fr" for r in ROWS) >= 3
    empty = [r for r in ROWS if not (r["entities"] or r["claims"] or r["enumerations"])]
    assert 0.07 <= len(empty) / len(ROWS) <= 0.2, "about 10% of sentences have nothing to find"
    kinds = {c["kind"] for r in ROWS for c in r["claims"]}
    assert kinds == set(CLAIM_KINDS)
    qualifiers = {c["qualifier"] for r in ROWS for c in r["claims"]}
    assert qualifiers == set(QUALIFIERS)
    scopes = {c["scope"] for r in ROWS for c in r["claims"]}
    assert scopes == set(SCOPES)


@pytest.mark.parametrize(
    "row",
    ROWS + HOLDOUT,
    ids=[r["id"] for r in ROWS] + [f"holdout-{r['id']}" for r in HOLDOUT],
)
def test_eval_row_schema(row: dict[str, Any]) -> None:
    table = entity_table()
    assert set(row) == {
        "id",
        "declaration",
        "lang",
        "principal",
        "text",
        "entities",
        "claims",
        "enumerations",
    }
    assert row["lang"] in {"en", "fr"}
    assert row["principal"] in table
    assert row["text"].strip()
    # Entities are listed in text order and each surface form occurs there, without "the".
    position = 0
    for ent in row["entities"]:
        assert set(ent) == {"text", "code"}
        assert ent["code"] in table, ent
        assert not ent["text"].lower().startswith("the "), ent
        found = row["text"].find(ent["text"], position)
        assert found >= 0, f"{ent['text']!r} not found in order"
        position = found + len(ent["text"])
    for claim in row["claims"]:
        assert set(claim) - {"total"} == {"value", "qualifier", "noun", "scope", "kind"}
        assert claim["qualifier"] in QUALIFIERS
        assert claim["scope"] in SCOPES
        assert claim["kind"] in CLAIM_KINDS
        assert (claim["value"] is None) == (claim["qualifier"] == "dozens")
        assert claim["value"] is None or (isinstance(claim["value"], int) and claim["value"] > 0)
        assert claim["noun"] and claim["noun"] == claim["noun"].lower()
        if "total" in claim:
            assert claim["total"] > claim["value"], "a composite's total adds named parties"
    mentioned = {e["code"] for e in row["entities"]}
    for enum in row["enumerations"]:
        assert len(enum["codes"]) >= 3, "two names are a mention, not a list of endorsers"
        assert len(set(enum["codes"])) == len(enum["codes"])
        assert set(enum["codes"]) <= mentioned


def test_scorer_gives_gold_full_marks() -> None:
    result = scorer.score(ROWS, [_gold_as_prediction(r) for r in ROWS])
    overall = result["overall"]
    for metric in ("entities", "detection", "full", "enumerations", "enumeration_codes"):
        assert overall[metric]["f1"] == 1.0, metric
    assert overall["kind_accuracy"]["accuracy"] == 1.0
    assert result["errors"] == []
    assert set(result) == {"overall", "en", "fr", "errors"}


def test_scorer_counts_each_kind_of_error() -> None:
    row = next(r for r in ROWS if r["id"] == "dfi-001")  # "US and over 55 other countries ..."
    rows = [row]
    pred = _gold_as_prediction(row)
    pred["claims"][0]["scope"] = "unspecified"  # detected, but not fully right
    pred["claims"].append(
        {"value": 2022, "qualifier": "exact", "scope": "unspecified", "kind": "signatories"}
    )
    pred["entities"].append({"text": "us", "code": "USA"})  # the pronoun trap
    pred["enumerations"].append({"codes": ["RUS", "CHN", "IRN"]})
    m = scorer.score(rows, [pred])["overall"]
    assert (m["detection"]["tp"], m["detection"]["fp"], m["detection"]["fn"]) == (1, 1, 0)
    assert (m["full"]["tp"], m["full"]["fp"], m["full"]["fn"]) == (0, 2, 1)
    assert (m["entities"]["tp"], m["entities"]["fp"]) == (1, 1)
    assert m["enumerations"]["fp"] == 1


def test_scorer_accepts_composite_sum_and_normalises_surfaces() -> None:
    row = next(r for r in ROWS if r["id"] == "bletchley-002")  # "Twenty-eight countries and the EU"
    pred = _gold_as_prediction(row)
    pred["claims"][0]["value"] = row["claims"][0]["total"]
    pred["entities"] = [{"text": "the EU", "code": "EUU"}]
    m = scorer.score([row], [pred])["overall"]
    assert m["detection"]["f1"] == 1.0
    assert m["entities"]["f1"] == 1.0


def test_enumeration_needs_near_identical_code_set() -> None:
    row = next(r for r in ROWS if r["id"] == "bletchley-008")  # 28 signatories listed
    pred = _gold_as_prediction(row)
    pred["enumerations"][0]["codes"] = pred["enumerations"][0]["codes"][:-1]  # Jaccard 27/28
    assert scorer.score([row], [pred])["overall"]["enumerations"]["f1"] == 1.0
    pred["enumerations"][0]["codes"] = pred["enumerations"][0]["codes"][:-3]  # Jaccard 25/28
    assert scorer.score([row], [pred])["overall"]["enumerations"]["f1"] == 0.0


def test_regex_baseline_is_beatable() -> None:
    baseline = scorer.score(ROWS, scorer.predict_regex_baseline(ROWS))["overall"]
    # The set must not be solvable by the naive regex, or it measures nothing.
    assert 0.3 < baseline["detection"]["f1"] < 0.8
    assert baseline["full"]["f1"] < baseline["detection"]["f1"]


def _pipeline_available() -> bool:
    try:
        importlib.import_module("nlp.pipeline")
    except ImportError:
        return False
    return True


@pytest.fixture(scope="module")
def pipeline_scores() -> dict[str, Any]:
    if not _pipeline_available():
        pytest.skip("nlp.pipeline cannot be imported yet; scores are checked once it exists")
    return scorer.score(copy.deepcopy(ROWS))


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_pipeline_scores_above_floor(pipeline_scores: dict[str, Any], metric: str) -> None:
    f1 = pipeline_scores["overall"][metric]["f1"]
    assert f1 >= FLOORS[metric], f"{metric} F1 {f1:.3f} below floor {FLOORS[metric]}"


def test_pipeline_beats_regex_baseline(pipeline_scores: dict[str, Any]) -> None:
    baseline = scorer.score(ROWS, scorer.predict_regex_baseline(ROWS))["overall"]
    assert pipeline_scores["overall"]["detection"]["f1"] > baseline["detection"]["f1"]


def test_rows_read_as_articles_score_like_rows_read_alone(
    pipeline_scores: dict[str, Any],
) -> None:
    """Tally reads whole pages: a sentence's neighbours must not cost it what it says alone
    (a cue in the sentence before, a list run on into the next paragraph)."""
    rows = copy.deepcopy(ROWS)
    as_articles = scorer.score(rows, scorer.predict_pipeline_as_articles(rows))["overall"]
    for metric in ("entities", "detection", "full", "enumerations"):
        alone = pipeline_scores["overall"][metric]["f1"]
        assert as_articles[metric]["f1"] >= alone - 0.02, metric


def test_articles_give_each_row_its_own_findings_and_offsets() -> None:
    if not _pipeline_available():
        pytest.skip("nlp.pipeline cannot be imported yet")
    rows = [
        {"text": "Chile, Peru and Ghana signed the pact.", "principal": "USA"},
        {"text": "Signatories: Kenya • Fiji • Tonga", "principal": "USA"},
        {"text": "France and 40 other countries signed it.", "principal": "FRA"},
    ]
    predictions = scorer.predict_pipeline_as_articles(rows)
    assert [[e["codes"] for e in p["enumerations"]] for p in predictions] == [
        [["CHL", "PER", "GHA"]],
        [["KEN", "FJI", "TON"]],
        [],
    ]
    for row, prediction in zip(rows, predictions, strict=True):
        for entity in prediction["entities"]:
            assert row["text"][entity["start"] : entity["end"]] == entity["text"]
    assert [(c["value"], c["scope"]) for c in predictions[2]["claims"]] == [
        (40, "excluding_principal")
    ]


@pytest.mark.parametrize(
    ("surface", "normalised"),
    [
        ("the United States", "United States"),
        ("U.S.", "US"),
        ("China’s", "China"),
        ("les États-Unis", "États-Unis"),
        ("us", "us"),  # the pronoun stays distinct from "US"
        ("Thailand", "Thailand"),  # an article is a whole word, not a prefix
        ("Lesotho", "Lesotho"),
    ],
)
def test_entity_surface_normalisation(surface: str, normalised: str) -> None:
    assert scorer.normalise_entity_text(surface) == normalised
