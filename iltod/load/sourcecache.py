"""Files read by earlier builds, kept in the build cache by their bytes.

Reading a plan's YAML with the place of every value (:mod:`iltod.load.yamlsource`) is most of
what loading a repository costs, and a build after one agency's update reads every other file
exactly as the build before did: at 100 agencies × 3 years, about 10 of the 34 s a profiled
build spent before its first page. A clean file's :class:`~iltod.load.yamlsource.Source` is kept
in ``.cache/sources/`` under a hash of its path, its bytes and the reader's code, and read back
instead of parsed; the model is still validated and every check still runs on it, so the
diagnostics and the loaded repository are the same. A file with any diagnostic of its own is
parsed every time (rare, and its messages stay exact). JSON, not pickle: the deploy restores
``.cache/`` from a store, and a cache entry is data, never code.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from pathlib import Path
from typing import Any

from iltod.load import yamlsource
from iltod.load.yamlsource import Scalar, Source


def _code() -> str:
    return hashlib.sha256(Path(str(yamlsource.__file__)).read_bytes()).hexdigest()


class SourceCache:
    """Parsed files of earlier builds in ``folder`` (None: every file is parsed)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.code = _code() if folder is not None else ""
        self.used: set[Path] = set()
        self.made = 0

    def read(self, rel: str, data: bytes) -> Source:
        """The :class:`Source` of ``data`` (the bytes of ``rel``), kept or parsed."""
        if self.folder is None:
            return yamlsource.read(rel, data)
        key = hashlib.sha256(f"{self.code}\0{rel}\0".encode() + data).hexdigest()
        path = self.folder / key[:2] / f"{key}.json"
        self.used.add(path)
        with contextlib.suppress(OSError, ValueError, TypeError, KeyError, IndexError):
            return _decode(rel, json.loads(path.read_text(encoding="utf-8")))
        src = yamlsource.read(rel, data)
        if not src.diagnostics:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{key}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(_encode(src), ensure_ascii=False), encoding="utf-8")
            tmp.replace(path)
            self.made += 1
        return src

    def prune(self) -> None:
        """Remove the entries this load did not use (call after loading every file)."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.glob("*/*.json"):
            if path not in self.used:
                path.unlink(missing_ok=True)


def _encode(src: Source) -> dict[str, Any]:
    dates: list[list[str | int]] = []

    def plain(value: Any, path: list[str | int]) -> Any:
        if isinstance(value, dict):
            return {k: plain(v, [*path, k]) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v, [*path, i]) for i, v in enumerate(value)]
        if isinstance(value, dt.date):
            dates.append(path)
            return value.isoformat()
        return value

    data = plain(src.data, [])
    return {
        "data": data,
        "dates": dates,
        "marks": [[list(p), *m] for p, m in src.marks.items()],
        "key_marks": [[list(p), *m] for p, m in src.key_marks.items()],
        "scalars": [[list(p), s.raw, s.plain] for p, s in src.scalars.items()],
    }


def _decode(rel: str, raw: dict[str, Any]) -> Source:
    data = raw["data"]
    for path in raw["dates"]:
        *parents, last = path
        holder = data
        for step in parents:
            holder = holder[step]
        holder[last] = dt.date.fromisoformat(holder[last])
    return Source(
        rel,
        data,
        {tuple(p): (line, col) for p, line, col in raw["marks"]},
        {tuple(p): (line, col) for p, line, col in raw["key_marks"]},
        {tuple(p): Scalar(text, plain) for p, text, plain in raw["scalars"]},
    )
