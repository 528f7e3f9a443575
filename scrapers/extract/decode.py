"""Bytes to text for HTML pages: BOM, then strict UTF-8, then the declared charset, then sniffing."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)

# Browsers (WHATWG Encoding) treat these labels as windows-1252, and so do we.
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes (`<meta charset>` or http-equiv)."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    return _codec_name(match.group(1).decode("ascii", "ignore"))


def _codec_name(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# Characters no XML tree may hold: C0 controls other than tab and line breaks, lone surrogates
# and the two non-characters. lxml parses past them but refuses them on any later edit of the
# tree, so a page carrying one would stop extraction. Browsers drop or replace them too; the
# vertical tab and form feed, which HTML reads as white space, become a space.
_NOT_XML_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACE_CONTROLS = re.compile(r"[\x0b\x0c]")


def decode_html(data: bytes | str, declared: str | None = None) -> str:
    """Decode an HTML body; `declared` is the HTTP header charset, if any.

    Strictly valid UTF-8 wins over any declaration: non-ASCII text that happens to be
    valid UTF-8 is almost always UTF-8, while a wrong `latin-1` label is common and would
    silently produce mojibake instead of failing.
    """
    return _NOT_XML_CHARS.sub("", _SPACE_CONTROLS.sub(" ", _decoded(data, declared)))


def _decoded(data: bytes | str, declared: str | None) -> str:
    if isinstance(data, str):
        return data
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for label in (_codec_name(declared), declared_charset(data)):
        if label and label != "utf-8":
            try:
                return data.decode(label)
            except (UnicodeDecodeError, LookupError):
                continue
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("cp1252", errors="replace")
