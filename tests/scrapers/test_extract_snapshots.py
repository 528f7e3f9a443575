"""Every offline DFI snapshot extracts with the seed's sentences intact and no page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.extract.article import extract_article

SNAPSHOTS = Path(__file__).resolve().parents[2] / "scrapers" / "sources" / "snapshots" / "dfi"

# Verbatim from the seed page (shared/seeds/000_d01b8ae29213ed0d.txt), one or two per piece.
SEED_SENTENCES = {
    "aggregator-lead.html": [
        "More than 55 countries and the United States announced their commitment Thursday to "
        "defending a free and open internet, agreeing to uphold digital human rights in response "
        "to rising authoritarianism in cyberspace.",
    ],
    "wire-open-internet-pledge.html": [
        "The United States and more than 55 other governments have pledged to reinforce democracy "
        "online by agreeing not to shut down access to the internet, use algorithms to illegally "
        "spy on citizens or run misinformation campaigns to undermine elections, the White House "
        "said on Thursday.",
    ],
    "wire-global-internet-rules.html": [
        "The United States and 55 other nations on Thursday signed a political commitment to push "
        "rules for the internet that are underpinned by democratic values, at a time when the U.S. "
        "has accused Russia of wielding internet disruptions as a part of its escalating attacks "
        "on Ukraine.",
    ],
    "microsoft-on-the-issues.html": [
        "Today, the White House announced that the United States and 60 other governments have "
        "signed a new Declaration for the Future of the Internet.",
        "This is precisely what the world needs.",
    ],
    "whitehouse-fact-sheet.html": [
        "Today, the United States with 60 partners from around the globe launched the Declaration "
        "for the Future of the Internet.",
        "Those endorsing the Declaration include Albania, Andorra, Argentina, Australia, Austria, "
        "Belgium, Bulgaria, Cabo Verde, Canada, Colombia, Costa Rica, Croatia, Cyprus, Czech "
        "Republic, Denmark, Dominican Republic, Estonia, the European Commission, Finland, France, "
        "Georgia, Germany, Greece, Hungary, Iceland, Ireland, Israel, Italy, Jamaica, Japan, Kenya, "
        "Kosovo, Latvia, Lithuania, Luxembourg, Maldives, Malta, Marshall Islands, Micronesia, "
        "Moldova, Montenegro, Netherlands, New Zealand, Niger, North Macedonia, Palau, Peru, "
        "Poland, Portugal, Romania, Senegal, Serbia, Slovakia, Slovenia, Spain, Sweden, Taiwan, "
        "Trinidad and Tobago, the United Kingdom, Ukraine, and Uruguay.",
    ],
    "ec-ip-22-2695.html": [
        "So far, 60 partners have endorsed the Declaration, including all EU Member States, and "
        "more countries are expected to follow suit in the coming weeks.",
        "Adhering to the principles contained in the Declaration does not create legally binding "
        "effects for the European Union and its Member States and does not pre-empt or prejudge "
        "our position in other fora.",
    ],
    "aggregator-page.html": [
        "The agreement, known as the Declaration for the Future of the Internet, aims to forestall "
        "an emerging “splinternet” characterized by the growing repression of internet users in "
        "closed regimes such as Russia and China — and the divergence of those countries from the "
        "internet’s founding principles of universal access and unfettered information flow.",
    ],
}

WHITE_HOUSE_BULLETS = [
    "Protect human rights and fundamental freedoms of all people;",
    "Promote a global Internet that advances the free flow of information;",
    "Advance inclusive and affordable connectivity so that all people can benefit from the "
    "digital economy;",
    "Promote trust in the global digital ecosystem, including through protection of privacy; and",
    "Protect and strengthen the multistakeholder approach to governance that keeps the Internet "
    "running for the benefit of all.",
]

# Page furniture of these snapshots' templates; none of it is article text.
FURNITURE = [
    "Leave a Reply",
    "Your email address will not be published",
    "Akismet",
    "Skip to content",
    "Recent Posts",
    "This website uses cookies",
    "Cookie settings",
    "Post navigation",
    "Privacy Policy",
]


def _publisher_in_page(html: str, publisher: str) -> bool:
    return f'content="{publisher}"' in html


@pytest.fixture(scope="module")
def articles() -> dict[str, object]:
    if not SNAPSHOTS.is_dir():
        pytest.skip("offline corpus not present")
    return {p.name: extract_article(p.read_bytes()) for p in sorted(SNAPSHOTS.glob("*.html"))}


def test_every_snapshot_has_its_seed_sentences(articles: dict) -> None:
    for name, sentences in SEED_SENTENCES.items():
        text = articles[name].text
        for sentence in sentences:
            assert sentence in text, f"{name}: missing {sentence[:60]!r}"


def test_every_snapshot_dates_and_publishers(articles: dict) -> None:
    assert set(SEED_SENTENCES) <= set(articles)
    for name, article in articles.items():
        assert article.published == "2022-04-28", name
        assert article.language == "en", name
        assert article.publisher, name
        html = (SNAPSHOTS / name).read_text(encoding="utf-8")
        assert _publisher_in_page(html, article.publisher), (name, article.publisher)
        assert article.title and article.title in html.replace("&amp;", "&"), name


def test_furniture_is_absent(articles: dict) -> None:
    for name, article in articles.items():
        for phrase in FURNITURE:
            assert phrase not in article.text, f"{name}: {phrase!r} leaked into the text"


def test_white_house_bullets_are_their_own_blocks(articles: dict) -> None:
    blocks = articles["whitehouse-fact-sheet.html"].text.split("\n\n")
    for bullet in WHITE_HOUSE_BULLETS:
        assert bullet in blocks
    endorsers = [b for b in blocks if b.startswith("Democratic governments and other partners")]
    assert len(endorsers) == 1 and endorsers[0].endswith("and Uruguay.")


def test_microsoft_author_and_ec_sections(articles: dict) -> None:
    assert articles["microsoft-on-the-issues.html"].author == "Brad Smith"
    ec_blocks = articles["ec-ip-22-2695.html"].text.split("\n\n")
    assert "Next Steps" in ec_blocks
