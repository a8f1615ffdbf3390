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
from iltod.iaac.grades import SCALES, Grades
from iltod.iaac.read import numbers
from iltod.iaac.rows import Cell, Row, prune, read_row
from iltod.load.schema_errors import explain
from iltod.model import Measure, Plan

DEFAULT_OBJECTIVE = "Зорилтгүй арга хэмжээ (тайланд зорилт бичээгүй)"
"""Title of the objective that holds measures the report puts under no objective."""
_TITLE_WORDS = re.compile(
    r"төлөвлөгөө|тайлан|хөтөлбөр|биелэлт|хэрэгжилт|чиглэл|гэрээ|plan|report", re.IGNORECASE
)
_AGENCY_WORDS = re.compile(
    r"газар|яам|хороо|алба|\bсум|аймаг|дүүрэг|засаг дарга|\bтөв\b|байгууллага|хэлтэс|сургууль|"
    r"эмнэлэг|компани|ххк|\bхк\b|зөвлөл|хурал|агентлаг|прокурор|шүүх|цагдаа|нэгж",
    re.IGNORECASE,
)
_META_MN = {"title": "төлөвлөгөөний нэр", "agency": "байгууллагын нэр", "period": "тайлант хугацаа"}
_PERIOD_WORDS = re.compile(r"\b20\d\d\b|улирал|хагас\s+жил|жилийн\s+эцэс", re.IGNORECASE)
_DECISION = re.compile(r"тогтоол|захирамж|тушаал|хавсралт", re.IGNORECASE)
"""An approval line above the title ("Засгийн газрын 2012 оны 203 дугаар тогтоолын …
хавсралт"): its year is the decision's, not the report's."""
_OWN_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:[.,]\d{1,3})*[.,)]?\s+)+")
"""The objective's own numbers before its title in an objective column ("1.1. …", "1 1.1 …")."""
_REPORTED = re.compile(r"биелэлт|тайлан|хэрэгжилт|гүйцэтгэл", re.IGNORECASE)
_DATE = re.compile(
    r"\b20\d\d\s*(?:оны\s+\d{1,2}\s*(?:-р|-р|дугаар|дүгээр)?\s*сарын\s+\d{1,2}"
    r"|[./-]\d{1,2}[./-]\d{1,2})|\b\d{1,2}[./]\d{1,2}[./]20\d\d\b",
    re.IGNORECASE,
)
"""A day's date ("2022 оны 01 дүгээр сарын 15", "2022.01.15"): the day a report was written
or signed, not its period, unless the line says "as of" it ("… -ны байдлаар")."""
_AS_OF = re.compile(r"байдлаар|байдалаар", re.IGNORECASE)

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
    grades: Grades = field(default_factory=Grades)
    columns: Any = None
    """The ``--map`` file's corrections (:class:`iltod.iaac.read.mapping.ColumnMap`)."""
    output_year: int | None = None
    """The year of ``-o plans/<agency>/<year>.yml``: used, and reported, when nothing else
    gives one."""


@dataclass(frozen=True)
class Entry:
    """One line of the import report: what a source row or line became."""

    line: int
    col: int
    en: str
    mn: str


