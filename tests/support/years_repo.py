"""A SYNTHETIC repository of two reporting years published as two sites, exactly as the deploy
does it (dev/deployment.md): the main site holds 2024 (``ILTOD_YEARS=2024``, built by
``mkdocs build --strict`` in both languages) and 2023 is its own archived site, built by
``iltod archive --year 2023``. Each site is served on 127.0.0.1, the archive's server holding
``2023/`` as the storage behind ``ILTOD_ARCHIVE_URL`` would."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.support import sitekit, synthetic

CURRENT, PAST = 2024, 2023
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
    cmd = [sys.executable, "-m", "iltod", "archive", *args]
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
        for config, out, site_url in (
            ("mkdocs.yml", main, main_url),
            ("mkdocs.en.yml", main / "en", main_url + "en/"),
        ):
            urls = {"ILTOD_SITE_URL": site_url, "ILTOD_SITE_URL_EN": site_url}
            result = sitekit.build(repo, out, config, **env, **urls)
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
