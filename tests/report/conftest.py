"""Fixture builders for the report tests: realistic reconciliations, one of them hostile.

The engine that produces `Reconciliation` is built elsewhere; these objects are shaped the
way it documents (pipelines/reconcile/models.py) and use real coverage of the Declaration for
the Future of the Internet, so the report is exercised on the data it is made for.
"""

from __future__ import annotations

import pytest

from nlp.gazetteer import entity_kind, entity_name
from pipelines.reconcile.models import (
    ArticleRef,
    ClaimRecord,
    Convention,
    Reconciliation,
    RosterEntry,
    RosterVersion,
    Verdict,
)

# The White House list of 28 April 2022, as quoted in the seed page (test data, not code).
ROSTER_V1 = (
    "ALB AND ARG AUS AUT BEL BGR CPV CAN COL CRI HRV CYP CZE DNK DOM EST EUC FIN FRA GEO DEU "
    "GRC HUN ISL IRL ISR ITA JAM JPN KEN XKX LVA LTU LUX MDV MLT MHL FSM MDA MNE NLD NZL NER "
    "MKD PLW PER POL PRT ROU SEN SRB SVK SVN ESP SWE TWN TTO GBR UKR URY"
).split()
ROSTER_V2_ADDED = ["GHA", "ZMB"]

HOSTILE_TITLE = "<script>window.__pwned = 1; alert(1)</script>"
HOSTILE_SENTENCE = (
    'Sources say 72 countries signed <img src=x onerror="window.__pwned=2;alert(1)"> '
    "]]> </svg><script>window.__pwned=3</script> [x](javascript:alert(1)) "
    "*bold* _it_ `code` | pipe # hash ~~strike~~ & <b>bold</b>"
)
HOSTILE_PUBLISHER = '</svg><svg onload="window.__pwned=4">Evil & Co'
HOSTILE_URL = "javascript:window.__pwned=5;alert(1)"


def _article(
    article_id: str,
    source_id: str,
    publisher: str,
    url: str | None,
    title: str,
    published: str | None,
    kind: str = "news",
    story: str | None = None,
) -> ArticleRef:
    return ArticleRef(
        article_id=article_id,
        source_id=source_id,
        source_kind=kind,
        publisher=publisher,
        url=url,
        title=title,
        published_at=published,
        story_id=story or article_id,
    )


def _claim(
    claim_id: str,
    article: ArticleRef,
    sentence: str,
    text: str,
    value: int | None,
    qualifier: str = "exact",
    noun: str = "country",
    scope: str = "excluding_principal",
) -> ClaimRecord:
    at = sentence.index(text)
    # Offsets into the article text, as the engine keeps them (not relative to the sentence).
    offset = 100 + len(claim_id) * 7
    return ClaimRecord(
        claim_id=claim_id,
        article=article,
        sentence=sentence,
        text=text,
        value=value,
        qualifier=qualifier,
        noun=noun,
        scope=scope,
        kind="signatories",
        start=offset + at,
        end=offset + at + len(text),
    )


def _entries(codes: list[str]) -> list[RosterEntry]:
    return [RosterEntry(code, entity_name(code), entity_kind(code)) for code in codes]


def _conventions(codes: list[str], version: int) -> list[Convention]:
    kinds = [entity_kind(c) for c in codes]
    states = sum(k == "state" for k in kinds)
    partial = sum(k == "partially_recognized" for k in kinds)
    supra = sum(k == "supranational" for k in kinds)
    n = len(codes)
    return [
        Convention("endorsers_without_principal", "Endorsers, without the principal", n, version,
                   "Every entry on the official list."),
        Convention("endorsers_with_principal", "Endorsers, with the principal", n + 1, version,
                   "The list plus the principal party."),
        Convention("countries_without_principal", "Countries and territories, without the principal",
                   n - supra, version, "Leaves out supranational bodies."),
        Convention("countries_with_principal", "Countries and territories, with the principal",
                   n - supra + 1, version, "Leaves out supranational bodies; adds the principal."),
        Convention("un_states_without_principal", "Generally recognised states, without the principal",
                   states, version, f"Leaves out {supra} supranational and {partial} partially "
                   "recognised entries."),
    ]  # fmt: skip


