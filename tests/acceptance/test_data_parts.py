"""A rebuild after one agency's update makes that plan's open data again and takes every other
plan's from the build cache (iltod.site.dataparts), and publishes byte for byte what a build
without the cache publishes (SYNTHETIC repository with git history)."""

from __future__ import annotations

import filecmp
import re
import shutil
from pathlib import Path

from tests.support import sitekit, synthetic
from tests.support.history_repo import GitRepo

PLAN = "plans/synthetic-0002/2024.yml"


def _build(repo: Path, out: Path) -> str:
    result = sitekit.build(repo, out, SOURCE_DATE_EPOCH="1717200000")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def _parts(log: str) -> tuple[int, int]:
    found = re.search(r"open data cache: (\d+) plans reused, (\d+) made", log)
    assert found is not None, log
    return int(found.group(1)), int(found.group(2))


def _differing(a: Path, b: Path) -> list[str]:
    left = {p.relative_to(a) for p in a.rglob("*") if p.is_file()}
    right = {p.relative_to(b) for p in b.rglob("*") if p.is_file()}
    common = sorted(left & right)
    _, mismatch, errors = filecmp.cmpfiles(a, b, [str(p) for p in common], shallow=False)
    return sorted(map(str, left ^ right)) + mismatch + errors


def test_a_rebuild_after_one_plan_changes_makes_only_its_open_data(tmp_path: Path) -> None:
    repo = sitekit.make_repo(tmp_path / "repo")
    synthetic.write_repository(repo, 3, measures=5, years=(2023, 2024), regions=["govisumber"])
    git = GitRepo(repo)
    git.commit("SYNTHETIC plans", "2024-03-01T10:00:00+08:00")
    assert _parts(_build(repo, tmp_path / "first")) == (0, 6)
    assert _parts(_build(repo, tmp_path / "same")) == (6, 0)

    path = repo / PLAN
    text = path.read_text(encoding="utf-8")
    old = re.search(r"percent: (\d+)", text)
    assert old is not None
    new = "30" if old.group(1) != "30" else "70"
    path.write_text(text[: old.start(1)] + new + text[old.end(1) :], encoding="utf-8")
    git.commit("1.1: percent", "2024-06-01T10:00:00+08:00")
    cold = tmp_path / "cold-repo"
    shutil.copytree(repo, cold, symlinks=True, ignore=shutil.ignore_patterns(".cache"))

    # the changed plan is made again; so is the agency's next year, whose change since the
    # year before is in its data — here the changed plan is the newest, so nothing else
    assert _parts(_build(repo, tmp_path / "rebuilt")) == (5, 1)
    assert _parts(_build(cold, tmp_path / "cold")) == (0, 6)
    assert _differing(tmp_path / "rebuilt", tmp_path / "cold") == []
    data = (tmp_path / "rebuilt/data/synthetic-0002/2024.csv").read_text(encoding="utf-8-sig")
    assert f",{new}," in data
    assert len(list((repo / ".cache/opendata").iterdir())) == 6  # the old part is removed
