"""A site whose pages' content is rendered ahead in a forked worker (iltod/site/ahead.py) is
the same site, byte for byte, as one rendered in the build's own process (issue 28).

The worker is used from ``MIN_PAGES`` generated pages on; here a small site is built with the
threshold at 1 (every page's content from the worker) and at a number it never reaches, by
``tests/support/ahead_build.py``, and every file of the two is compared: the sample's agency
with its history and a SYNTHETIC agency with a long objective and two years."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import sitekit, synthetic
from tests.support.history_repo import GitRepo

SAMPLE = sitekit.ROOT / "tests" / "fixtures" / "sample" / "plans"
NEVER = 10**9


def _build(repo: Path, out: Path, threshold: int) -> str:
    cmd = [sys.executable, "-m", "tests.support.ahead_build", str(threshold), "build", "--strict"]
    result = subprocess.run(
        [*cmd, "-f", str(repo / "mkdocs.yml"), "-d", str(out)],
        capture_output=True,
        text=True,
        env=sitekit.build_env(SOURCE_DATE_EPOCH="1709258400"),
        cwd=sitekit.ROOT,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stderr


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, str]:
    root = tmp_path_factory.mktemp("ahead")
    repo = sitekit.make_repo(root / "repo", SAMPLE)
    synthetic.write_long_objectives(repo, [30])
    synthetic.write_repository(repo, 1, measures=8, years=(2023, 2024), regions=["govisumber"])
    GitRepo(repo).commit("SYNTHETIC plans and the sample", "2024-03-01T10:00:00+08:00")
    here, there = root / "here", root / "ahead"
    log_here = _build(repo, here, NEVER)
    (repo / ".cache").rename(root / "first-cache")  # the second build renders every page too
    log_there = _build(repo, there, 1)
    return here, there, log_here, log_there


def _rendered_ahead(log: str) -> int:
    found = re.search(r"pages rendered ahead: (\d+)", log)
    assert found is not None, log[-2000:]
    return int(found.group(1))


def test_the_worker_rendered_every_generated_page(built):
    _, _, log_here, log_there = built
    assert _rendered_ahead(log_here) == 0
    assert _rendered_ahead(log_there) > 50


def test_the_site_is_the_same_either_way(built):
    here, there, _, _ = built
    from tests.acceptance.test_page_cache import _same

    assert sorted(p.relative_to(here) for p in here.rglob("*") if p.is_file())
    assert _same(here, there) == []
