"""Check published files against their ``release.json`` (:mod:`.manifest`).

A release is read from a folder (a built site, its open data folder, or a copy of either) or
from an address (the published site, or its ``release.json``). Every file the manifest names is
fetched from beside it and its SHA-256 and size compared; a file that differs or is missing is
named. One downloaded file is checked by its content: it is the release's file when its hash
is one the manifest lists.
"""

from __future__ import annotations

import hashlib
import json
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from iltod.release.manifest import NAME
from iltod.urls import DATA

CHUNK = 1 << 20
TIMEOUT = 60


class VerifyError(Exception):
    """No manifest could be read where it was looked for."""


@dataclass
class Result:
    """What a check found: every file checked, and those that differ or are missing."""

    checked: int = 0
    bad: list[tuple[str, str]] = field(default_factory=list)
    """(the file's address in the manifest, what is wrong with it)"""
    skipped: list[str] = field(default_factory=list)
    """Files published elsewhere (a full address) that a folder cannot hold."""

    @property
    def ok(self) -> bool:
        return not self.bad and self.checked > 0


def is_url(where: str) -> bool:
    return urlsplit(where).scheme in ("http", "https")


def locate(where: str) -> str:
    """The manifest's own address or path for a site, an open data folder or the file."""
    if is_url(where):
        if where.endswith(".json"):
            return where
        return urljoin(where.rstrip("/") + "/", DATA + NAME)
    path = Path(where)
    for candidate in (path, path / NAME, path / DATA / NAME):
        if candidate.is_file():
            return str(candidate)
    raise VerifyError(f"{where}: no {NAME} there, nor in {DATA}")


def _open(where: str) -> Iterator[bytes]:
    if is_url(where):
        with urllib.request.urlopen(where, timeout=TIMEOUT) as response:
            while chunk := response.read(CHUNK):
                yield chunk
        return
    with Path(where).open("rb") as f:
        while chunk := f.read(CHUNK):
            yield chunk


def read_manifest(where: str) -> dict[str, Any]:
    try:
        value = json.loads(b"".join(_open(where)))
    except (OSError, ValueError) as exc:
        raise VerifyError(f"{where}: {exc}") from None
    if not isinstance(value, dict) or not isinstance(value.get("files"), list):
        raise VerifyError(f"{where}: not a release manifest")
    return value


def digest(where: str) -> tuple[str, int]:
    """SHA-256 (hex) and size of a file or an address's content."""
    h, size = hashlib.sha256(), 0
    for chunk in _open(where):
        h.update(chunk)
        size += len(chunk)
    return h.hexdigest(), size


def _entries(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    return [*manifest["files"], *manifest.get("evidence", [])]


def _resolve(manifest_at: str, ref: str) -> str | None:
    """Where the file named ``ref`` is, beside the manifest; None when a folder cannot hold
    it (a full address of another host)."""
    if is_url(manifest_at):
        return urljoin(manifest_at, ref)
    if is_url(ref):
        return None
    return str((Path(manifest_at).parent / unquote(ref)).resolve())


def check(where: str) -> Result:
    """Check every file of the release found at ``where`` (see :func:`locate`)."""
    manifest_at = locate(where)
    result = Result()
    for entry in _entries(read_manifest(manifest_at)):
        ref = str(entry["path"])
        target = _resolve(manifest_at, ref)
        if target is None:
            result.skipped.append(ref)
            continue
        result.checked += 1
        try:
            sha, size = digest(target)
        except OSError as exc:
            result.bad.append((ref, f"missing ({getattr(exc, 'code', None) or 'not found'})"))
            continue
        if sha != entry["sha256"] or size != entry["size"]:
            mine = f"sha256 {sha}, {size} bytes"
            theirs = f"{entry['sha256']}, {entry['size']} bytes"
            result.bad.append((ref, f"differs: {mine}; release: {theirs}"))
    return result


def match_file(path: Path, manifest_at: str) -> tuple[str | None, str]:
    """The manifest's name for the file ``path`` (by its content), or None; and its hash."""
    sha, size = digest(str(path))
    for entry in _entries(read_manifest(locate(manifest_at))):
        if entry["sha256"] == sha and entry["size"] == size:
            return str(entry["path"]), sha
    return None, sha
