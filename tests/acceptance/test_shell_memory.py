"""The page shell keeps only the shells of the last groups of pages it filled (issue 28: kept for
every group, they were the largest thing a national build held, ~0.4 MB an agency), and
forgetting them changes no byte of the site (iltod/site/material/recent.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from bench import fixture
from iltod.engine import mkdocs_hooks
from iltod.site.material import shell
from iltod.site.material.recent import Recent
from tests.support import sitekit

KEPT = 2


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_a_build_holds_a_few_shells_and_forgetting_the_others_changes_no_byte(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = fixture.seeded_repo(tmp_path / "repo", 3, (2024,))  # SYNTHETIC, ~90 pages
    whole = sitekit.build(repo, tmp_path / "site-kept")  # every shell kept the build through
    assert whole.returncode == 0, whole.stderr[-3000:]
    shutil.rmtree(repo / ".cache")  # every page rendered again, none reused
    for name, value in sitekit.build_env().items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(repo)
    monkeypatch.setattr(shell, "KEPT", KEPT)
    config = load_config(str(repo / "mkdocs.yml"), site_dir=str(tmp_path / "site"), strict=True)
    build(config)
    site = mkdocs_hooks._current()
    shells = site.shells
    assert shells.filled >= 60  # three plans' measures came from shells
    assert shells.shells.made > KEPT * 3  # many groups were made...
    assert len(shells.shells) <= KEPT
    assert len(shells.sections) <= KEPT
    assert _files(tmp_path / "site") == _files(tmp_path / "site-kept")


def test_recent_forgets_the_least_recently_used() -> None:
    kept: Recent[str, int] = Recent(2)
    kept["a"], kept["b"] = 1, 2
    assert kept.get("a") == 1  # "a" is now the newest
    kept["c"] = 3
    assert list(kept) == ["a", "c"]
    assert kept.get("b") is None
    assert kept.made == 3
