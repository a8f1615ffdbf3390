"""Agency text in published spreadsheets stays text (issue 12, row 10).

A plan's ``result: "=HYPERLINK(…)"`` must never become a live formula: the IAAC XLSX stores every
text cell as text, and the CSV neutralises cells a spreadsheet would run (OWASP, "CSV
Injection": a leading apostrophe before ``= + - @``, tab or carriage return), while the JSON
keeps the exact text. The hostile plan below is SYNTHETIC.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from iltod import opendata
from iltod.iaac.read import import_bytes
from iltod.iaac.write.xlsx import plan_xlsx, template_xlsx
from iltod.load.repository import PlanFile, Repository
from iltod.model import Agency, Plan

LINK = '=HYPERLINK("http://example.invalid/x","нээх")'
HOSTILE = {
    "title": LINK,
    "objective": "+1+cmd|' /C calc'!A0",
    "text": "-2+3",
    "timeframe": "@SUM(1,2)",
    "indicators": [LINK, "\tтаб"],
    "target": "=1+1",
    "budget": {"text": "=2*3", "source": "+source"},
    "result": LINK,
    "notes": "\r=notes",
}
AGENCY = Agency.model_validate(
    {"slug": "test-agency", "name": {"mn": "=AGENCY()"}, "region": "govisumber"}
)
PLAN = Plan.model_validate(
    {
        "agency": "test-agency",
        "year": 2022,
        "title": HOSTILE["title"],
        "period": "year-end",
        "reported": dt.date(2022, 12, 20),
        "objectives": [
            {
                "number": 1,
                "title": HOSTILE["objective"],
                "measures": [
                    {
                        "number": "1.1",
                        **{k: HOSTILE[k] for k in ("text", "timeframe", "target", "budget")},
                        **{k: HOSTILE[k] for k in ("indicators", "result", "notes")},
                        "percent": 70,
                    },
                    {
                        "number": "1.2",
                        "text": "Энгийн",
                        "timeframe": "2022 он",
                        "budget": "-",
                        "percent": 100,
                    },
                ],
            }
        ],
    }
)


def _formula_cells(data: bytes) -> list[str]:
    """Every ``<f>`` element of every sheet: what Excel would evaluate."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [
            name
            for name in z.namelist()
            if name.startswith("xl/worksheets/") and b"<f>" in z.read(name)
        ]


@pytest.mark.parametrize(
    "make", [lambda: plan_xlsx(PLAN, AGENCY), lambda: template_xlsx(2022, agency=AGENCY)]
)
def test_no_sheet_of_a_published_workbook_holds_a_formula(make) -> None:
    data = make()
    assert _formula_cells(data) == []
    wb = load_workbook(io.BytesIO(data))
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert "=AGENCY()" in texts


def test_the_report_table_shows_the_agency_text_exactly_and_imports_back() -> None:
    data = plan_xlsx(PLAN, AGENCY)
    ws = load_workbook(io.BytesIO(data))["Тайлан"]
    row = [ws.cell(7, c).value for c in range(1, 10)]
    assert row[2] == "1.1. -2+3"
    assert row[3] == HOSTILE["timeframe"]
    assert row[4] == "\n".join(HOSTILE["indicators"])
    assert row[5] == HOSTILE["target"]
    assert row[7] == LINK
    back = import_bytes(data, "p.xlsx")
    assert back.plan == PLAN


def _doc() -> dict[str, object]:
    repo = Repository(Path(), {"test-agency": AGENCY})
    repo.plans.append(PlanFile(PLAN, "plans/test-agency/2022.yml", None))  # no source: not read
    return opendata.to_dict(repo, dt.date(2023, 1, 1))


def test_csv_cells_a_spreadsheet_would_run_start_with_an_apostrophe() -> None:
    (row, plain) = list(csv.DictReader(io.StringIO(opendata.to_csv(_doc()), newline="")))
    assert row["result"] == "'" + LINK
    assert row["objective_title"] == "'" + HOSTILE["objective"]
    assert row["text"] == "'-2+3"
    assert row["timeframe"] == "'@SUM(1,2)"
    assert row["indicators"] == "'" + "\n".join(HOSTILE["indicators"])
    assert row["target"] == "'=1+1"
    assert row["notes"] == "'\r=notes"
    for name, value in {**row, **plain}.items():
        assert not value.startswith(opendata.FORMULA_START) or value == "-", (name, value)
    assert plain["budget"] == "-"  # "no money spent" is no formula
    assert plain["percent"] == "100"


def test_the_json_keeps_the_exact_text() -> None:
    measure = json.loads(json.dumps(_doc()))["plans"][0]["objectives"][0]["measures"][0]
    assert measure["result"] == LINK
    assert measure["text"] == "-2+3"
    assert measure["notes"] == "\r=notes"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+7", "'+7"),
        ("-7", "'-7"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-", "-"),
        ("1-2", "1-2"),
        ("Хийсэн = 100%", "Хийсэн = 100%"),
        ("", ""),
    ],
)
def test_neutralise_follows_owasp(text: str, shown: str) -> None:
    assert opendata.neutralise(text) == shown
