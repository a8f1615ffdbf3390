"""A measure page's size does not grow with its siblings (issue 28): in an objective of many
measures the navigation lists the 10 measures before and after the page and a link to the
objective's page, which lists them all (SYNTHETIC plans with one long objective each)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support import sitekit, synthetic
from tests.support.history_repo import GitRepo

SIZES = [12, 40, 160]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("long")
    repo = sitekit.make_repo(root / "repo")
    synthetic.write_long_objectives(repo, SIZES)
    GitRepo(repo).commit("SYNTHETIC plans", "2024-03-01T10:00:00+08:00")
    result = sitekit.build(repo, root / "site")
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def _nav(site: Path, agency: int, measure: int) -> str:
    page = site / f"synthetic-{agency:04d}/2024/measure-1-{measure}/index.html"
    html = page.read_text(encoding="utf-8")
    found = re.search(r'<nav class="md-nav md-nav--primary.*?</nav>', html, re.S)
    assert found is not None
    return found.group(0)


def _siblings(nav: str) -> list[str]:
    """The numbers of the measures listed (the page's own included)."""
    return re.findall(r'<span class="md-ellipsis">1\.(\d+)</span>', nav)


def test_a_short_objective_lists_every_measure(site: Path) -> None:
    nav = _nav(site, 0, 6)
    assert _siblings(nav) == [str(n) for n in range(1, 13)]
    assert "il-nav__item--all" not in nav


@pytest.mark.parametrize(("agency", "measure"), [(1, 20), (2, 20), (2, 80), (2, 160)])
def test_a_long_objective_lists_the_page_s_neighbours_and_a_link_to_all(
    site: Path, agency: int, measure: int
) -> None:
    nav = _nav(site, agency, measure)
    size = SIZES[agency]
    first = max(1, measure - 10)
    assert _siblings(nav) == [str(n) for n in range(first, min(size, measure + 10) + 1)]
    assert re.search(
        rf'href="\.\./objective-1/" class="md-nav__link">\s*<span[^>]*>Бүгдийг харах \({size}\)<',
        nav,
    )


def test_the_navigation_does_not_grow_with_the_objective(site: Path) -> None:
    # the same position in an objective of 40 and of 160 measures: the same navigation, but
    # for the count in the link to all of them
    forty, hundred_sixty = _nav(site, 1, 20), _nav(site, 2, 20)
    assert len(hundred_sixty) - len(forty) == len("160") - len("40")
    pages = sorted(site.glob("synthetic-0002/2024/measure-*/index.html"))
    assert len(pages) == 160
    objective = (site / "synthetic-0002/2024/objective-1/index.html").read_text(encoding="utf-8")
    assert all(f"measure-1-{n}/" in objective for n in range(1, 161))