@dataclass
class ImportResult:
    """What an import produced: the plan (None when refused), diagnostics and counts."""

    file: str
    plan: Plan | None
    diagnostics: list[Diagnostic]
    counts: dict[str, int]
    entries: list[Entry] = field(default_factory=list)
    rows: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Where each measure was read in the document (line, column), by its number."""
    guesses: list[Entry] = field(default_factory=list)
    """The reading's guesses a clerk may correct with ``--map``: the year, the scale, every
    column's role (by its header or by its cells)."""

    def report(self, lang: str = "both") -> str:
        """Per source row what it became, in document order, then every diagnostic (every
        cell or line not used is one of them): the report a clerk checks before writing."""
        out: list[str] = []
        for e in sorted(self.entries, key=lambda e: e.line):  # stable: document order
            head = f"{self.file}:{e.line}:{e.col}: "
            if lang == "mn":
                out.append(head + e.mn)
            elif lang == "en":
                out.append(head + e.en)
            else:
                out.append(f"{head}{e.en}\n    мн: {e.mn}")
        for g in self.guesses:
            head = f"{self.file}:{g.line}:{g.col}: guess / таамаг: "
            out.append(head + {"mn": g.mn, "en": g.en}.get(lang, f"{g.en}\n    мн: {g.mn}"))
        out += [d.format(lang) for d in sorted(self.diagnostics)]
        return "\n".join(out)

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

    def __init__(self, file: str, grades: Grades | None = None) -> None:
        self.file = file
        self.diagnostics: list[Diagnostic] = []
        self.objectives: list[_Objective] = []
        self.position = 0
        self.seen: dict[str, Cell] = {}
        self.percent_cells: list[tuple[Any, Cell, str]] = []
        self.entries: list[Entry] = []
        self.guesses: list[Entry] = []
        self.grades = grades or Grades()
        self.refused = False

    def note(self, cell: Cell, en: str, mn: str) -> None:
        """Add a line to the import report."""
        self.entries.append(Entry(cell.line, cell.col, en, mn))

    def guess(self, cell: Cell, en: str, mn: str) -> None:
        """Add a guess to the import report (after the rows, before the diagnostics)."""
        self.guesses.append(Entry(cell.line, cell.col, en, mn))

    def warn(self, cell: Cell, code: str, path: str = "", **args: Any) -> None:
        self.diagnostics.append(diag(self.file, cell.line, cell.col, code, path, **args))

    def unreadable(self, what: str, what_mn: str) -> None:
        """E101: the document cannot be read at all (said in English and Mongolian); nothing
        else is reported about it, not even that it has no measure."""
        self.diagnostics.append(diag(self.file, 1, 1, "E101", what=what, what_mn=what_mn))
        self.refused = True

    def objective(self, number: int, title: str, cell: Cell) -> None:
        """Start objective ``number`` (from a heading such as "НЭГ. …")."""
        self.objectives.append(_Objective(number, title, cell))
        self.note(
            cell, f"objective {number}: {_short(title)}", f"{number}-р зорилт: {_short(title)}"
        )

    def measure(self, row: Row) -> None:
        """Read one measure row and file it under the current objective."""
        self.position += 1
        text = row.at("text")
        serial, number, rest = cells.measure_number(text.text)
        if number is None and (n := cells.measure_number(row.text("serial") + " .")[1]):
            number = n  # the number column holds "1.1" and the text has none
            row.cells["serial"] = Cell("", row.at("serial").line, row.at("serial").col)
        current = self._objective_for(row, number)
        one = cells.one_level(text.text) if number is None else None
        if one is not None:
            number = f"{current.number}.{one[0]}"
            self.warn(
                text,
                "W129",
                f"measure[{number}].number",
                got=one[0],
                number=number,
                objective=current.number,
            )
            row.cells["text"] = Cell(f"{number}. {one[1]}", text.line, text.col)
        elif number is None:
            number = f"{current.number}.{len(current.measures) + 1}"
            self.warn(text, "W113", f"measure[{number}].number", got=_short(rest), number=number)
        elif number.split(".")[0] != str(current.number):
            self.warn(
                text, "W108", f"measure[{number}].number", objective=current.number, got=number
            )
        number = self._zero(number, current, text)
        read = read_row(row, self.file, number, self.grades)
        self.diagnostics.extend(read.diagnostics)
        self._check_serial(row, serial, number, read.data, len(current.measures) + 1)
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
        fields = ", ".join(k for k in data if k not in ("number", "percent"))
        value = data.get("percent")
        pct = "no percent" if value is None else f"percent {value}"
        pct_mn = "хувьгүй" if value is None else f"хувь {value}"
        start = Cell("", row.line, 1)
        self.note(
            start,
            f"measure {number} (objective {current.number}): {fields}; {pct} — {read.why[0]}",
            f"{number} арга хэмжээ ({current.number}-р зорилт): {fields}; {pct_mn} — {read.why[1]}",
        )

    def _zero(self, number: str, current: _Objective, cell: Cell) -> str:
        """``number`` with the zero a number typed into Excel lost (W141)."""
        previous = current.measures[-1]["number"] if current.measures else None
        due = numbers.lost_zero(number, previous, set(self.seen))
        if due is None:
            return number
        self.warn(cell, "W141", f"measure[{due}].number", number=due, previous=previous, got=number)
        return due

    def _objective_for(self, row: Row, number: str | None) -> _Objective:
        named = row.text("objective")
        if named and not cells.is_empty(named) and cells.serial(named) is None:
            h = cells.heading(named, digits=True)
            title = h[1] if h else _OWN_NUMBER.sub("", named).strip() or named
            if not self.objectives or self.objectives[-1].title != title:
                held = len([o for o in self.objectives if o.measures])  # not empty sections
                two = number is not None and number.count(".") == 1  # "2.1": objective 2
                n = h[0] if h else int(number.split(".")[0]) if number and two else held + 1
                self.objective(n, title, row.at("objective"))
        if not self.objectives:
            n = int(number.split(".")[0]) if number else 1
            title = DEFAULT_OBJECTIVE
            self.warn(
                row.at("text"), "W118", "objectives[0].title", number=number or "?", title=title
            )
            self.objective(n, title, row.at("text"))
        return self.objectives[-1]

    def _check_serial(
        self, row: Row, inline: int | None, number: str, data: dict[str, Any], within: int
    ) -> None:
        """The row number must be the measure's position in the plan or in its objective
        (tables that count again from 1 under each objective)."""
        raw = row.text("serial")
        if (cells.is_empty(raw) or cells.label(raw)) and inline is None:
            return  # no number, or a letter ("а.") that labels the row: numbered by position
        got = cells.serial(raw) if raw else inline
        if got not in (self.position, within):
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

    def continue_text(self, text: str, cell: Cell) -> bool:
        """Join ``text`` to the text of the last measure read (W140); False when there is
        none under the current objective."""
        measures = self.objectives[-1].measures if self.objectives else []
        if not measures:
            return False
        last = measures[-1]
        last["text"] = f"{last['text']} {text}"
        number = last["number"]
        self.warn(cell, "W140", f"measure[{number}].text", number=number, got=_short(text))
        return True

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
        if not measures and not self.refused:
            self.diagnostics.append(diag(self.file, 1, 1, "E104"))
        rows = {n: (c.line, c.col) for n, c in self.seen.items()}
        return ImportResult(
            self.file, plan, self.diagnostics, counts, self.entries, rows, self.guesses
        )

    def _plan(self, meta: Meta, objectives: list[dict[str, Any]]) -> Plan | None:
        year, why = _year_and_why(meta)
        if year:
            self.guess(Cell("", 1, 1), f"year {year}: {why[0]}", f"он {year}: {why[1]}")
        data: dict[str, Any] = {
            "agency": meta.agency,
            "year": year,
            "title": meta.title,
            "period": _period(meta.period_line) or _period(meta.title),
            "source": meta.source,
            "scale": None if "scale" in meta.exact else self._scale(),
            "objectives": objectives,
        }
        data.update(meta.exact)
        if "numbering" not in meta.exact and _own_numbers(objectives):
            data["numbering"] = "source"  # the W108 warnings named each such number
        if not data["agency"]:
            self.diagnostics.append(diag(self.file, 1, 1, "E105", got=meta.agency_name or "?"))
        if not data["year"] and meta.output_year:
            data["year"] = meta.output_year
            self.diagnostics.append(diag(self.file, 1, 1, "W131", year=meta.output_year))
            y = meta.output_year
            self.guess(Cell("", 1, 1), f"year {y}: the output file's", f"он {y}: гаралтын файлын")
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
        """The plan's scale: the one given (or the IAAC's) when every percent is on it, else
        a known scale all the report's percents are on (W134), else free (W111)."""
        given = list(self.grades.scale)
        values = [v for v, _, _ in self.percent_cells if v is not None]
        off = [(v, c, n) for v, c, n in self.percent_cells if v is not None and v not in given]
        shown = ", ".join(map(str, given))
        if not off:
            self._noted_scale(f"[{shown}]", "every percent is on it", "бүх хувь үүнд багтана")
            return given
        value, cell, number = off[0]
        for name, scale in SCALES.items():
            if list(scale) != given and all(v in scale for v in values):
                found = ", ".join(map(str, scale))
                self.warn(
                    cell, "W134", f"measure[{number}].percent", scale=shown, got=value, found=name
                )
                self._noted_scale(f"[{found}]", "read from the percents", "хувиудаас уншив")
                return list(scale)
        self.warn(cell, "W111", f"measure[{number}].percent", scale=f"[{shown}]", got=value)
        self._noted_scale("free", f"{value} is on no known scale", f"{value} аль ч шатлалд үгүй")
        return "free"

    def _noted_scale(self, scale: str, why: str, why_mn: str) -> None:
        self.guess(Cell("", 1, 1), f"scale {scale}: {why}", f"шатлал {scale}: {why_mn}")


