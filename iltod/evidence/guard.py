"""Open untrusted images under an explicit policy: bounded pixels, no truncation, no surprises.

Pillow's own decompression-bomb guard only *warns* between ``MAX_IMAGE_PIXELS`` and twice that;
here the limit is the pipeline's ``max_pixels``, the warning is raised as an error, and both
become a located diagnostic (E303). Only the four raster formats iltod publishes may be
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


def open_image(path: Path, settings: Settings) -> Image.Image:
    """Open (header only) and refuse images over the pixel limit before any decoding.

    Must be called inside :func:`policy`. Raises :class:`Rejected`.
    """
    heif_available()
    try:
        im = Image.open(path, formats=FORMATS)
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise Rejected(_bomb(_header_size(path), settings)) from exc
    except BaseException as exc:
        raise Rejected(classify(exc, settings)) from exc
    if im.width * im.height > settings.max_pixels:
        im.close()
        raise Rejected(_bomb(im.size, settings))
    return im


def _bomb(size: tuple[int, int] | None, settings: Settings) -> Problem:
    got = f"{size[0]}×{size[1]} = {size[0] * size[1]:,} pixels" if size else "more"
    return Problem("E303", {"limit": f"{settings.max_pixels:,}", "got": got})


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


def verify(path: Path, settings: Settings) -> None:
    """Decode the whole image without encoding anything. Raises :class:`Rejected`."""
    with policy(settings):
        with open_image(path, settings) as im:
            _guarded(im.verify, settings)
        with open_image(path, settings) as im:
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
