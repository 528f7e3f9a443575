"""Entity facts: every state, partially recognised state and supranational body, by code.

Generated from pycountry plus the reviewed file `nlp/data/entities.yaml`; nothing typed out by hand
beyond what pycountry lacks.
"""

from __future__ import annotations

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
