"""A report split over several tables: one table per objective or per page, in Word documents
and web pages, each with its header again or none, headings written as paragraphs between
them ("ХОЁР. …"). The tables after the report's first one that continue it are read as its
rows, in order, so no measure is left behind; a heading paragraph between two of them becomes
a row across the table (an objective). Rows keep counting on from the first table's.
"""

from __future__ import annotations

from iltod.iaac import cells
from iltod.iaac import columns as headers
from iltod.iaac.read.grid import Grid, header_row, split_header


def headed(first: Grid, preface: list[str]) -> tuple[Grid, list[str]]:
    """The report table with the heading paragraph standing right above it ("НЭГ. …", the
    objective of its first rows) put under its header as a row across; the other
    paragraphs (title, agency, period)."""
    h = header_row(first)
    if h is None or not preface or not _heading(preface[-1]):
        return first, preface
    h2 = split_header(first, h)
    width = max(len(r) for r in first.rows)
    rows = [list(r) for r in first.rows]
    rows.insert(h2, [preface[-1]] + [""] * (width - 1))
    moved = [(r1 + (r1 > h2), c1, r2 + (r2 > h2), c2) for r1, c1, r2, c2 in first.merges]
    return Grid(rows, [*moved, (h2 + 1, 1, h2 + 1, width)]), preface[:-1]


def joined(first: Grid, later: list[tuple[list[str], Grid]]) -> tuple[Grid, int]:
    """The first table with the tables that continue it (each with the paragraphs standing
    before it); also how many of ``later`` were taken (they are consecutive)."""
    h = header_row(first)
    if h is None:
        return first, 0
    roles = headers.roles(first.rows[h - 1])
    width = max(len(r) for r in first.rows)
    rows, merges = [list(r) for r in first.rows], list(first.merges)
    taken = 0
    for paragraphs, grid in later:
        start = _continues(grid, roles, width)
        if start is None:
            break
        for text in paragraphs:
            if _heading(text):
                rows.append([text] + [""] * (width - 1))
                merges.append((len(rows), 1, len(rows), width))
        top = len(rows) - start + 1
        rows += [list(r) for r in grid.rows[start - 1 :]]
        merges += [
            (r1 + top - 1, c1, r2 + top - 1, c2) for r1, c1, r2, c2 in grid.merges if r1 >= start
        ]
        taken += 1
    return Grid(rows, merges), taken


def _continues(grid: Grid, roles: list[str | None], width: int) -> int | None:
    """The first row of ``grid`` to read as the report's when it continues the report (its
    header again, or rows as wide starting with a numbered row), else None."""
    if not grid.rows:
        return None
    h = header_row(grid)
    if h is not None:
        return h + 1 if headers.roles(grid.rows[h - 1]) == roles else None
    first = [t.strip() for t in grid.rows[0]]
    numbered = bool(first) and (
        cells.serial(first[0]) is not None or any(cells.measure_number(t)[1] for t in first)
    )
    return 1 if numbered and max(len(r) for r in grid.rows) == width else None


def _heading(text: str) -> bool:
    """A paragraph between tables that heads the rows below ("ХОЁР. …", "Зорилт 2. …")."""
    flat = " ".join(text.split())
    return 0 < len(flat) <= 300 and cells.heading(flat, digits=True) is not None
