"""A page paints from its HTML alone: its head holds, in a <style>, the rules its kind of page
uses (iltod/site/material/firstscreen.py) and fetches the two stylesheets without blocking the
first paint. Nothing a reader sees changes: with the stylesheets withheld, the first screen at
375 and 1280 px looks as it does once they have loaded; once loaded, the whole page looks as it
did when the stylesheets were linked the blocking way and nothing was inlined. From 720 px
up (a tablet, a computer) the stylesheets block the first paint as before.

Part of this was written for branch issue-28a (tests/browser/test_critical_css.py), whose
inline rules were the same 49 KB on every page; the screenshots are compared the same way.

"The same" allows what test_stylesheet.py allows (a few pixels of text anti-aliasing)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Browser, Page, Route

from iltod.site.material import first_screen_css
from iltod.site.material.firstscreen import PROFILE, kind_of
from tests.browser.audit import MOUNTED
from tests.browser.test_stylesheet import NOISE_LEVEL, NOISE_PIXELS, PAGES, PLAN
from tests.support import firstscreen

STYLESHEETS = re.compile(r".*/assets/iltod/(material|iltod)\.css$")
SEARCH = re.compile(r".*/assets/iltod/search\.js$")
_STYLE = re.compile(r'<style data-kind="[\w-]+">.*?</style>', re.S)
_DEFERRED = re.compile(
    r'<link rel="stylesheet" href="([^"]+)" media="\(min-width: 45em\)" onload="[^"]*">'
)
_NOSCRIPT = re.compile(r'<noscript><link rel="stylesheet" href="[^"]+"></noscript>')
# Material's script, added by the load event (main.html): before, it was linked at the end of the
# body as Material's base.html links it.
_BUNDLE_AFTER_LOAD = re.compile(
    r'<script>addEventListener\("load",function\(\)\{var d=document,s=d\.createElement\("script"\)'
    r'[^<]*s\.src="([^"]+/bundle\.[0-9a-f]+\.min\.js)";d\.body\.append\(s\)\}\)</script>'
)


def test_every_page_inlines_its_kinds_rules_and_links_no_stylesheet_that_blocks(
    sample_site: Path,
) -> None:
    pages = sorted(p for p in sample_site.rglob("*.html") if "pagefind" not in p.parts)
    assert len(pages) > 20
    for path in pages:
        head = path.read_text(encoding="utf-8").split("</head>", 1)[0]
        kind = kind_of(head)
        assert kind is not None, path
        assert f'<style data-kind="{kind}">{first_screen_css(kind)}</style>' in head, path
        links = re.findall(r"<link[^>]*>", _NOSCRIPT.sub("", head))
        blocking = [link for link in links if 'rel="stylesheet"' in link]
        assert [link for link in blocking if not _DEFERRED.match(link)] == [], path
        assert [re.sub(r".*/", "", u) for u in _DEFERRED.findall(head)] == [
            "material.css",
            "iltod.css",
        ], path


def test_the_profile_names_every_selector_of_the_samples_first_screens(
    sample_site: Path, browser: Browser
) -> None:
    committed = json.loads(PROFILE.read_text(encoding="utf-8"))["kinds"]
    found = firstscreen.profile([sample_site], browser)
    missing = {
        kind: sorted(set(names) - set(committed.get(kind, []))) for kind, names in found.items()
    }
    assert {kind: names for kind, names in missing.items() if names} == {}, (
        "rewrite the profile: python -m tests.support.firstscreen SITE…"
    )


def _as_before(html: str) -> str:
    """The page as it was: no inline rules, the stylesheets linked the blocking way, Material's
    script at the end of the body."""
    html = _NOSCRIPT.sub("", _STYLE.sub("", html, count=1))
    html = _BUNDLE_AFTER_LOAD.sub(r'<script src="\1"></script>', html)
    return _DEFERRED.sub(r'<link rel="stylesheet" href="\1">', html)


def _shot(page: Page, full_page: bool) -> Image.Image:
    png = page.screenshot(full_page=full_page, animations="disabled", caret="hide")
    return Image.open(io.BytesIO(png)).convert("RGB")


def _difference(a: Image.Image, b: Image.Image) -> str:
    if a.size != b.size:
        return f"size {a.size} and {b.size}"
    diff = ImageChops.difference(a, b).convert("L")
    levels = diff.histogram()
    changed, far = sum(levels[1:]), sum(levels[NOISE_LEVEL + 1 :])
    if far or changed > NOISE_PIXELS:
        return f"{changed} pixels differ ({far} by more than {NOISE_LEVEL}) in {diff.getbbox()}"
    return ""


def _loaded(page: Page, url: str, full_page: bool) -> Image.Image:
    page.goto(url, wait_until="networkidle")
    page.locator("pagefind-searchbox input").wait_for(state="attached")  # after the load event
    page.wait_for_function(MOUNTED)  # Material's script, fetched after the load event
    waiting = "document.querySelectorAll('link[rel=stylesheet][media]:not([media=all])').length"
    assert page.evaluate(waiting) == 0, "a stylesheet was not applied"
    return _shot(page, full_page)


@pytest.mark.parametrize(
    ("width", "blocks"), [(375, False), (719, False), (720, True), (1280, True)]
)
def test_a_phone_paints_without_the_stylesheets_and_a_wider_screen_waits_for_them(
    page: Page, sample_url: str, width: int, blocks: bool
) -> None:
    """From 720 px up the stylesheets' media matches before they load: they block the first
    paint as they did before; below, they do not (the head's rules are a phone's)."""
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(sample_url + PLAN, wait_until="commit")
    assert page.evaluate("matchMedia('(min-width: 45em)').matches") is blocks


@pytest.mark.parametrize("width", [375, 719])
@pytest.mark.parametrize("path", PAGES)
def test_the_first_screen_looks_the_same_before_the_stylesheets_arrive(
    page: Page, sample_url: str, path: str, width: int
) -> None:
    """The search box is left out of both: it is put in the header after the load event, which
    waits for the stylesheets (a phone's first paint has no search box yet)."""
    page.set_viewport_size({"width": width, "height": 900})
    page.route(SEARCH, lambda route: route.abort())
    page.goto(sample_url + path, wait_until="networkidle")
    waiting = "document.querySelectorAll('link[rel=stylesheet][media]:not([media=all])').length"
    assert page.evaluate(waiting) == 0, "a stylesheet was not applied"
    loaded = _shot(page, full_page=False)
    page.route(STYLESHEETS, lambda route: route.abort())
    page.goto(sample_url + path, wait_until="networkidle")
    assert page.evaluate(waiting) == 2, "the stylesheets were applied"
    first = _shot(page, full_page=False)
    assert _difference(first, loaded) == ""


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_once_loaded_the_page_looks_as_with_blocking_stylesheets(
    page: Page, sample_url: str, path: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    now = _loaded(page, sample_url + path, full_page=True)

    def before(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, body=_as_before(response.text()))

    page.route(sample_url + path, before)
    page.goto(sample_url + path, wait_until="networkidle")
    page.locator("pagefind-searchbox input").wait_for(state="attached")
    page.wait_for_function(MOUNTED)
    content = page.content()
    assert "<style data-kind" not in content
    assert 'addEventListener("load",function(){var d=document,s=' not in content
    assert _difference(_shot(page, full_page=True), now) == ""
