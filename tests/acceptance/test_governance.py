"""The repository-settings guide (dev/deployment.md, "Repository settings") says what really
holds: the settings that close every way around the review are listed, the status checks it
names are the pull-request workflow's jobs, and what it says of a shallow clone is what a strict
build does with one."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from tests.support import sample, sitekit
from tests.support.history_repo import GitRepo

GUIDE = sitekit.ROOT / "dev" / "deployment.md"


def _settings() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    return text[text.index("## Репозиторийн тохиргоо / Repository settings") :]


def test_the_guide_requires_every_setting_that_closes_a_way_around_review() -> None:
    settings = _settings()
    for required in (
        "Require review from Code Owners",
        "Dismiss stale pull request approvals when new commits are pushed",
        "Require approval of the most recent reviewable push",
        "Require status checks to pass",
        "Require linear history",
        "merge queue",
        "Allow force pushes",
        "Do not allow bypassing the above settings",
        "iltod codeowners --default-owner",
        "Out of the box there\n   are no owners and no default owner",
        "Require approvals",
    ):
        assert required in settings, required


def test_the_required_checks_it_names_are_the_pull_request_jobs() -> None:
    named = set(re.findall(r"\*\*`(\w+)`\*\*", _settings()))
    wf = yaml.safe_load((sitekit.ROOT / ".github/workflows/pr.yml").read_text(encoding="utf-8"))
    checks = {job["name"] for job in wf["jobs"].values()} - {"what changed"}
    assert checks == {"data", "engine"}
    assert checks <= named


def test_a_strict_build_of_a_shallow_clone_aborts_as_the_guide_says(tmp_path: Path) -> None:
    repo = sitekit.make_repo(tmp_path / "origin", plans=sample.PLANS)
    git = GitRepo(repo)
    git.commit("sample", "2022-01-05T10:00:00+08:00")
    git.write("docs/extra.md", "# Extra\n")
    git.commit("a later commit", "2022-02-05T10:00:00+08:00")
    clone = tmp_path / "shallow"
    GitRepo.clone_shallow(repo, clone, depth=1)
    result = sitekit.build(clone, tmp_path / "site")
    assert result.returncode == 1
    assert "warning[W202]" in result.stderr
    # counted by the engine itself, so -q cannot hide it (issue 27, row 9)
    assert "strict: 1 warning stops the build (.:1:1 W202)" in result.stderr
    guide = _settings()
    assert "**a strict build\n   (`mkdocs build --strict`, as both workflows run it" in guide
    assert '("strict: 1 warning stops the build (.:1:1 W202)", exit 1;' in guide
