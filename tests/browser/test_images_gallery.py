"""The evidence gallery in a real browser, on the SYNTHETIC demo agency (examples/demo-gallery):
responsive lazy images, a keyboard-usable lightbox, plain links without JavaScript, no axe
violations."""

from __future__ import annotations

import io
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Browser, Page, expect

from tests.browser.audit import axe
from tests.support import sitekit

MEASURE = "demo-gallery/2024/measure-1-1/"


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("demo-site")
    result = sitekit.build(sitekit.ROOT / "examples" / "demo-gallery", out)
    assert result.returncode == 0, result.stdout + result.stderr
    with sitekit.serve(out) as url:
        yield url


def test_thumbnails_are_responsive_lazy_and_sized(page: Page, demo_url: str) -> None:
    page.goto(demo_url + MEASURE)
    imgs = page.locator(".il-gallery__grid img")
    assert imgs.count() == 3
    for i in range(3):
        img = imgs.nth(i)
        assert img.get_attribute("loading") == "lazy"
        assert img.get_attribute("sizes")
        assert int(img.get_attribute("width") or 0) > 0
        assert int(img.get_attribute("height") or 0) > 0
        assert "(synthetic)" in (img.get_attribute("alt") or "")
    assert imgs.nth(0).get_attribute("srcset").endswith(".1100.webp 1100w")  # 1100 px wide: no 1600
    doc = page.locator(".il-files li")
    assert doc.count() == 1
    assert "PDF" in doc.inner_text()
    assert doc.locator("a").get_attribute("download") == "tailan.pdf"


def test_published_photo_is_upright_and_metadata_free(page: Page, demo_url: str) -> None:
    page.goto(demo_url + MEASURE)
    href = page.locator(".il-gallery__link").nth(1).get_attribute("href")
    data = urllib.request.urlopen(page.url + href).read()
    img = Image.open(io.BytesIO(data))
    assert img.format == "WEBP"
    assert img.size == (640, 800)
    assert not img.getexif()
    assert b"GPS" not in data
    assert b"Synthetic Phone" not in data


def test_lightbox_keyboard(page: Page, demo_url: str) -> None:
    page.goto(demo_url + MEASURE)
    links = page.locator(".il-gallery__link")
    dialog = page.locator("dialog.il-lightbox")
    counter = page.locator(".il-lightbox__counter")
    links.nth(0).focus()
    page.keyboard.press("Enter")
    expect(dialog).to_have_attribute("open", "")
    expect(page.locator(".il-lightbox__img")).to_have_attribute("src", re.compile(r"\.1100\.webp$"))
    expect(counter).to_have_text("1 / 3")
    page.keyboard.press("ArrowRight")
    expect(counter).to_have_text("2 / 3")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    expect(counter).to_have_text("3 / 3")
    page.keyboard.press("Escape")
    expect(dialog).not_to_have_attribute("open", "")
    expect(links.nth(2)).to_be_focused()  # focus back where the reader was
    links.nth(1).focus()
    page.keyboard.press(" ")
    expect(dialog).to_have_attribute("open", "")
    expect(counter).to_have_text("2 / 3")
    Path("test-results").mkdir(exist_ok=True)
    page.wait_for_timeout(300)  # the fade-in, for the screenshot only
    page.screenshot(path="test-results/gallery-lightbox.png")
    page.keyboard.press("Escape")
    page.locator(".il-gallery").screenshot(path="test-results/gallery.png")


def test_without_javascript_photos_are_links_to_the_largest_image(
    browser: Browser, demo_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_url + MEASURE)
    page.locator(".il-gallery__link").nth(0).click()
    assert page.url.endswith(".1100.webp")
    context.close()


@pytest.mark.parametrize("lightbox", [False, True])
def test_no_axe_violations(page: Page, demo_url: str, lightbox: bool) -> None:
    page.goto(demo_url + MEASURE)
    if lightbox:
        page.locator(".il-gallery__link").nth(0).click()
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    violations = axe(page, options=options).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("lightbox", [False, True])
def test_no_axe_violation_of_any_default_rule(
    browser: Browser, demo_url: str, lightbox: bool, width: int
) -> None:
    """Every rule axe runs by default (best practices included), on a phone and a desktop."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(demo_url + MEASURE)
    if lightbox:
        page.locator(".il-gallery__link").nth(0).click()
    violations = axe(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    context.close()


def test_the_lightbox_never_draws_a_picture_larger_than_it_is(page: Page, demo_url: str) -> None:
    """poster-small.png is 360×240: on a 1280 px screen it stays 360×240, not screen-wide."""
    page.goto(demo_url + MEASURE)
    links = page.locator(".il-gallery__link")
    small = next(
        i for i in range(links.count()) if links.nth(i).get_attribute("data-il-width") == "360"
    )
    links.nth(small).click()
    img = page.locator(".il-lightbox__img")
    expect(img).to_be_visible()
    page.wait_for_function("document.querySelector('.il-lightbox__img').complete")
    box = img.bounding_box()
    assert box is not None
    assert box["width"] <= 360.5
    assert box["height"] <= 240.5
