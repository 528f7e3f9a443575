"""Scraped text is untrusted: whatever shape it takes, the pipeline reads it without raising.

Eval texts are mutated the way extraction mangles pages (lists turned into bullets, stray
breaks, brackets and pipes, texts cut short, upper-cased or reversed, slices of a few words),
each text on its own (a batch of one, as `tally extract-claims` reads a short file) and all
in one batch. Two crashes were found this way (a one-token text in the claim screen, two single
line breaks between bullets in the enumeration component); this keeps the net in place.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from nlp.pipeline import analyze_many, build_nlp, readable

EVAL = Path(__file__).with_name("eval")
_SEED = 19
_TEXTS = 150  # eval texts mutated per run (seeded: the same ones every run)
_INSERTS = ["\n\n", "\n", ":\n• ", " (", ") ", " — ", "|", ";\n", "\t", "\r\n", "Note\n"]


def _texts() -> list[str]:
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    return texts


def _mutated(text: str, rng: random.Random) -> str:
    for op in rng.sample(range(9), 3):
        if op == 0:
            text = text.replace(", ", "\n• ")
        elif op == 1:
            text = text.replace(" and ", "\nNote\n")
        elif op == 2:
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(_INSERTS) + text[i:]
        elif op == 3:
            text = text[: rng.randrange(len(text) + 1)]
        elif op == 4:
            text = text.upper()
        elif op == 5:
            text = text.replace(".", ":\n")
        elif op == 6:
            text = " ".join(reversed(text.split(" ")))
        elif op == 7:
            text = "\n".join("• " + part for part in text.split(". "))
        else:
            words = text.split(" ")
            k = rng.randint(1, 4)
            start = rng.randrange(max(1, len(words) - k))
            text = rng.choice([" ", "\n", ", ", " | "]).join(words[start : start + k])
    return text


def _cases() -> list[str]:
    rng = random.Random(_SEED)
    texts = rng.sample(_texts(), _TEXTS)
    return [_mutated(text, rng) for text in texts] + ["4", "UN", "Fifty", "(4)", "", " ", "\n"]


CASES = _cases()


@pytest.mark.parametrize("principal", ["USA", "GBR"])
def test_mangled_texts_are_read_one_by_one_without_error(principal: str) -> None:
    nlp = build_nlp(principal)
    for text in CASES:
        doc = nlp(text)  # a batch of one: the shortest texts stand alone
        assert doc.text == text


def test_mangled_texts_are_read_as_one_batch_without_error() -> None:
    analyses = analyze_many(CASES, principal="USA")
    assert len(analyses) == len(CASES)
    for analysis in analyses:
        contract = analysis.to_contract()
        assert set(contract) == {"entities", "claims", "enumerations"}


@pytest.mark.parametrize(
    "space",
    ["\u00a0", "\u202f", "\u2009", "\u200b", "\u3000"],
    ids=["no-break", "narrow no-break", "thin", "zero-width", "ideographic"],
)
def test_odd_spaces_read_as_spaces_and_offsets_hold(space: str) -> None:
    """Web text puts no-break and other odd spaces where a space belongs ("60&nbsp;countries",
    "United&nbsp;States"); they once hid the claim and the name. The output's texts and offsets
    still point into the text as given."""
    text = f"Sixty{space}countries signed, including the United{space}States, Chile and Peru."
    [analysis] = analyze_many([text])
    out = analysis.to_contract()
    assert [(c["value"], c["kind"]) for c in out["claims"]] == [(60, "signatories")]
    assert [e["codes"] for e in out["enumerations"]] == [["USA", "CHL", "PER"]]
    for item in (*out["claims"], *out["entities"]):
        assert text[item["start"] : item["end"]] == item["text"]


def test_a_byte_order_mark_opening_the_text_is_read_as_a_space() -> None:
    """A text file saved with a BOM opens with U+FEFF, glued to the first word."""
    [analysis] = analyze_many(["\ufeffSixty countries signed the declaration."])
    assert [(c.value, c.start) for c in analysis.claims] == [(60, 1)]


def test_unicode_hyphens_read_as_hyphens() -> None:
    """ "Sixty\u2011one" (a no-break hyphen) and "Guinea\u2011Bissau" read as with a plain hyphen."""
    text = "Sixty\u2011one countries signed, among them Guinea\u2011Bissau, Chile and Peru."
    [analysis] = analyze_many([text])
    assert [c.value for c in analysis.claims] == [61]
    assert [e.codes for e in analysis.enumerations] == [["GNB", "CHL", "PER"]]
    assert analysis.entities[0].text == "Guinea\u2011Bissau"


def test_a_hard_wrapped_paragraph_reads_as_one() -> None:
    """A plain-text feed wrapped at a fixed width breaks lines mid-clause ("60 other countries
    on\\nThursday launched"); that read the 60 as `other` and lost the 61. Rosters, bullet lines
    and a headline over its lead keep their line breaks."""
    import textwrap

    paragraphs = [
        "WASHINGTON (Reuters) - The United States and 60 other countries on Thursday launched a "
        "Declaration for the Future of the Internet, but China and Russia were not among them.",
        "India, Brazil and Indonesia did not sign the declaration, which commits the 61 "
        "signatories to an open internet, officials in Washington said on Thursday evening.",
    ]
    for width in (40, 70):
        text = "\n\n".join(textwrap.fill(p, width) for p in paragraphs)
        [analysis] = analyze_many([text])
        assert [(c.value, c.kind) for c in analysis.claims] == [
            (60, "signatories"),
            (61, "signatories"),
        ]
    for kept in (
        "Signatories:\nArgentina\nAustralia\nAustria\nBelgium",
        "Over 100 countries sign methane pledge as China, India stay out\nGLASGOW (Reuters) - "
        "The United States and the EU launched a pledge on Tuesday.",
        "• Argentina, which signed in 2022 at the launch\n• Australia, which signed in 2022 at "
        "the launch\n• Austria, which signed in 2022 at the launch\n• Belgium",
        # (session 21: a signature block, one signer a line, lines of similar length)
        "Mette Frederiksen, Prime Minister, Denmark\nKaja Kallas, Prime Minister, Estonia\n"
        "Sanna Marin, Prime Minister, Finland\nOlaf Scholz, Federal Chancellor, Germany",
        "The declaration was signed by the following ministers on Friday:\nAnna Berg of "
        "Sweden, minister for foreign affairs\nJonas Lie of Norway, minister for trade and aid",
    ):
        assert readable(kept) == kept
