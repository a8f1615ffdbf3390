"""The history's dates are the main branch's: when a change was merged, not what a laptop claims.

Issue 12, row 7: a clerk can set any author date (``GIT_AUTHOR_DATE="1112911993 +0000"``, 7 April
2005) and, on their own branch, any committer date. The history follows the first-parent
history of the main branch; each change is attributed to the commit that brought it there (a
pull request's merge commit, a squash, a fast-forward) and dated by that commit's committer
date, which GitHub sets when it merges.
"""

from __future__ import annotations

import datetime as dt

import pytest

from iltod.history.log import History
from tests.support.history_repo import GitRepo, agency_yaml, plan_yaml

FORGED = "1112911993 +0000"  # 2005-04-07, set on the clerk's laptop


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> tuple[GitRepo, dict[str, str], History]:
    """1. 2021-03-01 the plan is added on main.
    2. PR #7: a clerk's commit (author and committer date forged to 2005) sets 1.1 30 → 70 %;
       merged with a merge commit on 2021-07-01.
    3. PR #8: 1.2 gets a result; squash-merged on 2021-08-01.
    4. PR #9: two commits on the branch, 2.1 0 → 30 % then 30 → 70 %; merged on 2021-09-01.
    5. A rebase merge: the commit keeps its forged author date; GitHub commits it on 2021-10-01.
    """
    repo = GitRepo(tmp_path_factory.mktemp("merges") / "repo")
    ms: list[dict[str, object]] = [
        {"number": "1.1", "percent": 30},
        {"number": "1.2", "percent": 0},
        {"number": "2.1", "percent": 0},
    ]
    sha: dict[str, str] = {}

    def save() -> None:
        repo.write("plans/a/2021.yml", plan_yaml("a", 2021, ms))

    repo.write("plans/a/agency.yml", agency_yaml("a"))
    save()
    sha["add"] = repo.commit("Add the plan", "2021-03-01T10:00:00+08:00")
    repo.branch("report")
    ms[0]["percent"] = 70
    save()
    repo.commit("Half-year report", FORGED)  # author and committer date forged
    sha["pr7"] = repo.merge("report", 7, "2021-07-01T10:00:00+08:00", "Хагас жилийн тайлан")
    repo.branch("result")
    ms[1]["result"] = "Сургалт хийсэн."
    save()
    repo.commit("Result of 1.2", "2005-04-07T12:00:00+00:00")  # both dates forged
    sha["pr8"] = repo.squash("result", 8, "2021-08-01T10:00:00+08:00", "Үр дүн 1.2")
    repo.branch("two")
    ms[2]["percent"] = 30
    save()
    repo.commit("2.1 to 30", "2021-08-15T10:00:00+08:00")
    ms[2]["percent"] = 70
    save()
    repo.commit("2.1 to 70", "2021-08-16T10:00:00+08:00")
    sha["pr9"] = repo.merge("two", 9, "2021-09-01T10:00:00+08:00", "2.1")
    ms[0]["percent"] = 100
    save()
    sha["rebased"] = repo.commit(
        "1.1 done", "2021-10-01T10:00:00+08:00", authored="2005-04-07T12:00:00+00:00"
    )
    return repo, sha, History.read(repo.root)


def test_a_change_is_dated_by_its_merge_not_by_the_laptops_dates(merged):
    _, sha, history = merged
    report = next(
        c for c in history.measure_timeline("a", 2021, "1.1") if c.delta.percent == (30, 70)
    )
    assert report.commit.sha == sha["pr7"]
    assert report.commit.date == dt.datetime.fromisoformat("2021-07-01T10:00:00+08:00")
    assert report.commit.pull_request == 7
    assert report.commit.title == "Хагас жилийн тайлан"


def test_no_date_of_the_history_is_a_forged_one(merged):
    _, _, history = merged
    assert all(c.commit.date.year == 2021 for c in history.changes)
    assert history.plan_last_updated("a", 2021).date == dt.datetime.fromisoformat(
        "2021-10-01T10:00:00+08:00"
    )


def test_a_squash_merge_is_one_change_with_its_pull_request(merged):
    _, sha, history = merged
    [change] = [c for c in history.measure_timeline("a", 2021, "1.2") if c.delta.kind != "added"]
    assert change.commit.sha == sha["pr8"]
    assert (change.commit.pull_request, change.commit.title) == (8, "Үр дүн 1.2")
    assert change.commit.date == dt.datetime.fromisoformat("2021-08-01T10:00:00+08:00")


def test_a_pull_request_of_several_commits_is_one_change_attributed_to_its_merge(merged):
    _, sha, history = merged
    timeline = history.measure_timeline("a", 2021, "2.1")
    assert [(c.commit.sha, c.delta.percent) for c in timeline] == [
        (sha["pr9"], (0, 70)),
        (sha["add"], (None, 0)),
    ]


def test_a_rebase_merge_is_dated_by_its_committer_date(merged):
    _, sha, history = merged
    last = history.measure_timeline("a", 2021, "1.1")[0]
    assert last.commit.sha == sha["rebased"]
    assert last.commit.date == dt.datetime.fromisoformat("2021-10-01T10:00:00+08:00")
    assert last.commit.authored.year == 2005  # kept, as a detail, never as the date
    assert last.commit.pull_request is None


def test_the_commits_of_a_branch_are_not_in_the_history(merged):
    repo, _, history = merged
    mainline = set(repo.git("rev-list", "--first-parent", "main").split())
    branches = set(repo.git("rev-list", "main").split()) - mainline
    assert len(branches) == 3  # PR #7's commit and PR #9's two (PR #8's was squashed)
    assert {c.commit.sha for c in history.changes} == mainline
