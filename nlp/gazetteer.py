"""Entity facts: every state, partially recognised state and supranational body, by code.

Generated from pycountry plus the reviewed file `nlp/data/entities.yaml`; nothing typed out by hand
beyond what pycountry lacks.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

DATA_DIR = Path(__file__).parent / "data"


@cache
def _entity_facts() -> dict[str, Any]:
    with (DATA_DIR / "entities.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@cache
def entity_table() -> dict[str, tuple[str, str]]:
    """Every known code mapped to (display name, kind)."""
    facts = _entity_facts()
    territories = set(facts["territories"])
    partial = set(facts["partially_recognized"])
    names: dict[str, str] = facts["display_names"]
    table: dict[str, tuple[str, str]] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        name = names.get(code) or getattr(country, "common_name", None) or country.name
        if code in partial:
            kind = "partially_recognized"
        elif code in territories:
            kind = "other"
        else:
            kind = "state"
        table[code] = (name, kind)
    for code, extra in facts["extra_entities"].items():
        table[code] = (extra["name"], extra["kind"])
    return table


def resolve_party(value: str) -> str | None:
    """The code a user means by a party: a code in any case ("fra"), an ISO alpha-2 code ("FR")
    or a name ("France", "the United States"); None when nothing matches."""
    text = " ".join(value.split())
    table = entity_table()
    if text.upper() in table:
        return text.upper()
    if len(text) == 2 and text.isalpha():
        country = pycountry.countries.get(alpha_2=text.upper())
        if country is not None and country.alpha_3 in table:
            return str(country.alpha_3)
    folded = {form.casefold(): code for form, code in surface_forms().items()}
    name = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE).casefold()
    return folded.get(name)


def entity_name(code: str) -> str:
    """Display name for a code; the code itself when unknown."""
    return entity_table().get(code, (code, "other"))[0]


def entity_kind(code: str) -> str:
    """One of state, partially_recognized, supranational, other."""
    return entity_table().get(code, (code, "other"))[1]


def group_members(group_code: str) -> list[str]:
    """Member codes of a group such as the EU ("EUU"); empty when the code is not a group."""
    group = _entity_facts()["groups"].get(group_code)
    return list(group["members"]) if group else []


# --- Surface forms -------------------------------------------------------------------------
# Priorities when two codes claim one form: a reviewed alias beats a pycountry name, which
# beats a derived form (reordered qualifier, base name before the comma, spelling variant).
_ALIAS, _NAME, _DERIVED = 0, 1, 2


@cache
def _alias_data() -> dict[str, Any]:
    with (DATA_DIR / "aliases.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    known = set(entity_table())
    for lang, block in data.items():
        if lang == "case":  # matcher case rules, not a language
            continue
        for key in ("articles", "particles", "aliases"):
            if key not in block:
                raise ValueError(f"aliases.yaml: language {lang!r} lacks {key!r}")
        for code in block["aliases"]:
            if code not in known:
                raise ValueError(f"aliases.yaml: {lang}: unknown code {code!r}")
    return data


@cache
def _demonym_data() -> dict[str, dict[str, list[str]]]:
    with (DATA_DIR / "demonyms.yaml").open(encoding="utf-8") as fh:
        data: dict[str, dict[str, list[str]]] = yaml.safe_load(fh)
    known = set(entity_table())
    for lang, block in data.items():
        unknown = sorted(set(block) - known)
        if unknown:
            raise ValueError(f"demonyms.yaml: {lang}: unknown codes {unknown}")
    return data


def _strip_article(form: str, articles: list[str]) -> str:
    """Drop one leading article so a span names the entity itself ("the U.K." -> "U.K.")."""
    for article in articles:
        glue = "" if article.endswith(("'", "’")) else " "
        prefix = article + glue
        if form.startswith(prefix) and len(form) > len(prefix):
            return form[len(prefix) :]
    return form


def _reordered(name: str, particles: list[str]) -> list[str]:
    """Forms of a sorted pycountry name: "Korea, Republic of" -> ["Republic of Korea", "Korea"]."""
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()  # "Saint Martin (French part)"
    if ", " not in name:
        return [name]
    base, qualifier = name.split(", ", 1)
    forms = [base]
    q_words = qualifier.split()
    if any(qualifier.lower().endswith(" " + p) or qualifier.lower() == p for p in particles):
        forms.append(f"{qualifier} {base}")
    elif len(q_words) == 1:  # "Virgin Islands, British" -> "British Virgin Islands"
        forms.append(f"{qualifier} {base}")
    return forms


def _variants(form: str) -> set[str]:
    """Spelling variants press copy uses: ASCII folding, curly apostrophes, St., &, no hyphen."""
    out = {form}
    folded = unicodedata.normalize("NFKD", form).encode("ascii", "ignore").decode()
    if folded and len(folded) >= len(form) - 3:
        out.add(folded)
    for v in list(out):
        if "'" in v:
            out.add(v.replace("'", "’"))
        if v.startswith("Saint "):
            out.update({"St. " + v[6:], "St " + v[6:]})
        if " and " in v:
            out.add(v.replace(" and ", " & "))
        if "-" in v and not v.startswith("Congo-"):  # "Guinea Bissau", "Timor Leste"
            out.add(v.replace("-", " "))
    return out


def _translator(language: str) -> Callable[[str], str]:
    if language == "en":
        return lambda s: s
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError as exc:  # no catalogue shipped for that language
        raise ValueError(f"no ISO 3166 translation for language {language!r}") from exc
    return tr.gettext


@cache
def _ranked_forms(language: str) -> dict[str, tuple[int, str]]:
    """Surface form -> (priority, code); ambiguous derived forms already removed."""
    data = _alias_data()
    if language not in data or language == "case":
        raise ValueError(f"no alias data for language {language!r} in aliases.yaml")
    block = data[language]
    articles: list[str] = block["articles"]
    particles: list[str] = [p.lower() for p in block["particles"]]
    translate = _translator(language)
    claims: dict[str, dict[str, int]] = {}  # form -> code -> best priority

    def claim(form: str, code: str, prio: int) -> None:
        form = _strip_article(form.strip(), articles)
        if len(form) < 2:
            return
        for v in _variants(form):
            codes = claims.setdefault(v, {})
            rank = prio if v == form else max(prio, _DERIVED)  # a variant never outranks a name
            codes[code] = min(codes.get(code, rank), rank)

    for country in pycountry.countries:
        code = country.alpha_3
        for attr in ("name", "common_name", "official_name"):
            raw = getattr(country, attr, None)
            if not raw:
                continue
            *derived, primary = _reordered(translate(raw), particles)
            claim(primary, code, _NAME)  # the name, or its reordered form ("Republic of Korea")
            for form in derived:  # the part before the comma ("Korea")
                claim(form, code, _DERIVED)
    iso_codes = {c.alpha_3 for c in pycountry.countries}
    for code, (name, _kind) in entity_table().items():
        if code not in iso_codes:  # XKX, EUU, EUC: English names only
            claim(name, code, _NAME if language == "en" else _DERIVED)
    for code, forms in block["aliases"].items():
        for form in forms:
            claim(form, code, _ALIAS)

    resolved: dict[str, tuple[int, str]] = {}
    for form, codes in claims.items():
        best = min(codes.values())
        winners = [c for c, p in codes.items() if p == best]
        if len(winners) == 1:  # a tie at the best priority is ambiguous: drop, do not guess
            resolved[form] = (best, winners[0])
    return resolved


def surface_forms(language: str = "en") -> dict[str, str]:
    """Every surface form (without leading article) mapped to its entity code, for a language."""
    return {form: code for form, (_p, code) in _ranked_forms(language).items()}


def demonyms(language: str = "en") -> dict[str, str]:
    """Adjectival demonym -> code ("Russian" -> "RUS"); a mention only before a state noun."""
    block = _demonym_data().get(language, {})
    return {form: code for code, forms in block.items() for form in forms}


@cache
def _case_rules() -> dict[str, Any]:
    rules = _alias_data().get("case", {})
    if not isinstance(rules.get("exact_max_words", 1), int):
        raise ValueError("aliases.yaml: case.exact_max_words must be an integer")
    return {
        "exact_max_words": rules.get("exact_max_words", 1),
        "exact": frozenset(rules.get("exact", [])),
        "lower": frozenset(rules.get("lower", [])),
    }


def is_case_sensitive(form: str) -> bool:
    """Whether a form must match with its exact case (rules in `aliases.yaml`, key `case`).

    One-word names double as ordinary words ("US"/"us", "Chad", "Turkey", "China", "Jordan"),
    so they match on exact case (plus an ALL-CAPS headline variant); longer names are
    distinctive enough to match on lower case.
    """
    rules = _case_rules()
    if form in rules["exact"]:
        return True
    if form in rules["lower"]:
        return False
    return len(form.replace("-", " ").split()) <= rules["exact_max_words"]


def combined_surface_forms(languages: tuple[str, ...] = ("en",)) -> dict[str, str]:
    """Surface forms of several languages for one matcher; the first language wins conflicts.

    Later languages skip their `skip_in_mixed` forms (words or given names in the first one).
    """
    combined: dict[str, str] = {}
    for i, language in enumerate(languages):
        skip = set(_alias_data()[language].get("skip_in_mixed", [])) if i else set()
        for form, code in surface_forms(language).items():
            if form not in combined and form not in skip:
                combined[form] = code
    return combined


@cache
def _stand_in_data() -> dict[str, dict[str, list[str]]]:
    with (DATA_DIR / "stand_ins.yaml").open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    table = entity_table()
    for section in ("capitals", "institutions"):
        for code, names in (data.get(section) or {}).items():
            if code not in table:
                raise ValueError(f"stand_ins.yaml: {section}: unknown code {code!r}")
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise ValueError(f"stand_ins.yaml: {section}: {code} must map to a list of names")
    return data


def stand_ins(code: str) -> tuple[str, ...]:
    """Names that stand for a state's government in press copy without naming the state: its
    capital ("Washington and 15 allies signed") and a few institutions ("the White House").
    They are no entity mentions (the contract leaves capitals out); the claim reader uses them
    only to see the principal acting beside a count."""
    data = _stand_in_data()
    names = [
        *(data.get("capitals") or {}).get(code, []),
        *(data.get("institutions") or {}).get(code, []),
    ]
    return tuple(dict.fromkeys(names))
