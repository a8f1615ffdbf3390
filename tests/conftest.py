"""The test suite of the engine, in three parts:

``tests/unit/``
    in-process: the loader, validator, importers, exporters, pages and open data, run as
    functions of this process.
``tests/acceptance/``
    end to end: real ``mkdocs build --strict`` in a subprocess, and real git repositories.
``tests/browser/``
    Debian's Chromium, driven by Playwright, against built sites (marker ``browser``).

No test reads the repository's ``plans/`` or ``attachments/``: they are the agencies' data and
change every day. Tests that name a value of the sample read the frozen copy in
``tests/fixtures/sample/`` (:mod:`tests.support.sample`).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import sample, sitekit, years_repo
from tests.support.years_repo import TwoYears


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The frozen sample built with ``mkdocs build --strict``: a temporary repository of this
    checkout's engine (mkdocs.yml, hooks/, docs/) and ``tests/fixtures/sample/plans``."""
    repo = sitekit.make_repo(tmp_path_factory.mktemp("sample-repo"), plans=sample.PLANS)
    out = tmp_path_factory.mktemp("sample-site")
    result = sitekit.build(repo, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def sample_url(sample_site: Path) -> Iterator[str]:
    with sitekit.serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TwoYears]:
    """A SYNTHETIC repository of 2023 and 2024 published as the deploy does it: the main site
    of 2024 and the 2023 archive built by ``iltod archive``, each served on 127.0.0.1
    (:mod:`tests.support.years_repo`)."""
    with years_repo.two_year_sites(tmp_path_factory.mktemp("two-years")) as sites:
        yield sites


@pytest.fixture(scope="session")
def national(tmp_path_factory: pytest.TempPathFactory) -> Iterator[years_repo.National]:
    """The same repository in the national layout the deploy publishes when storage is set:
    Pages holds the 2024 Mongolian pages, the storage the English site, the open data and the
    2023 archive (:mod:`tests.support.years_repo`)."""
    with years_repo.national_sites(tmp_path_factory.mktemp("national")) as sites:
        yield sites
