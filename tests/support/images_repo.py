"""Build throwaway repositories with SYNTHETIC evidence for the image tests."""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

from PIL import Image

AGENCY, YEAR, MEASURE = "test-agency", 2024, "1.1"


def make_repo(
    root: Path, files: dict[str, bytes], *, original: set[str] = frozenset(), captions: bool = True
) -> Path:
    """A repository whose one measure (1.1) declares ``files`` in order, stored with
    ``files``' bytes."""
    (root / "plans" / AGENCY).mkdir(parents=True)
    (root / "plans" / AGENCY / "agency.yml").write_text(
        f'slug: "{AGENCY}"\nname:\n  mn: "Туршилт"\nregion: "national"\n', encoding="utf-8"
    )
    items = []
    for name in files:
        items.append(f"            - file: {json.dumps(name)}")
        if captions:
            items.append(f"              caption: {json.dumps('Зураг ' + name)}")
        if name in original:
            items.append("              publish_original: true")
    plan = f"""agency: "{AGENCY}"
year: {YEAR}
title: "Туршилт"
period: "year-end"
objectives:
  - number: 1
    title: "Зорилт"
    measures:
      - number: "{MEASURE}"
        text: "Арга хэмжээ"
        timeframe: "{YEAR} он"
        percent: 100
        attachments:
          items:
{chr(10).join(items)}
"""
    (root / "plans" / AGENCY / f"{YEAR}.yml").write_text(plan, encoding="utf-8")
    folder = evidence_dir(root)
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return root


def evidence_dir(root: Path) -> Path:
    return root / "attachments" / AGENCY / str(YEAR) / MEASURE


def line_of(root: Path, name: str) -> int:
    """The 1-based line where the plan declares ``file: name``."""
    text = (root / "plans" / AGENCY / f"{YEAR}.yml").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(text, 1) if f"file: {json.dumps(name)}" in line)


def encoded(img: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **params)
    return buf.getvalue()


def png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width``×``height`` pixels: a decompression-bomb probe."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    body = struct.pack(">I", len(ihdr)) + chunk + struct.pack(">I", zlib.crc32(chunk))
    idat = zlib.compress(b"\x00" * 64)
    body += (
        struct.pack(">I", len(idat))
        + b"IDAT"
        + idat
        + struct.pack(">I", zlib.crc32(b"IDAT" + idat))
    )
    return (
        b"\x89PNG\r\n\x1a\n"
        + body
        + struct.pack(">I", 0)
        + b"IEND"
        + struct.pack(">I", zlib.crc32(b"IEND"))
    )


def jpeg_header_only(width: int, height: int) -> bytes:
    """A tiny JPEG whose frame header claims ``width``×``height`` pixels (its data is for
    16×16): refused by size before decoding, or damaged when decoded."""
    data = bytearray(encoded(Image.new("RGB", (16, 16), "white"), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def riff_chunks(data: bytes) -> list[bytes]:
    """The chunk names of a WebP file (VP8X, VP8 , ALPH, ICCP, EXIF, XMP …)."""
    assert data[:4] == b"RIFF"
    assert data[8:12] == b"WEBP"
    names, pos = [], 12
    while pos + 8 <= len(data):
        name, size = data[pos : pos + 4], struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        names.append(name)
        pos += 8 + size + (size & 1)
    return names
