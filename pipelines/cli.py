"""`tally`: run the job, extract articles and claims, query the warehouse (DESIGN.md contracts)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the user: a one-line message and exit code 2."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tally",
        description="Reconcile conflicting signatory counts in coverage of a declaration.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="crawl, extract, analyse, reconcile, publish and report")
    run.add_argument("--sources", type=Path, help="sources file (default: the embedded corpus)")
    run.add_argument("--live", action="store_true", help="crawl the live URLs, not the snapshots")
    run.add_argument("--home", type=Path, help="output folder (default: $TALLY_HOME or ./var)")

    article = sub.add_parser("extract-article", help="main text and metadata of HTML files")
    article.add_argument("files", nargs="+", type=Path)
    article.add_argument("--url", help="the page's URL, when known")

    claims = sub.add_parser("extract-claims", help="entities, count claims and enumerations")
    claims.add_argument("files", nargs="*", type=Path, help="text files (stdin when none)")
    claims.add_argument(
        "--principal", default="USA", help="the principal party: a code (USA, EUU) or a name"
    )

    query = sub.add_parser("query", help="read-only SQL on the published warehouse")
    query.add_argument("sql")
    query.add_argument("--home", type=Path, help="default: $TALLY_HOME or ./var")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    return parser


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory, not a file") from None
    except OSError as exc:
        raise UsageError(f"{path}: cannot read ({exc.strerror})") from None


def cmd_extract_article(args: argparse.Namespace) -> int:
    from scrapers.extract.article import extract_article

    bodies = [_read_file(path) for path in args.files]  # fail before printing anything
    for body in bodies:
        article = extract_article(body, url=args.url)
        record = {
            "title": article.title,
            "text": article.text,
            "published": article.published,
            "publisher": article.publisher,
            "language": article.language,
        }
        print(json.dumps(record, ensure_ascii=False), flush=True)
    return EXIT_OK


def cmd_extract_claims(args: argparse.Namespace) -> int:
    from nlp.gazetteer import resolve_party
    from nlp.pipeline import MAX_TEXT_CHARS, analyze_many

    principal = resolve_party(args.principal)
    if principal is None:
        raise UsageError(
            f"unknown principal {args.principal!r}: expected an entity code such as USA, GBR or "
            "EUU (or a country's name)"
        )
    if args.files:
        texts = [_read_file(path).decode("utf-8", errors="replace") for path in args.files]
    else:
        texts = [sys.stdin.read()]
    names = [str(path) for path in args.files] or ["<stdin>"]
    for name, text in zip(names, texts, strict=True):  # (all checked before printing anything)
        if len(text) > MAX_TEXT_CHARS:
            raise UsageError(
                f"{name}: {len(text):,} characters is longer than the {MAX_TEXT_CHARS:,} one "
                "text may have; split it"
            )
    for analysis in analyze_many(texts, principal=principal):
        print(json.dumps(analysis.to_contract(), ensure_ascii=False), flush=True)
    return EXIT_OK


def cmd_query(args: argparse.Namespace) -> int:
    from pipelines.paths import TallyPaths
    from warehouse.query import run_query

    columns, rows = run_query(TallyPaths.from_env(args.home).published_db, args.sql)
    if args.format == "json":
        for row in rows:
            print(json.dumps(dict(zip(columns, row, strict=True)), default=str, ensure_ascii=False))
    elif args.format == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        print("\t".join(columns))
        for row in rows:
            print("\t".join("" if v is None else str(v) for v in row))
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from pipelines.run import run_job

    return run_job(sources=args.sources, home=args.home, live=args.live)


COMMANDS = {
    "run": cmd_run,
    "extract-article": cmd_extract_article,
    "extract-claims": cmd_extract_claims,
    "query": cmd_query,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from scrapers.config import ConfigError
    from warehouse.connect import WarehouseError

    try:
        return COMMANDS[args.command](args)
    except (UsageError, ConfigError) as exc:
        print(f"tally: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except WarehouseError as exc:
        print(f"tally: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence prints one clear line
        import duckdb

        if isinstance(exc, duckdb.Error):
            print(f"tally: error: {str(exc).splitlines()[0]}", file=sys.stderr)
            return EXIT_FAILED
        raise
