"""How explanations cite their evidence: who said it, when, and the sentence itself.

Texts here are plain; the report escapes them when rendering (scraped content is untrusted).
"""

from __future__ import annotations

from pipelines.reconcile.models import ClaimRecord, RosterVersion

_MAX_QUOTE = 300  # a sentence longer than this is cut: explanations must stay readable


def quote(text: str) -> str:
    """A sentence in curly quotes, whitespace collapsed, cut at a readable length."""
    flat = " ".join((text or "").split())
    if len(flat) > _MAX_QUOTE:
        flat = flat[: _MAX_QUOTE - 1].rstrip() + "…"
    return f"“{flat}”"


def who_when(claim: ClaimRecord) -> str:
    """Who and when, e.g. Reuters, 2022-04-28 (publisher or source id; "undated" if unknown)."""
    who = claim.article.publisher or claim.article.source_id
    return f"{who}, {claim.article.published_at or 'undated'}"


def cite_claim(claim: ClaimRecord) -> str:
    """The claim's source and sentence, e.g. Reuters (2022-04-28): “The United States and …”."""
    who = claim.article.publisher or claim.article.source_id
    return f"{who} ({claim.article.published_at or 'undated'}): {quote(claim.sentence)}"


def cite_roster(roster: RosterVersion) -> str:
    """The list and its source, e.g. the official list (White House, 2022-04-28)."""
    who = roster.publisher or roster.source_id
    return f"the official list ({who}, {roster.as_of or 'undated'})"


def claim_words(claim: ClaimRecord) -> str:
    """The claim span in quotes, e.g. “more than 55 countries”."""
    return quote(claim.text)


def end_sentence(text: str) -> str:
    """The text with a full stop, unless it already ends on a quoted sentence's own stop."""
    return text if text.endswith((".”", "?”", "!”", "…”")) else text + "."
