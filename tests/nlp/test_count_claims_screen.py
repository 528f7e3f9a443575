"""The batch screen in `tally_count_claims` only saves time: it never changes what is found.

`_screen` drops numbers with no counted noun or claim cue near them before the readers run.
It must be a superset of what the readers accept, so the claims found with it equal the claims
found when every number is read. Checked over the evaluation sets (sentence by sentence and as
article-sized documents), in batches and one Doc at a time.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

from nlp.components.count_claims import CountClaimFinder
from nlp.pipeline import build_nlp

EVAL_DIR = Path(__file__).parent / "eval"


def _texts() -> list[str]:
    texts: list[str] = []
    for path in sorted(EVAL_DIR.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        texts += [row["text"] for row in rows]
        texts += ["\n\n".join(r["text"] for r in rows[i : i + 15]) for i in range(0, len(rows), 15)]
    texts += [
        "In 2022, 61 had signed. Membership rose to 312, the highest since 1962.",
        "It was endorsed by more than 150 on Monday; bringing the total to 61.",
        "Five more are expected, officials said, and 12, including France, abstained.",
        "Dozens of countries and 55 (fifty-five) nations, 60-odd partners and 70 or so states.",
    ]
    return texts


def _claims(nlp, texts: list[str], batch_size: int) -> list[list[tuple]]:
    return [
        [
            (s.start, s.end, s._.tally_claim.value, s._.tally_claim.kind, s._.tally_claim.scope)
            for s in doc.spans["tally_claims"]
        ]
        for doc in nlp.pipe(texts, batch_size=batch_size)
    ]


@pytest.mark.parametrize("batch_size", [1, 32])
def test_screen_changes_no_claim(monkeypatch: pytest.MonkeyPatch, batch_size: int) -> None:
    nlp = build_nlp()
    texts = _texts()
    screened = _claims(nlp, texts, batch_size)
    assert sum(map(len, screened)) > 300  # the sets are dense with claims

    def every_number(self, classes: numpy.ndarray, hits: numpy.ndarray) -> numpy.ndarray:
        return hits

    monkeypatch.setattr(CountClaimFinder, "_screen", every_number)
    assert _claims(nlp, texts, batch_size) == screened


def test_screen_drops_numbers_far_from_any_cue() -> None:
    nlp = build_nlp()
    finder = nlp.get_pipe("tally_count_claims")
    filler = " ".join(["The talks went on through the night in the old hall."] * 3)
    doc = nlp.make_doc(f"The 2019 report ran to 300 pages. {filler} Then 55 countries signed.")
    lowers = numpy.array([t.lower for t in doc], dtype=numpy.uint64)
    classes = finder._classes(lowers)
    hits = numpy.array([t.i for t in doc if t.like_num])
    kept = [doc[int(i)].text for i in finder._screen(classes, hits)]
    assert kept == ["55"]
