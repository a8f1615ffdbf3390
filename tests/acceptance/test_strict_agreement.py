"""``iltod validate`` and the strict build agree (issue 27, rows 9 and 13).

A clerk runs ``iltod validate``; the pull-request check runs it and ``mkdocs build --strict``.
A warning the strict build stops on used to leave validate at exit 0 ("all is well"), then the
check failed. Now every warning a strict build stops on makes validate exit 1 too, and says so;
the strict build stops on it even with ``-q`` (MkDocs drops warnings in quiet mode before it
counts them, so the engine counts its own).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import sample, sitekit
from tests.support.history_repo import ENV, GitRepo

CASES = Path(__file__).parents[1] / "cases" / "invalid"
WARNING_ONLY = ["image-without-caption", "undatable-timeframe", "measures-out-of-order"]


def _repo_of_case(case: str, dest: Path) -> Path:
    repo = sitekit.make_repo(dest, plans=CASES / case / "plans")
    if (CASES / case / "attachments").is_dir():
        shutil.copytree(CASES / case / "attachments", repo / "attachments")
    return repo


def _validate(repo: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "iltod", "validate", str(repo)],
        capture_output=True,
        text=True,
        env=sitekit.build_env(),
        cwd=repo,
        timeout=120,
    )


@pytest.mark.parametrize("case", WARNING_ONLY)
def test_validate_fails_exactly_when_the_strict_build_does(case: str, tmp_path: Path) -> None:
    repo = _repo_of_case(case, tmp_path / "repo")
    validated = _validate(repo)
    built = sitekit.build(repo, tmp_path / "site")
    assert built.returncode == 1, built.stderr
    assert validated.returncode == built.returncode, validated.stdout
    code = next(line for line in validated.stdout.splitlines() if "warning[" in line)
    code = code.split("warning[")[1][:4]
    assert f"warning[{code}]" in built.stderr
    assert "stops `mkdocs build --strict`" in validated.stdout
    assert "mkdocs build --strict`-ийг зогсооно" in validated.stdout


def test_quiet_cannot_weaken_strict(tmp_path: Path) -> None:
    repo = _repo_of_case("image-without-caption", tmp_path / "repo")
    cmd = [*sitekit.build_command(repo, tmp_path / "site"), "-q"]
    built = subprocess.run(cmd, capture_output=True, text=True, env=sitekit.build_env())
    assert built.returncode == 1
    assert "W002" in built.stderr


def test_a_shallow_clone_fails_validate_and_the_quiet_strict_build(tmp_path: Path) -> None:
    origin = GitRepo(tmp_path / "origin")
    sitekit.make_repo(origin.root, plans=sample.PLANS)
    origin.commit("plans", "2021-06-30T10:00:00+08:00")
    plan = origin.root / "plans/govisumber-zdtg/2021.yml"
    plan.write_text(plan.read_text("utf-8") + "\n", "utf-8")
    origin.commit("report", "2021-12-30T10:00:00+08:00")
    clone = tmp_path / "clone"
    GitRepo.clone_shallow(origin.root, clone, depth=1)
    validated = _validate(clone)
    assert validated.returncode == 1, validated.stdout
    assert "warning[W202]" in validated.stdout
    cmd = [*sitekit.build_command(clone, tmp_path / "site"), "-q"]
    built = subprocess.run(cmd, capture_output=True, text=True, env={**sitekit.build_env(), **ENV})
    assert built.returncode == 1
    assert "W202" in built.stderr
