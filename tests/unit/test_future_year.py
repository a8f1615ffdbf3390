"""A plan for a year that has not begun (iltod/load/integrity.py, W010): next year's plan is
prepared and approved before the year begins, and must not stop the strict build; a year after
that is a typing mistake."""

from __future__ import annotations

import datetime as dt

from iltod.load.integrity import future_year
from iltod.load.yamlsource import read

DECEMBER = dt.date(2026, 12, 7)


def _warnings(year: int) -> list[str]:
    src = read("plans/a-agency/plan.yml", f"agency: a-agency\nyear: {year}\n".encode())
    return [d.format("en") for d in future_year(src, DECEMBER)]


def test_this_year_and_next_years_plan_are_not_warned() -> None:
    assert _warnings(2026) == []
    assert _warnings(2027) == []


def test_a_year_after_the_next_is_a_located_warning() -> None:
    (line,) = _warnings(2028)
    assert line.startswith("plans/a-agency/plan.yml:2:7: warning[W010] year: ")
    assert "expected a plan year that has begun or the next one, got 2028" in line
