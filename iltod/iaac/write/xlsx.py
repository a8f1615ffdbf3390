"""Write a plan, or an empty template, as an XLSX workbook in the IAAC table layout.

Sheets: "Тайлан" (the report table, ready to send), "iltod" (plan fields and per-measure
extras for a lossless import) and, in the template, "Заавар" (instructions).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from iltod.iaac import stamp as stamps
from iltod.iaac.write import layout, reviewtable
from iltod.iaac.write.package import reproducible, stamp
from iltod.model import DEFAULT_SCALE, Agency, Plan
from iltod.review import Review

REPORT_SHEET = "Тайлан"
SIDE_SHEET = "iltod"
HEADER_ROW = 5
WIDTHS = [6, 14, 40, 12, 36, 20, 18, 60, 12]
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_GREY = PatternFill("solid", fgColor="DDDDDD")


def plan_xlsx(
    plan: Plan,
    agency: Agency | None = None,
    *,
    changed: dt.datetime | None = None,
    commit: str = "",
    reviews: Mapping[str, Review] | None = None,
) -> bytes:
    """The plan as an XLSX file (bytes), importable back to the same plan.

    The same plan gives the same bytes (:mod:`iltod.iaac.write.package`).

    Args:
        plan: The plan to write.
        agency: Its agency, for the agency name line; the slug is used when None.
        changed: When the plan last changed (its last commit), the file's date; without it
            the plan's ``reported`` date.
        commit: The commit the plan was read from (the last that changed it), stamped in
            the hidden sheet :data:`iltod.iaac.stamp.SHEET` for ``iltod submit``.
        reviews: The reviewer's view of each measure (:mod:`iltod.review`): a sheet
            "Үнэлгээ" puts it beside the agency's claim (:mod:`iltod.iaac.write.reviewtable`).
    """
    wb = Workbook()
    ws = wb.active
    ws.title = REPORT_SHEET
    _report(ws, layout.heading_lines(plan, agency), layout.table(plan))
    if reviews is not None:
        _review(wb.create_sheet(reviewtable.SHEET), reviewtable.rows(plan, reviews))
    _side(wb.create_sheet(SIDE_SHEET), layout.meta_rows(plan), layout.table(plan))
    stamps.add(wb, stamps.Stamp(plan.agency, plan.year, commit))
    return reproducible(_bytes(wb), stamp(plan, changed))


def _review(ws: Worksheet, rows: list[list[reviewtable.Value]]) -> None:
    """The reviewer's table: its title, the bilingual header, one row per measure."""
    ws.cell(1, 1, reviewtable.TITLE).font = Font(bold=True)
    for c, header in enumerate(reviewtable.HEADERS, 1):
        cell = ws.cell(3, c, header)
        cell.font, cell.alignment, cell.border, cell.fill = Font(bold=True), _WRAP, _BORDER, _GREY
        ws.column_dimensions[get_column_letter(c)].width = 40 if c == 7 else 20
    for r, values in enumerate(rows, 4):
        for c, value in enumerate(values, 1):
            cell = ws.cell(r, c, value if value != "" else None)
            cell.alignment, cell.border = _WRAP, _BORDER
    ws.freeze_panes = ws.cell(4, 1)


def _report(ws: Worksheet, heading: list[str], lines: Iterable[layout.Line]) -> None:
    for r, text in enumerate(heading, 1):
        ws.cell(r, 1, text).font = Font(bold=r == 1, size=12 if r == 1 else 11)
    for c, header in enumerate(layout.HEADERS, 1):
        cell = ws.cell(HEADER_ROW, c, header)
        cell.font, cell.alignment, cell.border, cell.fill = Font(bold=True), _WRAP, _BORDER, _GREY
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS[c - 1]
    r = HEADER_ROW
    for line in lines:
        r += 1
        if line.kind == "section":
            ws.cell(r, 1, line.values[0]).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(layout.HEADERS))
            continue
        for c, value in enumerate(line.values, 1):
            cell = ws.cell(r, c, value if value != "" else None)
            cell.alignment, cell.border = _WRAP, _BORDER
        if line.values[-1] != "":
            ws.cell(r, len(line.values)).number_format = (
                '0"%"' if isinstance(line.values[-1], int) else 'General"%"'
            )
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)


def _side(ws: Worksheet, meta: list[tuple[str, Any]], lines: Iterable[layout.Line]) -> None:
    ws.cell(1, 1, layout.SIDE_TITLE).font = Font(bold=True)
    r = 2
    for key, value in meta:
        r += 1
        ws.cell(r, 1, key).font = Font(bold=True)
        ws.cell(r, 2, value if value != "" else None)
    r += 2
    for c, (_, label) in enumerate(layout.SIDE_COLUMNS, 1):
        cell = ws.cell(r, c, label)
        cell.font, cell.fill = Font(bold=True), _GREY
        ws.column_dimensions[get_column_letter(c)].width = 24
    for line in lines:
        if line.side is None:
            continue
        r += 1
        for c, (key, _) in enumerate(layout.SIDE_COLUMNS, 1):
            value = line.side[key]
            ws.cell(r, c, value if value != "" else None).alignment = _WRAP


