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

from PIL import Image

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
        img, fmt, size = _decode(Path(job.source), settings, job.original)
    tmp = cache.staging(cache_dir, job.key)
    try:
        meta = _write_variants(img, fmt, size, tmp, settings, job.original)
        meta["seconds"] = round(time.perf_counter() - started, 4)
        cache.commit(tmp, meta, cache_dir, job.key)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return meta


_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
"""EXIF orientation → the transposition that shows the picture upright (as ImageOps does)."""


def _decode(path: Path, settings: Settings, full: bool) -> tuple[Image.Image, str, tuple[int, int]]:
    """The picture upright, in sRGB, RGB(A), without metadata; and its format and upright size.

    Memory is bounded: at most two full-size copies exist at any time, each freed as soon as
    the next step has made its own. Unless the original is published (``full``), the picture
    is brought down to the largest published width right after decoding, before anything else
    is done to it (a JPEG is already decoded at a reduced scale).
    """
    im = open_image(path, settings, whole=full)
    try:
        fmt = im.format or ""
        method = _TRANSPOSE.get(im.getexif().get(0x0112, 1))
        icc = im.info.get("icc_profile")
        turned = method in (Image.Transpose.TRANSPOSE, Image.Transpose.ROTATE_270,
                            Image.Transpose.TRANSVERSE, Image.Transpose.ROTATE_90)  # fmt: skip
        size = (im.height, im.width) if turned else im.size
        if fmt == "JPEG" and not full:
            im.draft("RGB", _draft_size(im, max(settings.widths), turned))
        load(im, settings)
        img: Image.Image = im
        if img.mode == "CMYK":  # its profile, if any, describes CMYK: convert before all else
            img = _then(img, _to_srgb(img, icc))
            icc = None
        if not full:
            img = _then(img, _shrink(img, max(settings.widths), turned))
        img = _then(img, _to_srgb(img, icc))
        if method is not None:
            img = _then(img, img.transpose(method))
        return _then(img, _plain(img)), fmt, size
    finally:
        im.close()


def _then(current: Image.Image, made: Image.Image) -> Image.Image:
    """``made``, once ``current`` is freed (when ``made`` is a new image)."""
    if made is not current:
        current.close()
    return made


def _shrink(img: Image.Image, width: int, turned: bool) -> Image.Image:
    """``img`` in RGB(A), no wider than ``width`` once upright (``img`` itself is left to the
    caller to free)."""
    normal = _mode(img)
    across = normal.height if turned else normal.width
    if across <= width:
        return normal
    scale = width / across
    size = (max(1, round(normal.width * scale)), max(1, round(normal.height * scale)))
    small = normal.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if normal is not img:
        normal.close()
    return small


def _draft_size(im: Image.Image, width: int, turned: bool) -> tuple[int, int]:
    """The smallest decode size that still leaves ``width`` pixels across once upright."""
    w, h = im.size
    return (round(width * w / h), width) if turned else (width, round(width * h / w))


def _to_srgb(img: Image.Image, icc: bytes | None) -> Image.Image:
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
    """A fresh RGB(A) image holding ``img``'s pixels only: no info dict, no EXIF."""
    normal = _mode(img)
    clean = Image.new(normal.mode, normal.size)
    clean.paste(normal)
    if normal is not img:
        normal.close()
    return clean


def _mode(img: Image.Image) -> Image.Image:
    """RGB, or RGBA when some pixel is transparent; 16-bit greys scaled down. ``img`` itself
    when it already is."""
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        img = img.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if (img.mode == "P" and "transparency" in img.info) or img.mode in ("RGBA", "LA", "PA", "RGBa"):
        rgba = img if img.mode == "RGBA" else img.convert("RGBA")
        if rgba.getchannel("A").getextrema() == (255, 255):
            return rgba.convert("RGB")
        return rgba
    return img if img.mode == "RGB" else img.convert("RGB")


def _write_variants(
    img: Image.Image,
    fmt: str,
    size: tuple[int, int],
    tmp: Path,
    settings: Settings,
    full: bool,
) -> dict[str, Any]:
    """Every published width of ``img`` (already no wider than the largest unless ``full``);
    ``size`` is the source's upright size, whose proportions every variant keeps."""
    meta: dict[str, Any] = {"width": size[0], "height": size[1], "format": fmt, "variants": []}
    if full:
        meta["full"] = _save_full(img, fmt, tmp, settings)
    current = img
    for w in widths(min(img.width, size[0]), settings.widths):
        h = max(1, round(size[1] * w / size[0]))
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