def build_dfi_reconciliation(*, hostile: bool = False) -> Reconciliation:
    """A realistic DFI reconciliation; with `hostile`, add an article full of payloads."""
    wh = _article(
        "a-wh",
        "whitehouse",
        "The White House",
        "https://www.whitehouse.gov/briefing-room/2022/04/28/fact-sheet/",
        "United States and 60 Global Partners Launch Declaration for the Future of the Internet",
        "2022-04-28",
        kind="official",
    )
    ec = _article(
        "a-ec",
        "ec",
        "European Commission",
        "https://ec.europa.eu/commission/presscorner/detail/en/IP_22_2695",
        "EU and international partners put forward a Declaration for the Future of the Internet",
        "2022-04-28",
        kind="official",
    )
    hill = _article(
        "a-hill",
        "thehill",
        "The Hill",
        "https://thehill.com/policy/technology/3470923/",
        "US and over 55 other countries commit to democratic internet governance",
        "2022-04-28",
    )
    reuters = _article(
        "a-reuters",
        "reuters",
        "Reuters",
        "https://www.reuters.com/technology/us-55-other-countries-pledge-open-internet-2022-04-28/",
        "U.S. and more than 55 other countries pledge to keep an open internet",
        "2022-04-28",
        story="s-reuters",
    )
    usnews = _article(
        "a-usnews",
        "usnews",
        "U.S. News & World Report",
        "https://www.usnews.com/news/technology/articles/2022-04-28/us-pledge",
        "U.S. and more than 55 other countries pledge to keep an open internet",
        "2022-04-29",
        story="s-reuters",
    )
    cnbc = _article(
        "a-cnbc",
        "cnbc",
        "CNBC",
        "https://www.cnbc.com/2022/04/28/us-joins-55-nations.html",
        "U.S. joins 55 nations to set new global rules for the internet",
        "2022-04-28",
    )
    msft = _article(
        "a-msft",
        "microsoft",
        "Microsoft On the Issues",
        "https://blogs.microsoft.com/on-the-issues/2022/04/28/future-of-the-internet/",
        "A vital step at a critical moment",
        "2022-04-28",
        kind="blog",
    )
    euobs = _article(
        "a-euobs",
        "euobserver",
        "EUobserver",
        None,
        "EU and US launch internet declaration",
        "2022-04-29",
    )
    wh2 = _article(
        "a-wh2",
        "whitehouse",
        "The White House",
        "https://www.whitehouse.gov/briefing-room/2022/12/15/dfi-new-partners/",
        "Declaration for the Future of the Internet welcomes new partners",
        "2022-12-15",
        kind="official",
    )
    blog = _article(
        "a-blog",
        "digitalblog",
        "Digital Policy Blog",
        "http://blog.example.org/dfi",
        "Dozens sign internet pledge",
        None,
        kind="blog",
    )

    claims = [
        _claim("c-hill", hill, "More than 55 countries and the United States announced their "
               "commitment Thursday to defending a free and open internet.",
               "More than 55 countries", 55, "more_than"),
        _claim("c-reuters", reuters, "The United States and more than 55 other governments have "
               "pledged to reinforce democracy online.", "more than 55 other governments", 55,
               "more_than", "government"),
        _claim("c-usnews", usnews, "The United States and more than 55 other governments have "
               "pledged to reinforce democracy online.", "more than 55 other governments", 55,
               "more_than", "government"),
        _claim("c-cnbc", cnbc, "The United States and 55 other nations on Thursday signed a "
               "political commitment to push rules for the internet.", "55 other nations", 55,
               noun="nation"),
        _claim("c-msft", msft, "Today, the White House announced that the United States and 60 "
               "other governments have signed a new Declaration for the Future of the Internet.",
               "60 other governments", 60, noun="government"),
        _claim("c-wh", wh, "Today, the United States with 60 partners from around the globe "
               "launched the Declaration for the Future of the Internet.", "60 partners", 60,
               noun="partner"),
        _claim("c-ec", ec, "So far, 60 partners have endorsed the Declaration, including all EU "
               "Member States, and more countries are expected to follow suit in the coming weeks.",
               "60 partners", 60, noun="partner", scope="unspecified"),
        _claim("c-euobs", euobs, "Signing were the EU, the US and 32 international partners, in "
               "Washington.", "the EU, the US and 32 international partners", 61,
               noun="partner", scope="including_principal"),
        _claim("c-wh2", wh2, "With Ghana and Zambia, 63 partners now endorse the Declaration.",
               "63 partners", 63, noun="partner"),
        _claim("c-blog", blog, "Dozens of countries signed the internet pledge.",
               "Dozens of countries", None, "dozens", scope="unspecified"),
    ]  # fmt: skip
    v1 = list(ROSTER_V1)
    v2 = v1 + ROSTER_V2_ADDED
    rosters = [
        RosterVersion(1, "2022-04-28", "whitehouse", "a-wh", _entries(v1)),
        RosterVersion(2, "2022-12-15", "whitehouse", "a-wh2", _entries(v2), added=ROSTER_V2_ADDED),
    ]
    conventions = _conventions(v1, 1) + [
        Convention("v2_endorsers_without_principal", "Endorsers after December 2022", len(v2), 2,
                   "Every entry on the later official list."),
    ]  # fmt: skip
    verdicts = {
        "c-hill": Verdict("c-hill", "consistent", "countries_without_principal", 60, -5,
                          "“More than 55” holds: the official list has 60 countries and "
                          "territories besides the United States (The White House, 2022-04-28)."),
        "c-reuters": Verdict("c-reuters", "consistent", "countries_without_principal", 60, -5,
                             "A lower bound that holds against 60 countries and territories.",
                             syndicated_copies=["a-usnews"]),
        "c-usnews": Verdict("c-usnews", "consistent", "countries_without_principal", 60, -5,
                            "Syndicated copy of the Reuters story.",
                            syndicated_copies=["a-reuters"]),
        "c-cnbc": Verdict("c-cnbc", "explained", "qualifier_dropped", 60, -5,
                          "“55 other nations” drops the “more than” of Reuters’ and The Hill’s "
                          "“more than 55”, a lower bound, not a count.",
                          evidence_claim_ids=["c-reuters", "c-hill"]),
        "c-msft": Verdict("c-msft", "match", "countries_without_principal", 60, 0,
                          "Equals the 60 countries and territories on the official list."),
        "c-wh": Verdict("c-wh", "match", "countries_without_principal", 60, 0,
                        "The White House counts 60 partners besides the United States."),
        "c-ec": Verdict("c-ec", "match", "countries_without_principal", 60, 0,
                        "Equals the White House figure of the same day.",
                        evidence_claim_ids=["c-wh"]),
        "c-euobs": Verdict("c-euobs", "explained", "composite", 61, 0,
                           "A composite: the EU (27 member states counted through the Commission), "
                           "the US and 32 others, which sums to the list plus the principal."),
        "c-wh2": Verdict("c-wh2", "match", "v2_endorsers_without_principal", 63, 0,
                         "Equals the December 2022 list."),
        "c-blog": Verdict("c-blog", "consistent", "endorsers_without_principal", 61, None,
                          "“Dozens” is vague but holds."),
    }  # fmt: skip
    answer = [
        "The official list of 28 April 2022 names 61 endorsers besides the United States: "
        "60 countries and territories (Taiwan and Kosovo among them) and the European Commission.",
        "Coverage saying 55 quotes a lower bound without its “more than”; coverage saying 60 "
        "counts countries and leaves out the Commission; 61 counts every entry.",
    ]
    if hostile:
        evil = _article("a-evil", "evil", HOSTILE_PUBLISHER, HOSTILE_URL, HOSTILE_TITLE,
                        "2022-04-30")  # fmt: skip
        claims.append(_claim("c-evil", evil, HOSTILE_SENTENCE, "72 countries", 72, noun="country"))
        verdicts["c-evil"] = Verdict(
            "c-evil",
            "contradicts",
            "endorsers_with_principal",
            62,
            10,
            "Nothing explains 72. Quoted: " + HOSTILE_SENTENCE,
            syndicated_copies=["a-evil"],
        )
        answer.append("One source claims 72 — " + HOSTILE_TITLE)
    return Reconciliation(
        topic_name="Declaration for the Future of the Internet",
        principal="USA",
        rosters=rosters,
        conventions=conventions,
        claims=claims,
        verdicts=verdicts,
        answer=answer,
    )


