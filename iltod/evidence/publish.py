"""Publish a repository's evidence into a built site: the API the site calls.

Images become metadata-free WebP variants under ``assets/evidence/<agency>/<year>/<measure>/``
(``assets`` is a reserved agency slug, so no page can collide with it); documents are copied
there as downloads. Every output is written under a temporary name and renamed, so an
interrupted build leaves no half-written file; a refused attachment becomes a located
diagnostic and is left out of the gallery.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from iltod.diagnostics import Diagnostic, Report
from iltod.evidence import cache, scrub
from iltod.evidence.encode import Job
from iltod.evidence.entry import Entry
from iltod.evidence.guard import Problem
from iltod.evidence.inspect import check_file, file_digest
from iltod.evidence.kinds import FILE_TYPES, suffix
from iltod.evidence.settings import DEFAULT, Settings, size_label
from iltod.evidence.workers import Progress, run_all

MeasureKey = tuple[str, int, str]
OUTPUT = "assets/evidence"


@dataclass
class Counters:
    """What one run did. ``encoded`` is 0 on an unchanged rebuild."""

    images: int = 0
    files: int = 0
    encoded: int = 0
    cached: int = 0
    copied: int = 0
    skipped: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    encode_seconds: float = 0.0


@dataclass
class Copy:
    """One output file: where it comes from, where it goes in the site, who declared it."""

    source: Path
    dest: str  # site-relative
    entry: Entry
    document: bool


@dataclass
class Published:
    """Gallery items per measure, what it cost, and every problem found on the way.

    :func:`prepare` fills it without touching the site (MkDocs cleans the site folder after
    ``on_config``); :meth:`write` then copies the outputs in.
    """

    galleries: dict[MeasureKey, list[dict[str, Any]]] = field(default_factory=dict)
    counters: Counters = field(default_factory=Counters)
    report: Report = field(default_factory=Report)
    copies: list[Copy] = field(default_factory=list)
    cleaned: list[tuple[Entry, scrub.Cleaned]] = field(default_factory=list)
    """Every published document and what was removed from it, for the build output."""

    def notes(self) -> list[str]:
        """What the clerk is told about their documents: what was removed, or not checked."""
        out = []
        for e, c in self.cleaned:
            where = f"{e.file}:{e.line}:{e.column}: {e.item.file}"
            if not c.checked:
                out.append(
                    f"{where}: published as filed; its metadata was not checked (save it as "
                    "PDF, DOCX or XLSX to have it removed)\n    мн: файлын мета өгөгдлийг "
                    "шалгаагүй; PDF, DOCX, XLSX болгож хадгалбал хувийн мэдээллийг устгана"
                )
            elif c.removed:
                out.append(
                    f"{where}: removed before publishing: {', '.join(c.removed)}\n"
                    "    мн: нийтлэхийн өмнө хувийн мэдээллийг устгав (зохиогч, тайлбар, "
                    "мета өгөгдөл)"
                )
        return out

    def gallery(self, agency: str, year: int, measure: str) -> list[dict[str, Any]]:
        """The measure's gallery items in the order the plan lists them (maybe empty)."""
        return self.galleries.get((agency, year, measure), [])

    def write(self, site_dir: Path) -> None:
        """Copy every output into ``site_dir``, each under a temporary name then renamed."""
        for c in self.copies:
            try:
                _place(c.source, site_dir / c.dest)
            except OSError as exc:  # e.g. the cache was emptied during the build
                self.report.add(c.entry.problem(Problem("E307", {"problem": str(exc)[:200]})))
                continue
            self.counters.copied += c.document


def publish(
    entries: Iterable[Entry | Diagnostic],
    site_dir: Path,
    cache_dir: Path,
    *,
    settings: Settings = DEFAULT,
    workers: int = 2,
    progress: Progress | None = None,
) -> Published:
    """Encode (or take from the cache) every image, copy every file, return the galleries.

    Args:
        entries: The declared attachments (:func:`iltod.load.attachments.entries`), or the
            diagnostic of one whose path is unsafe.
        site_dir: The built site's root folder.
        cache_dir: The encoded-image cache, usually ``<repo>/.cache/images``.
        settings: Widths, quality and limits.
        workers: Encoder processes (2 uses both cores of a typical CI runner).
        progress: Called with ``(done, total)`` as images finish encoding.
    """
    out = prepare(entries, cache_dir, settings=settings, workers=workers, progress=progress)
    out.write(site_dir)
    return out


def prepare(
    entries: Iterable[Entry | Diagnostic],
    cache_dir: Path,
    *,
    settings: Settings = DEFAULT,
    workers: int = 2,
    progress: Progress | None = None,
) -> Published:
    """Check and encode into the cache; compute the galleries and the files to copy."""
    out = Published()
    accepted = _accepted(entries, settings, out)
    metas = _encode(
        [e for e in accepted if e.is_image], cache_dir, settings, workers, progress, out
    )
    for e in accepted:
        if e.is_image and e.key not in metas:
            continue
        item = (
            _image(e, metas[e.key], cache_dir, out) if e.is_image else _document(e, cache_dir, out)
        )
        if item is not None:
            out.galleries.setdefault(e.measure_key, []).append(item)
    return out


