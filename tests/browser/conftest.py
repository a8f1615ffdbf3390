"""Browser tests drive Debian's Chromium (/usr/bin/chromium) with Playwright against sites
built by ``mkdocs build --strict`` and served on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.support import sitekit

CHROMIUM, ARGS = sitekit.CHROMIUM, sitekit.CHROMIUM_ARGS
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder is a browser test: ``-m browser`` selects them all and
    ``-m "not browser"`` none, without a file having to say so. (pytest hands this hook the
    items of the whole session, hence the folder check.)"""
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(pytest.mark.browser)


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
    xss_plans = sitekit.ROOT / "tests/fixtures/xss/plans"
    repo = sitekit.make_repo(tmp_path_factory.mktemp("xss-repo"), plans=xss_plans)
    out = tmp_path_factory.mktemp("xss-site")
    result = sitekit.build(repo, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="session")
def xss_url(xss_site: Path) -> Iterator[str]:
    with sitekit.serve(xss_site) as url:
        yield url
