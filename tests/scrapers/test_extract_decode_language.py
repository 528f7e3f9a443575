"""Charset handling for byte input, and language from declarations or stop words."""

from __future__ import annotations

import codecs

from scrapers.extract.article import extract_article
from scrapers.extract.decode import declared_charset, decode_html
from scrapers.extract.language import detect_language, normalize_language

TEXT = (
    "Les ministres ont signé à Genève une déclaration commune sur l’avenir d’Internet. "
    "Elle a été saluée par les associations, qui demandent cependant des engagements précis."
)


def _page(charset: str) -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>Déclaration</title></head>'
        f"<body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    )


def test_utf8_bytes_declared_latin1_still_decode() -> None:
    data = _page("iso-8859-1").encode("utf-8")
    assert declared_charset(data) == "cp1252"
    assert TEXT in decode_html(data)
    article = extract_article(data)
    assert "signé à Genève" in article.text and "Ã" not in article.text


def test_cp1252_bytes_declared_utf8_fall_back() -> None:
    data = _page("utf-8").encode("cp1252")
    assert "signé à Genève une déclaration commune sur l’avenir" in decode_html(data)


def test_declared_charset_is_used_when_it_decodes() -> None:
    page = _page("koi8-r").replace(TEXT, "Москва подписала декларацию")
    data = page.replace("Déclaration", "Декларация").encode("koi8-r")
    assert "Москва подписала декларацию" in decode_html(data)


def test_bom_and_header_charset() -> None:
    assert decode_html(codecs.BOM_UTF8 + "é".encode()) == "é"
    assert decode_html("déjà".encode("cp1252"), declared="windows-1252") == "déjà"
    assert decode_html("already text") == "already text"


def test_normalize_language_codes() -> None:
    assert normalize_language("en-US") == "en"
    assert normalize_language("fr_FR") == "fr"
    assert normalize_language("deu") == "de"
    assert normalize_language("") is None
    assert normalize_language("not a code") is None


def test_detect_language_on_five_languages() -> None:
    samples = {
        "en": "The ministers said that the declaration was a step for the open internet and that it would be signed.",
        "fr": TEXT,
        "es": "El Gobierno ha aprobado este martes un proyecto de ley que obligará a los supermercados a donar los alimentos.",
        "de": "Die Bahn will die Strecke bis 2030 modernisieren, und die Fahrgäste müssen sich auf Sperrungen einstellen.",
        "it": "Il Comune ha deciso che i turisti dovranno pagare un contributo per la visita della città nei giorni di maggiore affluenza.",
    }
    for lang, text in samples.items():
        assert detect_language(text) == lang, lang
    assert detect_language("12 34 56") is None


def test_language_precedence_html_lang_then_og_locale_then_detection() -> None:
    body = f"<body><article><p>{TEXT}</p><p>{TEXT}</p></article></body>"
    assert extract_article(f"<html lang='de-AT'><head></head>{body}</html>").language == "de"
    og = "<meta property='og:locale' content='es_ES'>"
    assert extract_article(f"<html><head>{og}</head>{body}</html>").language == "es"
    assert extract_article(f"<html><head></head>{body}</html>").language == "fr"


def test_control_characters_in_a_page_are_dropped_not_fatal() -> None:
    """A stray control byte beside a removed element ("<nav>…</nav>\\x01") once raised lxml's
    "All strings must be XML compatible" when the nav was dropped, losing the page."""
    para = "<p>Forty countries signed the declaration in Geneva on Tuesday, officials said.</p>"
    for stray in ("\x01", "\x0b", "\x1f"):
        page = f"<html><body><nav>Menu</nav>{stray}<article>{para * 3}</article></body></html>"
        article = extract_article(page.encode("utf-8"))
        assert article.text.startswith("Forty countries signed the declaration")
        assert stray not in decode_html(page)
    # (a vertical tab or form feed is white space: the words beside it stay apart)
    assert decode_html("<p>signed\x0cby</p>") == "<p>signed by</p>"
