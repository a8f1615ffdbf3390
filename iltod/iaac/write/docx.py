"""Write a plan as a Word document in the IAAC table layout (python-docx).

The document holds the three heading lines, the nine-column report table (landscape), and
after a page break the "iltod" tables: plan fields and per-measure extras for a lossless import.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from typing import Any, cast

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm
from docx.table import Table

from iltod.iaac.write import docxcells, layout, reviewtable
from iltod.iaac.write.package import reproducible, stamp
from iltod.model import Agency, Plan
from iltod.review import Review

WIDTHS_CM = [1.0, 2.0, 5.0, 2.0, 4.5, 3.0, 2.5, 6.0, 2.0]


def plan_docx(
    plan: Plan,
    agency: Agency | None = None,
    *,
    changed: dt.datetime | None = None,
    reviews: Mapping[str, Review] | None = None,
) -> bytes:
    """The plan as a DOCX file (bytes), importable back to the same plan.

    The same plan gives the same bytes (:mod:`iltod.iaac.write.package`).

    Args:
        plan: The plan to write.
        agency: Its agency, for the agency name line; the slug is used when None.
        changed: When the plan last changed (its last commit), the file's date; without it
            the plan's ``reported`` date.
        reviews: The reviewer's view of each measure (:mod:`iltod.review`): a table after
            the report table puts it beside the agency's claim
            (:mod:`iltod.iaac.write.reviewtable`).
    """
    doc = docx.Document()
    props = doc.core_properties
    props.author, props.comments, props.last_modified_by = "iltod", "", ""
    _landscape(doc)
    for i, text in enumerate(layout.heading_lines(plan, agency)):
        run = doc.add_paragraph().add_run(text)
        run.bold = i == 0
    lines = layout.table(plan)
    _report(doc, lines)
    if reviews is not None:
        doc.add_paragraph()
        doc.add_paragraph().add_run(reviewtable.TITLE).bold = True
        review_rows = [[str(v) for v in row] for row in reviewtable.rows(plan, reviews)]
        _simple_table(doc, [reviewtable.HEADERS, *review_rows], bold_first=True)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph().add_run(layout.SIDE_TITLE).bold = True
    _simple_table(doc, [[k, str(v)] for k, v in layout.meta_rows(plan)])
    doc.add_paragraph()
    side = [[label for _, label in layout.SIDE_COLUMNS]]
    side += [[line.side[k] for k, _ in layout.SIDE_COLUMNS] for line in lines if line.side]
    _simple_table(doc, side)
    buf = io.BytesIO()
    doc.save(buf)
    return reproducible(buf.getvalue(), stamp(plan, changed))


def _landscape(doc: Any) -> None:
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, side, Cm(1.5))


def _report(doc: Any, lines: list[layout.Line]) -> Table:
    table = doc.add_table(rows=0, cols=len(layout.HEADERS))  # python-docx: partly typed
    table.style = "Table Grid"
    widths = [str(Cm(w).twips) for w in WIDTHS_CM]
    tbl = table._tbl
    docxcells.row(tbl, widths, layout.HEADERS, bold=True)
    for line in lines:
        if line.kind == "section":
            # python-docx's merge across the row, then every cell's width set in turn: the
            # merged cell keeps the last column's width
            docxcells.merged_row(tbl, widths[-1], len(widths), line.values[0], bold=True)
            continue
        texts = [
            f"{value}%" if c == len(line.values) - 1 and value != "" else str(value)
            for c, value in enumerate(line.values)
        ]
        docxcells.row(tbl, widths, texts)
    return cast(Table, table)


def _simple_table(doc: Any, rows: list[list[str]], bold_first: bool = False) -> None:
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    widths = docxcells.grid_widths(table._tbl)
    for r, values in enumerate(rows):
        docxcells.row(table._tbl, widths, values, bold=bold_first and r == 0)
