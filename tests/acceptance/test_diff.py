"""``iltod diff``: the review summary of what a revision changes in the plans.

The Markdown is compared with ``tests/golden/diff.md``; after an intended change, rewrite it with
``ILTOD_UPDATE_GOLDEN=1 python -m pytest tests/acceptance/test_diff.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from iltod import cli
from iltod.history import diff
from iltod.load import loader
from tests.support.history_repo import GitRepo, plan_yaml, scenario

GOLDEN = Path(__file__).parents[1] / "golden" / "diff.md"
UPDATE = os.environ.get("ILTOD_UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[GitRepo, dict[str, str]]:
    return scenario(tmp_path_factory.mktemp("diff") / "repo")


def test_markdown_summary_matches_the_golden_file(story):
    repo, sha = story
    text = diff.to_markdown(diff.summarize(repo.root, sha["add"], sha["measures"]))
    if UPDATE:
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_summary_lists_percent_status_evidence_and_measure_changes(story):
    repo, sha = story
    s = diff.summarize(repo.root, sha["add"], sha["measures"])
    [plan] = s.plans
    assert (plan.kind, plan.old_path, plan.path) == (
        "renamed",
        "plans/old-name/2021.yml",
        "plans/new-name/2021.yml",
    )
    by_number = {d.number: d for d in plan.measures}
    assert by_number["1.1"].percent == (30, 70)
    assert by_number["1.1"].evidence_added == ("photo.jpg",)
    assert by_number["1.2"].status == ("not-implemented", "complete")
    assert (by_number["2.1"].kind, by_number["2.2"].kind) == ("removed", "added")
    # photo.jpg is listed but was never uploaded: the new revision does not validate
    assert [d.code for d in s.report.errors] == ["E030"]


def test_json_has_the_same_facts(story):
    repo, sha = story
    doc = json.loads(diff.to_json(diff.summarize(repo.root, sha["report"], sha["evidence"])))
    assert doc["head"] == sha["evidence"]
    [plan] = doc["plans"]
    assert [(m["number"], m["evidence_added"]) for m in plan["measures"]] == [
        ("1.1", ["photo.jpg"])
    ]
    assert doc["validation"]["summary"]["errors"] == 1


def test_compares_with_the_merge_base_like_a_pull_request(tmp_path: Path, monkeypatch, capsys):
    repo = GitRepo(tmp_path / "repo")
    repo.write("plans/a/agency.yml", 'slug: "a"\nname:\n  mn: "А"\nregion: "govisumber"\n')
    repo.write(
        "plans/a/2021.yml",
        plan_yaml("a", 2021, [{"number": "1.1", "percent": 30}, {"number": "1.2", "percent": 0}]),
    )
    repo.commit("Plan", "2021-03-01T10:00:00+08:00")
    repo.git("checkout", "-q", "-b", "update")
    repo.write(
        "plans/a/2021.yml",
        plan_yaml("a", 2021, [{"number": "1.1", "percent": 70}, {"number": "1.2", "percent": 0}]),
    )
    repo.commit("1.1 to 70", "2021-04-01T10:00:00+08:00")
    repo.git("checkout", "-q", "main")
    repo.write(
        "plans/a/2021.yml",
        plan_yaml("a", 2021, [{"number": "1.1", "percent": 30}, {"number": "1.2", "percent": 100}]),
    )
    repo.commit("1.2 done on main meanwhile", "2021-05-01T10:00:00+08:00")
    repo.git("checkout", "-q", "update")
    monkeypatch.chdir(repo.root)
    assert cli.main(["diff", "main", "HEAD", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(m["number"], m["percent"]) for m in doc["plans"][0]["measures"]] == [("1.1", [30, 70])]
    assert doc["validation"]["summary"] == {"errors": 0, "warnings": 0, "files": 2}


def test_no_plan_changes_and_unknown_revisions(story, monkeypatch):
    repo, sha = story
    text = diff.to_markdown(diff.summarize(repo.root, sha["measures"], sha["comment"]))
    assert "No changes to plan data." in text
    with pytest.raises(loader.UsageError, match="cannot compare"):
        diff.summarize(repo.root, "no-such-branch", "HEAD")
    monkeypatch.chdir(repo.root)
    assert cli.main(["diff", "no-such-branch"]) == 2
