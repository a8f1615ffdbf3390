"""The one-agency preview: ``ILTOD_ONLY=<slug> mkdocs build`` builds that agency's pages and
nothing of the others — no page, no region, no figure on the home page, no open data
(SYNTHETIC repository, built with mkdocs build --strict)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import sitekit, synthetic


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = sitekit.make_repo(tmp_path_factory.mktemp("preview-repo"))
    # three agencies in three regions: the preview must keep only its own region
    synthetic.write_repository(
        repo, 3, measures=4, regions=["govisumber", "khovd", "ub-bayangol"], seed=3
    )
    return repo


def _site(repo: Path, out: Path, **env: str) -> Path:
    result = sitekit.build(repo, out, **env)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def _generated(site: Path) -> set[str]:
    """Top-level folders of generated pages (agencies) and region pages."""
    agencies = {p.name for p in site.iterdir() if p.name.startswith("synthetic-")}
    regions = (
        {p.name for p in (site / "regions").iterdir()} if (site / "regions").is_dir() else set()
    )
    return agencies | {f"regions/{r}" for r in regions}


def test_full_build_has_every_agency_and_region(repo: Path, tmp_path: Path) -> None:
    site = _site(repo, tmp_path / "full")
    assert _generated(site) == {
        "synthetic-0000",
        "synthetic-0001",
        "synthetic-0002",
        "regions/govisumber",
        "regions/khovd",
        "regions/ub-bayangol",
    }


def test_preview_builds_only_the_selected_agency(repo: Path, tmp_path: Path) -> None:
    """Built by the entry point the deploy uses (iltod build --layout preview)."""
    site = tmp_path / "preview"
    cmd = [sys.executable, "-m", "iltod", "build", "--layout=preview", "--only=synthetic-0001"]
    result = subprocess.run(
        [*cmd, f"--output={site}"], cwd=repo, capture_output=True, text=True,
        env=sitekit.build_env(), timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    assert not (site / "en").exists()  # a preview is the Mongolian pages only
    assert _generated(site) == {"synthetic-0001", "regions/khovd"}
    assert (site / "synthetic-0001/2024/measure-1-1/index.html").is_file()
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "synthetic-0001" in home or "regions/khovd/" in home
    for other in (
        "synthetic-0000",
        "synthetic-0002",
        "regions/govisumber/",
        "regions/ub-bayangol/",
    ):
        assert other not in home, other
    data = json.loads((site / "data/plans.json").read_text(encoding="utf-8"))
    assert {p["agency"] for p in data["plans"]} == {"synthetic-0001"}
    assert sorted(p.name for p in (site / "data").iterdir() if p.is_dir()) == ["synthetic-0001"]


def test_preview_accepts_a_plans_path_and_several_agencies(repo: Path, tmp_path: Path) -> None:
    site = _site(repo, tmp_path / "two", ILTOD_ONLY="plans/synthetic-0000, synthetic-0002")
    assert _generated(site) == {
        "synthetic-0000",
        "synthetic-0002",
        "regions/govisumber",
        "regions/ub-bayangol",
    }
