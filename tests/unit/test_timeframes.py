"""Timeframes as Mongolian plans write them: each gets a due date or a clearly named timing.

The specification is the table of docs/progress.md ("Хэрэгжих хугацаа / Timeframes"): every form
it lists must read as its row says, in a year-end and in a half-year plan of 2021. A strict
build never fails on a form a clerk writes legitimately; only an undatable text warns (W003).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from iltod import cli, progress
from iltod.model import Measure, Plan
from iltod.progress import PlanPeriod, read_timeframe
from tests.support.sitekit import ROOT

YEAR_END, HALF_YEAR = PlanPeriod(2021, "year-end"), PlanPeriod(2021, "half-year")


def _table() -> list[tuple[str, str, dt.date | None, dt.date | None]]:
    """Every form of the docs table with its timing and due dates (year-end, half-year plan)."""
    text = (ROOT / "iltod" / "site" / "guides" / "progress.md").read_text(encoding="utf-8")
    section = text.split("## Хэрэгжих хугацаа / Timeframes", 1)[1]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 4 or not cells[0].startswith("`"):
            continue
        timing, year_end, half = cells[1], *(_date(c) for c in cells[2:])
        rows += [(form, timing, year_end, half) for form in re.findall(r"`([^`]+)`", cells[0])]
    return rows


def _date(cell: str) -> dt.date | None:
    return None if cell == "—" else dt.date.fromisoformat(cell)


FORMS = _table()


def test_the_table_lists_every_timing_and_the_forms_of_the_issue() -> None:
    assert {timing for _, timing, _, _ in FORMS} == set(progress.TIMINGS)
    written = {form for form, *_ in FORMS}
    for form in ("2021 оны II улирал", "I хагас жил", "II хагас жил", "2021–2024", "Тухай бүр"):
        assert form in written
    for form in ("Жилийн турш", "Байнга", "Сар бүр", "Улирал бүр", "2021-2024 он"):
        assert form in written


@pytest.mark.parametrize(
    ("form", "timing", "year_end", "half_year"), FORMS, ids=[f[0] for f in FORMS]
)
def test_each_documented_form_reads_as_its_row_says(
    form: str, timing: str, year_end: dt.date | None, half_year: dt.date | None
) -> None:
    assert read_timeframe(form, YEAR_END) == (timing, year_end)
    assert read_timeframe(form, HALF_YEAR) == (timing, half_year)


@pytest.mark.parametrize(
    ("period", "end"),
    [
        ("q1", dt.date(2021, 3, 31)),
        ("q2", dt.date(2021, 6, 30)),
        ("half-year", dt.date(2021, 6, 30)),
        ("q3", dt.date(2021, 9, 30)),
        ("q4", dt.date(2021, 12, 31)),
        ("year-end", dt.date(2021, 12, 31)),
    ],
)
def test_continuous_and_recurring_are_due_at_the_end_of_the_reporting_period(
    period: str, end: dt.date
) -> None:
    assert read_timeframe("Тухай бүр", PlanPeriod(2021, period)) == ("continuous", end)
    assert read_timeframe("Улирал бүр", PlanPeriod(2021, period)) == ("recurring", end)


def test_a_timeframe_without_a_year_is_in_the_plan_s_year() -> None:
    assert read_timeframe("II улирал", PlanPeriod(2023)).due == dt.date(2023, 6, 30)
    assert read_timeframe("2022 оны II улирал", PlanPeriod(2023)).due == dt.date(2022, 6, 30)
    # without its plan the form is still known, its day is not
    assert read_timeframe("II улирал") == ("quarter", None)


def test_an_impossible_day_is_not_a_date() -> None:
    assert read_timeframe("2021-02-30", YEAR_END) == ("unknown", None)
    assert read_timeframe("V улирал", YEAR_END) == ("unknown", None)
    assert read_timeframe("13 дугаар сар", YEAR_END) == ("unknown", None)


def _plan(timeframe: str, period: str = "year-end", **measure: object) -> Plan:
    return Plan.model_validate(
        {
            "agency": "x",
            "year": 2021,
            "title": "SYNTHETIC",
            "period": period,
            "objectives": [
                {
                    "number": 1,
                    "title": "O",
                    "measures": [
                        {"number": "1.1", "text": "M", "timeframe": timeframe, "percent": 70}
                        | measure
                    ],
                }
            ],
        }
    )


def _measure(plan: Plan) -> Measure:
    return plan.objectives[0].measures[0]


def test_assessment_dates_a_measure_by_its_own_plan() -> None:
    plan = _plan("Жилийн турш", "half-year")
    a = progress.assess(_measure(plan), dt.date(2021, 7, 1), plan)
    assert (a.timing, a.due, a.overdue) == ("continuous", dt.date(2021, 6, 30), True)
    plan = _plan("II хагас жил", "half-year")
    a = progress.assess(_measure(plan), dt.date(2021, 7, 1), plan)
    assert (a.timing, a.due, a.overdue) == ("half-year", dt.date(2021, 12, 31), False)


def test_a_written_due_date_wins_over_any_timeframe() -> None:
    plan = _plan("Тухай бүр", due="2021-09-30")
    a = progress.assess(_measure(plan), dt.date(2021, 10, 1), plan)
    assert (a.timing, a.due, a.overdue) == ("continuous", dt.date(2021, 9, 30), True)


def _validate(tmp_path: Path, timeframes: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    folder = tmp_path / "plans" / "x"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(
        'slug: "x"\nname:\n  mn: "SYNTHETIC"\nregion: "govisumber"\n', encoding="utf-8"
    )
    measure = '      - {{number: "1.{}", text: "M", timeframe: "{}", percent: 70}}\n'
    measures = "".join(measure.format(i, t) for i, t in enumerate(timeframes, 1))
    (folder / "2021.yml").write_text(
        'agency: "x"\nyear: 2021\ntitle: "SYNTHETIC"\nperiod: "year-end"\nobjectives:\n'
        f'  - number: 1\n    title: "O"\n    measures:\n{measures}',
        encoding="utf-8",
    )
    cli.main(["validate", str(tmp_path)])
    return capsys.readouterr().out


def test_every_documented_form_validates_without_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What a clerk writes legitimately never fails a strict build: no W003 for a known form."""
    known = [form for form, timing, *_ in FORMS if timing != "unknown"]
    out = _validate(tmp_path, known, capsys)
    assert out == "0 errors, 0 warnings in 2 files / 0 алдаа, 0 анхааруулга, 2 файл\n"


def test_an_undatable_timeframe_warns_with_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _validate(tmp_path, ["Сонгуулийн дараа"], capsys)
    assert "warning[W003] measure 1.1 › timeframe:" in out
    assert "add a line due: YYYY-MM-DD under it" in out
    assert "доор нь due: YYYY-MM-DD мөр нэмнэ үү" in out
