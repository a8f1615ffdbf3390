"""A SYNTHETIC repository of two reporting years published as two sites, exactly as the deploy
does it (dev/deployment.md), by the entry point the deploy calls: the main site holds 2024
(``ILTOD_YEARS=2024 iltod build``, both languages) and 2023 is its own archived site, built by
``iltod archive --year 2023``; or the national layout (``iltod build --layout national``).
Each site is served on 127.0.0.1, the archive's server holding ``2023/`` as the storage behind
``ILTOD_ARCHIVE_URL`` would."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.support import sitekit, synthetic

CURRENT, PAST = 2024, 2023
HREF = re.compile(r'href="([^"]+)"')
AGENCIES = 3


@dataclass(frozen=True)
class TwoYears:
    repo: Path
    main: Path
    """The main site (English in ``en/``)."""
    archive: Path
    """The archive's storage: the 2023 site is in ``2023/``."""
    main_url: str
    archive_url: str

    @property
    def past(self) -> Path:
        return self.archive / str(PAST)


def write_repo(root: Path) -> Path:
    """Three SYNTHETIC agencies with a plan in each year, committed (the site reads the
    history for its timelines and feeds)."""
    repo = sitekit.make_repo(root)
    synthetic.write_repository(
        repo, AGENCIES, measures=4, years=(PAST, CURRENT), regions=["govisumber", "khovd"], seed=5
    )
    env = {
        "GIT_AUTHOR_NAME": "iltod test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "iltod test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_AUTHOR_DATE": "2025-01-15T10:00:00",
        "GIT_COMMITTER_DATE": "2025-01-15T10:00:00",
    }
    for cmd in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "SYNTHETIC"]):
        subprocess.run(["git", *cmd], cwd=repo, env=sitekit.build_env(**env), check=True)
    return repo


def archive_command(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``iltod archive …`` run in ``repo``, as a maintainer runs it."""
    return iltod(repo, "archive", *args, **env)


def iltod(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``iltod …`` (e.g. ``build``, ``archive``) run in ``repo``, as the deploy runs it."""
    cmd = [sys.executable, "-m", "iltod", *args]
    return subprocess.run(
        cmd, cwd=repo, capture_output=True, text=True, env=sitekit.build_env(**env), timeout=900
    )


@contextlib.contextmanager
def two_year_sites(tmp: Path) -> Iterator[TwoYears]:
    """Build and serve both sites (the servers first: the sites must know their addresses)."""
    repo = write_repo(tmp / "repo")
    main, archive = tmp / "main", tmp / "archive"
    archive.mkdir()
    with sitekit.serve(main) as main_url, sitekit.serve(archive) as archive_url:
        env = {"ILTOD_YEARS": str(CURRENT), "ILTOD_ARCHIVE_URL": archive_url}
        result = iltod(repo, "build", f"--output={main}", f"--site-url={main_url}", **env)
        assert result.returncode == 0, result.stdout + result.stderr
        result = archive_command(
            repo,
            f"--year={PAST}",
            f"--output={archive / str(PAST)}",
            f"--archive-url={archive_url}",
            f"--main-url={main_url}",
        )
        assert result.returncode == 0, result.stdout + result.stderr
        yield TwoYears(repo, main, archive, main_url, archive_url)


def files(site: Path, *suffixes: str) -> list[Path]:
    """The files of the site with these suffixes."""
    return sorted(p for p in site.rglob("*") if p.suffix in suffixes and p.is_file())


def links(site: Path, base: str) -> dict[str, set[str]]:
    """Every absolute link under ``base`` in the site's pages and feeds → the files linking."""
    found: dict[str, set[str]] = {}
    for path in files(site, ".html", ".xml"):
        for href in HREF.findall(path.read_text(encoding="utf-8")):
            href = href.replace("&amp;", "&")
            if href.startswith(base):
                found.setdefault(href, set()).add(path.relative_to(site).as_posix())
    return found


def target(root: Path, base: str, href: str) -> Path:
    """The file a static host serves for ``href`` (under ``base``, served from ``root``)."""
    path = href[len(base) :].split("#", 1)[0].split("?", 1)[0]
    return root / path / "index.html" if path.endswith("/") or not path else root / path


def broken(found: dict[str, set[str]], root: Path, base: str) -> list[str]:
    """The links of ``found`` whose target is not a file under ``root``."""
    return [
        f"{h} (from {sorted(w)[0]})"
        for h, w in found.items()
        if not target(root, base, h).is_file()
    ]


@dataclass(frozen=True)
class National:
    """The national layout (dev/deployment.md): GitHub Pages holds the current year's
    Mongolian pages only; the storage holds the current year's English site in ``en/``, its
    open data in ``data/`` and each archived year in ``<year>/``."""

    repo: Path
    pages: Path
    storage: Path
    pages_url: str
    storage_url: str


@contextlib.contextmanager
def national_sites(tmp: Path) -> Iterator[National]:
    """Build and serve the national layout as the deploy builds it."""
    repo = write_repo(tmp / "repo")
    pages, storage = tmp / "pages", tmp / "storage"
    storage.mkdir()
    with sitekit.serve(pages) as pages_url, sitekit.serve(storage) as storage_url:
        result = iltod(
            repo,
            "build",
            "--layout=national",
            f"--year={CURRENT}",
            f"--output={pages}",
            f"--storage={storage}",
            f"--site-url={pages_url}",
            f"--storage-url={storage_url}",
        )
        assert result.returncode == 0, result.stdout + result.stderr
        stale = {  # the main site's settings, as a maintainer's shell may still hold them
            "ILTOD_YEARS": str(CURRENT),
            "ILTOD_DATA_BASE_URL": storage_url + "data/",
            "ILTOD_DATA_DIR": str(storage / "data"),
            "ILTOD_ALTERNATE_EN": storage_url + "en/",
        }
        result = archive_command(
            repo,
            f"--year={PAST}",
            f"--output={storage / str(PAST)}",
            f"--archive-url={storage_url}",
            f"--main-url={pages_url}",
            f"--main-url-en={storage_url}",
            **stale,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        yield National(repo, pages, storage, pages_url, storage_url)
