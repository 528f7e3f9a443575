"""Load and validate a sources file (DESIGN.md, "Sources file") into `SourcesConfig`.

Every problem becomes one `ConfigError` line, `<file>:<line>: <problem>`, so an editor or a CI log
points straight at it. Line numbers come from the YAML node graph (`yaml.compose`), which keeps the
position of every key and value. Snapshot paths are untrusted: they must stay inside the sources
file's directory once symlinks and `..` are resolved.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from nlp.gazetteer import entity_table
from scrapers.config import SOURCE_KINDS, ConfigError, Source, SourcesConfig, Topic

TOP_KEYS = ("topic", "sources")
TOPIC_KEYS = ("name", "aliases", "principal")
SOURCE_KEYS = (
    "id",
    "publisher",
    "kind",
    "url",
    "snapshot",
    "published",
    "feeds",
    "sitemaps",
    "selectors",
)
SELECTOR_FIELDS = ("title", "text", "published", "author")
DEFAULT_PRINCIPAL = "USA"

_CODE = re.compile(r"[A-Z]{3}")
# Ids end up in file names and SQL keys downstream, so keep them to a safe, readable alphabet.
_SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# An ISO 8601 timestamp (as feeds and CMS exports write them); its calendar date is kept.
_ISO_TIMESTAMP = re.compile(
    r"([0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?"
)

Entries = dict[str, tuple[Node, Node]]  # key -> (key node, value node), in file order


def load_sources(path: str | Path) -> SourcesConfig:
    """Read, validate and resolve the sources file at `path`; raise `ConfigError` on any problem."""
    return _Reader(Path(path)).read()


class _Reader:
    """One pass over one file; holds the path and the YAML loader so errors can name both."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.loader: yaml.SafeLoader | None = None

    # -- errors ------------------------------------------------------------------------------

    def fail(self, where: Node | int, problem: str) -> ConfigError:
        """Build the one-line error for a node (or a 1-based line number)."""
        line = where if isinstance(where, int) else where.start_mark.line + 1
        text = f"{self.path}:{line}: {problem}"
        # Values are quoted with repr(), but YAML's own messages and odd paths may carry newlines.
        return ConfigError(text.replace("\r", "\\r").replace("\n", "\\n"))

    # -- file and YAML -----------------------------------------------------------------------

    def read(self) -> SourcesConfig:
        text = self.read_text()
        self.loader = yaml.SafeLoader(text)
        try:
            root = self.compose()
            return self.config(root)
        finally:
            self.loader.dispose()

    def read_text(self) -> str:
        try:
            exists = self.path.exists()
        except (OSError, ValueError) as exc:  # e.g. a NUL byte or an over-long name
            raise self.fail(1, f"bad path ({exc})") from exc
        if not exists:
            raise self.fail(1, "file not found")
        if not self.path.is_file():
            raise self.fail(1, "not a regular file")
        try:
            return self.path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise self.fail(1, f"not readable as UTF-8 text ({exc.reason})") from exc
        except OSError as exc:
            raise self.fail(1, f"not readable ({exc.strerror or exc})") from exc

    def compose(self) -> Node:
        assert self.loader is not None
        try:
            root = self.loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            # PyYAML splits some messages across the two, e.g. "expected a single document in
            # the stream" (context) + "but found another document" (problem).
            parts = [part for part in (exc.context, exc.problem) if part]
            problem = " ".join(" ".join(map(str, parts)).split()) or "invalid YAML"
            raise self.fail(line, f"YAML syntax error: {problem}") from exc
        except yaml.YAMLError as exc:
            raise self.fail(1, f"YAML syntax error: {' '.join(str(exc).split())}") from exc
        if root is None:
            raise self.fail(1, "file is empty; expected a mapping with 'topic' and 'sources'")
        return root

    def scalar(self, node: Node) -> object:
        """The typed Python value of a scalar node (str, int, bool, None, date ...)."""
        assert self.loader is not None
        try:
            return self.loader.construct_object(node)
        except (ValueError, yaml.YAMLError) as exc:  # e.g. an impossible date such as 2022-02-30
            raise self.fail(node, f"cannot read value {node.value!r}: {exc}") from exc

    # -- structure helpers -------------------------------------------------------------------

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...] | None) -> Entries:
        """Entries of a mapping node; refuses non-mappings, non-string keys, repeats, unknown keys."""
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping, not {_node_kind(node)}")
        entries: Entries = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node) if isinstance(key_node, ScalarNode) else None
            if not isinstance(key, str):
                raise self.fail(key_node, f"keys of {what} must be strings")
            if key in entries:
                first = entries[key][0].start_mark.line + 1
                raise self.fail(
                    key_node, f"duplicate key {key!r} in {what} (first at line {first})"
                )
            entries[key] = (key_node, value_node)
        if allowed is not None:
            self.check_keys(entries, what, allowed)
        return entries

    def check_keys(self, entries: Entries, what: str, allowed: tuple[str, ...]) -> None:
        for key, (key_node, _) in entries.items():
            if key not in allowed:
                raise self.fail(
                    key_node, f"unknown key {key!r} in {what}; {_suggest(key, allowed)}"
                )

    def require(self, entries: Entries, key: str, node: Node, what: str) -> Node:
        if key not in entries:
            raise self.fail(node, f"missing required key {key!r} in {what}")
        return entries[key][1]

    def text(self, node: Node | None, what: str, *, required: bool = True) -> str | None:
        """A string value; empty, null or missing counts as absent (an error when required)."""
        if node is None:
            return None
        value = self.scalar(node) if isinstance(node, ScalarNode) else node
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            if required:
                raise self.fail(node, f"{what} must not be empty")
            return None
        if not isinstance(value, str):
            raise self.fail(node, f"{what} must be a string, not {_node_kind(node)}")
        return value

    def text_list(self, node: Node, what: str) -> list[tuple[str, Node]]:
        if isinstance(node, ScalarNode) and self.scalar(node) is None:
            return []
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list, not {_node_kind(node)}")
        return [(self.text(item, f"each item of {what}") or "", item) for item in node.value]

    def url(self, node: Node | None, what: str, *, required: bool = True) -> str | None:
        value = self.text(node, what, required=required)
        if node is None or value is None:
            return None
        try:
            parts = urlsplit(value)
            host = parts.hostname
        except ValueError as exc:
            raise self.fail(node, f"bad URL {value!r} in {what}: {exc}") from exc
        if parts.scheme not in ("http", "https"):
            raise self.fail(node, f"bad URL {value!r} in {what}: scheme must be http or https")
        if not host or any(ch.isspace() for ch in value):
            raise self.fail(node, f"bad URL {value!r} in {what}: it needs a host and no spaces")
        return value

    # -- the document ------------------------------------------------------------------------

    def config(self, root: Node) -> SourcesConfig:
        top = self.mapping(root, "the top level", TOP_KEYS)
        topic = self.topic(self.require(top, "topic", root, "the top level"))
        sources_node = self.require(top, "sources", root, "the top level")
        if not isinstance(sources_node, SequenceNode):
            raise self.fail(
                sources_node, f"'sources' must be a list, not {_node_kind(sources_node)}"
            )
        if not sources_node.value:
            raise self.fail(sources_node, "'sources' must list at least one source")
        base = self.path.resolve().parent
        sources: list[Source] = []
        first_line: dict[str, int] = {}
        for node in sources_node.value:
            source = self.source(node, base)
            if source.id in first_line:
                first = first_line[source.id]
                raise self.fail(node, f"duplicate source id {source.id!r} (first at line {first})")
            first_line[source.id] = source.line
            sources.append(source)
        return SourcesConfig(path=self.path.resolve(), topic=topic, sources=tuple(sources))

    def topic(self, node: Node) -> Topic:
        entries = self.mapping(node, "'topic'", TOPIC_KEYS)
        name = self.text(self.require(entries, "name", node, "'topic'"), "topic 'name'")
        aliases: list[str] = []
        if "aliases" in entries:
            aliases = [a for a, _ in self.text_list(entries["aliases"][1], "topic 'aliases'")]
        principal = DEFAULT_PRINCIPAL
        if "principal" in entries:
            value_node = entries["principal"][1]
            principal = self.text(value_node, "topic 'principal'") or DEFAULT_PRINCIPAL
            if not _CODE.fullmatch(principal):
                raise self.fail(
                    value_node,
                    f"bad principal {principal!r}: expected a 3-letter upper-case entity code "
                    "such as 'USA'",
                )
            if principal not in entity_table():
                raise self.fail(value_node, f"bad principal {principal!r}: no party has that code")
        return Topic(name=name or "", aliases=tuple(aliases), principal=principal)

    def source(self, node: Node, base: Path) -> Source:
        line = node.start_mark.line + 1
        what = f"the source at line {line}"
        # Keys are checked once the id is known, so the message can name the source.
        entries = self.mapping(node, what, None)
        source_id = self.text(self.require(entries, "id", node, what), "source 'id'") or ""
        if not _SOURCE_ID.fullmatch(source_id):
            raise self.fail(
                entries["id"][1],
                f"bad source id {source_id!r}: use letters, digits, '-', '_' or '.' (max 64)",
            )
        what = f"source {source_id!r}"
        self.check_keys(entries, what, SOURCE_KEYS)
        publisher = self.text(self.require(entries, "publisher", node, what), f"{what} 'publisher'")
        kind_node = self.require(entries, "kind", node, what)
        kind = self.text(kind_node, f"{what} 'kind'") or ""
        if kind not in SOURCE_KINDS:
            raise self.fail(
                kind_node,
                f"bad kind {kind!r} in {what}; expected one of {', '.join(SOURCE_KINDS)}"
                + _did_you_mean(kind, SOURCE_KINDS),
            )
        url = self.url(_value(entries, "url"), f"{what} 'url'", required=False)
        snapshot = self.snapshot(_value(entries, "snapshot"), base, what)
        if url is None and snapshot is None:
            raise self.fail(node, f"{what} needs a 'url' or a 'snapshot' (or both)")
        return Source(
            id=source_id,
            publisher=publisher or "",
            kind=kind,
            url=url,
            snapshot=snapshot,
            published=self.published(_value(entries, "published"), what),
            feeds=self.urls(_value(entries, "feeds"), f"{what} 'feeds'"),
            sitemaps=self.urls(_value(entries, "sitemaps"), f"{what} 'sitemaps'"),
            selectors=self.selectors(_value(entries, "selectors"), what),
            line=line,
        )

    def snapshot(self, node: Node | None, base: Path, what: str) -> Path | None:
        raw = self.text(node, f"{what} 'snapshot'", required=False)
        if node is None or raw is None:
            return None
        try:
            # resolve() follows symlinks too, so a link pointing outside is caught as well.
            resolved = (base / raw).resolve()
        except (OSError, ValueError) as exc:
            raise self.fail(node, f"bad snapshot path {raw!r} in {what}: {exc}") from exc
        if not resolved.is_relative_to(base):
            raise self.fail(
                node, f"snapshot {raw!r} in {what} escapes the sources file's directory {base}"
            )
        if not resolved.is_file():
            raise self.fail(
                node, f"snapshot {raw!r} in {what} does not exist (looked for {resolved})"
            )
        return resolved

    def published(self, node: Node | None, what: str) -> str | None:
        if node is None or (isinstance(node, ScalarNode) and node.tag.endswith(":null")):
            return None
        if not isinstance(node, ScalarNode):
            raise self.fail(node, f"bad published date in {what}: {_node_kind(node)}")
        # Read the text as written: YAML's own timestamp type would accept times and time zones,
        # and crash on impossible dates, while the contract is a plain calendar date.
        raw = node.value.strip()
        if raw == "":
            return None
        stamped = _ISO_TIMESTAMP.fullmatch(raw)
        if stamped:
            raw = stamped.group(1)
        if _ISO_DATE.fullmatch(raw):
            try:
                return dt.date.fromisoformat(raw).isoformat()
            except ValueError:
                pass
        raise self.fail(
            node, f"bad published date {node.value.strip()!r} in {what}; expected YYYY-MM-DD"
        )

    def urls(self, node: Node | None, what: str) -> tuple[str, ...]:
        if node is None:
            return ()
        return tuple(self.url(item, what) or "" for _, item in self.text_list(node, what))

    def selectors(self, node: Node | None, what: str) -> dict[str, str]:
        if node is None or (isinstance(node, ScalarNode) and self.scalar(node) is None):
            return {}
        entries = self.mapping(node, f"{what} 'selectors'", SELECTOR_FIELDS)
        return {
            key: self.text(value, f"{what} selector {key!r}") or ""
            for key, (_, value) in entries.items()
        }


def _value(entries: Entries, key: str) -> Node | None:
    return entries[key][1] if key in entries else None


def _node_kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return f"{node.tag.rsplit(':', 1)[-1]} {node.value!r}"


def _did_you_mean(word: str, choices: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word.lower(), choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _suggest(key: str, allowed: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(key.lower(), allowed, n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]!r}?"
    return f"valid keys are {', '.join(allowed)}"
