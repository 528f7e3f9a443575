"""Official signatory lists survive extraction as one block per item, table row or line.

The pages in `official_lists/` imitate real official publishers (gov.uk, state.gov, the Paris
Call site, the UN Treaty Collection, the EU press corner, the Christchurch Call, the White
House), each with a list of 28-59 parties in a different format. `expected_codes.json` holds
the parties each page lists; `tests/nlp/test_enumerations_realworld.py` checks the NLP side.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from scrapers.extract.article import extract_article, extract_article_file
from scrapers.extract.blocks import CELL_SEP, iter_blocks
from scrapers.extract.engines import _xml_blocks

PAGES = Path(__file__).resolve().parent / "official_lists"
FURNITURE = ("We use cookies", "Related content", "Copyright 2024", "Privacy", "Contact")


def _blocks(name: str) -> list[str]:
    return extract_article((PAGES / f"{name}.html").read_bytes()).text.split("\n\n")


@pytest.fixture(scope="module")
def expected_codes() -> dict[str, list[str]]:
    return json.loads((PAGES / "expected_codes.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(p.stem for p in PAGES.glob("*.html")))
def test_every_page_drops_furniture_and_keeps_the_list_heading(name: str) -> None:
    blocks = _blocks(name)
    text = "\n\n".join(blocks)
    for furniture in FURNITURE:
        assert furniture not in text, (name, furniture)
    assert len(blocks) >= 4, blocks


def test_govuk_prose_list_is_one_block() -> None:
    blocks = _blocks("01_govuk_prose")
    (listing,) = [b for b in blocks if b.startswith("Those endorsing the Declaration include")]
    assert listing.startswith("Those endorsing the Declaration include Australia, Brazil, Canada")
    assert listing.endswith("and the United States of America.")
    assert "Countries endorsing the declaration" in blocks
    assert blocks.index("Countries endorsing the declaration") < blocks.index(listing)


def test_stategov_bullet_list_keeps_one_block_per_item_with_footnote_markers() -> None:
    blocks = _blocks("02_stategov_ul")
    cue = "As of November 9, 2023, the following States have endorsed the Political Declaration:"
    start = blocks.index(cue) + 1
    items = blocks[start : start + 53]
    assert items[0] == "Albania"
    assert items[-1] == "the United States of America"
    assert "Kosovo*" in items  # the marker stays in the text; the NLP layer ignores it
    assert "the Kingdom of the Netherlands" in items
    assert "the Republic of Moldova" in items
    assert blocks[start + 53].startswith("*This designation is without prejudice")


def test_paris_call_div_grid_is_one_block_per_cell_under_region_headings() -> None:
    blocks = _blocks("03_pariscall_grid")
    for heading in ("States (as of June 2023)", "Europe", "Africa", "Americas", "Asia-Pacific"):
        assert heading in blocks, heading
    # Columns are read top to bottom: the grid's first column comes first.
    europe = blocks.index("Europe")
    assert blocks[europe + 1 : europe + 4] == ["Albania", "Belgium", "Croatia"]
    assert blocks.index("Africa") < blocks.index("Côte d'Ivoire") < blocks.index("Americas")
    # The private-sector list stays text (a separate list the NLP layer must not count).
    assert blocks.index("Private sector") < blocks.index("Microsoft")


def test_un_treaty_table_keeps_each_row_with_its_dates(expected_codes: dict) -> None:
    blocks = _blocks("04_untreaty_table")
    header = "Participant\tSignature\tRatification, Acceptance(A), Approval(AA), Accession(a)"
    start = blocks.index(header) + 1
    rows = blocks[start : start + len(expected_codes["04_untreaty_table"])]
    assert rows[0] == CELL_SEP.join(["Albania", "23 Nov 2001", "20 Jun 2002"])
    assert CELL_SEP.join(["Argentina", "5 Jun 2018 a"]) in rows  # empty cells are left out
    assert CELL_SEP.join(["Iran (Islamic Republic of)", "1 Jul 2020"]) in rows
    assert rows[-1] == CELL_SEP.join(["Venezuela (Bolivarian Republic of)", "12 Sep 2019"])
    assert all("\n" not in row and row.count(CELL_SEP) in (1, 2) for row in rows)
    assert blocks[start + len(rows)] == "Declarations and Reservations"


def test_eu_semicolon_list_is_one_block() -> None:
    blocks = _blocks("05_eu_semicolons")
    (listing,) = [b for b in blocks if "following parties" in b]
    assert listing.count(";") == 27
    assert "the Grand Duchy of Luxembourg; Hungary; the Republic of Malta" in listing


def test_br_separated_lines_stay_lines_of_one_block() -> None:
    blocks = _blocks("06_br_regions")
    (listing,) = [b for b in blocks if b.startswith("Government supporters")]
    lines = listing.split("\n")
    assert [line.split(":")[0] for line in lines[1:]] == [
        "Europe",
        "Africa",
        "Americas",
        "Asia and the Pacific",
    ]
    assert "Kosovo¹" in lines[1] and lines[4].endswith("Sri Lanka, Taiwan²")


def test_multi_column_table_grid_keeps_rows_of_cells() -> None:
    blocks = _blocks("07_table_grid")
    start = (
        blocks.index(
            "The initiative now counts 52 members. The following members endorsed "
            "the joint statement:"
        )
        + 1
    )
    rows = blocks[start : start + 13]
    assert rows[0].split(CELL_SEP) == ["Albania", "Australia", "Austria", "Belgium"]
    assert rows[-1].split(CELL_SEP) == ["United Kingdom", "United States", "Uruguay", "Vanuatu"]
    assert sum(len(row.split(CELL_SEP)) for row in rows) == 52
    assert blocks[start + 13].startswith("Ransomware actors operating from Russia")


def test_extract_article_file_contract_carries_the_table(tmp_path: Path) -> None:
    result = extract_article_file(PAGES / "07_table_grid.html")
    assert set(result) == {"title", "text", "published", "publisher", "language"}
    assert "Japan\tJordan\tKenya\tLithuania" in (result["text"] or "")
    assert result["language"] == "en"


def test_layout_table_rows_are_not_collapsed() -> None:
    """A table used for page layout (cells holding paragraphs) still yields its paragraphs."""
    tree = lxml_html.document_fromstring(
        "<html><body><table><tr><td><p>First paragraph of the story.</p>"
        "<p>Second paragraph.</p></td><td><p>Sidebar text.</p></td></tr>"
        "<tr><td>France</td><td></td><td>Ghana</td></tr></table></body></html>"
    )
    texts = [(b.tag, b.text) for b in iter_blocks(tree.find("body"))]
    assert texts == [
        ("p", "First paragraph of the story."),
        ("p", "Second paragraph."),
        ("p", "Sidebar text."),
        ("tr", "France\tGhana"),
    ]


def test_trafilatura_rows_become_one_block() -> None:
    xml = (
        "<doc><main><p>The following states signed:</p><table>"
        "<row><cell>Chile</cell><cell>12 May 2020</cell></row>"
        "<row><cell>Peru<lb/>(Republic of)</cell><cell/></row>"
        "<row><cell><p>A long cell paragraph.</p></cell></row>"
        "</table></main></doc>"
    )
    assert _xml_blocks(xml) == [
        ("p", "The following states signed:"),
        ("row", "Chile\t12 May 2020"),
        ("row", "Peru (Republic of)"),
        ("p", "A long cell paragraph."),
    ]


NAMES = ["Albania", "Andorra", "Argentina", "Australia", "Austria", "Belgium", "Bulgaria"]
PROSE = (
    "<p>"
    + "The ministers met in the capital on Tuesday to review the commitments agreed last year "
    "and the progress of each of the workstreams set up under the charter. " * 3 + "</p>"
)


def _list_page(listing: str) -> str:
    return (
        "<html><head><title>Signatories</title></head><body><main><article><h1>Signatories</h1>"
        f"{PROSE}<p>The following countries have signed the Charter:</p>{listing}{PROSE}"
        "</article></main></body></html>"
    )


def test_first_line_of_a_br_separated_div_survives() -> None:
    """Trafilatura drops the text before a `<div>`'s first `<br>`; the vote puts it back."""
    text = extract_article(_list_page("<div class='list'>" + "<br>".join(NAMES) + "</div>")).text
    blocks = text.split("\n\n")
    start = blocks.index("The following countries have signed the Charter:")
    assert blocks[start + 1 : start + 1 + len(NAMES)] == NAMES


def test_wordpress_figure_table_survives_figure_removal() -> None:
    rows = "".join(f"<tr><td>{n}</td><td>12 May 2022</td></tr>" for n in NAMES)
    table = (
        "<figure class='wp-block-table'><table><thead><tr><th>Country</th><th>Signed</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><figcaption>As of May 2022</figcaption></figure>"
    )
    blocks = extract_article(_list_page(table)).text.split("\n\n")
    assert "Country\tSigned" in blocks
    assert [b for b in blocks if b.endswith("\t12 May 2022")] == [
        f"{n}\t12 May 2022" for n in NAMES
    ]
