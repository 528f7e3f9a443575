"""Tests for `nlp.numbers.parse_number`: digits, English words, mixed forms, French via text2num."""

from __future__ import annotations

import pytest

from nlp.numbers import is_number_word, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("55", 55),
        ("1,000", 1000),
        ("1,200,000", 1200000),
        ("Sixty", 60),
        ("sixty one", 61),
        ("sixty-one", 61),
        ("Sixty-One", 61),
        ("forty-two", 42),
        ("twelve", 12),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("one hundred and five", 105),
        ("two thousand", 2000),
        ("Fifty-eight (58)", 58),
        ("fifty five (55)", 55),
    ],
)
def test_english_numbers(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["", "21st", "first", "1.5", "countries", "sixty countries", "55%"]
)
def test_not_a_whole_cardinal(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("soixante et un", 61),
        ("soixante-et-un", 61),
        ("cinquante-cinq", 55),
        ("vingt-huit", 28),
        ("quatre-vingt-un", 81),
        ("55", 55),
        ("1 000", 1000),
    ],
)
def test_french_numbers(text: str, value: int) -> None:
    assert parse_number(text, lang="fr") == value


def test_other_languages_use_text2num() -> None:
    assert parse_number("sesenta y uno", lang="es") == 61
    assert parse_number("einundsechzig", lang="de") == 61
    assert parse_number("pays", lang="fr") is None
    assert parse_number("sixty", lang="xx") is None


def test_number_words() -> None:
    assert is_number_word("Sixty") and is_number_word("dozen") and is_number_word("hundred")
    assert not is_number_word("countries") and not is_number_word("first")
    assert is_number_word("soixante", lang="fr") and not is_number_word("pays", lang="fr")
