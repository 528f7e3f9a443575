"""Main text by vote: trafilatura's default, precision and recall runs and the density extractor.

A block of trafilatura's recall output survives when enough of the other extractors also
found it, which drops the furniture a single extractor lets through while keeping what only
the recall run finds.
"""

from __future__ import annotations

import copy
import re

from lxml import html as lxml_html

from scrapers.extract.blocks import density_blocks
from scrapers.extract.clean import clean_tree
from scrapers.extract.engines import trafilatura_blocks

_TOKEN = re.compile(r"\w+", re.UNICODE)

# Vote weights: trafilatura's default and precision runs and our density extractor each count
# fully (density a little more: it is the only voter independent of trafilatura); the recall
# run, which proposes every candidate, counts half. A block needs KEEP_AT votes to stay.
WEIGHTS = {"default": 1.0, "precision": 1.0, "recall": 0.5, "density": 1.5}
KEEP_AT = 2.0
_LIST_LINE_WORDS = 12  # a list item line ("Albania", "Republic of Moldova (2022)")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _shingles(tokens: list[str], size: int = 3) -> set[tuple[str, ...]]:
    return {tuple(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1))}


class _Voter:
    """Answers 'did this extractor also find that block?' by shingle overlap."""

    def __init__(self, texts: list[str]) -> None:
        tokens = [_tokens(t) for t in texts]
        self.shingles: set[tuple[str, ...]] = set().union(*(_shingles(t) for t in tokens))
        self.joined = " " + " ".join(" ".join(t) for t in tokens) + " "

    def supports(self, text: str) -> bool:
        """Half of the block's 3-shingles found (short blocks: found verbatim)."""
        tokens = _tokens(text)
        if not tokens:
            return False
        if len(tokens) < 4:
            return f" {' '.join(tokens)} " in self.joined
        mine = _shingles(tokens)
        return len(mine & self.shingles) >= 0.5 * len(mine)


def _size(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def main_text_blocks(
    html: str, tree: lxml_html.HtmlElement, url: str | None
) -> tuple[list[str], str]:
    """The page's main-text blocks and how they were chosen: "vote", "density" or "trafilatura".

    Trafilatura's runs and the density extractor vote block by block; when one side found
    almost nothing next to the other, that side is taken as broken and the other one is used.
    """
    density = [b.text for b in density_blocks(clean_tree(copy.deepcopy(tree)))]
    runs = {
        name: [t for _, t in trafilatura_blocks(html, url, name)]
        for name in WEIGHTS
        if name != "density"
    }
    base = runs["recall"] or runs["default"]
    # When trafilatura finds a fifth of what the density extractor does (tiny pages, odd markup),
    # or the density extractor latched onto a small box, one side is broken: trust the other.
    if _size(base) < 0.2 * _size(density):
        return density, "density"
    if _size(density) < 0.3 * _size(runs["default"]):
        return runs["default"] or base, "trafilatura"
    voters = {name: _Voter(texts) for name, texts in runs.items()}
    voters["density"] = _Voter(density)
    kept: list[str] = []
    for text in base:
        score = sum(WEIGHTS[name] for name, voter in voters.items() if voter.supports(text))
        if score >= KEEP_AT:
            kept.append(text)
    return _rescue_between(kept, density), "vote"


def _rescue_between(kept: list[str], density: list[str]) -> list[str]:
    """Put back a density block trafilatura dropped between two blocks both kept.

    Trafilatura loses the loose text before the first `<br>` of a `<div>` ("Albania<br>
    Andorra<br>..."): the first item of a signatory list. A short block whose two neighbours in
    the page were kept right after one another, the next one a short line too, is such an item.
    """
    keys = [" ".join(_tokens(t)) for t in kept]
    position = {key: i for i, key in enumerate(keys)}
    dkeys = [" ".join(_tokens(t)) for t in density]
    inserts: dict[int, list[str]] = {}
    for i in range(1, len(density) - 1):
        if not dkeys[i] or dkeys[i] in position:
            continue
        before, after = position.get(dkeys[i - 1]), position.get(dkeys[i + 1])
        # Only inside a run of short lines (a list), where a lone one-word line is an item,
        # not between two paragraphs, where it is an ad label ("Anzeige", "Publicité").
        in_list = max(len(dkeys[i].split()), len(dkeys[i + 1].split())) <= _LIST_LINE_WORDS
        if before is not None and after == before + 1 and in_list:
            inserts.setdefault(before, []).append(density[i])
    if not inserts:
        return kept
    out: list[str] = []
    for i, text in enumerate(kept):
        out.append(text)
        out.extend(inserts.get(i, []))
    return out
