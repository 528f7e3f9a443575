"""Score the Tally NLP pipeline against the hand-annotated evaluation set `sentences.jsonl`.

Run `.venv/bin/python tests/nlp/eval/score.py [--errors] [--json]`; the pytest calls `score(rows)`.
Metric definitions are in `README.md` next to this file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

EVAL_PATH = Path(__file__).with_name("sentences.jsonl")

# Per-enumeration matching: a predicted list counts when its code set is this close to a gold one.
ENUM_JACCARD = 0.9

Row = dict[str, Any]
Prediction = dict[str, Any]

# The baseline every claim extractor must beat: a bare number followed by a party noun.
_BASELINE_RE = re.compile(
    r"(?<![\w.,$£€])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:other\s+|more\s+|new\s+)?"
    r"(countries|nations|governments|partners|states|signatories|members|parties)\b",
    re.IGNORECASE,
)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|les?|la)\s+|l')", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
# Reading rows as articles: what ends a sentence, and what makes a row a list or table line.
_SENTENCE_END = frozenset('.!?"”’)')
_LIST_MARKS = re.compile(r"[•|:\n]")


def load_rows(path: Path = EVAL_PATH) -> list[Row]:
    """The evaluation set, one dict per line."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def normalise_entity_text(text: str) -> str:
    """Surface form used for entity matching: no leading article, possessive or dots; case kept."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    text = " ".join(text.split())
    text = _LEADING_ARTICLE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    # "U.S." vs "U.S" (a sentence-final dot) are the same mention; case stays so "us" != "US".
    return text.replace(".", "").strip()


def predict_pipeline(rows: Iterable[Row]) -> list[Prediction]:
    """Run `nlp.pipeline.analyze` on every row with its principal; contract-shaped dicts."""
    from nlp.pipeline import analyze  # imported late: the pipeline may not exist yet

    return [
        analyze(row["text"], principal=row.get("principal", "USA")).to_contract() for row in rows
    ]


def predict_pipeline_as_articles(rows: list[Row]) -> list[Prediction]:
    """Run the pipeline on the rows read as articles: the rows of each principal, in order,
    make one text (a row of prose after a sentence's end in the same paragraph, any other
    row a paragraph of its own), and each row gets the findings that start inside it, with
    offsets made relative to it. Tally reads whole pages, so a sentence is always read with
    the sentences around it; this measures what they change."""
    from nlp.pipeline import analyze_many  # imported late: the pipeline may not exist yet

    by_principal: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_principal.setdefault(row.get("principal", "USA"), []).append(i)
    predictions: list[Prediction] = [{} for _ in rows]
    for principal, indexes in by_principal.items():
        text, offsets = "", []
        for i in indexes:
            row_text = rows[i]["text"]
            if text:
                prose = text.rstrip()[-1:] in _SENTENCE_END and not _LIST_MARKS.search(row_text)
                text += " " if prose else "\n\n"
            offsets.append(len(text))
            text += row_text
        found = analyze_many([text], principal=principal)[0].to_contract()
        for i, start in zip(indexes, offsets, strict=True):
            end = start + len(rows[i]["text"])
            predictions[i] = {
                layer: [
                    {**item, "start": item["start"] - start, "end": item["end"] - start}
                    for item in found[layer]
                    if start <= item["start"] < end
                ]
                for layer in ("entities", "claims", "enumerations")
            }
    return predictions


def predict_regex_baseline(rows: Iterable[Row]) -> list[Prediction]:
    """Claims found by `_BASELINE_RE`, each taken as an exact, unscoped signatory count."""
    predictions = []
    for row in rows:
        claims = [
            {
                "text": m.group(0),
                "value": int(m.group(1).replace(",", "")),
                "qualifier": "exact",
                "noun": m.group(2).lower(),
                "scope": "unspecified",
                "kind": "signatories",
            }
            for m in _BASELINE_RE.finditer(row["text"])
        ]
        predictions.append({"entities": [], "claims": claims, "enumerations": []})
    return predictions


def _prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"p": precision, "r": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def _value_matches(pred: dict, gold: dict) -> bool:
    # A composite ("28 countries and the EU") may be reported as the stated number or the sum.
    return pred.get("value") in (gold.get("value"), gold.get("total", gold.get("value")))


def _full_matches(pred: dict, gold: dict) -> bool:
    return (
        _value_matches(pred, gold)
        and pred.get("qualifier") == gold["qualifier"]
        and pred.get("scope") == gold["scope"]
    )


def _greedy_pairs(
    preds: list[dict], golds: list[dict], same: Callable[[dict, dict], bool]
) -> list[tuple[int, int]]:
    """Pairs (pred index, gold index), each side used once, in text order of the predictions."""
    used: set[int] = set()
    pairs = []
    for i, pred in enumerate(preds):
        for j, gold in enumerate(golds):
            if j not in used and same(pred, gold):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


class _Tally:
    """Counts for one slice of the set (a language or everything)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()

    def add(self, **counts: int) -> None:
        self.counts.update(counts)

    def metrics(self) -> dict[str, Any]:
        c = self.counts
        matched = c["kind_pairs"]
        return {
            "sentences": c["sentences"],
            "entities": _prf(c["ent_tp"], c["ent_fp"], c["ent_fn"]),
            "detection": _prf(c["det_tp"], c["det_fp"], c["det_fn"]),
            "full": _prf(c["full_tp"], c["full_fp"], c["full_fn"]),
            "kind_accuracy": {
                "accuracy": c["kind_ok"] / matched if matched else 0.0,
                "matched": matched,
                "gold_claims": c["gold_claims"],
            },
            "enumerations": _prf(c["enum_tp"], c["enum_fp"], c["enum_fn"]),
            "enumeration_codes": _prf(c["enc_tp"], c["enc_fp"], c["enc_fn"]),
        }


