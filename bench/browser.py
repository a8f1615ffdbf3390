"""What a citizen's browser downloads, measured in Debian's Chromium with Playwright.

Each measurement uses a fresh browser context (empty cache). Sizes are the gzip size (level 6)
of every fetched body, i.e. what a server such as GitHub Pages transfers with compression.
"""

from __future__ import annotations

import contextlib
import gzip
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

from playwright.sync_api import Browser, Page, sync_playwright

from tests.support import sitekit

CHROMIUM, ARGS = sitekit.CHROMIUM, sitekit.CHROMIUM_ARGS
QUERY = "сургалт"
# The most frequent word of the seed report (33 of its 1,256 words): the largest index chunk a
# query of the synthetic corpus can need.
COMMON_QUERY = "албан"


class Recorder:
    """Collects the URLs a page fetches from the local server; sizes are the gzip size of the
    served files, read from disk (reading a 30 MB search index back through Playwright's driver
    runs it out of memory)."""

    def __init__(self, page: Page, base: str, root: Path) -> None:
        self.base, self.root = base, root
        self.urls: set[str] = set()
        page.on("requestfinished", lambda request: self.urls.add(request.url))

    def _file(self, url: str) -> Path | None:
        if not url.startswith(self.base):
            return None  # nothing outside the site is counted (e.g. Material's GitHub facts)
        path = self.root / unquote(urlsplit(url).path.removeprefix(urlsplit(self.base).path))
        path = path / "index.html" if path.is_dir() else path
        return path if path.is_file() else None

    @property
    def sizes(self) -> dict[str, int]:
        out = {}
        for url in self.urls:
            path = self._file(url)
            if path is not None:
                out[url] = len(gzip.compress(path.read_bytes(), 6))
        return out

    def kb(self) -> float:
        return round(sum(self.sizes.values()) / 1024, 1)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def cold_view_kb(browser: Browser, base: str, root: Path, url: str) -> tuple[float, int]:
    """Gzip KB of a page and every asset it loads on a cold cache; and the number of requests."""
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    rec = Recorder(page, base, root)
    page.goto(url, wait_until="networkidle")
    context.close()
    return rec.kb(), len(rec.sizes)


PAGEFIND_QUERY = """async ([base, query]) => {
  const pf = await import(base + "pagefind/pagefind.js");
  await pf.init();
  const found = await pf.search(query);
  const shown = await Promise.all(found.results.slice(0, 5).map(r => r.data()));
  return found.results.length;
}"""


def pagefind_query_kb(
    browser: Browser, base: str, root: Path, page_url: str, query: str = QUERY
) -> tuple[float, int]:
    """Gzip KB transferred by one Pagefind query from a loaded page (first 5 results' excerpts,
    as Pagefind's UI shows them), and the number of results."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(page_url, wait_until="networkidle")
    rec = Recorder(page, base, root)
    hits = page.evaluate(PAGEFIND_QUERY, [base, query])
    page.wait_for_load_state("networkidle")
    context.close()
    return rec.kb(), int(hits)


def lunr_query_kb(
    browser: Browser, base: str, root: Path, page_url: str, query: str = QUERY
) -> tuple[float, int]:
    """Stock Material: the search worker and its whole index, fetched for one query (Material
    starts fetching them on page load); and the number of results shown."""
    context = browser.new_context()
    page = context.new_page()
    rec = Recorder(page, base, root)
    page.goto(page_url, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=20)
    for _ in range(300):  # a query typed before the worker has built its index is dropped: retype
        with contextlib.suppress(Exception):
            page.wait_for_selector(".md-search-result__item", timeout=1_000)
            break
        page.keyboard.press("Backspace")
        page.keyboard.type(query[-1])
    hits = page.locator(".md-search-result__item").count()
    page.wait_for_load_state("networkidle")
    context.close()
    kb = sum(v for k, v in rec.sizes.items() if "/search" in k) / 1024  # worker and index
    return round(kb, 1), hits
