"""Read the text export of the official reporting system (the seed's format).

In that export every table cell starts on a new line with a tab (sometimes after spaces); a
line without a leading tab continues the cell above (multi-line results, numbered lists);
"Хавсралт нийт : 9 Файл : 1 Зураг : 8" lines give attachment counts; section cells such as
"НЭГ. …" start objectives; a stray integer cell before a measure is its row number (Д/д).
The first lines before the table are the plan title, the agency and the period.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from iltod.diagnostics import diag
from iltod.iaac import cells
from iltod.iaac import columns as headers
from iltod.iaac.read import grid, tsv
from iltod.iaac.read.builder import Builder, ImportResult, Meta, take_meta
from iltod.iaac.rows import Cell, Row

_CELL = re.compile(r"^( *)\t(.*)$", re.DOTALL)
Item = tuple[str, Cell]  # ("cell" | "attach", cell)


def tokenize(text: str) -> tuple[list[Cell], list[Item]]:
    """Split the export into preface lines (before the table) and cells / attachment lines."""
    preface: list[Cell] = []
    items: list[Item] = []
    for n, line in enumerate(text.replace("\r\n", "\n").split("\n"), 1):
        m = _CELL.match(line)
        if m:
            items.append(("cell", Cell(m[2], n, len(m[1]) + 2)))
        elif cells.is_attachment_line(line):
            items.append(("attach", Cell(line.strip(), n, len(line) - len(line.lstrip()) + 1)))
        elif not items:
            if line.strip():
                preface.append(Cell(line.strip(), n, len(line) - len(line.lstrip()) + 1))
        elif items[-1][0] == "cell":
            last = items[-1][1]
            items[-1] = ("cell", Cell(last.text + "\n" + line, last.line, last.col))
        elif line.strip():
            items.append(("stray", Cell(line, n, 1)))
    return preface, [(k, Cell(cells.clean(c.text), c.line, c.col)) for k, c in items]


def read(
    data: bytes, file: str, meta: Meta, progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Import a reporting-system text export; never raises on bad content."""
    b = Builder(file, meta.grades)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = f"0x{data[exc.start]:02x}"
        b.unreadable(
            f"text that is not UTF-8 (byte {byte})",
            f"UTF-8 биш текст байна ({byte} байт); UTF-8 кодчилолоор хадгална уу",
        )
        return b.finish(meta)
    text = _scrub(b, text)
    table = tsv.grid_of(text)
    if table is not None:  # copied from a spreadsheet: a row per line, tabs between cells
        if meta.source is None:
            meta.source = f"Текстээс импортолсон ({file})"
        grid.read(b, table, meta, {}, progress)
        return b.finish(meta)
    preface, items = tokenize(text)
    if not any(kind == "cell" for kind, _ in items):
        from iltod.iaac.read import lines

        return lines.read(b, text, meta, progress)
    _meta(b, preface, meta, file)
    head, body = _header(items)
    roles = _roles(b, head)
    if roles is None:
        b.diagnostics.append(diag(file, head[0][1].line if head else 1, 1, "E102"))
        return b.finish(meta)
    body = skip_numbers(b, body, len(head))
    _Body(b, roles, progress).run(body)
    return b.finish(meta)


def _scrub(b: Builder, text: str) -> str:
    """The text without control characters, each reported where it stood (W128)."""
    clean, found = cells.scrub(text)
    for line, col, char in found:
        action = (
            ("made a line break", "мөр шилжүүлэв")
            if char in ("U+000B", "U+000C")
            else ("removed", "устгав")
        )
        b.warn(Cell("", line + 1, col), "W128", char=char, action=action[0], action_mn=action[1])
    return clean


def skip_numbers(b: Builder, body: list[Item], width: int) -> list[Item]:
    """Drop the column-number row ("1", "2", … one per column) under the header (W123)."""
    first = [c.text.strip() for _, c in body[:width]]
    if width >= 3 and first == [str(i) for i in range(1, width + 1)]:
        b.warn(body[0][1], "W123", got=" ".join(first))
        return body[width:]
    return body


def _meta(b: Builder, preface: list[Cell], meta: Meta, file: str) -> None:
    take_meta(b, preface, meta)
    if meta.source is None and meta.period_line:
        meta.source = (
            f'АТГ-ын тайлангийн системээс экспортолсон "{meta.period_line}" тайлан ({file})'
        )
    elif meta.source is None:
        meta.source = f"АТГ-ын тайлангийн системээс экспортолсон тайлан ({file})"


def _starts_body(item: Item) -> bool:
    kind, c = item
    return kind != "cell" or bool(
        cells.heading(c.text) or cells.measure_number(c.text)[1] or cells.serial(c.text) is not None
    )


