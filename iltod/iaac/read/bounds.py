"""An Office report checked against :mod:`iltod.untrusted` before openpyxl or python-docx
reads it: both build every cell they are told about, so a 5 KB sheet with one merged range
``A3:XFD1048576`` (17 billion cells), one cell at ``XFD1048576``, a ``w:gridSpan`` of
2,000,000,000 or a million rows would exhaust memory before the first measure is read.

The sheets and the document body are read as a stream (lxml's ``iterparse``, each element
cleared once seen): the far corner of every sheet (cells and merged ranges) and every table's
rows × columns (spans included) are bounded without building anything.
"""

from __future__ import annotations

import re

from lxml import etree

from iltod.untrusted import LIMITS, Archive, TooLarge, cells, no_doctype, span

SS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REF = re.compile(r"^\$?([A-Z]{1,3})\$?(\d{1,7})$")
_PROLOG = 1 << 16
_PARSED_WHOLE = {"word/document.xml", "xl/sharedStrings.xml"}
"""Parts python-docx and openpyxl hold whole, as a tree or as every string."""


def check(data: bytes, suffix: str) -> None:
    """Raise :class:`TooLarge` when the ``.xlsx`` / ``.docx`` ``data`` exceeds the bounds.

    A file that is not a zip is left to the reader, which says so.
    """
    try:
        archive = Archive(data)
    except (ValueError, OSError) as exc:
        if isinstance(exc, TooLarge):
            raise
        return
    with archive:
        for name in archive.names():
            if name in _PARSED_WHOLE:
                archive.read(name)  # refused beyond Limits.part before the library holds it
            if name.endswith((".xml", ".rels")):
                _no_doctype(archive, name)
            if suffix == ".xlsx" and re.match(r"xl/worksheets/[^/]+\.xml$", name):
                _sheet(archive, name)
            elif suffix == ".docx" and name == "word/document.xml":
                _body(archive, name)


def _no_doctype(archive: Archive, name: str) -> None:
    """A declaration can only stand in the prolog, before the root element."""
    head = b""
    for chunk in archive.chunks(name, _PROLOG):
        head = chunk
        break
    no_doctype(name, head)


def _events(archive: Archive, name: str, tags: tuple[str, ...]) -> etree.iterparse:
    parser_args = {"resolve_entities": False, "no_network": True, "load_dtd": False}
    return etree.iterparse(archive.zip.open(name), events=("end",), tag=tags, **parser_args)


_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(c|row|mergeCell)\b([^>]*)>")
_ATTR = re.compile(rb"""\s(r|ref)\s*=\s*["']([^"']*)["']""")


def _sheet(archive: Archive, name: str) -> None:
    """The far corner of the sheet: its last row and column with a cell or a merged range.

    Read as a stream of tags (a regular expression over the inflated chunks, several times
    faster than a parser on a sheet of a million cells); a tag cut by a chunk's end is read
    with the next chunk.
    """
    rows = columns = row = column = 0  # the far corner; the current row and column
    rest = b""
    for chunk in archive.chunks(name):
        text, end = rest + chunk, 0
        for m in _TAG.finditer(text):
            end = m.end()
            attrs = {k.decode(): v.decode() for k, v in _ATTR.findall(m.group(2))}
            if m.group(1) == b"row":  # a row counts by its cells (openpyxl's does)
                r = attrs.get("r", "")
                row, column = (int(r) if r.isdigit() and len(r) < 9 else row + 1), 0
                continue
            refs = (attrs.get("ref") or attrs.get("r") or "").split(":")
            if m.group(1) == b"c" and refs == [""]:  # a cell without r: the next one
                refs = [f"{_letters(column + 1)}{max(row, 1)}"]
            for ref in refs:
                found = _REF.match(ref)
                if found:
                    r, c = int(found[2]), _column(found[1])
                    if m.group(1) == b"c":
                        row, column = r, c
                    rows, columns = max(rows, r), max(columns, c)
                    cells(rows, columns, r, c)
        cut = text.rfind(b"<")
        rest = text[max(end, cut) :] if cut >= end else b""
        rest = rest[-4096:]  # a tag is short; a run of text without one is not kept


def _body(archive: Archive, name: str) -> None:
    """Every table's rows × widest row, each cell's gridSpan counted."""
    stack: list[list[int]] = []  # per open table: [rows, widest, current row's width]
    for event, el in etree.iterparse(
        archive.zip.open(name),
        events=("start", "end"),
        tag=(f"{W}tbl", f"{W}tr", f"{W}tc", f"{W}gridSpan", f"{W}p"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
    ):
        if el.tag == f"{W}tbl":
            if event == "start":
                stack.append([0, 0, 0])
            else:
                stack.pop()
                if not stack:
                    _clear(el)
        elif el.tag == f"{W}p":
            if event == "end" and not stack:
                _clear(el)
        elif not stack or event == "start":
            continue
        elif el.tag == f"{W}gridSpan":
            t = stack[-1]
            value = el.get(f"{W}val") or "1"
            n = int(value) if value.isdigit() else 1
            t[2] += span(n, t[0] + 1, t[2] + 1) - 1
        elif el.tag == f"{W}tc":
            stack[-1][2] += 1
        elif el.tag == f"{W}tr":
            t = stack[-1]
            t[0], t[1], t[2] = t[0] + 1, max(t[1], t[2]), 0
            cells(t[0], t[1], t[0], t[1])
            if len(stack) == 1:
                _clear(el)


def _letters(column: int) -> str:
    out = ""
    while column:
        column, rem = divmod(column - 1, 26)
        out = chr(65 + rem) + out
    return out or "A"


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _clear(el: etree._Element) -> None:
    """Forget what was read: the element and the siblings before it."""
    el.clear()
    parent = el.getparent()
    while parent is not None and el.getprevious() is not None:
        del parent[0]


Spanned = list[list[tuple[str, int, int]]]
"""A web page's table: per row, each cell's (text, rowspan, colspan)."""


def table(rows: Spanned) -> Spanned:
    """A web page's table with each rowspan cut at the table's last row (as browsers draw
    it), refused when the grid it spans would exceed the bounds: 300 cells of rowspan and
    colspan 1,000 would otherwise take 300 million grid positions."""
    n, out, area, crossing = len(rows), [], 0, 0
    widest = 0
    for r, tr in enumerate(rows, 1):
        row = [(text, min(rs, n - r + 1), cs) for text, rs, cs in tr]
        area += sum(rs * cs for _, rs, cs in row)
        crossing += sum(cs for _, rs, cs in row if rs > 1)
        widest = max(widest, sum(cs for _, _, cs in row))
        if area > LIMITS.cells:
            cells(r, area // r + 1, r, 1)
        out.append(row)
    cells(n, widest + crossing)
    return out
