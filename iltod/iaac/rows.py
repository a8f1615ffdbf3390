"""Turn one table row (cells keyed by IAAC role) into the data of one measure.

Shared by every importer and by the exporters, which use it to check that what they write
reads back to the same measure (and store exact values for whatever would not).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from iltod.diagnostics import Diagnostic, diag
from iltod.iaac import cells
from iltod.iaac.columns import LABELS
from iltod.iaac.grades import Grades
from iltod.indicators import split

HEADER = LABELS
TEXT_FIELDS = ("target", "baseline", "target_level", "responsible")
LEVELS = ("baseline", "target_level")
"""Level columns, where a dash is a value the report states ("no baseline"), kept."""
_SLASH_PERCENT = re.compile(r"/[^/\n]*?\d+(?:[.,]\d+)?\s*%[^/\n]*/")
_TRAILING_PERCENT = re.compile(r"(?<![\d.,])\(?\s*(\d{1,3}(?:[.,]\d+)?\s*%)\s*\)?\s*\.?\s*$")
"""A percent closing the result ("Гэрээнд заалт тусгасан. 100%", "… (30%)"): the row's mark, where a
percent inside the sentence ("41% хамрагдсан") is a fact of the result."""


@dataclass(frozen=True)
class Cell:
    """The text of one cell and where it starts (line or row, and column; 1-based)."""

    text: str
    line: int
    col: int


@dataclass
class Row:
    """One measure row as read from a document, before interpretation."""

    line: int
    col: int
    cells: dict[str, Cell] = field(default_factory=dict)
    extras: list[tuple[str, Cell]] = field(default_factory=list)
    attachments: list[Cell] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    side: dict[str, Cell] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    """The document's own header of each role's column, for the import report."""

    def text(self, role: str) -> str:
        c = self.cells.get(role)
        return cells.clean(c.text) if c else ""

    def at(self, role: str) -> Cell:
        return self.cells.get(role) or Cell("", self.line, self.col)


@dataclass
class Read:
    """A measure's data plus what reading it said, and where its percent came from."""

    data: dict[str, Any]
    diagnostics: list[Diagnostic]
    serial: int | None = None
    why: tuple[str, str] = ("not stated", "бичээгүй")


def read_row(row: Row, file: str, number: str, grades: Grades | None = None) -> Read:
    """Interpret ``row`` as measure ``number`` (already parsed from the text cell).

    ``grades`` gives the grade words and the plan's scale (the IAAC's when None).
    """
    out = Read({}, [])
    grades = grades or Grades()
    p = f"measure[{number}]."
    notes: list[str] = []
    _, _, text = cells.measure_number(row.text("text"))
    data = out.data
    data["number"] = number
    data["text"] = text
    data["timeframe"] = "" if cells.is_empty(row.text("timeframe")) else row.text("timeframe")
    data["indicators"] = indicators(row.text("indicators"))
    for key in TEXT_FIELDS:
        value = row.text(key)
        kept = key in LEVELS and value.strip() in ("-", "–", "—")  # "no baseline", as written
        data[key] = value.strip() if kept else None if cells.is_empty(value) else value
    data["budget"] = cells.budget(row.text("budget"))
    result, declared = _split_result(row.text("result"))
    data["result"] = None if cells.is_empty(result) else result
    data["percent"], out.why = _percent(row, file, p, data, notes, out.diagnostics, grades)
    _attachments(row, file, p, declared, data, notes, out.diagnostics)
    for label, cell in row.extras:
        if cell.text.strip():  # a dash too: the report wrote it
            notes.append(f"{label}: {cells.clean(cell.text)}")
    exact = _side(row, file, p, data, notes, out.diagnostics)
    data["notes"] = "\n".join(notes) if notes else None
    data.update(exact)
    # The exact value replaces the cell reading, so warnings about that cell are moot.
    out.diagnostics[:] = [d for d in out.diagnostics if d.field.rsplit(".", 1)[-1] not in exact]
    return out