def build_mentions(rec: Reconciliation, *, hostile: bool = False) -> list[dict]:
    """Entity mention rows as the warehouse keeps them (`entity_mentions` plus source and publisher)."""
    articles = {c.article.article_id: c.article for c in rec.claims}
    rows: list[dict] = []

    def add(article_id: str, code: str, text: str, role: str = "mention") -> None:
        a = articles[article_id]
        rows.append(
            {
                "article_id": article_id,
                "source_id": a.source_id,
                "publisher": a.publisher,
                "code": code,
                "kind": entity_kind(code),
                "role": role,
                "text": text,
            }
        )

    for code in ROSTER_V1:
        add("a-wh", code, entity_name(code), "signatory")
    for code in ROSTER_V2_ADDED:
        add("a-wh2", code, entity_name(code), "signatory")
    for article_id in ("a-wh", "a-hill", "a-reuters", "a-usnews", "a-cnbc", "a-msft", "a-euobs"):
        add(article_id, "USA", "the United States")
    for article_id, code, text in (
        ("a-hill", "RUS", "Russia"),
        ("a-hill", "CHN", "China"),
        ("a-cnbc", "RUS", "Russia"),
        ("a-cnbc", "CHN", "China"),
        ("a-cnbc", "UKR", "Ukraine"),
        ("a-ec", "EUU", "the European Union"),
        ("a-ec", "UKR", "Ukraine"),
        ("a-ec", "RUS", "the Russian government"),
        ("a-euobs", "EUU", "the EU"),
        ("a-wh2", "GHA", "Ghana"),
    ):
        add(article_id, code, text)
    if hostile:
        add("a-evil", "PRK", '<img src=x onerror="window.__pwned=6">North Korea')
        add("a-evil", "RUS", "]]></svg><script>window.__pwned=7</script>")
    return rows


@pytest.fixture
def dfi_reconciliation() -> Reconciliation:
    return build_dfi_reconciliation()


@pytest.fixture
def dfi_mentions(dfi_reconciliation: Reconciliation) -> list[dict]:
    return build_mentions(dfi_reconciliation)


@pytest.fixture
def hostile_reconciliation() -> Reconciliation:
    return build_dfi_reconciliation(hostile=True)


@pytest.fixture
def hostile_mentions(hostile_reconciliation: Reconciliation) -> list[dict]:
    return build_mentions(hostile_reconciliation, hostile=True)
