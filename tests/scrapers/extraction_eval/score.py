"""Score main-text extraction on the pages in `pages/` against their gold `.txt` files.

Scoring follows the public article-extraction benchmark: whitespace tokens, 4-token
shingles (as multisets), precision and recall per page, macro-averaged over pages, F1 of
the two averages. Run: `.venv/bin/python tests/scrapers/extraction_eval/score.py`.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

PAGES = Path(__file__).resolve().parent / "pages"


@dataclass
class Score:
    """Macro precision, recall and F1, plus the per-page (precision, recall) pairs."""

    precision: float
    recall: float
    f1: float
    pages: dict[str, tuple[float, float]]


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of `size`-token shingles of whitespace-tokenised text."""
    tokens = text.split()
    return Counter(tuple(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1)))


def page_scores(predicted: str, gold: str) -> tuple[float, float]:
    """(precision, recall) of one page's extracted text against its gold text."""
    pred, true = shingles(predicted), shingles(gold)
    overlap = sum((pred & true).values())
    precision = overlap / sum(pred.values()) if pred else float(not true)
    recall = overlap / sum(true.values()) if true else 1.0
    return precision, recall


def evaluate(extract: Callable[[bytes, str], str], pages_dir: Path = PAGES) -> Score:
    """Run `extract(html_bytes, name)` on every page and macro-average its scores."""
    per_page: dict[str, tuple[float, float]] = {}
    for html_path in sorted(pages_dir.glob("*.html")):
        gold = html_path.with_suffix(".txt").read_text(encoding="utf-8")
        per_page[html_path.stem] = page_scores(
            extract(html_path.read_bytes(), html_path.stem), gold
        )
    precision = sum(p for p, _ in per_page.values()) / len(per_page)
    recall = sum(r for _, r in per_page.values()) / len(per_page)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(precision, recall, f1, per_page)


def tally_text(html: bytes, name: str) -> str:
    """Tally's `extract-article` text for one page."""
    from scrapers.extract.article import extract_article

    return extract_article(html).text


def trafilatura_text(html: bytes, name: str) -> str:
    """`trafilatura.extract` with its defaults, the baseline we must beat."""
    return trafilatura.extract(html.decode("utf-8")) or ""


def main() -> int:
    """Print per-page and macro scores for Tally and trafilatura's defaults."""
    tally, baseline = evaluate(tally_text), evaluate(trafilatura_text)
    print(f"{'page':28} {'tally P/R':>14} {'trafilatura P/R':>18}")
    for name in tally.pages:
        tp, tr = tally.pages[name]
        bp, br = baseline.pages[name]
        print(f"{name:28} {tp:6.3f} {tr:6.3f}    {bp:6.3f} {br:6.3f}")
    for label, score in (("tally", tally), ("trafilatura", baseline)):
        print(f"{label:12} P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
    raise SystemExit(main())
