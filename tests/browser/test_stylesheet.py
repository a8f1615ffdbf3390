"""The site links Material's stylesheet without the components it never draws
(iltod/site/material/css.py: 10 KB gzip instead of 23 before every first paint). Nothing a reader
sees may change: every kind of page, in every state the theme has, looks pixel for pixel the
same with it as with Material's whole stylesheet (which Material still copies into the site).

"The same" allows what the same page shot twice already shows here: a few pixels of text
anti-aliasing that differ by a few levels (up to 19 pixels, 16 levels of 255, measured); a
rule that was lost changes far more, by far more."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Page

PLAN = "govisumber-zdtg/2021/"
PAGES = [
    "",
    "regions/govisumber/",
    "govisumber-zdtg/",
    PLAN,
    PLAN + "objective-1/",
    PLAN + "measure-1-3/",
    PLAN + "measure-5-1/",
    PLAN + "print/",
    "about/",
    "progress/",
    "data-format/",
    "urls/",
    "open-data/",
]
NOISE_LEVEL = 24  # of 255: no pixel may differ by more
NOISE_PIXELS = 50  # nor more pixels differ at all
SWAP = """(href) => new Promise((resolve, reject) => {
  const link = document.querySelector('link[href$="assets/iltod/material.css"]');
  link.onload = () => requestAnimationFrame(() => requestAnimationFrame(resolve));
  link.onerror = reject;
  link.href = href;
})"""


def _open_drawer(page: Page) -> None:
    page.locator("label.md-header__button[for=__drawer]").click()


def _open_language_menu(page: Page) -> None:
    page.locator(".md-select button").first.focus()


def _shot(page: Page) -> Image.Image:
    png = page.screenshot(full_page=True, animations="disabled", caret="hide")
    return Image.open(io.BytesIO(png)).convert("RGB")


def _difference(page: Page, url: str, whole: str, state: Callable[[Page], None] | None) -> str:
    """Where the page differs with Material's whole stylesheet (an empty string: nowhere)."""
    page.goto(url, wait_until="networkidle")
    page.locator("pagefind-searchbox input").wait_for(state="attached")  # after the load event
    if state:
        state(page)
    slim = _shot(page)
    page.evaluate(SWAP, whole)
    full = _shot(page)
    if slim.size != full.size:
        return f"size {slim.size} with the slim stylesheet, {full.size} with the whole one"
    diff = ImageChops.difference(slim, full).convert("L")
    levels = diff.histogram()
    changed, far = sum(levels[1:]), sum(levels[NOISE_LEVEL + 1 :])
    if far or changed > NOISE_PIXELS:
        return f"{changed} pixels differ ({far} by more than {NOISE_LEVEL}) in {diff.getbbox()}"
    return ""


@pytest.fixture(scope="module")
def whole(sample_site: Path) -> str:
    """Material's whole stylesheet, as Material's own base.html links it."""
    (css,) = sample_site.glob("assets/stylesheets/main.*.min.css")
    return "/" + css.relative_to(sample_site).as_posix()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("path", PAGES)
def test_every_page_looks_the_same_as_with_materials_whole_stylesheet(
    page: Page, sample_url: str, whole: str, path: str, width: int
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    assert _difference(page, sample_url + path, whole, None) == ""


@pytest.mark.parametrize(
    ("width", "state"),
    [(375, _open_drawer), (1280, _open_language_menu), (375, _open_language_menu)],
)
def test_the_menus_look_the_same_as_with_materials_whole_stylesheet(
    page: Page, sample_url: str, whole: str, width: int, state: Callable[[Page], None]
) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    assert _difference(page, sample_url + PLAN + "measure-1-3/", whole, state) == ""


def test_the_slim_stylesheet_is_less_than_half_of_materials(sample_site: Path) -> None:
    (css,) = sample_site.glob("assets/stylesheets/main.*.min.css")
    slim = sample_site / "assets/iltod/material.css"
    assert slim.stat().st_size < css.stat().st_size / 2
