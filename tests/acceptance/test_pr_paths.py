"""The pull-request workflow's own shell step decides whether the engine's tests run: run on real
commits, a change to plans/ or attachments/ alone skips them, anything else runs them."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support.history_repo import GitRepo
from tests.support.sitekit import ROOT


def _paths_step() -> str:
    wf = yaml.safe_load((ROOT / ".github/workflows/pr.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in wf["jobs"]["changes"]["steps"] if s.get("id") == "paths"]
    script: str = step["run"]
    return script


def _decide(tmp_path: Path, changed: dict[str, str]) -> str:
    repo = GitRepo(tmp_path / "repo")
    repo.write("plans/a/2021.yml", "year: 2021\n")
    repo.write("iltod/model.py", "# engine\n")
    repo.commit("base", "2021-01-01T00:00:00+00:00")
    repo.git("update-ref", "refs/remotes/origin/main", "HEAD")
    for rel, text in changed.items():
        repo.write(rel, text)
    repo.commit("pull request", "2021-01-02T00:00:00+00:00")
    output = tmp_path / "github_output"
    env = {**os.environ, "BASE_REF": "main", "GITHUB_OUTPUT": str(output)}
    subprocess.run(
        ["bash", "-c", _paths_step()], cwd=repo.root, env=env, check=True, capture_output=True
    )
    return output.read_text(encoding="utf-8").strip()


@pytest.mark.parametrize(
    ("changed", "decision"),
    [
        ({"plans/a/2021.yml": "year: 2022\n"}, "engine=false"),
        ({"plans/b/agency.yml": "slug: b\n", "attachments/b/2021/1.1/a.jpg": "x"}, "engine=false"),
        ({"plans/a/2021.yml": "year: 2022\n", "iltod/model.py": "# changed\n"}, "engine=true"),
        ({"tests/unit/test_new.py": "\n"}, "engine=true"),
        ({"docs/about.md": "# About\n"}, "engine=true"),
    ],
)
def test_only_engine_changes_run_the_engine_tests(
    tmp_path: Path, changed: dict[str, str], decision: str
) -> None:
    assert _decide(tmp_path, changed) == decision
