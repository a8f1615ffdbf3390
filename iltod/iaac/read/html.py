"""Read a report table from a saved web page (``.html``), with the standard library's parser.

Agencies publish their reports as web pages; saved from a browser they hold the table as
``<table>``. The first table whose header names the report's columns is read like a sheet
(rowspan and colspan become merged ranges, ``<br>`` and paragraphs line breaks); the text
blocks above it give the title, agency and period. Scripts and styles are never read. Rows
are numbered within the table (row 1 is its first ``<tr>``), columns by grid position.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

from iltod.iaac.read import bounds, mapping, tables
from iltod.iaac.read import grid as g
from iltod.iaac.read.builder import Builder, ImportResult, Meta
from iltod.iaac.rows import Cell

_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "title", "caption", "center"}
_SKIP = {"script", "style", "template", "noscript", "head"}


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[tuple[str, int, int]]] = []  # (text, rowspan, colspan)
        self.cell: list[str] | None = None  # the open cell's text
        self.span = (1, 1)


class _Parser(HTMLParser):
    """Collects tables (cells with spans) and the text blocks before each table. A table
    inside another's cell (a page laid out with tables) is a table of its own; the outer
    cell's text around it is text before it, as on the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[_Table] = []
        self.before: list[list[str]] = [[]]  # text blocks before table i
        self.stack: list[_Table] = []
        self.block: list[str] = []
        self.skip = 0

    @property
    def cell(self) -> list[str] | None:
        """The open cell of the innermost table, if any."""
        return self.stack[-1].cell if self.stack else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "table":
            if self.cell is not None:  # a layout cell: its text so far stands before
                self.block.append("".join(self.cell))
                self.stack[-1].cell = None
            self._flush()
            self.stack.append(_Table())
        elif tag == "tr" and self.stack:
            self.stack[-1].rows.append([])
        elif tag in ("td", "th") and self.stack:
            a = dict(attrs)
            self.stack[-1].cell = []
            self.stack[-1].span = (_int(a.get("rowspan")), _int(a.get("colspan")))
        elif tag == "br" or tag in _BLOCKS:
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.stack and self.stack[-1].cell is not None:
            table = self.stack[-1]
            if not table.rows:
                table.rows.append([])
            text = "\n".join(line.strip() for line in "".join(table.cell or []).split("\n"))
            text = re.sub(r"\n{2,}", "\n", text)  # paragraphs of a cell: one line each
            table.rows[-1].append((text.strip("\n"), *table.span))
            table.cell = None
        elif tag == "table" and self.stack:
            self._flush()
            self.tables.append(self.stack.pop())
            self.before.append([])
        elif tag in _BLOCKS:
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._text(" ".join(data.split("\n")) if self.cell is not None else data)

    def _text(self, text: str) -> None:
        if self.cell is not None:
            self.cell.append(text)
        elif not self.stack or all(t.cell is None for t in self.stack):
            self.block.append(text)
            if "\n" in text:
                self._flush()

    def _flush(self) -> None:
        line = " ".join("".join(self.block).split())
        if line:
            self.before[-1].append(line)
        self.block = []


def _int(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def grid_of(table: _Table) -> g.Grid:
    """Cell texts by grid position, rowspan/colspan as merged ranges (text once, top-left)."""
    rows: list[list[str]] = []
    merges: list[g.Range] = []
    taken: set[tuple[int, int]] = set()
    for r, tr in enumerate(bounds.table(table.rows), 1):  # iltod.untrusted: spans bounded
        while len(rows) < r:
            rows.append([])
        c = 1
        for text, rowspan, colspan in tr:
            while (r, c) in taken:
                c += 1
            for rr in range(r, r + rowspan):
                for cc in range(c, c + colspan):
                    taken.add((rr, cc))
            if rowspan > 1 or colspan > 1:
                merges.append((r, c, r + rowspan - 1, c + colspan - 1))
            _put(rows, r, c, text)
            c += colspan
    width = max((c for _, c in taken), default=0)
    for row in rows:
        row.extend([""] * (width - len(row)))
    return g.Grid(rows[: len(table.rows)], merges)


def _put(rows: list[list[str]], r: int, c: int, text: str) -> None:
    row = rows[r - 1]
    row.extend([""] * (c - len(row)))
    row[c - 1] = text


def read(
    data: bytes, file: str, meta: Meta, progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Import a saved web page; never raises on bad content."""
    b = Builder(file, meta.grades)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = f"0x{data[exc.start]:02x}"
        b.unreadable(
            f"a page that is not UTF-8 (byte {byte}); save it as UTF-8",
            f"UTF-8 биш хуудас байна ({byte} байт); UTF-8 кодчилолоор хадгална уу",
        )
        return b.finish(meta)
    parser = _Parser()
    parser.feed(text)
    parser.close()
    parser._flush()
    if meta.source is None:
        meta.source = f"Вэб хуудаснаас импортолсон ({file})"
    for i, table in enumerate(parser.tables):
        grid = grid_of(table)
        if g.header_row(grid, mapping.named(meta.columns)) is not None:
            before = [t for blocks in parser.before[: i + 1] for t in blocks][-6:]
            later = [
                (parser.before[k] if k < len(parser.before) else [], grid_of(t))
                for k, t in enumerate(parser.tables[i + 1 :], i + 1)
            ]
            grid, before = tables.headed(grid, before)
            grid, _ = tables.joined(grid, later)  # a report split over several tables
            g.read(b, grid, meta, {}, progress, before=before)
            return b.finish(meta)
    if not parser.tables:
        b.unreadable(
            "a web page without a <table>", "хүснэгт (<table>) агуулаагүй вэб хуудас байна"
        )
    else:
        b.warn(Cell("", 1, 1), "E102")
    return b.finish(meta)
