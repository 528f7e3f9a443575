"""Hand-built claims and enumerations for reconciliation tests.

The seed case is the Declaration for the Future of the Internet coverage quoted in
`../shared/seeds/000_d01b8ae29213ed0d.txt`; the roster codes are typed here from the White House
sentence "Those endorsing the Declaration include Albania, ... and Uruguay." (test data, not code).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import count

import pytest

from pipelines.reconcile.models import ArticleRef, ClaimRecord, EnumerationRecord

# Albania ... Uruguay, in the order of the White House sentence (61 entries).
DFI_ROSTER = [
    "ALB", "AND", "ARG", "AUS", "AUT", "BEL", "BGR", "CPV", "CAN", "COL", "CRI", "HRV", "CYP",
    "CZE", "DNK", "DOM", "EST", "EUC", "FIN", "FRA", "GEO", "DEU", "GRC", "HUN", "ISL", "IRL",
    "ISR", "ITA", "JAM", "JPN", "KEN", "XKX", "LVA", "LTU", "LUX", "MDV", "MLT", "MHL", "FSM",
    "MDA", "MNE", "NLD", "NZL", "NER", "MKD", "PLW", "PER", "POL", "PRT", "ROU", "SEN", "SRB",
    "SVK", "SVN", "ESP", "SWE", "TWN", "TTO", "GBR", "UKR", "URY",
]  # fmt: skip

LAUNCH = "2022-04-28"

_ids = count(1)


def article(
    source_id: str,
    publisher: str,
    *,
    kind: str = "news",
    published: str | None = LAUNCH,
    story: str | None = None,
    article_id: str | None = None,
) -> ArticleRef:
    """An article reference; each article is its own story unless ``story`` says otherwise."""
    aid = article_id or f"a-{source_id}-{next(_ids)}"
    return ArticleRef(
        article_id=aid,
        source_id=source_id,
        source_kind=kind,
        publisher=publisher,
        url=f"https://example.org/{aid}",
        title=None,
        published_at=published,
        story_id=story or aid,
    )


def claim(
    claim_id: str,
    art: ArticleRef,
    sentence: str,
    text: str,
    value: int | None,
    *,
    qualifier: str = "exact",
    noun: str = "country",
    scope: str = "unspecified",
    kind: str = "signatories",
    parts: list[dict] | None = None,
) -> ClaimRecord:
    """A claim whose span is ``text`` inside ``sentence``."""
    start = sentence.find(text)
    assert start >= 0, f"{text!r} not in sentence"
    return ClaimRecord(
        claim_id=claim_id,
        article=art,
        sentence=sentence,
        text=text,
        value=value,
        qualifier=qualifier,
        noun=noun,
        scope=scope,
        kind=kind,
        start=start,
        end=start + len(text),
        parts=parts or [],
    )


def enumeration(art: ArticleRef, codes: list[str], sentence: str = "") -> EnumerationRecord:
    """An enumeration of endorsers spanning the whole (made-up) sentence."""
    text = sentence or "Those endorsing the Declaration include " + ", ".join(codes) + "."
    return EnumerationRecord(article=art, codes=list(codes), start=0, end=len(text), sentence=text)


@pytest.fixture
def dfi_roster() -> list[str]:
    """The 61 codes of the White House list (a fresh copy per test)."""
    return list(DFI_ROSTER)


@pytest.fixture
def make_article() -> Callable[..., ArticleRef]:
    return article


@pytest.fixture
def make_claim() -> Callable[..., ClaimRecord]:
    return claim


@pytest.fixture
def make_enumeration() -> Callable[..., EnumerationRecord]:
    return enumeration


@pytest.fixture
def white_house() -> ArticleRef:
    return article("whitehouse", "The White House", kind="official", article_id="wh-fact-sheet")


@pytest.fixture
def dfi_case(white_house: ArticleRef) -> tuple[list[ClaimRecord], list[EnumerationRecord]]:
    """The seed page's six stories as claims, the White House list, and a planted wrong figure."""
    axios = article("techdaily", "Tech Daily")
    reuters = article("wire", "Wire Service")
    cnbc = article("bizwire", "Business News")
    microsoft = article("msft", "Microsoft On the Issues", kind="blog")
    commission = article("ec", "European Commission", kind="official")
    blog = article("blog", "Policy Blog", kind="blog", published="2022-04-29")
    planted = article("planted", "Daily Planet", published="2022-04-29")
    wh_sentence = (
        "Today, the United States with 60 partners from around the globe launched the "
        "Declaration for the Future of the Internet."
    )
    claims = [
        claim(
            "c-axios",
            axios,
            "More than 55 countries and the United States announced their commitment Thursday "
            "to defending a free and open internet.",
            "More than 55 countries",
            55,
            qualifier="more_than",
            scope="excluding_principal",
        ),
        claim(
            "c-reuters",
            reuters,
            "The United States and more than 55 other governments have pledged to reinforce "
            "democracy online.",
            "more than 55 other governments",
            55,
            qualifier="more_than",
            noun="government",
            scope="excluding_principal",
        ),
        claim(
            "c-cnbc",
            cnbc,
            "The United States and 55 other nations on Thursday signed a political commitment to "
            "push rules for the internet that are underpinned by democratic values.",
            "55 other nations",
            55,
            noun="nation",
            scope="excluding_principal",
        ),
        claim(
            "c-msft",
            microsoft,
            "Today, the White House announced that the United States and 60 other governments "
            "have signed a new Declaration for the Future of the Internet.",
            "60 other governments",
            60,
            noun="government",
            scope="excluding_principal",
        ),
        claim(
            "c-wh",
            white_house,
            wh_sentence,
            "60 partners",
            60,
            noun="partner",
            scope="excluding_principal",
        ),
        claim(
            "c-ec",
            commission,
            "So far, 60 partners have endorsed the Declaration, including all EU Member States, "
            "and more countries are expected to follow suit in the coming weeks.",
            "60 partners",
            60,
            noun="partner",
        ),
        claim(
            "c-61",
            blog,
            "The United States is one of 61 countries that have endorsed the Declaration.",
            "61 countries",
            61,
            scope="including_principal",
        ),
        claim(
            "c-72",
            planted,
            "As many as 72 countries signed the declaration on Thursday.",
            "72 countries",
            72,
        ),
    ]
    roster_sentence = "Those endorsing the Declaration include Albania, ... and Uruguay."
    enumerations = [
        enumeration(white_house, DFI_ROSTER, roster_sentence),
        # An incidental short list in the same official article must not become the roster.
        enumeration(white_house, ["RUS", "CHN"], "regimes such as Russia and China"),
        # A news article's list is not official: never a roster.
        enumeration(reuters, DFI_ROSTER[:40]),
    ]
    return claims, enumerations
