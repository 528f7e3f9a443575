"""Tokenizer affix searches that remember their answer for each string they have seen.

spaCy's tokenizer keeps a cache of how each whitespace-separated chunk splits, but it stops
adding to it for the rest of a text once any chunk of that text hit a special case
(`Tokenizer._save_cached` refuses while the text's `has_special` flag is set). Coverage of
declarations names "U.S." or "don't" in its first lines, so nearly every chunk after them goes
through the prefix, suffix and infix regular expressions again, article after article; those
searches were most of the tokenizer's time.

The searches are pure functions of the string, so remembering their answers changes no token:
`MemoizedSearch` wraps one (`Pattern.search` for prefixes and suffixes, `Pattern.finditer` for
infixes) and keeps up to `limit` answers, like spaCy's own cache keeps a bounded number of
chunks. It keeps the wrapped pattern as `__self__`, which is what `Tokenizer.to_bytes` reads to
serialise the rules; a tokenizer restored from bytes gets plain searches back.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

DEFAULT_LIMIT = 100_000


class MemoizedSearch:
    """`pattern.search` (or `pattern.finditer`, with `many=True`) with answers kept per string."""

    def __init__(
        self, method: Callable[[str], Any], many: bool = False, limit: int = DEFAULT_LIMIT
    ):
        pattern = getattr(method, "__self__", None)
        if not isinstance(pattern, re.Pattern):
            raise TypeError(f"expected a compiled pattern's method, got {method!r}")
        self.__self__ = pattern  # read by spaCy's `Tokenizer.to_bytes`
        self._method = method
        self._many = many
        self._limit = limit
        self._answers: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        answers = self._answers
        if text in answers:
            found = answers[text]
        else:
            found = self._method(text)
            if self._many:
                found = tuple(found)  # (an iterator can be read only once)
            if len(answers) < self._limit:
                answers[text] = found
        return iter(found) if self._many else found

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a worker process, a copied pipeline) without the answers.
        return (MemoizedSearch, (self._method, self._many, self._limit))


def memoize_affixes(tokenizer: Any) -> None:
    """Wrap `tokenizer`'s prefix, suffix and infix searches in `MemoizedSearch` (once)."""
    for name, many in (
        ("prefix_search", False),
        ("suffix_search", False),
        ("infix_finditer", True),
    ):
        method = getattr(tokenizer, name)
        if method is not None and not isinstance(method, MemoizedSearch):
            setattr(tokenizer, name, MemoizedSearch(method, many=many))
