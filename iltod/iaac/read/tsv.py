"""Text copied from a spreadsheet or a Word table: one row per line, cells separated by tabs
(what Excel, LibreOffice and Word put on the clipboard; a cell holding line breaks is quoted).

Such text is read as a grid, exactly like a sheet: the lines above the table are its title,
agency and period, the header is found by its words, and every rule of the Word, Excel and
web readers applies. The reporting system's export (a tab *before* every cell, one cell per
line) is not this and is left to :mod:`text`.
"""

from __future__ import annotations

from iltod.iaac.read.grid import Grid

MIN_ROWS = 3
"""Lines of at least three cells, the first not blank, that make a text a tab-separated table."""


def grid_of(text: str) -> Grid | None:
    """The rows of a tab-separated table, or None when the text is not one."""
    lines = text.split("\n")
    rows = [line.split("\t") for line in lines if "\t" in line]
    table = [r for r in rows if len(r) >= 3 and r[0].strip()]
    if len(table) < MIN_ROWS or len(table) * 10 < len(rows) * 3:
        return None
    out = [[cell.strip() for cell in row] for row in split(text)]
    return Grid(out or [[]])


def split(text: str) -> list[list[str]]:
    """Rows of cells. A cell is quoted only when its quote closes right before a tab or the
    end of a line (Excel's way, inner quotes doubled); a cell that merely starts with a
    quote ('"Эрүүл амьдрал" хөтөлбөр', as Word copies it) is kept as written."""
    rows: list[list[str]] = [[]]
    i, n = 0, len(text)
    while i < n:
        end = _quoted_end(text, i)
        if end is not None:
            rows[-1].append(text[i + 1 : end].replace('""', '"'))
            i = end + 1
        else:
            j = i
            while j < n and text[j] not in "\t\n":
                j += 1
            rows[-1].append(text[i:j].rstrip("\r"))
            i = j
        if i < n and text[i] == "\n":
            rows.append([])
        i += 1
    if rows[-1] == []:
        rows.pop()  # the text's last line break
    return [[] if r == [""] else r for r in rows]  # a blank line is a row of no cells


def _quoted_end(text: str, i: int) -> int | None:
    """The index of the quote closing a quoted cell starting at ``i``, or None."""
    if i >= len(text) or text[i] != '"':
        return None
    k = i + 1
    while (k := text.find('"', k)) >= 0:
        if text.startswith('""', k):
            k += 2
            continue
        after = text[k + 1 : k + 2]
        return k if after in ("", "\t", "\n", "\r") else None
    return None
