"""The page shell (iltod/site/material/shell.py) changes how fast pages render, never what they
are: a site whose pages were filled from shells rendered once per group is byte for byte the site
whose every page went through the whole of Material's template (``page_shell: false``), on the
sample in both languages and on the bench's SYNTHETIC fixture as the national deploy builds it."""

from __future__ import annotations

import filecmp
import re
import shutil
from pathlib import Path

import pytest

from bench import fixture
from bench import years as year_sites
from iltod.load import loader
from iltod.site.material.navigation import WINDOW
from tests.support import sample, sitekit, synthetic
from tests.support.history_repo import GitRepo

LONG = 2 * WINDOW + 9
"""Measures of the long objective: more than its navigation's window."""


def _whole_pages(repo: Path) -> Path:
    """A copy of ``repo`` whose build renders every page with the whole template."""
    copy = repo.parent / f"{repo.name}-whole"
    shutil.copytree(repo, copy, ignore=shutil.ignore_patterns(".cache"))
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\n  iltod:\n" in text
    config.write_text(text.replace("\n  iltod:\n", "\n  iltod:\n    page_shell: false\n", 1))
    return copy


def _differences(left: Path, right: Path) -> list[str]:
    """Files that are not byte for byte the same in both trees (or in only one)."""
    found: list[str] = []
    compared = filecmp.dircmp(left, right)
    stack = [(compared, "")]
    while stack:
        node, prefix = stack.pop()
        found += [prefix + n for n in node.left_only + node.right_only + node.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(node.left, node.right, node.common_files, False)
        found += [prefix + n for n in mismatch + errors]
        stack += [(sub, f"{prefix}{name}/") for name, sub in node.subdirs.items()]
    return sorted(found)


def _filled(log: str) -> int:
    """Pages the build filled from a shell (its log line)."""
    match = re.search(r"page shell: (\d+) pages filled", log)
    assert match is not None, log[-2000:]
    return int(match.group(1))


def _same_site(repo: Path, config: str = "mkdocs.yml", **env: str) -> int:
    """Build ``repo`` with shells and with whole pages; assert the sites are the same bytes;
    return the pages filled from shells."""
    whole = _whole_pages(repo)
    shells = sitekit.build(repo, repo.parent / "site-shell", config, **env)
    assert shells.returncode == 0, shells.stderr[-3000:]
    plain = sitekit.build(whole, repo.parent / "site-whole", config, **env)
    assert plain.returncode == 0, plain.stderr[-3000:]
    assert _filled(plain.stderr) == 0
    assert _differences(repo.parent / "site-shell", repo.parent / "site-whole") == []
    return _filled(shells.stderr)


@pytest.mark.parametrize("config", ["mkdocs.yml", "mkdocs.en.yml"])
def test_sample_is_byte_for_byte_the_whole_template(tmp_path: Path, config: str) -> None:
    repo = sample.copy(sitekit.make_repo(tmp_path / "repo"))
    filled = _same_site(repo, config)
    # the sample's 13 measures, 4 objectives and print view: most pages came from a shell
    assert filled >= 10


def test_bench_fixture_is_byte_for_byte_the_whole_template(tmp_path: Path) -> None:
    years = year_sites.years_of(2)
    repo = fixture.seeded_repo(tmp_path / "repo", 3, years)
    env = year_sites.main_env(years[-1], tmp_path / "storage")
    filled = _same_site(repo, **env)
    assert filled >= 3 * 20  # three plans of 25 measures in the main site


def _whole(log: str) -> int:
    """Pages the build rendered with the whole template (its log line)."""
    match = re.search(r"page shell: .*, (\d+) rendered whole", log)
    assert match is not None, log[-2000:]
    return int(match.group(1))


def test_a_long_objective_is_filled_from_its_shell_and_byte_for_byte_the_whole_template(
    tmp_path: Path,
) -> None:
    # a section longer than the navigation's window (21 rows): each page's navigation is its
    # own window of its siblings' rows
    repo = sitekit.make_repo(tmp_path / "repo")
    synthetic.write_long_objectives(repo, [LONG])
    GitRepo(repo).commit("SYNTHETIC plans", "2024-03-01T10:00:00+08:00")
    whole = _whole_pages(repo)
    shells = sitekit.build(repo, tmp_path / "site-shell")
    assert shells.returncode == 0, shells.stderr[-3000:]
    plain = sitekit.build(whole, tmp_path / "site-whole")
    assert plain.returncode == 0, plain.stderr[-3000:]
    assert _differences(tmp_path / "site-shell", tmp_path / "site-whole") == []
    # of the objective's measure pages only the first is rendered whole (it proves the shell)
    assert _filled(shells.stderr) >= LONG - 1
    assert _whole(shells.stderr) < LONG // 2
    # and its window is assembled from rows rendered once, not the navigation rendered per page
    match = re.search(r"page shell: .* navigation rendered, (\d+) pages' own", shells.stderr)
    assert match is not None, shells.stderr[-2000:]
    assert int(match.group(1)) < LONG // 2


def _sections(log: str) -> int:
    """Sections whose navigation the build rendered for a shell (its log line)."""
    match = re.search(r"page shell: .*, (\d+) sections' navigation rendered", log)
    assert match is not None, log[-2000:]
    return int(match.group(1))


def test_a_sections_navigation_is_rendered_once_for_all_its_pages(tmp_path: Path) -> None:
    # first, middle and last measures of an objective are different groups (previous and next
    # links), one navigation serves them all: one render per objective, not one per group
    repo = sitekit.make_repo(tmp_path / "repo")
    synthetic.write_repository(repo, 1, measures=8, years=(2024,), regions=["govisumber"])
    GitRepo(repo).commit("SYNTHETIC plans", "2024-03-01T10:00:00+08:00")
    objectives = sum(len(pf.plan.objectives) for pf in loader.load(repo).plans)
    whole = _whole_pages(repo)
    shells = sitekit.build(repo, tmp_path / "site-shell")
    assert shells.returncode == 0, shells.stderr[-3000:]
    plain = sitekit.build(whole, tmp_path / "site-whole")
    assert plain.returncode == 0, plain.stderr[-3000:]
    assert _differences(tmp_path / "site-shell", tmp_path / "site-whole") == []
    assert _filled(shells.stderr) > 2 * objectives
    assert _sections(shells.stderr) <= objectives
