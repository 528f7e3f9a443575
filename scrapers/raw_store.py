"""The raw page store: bodies kept once under their SHA-256, plus a per-fetch log and validators.

Layout under ``raw_dir``::

    objects/<sha[:2]>/<sha256>   immutable bodies, written once (temp file + rename)
    fetches.jsonl                one metadata record per fetch (url, final_url, status, headers, time)
    validators.json              per-URL ETag / Last-Modified / last sha, for conditional re-fetches

Every path is derived from a validated hex digest or a fixed name, so nothing scraped can steer a
write outside ``raw_dir``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

OBJECTS_DIR = "objects"
FETCH_LOG = "fetches.jsonl"
VALIDATORS_FILE = "validators.json"

_SHA256_RE = re.compile(r"[0-9a-f]{64}")


class RawStoreError(ValueError):
    """A request the raw store refuses: a malformed digest or a path outside the store."""


@dataclass
class Validator:
    """What we last saw at one URL, so the next fetch can be conditional."""

    sha256: str
    etag: str | None = None
    last_modified: str | None = None
    encoding: str | None = None
    size: int = 0


def object_rel_path(sha256: str) -> str:
    """Path of a body relative to the store root (``objects/ab/ab12…``); rejects non-digests."""
    if not _SHA256_RE.fullmatch(sha256):
        raise RawStoreError(f"not a SHA-256 hex digest: {sha256!r}")
    return f"{OBJECTS_DIR}/{sha256[:2]}/{sha256}"


def confined_path(raw_dir: Path, rel_path: str) -> Path:
    """Resolve ``rel_path`` under ``raw_dir``; raise if it would land outside it."""
    root = Path(raw_dir).resolve()
    target = (root / rel_path).resolve()
    if not target.is_relative_to(root):
        raise RawStoreError(f"path escapes the raw store: {rel_path!r}")
    return target


def _atomic_write(target: Path, data: bytes) -> None:
    # Write to a temp file in the same directory, then rename: readers never see a partial
    # body, and a crash leaves at worst a stray temp file, never a corrupt object.
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def store_body(raw_dir: Path, body: bytes) -> tuple[str, str, bool]:
    """Store ``body`` once under its SHA-256; return ``(sha256, rel_path, is_new)``."""
    sha256 = hashlib.sha256(body).hexdigest()
    rel_path = object_rel_path(sha256)
    target = confined_path(raw_dir, rel_path)
    if target.exists():
        return sha256, rel_path, False
    _atomic_write(target, body)
    return sha256, rel_path, True


def has_body(raw_dir: Path, sha256: str) -> bool:
    """Whether the body with this digest is in the store."""
    return confined_path(raw_dir, object_rel_path(sha256)).is_file()


def read_body(raw_dir: Path, sha256: str) -> bytes:
    """Return the stored body with this digest (``FileNotFoundError`` when absent)."""
    return confined_path(raw_dir, object_rel_path(sha256)).read_bytes()


def count_objects(raw_dir: Path) -> int:
    """Number of bodies in the store (temp files excluded)."""
    objects = Path(raw_dir) / OBJECTS_DIR
    if not objects.is_dir():
        return 0
    return sum(1 for p in objects.glob("*/*") if p.is_file() and _SHA256_RE.fullmatch(p.name))


def record_fetch(raw_dir: Path, record: dict[str, Any]) -> None:
    """Append one fetch's metadata (url, final_url, status, headers, fetched_at, sha256) to the log."""
    target = confined_path(raw_dir, FETCH_LOG)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


def load_validators(raw_dir: Path) -> dict[str, Validator]:
    """Per-URL validators from the last runs; an unreadable file counts as empty (refetch all)."""
    target = confined_path(raw_dir, VALIDATORS_FILE)
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError, UnicodeDecodeError):
        return {}
    validators: dict[str, Validator] = {}
    if not isinstance(data, dict):
        return validators
    for url, entry in data.items():
        if not isinstance(entry, dict) or not _SHA256_RE.fullmatch(str(entry.get("sha256", ""))):
            continue
        validators[url] = Validator(
            sha256=entry["sha256"],
            etag=entry.get("etag"),
            last_modified=entry.get("last_modified"),
            encoding=entry.get("encoding"),
            size=int(entry.get("size") or 0),
        )
    return validators


def save_validators(raw_dir: Path, validators: dict[str, Validator]) -> None:
    """Write the validators atomically."""
    payload = {url: asdict(v) for url, v in sorted(validators.items())}
    data = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    _atomic_write(confined_path(raw_dir, VALIDATORS_FILE), data)
