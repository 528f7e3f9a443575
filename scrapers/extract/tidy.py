"""Final clean-up of main-text blocks: furniture lines, pull quotes, repeated headline, bullets."""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrapers.extract.blocks import is_furniture_line

_TOKEN = re.compile(r"\w+", re.UNICODE)
_BULLET = re.compile(r"^[•·▪◦‣∙*–-]\s+")
# Pull quotes shorter than this are too likely to be legitimate repeats ("Austria").
REPEAT_MIN_WORDS = 6


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _strip_bullet(text: str) -> str:
    return "\n".join(_BULLET.sub("", line) for line in text.split("\n"))


def _repeated(token_lists: list[list[str]]) -> set[int]:
    """Indices of pull quotes and repeated lines: blocks whose text recurs inside another block.

    Of two identical blocks the first stays; a block contained in a longer one goes. Candidate
    containers are found through the block's first word 6-gram, so long pages stay linear.
    """
    size = REPEAT_MIN_WORDS
    holders: dict[tuple[str, ...], set[int]] = {}
    for index, tokens in enumerate(token_lists):
        for start in range(len(tokens) - size + 1):
            holders.setdefault(tuple(tokens[start : start + size]), set()).add(index)
    joined = [" " + " ".join(tokens) + " " for tokens in token_lists]
    repeated: set[int] = set()
    for index, tokens in enumerate(token_lists):
        if len(tokens) < size:
            continue
        for other in holders.get(tuple(tokens[:size]), ()):
            if other == index or joined[index] not in joined[other]:
                continue
            if len(token_lists[other]) > len(tokens) or other < index:
                repeated.add(index)
                break
    return repeated


def tidy_blocks(texts: list[str], titles: str | Iterable[str | None] | None) -> list[str]:
    """Remove bylines/share lines, pull quotes, the repeated headline, and bullet glyphs.

    `titles` are the page's headline variants (JSON-LD, og:title, `<h1>`): a leading block
    equal to any of them is the headline repeated above the text, not part of it.
    """
    if titles is None or isinstance(titles, str):
        titles = [titles]
    headlines = {tuple(_tokens(t)) for t in titles if t} - {()}
    out: list[str] = []
    repeated = _repeated([_tokens(t) for t in texts])
    for index, text in enumerate(texts):
        if is_furniture_line(text) or index in repeated:
            continue
        if index < 3 and not out and tuple(_tokens(text)) in headlines:
            continue
        text = _strip_bullet(text)
        if text:
            out.append(text)
    return out
