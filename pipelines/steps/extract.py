"""Extract step: raw pages of the latest crawl -> articles (one per story), syndication grouped."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlparse

import duckdb

import scrapers.extract
from pipelines.paths import TallyPaths
from pipelines.steps.common import latest_run_id, short_id
from pipelines.versions import code_version
from scrapers.config import SourcesConfig
from scrapers.extract.stories import split_stories
from scrapers.extract.syndication import group_syndicated, story_key
from scrapers.raw_store import read_body
from warehouse.load import cached_extraction, replace_tables, store_extraction

EXTRACTOR_VERSION = code_version(Path(scrapers.extract.__file__).parent)


@dataclass
class ExtractSummary:
    articles: int
    pages: int
    reextracted: int
    stories: int  # distinct stories after syndication grouping


def _public_url(url: str | None) -> str | None:
    return url if url and urlparse(url).scheme in ("http", "https") else None


def extract_step(
    con: duckdb.DuckDBPyConnection, config: SourcesConfig, paths: TallyPaths
) -> ExtractSummary:
    """Turn each fetched page into articles, reusing extractions of bodies seen before."""
    run_id = latest_run_id(con)
    fetches = con.execute(
        "SELECT DISTINCT ON (source_id, sha256) source_id, sha256, url, final_url "
        "FROM raw.fetches WHERE run_id = ? ORDER BY source_id, sha256, fetched_at",
        [run_id],
    ).fetchall()
    articles: list[dict] = []
    reextracted = 0
    for source_id, sha, url, final_url in fetches:
        source = config.by_id(source_id)
        multi = source.kind == "aggregator"
        stories = cached_extraction(con, sha, multi, EXTRACTOR_VERSION)
        if stories is None:
            body = read_body(paths.raw_dir, sha)
            extracted = split_stories(
                body,
                url=_public_url(final_url or url),
                selectors=source.selectors or None,
                multi_story=multi,
            )
            stories = [asdict(s) for s in extracted]
            store_extraction(con, sha, multi, EXTRACTOR_VERSION, stories)
            reextracted += 1
        page_url = source.url or _public_url(final_url) or _public_url(url)
        for story in stories:
            if not story["text"].strip():
                continue
            articles.append(
                {
                    "article_id": short_id(source_id, sha, story["story_index"]),
                    "source_id": source_id,
                    "page_sha": sha,
                    "story_index": story["story_index"],
                    "url": page_url,
                    "publisher": source.publisher or story.get("publisher"),
                    "title": story.get("title"),
                    "author": story.get("author"),
                    # A date in the sources file is the user's word; else the page's own date.
                    "published_at": source.published or story.get("published"),
                    "language": story.get("language"),
                    "text": story["text"],
                }
            )
    groups = group_syndicated([a["text"] for a in articles])
    longest: dict[
        int, str
    ] = {}  # a group is keyed on its longest copy: the original, not an excerpt
    for article, group in zip(articles, groups, strict=True):
        if len(article["text"]) > len(longest.get(group, "")):
            longest[group] = article["text"]
    keys = {group: story_key(text) for group, text in longest.items()}
    for article, group in zip(articles, groups, strict=True):
        article["story_id"] = keys[group]
    replace_tables(con, {"core.articles": articles})
    return ExtractSummary(
        articles=len(articles), pages=len(fetches), reextracted=reextracted, stories=len(keys)
    )