def _bytes(wb: Workbook) -> bytes:
    wb.properties.creator = "iltod"
    _text_stays_text(wb)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _text_stays_text(wb: Workbook) -> None:
    """Every cell that openpyxl took for a formula becomes text again.

    openpyxl stores any string starting with ``=`` as a formula, so a result written as
    ``=HYPERLINK("http://…", "open")`` would become a live link, or worse, in the published
    report. iltod writes no formulas of its own, so no cell of any sheet may be one.
    """
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


INSTRUCTIONS = [
    ("Энэ загварыг хэрхэн бөглөх вэ", "How to fill in this template"),
    (
        (
            "1. 'Тайлан' хуудасны 1-р мөрөнд төлөвлөгөөний нэр, 2-р мөрөнд байгууллагын нэрийг "
            "бичнэ. 3-р мөрөнд тайлант хугацаа бичигдсэн байна."
        ),
        (
            "1. On the 'Тайлан' sheet write the plan title in row 1 and the agency's name in "
            "row 2. Row 3 holds the reporting period."
        ),
    ),
    (
        "2. Зорилт бүрийг A баганад 'НЭГ. ЗОРИЛТЫН НЭР' гэж тусдаа мөрөнд бичнэ.",
        "2. Write each objective on its own row in column A: 'НЭГ. OBJECTIVE TITLE'.",
    ),
    (
        "3. Арга хэмжээ бүр нэг мөр: 'Арга хэмжээ' нүдэнд дугаараар нь эхлүүлнэ ('1.1. …').",
        "3. One row per measure; start the 'Арга хэмжээ' cell with its number ('1.1. …').",
    ),
    (
        "4. Шалгуур үзүүлэлт бүрийг нүдэн дотор шинэ мөрөнд бичнэ (Alt+Enter).",
        "4. Put each indicator on its own line inside the cell (Alt+Enter).",
    ),
    (
        "5. Хэрэгжилтийн хувийг жагсаалтаас сонгоно; үнэлээгүй бол хоосон орхино.",
        "5. Choose the percent from the drop-down list; leave it empty when not assessed.",
    ),
    ("6. Зарцуулсан хөрөнгө байхгүй бол '-' гэж бичнэ.", "6. Write '-' when no money was spent."),
    (
        (
            "7. 'iltod' хуудсыг өөрчлөхгүй: байгууллагын slug (жишээ нь govisumber-zdtg) нь "
            "доорх командын plans/<slug>/ хавтасны нэр; шинэ байгууллагын agency.yml-г 2-р "
            "мөрийн нэрээр бичнэ."
        ),
        (
            "7. Leave the 'iltod' sheet as it is: the agency's slug (e.g. govisumber-zdtg) is "
            "the folder plans/<slug>/ of the command below; a new agency's agency.yml is written "
            "from the name in row 2."
        ),
    ),
    (
        "8. Дараа нь: iltod import тайлан.xlsx -o plans/<slug>/<он>.yml",
        "8. Then run: iltod import report.xlsx -o plans/<slug>/<year>.yml",
    ),
]


def template_xlsx(
    year: int,
    scale: list[int] | None = None,
    agency: Agency | None = None,
    rows: int = 200,
    commit: str = "",
) -> bytes:
    """An empty IAAC workbook for agencies to fill in, with a percent drop-down and instructions.

    Args:
        year: The plan year, written in the period line and the iltod sheet.
        scale: The percent scale offered in the drop-down (default 0, 30, 70, 100).
        agency: Pre-fills the agency name and slug when given.
        rows: How many table rows get the drop-down.
        commit: The repository's commit, stamped with the agency and year (hidden sheet
            :data:`iltod.iaac.stamp.SHEET`) when the agency is given.
    """
    scale = list(scale or DEFAULT_SCALE)
    wb = Workbook()
    ws = wb.active
    ws.title = REPORT_SHEET
    name = agency.name.mn if agency else ""
    _report(ws, ["", name, f"{year} оны жилийн эцэс"], [])
    dv = DataValidation(
        type="list", formula1='"' + ",".join(map(str, scale)) + '"', allow_blank=True
    )
    dv.promptTitle, dv.prompt = (
        "Хэрэгжилтийн хувь / percent",
        "Жагсаалтаас сонгоно уу / choose from the list",
    )
    dv.errorTitle, dv.error = "Буруу хувь / wrong percent", "Зөвхөн: " + ", ".join(map(str, scale))
    ws.add_data_validation(dv)
    dv.add(f"I{HEADER_ROW + 1}:I{HEADER_ROW + rows}")
    meta = [
        ("agency", agency.slug if agency else ""),
        ("year", year),
        ("title", ""),
        ("period", "year-end"),
        ("reported", ""),
        ("scale", str(scale)),
    ]
    _side(wb.create_sheet(SIDE_SHEET), meta, [])
    guide = wb.create_sheet("Заавар", 0)
    guide.column_dimensions["A"].width = guide.column_dimensions["B"].width = 80
    for r, (mn, en) in enumerate(INSTRUCTIONS, 1):
        guide.cell(r, 1, mn).alignment = guide.cell(r, 2, en).alignment = _WRAP
        guide.cell(r, 1).font = guide.cell(r, 2).font = Font(bold=r == 1)
    if agency is not None:
        stamps.add(wb, stamps.Stamp(agency.slug, year, commit))
    wb.active = 1
    return reproducible(_bytes(wb), stamp(None))
