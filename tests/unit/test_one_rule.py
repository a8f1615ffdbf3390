"""Each progress rule has one home, ``iltod/progress.py``: changing a band threshold or the
averaging rule is one edit there, and every page, chart, roll-up, export and history line
follows (SYNTHETIC plan)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from iltod import opendata, progress
from iltod.history.changes import compare, snapshot
from iltod.load import loader
from iltod.site import Site
from iltod.site.options import SiteOptions

ON = dt.date(2021, 6, 1)
AGENCY = """\
slug: "rule-test"
name: {mn: "SYNTHETIC байгууллага"}
region: "darkhan-uul"
"""
PLAN = """\
agency: "rule-test"
year: 2021
title: "SYNTHETIC plan for the progress rules"
period: "year-end"
scale: "free"
objectives:
  - number: 1
    title: "Objective with one measure at 60"
    measures:
      - {number: "1.1", text: "Sixty", timeframe: "2021 он", percent: 60}
  - number: 2
    title: "Objective with measures at 100 and 40"
    measures:
      - {number: "2.1", text: "Hundred", timeframe: "2021 он", percent: 100}
      - {number: "2.2", text: "Forty", timeframe: "2021 он", percent: 40}
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "plans" / "rule-test"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(AGENCY, encoding="utf-8")
    (folder / "2021.yml").write_text(PLAN, encoding="utf-8")
    return tmp_path


def _site(root: Path) -> Site:
    site = Site(root, "en", SiteOptions(office_downloads=False, search=False), on=ON)
    assert not site.report.diagnostics, site.report.format()
    return site


def _page(site: Site, url: str) -> str:
    return site.render(next(src for src, spec in site.pages.items() if spec.url == url))


def test_moving_a_threshold_is_one_edit_and_everything_follows(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _site(repo)
    assert 'il-status--insufficient">' in _page(before, "rule-test/2021/measure-1-1/")

    monkeypatch.setattr(progress, "THRESHOLDS", ((100, "complete"), (60, "in-progress")))
    site = _site(repo)
    measure = _page(site, "rule-test/2021/measure-1-1/")
    assert "il-band--in-progress" in measure
    assert 'il-status--in-progress">in progress<' in measure
    plan = _page(site, "rule-test/2021/")
    # the plan's table row of 1.1 and its objectives' bars (colour and words)
    assert 'il-status--in-progress">in progress</span></td>' in plan
    objectives = plan.split('<ol class="il-objectives">')[1].split("</ol>")[0]
    assert (
        objectives.count('il-progress il-band--in-progress"') == 2
    )  # objective 1: 60, objective 2: 70
    doc = opendata.to_dict(loader.load(repo), ON)
    assert doc["plans"][0]["objectives"][0]["measures"][0]["status"] == "in-progress"
    sixty = {"objectives": [{"measures": [{"number": "1.1", "percent": 60}]}]}
    delta = compare(None, snapshot(sixty))[0]
    assert delta.status == (None, "in-progress")


def test_changing_the_averaging_rule_is_one_edit_and_everything_follows(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert opendata.to_dict(loader.load(repo), ON)["plans"][0]["average"] == 66.7

    def highest(measures: object) -> float | int | None:
        return max(progress.assessed(measures), default=None)  # type: ignore[arg-type]

    monkeypatch.setattr(progress, "average", highest)
    doc = opendata.to_dict(loader.load(repo), ON)
    assert doc["plans"][0]["average"] == 100
    assert [o["average"] for o in doc["plans"][0]["objectives"]] == [60, 100]
    site = _site(repo)
    assert site.rollups.agency[("rule-test", 2021)].average == 100
    assert site.rollups.nation[2021].average == 100
    plan = _page(site, "rule-test/2021/")
    assert (
        'aria-valuenow="100" aria-valuemin="0" aria-valuemax="100" '
        'aria-label="Average implementation 2021"' in plan
    )
    home = _page(site, "")
    assert "<dd>100%</dd>" in home
