"""What a phone fetches before a page's load event, on a SYNTHETIC site served as GitHub Pages
serves it (gzip): on slow 3G (about 62 KB/s, 400 ms a round trip) every byte fetched before the
load event delays it, and the issue's budget is a load within 2.0 s (dev/performance.md,
2026-12-08). Before the load event the measure, plan and home pages fetch their HTML and the
two stylesheets, nothing else; Material's script bundle (35 KB gzip, and a slow phone's CPU
for about a second) comes after it, and still runs: the page is then what it was.

A site too large to inline the first-screen rules (``first_screen_pages``, the national main
site) links its kind's rules instead, and fetches that small stylesheet too; its first screen
paints from it as a small site's does from the inline rules.

Byte counts, not timings: what is fetched before the load event follows from the page's HTML,
whatever the machine's load. The bound leaves the load event about 1 s of a slow-3G link's
2.0 s (its two round trips take 0.8 s)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from bench import browser as phone
from tests.browser.test_first_screen import MOUNTED, SEARCH, STYLESHEETS, _difference, _shot
from tests.support import sitekit, synthetic

BEFORE_LOAD_KB = 40  # gzip, the page itself included
EXPECTED = {"material.css", "iltod.css"}  # besides the page

BEFORE_LOAD = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const early = performance.getEntriesByType("resource")
    .filter((r) => r.startTime < nav.loadEventStart);
  return [nav, ...early].map((r) => [new URL(r.name).pathname, r.encodedBodySize]);
}"""
WAITING = "document.querySelectorAll('link[rel=stylesheet][media]:not([media=all])').length"
AFTER_LOAD = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  return performance.getEntriesByType("resource")
    .filter((r) => r.startTime >= nav.loadEventStart).map((r) => new URL(r.name).pathname);
}"""


SIZES = {"small": "", "large": "    first_screen_pages: 0\n"}
"""A small site inlines its first-screen rules; one of more pages than ``first_screen_pages``
(at national scale) links its kind's rules as a shared stylesheet (firstscreen.py)."""


@pytest.fixture(scope="module", params=list(SIZES))
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, dict[str, str], str]]:
    """Three SYNTHETIC agencies of 25 measures, built and served gzipped; the pages timed by
    ``bench.phone`` (the first agency's first measure, its plan, the home page); the size."""
    from bench import phone as bench_phone

    repo = sitekit.make_repo(tmp_path_factory.mktemp("phone-repo"))
    config = repo / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\n  iltod:\n", "\n  iltod:\n" + SIZES[request.param], 1))
    synthetic.write_repository(repo, 3)
    out = tmp_path_factory.mktemp("phone-site")
    result = sitekit.build(repo, out)
    assert result.returncode == 0, result.stdout + result.stderr
    with phone.gzip_server(out) as url:
        yield url, bench_phone.pages(out), request.param


def _view(browser: Browser, url: str) -> tuple[list[list[Any]], list[str]]:
    """At 375 px on a phone: what was fetched before the load event (path, gzip bytes) and
    what after it, once Material's script has mounted the page (else a timeout fails)."""
    context = browser.new_context(**phone.PHONE)  # type: ignore[arg-type]  # Playwright's TypedDicts
    try:
        page = context.new_page()
        page.goto(url, wait_until="load")
        page.wait_for_function(MOUNTED, timeout=20_000)
        page.wait_for_load_state("networkidle")
        return page.evaluate(BEFORE_LOAD), page.evaluate(AFTER_LOAD)
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["measure", "plan", "home"])
def test_before_the_load_event_a_phone_fetches_the_page_and_its_stylesheets_only(
    browser: Browser, served: tuple[str, dict[str, str], str], kind: str
) -> None:
    base, pages, size = served
    early, late = _view(browser, base + pages[kind])
    listing = "\n".join(f"{path}: {size:,} B" for path, size in early)
    fetched = {Path(path).name for path, _ in early[1:]}
    shared = {f"{kind}.css"} if size == "large" else set()
    assert fetched == EXPECTED | shared, listing
    assert sum(size for _, size in early) <= BEFORE_LOAD_KB * 1024, listing
    assert any("/assets/javascripts/bundle." in path for path in late), late


@pytest.mark.parametrize("kind", ["measure", "plan", "home"])
def test_a_large_sites_first_screen_paints_from_its_kinds_shared_stylesheet(
    browser: Browser, served: tuple[str, dict[str, str], str], kind: str
) -> None:
    """At 375 px, with the two whole stylesheets withheld, the first screen of a large site's
    page (its kind's rules linked, not inline) is the loaded one: nothing a reader sees changes
    (the search box, put in after the load event, left out of both)."""
    base, pages, size = served
    if size != "large":
        pytest.skip("a small site inlines the rules: test_first_screen")
    context = browser.new_context(viewport={"width": 375, "height": 900})
    try:
        page = context.new_page()
        page.route(SEARCH, lambda route: route.abort())
        page.goto(base + pages[kind], wait_until="networkidle")
        page.wait_for_function(MOUNTED)
        assert page.evaluate(WAITING) == 0, "a stylesheet was not applied"
        loaded = _shot(page, full_page=False)
        page.route(STYLESHEETS, lambda route: route.abort())
        page.goto(base + pages[kind], wait_until="networkidle")
        page.wait_for_function(MOUNTED)
        assert page.evaluate(WAITING) == 2, "the stylesheets were applied"
        assert page.locator(f'link[data-kind="{kind}"]').count() == 1
        assert _difference(_shot(page, full_page=False), loaded) == ""
    finally:
        context.close()
