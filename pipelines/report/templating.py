"""The one Jinja2 environment for HTML and SVG: autoescape always on, undefined names are errors."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE_DIR = Path(__file__).parent / "templates"


@cache
def html_environment() -> Environment:
    """Jinja2 environment for the HTML report and its SVG chart (autoescape ON for every template)."""
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,  # every template here emits markup; never select by extension
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
