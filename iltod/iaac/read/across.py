"""Rows across the table: one merged cell spanning the table's width is a section or goal
row, whatever its numbering ("5.1.Сургуулийн өмнөх боловсрол", "“1.0 Дүүргийн …”",
"“Авлигын талаарх төсөөлөл”"), never a measure and never stray text.

The Word, Excel and web readers know which cells are merged; a row whose only text sits in
one merged cell covering most of the table's columns is read as an objective. Its number is
the heading's when it has one ("НЭГ.", "Зорилт 2."), else the next in order among the
objectives that hold measures (a programme's chapter numbers such as "5.1." are not
objective numbers); the number written before the title is taken off it.
"""

from __future__ import annotations

import re

from iltod.iaac import cells

Range = tuple[int, int, int, int]
_LEADING = re.compile(r"^\s*[“”\"«»']*\s*(?:\d{1,2}(?:[.,]\d{1,3})*[.,)]?\s*)?")
_QUOTES = "“”\"«»' "


def rows_across(merges: list[Range], width: int) -> set[int]:
    """The rows holding a one-row merged cell at least half the table wide (and two cells)."""
    return {r1 for r1, c1, r2, c2 in merges if r1 == r2 and c2 - c1 + 1 >= max(2, (width + 1) // 2)}


def objective(text: str, held: int) -> tuple[int, str] | None:
    """The objective a row across the table starts: (number, title), or None when its text
    is empty. ``held`` is how many objectives already hold measures."""
    flat = " ".join(text.split())
    if not flat:
        return None
    h = cells.heading(flat.strip(_QUOTES), digits=True)
    if h and not cells.measure_number(flat.strip(_QUOTES))[1]:
        return h[0], h[1].strip(_QUOTES) or flat
    title = _LEADING.sub("", flat).strip(_QUOTES)
    return held + 1, title or flat


def lonely(row: list[str], roles: list[str | None]) -> bool:
    """A row whose one text stands left of the measure column, unmerged ("5.1.Сургуулийн
    өмнөх боловсрол" in the number column, the rest blank): a section row too."""
    filled = [(c, t) for c, t in enumerate(row) if t.strip()]
    if len(filled) != 1 or "text" not in roles:
        return False
    c, text = filled[0]
    words = sum(ch.isalpha() for ch in text) >= 4
    number = cells.serial(text) is not None or cells.label(text)
    return c < roles.index("text") and words and not number


def numbered(body: list[list[str]], roles: list[str | None]) -> bool:
    """The table's measure rows carry a row or measure number: most rows of two cells or
    more have one in the number column or at the start of the measure's text."""
    if "text" not in roles:
        return False
    t = roles.index("text")
    s = roles.index("serial") if "serial" in roles else -1
    rows = [row for row in body if len([x for x in row if x.strip()]) >= 2]
    marked = [
        row
        for row in rows
        if (0 <= s < len(row) and (cells.serial(row[s]) or cells.measure_number(row[s] + " .")[1]))
        or (t < len(row) and (cells.measure_number(row[t])[1] or cells.one_level(row[t])))
    ]
    return len(rows) >= 2 and len(marked) * 5 >= len(rows) * 4


def titled(row: list[str], roles: list[str | None]) -> bool:
    """A row whose one text stands in the measure column without a number, in a table
    whose measures are numbered ("ИЛ ТОД БАЙДЛЫГ ХАНГАХ" over rows 1, 2 …): a section."""
    filled = [(c, t) for c, t in enumerate(row) if t.strip()]
    if len(filled) != 1 or "text" not in roles or filled[0][0] != roles.index("text"):
        return False
    text = filled[0][1]
    plain = not cells.measure_number(text)[1] and not cells.one_level(text)
    return plain and sum(ch.isalpha() for ch in text) >= 4 and not continued(text)


def continued(text: str) -> bool:
    """Text that starts in lower case: the measure above going on (a row split over a page),
    not a title."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower()


_MARK = re.compile(
    r"^\s*(?:([IVXL]{1,7})|([А-ЯЁӨҮ])|([А-ЯЁӨҮа-яёөү]+(?:\s+[А-ЯЁӨҮа-яёөү]+)?))\s*[.)]?\s*$"
)


def mark(text: str) -> int | None:
    """A section's mark in the number column: a Roman numeral ("II."), a capital letter
    ("Б.") or a number word ("ХОЁР"); None for a row number or a measure's letter ("б.")."""
    m = _MARK.match(text)
    if not m:
        return None
    if m[1]:
        return cells.roman(m[1])
    if m[2]:
        return cells.LETTERS.replace("Ё", "").index(m[2]) + 1 if m[2] != "Ё" else None
    return cells.ordinal(m[3])


def labelled(row: list[str], roles: list[str | None]) -> tuple[int, str] | None:
    """A section row marked in the number column ("II" | "Сургалт", the title alone in the
    measure column or merged across the rest): (its number, its title), else None."""
    if "serial" not in roles or "text" not in roles:
        return None
    s, t = roles.index("serial"), roles.index("text")
    filled = [c for c, x in enumerate(row) if x.strip()]
    if filled != [s, t]:
        return None
    n, title = mark(row[s]), " ".join(row[t].split())
    if n is None or cells.measure_number(title)[1] or not any(ch.isalpha() for ch in title):
        return None
    return n, title
