"""The citizen's questions answered in one tap (issue 29), in a real browser at 320, 375 and
1280 px: the 404 pages in both languages under the site's sub-path, the English footer, the
guides' wide tables by keyboard, what is late and who is behind, phone targets and tables."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, expect

from tests.browser.test_citizen import PLAN, PREFIX, SITE_URL, _Pages
from tests.support import sample, sitekit

WIDTHS = (320, 375, 1280)


def _open(browser: Browser, width: int) -> Page:
    return browser.new_context(viewport={"width": width, "height": 800}).new_page()


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample, Mongolian and English, built with site_url under /iltod/ and served there
    by a server that answers a missing address with the site's 404 page, as GitHub Pages."""
    repo = sitekit.make_repo(tmp_path_factory.mktemp("answers-repo"), plans=sample.PLANS)
    out = tmp_path_factory.mktemp("answers-root")
    env = {"ILTOD_SITE_URL": SITE_URL, "ILTOD_SITE_URL_EN": SITE_URL + "en/"}
    for config, folder in (("mkdocs.yml", PREFIX), ("mkdocs.en.yml", PREFIX + "en/")):
        result = sitekit.build(repo, out / folder, config, **env)
        assert result.returncode == 0, result.stdout + result.stderr
    with sitekit.serve(out, _Pages) as url:
        yield url + PREFIX


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The SYNTHETIC national demo (48 agencies in 22 regions, two years)."""
    out = tmp_path_factory.mktemp("answers-demo")
    result = sitekit.build(sitekit.ROOT / "examples" / "demo-national", out)
    assert result.returncode == 0, result.stdout + result.stderr
    with sitekit.serve(out) as url:
        yield url


# -- 404 pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("missing", "switch", "lands", "heading"),
    [
        ("a/b/missing/", "en", "en/404.html", "Page not found"),
        ("en/a/missing/", "mn", "404.html", "Хуудас олдсонгүй"),
    ],
)
def test_the_404_language_links_land_on_the_other_language_s_404_page(
    browser: Browser, root: str, missing: str, switch: str, lands: str, heading: str
) -> None:
    page = _open(browser, 375)
    page.goto(root + missing)
    link = page.locator(f"a.md-select__link[hreflang={switch}]")
    href = link.get_attribute("href")
    assert href is not None
    assert not href.startswith("//")
    assert "//" not in href.split("://", 1)[-1]
    page.goto(root + lands)  # what the link opens, resolved as the browser resolves it
    assert page.url == root + lands
    page.goto(root + missing)
    page.locator(".md-select").first.hover()
    link.click()
    page.wait_for_url(root + lands)
    expect(page.locator("#il-content h1")).to_have_text(heading)
    page.context.close()


def test_a_missing_english_address_shows_the_english_404_page(browser: Browser, root: str) -> None:
    page = _open(browser, 375)
    page.goto(root + "en/no/such/page/")
    page.wait_for_url(root + "en/404.html")
    expect(page.locator("#il-content h1")).to_have_text("Page not found")
    assert page.evaluate("document.documentElement.lang") == "en"
    page.context.close()


# -- defects of the English footer, the plan page and the guides ------------------------


def test_the_english_footer_names_the_next_page_escaped_once(page: Page, root: str) -> None:
    page.goto(root + "en/govisumber-zdtg/")
    label = page.locator("a.md-footer__link--next").get_attribute("aria-label")
    assert label is not None
    assert label.startswith("Next: Governor's Office of Govisümber aimag")
    assert "&amp;" not in page.content()


def test_the_plan_page_lists_each_objective_once_and_no_file_path(page: Page, root: str) -> None:
    page.goto(root + PLAN)
    assert page.locator('#il-content a[href$="objective-1/"]').count() == 1
    source = page.locator(".il-fields dt:text-is('Эх сурвалж') + dd").inner_text()
    assert "АТГ" in source
    assert not re.search(r"[\w.-]+/[\w.-]+\.\w+", source), source


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("path", ["progress/", "en/progress/"])
def test_a_guide_s_wide_table_scrolls_by_keyboard(
    browser: Browser, root: str, path: str, width: int
) -> None:
    page = _open(browser, width)
    page.goto(root + path)
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    boxes = page.locator(".il-scroll")
    wide = [
        i
        for i in range(boxes.count())
        if boxes.nth(i).evaluate("e => e.scrollWidth > e.clientWidth + 20")
    ]
    assert wide  # a table wider than a phone: it must scroll
    box = boxes.nth(wide[0])
    box.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    box.evaluate("e => new Promise(r => setTimeout(r, 300))")  # smooth scrolling
    assert box.evaluate("e => e.scrollLeft") > 0
    page.context.close()


# -- what is late, who is behind ----------------------------------------------------------

COUNTS = (
    ".il-overdue-count a, .il-figures a, .il-answers-line a, .il-fields a[href$='overdue/'], "
    "table.il-ranking td:last-child a"
)


def _overdue_links(page: Page) -> list[tuple[int, str]]:
    links = page.locator(COUNTS)
    out = []
    for i in range(links.count()):
        a = links.nth(i)
        out.append((int(a.evaluate("a => a.textContent")), a.evaluate("a => a.href")))
    return out


@pytest.mark.parametrize("width", WIDTHS)
def test_every_overdue_count_links_to_a_list_of_exactly_those_measures(
    browser: Browser, demo: str, width: int
) -> None:
    page = _open(browser, width)
    found: list[tuple[int, str]] = []
    for path in ("", "regions/arkhangai/", "synthetic-0000/", "ranking/"):
        page.goto(demo + path)
        found += _overdue_links(page)
    assert len(found) >= 1 + 1 + 22 + 1 + 1 + 28 + 22
    if width != 1280:  # every list once is enough; the widths differ in layout only
        found = found[:3]
    for count, href in dict.fromkeys(found):
        page.goto(href)
        rows = page.locator("tr.il-late__row")
        assert rows.count() == count, href
        expect(page.locator(".il-late__count strong")).to_have_text(str(count))
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_home_page_answers_what_is_late_and_who_is_behind_on_the_first_screen(
    browser: Browser, demo: str, width: int
) -> None:
    page = _open(browser, width)
    page.goto(demo)
    for name in ("Юу хоцорч байна", "Хэн хоцорч байна"):
        box = page.get_by_role("link", name=re.compile(name)).bounding_box()
        assert box is not None
        assert box["y"] + box["height"] <= 800, name  # without scrolling
        assert box["height"] >= 44
    page.get_by_role("link", name=re.compile("Юу хоцорч байна")).click()
    page.wait_for_url("**/overdue/")
    page.context.close()
