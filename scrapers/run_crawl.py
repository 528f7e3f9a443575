"""The crawl process: ``python -m scrapers.run_crawl --sources-json F --raw-dir D --out F.jsonl``.

Runs the article spider once in this process (the Twisted reactor cannot restart, so every crawl
is its own process) and writes one JSON line per fetched page or failure. Exit status 0 when the
crawl finished (failed pages are data, not errors), 2 when it did not.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scrapers.config import Source, SourcesConfig, Topic


def config_to_json(config: SourcesConfig) -> str:
    """Serialise a ``SourcesConfig`` for the crawl process."""
    payload = {
        "path": str(config.path),
        "topic": {
            "name": config.topic.name,
            "aliases": list(config.topic.aliases),
            "principal": config.topic.principal,
        },
        "sources": [
            {
                "id": s.id,
                "publisher": s.publisher,
                "kind": s.kind,
                "url": s.url,
                "snapshot": str(s.snapshot) if s.snapshot is not None else None,
                "published": s.published,
                "feeds": list(s.feeds),
                "sitemaps": list(s.sitemaps),
                "selectors": dict(s.selectors),
                "line": s.line,
            }
            for s in config.sources
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def config_from_json(text: str) -> SourcesConfig:
    """Inverse of ``config_to_json``."""
    data = json.loads(text)
    topic = data["topic"]
    return SourcesConfig(
        path=Path(data["path"]),
        topic=Topic(
            name=topic["name"], aliases=tuple(topic["aliases"]), principal=topic["principal"]
        ),
        sources=tuple(
            Source(
                id=s["id"],
                publisher=s["publisher"],
                kind=s["kind"],
                url=s["url"],
                snapshot=Path(s["snapshot"]) if s["snapshot"] else None,
                published=s["published"],
                feeds=tuple(s["feeds"]),
                sitemaps=tuple(s["sitemaps"]),
                selectors=dict(s["selectors"]),
                line=int(s["line"]),
            )
            for s in data["sources"]
        ),
    )


# Local snapshot files need no politeness delays; nothing else changes offline.
OFFLINE_SETTINGS: dict[str, Any] = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False}


def build_settings(
    out: Path, log_file: Path | None, overrides: dict[str, Any], *, live: bool = False
) -> Any:
    """Scrapy settings: ``scrapers.settings``, offline relaxations, output/log paths, overrides."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("scrapers.settings", priority="project")
    if not live:
        for key, value in OFFLINE_SETTINGS.items():
            settings.set(key, value, priority="cmdline")
    settings.set("TALLY_OUT_PATH", str(out), priority="cmdline")
    if log_file is not None:
        settings.set("LOG_FILE", str(log_file), priority="cmdline")
        settings.set("LOG_FILE_APPEND", False, priority="cmdline")
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    return settings


def crawl(
    config: SourcesConfig,
    raw_dir: Path,
    out: Path,
    *,
    live: bool = False,
    log_file: Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> str:
    """Run the spider to completion in this process; return Scrapy's finish reason."""
    from scrapy.crawler import CrawlerProcess

    from scrapers.spiders.article import ArticleSpider

    process = CrawlerProcess(build_settings(out, log_file, overrides or {}, live=live))
    crawler = process.create_crawler(ArticleSpider)
    process.crawl(crawler, config=config, raw_dir=str(raw_dir), live=live)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    return str(stats.get("finish_reason", "unknown"))


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point of the crawl process."""
    parser = argparse.ArgumentParser(prog="python -m scrapers.run_crawl", description=__doc__)
    parser.add_argument("--sources-json", type=Path, required=True)
    parser.add_argument("--raw-dir", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--log-file", type=Path, default=None)
    parser.add_argument("--live", action="store_true")
    parser.add_argument(
        "--settings-json", type=Path, default=None, help="JSON object of Scrapy setting overrides"
    )
    args = parser.parse_args(argv)
    config = config_from_json(args.sources_json.read_text(encoding="utf-8"))
    overrides = {}
    if args.settings_json is not None:
        overrides = json.loads(args.settings_json.read_text(encoding="utf-8"))
    args.raw_dir.mkdir(parents=True, exist_ok=True)
    reason = crawl(
        config,
        args.raw_dir,
        args.out,
        live=args.live,
        log_file=args.log_file,
        overrides=overrides,
    )
    if reason != "finished":
        print(f"crawl did not finish: {reason}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
