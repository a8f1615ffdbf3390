"""Open untrusted images under an explicit policy: bounded pixels, no truncation, no surprises.

Pillow's own decompression-bomb guard only *warns* between ``MAX_IMAGE_PIXELS`` and twice that;
here the limit is the pipeline's ``max_pixels`` for a JPEG (decoded at a reduced scale), and
for a picture decoded at full size what fits its format in the pipeline's ``decode_budget``
(:func:`pixel_limit`); the warning is raised as an error, and both become a located diagnostic
(E303). Only the four raster formats iltod publishes may be
opened, so Pillow never hands a crafted file to another parser (EPS, for one, runs Ghostscript).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from PIL import Image, ImageFile

from iltod.evidence.settings import Settings

FORMATS = ("JPEG", "PNG", "WEBP", "HEIF")
DECODE_COST = {"JPEG": 4, "PNG": 5, "HEIF": 8, "WEBP": 16}
"""Bytes per pixel each decoder holds at its peak while it decodes a whole picture, measured
with ``bench/picture_memory.py`` (Pillow 13): 4 for RGB(A), plus 1 for a PNG whose palette or
grey pixels become RGB; HEIF 8 (libheif's buffer, then Pillow's); WebP 16 (Pillow decodes it
through libwebp's animation decoder, which keeps two RGBA canvases besides its own copy)."""
WHOLE_COST = 8
"""Bytes per pixel of a picture published as its original: two full-size RGB(A) copies while
it is made upright, converted and stripped."""


def pixel_limit(fmt: str, settings: Settings, whole: bool = False) -> int:
    """The most pixels a picture of format ``fmt`` may have: ``settings.max_pixels`` for a
    JPEG decoded at a reduced scale, else what fits in ``settings.decode_budget``."""
    if fmt == "JPEG" and not whole:
        return settings.max_pixels
    cost = max(DECODE_COST.get(fmt, max(DECODE_COST.values())), WHOLE_COST if whole else 0)
    return min(settings.max_pixels, settings.decode_budget // cost)


class Problem(NamedTuple):
    """A diagnostic code and its message arguments, not yet located in a plan file."""

    code: str
    args: dict[str, str]


class Rejected(Exception):
    """An image refused by the policy; carries the problem to report."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code)
        self.problem = problem


@lru_cache(maxsize=1)
def heif_available() -> bool:
    """Whether HEIC/HEIF photos can be read (the optional ``pillow-heif`` plugin)."""
    try:
        import pillow_heif
    except ImportError:
        return False
    pillow_heif.register_heif_opener()
    return True


@contextmanager
def policy(settings: Settings) -> Iterator[None]:
    """Pillow's global limits set to ours for the duration; its warnings handled, not printed."""
    saved = Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES
    Image.MAX_IMAGE_PIXELS = settings.max_pixels
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        with warnings.catch_warnings():
            # Other Pillow warnings (odd EXIF, palette transparency) are about files we
            # re-encode anyway; a bomb warning is a refusal.
            warnings.simplefilter("ignore")
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            yield
    finally:
        Image.MAX_IMAGE_PIXELS, ImageFile.LOAD_TRUNCATED_IMAGES = saved


def open_image(path: Path, settings: Settings, *, whole: bool = False) -> Image.Image:
    """Open (header only) and refuse images over the pixel limit before any decoding.

    The limit is :func:`pixel_limit` of the image's format (``whole``: it is published as its
    original). Must be called inside :func:`policy`. Raises :class:`Rejected`.
    """
    heif_available()
    try:
        im = Image.open(path, formats=FORMATS)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise Rejected(_bomb(_header_size(path), settings.max_pixels)) from exc
    except BaseException as exc:
        raise Rejected(classify(exc, settings)) from exc
    limit = pixel_limit(im.format or "", settings, whole)
    if im.width * im.height > limit:
        im.close()
        raise Rejected(_bomb(im.size, limit))
    return im


def _bomb(size: tuple[int, int] | None, limit: int) -> Problem:
    got = f"{size[0]}×{size[1]} = {size[0] * size[1]:,} pixels" if size else "more"
    return Problem("E303", {"limit": f"{limit:,}", "got": got})


def _header_size(path: Path) -> tuple[int, int] | None:
    """The size a refused image claims. Opening reads the header only; nothing is decoded."""
    saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
    try:
        with Image.open(path, formats=FORMATS) as im:
            return im.size
    except Exception:
        return None
    finally:
        Image.MAX_IMAGE_PIXELS = saved


def verify(path: Path, settings: Settings, *, whole: bool = False) -> None:
    """Decode the whole image without encoding anything, under the limit :func:`open_image`
    applies (``whole``: it will be published as its original). Raises :class:`Rejected`."""
    with policy(settings):
        with open_image(path, settings, whole=whole) as im:
            _guarded(im.verify, settings)
        with open_image(path, settings, whole=whole) as im:
            if im.format == "JPEG":
                # Decoding at 1/8 scale still reads every entropy-coded byte: truncation shows.
                im.draft("RGB", (max(1, im.width // 8), max(1, im.height // 8)))
            load(im, settings)


def load(im: Image.Image, settings: Settings) -> None:
    """Decode pixel data; a damaged file raises :class:`Rejected` (E304), not ``OSError``."""
    _guarded(im.load, settings)


def _guarded(call: Any, settings: Settings) -> None:
    try:
        call()
    except BaseException as exc:
        raise Rejected(classify(exc, settings)) from exc


_PIXELS = re.compile(r"\((\d+) pixels\)")


def classify(exc: BaseException, settings: Settings) -> Problem:
    """The diagnostic for an exception raised while opening or decoding an image."""
    if isinstance(exc, Rejected):
        return exc.problem
    if isinstance(exc, (KeyboardInterrupt, SystemExit)):
        raise exc
    if isinstance(exc, (Image.DecompressionBombWarning, Image.DecompressionBombError)):
        found = _PIXELS.search(str(exc))
        got = f"{int(found.group(1)):,} pixels" if found else str(exc)
        return Problem("E303", {"limit": f"{settings.max_pixels:,}", "got": got})
    if isinstance(exc, MemoryError):
        return Problem(
            "E303", {"limit": f"{settings.max_pixels:,}", "got": "more than memory holds"}
        )
    problem = str(exc) or type(exc).__name__
    return Problem("E304", {"problem": problem[:200]})
