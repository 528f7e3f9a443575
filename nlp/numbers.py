"""Number parsing for count claims: digits, number words, mixed forms, with a language hook.

English is parsed here (so "a dozen", "two dozen" and "Fifty-eight (58)" work); French,
Spanish, German and Italian go through `text2num`, whose parser knows their number words.
"""

from __future__ import annotations

import re
from functools import cache

from text_to_num import text2num

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# "a dozen" is a number; "dozens" (plural, no count) is the `dozens` qualifier, not a number.
_DOZEN = {"dozen": 12}
_FILLERS = {"and", "a", "an"}

ENGLISH_NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS) | frozenset(_SCALES) | {"dozen"}
TEXT2NUM_LANGS = ("fr", "es", "de", "it", "pt", "nl")

# One thousands separator style per number; "1 000" (thin/regular space) is common in French.
_DIGITS = re.compile(r"^\d{1,3}(?:([,.\u202f\u00a0 ])\d{3})*$|^\d+$")
# "Fifty-eight (58)": the figure in brackets restates the words and wins when both parse.
_BRACKETED = re.compile(r"^(?P<words>.*?)\s*\(\s*(?P<digits>[\d,.\s]+)\s*\)\s*$")


def _parse_digits(text: str) -> int | None:
    """Integer from a digit string with optional thousands separators, else None."""
    text = text.strip()
    if not _DIGITS.match(text):
        return None
    return int(re.sub(r"\D", "", text))


def _parse_english_words(text: str) -> int | None:
    """Integer from English number words ("sixty-one", "one hundred and five", "two dozen")."""
    words = [w for w in re.split(r"[\s\-]+", text.lower().strip()) if w]
    if not words:
        return None
    if words[0] == "half" and len(words) > 1:
        # "half a dozen" = 6
        whole = _parse_english_words(" ".join(words[1:]))
        return whole // 2 if whole is not None and whole % 2 == 0 else None
    total = 0  # completed thousands/millions groups
    current = 0  # the group being built
    seen_number = False
    for word in words:
        if word in _FILLERS:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _DOZEN:
            # "a dozen" = 12, "two dozen" = 24
            current = (current or 1) * _DOZEN[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            digits = _parse_digits(word)
            if digits is None:
                return None
            current += digits
        seen_number = True
    return total + current if seen_number else None


def _parse_with_text2num(text: str, lang: str) -> int | None:
    """Integer via text2num for languages it supports, else None."""
    cleaned = " ".join(text.strip().split())
    for candidate in (cleaned, cleaned.replace(" ", "-")):
        try:
            return int(text2num(candidate, lang))
        except ValueError:
            continue
    return None


@cache
def parse_number(text: str, lang: str = "en") -> int | None:
    """The integer a number phrase denotes ("55", "1,000", "sixty one", "a dozen"), else None.

    Ordinals, fractions and anything that is not a whole cardinal give None.
    """
    text = text.strip()
    if not text:
        return None
    bracketed = _BRACKETED.match(text)
    if bracketed:
        inner = _parse_digits(bracketed.group("digits"))
        if inner is not None:
            return inner
        text = bracketed.group("words")
    digits = _parse_digits(text)
    if digits is not None:
        return digits
    if lang == "en":
        return _parse_english_words(text)
    if lang in TEXT2NUM_LANGS:
        return _parse_with_text2num(text, lang)
    return None


def is_number_word(word: str, lang: str = "en") -> bool:
    """True when a single token can be part of a written number in `lang`."""
    word = word.lower()
    if lang == "en":
        return word in ENGLISH_NUMBER_WORDS
    return parse_number(word, lang) is not None
