"""Rows that close a report table without being measures.

- A total or average row: "Дундаж", "Нийт дүн 85%", "Хэрэгжилтийн дундаж хувь: 85" — at the
  end of the table or under each section. The site computes its own averages, so the row
  is reported (W138) and not imported; it never becomes a measure.
- Notes and signatures under the table: "Жич: …", "Тайлбар: …", "Тайлан гаргасан: …",
  "Хянасан: …" and the lines that follow them (a name, a position). Reported (W139), not
  imported.

The readers ask :func:`kind` of the first text of a row (Word, Excel, web page) or of a line
(text one cell per line); a row holding a measure number is never a trailer.
"""

from __future__ import annotations

import re

from iltod.iaac import cells
from iltod.iaac.read.builder import Builder
from iltod.iaac.rows import Cell

_SUMMARY = r"нийт|бүгд|дүн|дундаж|нийлбэр|total|average"
_WORDS = (
    _SUMMARY + r"|хэрэгжилтийн|биелэлтийн|гүйцэтгэлийн|хэрэгжилт|биелэлт|гүйцэтгэл|хувь|"
    r"хувиар|оноо|үнэлгээ|арга|хэмжээ|хэмжээний|ажил|ажлын|тоо|дундж|%"
)
_TOTAL = re.compile(
    rf"^(?:(?:{_WORDS})[\s:]*)+[:\-–=]?\s*(?:\d{{1,5}}(?:[.,]\d+)?\s*(?:%|хувь)?)?\s*\.?$",
    re.IGNORECASE,
)
_HAS_SUMMARY = re.compile(rf"(?<!\w)(?:{_SUMMARY})(?!\w)", re.IGNORECASE)
_NOTE = re.compile(
    r"^\s*(?:жич|тайлбар|тэмдэглэл|санамж|анхаар(?:уулга)?|эх\s+сурвалж)\s*[:.\-–]",
    re.IGNORECASE,
)
_SIGNED = re.compile(
    r"^\s*(?:тайлан(?:г|гийг)?\s+|мэдээ(?:ллийг)?\s+)?"
    r"(?:гаргасан|бэлтгэсэн|боловсруулсан|нэгтгэсэн|хянасан|нягталсан|шалгасан|танилцсан|"
    r"хүлээн\s+авсан)\s*(?::|\s+\S)",
    re.IGNORECASE,
)


def total(text: str) -> bool:
    """A total or average ("Дундаж", "Нийт дүн: 85%"), not a measure ("Нийт албан хаагчдыг
    сургах" goes on with words of its own)."""
    flat = " ".join(text.split())
    return len(flat) <= 60 and bool(_TOTAL.match(flat)) and bool(_HAS_SUMMARY.search(flat))


def note(text: str) -> bool:
    """A note or a signature line under the table ("Жич: …", "Тайлан гаргасан: …")."""
    flat = " ".join(text.split())
    return bool(_NOTE.match(flat) or _SIGNED.match(flat))


def kind(texts: list[str], after_measures: bool) -> str | None:
    """ "total" or "note" when a row (its non-empty cell texts, in order) closes the table,
    else None. Notes count only under measures; a row with a measure number never counts."""
    filled = [t.strip() for t in texts if t.strip()]
    if not filled or any(cells.measure_number(t)[1] for t in filled):
        return None
    first = filled[0]
    if cells.serial(first) is not None and len(filled) > 1:
        return None  # a numbered row is a measure whatever its words
    if total(first) and all(_figure(t) for t in filled[1:]):
        return "total"
    if after_measures and note(first):
        return "note"
    return None


def _figure(text: str) -> bool:
    """A cell of a total row: a total's words, a percent, or a short count ("12 арга хэмжээ")."""
    return (
        total(text)
        or cells.percent(text)[0] == "ok"
        or (len(text) <= 40 and any(ch.isdigit() for ch in text))
    )


class Trailer:
    """Skips, and reports, the rows that close a table: after a total, the rows of figures
    that go on with it; after a note, its following lines (a name, a position), until a
    measure or a section starts again."""

    def __init__(self, b: Builder) -> None:
        self.b = b
        self.closed: str | None = None

    def skip(self, row: list[Cell], opens: bool = False, under: bool | None = None) -> bool:
        """Whether ``row`` (its cells, in order) closes the table; ``opens`` says the row
        starts a measure or a section (which reopens the table), ``under`` that measures
        stand above it (by default: the builder has read one)."""
        filled = [c for c in row if c.text.strip()]
        if not filled:
            return False
        found = kind([c.text for c in filled], self.b.position > 0 if under is None else under)
        if found is None and not opens and not _numbered(filled):
            figures = all(_figure(c.text) for c in filled)
            found = "total" if self.closed == "total" and figures else self.closed
            found = found if self.closed == "note" or figures else None
        if found is None:
            self.closed = None
            return False
        got = " ".join(" ".join(c.text.split()) for c in filled)
        got = got if len(got) <= 60 else got[:59] + "…"
        self.b.warn(filled[0], "W138" if found == "total" else "W139", got=got)
        self.closed = found
        return True


def _numbered(row: list[Cell]) -> bool:
    """A row with a measure number, or a row number beside other cells: a measure's row."""
    if any(cells.measure_number(c.text)[1] for c in row):
        return True
    return len(row) > 1 and cells.serial(row[0].text) is not None
