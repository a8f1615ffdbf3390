"""Assemble a plan from headings and rows, whatever document they came from.

The readers (text, docx, xlsx) feed headings and rows in document order; the builder numbers,
checks and validates them, keeps what it cannot place in ``notes`` and reports the rest, so a
half-broken document still gives a partial plan plus located warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from iltod.diagnostics import Diagnostic, diag
from iltod.iaac import cells
from iltod.iaac.rows import Cell, Row, prune, read_row
from iltod.load.schema_errors import explain
from iltod.model import DEFAULT_SCALE, Measure, Plan

_PERIODS = [
    (r"жилийн\s+эцэс", "year-end"),
    (r"хагас\s+жил", "half-year"),
    (r"\b(?:I|1)\s*(?:-р|-р|дүгээр|дугаар)?\s*улирал", "q1"),
    (r"\b(?:II|2)\s*(?:-р|дугаар|дүгээр)?\s*улирал", "q2"),
    (r"\b(?:III|3)\s*(?:-р|дугаар|дүгээр)?\s*улирал", "q3"),
    (r"\b(?:IV|4)\s*(?:-р|дүгээр|дугаар)?\s*улирал", "q4"),
]


@dataclass
class Meta:
    """Plan-level facts: from the command line, the document's heading lines or an iltod sheet."""

    agency: str | None = None
    year: int | None = None
    title: str | None = None
    agency_name: str | None = None
    period_line: str | None = None
    source: str | None = None
    exact: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportResult:
    """What an import produced: the plan (None when refused), diagnostics and counts."""

    file: str
    plan: Plan | None
    diagnostics: list[Diagnostic]
    counts: dict[str, int]

    def summary(self) -> str:
        """One line per language: how much was read."""
        c = self.counts
        en = (
            f"read {c['objectives']} objectives, {c['measures']} measures, {c['percents']} "
            f"percents, "
            f"{c['attachments']} attachment counts from {self.file}"
        )
        mn = (
            f"{self.file}-аас {c['objectives']} зорилт, {c['measures']} арга хэмжээ, "
            f"{c['percents']} хувь, {c['attachments']} хавсралтын тоо уншив"
        )
        return f"{en}\n    мн: {mn}"


@dataclass
class _Objective:
    number: int
    title: str
    cell: Cell
    measures: list[dict[str, Any]] = field(default_factory=list)


