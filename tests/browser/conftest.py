"""Browser tests drive Debian's Chromium (/usr/bin/chromium) with Playwright against sites
built by ``mkdocs build --strict`` and served on 127.0.0.1."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support import sitekit

CHROMIUM, ARGS = sitekit.CHROMIUM, sitekit.CHROMIUM_ARGS


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium: scripts/test does it"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


@pytest.fixture(scope="session")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site built from the SYNTHETIC plan whose every free-text field holds script vectors."""
    repo = sitekit.make_repo(tmp_path_factory.mktemp("xss-repo"))
    shutil.copytree(sitekit.ROOT / "tests/fixtures/xss/plans", repo / "plans", dirs_exist_ok=True)
    out = tmp_path_factory.mktemp("xss-site")
    result = sitekit.build(repo, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def xss_url(xss_site: Path) -> Iterator[str]:
    with sitekit.serve(xss_site) as url:
        yield url