def take_meta(b: Builder, lines: list[Cell], meta: Meta) -> None:
    """Take the plan's title, agency and period from the lines above the table, each only
    when the line looks like one (a title names a plan or report, an agency line an agency,
    a period line a year or period); every line is reported, taken or not (W127)."""
    given = meta.title
    slots = {"title": True, "agency": True, "period": True}
    for c in lines:
        text = c.text.strip()
        kind = (
            "agency"
            if slots["agency"] and text in (meta.agency, meta.exact.get("agency"))
            else (_meta_kind(text, slots))
        )
        if kind is None:
            b.warn(
                c,
                "W127",
                got=_short(text),
                what="title, agency or period",
                what_mn="нэр, байгууллага эсвэл тайлант хугацаа",
            )
            continue
        slots[kind] = False
        if kind == "title":
            meta.title = given or text
        elif kind == "agency":
            meta.agency_name = text
        else:
            meta.period_line = text
        mn = {
            "title": "төлөвлөгөөний нэр",
            "agency": "байгууллагын нэр",
            "period": "тайлант хугацаа",
        }
        b.note(
            c, f"taken as the plan's {kind}: {_short(text)}", f"{mn[kind]} гэж авав: {_short(text)}"
        )


def _meta_kind(text: str, free: dict[str, bool]) -> str | None:
    if not text or len(text) > 300 or text.replace(" ", "").isdigit():
        return None
    if _DECISION.search(text) and not _REPORTED.search(text):
        return None
    if free["title"] and _TITLE_WORDS.search(text):
        return "title"
    dated = _DATE.search(text) and not _AS_OF.search(text) and not _period(text)
    if free["period"] and _PERIOD_WORDS.search(text) and len(text) <= 80 and not dated:
        return "period"
    if free["agency"] and _AGENCY_WORDS.search(text):
        return "agency"
    return None


