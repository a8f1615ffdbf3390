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
import hashlib
import json
import os
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


_CACHE: dict[str, PhotoFacts] = {}
VERSION = "dhash-9x8-v1"
"""Part of every stored entry's key: a change of the hash makes every entry new."""


def facts(path: Path, cache_dir: Path | None = None) -> PhotoFacts:
    """The photo's hash and date; ``PhotoFacts(None, None)`` when it cannot be opened (the
    validator reports why). ``cache_dir`` keeps them between builds, one small file per photo
    named by the SHA-256 of its bytes (a deploy restores ``.cache/images/`` with the encoded
    images): a national build reads only the photos added since the last one."""
    try:
        data = path.read_bytes()
    except OSError:
        return PhotoFacts(None, None)
    key = hashlib.sha256(VERSION.encode() + data).hexdigest()
    if key in _CACHE:
        return _CACHE[key]
    stored = cache_dir / key[:2] / f"{key}.json" if cache_dir else None
    found = _load(stored) if stored else None
    if found is None:
        found = _read(path, Settings())
        if stored is not None:
            _store(stored, found)
    _CACHE[key] = found
    return found


def _load(stored: Path) -> PhotoFacts | None:
    try:
        raw = json.loads(stored.read_text(encoding="utf-8"))
        taken = dt.date.fromisoformat(raw["taken"]) if raw["taken"] else None
        return PhotoFacts(raw["dhash"], taken)
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(stored: Path, found: PhotoFacts) -> None:
    """Write under a temporary name, then rename: a reader never sees half an entry."""
    taken = found.taken.isoformat() if found.taken else None
    try:
        stored.parent.mkdir(parents=True, exist_ok=True)
        tmp = stored.with_name(f".{stored.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"dhash": found.dhash, "taken": taken}), encoding="utf-8")
        tmp.replace(stored)
    except OSError:
        pass  # a read-only checkout: the facts are computed again next time


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
