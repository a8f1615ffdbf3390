"""A plan moved from one agency's folder to another's is a move in both agencies' timelines
(issue 27, row 11): the new agency's timeline used to show the old agency's filings under the
new agency's name, and the move itself nowhere. A renamed agency (its folder renamed, the old
agency gone) stays one agency, as before (tests/acceptance/test_history.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iltod.history.changes import describe
from iltod.history.log import History
from tests.support.history_repo import GitRepo, agency_yaml, plan_yaml


@pytest.fixture(scope="module")
def moved(tmp_path_factory: pytest.TempPathFactory) -> tuple[History, dict[str, str]]:
    repo = GitRepo(tmp_path_factory.mktemp("moves") / "repo")
    repo.write("plans/aimag-a/agency.yml", agency_yaml("aimag-a", name="А газар"))
    repo.write("plans/aimag-b/agency.yml", agency_yaml("aimag-b", name="Б газар"))
    ms = [{"number": "1.1", "percent": 30}, {"number": "1.2", "percent": 0}]
    repo.write("plans/aimag-a/2021.yml", plan_yaml("aimag-a", 2021, ms))
    sha = {"add": repo.commit("A files its plan", "2021-03-01T10:00:00+08:00", "Болд")}
    ms[0]["percent"] = 70
    repo.write("plans/aimag-a/2021.yml", plan_yaml("aimag-a", 2021, ms))
    sha["report"] = repo.commit("A reports", "2021-06-30T10:00:00+08:00", "Болд")
    repo.git("mv", "plans/aimag-a/2021.yml", "plans/aimag-b/2021.yml")
    repo.write("plans/aimag-b/2021.yml", plan_yaml("aimag-b", 2021, ms))
    sha["move"] = repo.commit("The plan is B's now", "2021-09-01T10:00:00+08:00", "Сараа")
    ms[1]["percent"] = 100
    repo.write("plans/aimag-b/2021.yml", plan_yaml("aimag-b", 2021, ms))
    sha["b"] = repo.commit("B reports", "2021-11-01T10:00:00+08:00", "Сараа")
    return History.read(repo.root), sha


def test_the_measure_timeline_shows_the_move_and_who_filed_what(moved) -> None:
    history, sha = moved
    timeline = history.measure_timeline("aimag-b", 2021, "1.1")
    assert [c.commit.sha for c in timeline] == [sha["move"], sha["report"], sha["add"]]
    move, report, added = timeline
    assert move.delta.moved == ("aimag-a", "aimag-b")
    assert "plan moved from aimag-a to aimag-b" in describe(move.delta, "en")
    assert "төлөвлөгөө aimag-a-аас aimag-b руу шилжсэн" in describe(move.delta, "mn")
    assert (report.filed_by, added.filed_by) == ("aimag-a", "aimag-a")  # not B's filings
    assert move.filed_by == ""


def test_both_agencies_timelines_show_the_move(moved) -> None:
    history, sha = moved
    a = {(c.commit.sha, c.number) for c in history.recent(50, "aimag-a")}
    b = {(c.commit.sha, c.number) for c in history.recent(50, "aimag-b")}
    assert (sha["move"], "1.1") in a
    assert (sha["move"], "1.1") in b
    assert (sha["report"], "1.1") in a  # A's filing stays A's
    assert (sha["report"], "1.1") not in b
    assert (sha["b"], "1.2") in b
    assert (sha["b"], "1.2") not in a


def test_a_renamed_agency_is_not_a_move(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.write("plans/old-name/agency.yml", agency_yaml("old-name"))
    repo.write("plans/old-name/2021.yml", plan_yaml("old-name", 2021, [{"number": "1.1"}]))
    first = repo.commit("add", "2021-03-01T10:00:00+08:00")
    repo.git("mv", "plans/old-name", "plans/new-name")
    repo.write("plans/new-name/agency.yml", agency_yaml("new-name"))
    repo.write("plans/new-name/2021.yml", plan_yaml("new-name", 2021, [{"number": "1.1"}]))
    repo.commit("rename", "2021-09-01T10:00:00+08:00")
    history = History.read(repo.root)
    (added,) = history.measure_timeline("new-name", 2021, "1.1")
    assert added.commit.sha == first
    assert added.filed_by == ""
    assert [c.commit.sha for c in history.recent(10, "new-name")] == [first]
