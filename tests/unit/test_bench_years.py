"""``bench.run --years``: the bench builds a multi-year fixture as the national deploy publishes
it, one site per reporting year. Its main site is the newest year's, so the baseline has that
year's pages only and the agency update it rebuilds after is in that year; each archived year is
built with exactly the settings ``iltod archive`` gives its builds. SYNTHETIC plans."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from bench import budgets, fixture
from bench import years as year_sites
from iltod.cli import main
from iltod.site import Site
from iltod.site.options import SiteOptions

YEARS = (2022, 2023, 2024)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bench-years") / "repo"
    return fixture.iltod_repo(root, 3, 2, None, years=YEARS)


def test_the_years_end_with_2024() -> None:
    assert year_sites.years_of(3) == YEARS
    assert year_sites.years_of(1) == (2024,)


def test_an_archived_year_is_built_with_what_iltod_archive_sets(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in [k for k in os.environ if k.startswith("ILTOD_")]:
        monkeypatch.delenv(name)
    seen: list[dict[str, str]] = []

    def record(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        seen.append({k: v for k, v in kwargs["env"].items() if k.startswith("ILTOD_")})
        return subprocess.CompletedProcess(cmd, 0)

    monkeypatch.setattr("iltod.cli.build.subprocess.run", record)
    monkeypatch.chdir(repo)
    urls = [f"--archive-url={year_sites.ARCHIVE_URL}", f"--main-url={year_sites.MAIN_URL}"]
    out = repo.parent / "site-2022"
    # Nothing is built (the build is recorded), so the page manifest finds no page: exit 1.
    assert main(["archive", "--year=2022", f"-o={out}", *urls]) == 1
    assert "error[E405]" in capsys.readouterr().err
    assert seen == [year_sites.archive_env(2022)]  # the Mongolian build, as the bench's


def test_the_update_the_bench_rebuilds_after_is_in_the_main_sites_year(tmp_path: Path) -> None:
    """The main site holds the newest year only: an update of an earlier year's plan would
    change none of its pages, and the rebuild would measure nothing."""
    repo = fixture.iltod_repo(tmp_path / "repo", 3, 2, None, years=YEARS)
    changed = fixture.change_one_plan(repo)
    assert changed == "plans/synthetic-0001/2024.yml"
    log = subprocess.run(
        ["git", "log", "--name-only", "--format=", "-1"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    assert log.stdout.split() == [changed]


def test_the_baseline_of_the_main_site_has_its_pages_and_only_those(
    repo: Path, tmp_path: Path
) -> None:
    main_site = Site(repo, "mn", SiteOptions(office_downloads=False, years=[2024]))
    dest = tmp_path / "baseline"
    pages = fixture.baseline_repo(repo, dest, [2024])
    written = {p.relative_to(dest / "docs").as_posix() for p in (dest / "docs").rglob("*.md")}
    assert set(main_site.pages) <= written
    assert pages == len(written)
    assert not [p for p in written if "/2022/" in p or "/2023/" in p]
    uri = next(uri for uri, spec in main_site.pages.items() if spec.kind == "agency")
    agency = (dest / "docs" / uri).read_text(encoding="utf-8")
    assert "(2024/" in agency
    assert "(2022/" not in agency
    assert "(2023/" not in agency


def _national_run(years: int, largest_mb: float) -> dict[str, Any]:
    per_year = [
        {"year": y, "site": "archive", "published_to": "storage", "build_s": 700.0}
        | {"peak_rss_mb": 1500, "pages": 35_000, "site_mb": 950.0}
        for y in YEARS[3 - years : -1]
    ]
    return {
        "agencies": 1000,
        "measures": 25,
        "pages": 35_000,
        "years": years,
        "ratio_per_page": 1.0,
        "build_s": 500.0,
        "peak_rss_mb": 1900,
        "rebuild_ratio": 0.3,
        "preview_s": 5.0,
        "page_html_kb_median": 17.0,
        "cold_view_kb_gzip": 115.0,
        "largest_artifact_mb": largest_mb,
        "per_year": per_year,
    }


def test_the_budgets_of_several_years_name_the_main_site_and_check_each_archived_year() -> None:
    """The national build budgets apply to the main site's build and to each archived year's;
    the largest Pages artifact is checked against 1000 MB (below Pages' 1 GB)."""
    checks = {c.name: c.ok for c in budgets.check({"runs": [_national_run(3, 1000.5)]})}
    assert checks["main site build time at 1000 agencies × 3 years"] is True
    assert checks["main site peak RSS at 1000 agencies × 3 years"] is True
    assert checks["archived year 2022 build time at 1000 agencies"] is False
    assert checks["archived year 2023 peak RSS at 1000 agencies"] is True
    assert checks["largest Pages artifact (the main site) at 1000 agencies × 3 years"] is False


def test_the_budgets_of_one_year_read_as_before() -> None:
    checks = {c.name: c.ok for c in budgets.check({"runs": [_national_run(1, 962.7)]})}
    assert checks["build time at 1000 agencies"] is True
    assert checks["largest Pages artifact (the main site) at 1000 agencies"] is True
    assert not [name for name in checks if "archived" in name]
