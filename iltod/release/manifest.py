"""``release.json``: what one build published, so that anyone can check a file against it.

It names the commit built, the build time (``SOURCE_DATE_EPOCH``, the commit's time in the
deploy), the engine, and the SHA-256 and size of every open data file (``datapackage.json``,
its Table Schema and the catalogue included) and of every evidence item. Two builds of one
commit write the same bytes: nothing in it is the clock or the machine. The deploy signs it
(GitHub's build-provenance attestation) and ``iltod verify`` (:mod:`.verify`) checks a site,
a folder or one downloaded file against it.

Each file is named by its address relative to ``release.json`` (which is in the open data
folder): ``measures.csv``, ``../assets/evidence/…`` for evidence in the site, or a full
address for evidence published elsewhere.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from iltod.history import git

NAME = "release.json"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Release:
    """What a release says about itself."""

    commit: str | None = None
    repository: str | None = None
    built: int | None = None
    """``SOURCE_DATE_EPOCH``: seconds since 1970 (UTC)."""
    engine: str = ""


def source_commit(root: Path) -> str | None:
    """The commit checked out at ``root``, when ``root`` is the top of a git repository."""
    try:
        top = Path(git.run(root, "rev-parse", "--show-toplevel").strip())
        if top.resolve() != root.resolve():
            return None  # a copy inside another repository is not that repository's commit
        return git.resolve(root, "HEAD")
    except git.GitError:
        return None


def digest(data: bytes) -> dict[str, Any]:
    return {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}


def entries(files: Iterable[tuple[str, Path]]) -> list[dict[str, Any]]:
    """Each ``(address, file)`` with the file's SHA-256 and size, sorted by address."""
    out = [{"path": ref, **digest(path.read_bytes())} for ref, path in files]
    return sorted(out, key=lambda e: e["path"])


def document(
    release: Release,
    data: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
    snapshots: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    built = (
        dt.datetime.fromtimestamp(release.built, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if release.built is not None
        else None
    )
    doc = {
        "format": FORMAT_VERSION,
        "source": {"repository": release.repository, "commit": release.commit},
        "built": built,
        "engine": release.engine,
        "files": data,
        "evidence": evidence,
    }
    if snapshots:  # the frozen snapshots published with it (iltod.release.snapshots)
        doc["snapshots"] = snapshots
    return doc


def write(
    folder: Path,
    release: Release,
    data: Iterable[Path],
    evidence: Iterable[tuple[str, Path]] = (),
    snapshots: list[dict[str, Any]] | None = None,
) -> Path:
    """Write ``release.json`` into the open data ``folder`` for the ``data`` files written
    there and the ``evidence`` (its address relative to ``folder``, and the file), listing the
    ``snapshots`` published with them."""
    own = [
        (p.relative_to(folder).as_posix(), p)
        for p in data
        if p.relative_to(folder).as_posix() != NAME  # a snapshot's own release.json is a file
    ]
    doc = document(release, entries(own), entries(evidence), snapshots)
    path = folder / NAME
    tmp = path.with_name(NAME + ".tmp")
    tmp.write_bytes(to_json(doc))
    tmp.replace(path)
    return path


def to_json(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
