"""Check an attachment without encoding it: what ``iltod validate`` runs on every file.

Order matters: the cheap checks (name, size, first bytes) run first, so a 2 GB file or an HTML
page named ``photo.jpg`` is refused before an image library ever reads it. A full decode
follows for images; its success is remembered per content hash under the cache folder, so an
unchanged repository is not decoded again on every build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import PIL

from iltod.evidence import scrub
from iltod.evidence.guard import Problem, Rejected, heif_available, verify
from iltod.evidence.kinds import (
    ACTIVE,
    CONTENT_NAMES,
    FILE_TYPES,
    IMAGE_TYPES,
    allowed_list,
    sniff,
    suffix,
)
from iltod.evidence.settings import Settings, size_label

RASTER = {"jpeg", "png", "webp", "heif"}
HEAD = 4096


def check_file(
    path: Path,
    name: str,
    settings: Settings,
    cache_dir: Path | None = None,
    *,
    deep: bool = True,
    whole: bool = False,
) -> list[Problem]:
    """Every problem with one attachment file (an empty list when it can be published).

    Args:
        path: The file, already resolved safely (see :func:`iltod.load.attachments.resolve`).
        name: Its name as the plan declares it; the extension decides what it must be.
        settings: Limits to apply.
        cache_dir: Where to remember images that decoded cleanly (``None``: do not).
        deep: Decode images fully (truncation, corrupt data); ``False`` checks headers only.
        whole: The image is published as its original, so it is decoded at full size and
            held to the limit of a whole decode even when it is a JPEG.
    """
    ext = suffix(name)
    if ext in ACTIVE:
        return [Problem("E302", {"got": ACTIVE[ext]})]
    ftype = IMAGE_TYPES.get(ext) or FILE_TYPES.get(ext)
    if ftype is None:
        return [Problem("E306", {"allowed": allowed_list(), "ext": ext or name})]
    size = path.stat().st_size
    if size > settings.max_bytes:
        return [
            Problem("E300", {"limit": size_label(settings.max_bytes), "size": size_label(size)})
        ]
    with path.open("rb") as f:
        kind = sniff(f.read(HEAD))
    if kind in ("svg", "html"):
        return [Problem("E302", {"got": CONTENT_NAMES[kind]})]
    expected = {"expected": CONTENT_NAMES[ftype.content], "ext": ext, "got": CONTENT_NAMES[kind]}
    if ext in FILE_TYPES:
        return scrub.check(path, ext) if kind == ftype.content else [Problem("E301", expected)]
    if kind not in RASTER:
        return [Problem("E301", expected)]
    problems = [Problem("W300", expected)] if kind != ftype.content else []
    if kind == "heif" and not heif_available():
        return problems + [Problem("E305", {})]
    return problems + (_decode_check(path, settings, cache_dir, whole) if deep else [])


def _decode_check(
    path: Path, settings: Settings, cache_dir: Path | None, whole: bool
) -> list[Problem]:
    marker = _marker(path, settings, cache_dir, whole) if cache_dir else None
    if marker is not None and marker.exists():
        return []
    try:
        verify(path, settings, whole=whole)
    except Rejected as exc:
        return [exc.problem]
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:
            pass  # a read-only cache only costs time
    return []


def _marker(path: Path, settings: Settings, cache_dir: Path, whole: bool) -> Path:
    limits = f"{settings.max_pixels}-{settings.decode_budget}{'-whole' if whole else ''}"
    return cache_dir / "verified" / f"{file_digest(path)}-{limits}-{PIL.__version__}"


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes, read in chunks."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