def indicators(cell: str) -> list[str]:
    """Indicator items: one per line when the cell has several lines, else :func:`split`."""
    if cells.is_empty(cell):
        return []
    if "\n" in cell:
        return [line.strip() for line in cell.split("\n") if line.strip()]
    return split(cell)


def _split_result(text: str) -> tuple[str, list[str]]:
    """The result without trailing attachment-count lines (exports put them there)."""
    lines = text.split("\n")
    found: list[str] = []
    while lines and (cells.is_attachment_line(lines[-1]) or (found and not lines[-1].strip())):
        line = lines.pop()
        if line.strip():
            found.insert(0, line)
    return cells.clean("\n".join(lines)), found


def _percent(
    row: Row,
    file: str,
    p: str,
    data: dict[str, Any],
    notes: list[str],
    ds: list[Diagnostic],
    grades: Grades,
) -> tuple[Any, tuple[str, str]]:
    """The percent and why: the percent column first; else a grade or percent the result
    states. When the column and the result disagree, the column wins and a warning says so."""
    c = row.at("percent")
    if row.missing == ["percent"]:
        ds.append(diag(file, c.line, c.col, "W102", f"{p}percent"))
        return None, ("not stated: the row ends early", "бичээгүй: мөр дутуу")
    value, why = _from_column(row, file, p, data, notes, ds, grades)
    stated = _from_result(data.get("result"), grades)
    r = row.at("result")
    if value is None and stated is not None:
        got, value, en, mn = stated
        extra = grade_args(grades, got) if en.startswith("grade") else {}
        code = "W125" if en.startswith("grade") else "W104"
        ds.append(diag(file, r.line, r.col, code, f"{p}percent", got=got, value=value, **extra))
        return value, (f"{en} in the result", f"үр дүнгийн {mn}")
    if value is not None and stated is not None and stated[1] != value:
        ds.append(
            diag(
                file,
                r.line,
                r.col,
                "W126",
                f"{p}percent",
                got=stated[0],
                stated=stated[1],
                value=value,
            )
        )
    return value, why


def _from_column(
    row: Row,
    file: str,
    p: str,
    data: dict[str, Any],
    notes: list[str],
    ds: list[Diagnostic],
    grades: Grades,
) -> tuple[Any, tuple[str, str]]:
    c = row.at("percent")
    label = row.labels.get("percent") or HEADER["percent"]
    column, column_mn = f"the '{label}' column", f"'{label}' багана"
    kind, value = cells.percent(c.text)
    if kind == "ok":
        return value, (f"from {column}", f"{column_mn}-аас")
    if kind == "text":
        ds.append(diag(file, c.line, c.col, "W104", f"{p}percent", got=_short(c.text), value=value))
        notes.append(f"{HEADER['percent']}: {cells.clean(c.text)}")
        return value, (f"written inside {column}", f"{column_mn} доторх текстээс")
    if kind == "empty":
        return None, ("not stated", "бичээгүй")
    if cells.NOT_DUE.match(c.text):  # "ХБ": хугацаа болоогүй
        data["not_due"] = True
        return None, (f"not yet due ('{c.text.strip()}')", f"хугацаа болоогүй ('{c.text.strip()}')")
    grade = grades.whole(c.text)
    if grade is not None:
        scale = "/".join(map(str, grades.scale))
        args = grade_args(grades, grade.words)
        ds.append(
            diag(
                file,
                c.line,
                c.col,
                "W125",
                f"{p}percent",
                got=grade.words,
                value=grade.percent,
                **args,
            )
        )
        return grade.percent, (
            f"grade word '{grade.words}' ({grade.step}) on the scale {scale}",
            f"'{grade.words}' үнэлгээний үгээр, {scale} шатлалаар",
        )
    if "result" not in row.cells and data.get("result") is None:
        ds.append(diag(file, c.line, c.col, "W132", f"{p}result", got=_short(c.text)))
        data["result"] = cells.clean(c.text)
        return None, ("not stated", "бичээгүй")
    ds.append(diag(file, c.line, c.col, "W103", f"{p}percent", got=_short(c.text)))
    notes.append(f"{HEADER['percent']}: {cells.clean(c.text)}")
    return None, ("not readable, kept in notes", "уншигдсангүй, тайлбарт хадгалав")


