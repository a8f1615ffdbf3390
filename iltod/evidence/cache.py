"""The content-hash cache of encoded images: ``.cache/images/<ab>/<key>/``.

A key is the SHA-256 of the source bytes plus the settings fingerprint, so renaming or moving
a photo costs nothing and changing the quality re-encodes everything. An entry is written into
a temporary folder and renamed into place only when complete: a crash or two concurrent builds
never leave a half-written entry that a later build would trust.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path
from typing import Any

from iltod.evidence.settings import Settings

META = "meta.json"


def key(digest: str, settings: Settings, original: bool) -> str:
    text = f"{digest}:{settings.fingerprint()}:{int(original)}"
    return hashlib.sha256(text.encode()).hexdigest()


def entry(cache_dir: Path, k: str) -> Path:
    return cache_dir / k[:2] / k


def read(cache_dir: Path, k: str) -> dict[str, Any] | None:
    """The entry's metadata, or ``None`` when absent or unreadable (then it is rebuilt)."""
    try:
        meta = json.loads((entry(cache_dir, k) / META).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def staging(cache_dir: Path, k: str) -> Path:
    """A fresh private folder to write an entry into before :func:`commit`."""
    tmp = cache_dir / k[:2] / f".{k}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    tmp.mkdir(parents=True)
    return tmp


def commit(tmp: Path, meta: dict[str, Any], cache_dir: Path, k: str) -> None:
    """Write the metadata last, then move the folder into place atomically."""
    (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
    final = entry(cache_dir, k)
    try:
        tmp.rename(final)
    except OSError:
        # Another process finished the same entry first (same bytes, same settings), or a
        # broken entry without metadata is in the way: keep a complete one.
        if read(cache_dir, k) is None:
            shutil.rmtree(final, ignore_errors=True)
            tmp.rename(final)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
