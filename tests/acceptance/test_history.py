"""The history of measures, read from git: timelines, last-updated dates, and the warnings."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from iltod.history.log import History
from tests.support.history_repo import GitRepo, scenario


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[GitRepo, dict[str, str], History]:
    repo, sha = scenario(tmp_path_factory.mktemp("history") / "repo")
    return repo, sha, History.read(repo.root)


def test_timeline_lists_each_commit_that_changed_the_measure_newest_first(story):
    _, sha, history = story
    timeline = history.measure_timeline("new-name", 2021, "1.1")
    assert [c.commit.sha for c in timeline] == [sha["evidence"], sha["report"], sha["add"]]
    assert [c.delta.percent for c in timeline] == [(70, 70), (30, 70), (None, 30)]
    assert [c.delta.kind for c in timeline] == ["changed", "changed", "added"]
    assert timeline[1].delta.status == ("insufficient", "in-progress")
    assert timeline[1].commit.author == "Сараа"
    assert timeline[1].commit.subject == "Half-year report"
    assert timeline[1].commit.date == dt.datetime.fromisoformat("2021-06-30T17:30:00+08:00")


def test_evidence_and_declared_counts_are_followed(story):
    _, _, history = story
    change = history.measure_timeline("new-name", 2021, "1.1")[0]
    assert change.delta.evidence_added == ("photo.jpg",)
    assert change.delta.declared == (None, 3)
    assert not change.delta.result_changed


def test_result_text_change_is_reported_without_a_percent_change(story):
    _, sha, history = story
    report = next(
        c
        for c in history.measure_timeline("new-name", 2021, "1.2")
        if c.commit.sha == sha["report"]
    )
    assert report.delta.result_changed
    assert report.delta.percent == (0, 0)


def test_unreadable_version_warns_and_the_next_is_compared_with_the_last_readable(story):
    _, sha, history = story
    assert [(w.code, w.file, w.line) for w in history.warnings] == [
        ("W203", "plans/old-name/2021.yml", 3)
    ]
    assert sha["broken"][:7] in history.warnings[0].message_en
    timeline = history.measure_timeline("new-name", 2021, "1.2")
    assert [c.commit.sha for c in timeline] == [sha["fix"], sha["report"], sha["add"]]
    assert timeline[0].delta.percent == (0, 100)


def test_renamed_agency_keeps_its_history_under_the_new_name(story):
    _, sha, history = story
    assert history.measure_timeline("old-name", 2021, "1.1") == []
    timeline = history.measure_timeline("new-name", 2021, "1.1")
    assert {c.path for c in timeline} == {"plans/old-name/2021.yml"}
    assert sha["rename"] not in {
        c.commit.sha for c in history.changes
    }  # moving is not a data change


def test_added_and_removed_measures(story):
    _, sha, history = story
    added = history.measure_timeline("new-name", 2021, "2.2")
    assert [(c.commit.sha, c.delta.kind, c.delta.status) for c in added] == [
        (sha["measures"], "added", (None, "not-due"))
    ]
    removed = history.measure_timeline("new-name", 2021, "2.1")[0]
    assert (removed.delta.kind, removed.delta.status) == ("removed", ("not-assessed", None))


def test_last_updated_is_the_last_commit_that_changed_the_data(story):
    _, sha, history = story
    assert (
        history.plan_last_updated("new-name", 2021).sha == sha["measures"]
    )  # not the comment-only commit
    assert history.measure_last_updated("new-name", 2021, "1.2").sha == sha["fix"]
    assert history.measure_last_updated("new-name", 2021, "9.9") is None
    assert history.plan_last_updated("old-name", 2021) is None


def test_recent_is_newest_first_and_in_measure_order_within_a_commit(story):
    _, sha, history = story
    assert [(c.commit.sha, c.number) for c in history.recent(3)] == [
        (sha["measures"], "2.1"),
        (sha["measures"], "2.2"),
        (sha["fix"], "1.2"),
    ]
    assert len(history.recent(100)) == len(history.changes) == 3 + 2 + 1 + 1 + 2


def test_outside_a_git_repository_history_is_empty_with_one_warning(tmp_path: Path):
    (tmp_path / "plans").mkdir()
    history = History.read(tmp_path)
    assert [w.code for w in history.warnings] == ["W201"]
    assert history.changes == []
    assert history.plan_last_updated("x", 2021) is None


def test_shallow_clone_warns_once_and_keeps_the_history_it_has(story, tmp_path: Path):
    repo, sha, _ = story
    clone = tmp_path / "clone"
    GitRepo.clone_shallow(repo.root, clone, depth=3)
    history = History.read(clone)
    assert [w.code for w in history.warnings] == ["W202"]
    assert "2021-09-01" in history.warnings[0].message_en  # where the history starts
    # the boundary commit is a baseline, not "every measure added"
    assert [c.commit.sha for c in history.changes] == [sha["measures"], sha["measures"]]
    assert history.plan_last_updated("new-name", 2021).sha == sha["measures"]
    assert history.measure_last_updated("new-name", 2021, "1.1") is None


def test_the_history_of_some_agencies_is_theirs_whole_renames_included(story, tmp_path: Path):
    """A one-agency preview reads its agency's history only (parsing every version of every
    plan is most of a national preview's time), and loses none of it: the versions filed
    under the agency's former folder name are followed."""
    repo, _, _ = story
    copy = tmp_path / "repo"
    shutil.copytree(repo.root, copy, symlinks=True)
    other = copy / "plans/other-agency/2021.yml"
    other.parent.mkdir(parents=True)
    shutil.copy2(copy / "plans/new-name/2021.yml", other)
    GitRepo(copy).commit("Another agency", "2021-12-01T10:00:00+08:00")
    whole, mine = History.read(copy), History.read(copy, {"new-name"})
    assert {c.agency for c in whole.changes} == {"new-name", "other-agency"}
    assert {c.agency for c in mine.changes} == {"new-name"}
    assert mine.measure_timeline("new-name", 2021, "1.1") == whole.measure_timeline(
        "new-name", 2021, "1.1"
    )
    assert {c.path for c in mine.measure_timeline("new-name", 2021, "1.1")} == {
        "plans/old-name/2021.yml"
    }
    assert mine.plan_last_updated("new-name", 2021) == whole.plan_last_updated("new-name", 2021)
    assert mine.plan_last_updated("other-agency", 2021) is None
