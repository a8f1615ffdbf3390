"""Read an IAAC table given as a grid of cell texts: the common part of XLSX and DOCX import.

Finds the header row (possibly split over two rows), maps columns to roles, reads section rows
("НЭГ. …" across the table) as objectives and other rows as measures, handles merged cells,
and attaches the per-measure extras of an "iltod" sheet or table when there is one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from iltod.diagnostics import Diagnostic
from iltod.iaac import cells
from iltod.iaac import columns as headers
from iltod.iaac.columns import SIDE_KEYS
from iltod.iaac.read import across, content, mapping, trailer
from iltod.iaac.read.builder import Builder, Meta, take_meta
from iltod.iaac.rows import Cell, Row

Range = tuple[int, int, int, int]  # first row, first column, last row, last column (1-based)
META_KEYS = ("agency", "year", "title", "period", "reported", "source", "scale")


@dataclass
class Grid:
    """Cell texts by row (row ``i`` of ``rows`` is row ``i + 1``), and merged ranges."""

    rows: list[list[str]]
    merges: list[Range] = field(default_factory=list)

    def text(self, r: int, c: int) -> str:
        row = self.rows[r - 1] if 0 < r <= len(self.rows) else []
        return row[c - 1] if 0 < c <= len(row) else ""


def header_row(grid: Grid, named: frozenset[str] = frozenset()) -> int | None:
    """The 1-based row of the IAAC header, or None; when no row names the measure column,
    the first row of short cells naming three known columns (content finds the measure),
    else the first row holding a header the clerk's map names as the measure's, else the
    header of a list of numbered tasks (:func:`_over_numbered_rows`)."""
    for r, row in enumerate(grid.rows, 1):
        if headers.is_header(row):
            return r
    for r, row in enumerate(grid.rows, 1):
        if len([x for x in headers.roles(row) if x]) >= 3 and all(len(c) <= 80 for c in row):
            return r
    for r, row in enumerate(grid.rows, 1):
        if any(headers.normalize(c) in named for c in row) and all(len(c) <= 80 for c in row):
            return r
    for r, row in enumerate(grid.rows, 1):
        if _over_numbered_rows(grid, r, row):
            return r
    return None


def _over_numbered_rows(grid: Grid, r: int, row: list[str]) -> bool:
    """A row of short cells naming at least one known column ("Хугацаа") over rows numbered
    1, 2, … that each hold a long text under a header naming no known column ("Товч
    агуулга"): the header of a list of tasks, whose measure column content finds."""
    roles = headers.roles(row)
    if not any(roles) or sum(1 for c in row if c.strip()) < 2 or any(len(c) > 80 for c in row):
        return False
    body = [x for x in grid.rows[r:] if any(t.strip() for t in x)][:2]
    if len(body) < 2:
        return False
    for n, below in enumerate(body, 1):
        first = next((t.strip() for t in below if t.strip()), "")
        unnamed = [t for c, t in enumerate(below) if (roles[c] if c < len(roles) else None) is None]
        if cells.serial(first) != n or not any(len(t.strip()) >= 40 for t in unnamed):
            return False
    return True


def side_data(grid: Grid, meta: Meta) -> dict[str, dict[str, Cell]]:
    """Read an iltod part: plan fields into ``meta.exact``, per-measure cells by number."""
    per_measure: dict[str, dict[str, Cell]] = {}
    keys: list[str | None] | None = None
    for r, row in enumerate(grid.rows, 1):
        first = row[0].strip() if row else ""
        if keys is None and first in META_KEYS:
            value = cells.clean(row[1]) if len(row) > 1 else ""
            if first == "source":  # stated, even when empty: the exported plan had no source
                meta.exact["source"] = value or None
            elif value:
                _meta_value(meta, first, value)
        elif keys is None and first in SIDE_KEYS:
            keys = [SIDE_KEYS.get(t.strip()) for t in row]
        elif keys is not None and first:
            per_measure[first] = {
                k: Cell(t, r, c)
                for c, (k, t) in enumerate(zip(keys, row, strict=False), 1)
                if k and t
            }
    return per_measure


def _meta_value(meta: Meta, key: str, value: str) -> None:
    if key == "agency" and meta.agency:
        return
    if key == "year":
        if not meta.year and value.isdigit():
            meta.year = int(value)
        return
    if key == "scale":
        meta.exact["scale"] = "free" if value == "free" else json.loads(value)
    elif key == "title":
        meta.title = value
    else:
        meta.exact[key] = value


def read(
    b: Builder,
    grid: Grid,
    meta: Meta,
    side: dict[str, dict[str, Cell]],
    progress: Callable[[int], None] | None = None,
    before: list[str] | None = None,
) -> None:
    """Feed the builder from ``grid``; reports E102 when there is no IAAC header.

    ``before`` are heading lines found outside the grid (a Word document's paragraphs).
    """
    h = header_row(grid, mapping.named(meta.columns))
    if h is None:
        b.warn(Cell("", 1, 1), "E102")
        return
    h2 = split_header(grid, h)
    labels = [
        cells.clean(" ".join(filter(None, (grid.text(r, c) for r in range(h, h2 + 1)))))
        for c in range(1, max(len(x) for x in grid.rows[h - 1 : h2]) + 1)
    ]
    roles = _roles(b, labels, h, grid.rows[h2:], meta)
    preface = [
        Cell(t, r, c)
        for r, row in enumerate(grid.rows[: h - 1], 1)
        for c, t in [next(((i, x) for i, x in enumerate(row, 1) if x.strip()), (1, ""))]
        if t
    ]
    above = [Cell(t, 1, 1) for t in before or []]  # paragraphs above a Word table
    take_meta(b, above + preface, meta)
    width = max(len(x) for x in grid.rows)
    wide = {
        r
        for r in across.rows_across(grid.merges, width)
        if r > h2 and len({t.strip() for t in grid.rows[r - 1] if t.strip()}) == 1
    }
    filled = _fill_merges(b, grid, h2, roles, wide)
    header_rows = [[t.strip() for t in row] for row in grid.rows[h - 1 : h2]]
    goals = _goal_rows(grid, h2, roles)
    empty: list[int] = []
    closing = trailer.Trailer(b)
    numbered = across.numbered(grid.rows[h2:], roles)
    for r in range(h2 + 1, len(grid.rows) + 1):
        row = [filled.get((r, c), grid.text(r, c)) for c in range(1, len(grid.rows[r - 1]) + 1)]
        row = [_scrub(b, t, r, c) for c, t in enumerate(row, 1)]
        if not any(t.strip() for t in row):
            empty.append(r)
            continue
        if _skipped(b, r, row, roles, header_rows):
            continue
        opens = r in wide or r in goals or _section(row) is not None
        if closing.skip([Cell(t, r, c) for c, t in enumerate(row, 1)], opens):
            continue
        for e in empty:
            b.warn(Cell("", e, 1), "W117")
        empty = []
        measure = _goal(b, r, row, roles, goals[r]) if r in goals else row
        if measure is None:
            continue
        if marked := across.labelled(measure, roles):  # "II" | "Сургалт": objective 2
            t = roles.index("text")
            b.objective(marked[0], marked[1], Cell(measure[t], r, t + 1))
            continue
        if numbered and _continues(b, r, measure, roles):
            continue
        if (
            r in wide
            or across.lonely(measure, roles)
            or (numbered and across.titled(measure, roles))
        ):
            _across(b, r, measure)
            continue
        _row(b, r, measure, roles, labels, side)
        if progress:
            progress(b.position)


def _continues(b: Builder, r: int, row: list[str], roles: list[str | None]) -> bool:
    """A row holding only words in the measure column that start in lower case, under a
    measure, in a table whose rows are numbered: the measure's text going on (W140)."""
    filled = [(c, t) for c, t in enumerate(row) if t.strip()]
    if "text" not in roles or [c for c, _ in filled] != [roles.index("text")]:
        return False
    text = " ".join(filled[0][1].split())
    if not across.continued(text) or cells.measure_number(text)[1] or not b.objectives:
        return False
    return b.continue_text(text, Cell(text, r, filled[0][0] + 1))


def _goal_rows(grid: Grid, h: int, roles: list[str | None]) -> dict[int, tuple[int, bool]]:
    """Numbered goal lines: a row whose number column holds a whole number k while the
    measures are numbered k.1, k.2 … (row -> (k, whether the row holds its own measure))."""
    if "serial" not in roles or "text" not in roles:
        return {}
    sc, tc = roles.index("serial"), roles.index("text")
    numbered: list[tuple[int, int | None, str | None]] = []
    for r in range(h + 1, len(grid.rows) + 1):
        serial, text = grid.text(r, sc + 1).strip(), grid.text(r, tc + 1)
        number = cells.measure_number(text)[1] or cells.measure_number(serial + " .")[1]
        whole = None if number else cells.serial(serial) if serial.isdigit() else None
        numbered.append((r, whole, number))
    firsts = {n.split(".")[0] for _, _, n in numbered if n}
    if not firsts:
        return {}
    out: dict[int, tuple[int, bool]] = {}
    for r, whole, _ in numbered:
        if whole is None:
            continue
        rest = [t for c, t in enumerate(grid.rows[r - 1]) if c not in (sc, tc) and t.strip()]
        if str(whole) in firsts and not rest:
            out[r] = (whole, False)
        elif str(whole) not in firsts and rest and whole > 1 and str(whole - 1) in firsts:
            out[r] = (whole, True)
    return out


def _goal(
    b: Builder, r: int, row: list[str], roles: list[str | None], goal: tuple[int, bool]
) -> list[str] | None:
    """Start objective k from a goal line; a goal line holding its own measure goes on as
    that objective's measure k.1 (the row, numbered)."""
    k, own = goal
    tc, sc = roles.index("text"), roles.index("serial")
    title = cells.clean(row[tc])
    named = cells.heading(title, digits=True)  # "Зорилт 1: …": the title after its name
    b.objective(k, named[1] if named and named[0] == k else title, Cell(row[tc], r, tc + 1))
    if not own:
        return None
    out = list(row)
    out[tc], out[sc] = f"{k}.1. {row[tc].strip()}", ""
    return out


def _scrub(b: Builder, text: str, r: int, c: int) -> str:
    clean, found = cells.scrub(text)
    for _, _, char in found:
        action = (
            ("made a line break", "мөр шилжүүлэв")
            if char in ("U+000B", "U+000C")
            else ("removed", "устгав")
        )
        b.warn(Cell("", r, c), "W128", char=char, action=action[0], action_mn=action[1])
    return clean


def _skipped(
    b: Builder, r: int, row: list[str], roles: list[str | None], header: list[list[str]]
) -> bool:
    """A column-number row ("1 2 3 …") or the header repeated on a new page: skipped."""
    values = [t.strip() for t in row if t.strip()]
    if len(values) >= 3 and values == [str(i) for i in range(1, len(values) + 1)]:
        b.warn(Cell("", r, 1), "W123", got=" ".join(values))
        return True
    stripped = [t.strip() for t in row]
    repeated = any(stripped[: len(h)] == h and not any(stripped[len(h) :]) for h in header)
    numbered = any(cells.measure_number(t)[1] for t in row)
    if repeated or (
        not numbered and headers.is_header(row) and set(headers.roles(row)) <= set(roles)
    ):
        b.warn(Cell("", r, 1), "W124")
        return True
    return False


def split_header(grid: Grid, h: int) -> int:
    """The last header row: the next row continues the header when it adds known columns."""
    if h >= len(grid.rows):
        return h
    nxt = grid.rows[h]
    if any(cells.measure_number(t)[1] or cells.heading(t, digits=True) for t in nxt):
        return h
    first = next((t.strip() for t in nxt if t.strip()), "")
    if cells.serial(first) is not None and any(len(t.strip()) > 40 for t in nxt):
        return h  # a numbered row of long text is the first row of data
    values = {t.strip() for t in nxt if t.strip()}
    if len(values) == 1 and (len(v := values.pop()) > 40 or v[0] in "“\"«„'"):
        return h  # a section row across the table ("“Авлигын талаарх төсөөлөл”")
    if _section_row(grid, h + 1):
        return h  # a title merged across, or alone in the first cell: a section row
    width = max(len(grid.rows[h - 1]), len(nxt))
    joined = [f"{grid.text(h, c)} {grid.text(h + 1, c)}" for c in range(1, width + 1)]
    before = [r for r in headers.roles(grid.rows[h - 1]) if r]
    after = headers.roles(joined)
    if len([r for r in after if r]) > len(before):
        return h + 1
    # "/хувь/" under "Хэрэгжилт": short words under named columns, nothing under the measure's
    text_col = after.index("text") if "text" in after else -1
    below = [(c, t) for c, t in enumerate(nxt) if t.strip()]
    continues = all(after[c] and c != text_col and len(t) <= 40 for c, t in below)
    return h + 1 if below and continues else h


def _section_row(grid: Grid, r: int) -> bool:
    """Row ``r`` holds one text of words, merged across at least half the table or alone in
    its first cell ("Төрийн үйлчилгээ" over the measures): a section, never a header row."""
    row = grid.rows[r - 1]
    filled = [c for c, t in enumerate(row, 1) if t.strip()]
    if len(filled) != 1 or sum(ch.isalpha() for ch in row[filled[0] - 1]) < 4:
        return False
    width = max(len(x) for x in grid.rows)
    return filled == [1] or r in across.rows_across(grid.merges, width)


def _roles(
    b: Builder, labels: list[str], h: int, body: list[list[str]], meta: Meta
) -> list[str | None]:
    roles = headers.roles(labels)
    if roles and not labels[0] and "serial" not in roles:
        roles[0] = "serial"  # a number column without a header
    by_header = list(roles)
    changes = content.refine(labels, roles, body, b.grades)
    mapped = mapping.apply(meta.columns, labels, roles) if meta.columns else []
    b.diagnostics.extend(mapped)
    report_roles(b, labels, roles, by_header, h, _mapped(mapped))
    for ch in changes:
        b.warn(Cell(ch.header, h, ch.column), "W135", **content.warning_args(ch))
    for c, (label, role) in enumerate(zip(labels, roles, strict=False), 1):
        if role is None and label:
            b.warn(Cell(label, h, c), "W105", got=label)
    for role, header in headers.IAAC_COLUMNS:
        if role not in roles and role not in ("serial", "objective"):
            b.warn(Cell("", h, 1), "W122", header=header)
    return roles


def _mapped(mapped: list[Diagnostic]) -> set[int]:
    """The columns a map line set (their W137 says "column N …")."""
    return {int(w.split()[1]) for d in mapped if (w := dict(d.args)["what"]).startswith("column ")}


def report_roles(
    b: Builder,
    labels: list[str],
    roles: list[str | None],
    by_header: list[str | None],
    h: int,
    mapped: set[int],
) -> None:
    """One guess per column in the import report: its role and what it was read by."""
    for c, (label, role) in enumerate(zip(labels, roles, strict=False), 1):
        if not label and role is None:
            continue
        how = ("its header", "толгойгоор") if role == by_header[c - 1] else ("its cells", "нүдээр")
        if c in mapped:
            how = ("the map", "зураглалаар")
        b.guess(
            Cell(label, h, c),
            f"column {c} '{label}' is {role or 'notes'} (by {how[0]})",
            f"{c}-р '{label}' багана: {role or 'тэмдэглэл'} ({how[1]})",
        )


def _across(b: Builder, r: int, row: list[str]) -> None:
    """A row across the table: an objective (:mod:`across`)."""
    c, text = next((i, t) for i, t in enumerate(row, 1) if t.strip())
    found = across.objective(text, len([o for o in b.objectives if o.measures]))
    if found:
        b.objective(found[0], found[1], Cell(text, r, c))


def _fill_merges(
    b: Builder, grid: Grid, h: int, roles: list[str | None], wide: set[int] | None = None
) -> dict[tuple[int, int], str]:
    """Copy a merged value down its rows; warn when a merge joins cells of a measure row."""
    filled: dict[tuple[int, int], str] = {}
    for r1, c1, r2, c2 in sorted(grid.merges):
        if r2 <= h:
            continue
        value = grid.text(r1, c1)
        if r1 == r2 and (_section(grid.rows[r1 - 1]) or r1 in (wide or set())):
            continue
        if r1 == r2 and across.labelled(grid.rows[r1 - 1], roles):
            continue  # "II" | a title merged across: a section row
        role = roles[c1 - 1] if c1 <= len(roles) else None
        if not (c1 == c2 and role == "objective"):
            span = f"{_a1(r1, c1)}:{_a1(r2, c2)}"
            b.warn(Cell(value, r1, c1), "W110", got=cells.clean(value)[:40], span=span)
        for r in range(r1 + 1, r2 + 1):
            filled[(r, c1)] = value
    return filled


def _a1(r: int, c: int) -> str:
    letters = ""
    while c:
        c, rem = divmod(c - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{r}"


def _section(row: list[str]) -> tuple[int, str] | None:
    values = {t.strip() for t in row if t.strip()}
    if len(values) != 1:
        return None
    value = values.pop()
    return None if cells.measure_number(value)[1] else cells.heading(value, digits=True)


def _row(
    b: Builder,
    r: int,
    row: list[str],
    roles: list[str | None],
    labels: list[str],
    side: dict[str, dict[str, Cell]],
) -> None:
    h = _section(row)
    if h:
        c = next(i for i, t in enumerate(row, 1) if t.strip())
        b.objective(h[0], h[1], Cell(row[c - 1], r, c))
        return
    text_col = roles.index("text") + 1 if "text" in roles else 0
    if not text_col or not cells.clean(row[text_col - 1] if text_col <= len(row) else ""):
        for c, t in enumerate(row, 1):
            b.stray(Cell(t, r, c))
        return
    out = Row(r, text_col)
    for c, t in enumerate(row, 1):
        role = roles[c - 1] if c <= len(roles) else None
        if role and role in out.cells and role == "result":  # several result columns
            if t.strip():
                first = out.cells[role]
                joined = "\n".join(x for x in (first.text.strip(), t.strip()) if x)
                out.cells[role] = Cell(joined, first.line, first.col)
        elif role:
            out.cells[role] = Cell(t, r, c)
            out.labels[role] = " ".join(labels[c - 1].split())
        elif t.strip():
            label = labels[c - 1] if c <= len(labels) and labels[c - 1] else _a1(0, c).rstrip("0")
            if c > len(labels) or not labels[c - 1]:
                b.warn(
                    Cell(t, r, c),
                    "W115",
                    expected=len([x for x in labels if x]),
                    got=cells.clean(t)[:40],
                )
            out.extras.append((label, Cell(t, r, c)))
    number = cells.measure_number(out.text("text"))[1]
    out.side = side.get(number or "", {})
    b.measure(out)


def cell_value(value: Any) -> str:
    """A cell value as text: whole numbers without ".0", dates as ISO, booleans TRUE/FALSE."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(cells.number(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    return str(value)