def _score_row(row: Row, pred: Prediction, errors: list[dict[str, Any]]) -> dict[str, int]:
    """Counts for one sentence; appends its misses and false positives to `errors`."""
    counts: Counter[str] = Counter(sentences=1)

    def err(layer: str, kind: str, gold: Any = None, got: Any = None) -> None:
        errors.append({"id": row["id"], "layer": layer, "type": kind, "gold": gold, "pred": got})

    # Entities: multiset of (normalised surface, code) per sentence.
    gold_ents = Counter((normalise_entity_text(e["text"]), e["code"]) for e in row["entities"])
    pred_ents = Counter(
        (normalise_entity_text(e.get("text", "")), e.get("code")) for e in pred.get("entities", [])
    )
    hit = gold_ents & pred_ents
    counts.update(
        ent_tp=sum(hit.values()),
        ent_fp=sum((pred_ents - hit).values()),
        ent_fn=sum((gold_ents - hit).values()),
    )
    for ent in (gold_ents - hit).elements():
        err("entity", "miss", gold=ent)
    for ent in (pred_ents - hit).elements():
        err("entity", "false_positive", got=ent)

    # Signatory claims: detection by value, then value + qualifier + scope.
    gold_claims = row["claims"]
    pred_claims = pred.get("claims", [])
    gold_sig = [c for c in gold_claims if c["kind"] == "signatories"]
    pred_sig = [c for c in pred_claims if c.get("kind") == "signatories"]
    det = _greedy_pairs(pred_sig, gold_sig, _value_matches)
    full = _greedy_pairs(pred_sig, gold_sig, _full_matches)
    counts.update(
        det_tp=len(det),
        det_fp=len(pred_sig) - len(det),
        det_fn=len(gold_sig) - len(det),
        full_tp=len(full),
        full_fp=len(pred_sig) - len(full),
        full_fn=len(gold_sig) - len(full),
    )
    det_pred = {i for i, _ in det}
    det_gold = {j for _, j in det}
    full_pred = {i for i, _ in full}
    for j, gold in enumerate(gold_sig):
        if j not in det_gold:
            err("claim", "miss", gold=gold)
    for i, got in enumerate(pred_sig):
        if i not in det_pred:
            err("claim", "false_positive", got=_claim_view(got))
    for i, j in det:
        if i not in full_pred:
            got, gold = pred_sig[i], gold_sig[j]
            wrong = [f for f in ("qualifier", "scope") if got.get(f) != gold[f]]
            err(
                "claim",
                "wrong_" + "_and_".join(wrong or ["value"]),
                gold=gold,
                got=_claim_view(got),
            )

    # Kind: among claims of any kind paired by value (same kind preferred), share with the right kind.
    same_kind = _greedy_pairs(
        pred_claims, gold_claims, lambda p, g: _value_matches(p, g) and p.get("kind") == g["kind"]
    )
    rest_pred = [i for i in range(len(pred_claims)) if i not in {i for i, _ in same_kind}]
    rest_gold = [j for j in range(len(gold_claims)) if j not in {j for _, j in same_kind}]
    other = _greedy_pairs(
        [pred_claims[i] for i in rest_pred], [gold_claims[j] for j in rest_gold], _value_matches
    )
    for i, j in other:
        got, gold = pred_claims[rest_pred[i]], gold_claims[rest_gold[j]]
        err("claim", "wrong_kind", gold=gold, got=_claim_view(got))
    counts.update(
        kind_pairs=len(same_kind) + len(other), kind_ok=len(same_kind), gold_claims=len(gold_claims)
    )

    # Enumerations: one gold list per predicted list at Jaccard >= ENUM_JACCARD; and code-level.
    gold_enums = [set(e["codes"]) for e in row["enumerations"]]
    pred_enums = [set(e.get("codes", [])) for e in pred.get("enumerations", [])]
    enum_pairs = _greedy_pairs(pred_enums, gold_enums, lambda p, g: _jaccard(p, g) >= ENUM_JACCARD)
    counts.update(
        enum_tp=len(enum_pairs),
        enum_fp=len(pred_enums) - len(enum_pairs),
        enum_fn=len(gold_enums) - len(enum_pairs),
    )
    for j, gold in enumerate(gold_enums):
        if j not in {j for _, j in enum_pairs}:
            err("enumeration", "miss", gold=sorted(gold))
    for i, got in enumerate(pred_enums):
        if i not in {i for i, _ in enum_pairs}:
            err("enumeration", "false_positive", got=sorted(got))
    gold_codes = set().union(*gold_enums) if gold_enums else set()
    pred_codes = set().union(*pred_enums) if pred_enums else set()
    counts.update(
        enc_tp=len(gold_codes & pred_codes),
        enc_fp=len(pred_codes - gold_codes),
        enc_fn=len(gold_codes - pred_codes),
    )
    return counts


