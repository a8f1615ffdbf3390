"""``not_due: true`` cannot take a measure off the record: written on a measure due within the
plan's reporting period, it is void — the measure counts as not implemented (0) in every
average, is overdue once its date has passed, is never shown as "not yet due", and the clerk
gets a located warning (W008, tests/cases/invalid/not-due-misused). SYNTHETIC plans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from iltod import opendata, progress
from iltod.load import loader
from iltod.model import Measure, Plan
from iltod.site import Site
from iltod.site.options import SiteOptions

ON = dt.date(2026, 12, 7)
AGENCY = 'slug: "nd-test"\nname: {mn: "SYNTHETIC байгууллага"}\nregion: "darkhan-uul"\n'
PLAN = """\
agency: "nd-test"
year: 2021
title: "SYNTHETIC plan: the not-yet-due loophole"
period: "{period}"
objectives:
  - number: 1
    title: "Objective"
    measures:
      - {{number: "1.1", text: "Done", timeframe: "2021 он", percent: 100}}
      - {{number: "1.2", text: "Said not due", timeframe: "2021 он", percent: null,
          not_due: true}}
"""


def _plan(period: str) -> Plan:
    import yaml

    return Plan.model_validate(yaml.safe_load(PLAN.format(period=period)))


def _measure(plan: Plan) -> Measure:
    return plan.objectives[0].measures[1]


def test_not_due_within_the_period_counts_as_not_implemented_and_overdue() -> None:
    plan = _plan("year-end")
    m = _measure(plan)
    assert progress.not_due_misused(m, plan)
    a = progress.assess(m, ON, plan)
    assert (a.status, a.percent, a.overdue) == ("not-implemented", 0, True)
    assert progress.average(progress.counting(plan.objectives[0].measures, plan)) == 50


def test_not_due_after_the_period_stays_not_due() -> None:
    plan = _plan("half-year")  # ends 2021-06-30; 1.2 is due 2021-12-31, after it
    m = _measure(plan)
    assert not progress.not_due_misused(m, plan)
    a = progress.assess(m, ON, plan)
    assert (a.status, a.percent, a.overdue) == ("not-due", None, False)
    assert progress.average(progress.counting(plan.objectives[0].measures, plan)) == 100


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "plans" / "nd-test"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(AGENCY, encoding="utf-8")
    (folder / "2021.yml").write_text(PLAN.format(period="year-end"), encoding="utf-8")
    return tmp_path


def test_the_site_and_open_data_never_show_it_as_not_yet_due(repo: Path) -> None:
    site = Site(repo, "en", SiteOptions(office_downloads=False, search=False), on=ON)
    assert [d.code for d in site.report.diagnostics] == ["W008"]
    pages = {spec.url: src for src, spec in site.pages.items()}
    measure = site.render(pages["nd-test/2021/measure-1-2/"])
    assert "il-status--not-due" not in measure
    assert ">not yet due<" not in measure
    assert "Marked &#39;not yet due&#39; although due 2021-12-31" in measure  # its flag
    assert 'il-status--not-implemented">not implemented<' in measure
    assert site.rollups.nation[2021].average == 50
    assert site.rollups.nation[2021].overdue == 1
    doc = opendata.to_dict(loader.load(repo), ON)["plans"][0]
    row = doc["objectives"][0]["measures"][1]
    assert (row["status"], row["overdue"], doc["average"]) == ("not-implemented", True, 50)
