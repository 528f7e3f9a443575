"""Code versions for caches: a change to a layer's code or data invalidates what it cached."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_SUFFIXES = (".py", ".yaml", ".jsonl", ".json", ".txt")


@cache
def code_version(package_dir: Path) -> str:
    """A short hash of every source and data file under `package_dir`."""
    digest = hashlib.sha256()
    for path in sorted(package_dir.rglob("*")):
        if path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package_dir).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
