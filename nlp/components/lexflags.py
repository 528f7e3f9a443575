"""Per-string values read for a whole Doc in bulk: rule tests that cost nothing per token.

`StringValues(value)` computes `value(text)` (an unsigned 64-bit integer) once per distinct
token string, cached by its ORTH hash, and `values(orths, strings)` returns them for an array of
ORTH ids (one Doc's `doc.to_array(ORTH)`, or a whole batch of Docs concatenated).

`LexemeFlags` builds on it: a component names its predicates once (`LexemeFlags({"terminal":
is_terminal, ...})`), each string's value is the bit mask of the predicates it meets, and
`columns(orths, strings)` returns one boolean numpy column per predicate.

Known strings are found in a direct-mapped table indexed by the low bits of the ORTH hash (a
murmur hash, so the bits are uniform): one masked gather per token, in numpy. A string whose
slot is taken by another, or not seen before, goes through a Python dict — once per string
while the table fills, then rarely.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np
from spacy.strings import StringStore

Predicate = Callable[[str], bool]
_INITIAL_BITS = 15


class StringValues:
    """A value per token string (0 to 2**64 - 1), computed once per string, looked up per Doc."""

    def __init__(self, value: Callable[[str], int]) -> None:
        self._value = value
        self._known: dict[int, int] = {}  # every string seen: ORTH hash -> value
        self._resize(1 << _INITIAL_BITS)

    def _resize(self, size: int) -> None:
        """(Re)build the table; of two hashes that share a slot, one stays in the dict only."""
        self._mask_bits = np.uint64(size - 1)
        self._keys = np.zeros(size, dtype=np.uint64)  # 0 marks an empty slot (ORTH of "")
        self._vals = np.zeros(size, dtype=np.uint64)
        if self._known:
            keys = np.fromiter(self._known.keys(), dtype=np.uint64, count=len(self._known))
            vals = np.fromiter(self._known.values(), dtype=np.uint64, count=len(self._known))
            slots, first = np.unique(keys & self._mask_bits, return_index=True)
            self._keys[slots] = keys[first]
            self._vals[slots] = vals[first]
        self._filled = int(np.count_nonzero(self._keys))

    def values(self, orths: np.ndarray, strings: StringStore) -> np.ndarray:
        """The value of each ORTH id's string, as a uint64 array."""
        orths = np.asarray(orths, dtype=np.uint64).reshape(-1)
        slots = (orths & self._mask_bits).astype(np.intp)
        hit = self._keys[slots] == orths
        out = np.where(hit, self._vals[slots], np.uint64(0))
        missing = np.flatnonzero(~hit)
        if not len(missing):
            return out
        known = self._known
        for i, orth in zip(missing.tolist(), orths[missing].tolist(), strict=True):
            value = known.get(orth)
            if value is None:
                value = known[orth] = self._value(strings[orth])
                slot = int(slots[i])
                if orth and not self._keys[slot]:
                    self._keys[slot] = orth
                    self._vals[slot] = value
                    self._filled += 1
            out[i] = value
        # Keep the table sparse (at most 1/8 full) so few strings collide and miss it.
        if len(known) > len(self._keys) // 8:
            self._resize(len(self._keys) * 4)
        return out


class LexemeFlags(StringValues):
    """Named boolean predicates over token strings, cached per string, looked up per Doc."""

    def __init__(self, predicates: Mapping[str, Predicate]) -> None:
        if len(predicates) > 64:
            raise ValueError("at most 64 predicates fit one 64-bit mask")
        self.names = tuple(predicates)
        self._predicates = tuple(predicates.values())
        self._bits = [np.uint64(1 << i) for i in range(len(self.names))]
        super().__init__(self._mask)

    def _mask(self, text: str) -> int:
        mask = 0
        for bit, predicate in enumerate(self._predicates):
            if predicate(text):
                mask |= 1 << bit
        return mask

    def columns(self, orths: np.ndarray, strings: StringStore) -> dict[str, np.ndarray]:
        """One boolean column per predicate name, over the given tokens."""
        masks = self.values(orths, strings)  # bit i: predicate i holds for that string
        return {name: (masks & bit) != 0 for name, bit in zip(self.names, self._bits, strict=True)}
