"""A cold build (empty ``.cache/``) compiles no template the package ships compiled
(iltod/site/shippedtemplates.py), and its site is byte for byte the site of a build that
compiles every template from source, on the bench's SYNTHETIC fixture as the national deploy
builds its main site."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from bench import fixture, measure
from bench import years as year_sites
from tests.acceptance.test_page_shell import _differences
from tests.support import sitekit


def _templates(log: str) -> tuple[int, int]:
    """The build log's templates read compiled from the package and compiled."""
    match = re.search(r"templates: (\d+) read compiled from the package, (\d+) compiled", log)
    assert match is not None, log[-2000:]
    return int(match[1]), int(match[2])


def _without_shipped_templates(code: Path) -> Path:
    """A copy of this checkout's iltod whose package ships no compiled template."""
    shutil.copytree(
        sitekit.ROOT / "iltod", code / "iltod", ignore=shutil.ignore_patterns("__pycache__")
    )
    (code / "iltod" / "site" / "compiled" / "index.json").write_text("[]\n", encoding="utf-8")
    return code


def test_a_cold_build_compiles_no_template_and_writes_the_same_site(tmp_path: Path) -> None:
    years = year_sites.years_of(3)
    repo = fixture.seeded_repo(tmp_path / "repo", 1, years)
    env = year_sites.main_env(years[-1], tmp_path / "storage")
    assert not (repo / ".cache").exists()
    shipped = measure.build(repo, tmp_path / "site-shipped", **env)  # run from repo, not here
    read, compiled = _templates(shipped.log)
    assert compiled == 0
    assert read >= 50  # iltod's and Material's templates of the main site's pages

    shutil.rmtree(repo / ".cache")
    code = _without_shipped_templates(tmp_path / "code")
    saved, sitekit.ROOT = sitekit.ROOT, code  # sitekit.build_env puts ROOT first on the path
    try:
        plain = measure.build(repo, tmp_path / "site-compiled", **env)
    finally:
        sitekit.ROOT = saved
    assert _templates(plain.log) == (0, read)
    assert _differences(tmp_path / "site-shipped", tmp_path / "site-compiled") == []
