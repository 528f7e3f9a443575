"""How reconciliation texts name parties: "the United States", "Japan", "A, B and C"."""

from __future__ import annotations

from nlp.gazetteer import entity_name

# Names that are descriptions or plurals take "the" in running English.
_THE_FIRST_WORDS = frozenset({"United", "European", "Holy"})
_THE_LAST_WORDS = frozenset(
    {"Islands", "Netherlands", "Philippines", "Bahamas", "Maldives", "Gambia"}
)


def the_name(code: str) -> str:
    """The display name of a code as it reads mid-sentence ("the United States", "Japan")."""
    name = entity_name(code)
    words = name.split(" ")
    if words[0] in _THE_FIRST_WORDS or words[-1] in _THE_LAST_WORDS or "Republic" in words:
        return "the " + name
    return name


def join_names(names: list[str]) -> str:
    """Names joined in English: A; A and B; A, B and C."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