def _claim_view(claim: dict) -> dict:
    return {k: claim.get(k) for k in ("text", "value", "qualifier", "noun", "scope", "kind")}


def score(rows: list[Row], predictions: list[Prediction] | None = None) -> dict[str, Any]:
    """Metrics per language and overall (plus `errors`); runs the pipeline when no predictions given."""
    if predictions is None:
        predictions = predict_pipeline(rows)
    if len(predictions) != len(rows):
        raise ValueError(f"{len(predictions)} predictions for {len(rows)} rows")
    slices: dict[str, _Tally] = {"overall": _Tally()}
    errors: list[dict[str, Any]] = []
    for row, pred in zip(rows, predictions, strict=True):
        counts = _score_row(row, pred, errors)
        for key in ("overall", row.get("lang", "en")):
            slices.setdefault(key, _Tally()).add(**counts)
    result: dict[str, Any] = {key: tally.metrics() for key, tally in slices.items()}
    result["errors"] = errors
    return result


def error_categories(errors: list[dict[str, Any]]) -> Counter[str]:
    """How many errors of each (layer, type), most frequent first."""
    return Counter(f"{e['layer']} {e['type']}" for e in errors)


def _fmt(m: dict[str, Any]) -> str:
    return f"P {m['p']:.3f}  R {m['r']:.3f}  F1 {m['f1']:.3f}  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})"


def format_report(result: dict[str, Any] | None, baseline: dict[str, Any] | None) -> str:
    """Human-readable tables for the console; either part may be missing."""
    lines = []
    for key, m in (result or {}).items():
        if key == "errors":
            continue
        lines.append(f"== {key} ({m['sentences']} sentences)")
        lines.append(f"  entities              {_fmt(m['entities'])}")
        lines.append(f"  signatory detection   {_fmt(m['detection'])}")
        lines.append(f"  full claim            {_fmt(m['full'])}")
        ka = m["kind_accuracy"]
        lines.append(
            f"  claim kind accuracy   {ka['accuracy']:.3f}  "
            f"({ka['matched']} of {ka['gold_claims']} gold claims paired by value)"
        )
        lines.append(f"  enumerations          {_fmt(m['enumerations'])}")
        lines.append(f"  enumeration codes     {_fmt(m['enumeration_codes'])}")
    if baseline is not None:
        b = baseline["overall"]
        lines.append("== regex baseline (overall)")
        lines.append(f"  signatory detection   {_fmt(b['detection'])}")
        lines.append(f"  full claim            {_fmt(b['full'])}")
    if result and result.get("errors"):
        lines.append("== error categories")
        for cat, n in error_categories(result["errors"]).most_common():
            lines.append(f"  {n:4d}  {cat}")
    return "\n".join(lines)


def format_errors(errors: list[dict[str, Any]], rows: list[Row]) -> str:
    """Every miss and false positive with its sentence."""
    text_of = {row["id"]: row["text"] for row in rows}
    out = []
    for e in errors:
        detail = f"gold={e['gold']}" if e["gold"] is not None else ""
        if e["pred"] is not None:
            detail += f"{'  ' if detail else ''}pred={e['pred']}"
        sentence = text_of[e["id"]].replace("\n", " / ")
        out.append(f"[{e['id']}] {e['layer']} {e['type']}: {detail}\n    {sentence}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and with --errors every error); exit 2 when the pipeline cannot run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="print every miss and false positive")
    parser.add_argument("--json", action="store_true", help="print the metrics as JSON")
    parser.add_argument("--path", type=Path, default=EVAL_PATH, help="evaluation set (JSON lines)")
    parser.add_argument(
        "--as-articles",
        action="store_true",
        help="read the rows of each principal as one article (see predict_pipeline_as_articles)",
    )
    args = parser.parse_args(argv)

    rows = load_rows(args.path)
    baseline = score(rows, predict_regex_baseline(rows))
    try:
        result = score(rows, predict_pipeline_as_articles(rows) if args.as_articles else None)
    except ImportError as exc:
        print(f"nlp.pipeline cannot be imported ({exc}); regex baseline only.", file=sys.stderr)
        result = None
    if args.json:
        payload = {"pipeline": result, "baseline": baseline}
        for part in payload.values():
            if part is not None:
                part.pop("errors", None)
        print(json.dumps(payload, indent=2))
    else:
        print(format_report(result, baseline))
        if args.errors and result:
            print(format_errors(result["errors"], rows))
    return 0 if result is not None else 2


if __name__ == "__main__":
    # Running as a script puts this folder, not the repository root, on sys.path.
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    sys.exit(main())
