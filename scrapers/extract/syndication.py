"""Near-duplicate detection: copies and excerpts of one story share a group.

Texts are compared by word 4-gram shingles. Two texts are copies when their Jaccard
similarity reaches the threshold, or when the smaller one is (almost) contained in the
larger, as when an aggregator quotes the first paragraphs of a wire story.
"""

from __future__ import annotations

import hashlib
import re

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4
# Containment needs a sizeable excerpt: two short texts sharing one stock phrase are not copies.
MIN_CONTAINED_SHINGLES = 15


def normalized_tokens(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation, quotes and spacing differences vanish."""
    return _TOKEN.findall(text.lower())


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of word `size`-grams of a text (the whole text when it is shorter)."""
    tokens = normalized_tokens(text)
    if len(tokens) < size:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def similarity(a: set[str], b: set[str]) -> float:
    """max(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    jaccard = common / len(a | b)
    smaller = min(len(a), len(b))
    containment = common / smaller if smaller >= MIN_CONTAINED_SHINGLES else 0.0
    return max(jaccard, containment)


def group_syndicated(texts: list[str], threshold: float = 0.8) -> list[int]:
    """A group number per text (0, 1, 2… in order of first appearance); copies share one."""
    sets = [shingles(t) for t in texts]
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if root(i) != root(j) and similarity(sets[i], sets[j]) >= threshold:
                parent[max(root(i), root(j))] = min(root(i), root(j))
    numbers: dict[int, int] = {}
    return [numbers.setdefault(root(i), len(numbers)) for i in range(len(texts))]


def story_key(text: str) -> str:
    """Stable id of a story: SHA-256 (first 16 hex) of its normalised token stream.

    Call it on the group's representative (see `group_keys`), so every copy gets the same key.
    """
    normal = " ".join(normalized_tokens(text))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def group_keys(texts: list[str], groups: list[int]) -> list[str]:
    """`story_key` of each text's group representative: its longest member, earliest on ties.

    The longest member is the fullest copy (the wire original rather than an excerpt), so the
    key does not change when further excerpts of the same story are crawled later.
    """
    best: dict[int, int] = {}
    for index, group in enumerate(groups):
        current = best.get(group)
        if current is None or len(normalized_tokens(texts[index])) > len(
            normalized_tokens(texts[current])
        ):
            best[group] = index
    return [story_key(texts[best[group]]) for group in groups]