_STEP_MN = {"done": "хэрэгжсэн", "mostly": "ихэвчлэн", "begun": "эхэлсэн", "none": "хэрэгжээгүй"}


def grade_args(grades: Grades, words: str) -> dict[str, str]:
    """What W125 says of a grade word: its step and the scale that gave it its percent."""
    grade = grades.whole(words) or grades.marked(words) or grades.opening(words)
    step = grade.step if grade else "?"
    scale = sorted(grades.scale) if len(grades.scale) == 4 else [0, 30, 70, 100]
    return {
        "step": f"step '{step}'",
        "step_mn": _STEP_MN.get(step, step),
        "scale": ", ".join(map(str, scale)),
    }


def _from_result(result: str | None, grades: Grades) -> tuple[str, Any, str, str] | None:
    """(as written, percent, how in English, how in Mongolian) that a result states, if one."""
    if not result:
        return None
    marks = _SLASH_PERCENT.findall(result)
    if len(marks) == 1:
        return marks[0], cells.percent(marks[0])[1], "percent marked", "тэмдэглэсэн хувь"
    grade = grades.whole(result) or grades.marked(result) or grades.opening(result)
    if grade is not None:
        return grade.words, grade.percent, f"grade word '{grade.words}'", "үнэлгээний үг"
    last = _TRAILING_PERCENT.search(result)
    if last and last.start() > 0 and cells.percent(last[1])[0] == "ok":
        value = cells.percent(last[1])[1]
        return last[1], value, "percent closing the text", "төгсгөлийн хувь"
    return None


def _attachments(
    row: Row,
    file: str,
    p: str,
    lines: list[str],
    data: dict[str, Any],
    notes: list[str],
    ds: list[Diagnostic],
) -> None:
    found = [Cell(t, row.at("result").line, row.at("result").col) for t in lines] + row.attachments
    for c in found:
        counts = cells.attachment_counts(c.text)
        if counts is None or "attachments" in data:
            ds.append(diag(file, c.line, c.col, "W114", f"{p}attachments", got=_short(c.text)))
            notes.append(c.text.strip())
        else:
            data["attachments"] = {"declared": counts}


def _side(
    row: Row, file: str, p: str, data: dict[str, Any], notes: list[str], ds: list[Diagnostic]
) -> dict[str, Any]:
    """Fields the IAAC table has no column for, read from the iltod part; returns exact values."""
    exact: dict[str, Any] = {}
    side = {k: cells.clean(v.text) for k, v in row.side.items()}
    if side.get("due"):
        data["due"] = side["due"]
    if side.get("not_due", "").lower() in ("true", "1", "тийм", "yes", "x"):
        data["not_due"] = True
    if side.get("notes"):
        notes.insert(0, side["notes"])
    for key in TEXT_FIELDS[1:]:
        if side.get(key):
            data[key] = side[key]
    for key in ("items", "exact"):
        if side.get(key):
            try:
                value = json.loads(side[key])
            except json.JSONDecodeError:
                c = row.side[key]
                ds.append(diag(file, c.line, c.col, "W119", f"{p}{key}", got=_short(side[key])))
                continue
            if key == "items":
                data.setdefault("attachments", {})["items"] = value
            elif isinstance(value, dict):
                exact = value
    return exact


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def prune(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional values so the data validates like a hand-written file."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if (
            key == "percent"
            or (key == "not_due" and value is True)
            or (key != "not_due" and value not in (None, [], ""))
        ):
            out[key] = value
    return out
