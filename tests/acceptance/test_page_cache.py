"""The build cache (iltod/site/pagecache.py) changes how fast a build is, never what it publishes:
after any change, a build that reuses the previous build's pages and office files is byte for
byte the build that makes everything again (SYNTHETIC repository with git history)."""

from __future__ import annotations

import filecmp
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import sitekit, synthetic
from tests.support.history_repo import GitRepo

PLAN = "plans/synthetic-0001/2024.yml"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository of three agencies, built once: its .cache/ holds that build's pages."""
    repo = sitekit.make_repo(tmp_path_factory.mktemp("cache") / "repo")
    synthetic.write_repository(repo, 3, measures=6, regions=["govisumber", "darkhan-uul"])
    git = GitRepo(repo)
    git.commit("SYNTHETIC plans", "2024-03-01T10:00:00+08:00")
    _build(repo, repo.parent / "first-site", sitekit.TODAY)
    assert (repo / ".cache" / "pages" / "mn").is_dir()
    return repo


def _percent(repo: Path) -> None:
    _edit_percent(repo)
    GitRepo(repo).commit("1.1: percent", "2024-06-01T10:00:00+08:00")


def _edit_percent(repo: Path) -> None:
    """One percent changed in the file and not committed (a clerk's local preview)."""
    path = repo / PLAN
    text = path.read_text(encoding="utf-8")
    old = re.search(r"percent: (\d+)", text)
    assert old is not None
    new = "30" if old.group(1) != "30" else "70"
    path.write_text(text[: old.start(1)] + new + text[old.end(1) :], encoding="utf-8")


def _title(repo: Path) -> None:
    path = repo / PLAN
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('text: "', 'text: "SYNTHETIC reworded: ', 1), encoding="utf-8")


def _agency_name(repo: Path) -> None:
    path = repo / "plans/synthetic-0002/agency.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Жишээ байгууллага 2", "Шинэ нэр 2"), encoding="utf-8")


def _nothing(repo: Path) -> None:
    pass


def _other_commit(repo: Path) -> None:
    """A commit that changes no plan: the deploy's SOURCE_DATE_EPOCH moves with it."""
    (repo / "NOTES.md").write_text("SYNTHETIC notes\n", encoding="utf-8")
    GitRepo(repo).commit("notes", "2024-07-01T10:00:00+08:00")


def _build(repo: Path, out: Path, today: str) -> str:
    """The deploy's build: SOURCE_DATE_EPOCH is the last commit's time."""
    result = sitekit.build(repo, out, ILTOD_TODAY=today, SOURCE_DATE_EPOCH=_epoch(repo))
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def _epoch(repo: Path) -> str:
    """The last commit's time, as the deploy sets SOURCE_DATE_EPOCH."""
    return subprocess.run(
        ["git", "-C", str(repo), "log", "-1", "--format=%ct"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def _same(a: Path, b: Path) -> list[str]:
    """Files that differ between two built sites, or exist in one only."""
    out: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        out.extend(prefix + n for n in cmp.left_only + cmp.right_only + cmp.funny_files)
        _, mismatch, errors = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        out.extend(prefix + n for n in mismatch + errors)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(a, b), "")
    return out


@pytest.mark.parametrize(
    ("change", "today", "reused"),
    [
        (_percent, sitekit.TODAY, "some"),  # one plan's data and history
        (_edit_percent, sitekit.TODAY, "some"),  # its data alone
        (_other_commit, sitekit.TODAY, "all"),  # a new commit, a new build date
        (_title, sitekit.TODAY, "none"),  # a title in every page's navigation
        (_agency_name, sitekit.TODAY, "none"),  # an agency's name, also in the navigation
        (_nothing, "2026-12-31", "all"),  # another day, no due date passing (plans of 2024)
    ],
)
def test_a_build_from_the_cache_is_the_build_without_it(
    built: Path, tmp_path: Path, change: Callable[[Path], None], today: str, reused: str
) -> None:
    warm = tmp_path / "warm"
    shutil.copytree(built, warm, symlinks=True)
    change(warm)
    cold = tmp_path / "cold"
    shutil.copytree(warm, cold, symlinks=True, ignore=shutil.ignore_patterns(".cache"))
    log = _build(warm, tmp_path / "warm-site", today)
    _build(cold, tmp_path / "cold-site", today)
    assert _same(tmp_path / "warm-site", tmp_path / "cold-site") == []
    hits = re.search(r"page cache: (\d+) pages reused, (\d+) rendered", log)
    assert hits is not None, log
    reused_pages, rendered = int(hits.group(1)), int(hits.group(2))
    if reused == "some":
        # only the changed plan's pages and its agency page are made again
        assert reused_pages > rendered > 0
    elif reused == "all":
        assert reused_pages > 0
        assert rendered == 0
    else:
        assert reused_pages == 0


DUE = "2026-09-30"
"""The due date of one measure of the repository below (every other one is due at year end)."""


def _due_repo(root: Path) -> Path:
    """Two agencies' 2026 plans; measure 1.1 of synthetic-0001 is due on :data:`DUE`, 30 % done."""
    repo = sitekit.make_repo(root)
    synthetic.write_repository(repo, 2, measures=6, years=(2026,), regions=["govisumber"])
    path = repo / "plans/synthetic-0001/2026.yml"
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"timeframe: .*", 'timeframe: "2026 оны III улирал"', text, count=1)
    text = re.sub(r"percent: .*", "percent: 30", text, count=1)
    path.write_text(text, encoding="utf-8")
    GitRepo(repo).commit("SYNTHETIC plans", "2026-03-01T10:00:00+08:00")
    return repo


