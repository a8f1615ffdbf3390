"""The IAAC table layout shared by the XLSX and DOCX exports.

One plan becomes: three heading lines (title, agency, period), the nine-column IAAC table with
objectives as section rows ("НЭГ. …"), and an "iltod" part holding what the table cannot:
plan fields, and per measure its due date, not-due flag, notes, stored attachment files, the
fields the IAAC table has no column for (responsible, baseline, target level) and the
exact value of any field the table cells would not read back identically. The exporters check
every row with the importer's own reader, so YAML → XLSX/DOCX → import loses nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from iltod.iaac import cells, columns
from iltod.iaac.columns import IAAC_COLUMNS
from iltod.iaac.rows import Cell, Row, prune, read_row
from iltod.model import Agency, Measure, Plan

HEADERS = [header for _, header in IAAC_COLUMNS]
SIDE_COLUMNS = columns.SIDE_COLUMNS
SIDE_KEYS = {label: key for key, label in SIDE_COLUMNS}
META_KEYS = ("agency", "year", "title", "period", "reported", "source", "scale")
SIDE_TITLE = (
    "iltod: нэмэлт мэдээлэл, бүү өөрчил / additional data for a lossless import — do not edit"
)
PERIOD_MN = {
    "year-end": "жилийн эцэс",
    "half-year": "хагас жил",
    "q1": "1-р улирал",
    "q2": "2-р улирал",
    "q3": "3-р улирал",
    "q4": "4-р улирал",
}


@dataclass
class Line:
    """One row of the IAAC table: a section heading or a measure."""

    kind: str  # "section" | "measure"
    values: list[Any]
    side: dict[str, str] | None = None


def heading_lines(plan: Plan, agency: Agency | None) -> list[str]:
    """Title, agency name and period line, as the reporting system prints them."""
    name = agency.name.mn if agency else plan.agency
    return [plan.title, name, f"{plan.year} оны {PERIOD_MN[plan.period]}"]


def meta_rows(plan: Plan) -> list[tuple[str, Any]]:
    """Plan fields for the iltod part, as (key, cell value)."""
    data = plan.model_dump(mode="json", exclude={"objectives"})
    out: list[tuple[str, Any]] = []
    for key in META_KEYS:
        value = data.get(key)
        if key == "scale":
            value = json.dumps(value, ensure_ascii=False)
        out.append((key, "" if value is None else value))
    return out


def table(plan: Plan) -> list[Line]:
    """Section and measure rows in document order."""
    lines: list[Line] = []
    position = 0
    for o in plan.objectives:
        lines.append(Line("section", [f"{cells.ordinal_word(o.number)}. {o.title}"]))
        for m in o.measures:
            position += 1
            values, side = measure_cells(m, position)
            lines.append(Line("measure", values, side))
    return lines


def measure_cells(m: Measure, position: int) -> tuple[list[Any], dict[str, str]]:
    """The nine IAAC cells of a measure and its iltod side cells (exact values included)."""
    result = m.result or ""
    declared = m.attachments.declared if m.attachments else None
    if declared is not None:
        line = cells.format_attachments(declared.model_dump())
        result = f"{result}\n\n{line}" if result else line
    values: list[Any] = [
        position,
        "",
        f"{m.number}. {m.text}",
        m.timeframe or "",
        "\n".join(m.indicators),
        m.target or "",
        cells.format_budget(
            m.budget.model_dump() if m.budget and not isinstance(m.budget, str) else m.budget
        ),
        result,
        "" if m.percent is None else m.percent,
    ]
    side = {
        "number": m.number,
        "due": m.due.isoformat() if m.due else "",
        "not_due": "TRUE" if m.not_due else "",
        "notes": m.notes or "",
        "items": _items(m),
        "responsible": m.responsible or "",
        "baseline": m.baseline or "",
        "target_level": m.target_level or "",
    }
    side["exact"] = exact_values(m, values, side)
    return values, side


def _items(m: Measure) -> str:
    if not m.attachments or not m.attachments.items:
        return ""
    items = [i.model_dump(exclude_defaults=True) for i in m.attachments.items]
    return json.dumps(items, ensure_ascii=False)


def exact_values(m: Measure, values: list[Any], side: dict[str, str]) -> str:
    """JSON of the fields the cells would not read back identically ("" when all do)."""
    data = read_back(values, side)
    want = m.model_dump(mode="json", exclude_defaults=True)
    got = data.model_dump(mode="json", exclude_defaults=True) if data else {}
    diff = {k: want.get(k) for k in sorted(set(want) | set(got)) if want.get(k) != got.get(k)}
    for key in diff:
        if diff[key] is None:
            diff[key] = Measure.model_fields[key].default if key != "percent" else None
    return json.dumps(diff, ensure_ascii=False) if diff else ""


def read_back(values: list[Any], side: dict[str, str]) -> Measure | None:
    """What the importer reads from these cells (None when it would refuse the row)."""
    row = Row(1, 1)
    for (role, _), value in zip(IAAC_COLUMNS, values, strict=False):
        text = f"{value}%" if role == "percent" and value != "" else str(value)
        row.cells[role] = Cell(text, 1, 1)
    row.side = {k: Cell(v, 1, 1) for k, v in side.items() if k != "number"}
    number = cells.measure_number(row.cells["text"].text)[1] or ""
    try:
        return Measure.model_validate(prune(read_row(row, "", number).data))
    except ValueError:
        return None