class Builder:
    """Collects objectives and measures in document order."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.diagnostics: list[Diagnostic] = []
        self.objectives: list[_Objective] = []
        self.position = 0
        self.seen: dict[str, Cell] = {}
        self.percent_cells: list[tuple[Any, Cell, str]] = []

    def warn(self, cell: Cell, code: str, path: str = "", **args: Any) -> None:
        self.diagnostics.append(diag(self.file, cell.line, cell.col, code, path, **args))

    def objective(self, number: int, title: str, cell: Cell) -> None:
        """Start objective ``number`` (from a heading such as "НЭГ. …")."""
        self.objectives.append(_Objective(number, title, cell))

    def measure(self, row: Row) -> None:
        """Read one measure row and file it under the current objective."""
        self.position += 1
        text = row.at("text")
        serial, number, rest = cells.measure_number(text.text)
        current = self._objective_for(row, number)
        if number is None:
            number = f"{current.number}.{len(current.measures) + 1}"
            self.warn(text, "W113", f"measure[{number}].number", got=_short(rest), number=number)
        elif number.split(".")[0] != str(current.number):
            self.warn(
                text, "W108", f"measure[{number}].number", objective=current.number, got=number
            )
        read = read_row(row, self.file, number)
        self.diagnostics.extend(read.diagnostics)
        self._check_serial(row, serial, number, read.data)
        self._check_unique(number, text)
        data = prune(read.data)
        try:
            Measure.model_validate(data)
        except ValidationError as exc:
            en, mn = explain(exc, data)
            self.warn(text, "E107", f"measure[{number}]", problem=en, problem_mn=mn)
            return
        self.percent_cells.append((data.get("percent"), row.at("percent"), number))
        current.measures.append(data)

    def _objective_for(self, row: Row, number: str | None) -> _Objective:
        named = row.text("objective")
        if named and not cells.is_empty(named) and cells.serial(named) is None:
            h = cells.heading(named, digits=True)
            title = h[1] if h else named
            if not self.objectives or self.objectives[-1].title != title:
                n = h[0] if h else int(number.split(".")[0]) if number else len(self.objectives) + 1
                self.objective(n, title, row.at("objective"))
        if not self.objectives:
            n = int(number.split(".")[0]) if number else 1
            title = f"Зорилт {n}"
            self.warn(
                row.at("text"), "W118", "objectives[0].title", number=number or "?", title=title
            )
            self.objective(n, title, row.at("text"))
        return self.objectives[-1]

    def _check_serial(
        self, row: Row, inline: int | None, number: str, data: dict[str, Any]
    ) -> None:
        raw = row.text("serial")
        if cells.is_empty(raw) and inline is None:
            return
        got = cells.serial(raw) if raw else inline
        if got != self.position:
            cell = row.at("serial") if raw else row.at("text")
            self.warn(cell, "W101", f"measure[{number}]", expected=self.position, got=raw or inline)
            note = f"Д/д: {raw or inline}"
            data["notes"] = f"{data['notes']}\n{note}" if data.get("notes") else note

    def _check_unique(self, number: str, cell: Cell) -> None:
        if number in self.seen:
            first = self.seen[number]
            self.warn(
                cell,
                "W116",
                f"measure[{number}].number",
                got=number,
                first=f"{first.line}:{first.col}",
            )
        else:
            self.seen[number] = cell

    def stray(self, cell: Cell) -> None:
        """Text the importer could not place: reported, not imported."""
        if not cells.is_empty(cell.text):
            self.warn(cell, "W106", got=_short(cell.text))

    def finish(self, meta: Meta) -> ImportResult:
        """Validate what was read into a plan; refuse (plan None) only when it cannot be one."""
        objectives: list[dict[str, Any]] = []
        for o in self.objectives:
            if o.measures:
                objectives.append({"number": o.number, "title": o.title, "measures": o.measures})
            else:
                self.warn(o.cell, "W109", got=_short(o.title))
        measures = [m for o in self.objectives for m in o.measures]
        counts = {
            "objectives": len(objectives),
            "measures": len(measures),
            "percents": sum(1 for m in measures if m.get("percent") is not None),
            "attachments": sum(1 for m in measures if "attachments" in m),
        }
        plan = self._plan(meta, objectives) if objectives else None
        if not measures:
            self.diagnostics.append(diag(self.file, 1, 1, "E104"))
        return ImportResult(self.file, plan, self.diagnostics, counts)

    def _plan(self, meta: Meta, objectives: list[dict[str, Any]]) -> Plan | None:
        data: dict[str, Any] = {
            "agency": meta.agency,
            "year": meta.year or _year(meta.period_line),
            "title": meta.title,
            "period": _period(meta.period_line),
            "source": meta.source,
            "scale": None if "scale" in meta.exact else self._scale(),
            "objectives": objectives,
        }
        data.update(meta.exact)
        if not data["agency"]:
            self.diagnostics.append(diag(self.file, 1, 1, "E105", got=meta.agency_name or "?"))
        if not data["year"]:
            self.diagnostics.append(diag(self.file, 1, 1, "E106"))
        if not data["title"]:
            data["title"] = re.sub(r"\.[^.]+$", "", self.file.rsplit("/", 1)[-1])
            self.diagnostics.append(diag(self.file, 1, 1, "W121", title=data["title"]))
        if data["period"] is None:
            data["period"] = "year-end"
            self.diagnostics.append(
                diag(self.file, 1, 1, "W120", got=f"'{meta.period_line or ''}'", period="year-end")
            )
        if not data["agency"] or not data["year"]:
            return None
        try:
            given = {k: v for k, v in data.items() if v is not None}
            return Plan.model_validate(given)
        except ValidationError as exc:
            en, mn = explain(exc, given)
            self.diagnostics.append(diag(self.file, 1, 1, "E108", problem=en, problem_mn=mn))
            return None

    def _scale(self) -> list[int] | str:
        for value, cell, number in self.percent_cells:
            if value is not None and value not in DEFAULT_SCALE:
                scale = ", ".join(map(str, DEFAULT_SCALE))
                self.warn(cell, "W111", f"measure[{number}].percent", scale=f"[{scale}]", got=value)
                return "free"
        return list(DEFAULT_SCALE)


def _year(line: str | None) -> int | None:
    m = re.search(r"\b(20\d\d)\s*(?:он|оны|онд)", line or "")
    return int(m[1]) if m else None


def _period(line: str | None) -> str | None:
    for pattern, period in _PERIODS:
        if re.search(pattern, line or "", re.IGNORECASE):
            return period
    return None


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
