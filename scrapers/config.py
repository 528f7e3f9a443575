"""The sources file: a topic and the sources that cover it (DESIGN.md, "Sources file")."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SOURCE_KINDS = ("official", "news", "blog", "aggregator")


class ConfigError(ValueError):
    """A sources file that cannot be used. The message names the file (and line) and the problem."""


@dataclass(frozen=True)
class Topic:
    name: str
    aliases: tuple[str, ...] = ()
    principal: str = "USA"  # entity code of the party the coverage counts around


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    kind: str  # one of SOURCE_KINDS
    url: str | None = None  # live address; None where unknown
    snapshot: Path | None = None  # absolute path, confined to the sources file's directory
    published: str | None = None  # ISO date (YYYY-MM-DD) when configured
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    selectors: dict[str, str] = field(default_factory=dict)  # e.g. {"text": "article .body"}
    line: int = 0  # line of the entry in the sources file, for error messages


@dataclass(frozen=True)
class SourcesConfig:
    path: Path
    topic: Topic
    sources: tuple[Source, ...]

    def by_id(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)
