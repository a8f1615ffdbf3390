"""Encode one image into the cache: orient, convert to sRGB, strip metadata, resize, WebP.

Runs in worker processes, so everything here takes and returns plain picklable values.
Metadata is stripped by construction: only pixels are carried over to a fresh image and the
encoder is told explicitly to write no EXIF, XMP or ICC chunk. Colour-managed sources
(a Display P3 iPhone photo, a CMYK scan) are converted to sRGB first, because a WebP
without a profile is shown as sRGB; dropping the profile without converting would shift colours.
"""

from __future__ import annotations

import io
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from PIL import Image, ImageOps

from iltod.evidence import cache
from iltod.evidence.guard import Problem, Rejected, classify, load, open_image, policy
from iltod.evidence.settings import Settings

try:
    from PIL import ImageCms
except ImportError:  # pragma: no cover - Pillow built without LittleCMS
    ImageCms = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Job:
    source: str
    key: str
    cache_dir: str
    settings: Settings
    original: bool


class Outcome(NamedTuple):
    key: str
    meta: dict[str, Any] | None
    problem: Problem | None


def run(job: Job) -> Outcome:
    """Encode ``job`` into the cache; never raises for a bad image."""
    try:
        return Outcome(job.key, encode(job), None)
    except BaseException as exc:
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        problem = classify(exc, job.settings)
        if not isinstance(exc, Rejected) and problem.code == "E304":
            problem = Problem("E307", {"problem": f"{type(exc).__name__}: {exc}"[:200]})
        return Outcome(job.key, None, problem)


def widths(width: int, wanted: tuple[int, ...]) -> list[int]:
    """Published widths, largest first: never wider than the source, and no variant within
    20 % of the largest one (a 500-pixel photo gets 500 only, not 500 and 480)."""
    top = min(width, max(wanted))
    return sorted({top} | {w for w in wanted if w * 1.25 <= top}, reverse=True)


def encode(job: Job) -> dict[str, Any]:
    started = time.perf_counter()
    settings, cache_dir = job.settings, Path(job.cache_dir)
    with policy(settings):
        img, fmt = _decode(Path(job.source), settings, job.original)
    tmp = cache.staging(cache_dir, job.key)
    try:
        meta = _write_variants(img, fmt, tmp, settings, job.original)
        meta["seconds"] = round(time.perf_counter() - started, 4)
        cache.commit(tmp, meta, cache_dir, job.key)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return meta


def _decode(path: Path, settings: Settings, full: bool) -> tuple[Image.Image, str]:
    with open_image(path, settings) as im:
        fmt = im.format or ""
        if fmt == "JPEG" and not full:
            im.draft("RGB", _draft_size(im, max(settings.widths)))
        load(im, settings)
        oriented = ImageOps.exif_transpose(im)
    return _plain(_to_srgb(oriented)), fmt


def _draft_size(im: Image.Image, width: int) -> tuple[int, int]:
    """The smallest decode size that still leaves ``width`` pixels across after rotation."""
    w, h = im.size
    rotated = im.getexif().get(0x0112, 1) in (5, 6, 7, 8)
    return (round(width * w / h), width) if rotated else (width, round(width * h / w))


def _to_srgb(img: Image.Image) -> Image.Image:
    icc = img.info.get("icc_profile")
    if icc and ImageCms is not None and img.mode in ("RGB", "RGBA", "CMYK"):
        try:
            src = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            out_mode = "RGBA" if img.mode == "RGBA" else "RGB"
            converted = ImageCms.profileToProfile(
                img, src, ImageCms.createProfile("sRGB"), outputMode=out_mode
            )
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a broken profile: fall back to the pixel values as they are
    return img


def _plain(img: Image.Image) -> Image.Image:
    """RGB, or RGBA when some pixel is transparent; 16-bit greys scaled down; no metadata."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if (img.mode == "P" and "transparency" in img.info) or img.mode in ("RGBA", "LA", "PA", "RGBa"):
        img = img.convert("RGBA")
        if img.getchannel("A").getextrema() == (255, 255):
            img = img.convert("RGB")
    elif img.mode != "RGB":
        img = img.convert("RGB")
    clean = Image.new(img.mode, img.size)
    clean.paste(img)  # a fresh image: pixels only, no info dict, no EXIF
    return clean


def _write_variants(
    img: Image.Image, fmt: str, tmp: Path, settings: Settings, full: bool
) -> dict[str, Any]:
    meta: dict[str, Any] = {"width": img.width, "height": img.height, "format": fmt, "variants": []}
    if full:
        meta["full"] = _save_full(img, fmt, tmp, settings)
    current = img
    for w in widths(img.width, settings.widths):
        h = max(1, round(img.height * w / img.width))
        if current.size != (w, h):
            current = current.resize((w, h), Image.Resampling.LANCZOS, reducing_gap=3.0)
        name = f"w{w}.webp"
        current.save(
            tmp / name,
            "WEBP",
            quality=settings.quality,
            method=settings.method,
            exif=b"",
            icc_profile="",
            xmp="",
        )
        meta["variants"].append(
            {"file": name, "width": w, "height": h, "bytes": (tmp / name).stat().st_size}
        )
    return meta


def _save_full(img: Image.Image, fmt: str, tmp: Path, settings: Settings) -> dict[str, Any]:
    """The full-size copy for ``publish_original``: the original's pixels without its metadata."""
    if fmt == "PNG" or img.mode == "RGBA":
        name = "full.png"
        img.save(tmp / name, "PNG", optimize=True)
    else:
        name = "full.jpg"
        img.save(
            tmp / name,
            "JPEG",
            quality=settings.original_quality,
            optimize=True,
            exif=b"",
            icc_profile=None,
        )
    return {
        "file": name,
        "width": img.width,
        "height": img.height,
        "bytes": (tmp / name).stat().st_size,
    }
