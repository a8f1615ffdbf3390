"""The one contract of every reader of an untrusted file: bounded memory and time, or a refusal.

Plans, evidence and imported reports come from agencies and soon from anyone. A few KB can
describe gigabytes: a zip part that inflates 1,000-fold, a merged range of 17 billion cells, a
``gridSpan`` of two billion, a million rows. Every reader of such a file (the evidence checks
and the office-file scrubbers in :mod:`iltod.evidence`, every importer in
:mod:`iltod.iaac.read`) goes through this module before it materialises anything:

* archives (``.docx``, ``.xlsx``, ``.pptx``) are opened by :class:`Archive`, which checks the
  number of parts, each part's inflated size and ratio and their total from the central
  directory, then reads part by part: a part to be parsed at most :attr:`Limits.part`, every
  other part streamed in chunks (zipfile never inflates past the size the directory declares,
  and a lying size fails its CRC);
* tables are bounded before they are built: :func:`cells` (rows × columns of the grid an
  importer would build) and :func:`span` (one cell's span);
* XML parts are never read with a document type declaration (:func:`no_doctype`): Office never
  writes one, and it is what entity expansion ("billion laughs") needs.

A refusal is :class:`TooLarge`, carrying what was found in English and Mongolian; each caller
turns it into its located diagnostic (E120 for an import, E323 for evidence). The limits keep a
worst-case input up to the 20 MB attachment limit under about 500 MB and 30 s
(``python -m bench.bombs``).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """The bounds, one place for every reader."""

    entries: int = 10_000
    """Parts in one archive (a long report has a few hundred; the central directory of a
    20 MB file could otherwise list 400,000)."""
    total: int = 512 * MiB
    """Inflated size of all parts together."""
    part: int = 48 * MiB
    """Inflated size of one XML part that is parsed (lxml holds several bytes per byte)."""
    ratio: int = 200
    """Inflated / compressed size of one part above :attr:`ratio_floor` (XML compresses
    5–30-fold; a bomb 1,000-fold)."""
    ratio_floor: int = 4 * MiB
    rows: int = 10_000
    """Rows of one imported table (a national report has a few thousand)."""
    columns: int = 1_000
    """Columns of one imported table, and the widest span of one cell (HTML's own limit)."""
    cells: int = 100_000
    """Cells of the grid an importer builds (rows × columns, spans included)."""


LIMITS = Limits()


class TooLarge(ValueError):
    """An input beyond :data:`LIMITS`: what was found, in English and Mongolian, and where
    (1-based row and column within its table or part; 1, 1 when the whole file)."""

    def __init__(self, en: str, mn: str, row: int = 1, column: int = 1) -> None:
        super().__init__(en)
        self.en, self.mn, self.row, self.column = en, mn, row, column


def _mb(n: int) -> str:
    return f"{n / MiB:,.0f} MB" if n >= MiB else f"{n:,} bytes"


class Archive:
    """A zip archive opened under :data:`LIMITS` (checked before any part is inflated)."""

    def __init__(self, source: Path | bytes, limits: Limits = LIMITS) -> None:
        self.limits = limits
        data: Path | IO[bytes] = io.BytesIO(source) if isinstance(source, bytes) else source
        _entries_within(data, limits)
        self.zip = zipfile.ZipFile(data)
        infos = self.zip.infolist()
        total = sum(i.file_size for i in infos)
        if total > limits.total:
            raise TooLarge(
                f"an archive whose parts inflate to {_mb(total)}, more than {_mb(limits.total)}",
                f"задлахад {_mb(total)} болох архив, {_mb(limits.total)}-аас их",
            )
        for i in infos:
            if i.file_size > limits.ratio_floor and i.file_size > limits.ratio * max(
                i.compress_size, 1
            ):
                ratio = i.file_size // max(i.compress_size, 1)
                raise TooLarge(
                    f"part {i.filename} inflates {ratio:,}-fold to {_mb(i.file_size)} "
                    f"(a compression bomb; at most {limits.ratio}-fold)",
                    f"{i.filename} хэсэг {ratio:,} дахин томорч {_mb(i.file_size)} болно "
                    f"(шахалтын бөмбөг; {limits.ratio} дахинаас ихгүй)",
                )
        self.infos = {i.filename: i for i in infos}

    def names(self) -> list[str]:
        return list(self.infos)

    def read(self, name: str) -> bytes:
        """A part to be parsed, at most :attr:`Limits.part` inflated."""
        size = self.infos[name].file_size
        if size > self.limits.part:
            raise TooLarge(
                f"part {name} of {_mb(size)}, more than {_mb(self.limits.part)}",
                f"{name} хэсэг {_mb(size)}, {_mb(self.limits.part)}-аас их",
            )
        return self.zip.read(name)

    def chunks(self, name: str, size: int = MiB) -> Iterator[bytes]:
        """A part as it inflates, in chunks (copied or checked, never held whole)."""
        with self.zip.open(name) as f:
            while chunk := f.read(size):
                yield chunk

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_EOCD = b"PK\x05\x06"
_EOCD64 = b"PK\x06\x06"


def _entries_within(data: Path | IO[bytes], limits: Limits) -> None:
    """Refuse an archive listing more than :attr:`Limits.entries` parts before zipfile builds
    an object for each (its end-of-central-directory record says how many)."""
    if isinstance(data, Path):
        with data.open("rb") as f:
            tail = _tail(f)
    else:
        tail = _tail(data)
    at = tail.rfind(_EOCD)
    if at < 0:
        return  # zipfile says what is wrong with it
    count = int.from_bytes(tail[at + 10 : at + 12], "little")
    at64 = tail.rfind(_EOCD64)
    if count == 0xFFFF and at64 >= 0:
        count = int.from_bytes(tail[at64 + 32 : at64 + 40], "little")
    if count > limits.entries:
        raise TooLarge(
            f"an archive of {count:,} parts, more than {limits.entries:,}",
            f"{count:,} хэсэгтэй архив, {limits.entries:,}-аас их",
        )


def _tail(f: IO[bytes]) -> bytes:
    f.seek(0, io.SEEK_END)
    size = f.tell()
    f.seek(max(0, size - (1 << 16) - 100))
    tail = f.read()
    f.seek(0)
    return tail


def cells(rows: int, columns: int, row: int = 1, column: int = 1) -> None:
    """Refuse a table of ``rows`` × ``columns`` beyond :data:`LIMITS` before it is built;
    ``row``, ``column``: where the excess is (the far cell, the huge span)."""
    lim = LIMITS
    if rows <= lim.rows and columns <= lim.columns and rows * columns <= lim.cells:
        return
    raise TooLarge(
        f"a table of {rows:,} rows × {columns:,} columns, more than iltod reads "
        f"({lim.rows:,} rows, {lim.columns:,} columns, {lim.cells:,} cells); delete the empty "
        "rows and columns (or the far cell, the huge merge) and save it again",
        f"{rows:,} мөр × {columns:,} баганатай хүснэгт, iltod-ийн уншихаас их ({lim.rows:,} мөр, "
        f"{lim.columns:,} багана, {lim.cells:,} нүд); хоосон мөр, багана (эсвэл хол байгаа нүд, "
        "асар том нэгтгэл)-ыг устгаад дахин хадгална уу",
        row,
        column,
    )


def span(value: int, row: int = 1, column: int = 1) -> int:
    """One cell's span, refused beyond :attr:`Limits.columns` (a ``gridSpan`` of 2,000,000,000
    would otherwise become as many empty cells)."""
    if 1 <= value <= LIMITS.columns:
        return value
    if value < 1:
        return 1
    raise TooLarge(
        f"a cell spanning {value:,} columns, more than {LIMITS.columns:,}; merge fewer cells",
        f"{value:,} багана нэгтгэсэн нүд, {LIMITS.columns:,}-аас их; цөөн нүд нэгтгэнэ үү",
        row,
        column,
    )


_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def no_doctype(name: str, data: bytes) -> None:
    """Refuse an XML part holding a document type declaration (entity expansion needs one;
    Office never writes one)."""
    if _DOCTYPE.search(data):
        raise TooLarge(
            f"part {name} declares a document type (<!DOCTYPE>, which can define entities "
            "that expand a few bytes into gigabytes); Office never writes one",
            f"{name} хэсэгт <!DOCTYPE> зарлалт байна (цөөн байтыг гигабайт болгож задалдаг); "
            "Office үүнийг хэзээ ч бичдэггүй",
        )
