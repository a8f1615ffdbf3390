"""The reviewer's column beside the agency's (SYNTHETIC fixture tests/fixtures/assessment, a
copy of examples/demo-assessment): per measure the assessed level, the gap and the observation
status; "not yet reviewed" and "no evidence available" distinct from every level; both averages
of every group through the one averaging rule, on the pages and in the open data.

The fixture's claims and levels (plan 2024, year-end, default scale):

    1.1 claim 100, level 100            reviewed, gap 0
    1.2 claim 100, level 30             disputed (two steps below), gap +70
    1.3 claim 70,  level 70             reviewed, gap 0
    2.1 claim 100, no evidence          disputed
    2.2 claim 30,  not in the file      not yet reviewed, self-reported
    2.3 claim 70,  not in the file      not yet reviewed, self-reported
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from iltod import opendata, progress, review
from iltod.load import loader
from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support.sitekit import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "assessment" / "plans"
ON = dt.date(2025, 3, 1)
KEY = ("demo-assessment", 2024)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "plans")
    return tmp_path


def _reviews(root: Path) -> dict[str, review.Review]:
    repo = loader.load(root)
    assert repo.report.diagnostics == []
    (pf,) = repo.plans
    return review.of_plan(pf.plan, repo.assessments[KEY].assessment)


def test_each_measure_gets_its_verdict_gap_and_observation(repo: Path) -> None:
    got = {n: (r.verdict, r.level, r.gap, r.observation) for n, r in _reviews(repo).items()}
    assert got == {
        "1.1": ("assessed", 100, 0, "reviewed"),
        "1.2": ("assessed", 30, 70, "disputed"),
        "1.3": ("assessed", 70, 0, "reviewed"),
        "2.1": ("no-evidence", None, None, "disputed"),
        "2.2": ("not-reviewed", None, None, "self-reported"),
        "2.3": ("not-reviewed", None, None, "self-reported"),
    }


def test_one_step_below_the_claim_is_reviewed_two_steps_disputed(repo: Path) -> None:
    repo_ = loader.load(repo)
    (pf,) = repo_.plans
    m = pf.plan.objectives[0].measures[0]  # claims 100
    for level, observation in ((70, "reviewed"), (30, "disputed"), (0, "disputed")):
        assessment = repo_.assessments[KEY].assessment.model_copy(deep=True)
        assessment.measures[0].level = level
        assert review.review(m, pf.plan, assessment).observation == observation


def test_late_and_corrected_are_observations_of_their_own(repo: Path) -> None:
    pf = loader.load(repo).plans[0]
    m = pf.plan.objectives[1].measures[1]  # 2.2, not reviewed; the plan was filed 2025-01-29
    assert review.is_late(pf.plan, 28)
    assert not review.is_late(pf.plan, 29)
    assert review.review(m, pf.plan, None, late=True).observation == "late"
    assessed = loader.load(repo).assessments[KEY].assessment
    first = pf.plan.objectives[0].measures[0]
    assert review.review(first, pf.plan, assessed, corrected=True).observation == "corrected"


def test_both_averages_go_through_the_one_averaging_rule(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = opendata.to_dict(loader.load(repo), ON)["plans"][0]
    # the agency: (100 + 100 + 70 + 100 + 30 + 70) / 6; the reviewer: (100 + 30 + 70) / 3
    assert (doc["average"], doc["reviewer_average"]) == (78.3, 66.7)
    assert doc["measures_reviewed"] == 4
    assert doc["observations"] == {
        "self-reported": 2, "reviewed": 2, "disputed": 2, "late": 0, "corrected": 0
    }  # fmt: skip

    def lowest(measures: object) -> float | int | None:
        return min(progress.assessed(measures), default=None)  # type: ignore[arg-type]

    monkeypatch.setattr(progress, "average", lowest)
    doc = opendata.to_dict(loader.load(repo), ON)["plans"][0]
    assert (doc["average"], doc["reviewer_average"]) == (30, 30)
    site = Site(repo, "en", SiteOptions(office_downloads=False, search=False), on=ON)
    assert site.columns.plans[KEY].agency_average == 30
    assert site.columns.plans[KEY].reviewer_average == 30
    assert site.columns.regions[("darkhan-uul", 2024)].reviewer_average == 30


def _pages(root: Path, language: str = "en") -> dict[str, str]:
    site = Site(root, language, SiteOptions(office_downloads=False, search=False), on=ON)
    assert site.report.diagnostics == []
    return {spec.url: site.render(src) for src, spec in site.pages.items()}


def test_the_measure_page_shows_both_columns_with_the_gap(repo: Path) -> None:
    pages = _pages(repo)
    disputed = pages["demo-assessment/2024/measure-1-2/"]
    assert "The agency says" in disputed
    assert "The reviewer assessed" in disputed
    assert 'aria-valuenow="30"' in disputed
    assert 'aria-valuenow="100"' in disputed
    assert "+70 points" in disputed
    assert 'il-obs--disputed">disputed<' in disputed
    assert "SYNTHETIC expert team" not in disputed  # the Mongolian name is the assessor's
    assert "SYNTHETIC шинжээчдийн баг" in disputed
    no_evidence = pages["demo-assessment/2024/measure-2-1/"]
    assert 'il-status--no-evidence">no evidence available<' in no_evidence
    assert "SYNTHETIC иргэний нийгмийн байгууллага" in no_evidence
    unreviewed = pages["demo-assessment/2024/measure-2-2/"]
    assert 'il-status--not-reviewed">not yet reviewed<' in unreviewed
    assert "points" not in unreviewed  # no gap without a level


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


def test_every_group_page_shows_both_averages(repo: Path) -> None:
    pages = _pages(repo)
    for url, agency, reviewer in (
        ("demo-assessment/2024/", "78.3%", "66.7%"),
        ("demo-assessment/2024/objective-1/", "90%", "66.7%"),
        ("demo-assessment/2024/objective-2/", "66.7%", "no evidence available"),
        ("demo-assessment/", "78.3%", "66.7%"),
        ("regions/darkhan-uul/", "78.3%", "66.7%"),
    ):
        html = pages[url]
        assert "Both averages" in html, url
        agency_dd = _text(html.split("Agency&#39;s average</dt><dd>")[1].split("</dd>")[0])
        reviewer_dd = _text(html.split("Reviewer&#39;s average</dt><dd>")[1].split("</dd>")[0])
        assert (agency_dd, reviewer_dd) == (agency, reviewer), url


def test_without_an_assessment_file_nothing_is_reviewed(repo: Path) -> None:
    (repo / "plans" / "demo-assessment" / "2024.assessment.yml").unlink()
    doc = opendata.to_dict(loader.load(repo), ON)["plans"][0]
    assert (doc["reviewer_average"], doc["measures_reviewed"]) == (None, 0)
    measures = [m for o in doc["objectives"] for m in o["measures"]]
    assert {m["review"]["verdict"] for m in measures} == {"not-reviewed"}
    csv = opendata.to_csv(opendata.to_dict(loader.load(repo), ON))
    assert ",review_verdict,review_level,review_gap,observation,assessor," in csv.splitlines()[0]