def _header(items: list[Item]) -> tuple[list[Item], list[Item]]:
    n = next((i for i, item in enumerate(items) if _starts_body(item)), len(items))
    return items[:n], items[n:]


def _roles(b: Builder, head: list[Item]) -> list[str] | None:
    texts = [c.text for _, c in head]
    if not headers.is_header(texts):
        return None
    out: list[str] = []
    for (_, c), role in zip(head, headers.roles(texts), strict=False):
        if role is None:
            b.warn(c, "W105", got=c.text)
        out.append(role or c.text)
    return out


class _Body:
    """Group the body's cells into rows by the header's column order."""

    def __init__(
        self, b: Builder, roles: list[str], progress: Callable[[int], None] | None
    ) -> None:
        self.b = b
        i = roles.index("text")
        self.before, self.after = roles[:i], roles[i + 1 :]
        self.progress = progress
        self.row: Row | None = None
        self.pos = 0
        self.prefix: list[Cell] = []

    def run(self, items: list[Item]) -> None:
        for i, (kind, c) in enumerate(items):
            if kind == "attach":
                self.attach(c)
            elif kind == "stray":
                self.b.stray(c)
            elif (
                self.row is not None
                and self.pos < len(self.after)
                and not self._breaks(c, items, i)
            ):
                self.fill(c)
            else:
                self.start(c, items, i)
        self.close()

    def attach(self, c: Cell) -> None:
        if self.row is None:
            self.b.stray(c)
        else:
            self.row.attachments.append(c)

    def fill(self, c: Cell) -> None:
        assert self.row is not None
        role = self.after[self.pos]
        self.pos += 1
        if role in headers.ROLES:
            self.row.cells[role] = c
        else:
            self.row.extras.append((role, c))

    def _breaks(self, c: Cell, items: list[Item], i: int) -> bool:
        """A cell that starts the next row although this one is short (a truncated row)."""
        if cells.heading(c.text):
            return True
        if self.after[self.pos] == "percent" and cells.percent(c.text)[0] in ("ok", "text"):
            return False
        _, number, rest = cells.measure_number(c.text)
        if number and rest and self._follows(number):
            return True
        # "\t2" "\t" "\t1.2. …": a row number, an empty objective cell, then the next measure.
        nxt = [x for _, x in items[i + 1 : i + 3]]
        return (
            self.after[self.pos] == "percent"
            and cells.serial(c.text) is not None
            and "%" not in c.text
            and len(nxt) == 2
            and not nxt[0].text
            and cells.measure_number(nxt[1].text)[1] is not None
        )

    def _follows(self, number: str) -> bool:
        assert self.row is not None
        current = cells.measure_number(self.row.text("text"))[1]
        return current is not None and _key(number) > _key(current)

    def start(self, c: Cell, items: list[Item], i: int) -> None:
        h = cells.heading(c.text)
        if h:
            self.close()
            self.b.objective(h[0], h[1], c)
        elif (
            not c.text
            or cells.serial(c.text) is not None
            or (cells.measure_number(c.text)[1] is None and self._next_is_measure(items, i))
        ):
            self.close()
            self.prefix.append(c)
        else:
            self.close()
            self.open(c)

    def _next_is_measure(self, items: list[Item], i: int) -> bool:
        nxt = next((x for k, x in items[i + 1 :] if k == "cell"), None)
        return nxt is not None and cells.measure_number(nxt.text)[1] is not None

    def open(self, c: Cell) -> None:
        self.row = Row(c.line, c.col, {"text": c})
        for p in self.prefix:
            if not p.text:
                continue
            role = "serial" if cells.serial(p.text) is not None else "objective"
            if role in self.before and role not in self.row.cells:
                self.row.cells[role] = p
            else:
                self.row.extras.append((role, p))
        self.prefix = []
        self.pos = 0

    def close(self) -> None:
        if self.row is None:
            return
        self.row.missing = list(self.after[self.pos :])
        if self.row.missing and self.row.missing != ["percent"]:
            last = max(self.row.cells.values(), key=lambda x: x.line)
            number = cells.measure_number(self.row.text("text"))[1] or "?"
            self.b.warn(
                last,
                "W107",
                f"measure[{number}]",
                number=number,
                expected=len(self.after) + 1,
                got=self.pos + 1,
            )
        if "percent" in self.row.missing:
            last = max([*self.row.cells.values(), *self.row.attachments], key=lambda x: x.line)
            self.row.cells["percent"] = Cell("", last.line + last.text.count("\n") + 1, 1)
        self.b.measure(self.row)
        if self.progress:
            self.progress(self.b.position)
        self.row = None


def _key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split("."))