def _accepted(
    entries: Iterable[Entry | Diagnostic], settings: Settings, out: Published
) -> list[Entry]:
    kept = []
    for e in entries:
        if isinstance(e, Diagnostic):
            out.report.add(e)
            out.counters.skipped += 1
            continue
        problems = check_file(e.path, e.item.file, settings, deep=False)
        out.report.extend(e.problem(p) for p in problems)
        if any(p.code.startswith("E") for p in problems):
            out.counters.skipped += 1
            continue
        if e.is_image:
            out.counters.images += 1
        else:
            out.counters.files += 1
        out.counters.bytes_in += e.path.stat().st_size
        kept.append(e)
    return kept


def _encode(
    images: list[Entry],
    cache_dir: Path,
    settings: Settings,
    workers: int,
    progress: Progress | None,
    out: Published,
) -> dict[str, dict[str, Any]]:
    metas: dict[str, dict[str, Any]] = {}
    jobs: dict[str, Job] = {}
    for e in images:
        e.digest = file_digest(e.path)
        e.key = cache.key(e.digest, settings, e.item.publish_original)
        if e.key in metas or e.key in jobs:
            continue
        meta = cache.read(cache_dir, e.key)
        if meta is not None:
            metas[e.key] = meta
            out.counters.cached += 1
        else:
            jobs[e.key] = Job(str(e.path), e.key, str(cache_dir), settings, e.item.publish_original)
    failed: dict[str, Problem] = {}
    for outcome in run_all(list(jobs.values()), workers, progress):
        if outcome.meta is not None:
            metas[outcome.key] = outcome.meta
            out.counters.encoded += 1
            out.counters.encode_seconds += float(outcome.meta.get("seconds", 0.0))
        elif outcome.problem is not None:
            failed[outcome.key] = outcome.problem
    for e in images:
        if e.key in failed:
            out.report.add(e.problem(failed[e.key]))
            out.counters.skipped += 1
    return metas


def _image(e: Entry, meta: dict[str, Any], cache_dir: Path, out: Published) -> dict[str, Any]:
    # Named by the cache key (the photo's hash and the encoder settings): published names are
    # cached for ever (immutable), so a name must never stand for two encodings.
    base, stem = _folder(e), f"{_safe_stem(e.item.file)}.{e.key[:10]}"
    source = cache.entry(cache_dir, e.key)
    placed = []
    for v in meta["variants"]:  # largest first
        rel = f"{base}/{stem}.{v['width']}.webp"
        out.copies.append(Copy(source / v["file"], rel, e, False))
        out.counters.bytes_out += v["bytes"]
        placed.append((quote(rel), v))
    (href, big), (src, small) = placed[0], placed[-1]
    item = _item("image", e, href=href, src=src, width=small["width"], height=small["height"])
    item.update(
        srcset=", ".join(f"{u} {v['width']}w" for u, v in reversed(placed)),
        full_width=big["width"],
        full_height=big["height"],
        type_label="WebP",
        size_label=size_label(big["bytes"]),
    )
    full = meta.get("full")
    if full:
        rel = f"{base}/{stem}.full{PurePosixPath(full['file']).suffix}"
        out.copies.append(Copy(source / full["file"], rel, e, False))
        out.counters.bytes_out += full["bytes"]
        item.update(original_href=quote(rel), original_size_label=size_label(full["bytes"]))
    return item


def _document(e: Entry, cache_dir: Path, out: Published) -> dict[str, Any] | None:
    """A document cleaned of personal data (:mod:`iltod.evidence.scrub`), as a download."""
    ext = suffix(e.item.file)
    e.digest = file_digest(e.path)
    try:
        source, cleaned, key = scrub.cached(e.path, ext, e.digest, cache_dir)
    except (ValueError, OSError) as exc:
        out.report.add(e.problem(Problem("E322", {"problem": str(exc)[:200]})))
        out.counters.skipped += 1
        return None
    out.cleaned.append((e, cleaned))
    rel = f"{_folder(e)}/{_safe_stem(e.item.file)}.{key[:10]}{ext}"
    size = source.stat().st_size
    out.copies.append(Copy(source, rel, e, True))
    out.counters.bytes_out += size
    return _item(
        "file", e, href=quote(rel), type_label=FILE_TYPES[ext].label, size_label=size_label(size)
    )


def _item(kind: str, e: Entry, **values: Any) -> dict[str, Any]:
    """Every key present for both kinds, so a StrictUndefined template can test any of them."""
    caption = e.item.caption or ""
    item: dict[str, Any] = {
        "kind": kind,
        "name": PurePosixPath(e.item.file).name,
        "caption": caption,
        "alt": caption,
        "src": "",
        "srcset": "",
        "width": 0,
        "height": 0,
        "full_width": 0,
        "full_height": 0,
        "href": "",
        "type_label": "",
        "size_label": "",
        "original_href": "",
        "original_size_label": "",
    }
    item.update(values)
    return item


def _folder(e: Entry) -> str:
    return f"{OUTPUT}/{e.agency}/{e.year}/{e.measure}"


def _safe_stem(name: str) -> str:
    """The file's name without extension, reduced to letters (Cyrillic too), digits, ``-_.``."""
    stem = re.sub(r"[^\w.-]+", "-", PurePosixPath(name).stem).strip("-.")
    return stem[:60] or "file"


def _place(src: Path, dest: Path) -> None:
    """Copy under a temporary name, then rename: a reader never sees a partial file."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
    try:
        shutil.copyfile(src, tmp)
        tmp.replace(dest)
    finally:
        tmp.unlink(missing_ok=True)
