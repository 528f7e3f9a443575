"""The sources-file loader, the embedded DFI corpus and the second-declaration fixture."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from scrapers.config import SOURCE_KINDS, ConfigError, SourcesConfig
from scrapers.sources_file import load_sources

ROOT = Path(__file__).resolve().parents[2]
DFI = ROOT / "scrapers" / "sources" / "dfi.yaml"
SECOND = ROOT / "tests" / "fixtures" / "second_declaration" / "sources.yaml"
BAD = ROOT / "tests" / "fixtures" / "bad_sources"

# A valid file; the error cases below edit one line of it. Line numbers:
# 1 topic / 2 name / 3 principal / 4 sources / 5 - id / 6 publisher / 7 kind / 8 snapshot / 9 published
VALID = """\
topic:
  name: Test declaration
  principal: USA
sources:
  - id: one
    publisher: Example Wire
    kind: news
    snapshot: page.html
    published: 2022-04-28
"""


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def meta(page: BeautifulSoup, prop: str) -> str | None:
    tag = page.find("meta", attrs={"property": prop}) or page.find("meta", attrs={"name": prop})
    return tag.get("content") if tag else None


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    return str(info.value)


def assert_error(message: str, path: Path, line: int, fragment: str) -> None:
    assert "\n" not in message, message
    assert message.startswith(f"{path}:{line}: "), message
    assert fragment in message, message


@pytest.fixture()
def conf(tmp_path: Path) -> Path:
    """A sources-file directory with one snapshot, and a file just outside it."""
    directory = tmp_path / "conf"
    directory.mkdir()
    (directory / "page.html").write_text("<html><body><p>story</p></body></html>", "utf-8")
    (tmp_path / "outside.html").write_text("<html><body>secret</body></html>", "utf-8")
    return directory


def write(directory: Path, text: str, name: str = "sources.yaml") -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the embedded corpus -------------------------------------------------------------------------


def test_dfi_corpus_loads_with_seven_sources_two_official() -> None:
    config = load_sources(DFI)
    assert isinstance(config, SourcesConfig)
    assert config.path == DFI.resolve()
    assert config.topic.name == "Declaration for the Future of the Internet"
    assert config.topic.principal == "USA"
    assert "DFI" in config.topic.aliases
    assert len(config.sources) == 7
    assert sorted(s.id for s in config.sources if s.kind == "official") == [
        "ec-ip-22-2695",
        "whitehouse-fact-sheet",
    ]
    assert {s.kind for s in config.sources} <= set(SOURCE_KINDS)
    for source in config.sources:
        assert source.snapshot is not None and source.snapshot.is_absolute()
        assert source.snapshot.is_file()
        assert source.snapshot.is_relative_to(DFI.parent.resolve())
        assert source.published == "2022-04-28"
        # The seed gives no addresses; none may be invented.
        assert source.url is None
        assert source.line > 0
    assert config.by_id("microsoft-on-the-issues").selectors["author"] == ".author .fn"


def test_dfi_snapshots_carry_publisher_and_date_in_their_meta_tags() -> None:
    for source in load_sources(DFI).sources:
        assert source.snapshot is not None
        page = soup(source.snapshot)
        assert meta(page, "og:site_name") == source.publisher, source.id
        assert meta(page, "article:published_time") == source.published, source.id
        assert meta(page, "date") == source.published, source.id
        assert page.title and page.title.get_text(strip=True), source.id
        assert page.find("html").get("lang", "").startswith("en"), source.id
        # Full pages, not bare articles: navigation and footer chrome must be there to strip.
        assert page.find("nav") is not None and page.find("footer") is not None, source.id


def test_aggregator_page_quotes_every_other_story_verbatim() -> None:
    config = load_sources(DFI)
    page = soup(config.by_id("aggregator-page").snapshot)
    assert page.select_one("h1.entry-title").get_text() == (
        "US and over 55 other countries commit to democratic internet governance"
    )
    content = page.select_one("div.entry-content")
    headings = [h.get_text() for h in content.find_all("h2")]
    assert len(headings) == 5
    assert headings[2].endswith("by Brad Smith – President & Vice Chair")
    quoted = {p.get_text() for p in content.find_all(["p", "li"])}
    for source_id in (
        "aggregator-lead",
        "wire-open-internet-pledge",
        "wire-global-internet-rules",
        "microsoft-on-the-issues",
        "whitehouse-fact-sheet",
        "ec-ip-22-2695",
    ):
        story = soup(config.by_id(source_id).snapshot)
        title = story.find("h1").get_text()
        on_page = [page.select_one("h1.entry-title").get_text(), *headings]
        assert any(heading.startswith(title) for heading in on_page), source_id
        body = story.find("article") or story
        paragraphs = [
            p.get_text()
            for p in body.select(
                "div.entry-content p, div.story-body p, section.body-content p, "
                "section.body-content li, div.detail-content p, "
                "div.detail-content li"
            )
        ]
        assert paragraphs, source_id
        missing = [p[:60] for p in paragraphs if p not in quoted]
        assert not missing, (source_id, missing)
    # The page ends with the WordPress comment form the seed ends with.
    assert page.select_one("#reply-title").get_text().startswith("Leave a Reply")
    assert "Akismet" in page.select_one(".akismet_comment_form_privacy_notice").get_text()


def test_official_snapshots_keep_the_seed_text_and_structure() -> None:
    config = load_sources(DFI)
    white_house = soup(config.by_id("whitehouse-fact-sheet").snapshot)
    body = white_house.select_one("section.body-content")
    assert len(body.select("ul > li")) == 5
    assert any(p.get_text().startswith("Democratic governments") for p in body.find_all("p"))
    assert "Those endorsing the Declaration include Albania, Andorra" in body.get_text()
    commission = soup(config.by_id("ec-ip-22-2695").snapshot)
    first = commission.select_one("div.detail-content p").get_text()
    assert first.startswith("oday, the European Union")  # verbatim, dropped capital and all
    assert "IP/22/2695" in commission.get_text()


# -- the second declaration ----------------------------------------------------------------------


def test_second_declaration_loads_with_its_own_principal() -> None:
    config = load_sources(SECOND)
    assert config.topic.name == "Bletchley Declaration"
    assert config.topic.principal == "GBR"
    assert 4 <= len(config.sources) <= 6
    assert [s.id for s in config.sources if s.kind == "official"] == [
        "gov-uk-bletchley-declaration"
    ]
    assert config.by_id("example-wire").feeds == ("https://example.com/technology/rss.xml",)
    assert config.by_id("example-daily").sitemaps == ("https://www.example.org/sitemaps/news.xml",)
    assert config.by_id("example-daily").published == "2023-11-02"  # quoted date accepted
    assert config.by_id("example-policy-notes").selectors["text"] == "div.entry-content"
    for source in config.sources:
        assert source.snapshot is not None
        html = source.snapshot.read_text(encoding="utf-8")
        assert "Written test material" in html.split("<html", 1)[0], source.id
        assert meta(soup(source.snapshot), "og:site_name"), source.id


def test_second_declaration_official_page_lists_28_countries_and_the_eu() -> None:
    config = load_sources(SECOND)
    page = soup(config.by_id("gov-uk-bletchley-declaration").snapshot)
    items = [li.get_text() for li in page.select("div.govspeak ul > li")]
    assert len(items) == 29
    assert "the European Union" in items
    assert "United Kingdom of Great Britain and Northern Ireland" in items
    assert "Türkiye" in items


# -- errors --------------------------------------------------------------------------------------

CASES = [
    # (case id, edit (old, new) applied to VALID, expected line, expected fragment)
    (
        "missing topic",
        ("topic:\n  name: Test declaration\n  principal: USA\n", ""),
        1,
        "missing required key 'topic'",
    ),
    (
        "missing sources",
        (VALID[VALID.index("sources:") :], ""),
        1,
        "missing required key 'sources'",
    ),
    ("missing topic name", ("  name: Test declaration\n", ""), 2, "missing required key 'name'"),
    ("empty topic name", ("name: Test declaration", "name: ''"), 2, "must not be empty"),
    ("bad principal", ("principal: USA", "principal: us"), 3, "bad principal 'us'"),
    ("unknown principal", ("principal: USA", "principal: ZZZ"), 3, "no party has that code"),
    (
        "principal not a code",
        ("principal: USA", "principal: United States"),
        3,
        "3-letter upper-case",
    ),
    (
        "unknown top key",
        ("sources:", "source:"),
        4,
        "unknown key 'source' in the top level; did you mean 'sources'?",
    ),
    (
        "unknown topic key",
        ("  principal: USA", "  principle: USA"),
        3,
        "unknown key 'principle' in 'topic'; did you mean 'principal'?",
    ),
    (
        "unknown source key",
        ("    snapshot: page.html", "    snapshoot: page.html"),
        8,
        "unknown key 'snapshoot' in source 'one'; did you mean 'snapshot'?",
    ),
    (
        "unknown key, nothing close",
        ("    published: 2022-04-28", "    colour: red"),
        9,
        "valid keys are id, publisher, kind",
    ),
    ("missing id", ("  - id: one\n    publisher", "  - publisher"), 5, "missing required key 'id'"),
    ("bad id", ("id: one", "id: ../one"), 5, "bad source id '../one'"),
    (
        "missing publisher",
        ("    publisher: Example Wire\n", ""),
        5,
        "missing required key 'publisher' in source 'one'",
    ),
    ("missing kind", ("    kind: news\n", ""), 5, "missing required key 'kind' in source 'one'"),
    (
        "bad kind",
        ("kind: news", "kind: offical"),
        7,
        "bad kind 'offical' in source 'one'; expected one of official, news, blog, aggregator "
        "(did you mean 'official'?)",
    ),
    (
        "no url nor snapshot",
        ("    snapshot: page.html\n", ""),
        5,
        "source 'one' needs a 'url' or a 'snapshot'",
    ),
    (
        "ftp url",
        ("    snapshot: page.html", "    url: ftp://example.com/x"),
        8,
        "bad URL 'ftp://example.com/x' in source 'one' 'url': scheme must be http or https",
    ),
    (
        "url without host",
        ("    snapshot: page.html", "    url: 'https:///path'"),
        8,
        "it needs a host",
    ),
    (
        "url with spaces",
        ("    snapshot: page.html", "    url: https://exa mple.com/"),
        8,
        "it needs a host and no spaces",
    ),
    (
        "bad feed url",
        ("    published: 2022-04-28", "    feeds: [https://example.com/f, x.xml]"),
        9,
        "bad URL 'x.xml' in source 'one' 'feeds'",
    ),
    (
        "bad sitemap",
        ("    published: 2022-04-28", "    sitemaps: https://example.com/s.xml"),
        9,
        "'sitemaps' must be a list",
    ),
    (
        "bad selector field",
        ("    published: 2022-04-28", "    selectors: {body: article}"),
        9,
        "unknown key 'body' in source 'one' 'selectors'",
    ),
    (
        "month 13",
        ("published: 2022-04-28", "published: 2022-13-01"),
        9,
        "bad published date '2022-13-01' in source 'one'; expected YYYY-MM-DD",
    ),
    (
        "impossible day",
        ("published: 2022-04-28", "published: 2022-02-30"),
        9,
        "bad published date '2022-02-30'",
    ),
    (
        "day first",
        ("published: 2022-04-28", "published: 28/04/2022"),
        9,
        "bad published date '28/04/2022'",
    ),
    (
        "timestamp with an impossible day",
        ("published: 2022-04-28", "published: 2022-02-30T10:00:00Z"),
        9,
        "bad published date '2022-02-30T10:00:00Z'",
    ),
    (
        "time without a date",
        ("published: 2022-04-28", "published: T10:00:00"),
        9,
        "bad published date 'T10:00:00'",
    ),
    (
        "missing snapshot",
        ("snapshot: page.html", "snapshot: gone.html"),
        8,
        "snapshot 'gone.html' in source 'one' does not exist",
    ),
    (
        "escaping snapshot",
        ("snapshot: page.html", "snapshot: ../outside.html"),
        8,
        "snapshot '../outside.html' in source 'one' escapes the sources file's directory",
    ),
    (
        "escape and come back",
        ("snapshot: page.html", "snapshot: ../conf/../outside.html"),
        8,
        "escapes the sources file's directory",
    ),
    (
        "duplicate key",
        ("    kind: news\n", "    kind: news\n    kind: blog\n"),
        8,
        "duplicate key 'kind' in the source at line 5 (first at line 7)",
    ),
    (
        "sources not a list",
        (VALID[VALID.index("sources:") :], "sources: {}\n"),
        4,
        "'sources' must be a list, not a mapping",
    ),
    (
        "no sources",
        (VALID[VALID.index("sources:") :], "sources: []\n"),
        4,
        "'sources' must list at least one source",
    ),
    ("syntax error", ("    kind: news", "    kind: [news"), 8, "YAML syntax error"),
    ("tab indentation", ("    kind: news", "\tkind: news"), 7, "YAML syntax error"),
]


@pytest.mark.parametrize(
    ("edit", "line", "fragment"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_error_names_file_line_and_problem(
    conf: Path, edit: tuple[str, str], line: int, fragment: str
) -> None:
    old, new = edit
    assert old in VALID
    path = write(conf, VALID.replace(old, new, 1))
    assert_error(error_of(path), path, line, fragment)


def test_valid_template_loads_and_principal_defaults_to_usa(conf: Path) -> None:
    path = write(conf, VALID.replace("  principal: USA\n", ""))
    config = load_sources(path)
    assert config.topic.principal == "USA"
    (source,) = config.sources
    assert source.snapshot == (conf / "page.html").resolve()
    assert (source.url, source.published, source.line) == (None, "2022-04-28", 4)


def test_empty_url_counts_as_absent_and_url_only_sources_are_fine(conf: Path) -> None:
    second = "  - id: two\n    publisher: Other\n    kind: blog\n    url: https://example.org/a\n"
    text = VALID.replace("snapshot: page.html", "snapshot: page.html\n    url: ''") + second
    config = load_sources(write(conf, text))
    assert config.by_id("one").url is None
    two = config.by_id("two")
    assert (two.url, two.snapshot, two.line) == ("https://example.org/a", None, 11)


def test_duplicate_source_id_points_at_the_second_entry(conf: Path) -> None:
    path = write(
        conf,
        VALID + "  - id: one\n    publisher: Other\n    kind: blog\n"
        "    url: https://example.org/a\n",
    )
    assert_error(error_of(path), path, 10, "duplicate source id 'one' (first at line 5)")


def test_absolute_snapshot_outside_is_refused(conf: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.html"
    path = write(conf, VALID.replace("snapshot: page.html", f"snapshot: '{outside}'"))
    assert_error(error_of(path), path, 8, "escapes the sources file's directory")


def test_symlink_pointing_outside_is_refused(conf: Path, tmp_path: Path) -> None:
    (conf / "link.html").symlink_to(tmp_path / "outside.html")
    path = write(conf, VALID.replace("snapshot: page.html", "snapshot: link.html"))
    assert_error(error_of(path), path, 8, "escapes the sources file's directory")


def test_snapshot_in_a_subdirectory_is_allowed(conf: Path) -> None:
    (conf / "snapshots").mkdir()
    (conf / "snapshots" / "p.html").write_text("<p>x</p>", "utf-8")
    path = write(conf, VALID.replace("snapshot: page.html", "snapshot: snapshots/./p.html"))
    assert load_sources(path).sources[0].snapshot == (conf / "snapshots" / "p.html").resolve()


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    assert_error(error_of(path), path, 1, "file not found")


def test_directory_is_not_a_sources_file(tmp_path: Path) -> None:
    assert_error(error_of(tmp_path), tmp_path, 1, "not a regular file")


def test_binary_file_is_not_readable(conf: Path) -> None:
    path = conf / "sources.yaml"
    path.write_bytes(b"topic:\n  name: \xff\xfe\n")
    assert_error(error_of(path), path, 1, "not readable as UTF-8 text")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(conf: Path) -> None:
    path = write(conf, VALID)
    path.chmod(0)
    try:
        assert_error(error_of(path), path, 1, "not readable")
    finally:
        path.chmod(0o644)


def test_empty_file_and_non_mapping_top_level(conf: Path) -> None:
    empty = write(conf, "# nothing here\n", "empty.yaml")
    assert_error(error_of(empty), empty, 1, "file is empty")
    listed = write(conf, "\n- topic\n- sources\n", "list.yaml")
    assert_error(error_of(listed), listed, 2, "the top level must be a mapping, not a list")


def test_two_documents_are_refused(conf: Path) -> None:
    path = write(conf, VALID + "---\n" + VALID)
    assert_error(error_of(path), path, 10, "YAML syntax error: expected a single document")


def test_fixture_files_in_bad_sources_fail_with_their_lines() -> None:
    expected = {
        "unknown_key.yaml": (13, "unknown key 'snapshoot' in source 'second'; did you mean"),
        "escaping_snapshot.yaml": (8, "escapes the sources file's directory"),
        "syntax_error.yaml": (7, "YAML syntax error"),
        "duplicate_id.yaml": (9, "duplicate source id 'same' (first at line 5)"),
    }
    assert sorted(p.name for p in BAD.glob("*.yaml")) == sorted(expected)
    for name, (line, fragment) in expected.items():
        assert_error(error_of(BAD / name), BAD / name, line, fragment)


def test_newlines_in_values_never_break_the_one_line_message(conf: Path) -> None:
    path = write(conf, VALID.replace("kind: news", 'kind: "news\\nnext"'))
    message = error_of(path)
    assert "\n" not in message and re.match(rf"{re.escape(str(path))}:7: bad kind", message)


@pytest.mark.parametrize(
    "written",
    [
        "2022-04-28T10:00:00",
        "2022-04-28T10:00:00Z",
        "2022-04-28 10:00",
        "2022-04-28T23:59:59+02:00",
    ],
)
def test_a_timestamp_keeps_its_calendar_date(tmp_path: Path, written: str) -> None:
    (tmp_path / "page.html").write_text("<p>x</p>", encoding="utf-8")
    path = tmp_path / "sources.yaml"
    path.write_text(
        "topic:\n  name: X\n  principal: USA\nsources:\n  - id: one\n    publisher: P\n"
        f"    kind: news\n    snapshot: page.html\n    published: '{written}'\n",
        encoding="utf-8",
    )
    assert load_sources(path).sources[0].published == "2022-04-28"
