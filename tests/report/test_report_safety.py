"""Link filtering and Markdown escaping of scraped text."""

from __future__ import annotations

import lxml.html
import pytest
from markdown_it import MarkdownIt

from pipelines.report.safety import md_link, md_text, one_line, safe_link


def _render_markdown(text: str) -> lxml.html.HtmlElement:
    # html=True passes raw HTML through like GitHub does (before its sanitiser): the strict case.
    html = MarkdownIt("commonmark", {"html": True}).enable("table").render(text)
    return lxml.html.fragment_fromstring(html, create_parent="div")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.reuters.com/technology/a-b-2022-04-28/",
        "http://blog.example.org/dfi?x=1&y=2#top",
        "HTTPS://EXAMPLE.ORG/",
    ],
)
def test_safe_link_keeps_http_urls(url: str) -> None:
    assert safe_link(url) == url


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/x",
        "http:evil",
        "http://[::1",
        "https://example.org/\x00x",
    ],
)
def test_safe_link_refuses_everything_else(url: str | None) -> None:
    assert safe_link(url) is None


def test_safe_link_encodes_characters_that_end_a_link_or_attribute() -> None:
    url = "https://example.org/a b/(x)/[y]/'q'/\"z\"/<t>"
    # A URL with a raw space is refused outright; without it, the rest gets percent-encoded.
    assert safe_link(url) is None
    encoded = safe_link(url.replace(" ", ""))
    assert encoded == "https://example.org/ab/%28x%29/%5By%5D/%27q%27/%22z%22/%3Ct%3E"


def test_one_line_collapses_whitespace() -> None:
    assert one_line("  a\n\n# b\tc  ") == "a # b c"
    assert one_line(" a \n b ", strip=False) == " a b "
    assert one_line(None) == ""


def test_md_text_escapes_markdown_and_html() -> None:
    assert md_text("a*b_c`d[e]f|g~h#i\\j") == r"a\*b\_c\`d\[e\]f\|g\~h\#i\\j"
    assert md_text("<b>&amp;</b>") == "&lt;b&gt;&amp;amp;&lt;/b&gt;"


@pytest.mark.parametrize(
    "payload",
    [
        "[x](javascript:alert(1))",
        "![x](https://evil.example/pixel.png)",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "# Heading\n\n- item\n> quote",
        "`code` **bold** _em_ ~~strike~~",
        "<https://evil.example/autolink>",
        "[ref]: https://evil.example",
        "a | b | c",
    ],
)
def test_md_text_renders_as_plain_text(payload: str) -> None:
    root = _render_markdown(f"Before {md_text(payload)} after\n")
    # One paragraph of text and nothing else: no link, image, heading, code, emphasis, raw HTML.
    assert [el.tag for el in root.iter()] == ["div", "p"]
    assert root.text_content().strip() == f"Before {one_line(payload)} after"


def test_md_text_inside_a_table_cell_stays_in_its_cell() -> None:
    table = f"| a | b |\n| --- | --- |\n| {md_text('x | y <b>z</b>')} | 2 |\n"
    root = _render_markdown(table)
    cells = [td.text_content() for td in root.iter("td")]
    assert cells == ["x | y <b>z</b>", "2"]


def test_md_link_only_links_http() -> None:
    assert md_link("Reuters", "https://reuters.com/x") == "[Reuters](https://reuters.com/x)"
    shown = md_link("[x](javascript:alert(1))", "javascript:alert(1)")
    root = _render_markdown(shown + "\n")
    assert root.findall(".//a") == []
    assert "javascript:alert(1)" in root.text_content()  # shown, as text
