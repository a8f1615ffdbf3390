"""Excel sheets and Word tables: header variants and malformed tables → located messages.

Every workbook and document here is synthetic, built with openpyxl / python-docx in the test.
"""

from __future__ import annotations

import io

import docx
from openpyxl import Workbook

from iltod.iaac.columns import IAAC_COLUMNS
from iltod.iaac.read import Meta, import_bytes

HEADERS = [h for _, h in IAAC_COLUMNS]
PREFACE = [["Төлөвлөгөө"], ["Туршилтын газар"], ["2021 оны жилийн эцэс"]]


def measure(
    n: int, number: str, percent: object = "100%", timeframe: str = "2021 он"
) -> list[object]:
    return [
        n,
        "",
        f"{number}. Арга хэмжээ {number}",
        timeframe,
        "Тоо:",
        "",
        "-",
        "Хийсэн.",
        percent,
    ]


def xlsx(
    rows: list[list[object]],
    merges: tuple[str, ...] = (),
    sheets: dict[str, list[list[object]]] | None = None,
) -> bytes:
    wb = Workbook()
    first = wb.active
    for name, other in (sheets or {}).items():
        ws = wb.create_sheet(name)
        for r in other:
            ws.append(r)
    ws = first
    ws.title = "Тайлан"
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def run(data: bytes, name: str = "t.xlsx"):
    result = import_bytes(data, name, Meta(agency="test-agency"))
    return result, [d.format("en") for d in sorted(result.diagnostics)]


def test_xlsx_split_header_objective_column_and_excel_percent_format():
    rows = PREFACE + [[*HEADERS[:-1], "Хэрэгжилт"], ["", "", "", "", "", "", "", "", "/хувь/"]]
    rows += [[1, "НЭГ. Сурталчлах", *measure(1, "1.1")[2:-1], 0.7], [2, "", *measure(2, "1.2")[2:]]]
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    ws.merge_cells("B6:B7")
    ws["I6"].number_format = "0%"
    buf = io.BytesIO()
    wb.save(buf)
    result, messages = run(buf.getvalue())
    assert messages == []
    o = result.plan.objectives[0]
    assert (o.number, o.title, [m.percent for m in o.measures]) == (1, "Сурталчлах", [70, 100])
    assert (result.plan.title, result.plan.year, result.plan.period) == (
        "Төлөвлөгөө",
        2021,
        "year-end",
    )


def test_xlsx_merged_cells_empty_rows_extra_and_unknown_columns():
    rows = PREFACE + [[*HEADERS, "Тэмдэглэл"], ["НЭГ. Зорилт"]]
    rows += [
        [*measure(1, "1.1"), "Бат"],
        measure(2, "1.2", timeframe=""),
        [],
        [*measure(3, "1.3"), "", "илүү"],
    ]
    result, messages = run(xlsx(rows, merges=("A5:I5", "D6:D7")))
    m1, m2, m3 = result.plan.objectives[0].measures
    assert (m1.notes, m2.timeframe, m3.notes) == ("Тэмдэглэл: Бат", "2021 он", "K: илүү")
    assert messages == [
        (
            "t.xlsx:4:10: warning[W105] expected a known IAAC column, got 'Тэмдэглэл'; its cells "
            "are kept in notes (a --map file line 'Тэмдэглэл: <role>' gives it a role)"
        ),
        (
            "t.xlsx:6:4: warning[W110] expected one value per cell, got a merged cell spanning "
            "D6:D7; its value is read for every row it spans"
        ),
        "t.xlsx:8:1: warning[W117] expected a measure row, got an empty row; skipped",
        (
            "t.xlsx:9:11: warning[W115] expected 10 cells in a row, got an extra cell 'илүү'; "
            "kept in notes"
        ),
    ]