def _counts(log: str) -> tuple[int, int]:
    found = re.search(r"page cache: (\d+) pages reused, (\d+) rendered", log)
    assert found is not None, log
    return int(found.group(1)), int(found.group(2))


def test_a_new_day_renders_only_the_pages_whose_overdue_flags_it_changes(tmp_path: Path) -> None:
    warm = _due_repo(tmp_path / "warm")
    cold = _due_repo(tmp_path / "cold")
    _build(warm, tmp_path / "before", "2026-09-29")
    # the next day passes no due date (1.1 is due on the 30th itself): nothing is rendered,
    # and the footer's "data as of" and the agencies' "N days ago" say the new day
    reused, rendered = _counts(_build(warm, tmp_path / "warm-30", DUE))
    _build(cold, tmp_path / "cold-30", DUE)
    assert rendered == 0
    assert reused > 0
    assert _same(tmp_path / "warm-30", tmp_path / "cold-30") == []
    # the day after, 1.1 is overdue: its page, its objective's, its plan's, the print view
    # and its agency's page are rendered again, and the three lists of overdue measures that
    # now hold it (its agency's, its region's, the nation's; iltod.site.latecache), nothing else
    # (the other agency's list is reused)
    log = _build(warm, tmp_path / "warm-01", "2026-10-01")
    shutil.rmtree(cold / ".cache")
    _build(cold, tmp_path / "cold-01", "2026-10-01")
    assert _counts(log) == (reused - 8, 8)
    assert _same(tmp_path / "warm-01", tmp_path / "cold-01") == []
    page = (tmp_path / "warm-01/synthetic-0001/2026/measure-1-1/index.html").read_text("utf-8")
    assert "il-overdue" in page


def test_stored_pages_are_written_from_the_cache_without_the_engine_rendering_them(
    built: Path, tmp_path: Path
) -> None:
    """A page the cache holds leaves MkDocs' page loop (iltod/site/stored.py): MkDocs' own log
    (``--verbose``) names every page it reads and renders; no stored page is among them, and
    the site is byte for byte the first build's (the sitemap lists every page)."""
    warm = tmp_path / "warm"
    shutil.copytree(built, warm, symlinks=True)
    cmd = [*sitekit.build_command(warm, tmp_path / "site"), "--verbose"]
    env = sitekit.build_env(ILTOD_TODAY=sitekit.TODAY, SOURCE_DATE_EPOCH=_epoch(warm))
    result = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log
    reused, rendered = _counts(log)
    assert reused > 0
    assert rendered == 0
    read = re.findall(r"DEBUG\s+-\s+Reading: (\S+)", log)
    built_pages = re.findall(r"DEBUG\s+-\s+Building page (\S+)", log)
    assert "index.md" in read  # the home page is always rendered
    assert "index.md" in built_pages
    # agency and plan pages, and the lists of overdue measures (iltod.site.latecache)
    stored = re.compile(r"synthetic-\d+/(index\.md|\d{4}/)|(.*/)?overdue/index\.md")
    late = (built.parent / "first-site" / "overdue" / "index.html").read_text(encoding="utf-8")
    assert "il-late__days" in late  # the lists hold overdue measures (the plans are of 2024)
    assert [p for p in read + built_pages if stored.match(p)] == []
    assert len(set(built_pages)) == len(built_pages) == len(read)
    assert _same(built.parent / "first-site", tmp_path / "site") == []
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "synthetic-0001/2024/measure-1-1/" in sitemap
