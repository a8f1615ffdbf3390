"""The reviewer's assessment files belong to the reviewing body's team: CODEOWNERS gives them to
the team set with ``iltod codeowners --reviewer`` (after every agency's line, so no agency can
approve its own assessment; E205 when a rule takes them over), ``iltod diff`` fails a pull
request that changes an assessment together with an agency's files (E204), and the site dates
an assessment by the merge that published it (SYNTHETIC repositories)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from iltod.history import assessed, codeowners, diff
from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support.history_repo import GitRepo, agency_yaml, plan_yaml

ASSESSMENT = """\
agency: "town"
year: 2021
assessor: {mn: "SYNTHETIC шинжээчдийн баг"}
measures:
  - {number: "1.1", level: 30}
"""


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    repo = GitRepo(tmp_path / "repo")
    repo.write("plans/town/agency.yml", agency_yaml("town"))
    repo.write("plans/town/2021.yml", plan_yaml("town", 2021, [{"number": "1.1", "percent": 70}]))
    repo.commit("base", "2022-01-10T00:00:00+00:00")
    return repo


def _pr(repo: GitRepo, files: dict[str, str]) -> diff.Summary:
    repo.branch("pr")
    for rel, text in files.items():
        repo.write(rel, text)
    repo.commit("pull request", "2022-02-01T00:00:00+00:00")
    return diff.summarize(repo.root, "main", "HEAD")


def test_an_agency_pull_request_touching_the_assessment_fails(repo: GitRepo) -> None:
    plan = plan_yaml("town", 2021, [{"number": "1.1", "percent": 100}])
    summary = _pr(repo, {"plans/town/2021.yml": plan, "plans/town/2021.assessment.yml": ASSESSMENT})
    (problem,) = summary.report.errors
    assert (problem.code, problem.file) == ("E204", "plans/town/2021.assessment.yml")
    assert "plans/town/2021.yml" in problem.message_en


def test_a_reviewer_pull_request_of_assessments_alone_passes(repo: GitRepo) -> None:
    summary = _pr(repo, {"plans/town/2021.assessment.yml": ASSESSMENT})
    assert summary.report.errors == []


def test_an_agency_pull_request_without_assessments_passes(repo: GitRepo) -> None:
    plan = plan_yaml("town", 2021, [{"number": "1.1", "percent": 100}])
    assert _pr(repo, {"plans/town/2021.yml": plan}).report.errors == []


def test_codeowners_gives_the_assessments_to_the_reviewers(repo: GitRepo) -> None:
    town = agency_yaml("town").replace("region:", 'owners: ["@town/clerks"]\nregion:')
    repo.write("plans/town/agency.yml", town)
    code, out = codeowners.run(repo.root, False, ["@org/maint"], ["@org/iaac-reviewers"])
    assert code == 0, out
    text = (repo.root / codeowners.PATH).read_text(encoding="utf-8")
    all_rules = codeowners.rules(text)
    rule = codeowners.owners_of("plans/town/2021.assessment.yml", all_rules)
    assert rule is not None
    assert rule.owners == ("@org/iaac-reviewers",)
    plan_rule = codeowners.owners_of("plans/town/2021.yml", all_rules)
    assert plan_rule is not None
    assert plan_rule.owners == ("@town/clerks",)
    # kept on later runs without the option, and checked
    assert codeowners.run(repo.root, True, None, None)[0] == 0
    # a maintainer's line after the block that hands the assessments to the agency: E205
    (repo.root / codeowners.PATH).write_text(text + "/plans/town/ @town/clerks\n", "utf-8")
    code, out = codeowners.run(repo.root, True, None, None)
    assert code == 1
    assert any("error[E205]" in line for line in out)


def test_the_assessment_is_dated_by_its_merge(repo: GitRepo) -> None:
    repo.write("plans/town/2021.assessment.yml", ASSESSMENT)
    repo.commit("assessment", "2022-03-15T09:00:00+00:00", authored="2020-01-01T00:00:00+00:00")
    dates = assessed.merged(repo.root)
    assert dates[("town", 2021)].date.date() == dt.date(2022, 3, 15)
    site = Site(repo.root, "en", SiteOptions(office_downloads=False, search=False))
    page = next(src for src, spec in site.pages.items() if spec.url == "town/2021/measure-1-1/")
    html = site.render(page)
    assert '<time datetime="2022-03-15T09:00:00+00:00">2022-03-15</time>' in html
    # the agency raises its percent after the review: corrected
    plan = plan_yaml("town", 2021, [{"number": "1.1", "percent": 100}])
    repo.write("plans/town/2021.yml", plan)
    repo.commit("raise", "2022-04-01T00:00:00+00:00")
    site = Site(repo.root, "en", SiteOptions(office_downloads=False, search=False))
    assert site.columns.reviews[("town", 2021)]["1.1"].observation == "corrected"