def test_xlsx_without_a_timeframe_column_keeps_every_measure():
    """Issue 15: a table without "Хэрэгжих хугацаа" lost every measure (E107 "timeframe: Field
    required"). The timeframe is optional: absent, it is not stated, and W122 says so."""
    headers = [h for h in HEADERS if h != HEADERS[3]]
    rows = PREFACE + [
        headers,
        ["НЭГ. Зорилт"],
        [1, "", "1.1. А", "Тоо:", "", "-", "Хийсэн.", "100%"],
    ]
    result, messages = run(xlsx(rows))
    (m,) = result.plan.objectives[0].measures
    assert (m.number, m.timeframe, m.percent) == ("1.1", None, 100)
    assert messages == [
        (
            "t.xlsx:4:1: warning[W122] expected a column 'Хэрэгжих хугацаа', got none; that field "
            "is left empty (not stated) in every measure"
        ),
    ]


def test_xlsx_table_on_another_sheet_and_no_table():
    rows = PREFACE + [HEADERS, ["НЭГ. Зорилт"], measure(1, "1.1")]
    data = xlsx([["тайлбар"]], sheets={"Хүснэгт": rows})
    result, messages = run(data)
    assert result.plan is not None
    assert messages == [
        (
            "t.xlsx:1:1: warning[W112] expected the IAAC table on sheet 'Тайлан', got none there; "
            "read sheet 'Хүснэгт'"
        )
    ]
    result, messages = run(xlsx([["зөвхөн текст"]]))
    assert result.plan is None
    assert messages[0] == (
        "t.xlsx:1:1: error[E102] expected a header row with the IAAC columns (Арга хэмжээ, "
        "Хэрэгжилтийн хувь …), got none; if the measures' column has another header, name it "
        "in a --map file (columns: <its header>: text)"
    )


def test_not_a_workbook_or_document():
    for name in ("t.xlsx", "t.docx"):
        result, messages = run(b"not a zip", name)
        assert result.plan is None
        assert messages[0].startswith(f"{name}:1:1: error[E101] expected a report as .txt")


def _docx(
    headers: list[str], body: list[list[str]], vmerge: tuple[int, int, int] | None = None
) -> bytes:
    d = docx.Document()
    for (text,) in PREFACE:
        d.add_paragraph(text)
    t = d.add_table(rows=1 + len(body), cols=len(headers))
    for c, h in enumerate(headers):
        t.cell(0, c).text = h
    for r, values in enumerate(body, 1):
        if len(values) == 1:
            t.cell(r, 0).merge(t.cell(r, len(headers) - 1)).text = values[0]
            continue
        for c, v in enumerate(values):
            t.cell(r, c).text = str(v)
    if vmerge:
        col, r1, r2 = vmerge
        text = t.cell(r1, col).text
        t.cell(r1, col).merge(t.cell(r2, col)).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_header_variant_section_rows_and_objective_merge():
    headers = [*HEADERS[:-1], "Биелэлт"]
    body = [["Нэг. Сурталчлах"], measure(1, "1.1", "91,7"), measure(2, "1.2", "30%")]
    body[1][1] = "Сурталчлах"
    result, messages = run(_docx(headers, body, vmerge=(1, 2, 3)), "t.docx")
    assert messages == [
        (
            "t.docx:3:9: warning[W111] measure[1.1].percent: expected percents on the scale [0, "
            "30, 70, 100], got 91.7; the plan's scale is set to free"
        )
    ]
    o = result.plan.objectives
    assert [(x.number, x.title, [m.percent for m in x.measures]) for x in o] == [
        (1, "Сурталчлах", [91.7, 30])
    ]


def test_docx_merged_result_cells_are_reported():
    body = [["НЭГ. Зорилт"], measure(1, "1.1"), measure(2, "1.2")]
    result, messages = run(_docx(HEADERS, body, vmerge=(7, 2, 3)), "t.docx")
    assert [m.result for m in result.plan.objectives[0].measures] == ["Хийсэн.", "Хийсэн."]
    assert messages == [
        (
            "t.docx:3:8: warning[W110] expected one value per cell, got a merged cell spanning "
            "H3:H4; its value is read for every row it spans"
        )
    ]
