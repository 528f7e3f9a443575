"""Language of a page: declared codes normalised to ISO 639-1, else a small stop-word detector."""

from __future__ import annotations

import re

# Short, frequent function words; enough to tell these five languages apart on a paragraph.
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to in is that for it with as was on are be by this have from or at "
        "which an not but they has were their its been will would who more also".split()
    ),
    "fr": frozenset(
        "le la les des et est une un du dans que qui pour pas sur au avec ce ces sont "
        "par plus ont été aux leur elle nous vous cette mais comme".split()
    ),
    "es": frozenset(
        "el la los las de y en que del se por con una un para es su al lo como más "
        "pero sus le ha fue este esta son entre también sobre".split()
    ),
    "de": frozenset(
        "der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
        "auch es an werden aus er hat sie nach bei wird sind einer oder".split()
    ),
    "it": frozenset(
        "il lo la gli le di che è e un una per non del della sono con si da al nel "
        "anche come più dei alla questo ha ma delle".split()
    ),
}

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_CODE = re.compile(r"^([a-zA-Z]{2,3})(?:[-_][a-zA-Z0-9]+)*$")

# Three-letter codes a page might declare, mapped to the two-letter ones we report.
_ALPHA3 = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "deu": "de",
    "ger": "de",
    "ita": "it",
}


def normalize_language(code: str | None) -> str | None:
    """Turn a declared language ("en-US", "fr_FR", "deu") into ISO 639-1, or None if unusable."""
    if not code:
        return None
    first = code.strip().split(",")[0].strip()
    match = _CODE.match(first)
    if not match:
        return None
    primary = match.group(1).lower()
    if len(primary) == 3:
        return _ALPHA3.get(primary)
    return primary


def detect_language(text: str, min_hits: int = 3) -> str | None:
    """Guess en/fr/es/de/it from stop-word frequency; None when the text gives too little evidence."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text[:20000].lower()):
        for lang, words in _STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    if counts[best] < min_hits:
        return None
    return best
