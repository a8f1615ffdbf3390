"""Read an IAAC table from an Excel workbook (openpyxl).

The table is looked for on the active sheet first, then on the others (W112 says which was
read). An "iltod" sheet, as written by ``iltod export --format xlsx`` and ``iltod template``,
supplies plan fields and the per-measure extras the table has no column for.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from iltod.iaac.read import grid as g
from iltod.iaac.read import mapping
from iltod.iaac.read.builder import Builder, ImportResult, Meta
from iltod.iaac.rows import Cell

SIDE_SHEET = "iltod"


def read(
    data: bytes, file: str, meta: Meta, progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Import an XLSX report; never raises on bad content."""
    b = Builder(file, meta.grades)
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        name = type(exc).__name__
        b.unreadable(
            f"a file that is not an XLSX workbook ({name})",
            f"XLSX хүснэгт биш файл байна ({name}): Excel-ээр нээж .xlsx болгож хадгална уу",
        )
        return b.finish(meta)
    sheets = [ws for ws in wb.worksheets if ws.title != SIDE_SHEET]
    grids = {ws.title: grid_of(ws) for ws in sheets}
    active = wb.active if wb.active in sheets else sheets[0] if sheets else None
    chosen = _choose(b, active, sheets, grids, mapping.named(meta.columns))
    side = g.side_data(grid_of(wb[SIDE_SHEET]), meta) if SIDE_SHEET in wb.sheetnames else {}
    if meta.source is None:
        meta.source = f"Excel хүснэгтээс импортолсон ({file})"
    if chosen is None:
        b.warn(Cell("", 1, 1), "E102")
        return b.finish(meta)
    g.read(b, grids[chosen], meta, side, progress)
    return b.finish(meta)


def _choose(
    b: Builder,
    active: Worksheet | None,
    sheets: list[Worksheet],
    grids: dict[str, g.Grid],
    named: frozenset[str],
) -> str | None:
    if active is not None and g.header_row(grids[active.title], named) is not None:
        return str(active.title)
    found = next(
        (ws.title for ws in sheets if g.header_row(grids[ws.title], named) is not None), None
    )
    if found and active is not None:
        b.warn(Cell("", 1, 1), "W112", got=active.title, used=found)
    return found


def grid_of(ws: Worksheet) -> g.Grid:
    """Cell texts of a sheet; percent-formatted numbers become percents (0.917 → 91.7)."""
    rows: list[list[str]] = []
    for row in ws.iter_rows():
        texts = []
        for cell in row:
            value = cell.value
            fmt = cell.number_format or ""
            if (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and "%" in fmt.replace('"%"', "")
            ):
                value = round(value * 100, 6)
            texts.append(g.cell_value(value))
        rows.append(texts)
    merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges]
    return g.Grid(rows, merges)
