"""What a citizen's browser downloads, measured in Debian's Chromium with Playwright.

Each measurement uses a fresh browser context (empty cache). Sizes are the gzip size (level 6)
of every fetched body, i.e. what a server such as GitHub Pages transfers with compression.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar
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


# --- A cheap phone on a slow network -------------------------------------------------------------

# GitHub Pages compresses these types with gzip (and serves the rest as they are: images, and
# Pagefind's index files, which are gzip files of their own).
GZIP_TYPES = (
    "text/html",
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "image/svg+xml",
    "application/xml",
    "text/xml",
)
MIME_EXTRA = {".js": "text/javascript", ".mjs": "text/javascript", ".wasm": "application/wasm"}


@dataclass(frozen=True)
class Network:
    """A network as Chromium's DevTools emulates it: extra latency per request (ms) and
    throughput in bytes per second, shared by the requests in flight."""

    name: str
    latency_ms: float
    down_bps: float
    up_bps: float


# The issue's slow 3G (400 ms round trip, 500 kbit/s each way) and Lighthouse's former "fast
# 3G" (150 ms, 1.6 Mbit/s down, 750 kbit/s up).
SLOW_3G = Network("slow 3G", 400, 500 * 1024 / 8, 500 * 1024 / 8)
FAST_3G = Network("fast 3G", 150, 1.6 * 1024 * 1024 / 8, 750 * 1024 / 8)
CPU_SLOWDOWN = 4
PHONE = {
    "viewport": {"width": 375, "height": 812},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site as GitHub Pages does: text types gzipped when the browser accepts it,
    ``index.html`` for a folder, the site's ``404.html`` with status 404."""

    extensions_map: ClassVar[dict[str, str]] = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **MIME_EXTRA,
    }
    cache: dict[Path, bytes]

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle(self) -> None:
        with contextlib.suppress(ConnectionError):  # a closed page's requests, cut short
            super().handle()

    def send_head(self) -> Any:  # the base class' own (untyped) return
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                self.send_response(301)
                self.send_header("Location", self.path.split("?")[0] + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = path / "index.html"
        status = 200
        if not path.is_file():
            status, path = 404, Path(self.directory) / "404.html"
            if not path.is_file():
                self.send_error(404)
                return None
        ctype = self.guess_type(str(path))
        body = path.read_bytes()
        gzipped = ctype.split(";")[0] in GZIP_TYPES and "gzip" in self.headers.get(
            "Accept-Encoding", ""
        )
        if gzipped:
            if path not in self.cache:
                self.cache[path] = gzip.compress(body, 6)
            body = self.cache[path]
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def gzip_server(directory: Path) -> Iterator[str]:
    """Serve ``directory`` on a free port of 127.0.0.1, compressing as GitHub Pages does (see
    ``tests.support.sitekit.serve`` for the uncompressed server the tests use); yields the base
    URL."""
    with sitekit.serve(directory, type("Handler", (_GzipHandler,), {"cache": {}})) as url:
        yield url


PHONE_TIMINGS = """() => {
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const resources = performance.getEntriesByType("resource");
  const all = [nav, ...resources];
  return {
    fcp_ms: paint ? paint.startTime : null,
    load_ms: nav.loadEventEnd,
    settled_ms: Math.max(...all.map((r) => r.responseEnd)),
    bytes_gzip: all.reduce((sum, r) => sum + r.encodedBodySize, 0),
    requests: all.length,
    urls: resources.map((r) => r.name),
  };
}"""


def phone_timings(
    chrome: Browser, url: str, network: Network = SLOW_3G, cpu: float = CPU_SLOWDOWN
) -> dict[str, Any]:
    """First contentful paint and load of ``url`` on a cold cache, as a cheap phone on
    ``network`` sees it: 375 px wide, the CPU ``cpu`` times slower (Chromium's throttling).

    Returns, in ms from the start of navigation, ``fcp_ms``, ``load_ms`` (the end of the load
    event) and ``settled_ms`` (the last response of everything the page fetched until the
    network was quiet, scripts loaded after the load event included); and, for all of it,
    ``bytes_gzip`` (bodies as transferred: compressed where the server compresses), the number
    of ``requests`` and their ``urls`` (the page's own first). Serve the site with
    :func:`gzip_server` to see what GitHub Pages sends.
    """
    context = chrome.new_context(**PHONE)  # type: ignore[arg-type]  # Playwright's TypedDicts
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send(
            "Network.emulateNetworkConditions",
            {
                "offline": False,
                "latency": network.latency_ms,
                "downloadThroughput": network.down_bps,
                "uploadThroughput": network.up_bps,
            },
        )
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": cpu})
        pending: set[Any] = set()
        page.on("request", lambda r: pending.add(r))
        page.on("requestfinished", lambda r: pending.discard(r))
        page.on("requestfailed", lambda r: pending.discard(r))
        page.goto(url, wait_until="load", timeout=120_000)
        _quiet(page, pending)
        page.wait_for_function(
            "performance.getEntriesByType('navigation')[0].loadEventEnd > 0"
            " && performance.getEntriesByName('first-contentful-paint').length > 0",
            timeout=60_000,
        )
        result: dict[str, Any] = page.evaluate(PHONE_TIMINGS)
    finally:
        context.close()
    for key in ("fcp_ms", "load_ms", "settled_ms"):
        result[key] = round(result[key])
    return result


def _quiet(page: Page, pending: set[Any], quiet_ms: int = 1_500, limit_ms: int = 60_000) -> None:
    """Wait until no request has been in flight for ``quiet_ms`` after the load event (Playwright's
    "networkidle" can pass before the load event while a slowed CPU renders, and so miss what a
    page fetches after it)."""
    quiet = waited = 0
    while quiet < quiet_ms and waited < limit_ms:
        page.wait_for_timeout(100)
        waited += 100
        quiet = 0 if pending else quiet + 100