_REPORT_YEAR = re.compile(
    r"(?<![\d\-–])(20\d\d)\s*(?:он|оны|онд)\w*\s+(?:[^\s\d]+\s+){0,3}?"
    r"(?:биелэлт|тайлан|гүйцэтгэл|хэрэгжилт)",
    re.IGNORECASE,
)
_SINGLE_YEAR = re.compile(r"(?<![\d\-–])\b(20\d\d)\s*(?:он|оны|онд)(?!\s*[-–]\s*20\d\d)", re.I)


def _year(line: str | None) -> int | None:
    """The report's year: "2014 ОНЫ БИЕЛЭЛТ" (the year of a report, implementation or
    performance) first, else a year not part of a range; a programme's range ("2012-2016
    ОНЫ") alone names no year (the output file's year, or E106, decides)."""
    text = line or ""
    m = _REPORT_YEAR.search(text) or _SINGLE_YEAR.search(text)
    return int(m[1]) if m else None


def _year_and_why(meta: Meta) -> tuple[int | None, tuple[str, str]]:
    """The plan's year and where it was read (reported in the import report): the report's
    year in the title ("… 2024 ОНЫ ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ") first, then the period line's,
    then a single year of the title."""
    if meta.year:
        return meta.year, ("given (--year or the map)", "өгсөн (--year эсвэл зураглал)")
    title = meta.title or ""
    found = _REPORT_YEAR.search(title)
    if found:
        return int(found[1]), (f"from the title line '{_short(title)}'", "гарчгийн мөрөөс")
    for line, en, mn in (
        (meta.period_line, "period", "тайлант хугацааны"),
        (meta.title, "title", "гарчгийн"),
    ):
        if year := _year(line):
            return year, (f"from the {en} line '{_short(line or '')}'", f"{mn} мөрөөс")
    return None, ("", "")


def _own_numbers(objectives: list[dict[str, Any]]) -> bool:
    """Some measure keeps a number that does not start with its objective's (a programme's
    clause numbers, kept as the source writes them)."""
    return any(
        str(m.get("number", "")).split(".")[0] != str(o["number"])
        for o in objectives
        for m in o["measures"]
    )


def _period(line: str | None) -> str | None:
    for pattern, period in _PERIODS:
        if re.search(pattern, line or "", re.IGNORECASE):
            return period
    return None


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
