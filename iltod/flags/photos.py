"""What the honesty flags read from an evidence photo: a perceptual hash and the date it says it
was taken, both from the file in ``attachments/`` (the published copies have no metadata).

The hash is a difference hash (dHash, 64 bits): the picture in grey, shrunk to 9 × 8, one bit
per pair of neighbouring pixels (is the left one brighter?). It survives re-encoding, resizing
and small edits, so the same photo sent again as another file is still recognised; two photos
are "the same" when at most :data:`NEAR` of the 64 bits differ. Images are opened through
:mod:`iltod.evidence.guard` (the pixel limit, four formats only); a JPEG is decoded at a reduced
scale, so a 100-megapixel photo costs a few kilobytes here.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

from PIL import Image

from iltod.evidence import guard
from iltod.evidence.settings import Settings

NEAR = 4
"""Two hashes at most this many bits apart are the same photo."""
_EXIF_IFD, _DATETIME, _ORIGINAL, _DIGITIZED = 0x8769, 306, 36867, 36868
_EXIF_DATE = re.compile(r"^(\d{4}):(\d{2}):(\d{2})")


class PhotoFacts(NamedTuple):
    """A photo's perceptual hash and the day it says it was taken (None when unknown)."""

    dhash: int | None
    taken: dt.date | None


_CACHE: dict[tuple[str, int, int], PhotoFacts] = {}


def facts(path: Path, settings: Settings | None = None) -> PhotoFacts:
    """The photo's hash and date; ``PhotoFacts(None, None)`` when it cannot be opened (the
    validator reports why)."""
    try:
        st = path.stat()
    except OSError:
        return PhotoFacts(None, None)
    key = (str(path), st.st_size, st.st_mtime_ns)
    if key not in _CACHE:
        _CACHE[key] = _read(path, settings or Settings())
    return _CACHE[key]


def _read(path: Path, settings: Settings) -> PhotoFacts:
    try:
        with guard.policy(settings), guard.open_image(path, settings) as im:
            taken = _taken(im)
            im.draft("L", (64, 64))  # a JPEG decodes at 1/8 scale or less
            return PhotoFacts(dhash(im), taken)
    except (guard.Rejected, OSError, ValueError, SyntaxError):
        return PhotoFacts(None, None)


def dhash(im: Image.Image) -> int:
    """The 64-bit difference hash of ``im``."""
    small = im.convert("L").resize((9, 8), Image.Resampling.BOX)
    px = small.tobytes()  # one byte per pixel, row by row
    bits = 0
    for row in range(8):
        for col in range(8):
            bits = (bits << 1) | (px[row * 9 + col] > px[row * 9 + col + 1])
    return bits


def _taken(im: Image.Image) -> dt.date | None:
    """DateTimeOriginal (else DateTimeDigitized, else DateTime) of the photo's EXIF."""
    exif = im.getexif()
    sub = exif.get_ifd(_EXIF_IFD)
    for value in (sub.get(_ORIGINAL), sub.get(_DIGITIZED), exif.get(_DATETIME)):
        m = _EXIF_DATE.match(str(value)) if value else None
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
    return None


def near(a: int, b: int) -> bool:
    """Whether two hashes are the same photo (:data:`NEAR`)."""
    return (a ^ b).bit_count() <= NEAR


BANDS = ((0, 13), (13, 26), (26, 39), (39, 52), (52, 64))
"""Five slices of the 64 bits: two hashes at most 4 bits apart agree on at least one of them
(pigeonhole), so only photos sharing a slice are compared."""


def groups(hashes: dict[str, int]) -> list[set[str]]:
    """The sets of keys whose hashes are the same photo (:func:`near`), each of two or more."""
    buckets: dict[tuple[int, int], list[str]] = {}
    for key, h in hashes.items():
        for i, (lo, hi) in enumerate(BANDS):
            buckets.setdefault((i, (h >> lo) & ((1 << (hi - lo)) - 1)), []).append(key)
    parent = {k: k for k in hashes}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for keys in buckets.values():
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if find(a) != find(b) and near(hashes[a], hashes[b]):
                    parent[find(a)] = find(b)
    found: dict[str, set[str]] = {}
    for k in hashes:
        found.setdefault(find(k), set()).add(k)
    return [g for g in found.values() if len(g) > 1]
