"""The content-addressed raw store: write once, read back, stay inside the store."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from scrapers.raw_store import (
    RawStoreError,
    Validator,
    confined_path,
    count_objects,
    has_body,
    load_validators,
    object_rel_path,
    read_body,
    record_fetch,
    save_validators,
    store_body,
)


def test_store_body_writes_once_under_its_sha(tmp_path: Path) -> None:
    body = b"<html>caf\xc3\xa9</html>"
    sha = hashlib.sha256(body).hexdigest()

    first = store_body(tmp_path, body)
    again = store_body(tmp_path, body)

    assert first == (sha, f"objects/{sha[:2]}/{sha}", True)
    assert again == (sha, f"objects/{sha[:2]}/{sha}", False)
    assert (tmp_path / first[1]).read_bytes() == body
    assert read_body(tmp_path, sha) == body
    assert has_body(tmp_path, sha)
    assert count_objects(tmp_path) == 1
    # No temp files are left behind by the atomic write.
    assert [p.name for p in (tmp_path / "objects" / sha[:2]).iterdir()] == [sha]


def test_existing_object_is_not_rewritten(tmp_path: Path) -> None:
    sha, rel, _ = store_body(tmp_path, b"one")
    target = tmp_path / rel
    mtime = target.stat().st_mtime_ns
    store_body(tmp_path, b"one")
    assert target.stat().st_mtime_ns == mtime


def test_empty_body_and_distinct_bodies(tmp_path: Path) -> None:
    store_body(tmp_path, b"")
    store_body(tmp_path, b"a")
    store_body(tmp_path, b"b")
    assert count_objects(tmp_path) == 3


@pytest.mark.parametrize("bad", ["../../etc/passwd", "ABC", "g" * 64, "a" * 63, ""])
def test_malformed_digests_are_refused(tmp_path: Path, bad: str) -> None:
    with pytest.raises(RawStoreError):
        object_rel_path(bad)
    with pytest.raises(RawStoreError):
        read_body(tmp_path, bad)


def test_paths_cannot_escape_the_store(tmp_path: Path) -> None:
    store = tmp_path / "raw"
    store.mkdir()
    assert confined_path(store, "objects/ab/x") == (store / "objects/ab/x").resolve()
    for escape in ("../outside", "/etc/passwd", "objects/../../x"):
        with pytest.raises(RawStoreError):
            confined_path(store, escape)


def test_missing_body_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_body(tmp_path, "0" * 64)
    assert not has_body(tmp_path, "0" * 64)
    assert count_objects(tmp_path / "nowhere") == 0


def test_validators_round_trip_and_tolerate_garbage(tmp_path: Path) -> None:
    assert load_validators(tmp_path) == {}
    validators = {
        "http://x.test/a": Validator(sha256="a" * 64, etag='"e1"', last_modified="Mon", size=3),
        "file:///tmp/b.html": Validator(sha256="b" * 64, encoding="utf-8"),
    }
    save_validators(tmp_path, validators)
    assert load_validators(tmp_path) == validators

    (tmp_path / "validators.json").write_text("{not json", encoding="utf-8")
    assert load_validators(tmp_path) == {}
    (tmp_path / "validators.json").write_text('{"u": {"sha256": "../x"}}', encoding="utf-8")
    assert load_validators(tmp_path) == {}


def test_record_fetch_appends_one_line_per_fetch(tmp_path: Path) -> None:
    record_fetch(tmp_path, {"url": "http://x.test/", "status": 200})
    record_fetch(tmp_path, {"url": "http://x.test/", "status": 304})
    lines = (tmp_path / "fetches.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines == [
        '{"status": 200, "url": "http://x.test/"}',
        '{"status": 304, "url": "http://x.test/"}',
    ]
