"""Read an IAAC table from a Word document (python-docx).

The first table with IAAC headers is the report; paragraphs before it give the title, agency
and period. Later tables written by ``iltod export --format docx`` (the "iltod" part) supply
plan fields and per-measure extras. Merged cells are read from the table's own markup
(gridSpan, vMerge) so each value is read once and its span is known. A report table nested
in a cell of a layout table (a logo or stamp beside it) is found inside it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from typing import Any

import docx
from docx.table import Table, _Cell

from iltod.iaac.read import grid as g
from iltod.iaac.read import mapping, tables
from iltod.iaac.read.builder import Builder, ImportResult, Meta
from iltod.iaac.rows import Cell
from iltod.iaac.write.reviewtable import is_review_table


def read(
    data: bytes, file: str, meta: Meta, progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Import a DOCX report; never raises on bad content."""
    b = Builder(file, meta.grades)
    try:
        doc = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        name = type(exc).__name__
        b.unreadable(
            f"a file that is not a DOCX document ({name})",
            f"DOCX баримт биш файл байна ({name}): Word-оор нээж .docx болгож хадгална уу",
        )
        return b.finish(meta)
    if meta.source is None:
        meta.source = f"Word баримтаас импортолсон ({file})"
    preface, main, rest = _blocks(doc, mapping.named(meta.columns))
    if main is None:
        b.warn(Cell("", 1, 1), "E102")
        return b.finish(meta)
    main, preface = tables.headed(main, preface)
    main, taken = tables.joined(main, rest)  # a report split over several tables
    rest = rest[taken:]
    side = g.side_data(g.Grid([r for _, t in rest for r in t.rows]), meta) if rest else {}
    g.read(b, main, meta, side, progress, before=preface)
    return b.finish(meta)


def _blocks(
    doc: Any, named: frozenset[str]
) -> tuple[list[str], g.Grid | None, list[tuple[list[str], g.Grid]]]:
    """Paragraph texts before the report table, the report table, and the tables after it,
    each with the paragraphs standing before it."""
    preface: list[str] = []
    main: g.Grid | None = None
    rest: list[tuple[list[str], g.Grid]] = []
    between: list[str] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")).strip()
            if text:
                (preface if main is None else between).append(text)
        elif tag == "tbl":
            grid = grid_of(Table(child, doc))
            if main is None and g.header_row(grid, named) is None:
                grid = _nested(child, doc, named) or grid
            if main is None and g.header_row(grid, named) is not None:
                main = grid
            elif main is not None and not (grid.rows and is_review_table(grid.rows[0])):
                rest.append(
                    (between, grid)
                )  # the reviewer's table of an export is not the agency's
            between = []
    return preface, main, rest


def _nested(tbl: Any, doc: Any, named: frozenset[str]) -> g.Grid | None:
    """The first table nested in a cell of ``tbl`` that has a report header: a report laid
    out inside a page-layout table (a logo or a stamp in the cell beside it)."""
    for inner in tbl.iterdescendants(tbl.tag):
        grid = grid_of(Table(inner, doc))
        if g.header_row(grid, named) is not None:
            return grid
    return None


def grid_of(table: Table) -> g.Grid:
    """Cell texts by grid position; merged cells hold their text once, spans become ranges."""
    rows: list[list[str]] = []
    merges: list[g.Range] = []
    open_v: dict[int, int] = {}  # column → index in merges of the vertical merge it continues
    for r, tr in enumerate(table._tbl.tr_lst, 1):
        texts: list[str] = []
        for tc in tr.tc_lst:
            c, span = len(texts) + 1, tc.grid_span
            v = tc.vMerge
            if v == "continue" and c in open_v:
                r1, c1, _, c2 = merges[open_v[c]]
                merges[open_v[c]] = (r1, c1, r, c2)
                texts.extend([""] * span)
                continue
            texts.extend([_Cell(tc, table).text] + [""] * (span - 1))
            if v == "restart" or span > 1:
                merges.append((r, c, r, c + span - 1))
                if v == "restart":
                    open_v[c] = len(merges) - 1
            else:
                open_v.pop(c, None)
        rows.append(texts)
    return g.Grid(rows, [m for m in merges if m[0] != m[2] or m[1] != m[3]])
