"""Text copied from a spreadsheet or a Word table: one row per line, cells separated by tabs
(what Excel, LibreOffice and Word put on the clipboard; a cell holding line breaks is quoted).

Such text is read as a grid, exactly like a sheet: the lines above the table are its title,
agency and period, the header is found by its words, and every rule of the Word, Excel and
web readers applies. The reporting system's export (a tab *before* every cell, one cell per
line) is not this and is left to :mod:`text`.
"""

from __future__ import annotations

import csv
import io

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
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    out = [[cell.strip() for cell in row] for row in reader]
    return Grid(out or [[]])
