"""XLSX/DOCX export in the IAAC layout, the template, and YAML → XLSX/DOCX → import round trips.

The tricky plan below is synthetic: it holds every kind of value the table cannot show as is,
the fields the IAAC table has no column for (baseline, target level, responsible) and a measure
without timeframe.
"""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from openpyxl import load_workbook

from iltod.iaac.read import Meta, import_bytes
from iltod.iaac.write.docx import plan_docx
from iltod.iaac.write.xlsx import plan_xlsx, template_xlsx
from iltod.model import Agency, Plan

AGENCY = Agency.model_validate(
    {"slug": "test-agency", "name": {"mn": "Туршилтын газар"}, "region": "govisumber"}
)
TRICKY = Plan.model_validate(
    {
        "agency": "test-agency",
        "year": 2022,
        "title": "Төлөвлөгөө",
        "period": "half-year",
        "reported": dt.date(2022, 7, 5),
        "scale": "free",
        "objectives": [
            {
                "number": 1,
                "title": "Сурталчлах",
                "measures": [
                    {
                        "number": "1.1",
                        "text": "2. Дугаартай эхэлсэн текст",
                        "timeframe": "2022 оны 3 дугаар сарын 1",
                        "due": dt.date(2022, 3, 1),
                        "indicators": ["а. Нэг: хоёр", "мөр\nхоёр"],
                        "target": "100 хүн",
                        "baseline": "50 хүн",
                        "target_level": "100 хүн\nба түүнээс дээш ",
                        "responsible": "Хууль, эрх зүйн хэлтэс",
                        "budget": {"spent": 1.5, "source": "орон нутгийн төсөв"},
                        "result": (
                            "Эхний догол.\n\nДараах ажил:\n1. нэг\n 2.\tхоёр\nХавсралт : 2 файл"
                        ),
                        "percent": 91.7,
                        "notes": "тайлбар\nхоёр мөр",
                        "attachments": {
                            "items": [{"file": "a.jpg", "caption": "Зураг"}],
                            "declared": {"images": 3},
                        },
                    },
                    {
                        "number": "1.10",
                        "text": "Хугацаа болоогүй",
                        "budget": {"text": "12"},
                        "percent": None,
                        "not_due": True,
                    },
                ],
            },
            {
                "number": 12,
                "title": "Арван хоёрдугаар",
                "measures": [
                    {
                        "number": "12.1",
                        "text": "  зайтай ",
                        "timeframe": "2022 он",
                        "budget": "-",
                        "percent": 0,
                        "attachments": {"declared": {"total": 4, "files": 1, "images": 3}},
                    },
                ],
            },
        ],
    }
)


@pytest.mark.parametrize(("name", "make"), [("p.xlsx", plan_xlsx), ("p.docx", plan_docx)])
def test_tricky_plan_round_trips_exactly(name, make):
    back = import_bytes(make(TRICKY, AGENCY), name)
    assert [d.format("en") for d in back.diagnostics] == []
    assert back.plan == TRICKY


def test_xlsx_is_in_the_iaac_layout():
    ws = load_workbook(io.BytesIO(plan_xlsx(TRICKY, AGENCY)))["Тайлан"]
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == [
        "Төлөвлөгөө",
        "Туршилтын газар",
        "2022 оны хагас жил",
    ]
    assert [c.value for c in ws[5]] == [
        "Д/д",
        "Зорилт",
        "Арга хэмжээ",
        "Хэрэгжих хугацаа",
        "Шалгуур үзүүлэлт",
        "Хүрэх түвшин, үр дүн",
        "Зарцуулсан хөрөнгийн хэмжээ, эх үүсвэр (сая төгрөг)",
        "Хүрсэн түвшин, үр дүн",
        "Хэрэгжилтийн хувь",
    ]
    assert ws["A6"].value == "НЭГ. Сурталчлах"
    assert "A6:I6" in ws.merged_cells
    assert [ws.cell(7, c).value for c in (1, 3, 7, 9)] == [
        1,
        "1.1. 2. Дугаартай эхэлсэн текст",
        "1.5, орон нутгийн төсөв",
        91.7,
    ]
    assert ws["A9"].value == "АРВАН ХОЁР. Арван хоёрдугаар"
    assert ws["H10"].value == "Хавсралт нийт : 4 Файл : 1 Зураг : 3"
    assert (ws["I10"].value, ws["I10"].number_format) == (0, '0"%"')


def test_docx_is_in_the_iaac_layout():
    d = docx.Document(io.BytesIO(plan_docx(TRICKY, AGENCY)))
    assert [p.text for p in d.paragraphs[:3]] == [
        "Төлөвлөгөө",
        "Туршилтын газар",
        "2022 оны хагас жил",
    ]
    table = d.tables[0]
    assert table.cell(0, 8).text == "Хэрэгжилтийн хувь"
    assert {c.text for c in table.rows[1].cells} == {"НЭГ. Сурталчлах"}
    assert [table.cell(2, c).text for c in (0, 8)] == ["1", "91.7%"]


def test_template_has_dropdown_instructions_and_imports_once_filled():
    wb = load_workbook(io.BytesIO(template_xlsx(2023)))
    assert wb.sheetnames == ["Заавар", "Тайлан", "iltod"]
    assert wb.active.title == "Тайлан"
    (dv,) = wb["Тайлан"].data_validations.dataValidation
    assert (dv.type, dv.formula1, str(dv.sqref)) == ("list", '"0,30,70,100"', "I6:I205")
    assert "Instructions" not in wb["Заавар"]["B1"].value
    assert wb["Заавар"]["B1"].value == "How to fill in this template"
    ws = wb["Тайлан"]
    ws["A1"], ws["A2"], ws["A6"] = "Төлөвлөгөө", "Туршилтын газар", "НЭГ. Зорилт"
    for c, v in enumerate(
        [1, "", "1.1. Арга хэмжээ", "2023 он", "Тоо:\nХувь:", "", "-", "Хийсэн.", 70], 1
    ):
        ws.cell(7, c, v)
    wb["iltod"]["B3"] = "test-agency"
    buf = io.BytesIO()
    wb.save(buf)
    result = import_bytes(buf.getvalue(), "filled.xlsx", Meta())
    assert [d.format("en") for d in result.diagnostics] == []
    m = result.plan.objectives[0].measures[0]
    assert (result.plan.agency, result.plan.year, m.indicators, m.percent) == (
        "test-agency",
        2023,
        ["Тоо:", "Хувь:"],
        70,
    )
    assert result.plan.source == "Excel хүснэгтээс импортолсон (filled.xlsx)"


def test_fields_without_an_iaac_column_have_their_own_side_columns():
    """Responsible, baseline and target level are written in named columns of the iltod
    sheet, readable by a person, not only inside the exact-values JSON."""
    ws = load_workbook(io.BytesIO(plan_xlsx(TRICKY, AGENCY)))["iltod"]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in rows if r[0] == "Дугаар / number")
    first = next(r for r in rows if r[0] == "1.1")
    side = dict(zip(header, first, strict=True))
    assert side["Хариуцах эзэн / responsible"] == "Хууль, эрх зүйн хэлтэс"
    assert side["Суурь түвшин / baseline"] == "50 хүн"
    assert "responsible" not in (side["Нарийвчилсан утга / exact values (JSON)"] or "")
    table = docx.Document(io.BytesIO(plan_docx(TRICKY, AGENCY))).tables[0]
    assert table.cell(3, 3).text == ""  # measure 1.10 has no timeframe: an empty cell
