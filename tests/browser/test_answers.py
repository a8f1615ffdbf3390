"""The citizen's questions answered in one tap (issue 29), in a real browser at 320, 375 and
1280 px: the 404 pages in both languages under the site's sub-path, the English footer, the
guides' wide tables by keyboard, what is late and who is behind, phone targets and tables."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.audit import axe
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
    assert "&" not in label
    # escaped twice, an apostrophe would show as "&#39;" (the page holds "&amp;#39;"); a link's
    # "&" between query parameters is rightly "&amp;" in the markup
    html = page.content()
    assert "&amp;#" not in html
    assert "&amp;amp;" not in html


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
    violations = axe(page).response["violations"]
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

COUNTS = ", ".join(
    f"{where} a[href$='overdue/']"  # the count's link to its list (its word links the rule)
    for where in (
        ".il-overdue-count",
        ".il-figures",
        ".il-answers-line",
        ".il-fields",
        "table.il-ranking td:last-child",
    )
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


# -- on a phone ---------------------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_every_region_on_the_home_page_has_a_44_px_target(
    browser: Browser, demo: str, width: int
) -> None:
    page = _open(browser, width)
    page.goto(demo)
    sizes = page.evaluate(
        """() => { const best = {};
             for (const a of document.querySelectorAll('#il-content a[href*="regions/"]')) {
               const m = a.getAttribute("href").match(/regions\\/([\\w-]+)\\/$/);
               const r = a.getBoundingClientRect();
               if (!m || !a.getClientRects().length) continue;
               const s = Math.min(r.width, r.height);
               best[m[1]] = Math.max(best[m[1]] || 0, s); }
             return best; }"""
    )
    assert len(sizes) == 22
    assert {slug: s for slug, s in sizes.items() if s < 44} == {}
    page.context.close()


SPLIT_WORDS = """() => {
  const out = [];
  for (const cell of document.querySelectorAll("#il-content td, #il-content th")) {
    if (!cell.getClientRects().length) continue;
    const head = cell.closest("thead");  // a phone's cards hide it for screen readers only
    if (head && head.getBoundingClientRect().width < 2) continue;
    const walk = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      // a word, or a compound's part up to its hyphen (a line may end after "Баян-")
      for (const m of n.textContent.matchAll(/[^\\s-]+-?/g)) {
        const range = document.createRange();
        range.setStart(n, m.index);
        range.setEnd(n, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                                .map(r => Math.round(r.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}"""

PAGE_KINDS = {
    "home": "",
    "region": "regions/arkhangai/",
    "agency": "synthetic-0000/",
    "plan": "synthetic-0000/2024/",
    "print": "synthetic-0000/2024/print/",
    "objective": "synthetic-0000/2024/objective-1/",
    "measure": "synthetic-0000/2024/measure-1-1/",
    "overdue": "overdue/",
    "region-overdue": "regions/arkhangai/overdue/",
    "ranking": "ranking/",
    "guide": "progress/",
}


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", list(PAGE_KINDS))
def test_no_table_cell_splits_a_word_or_a_number(
    browser: Browser, demo: str, kind: str, width: int
) -> None:
    page = _open(browser, width)
    page.goto(demo + PAGE_KINDS[kind])
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.evaluate(SPLIT_WORDS) == []
    page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", [*PAGE_KINDS, "404", "en-404"])
def test_no_axe_violation_on_any_page_kind(
    browser: Browser, demo: str, root: str, kind: str, width: int
) -> None:
    page = _open(browser, width)
    # the 404 pages of the sample, published under a sub-path as on GitHub Pages
    missing = {"404": root + "no/such/page/", "en-404": root + "en/404.html"}
    page.goto(missing.get(kind) or demo + PAGE_KINDS[kind])
    violations = axe(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    page.context.close()


@pytest.mark.parametrize("site", ["", "en/"])
def test_the_site_title_is_readable_at_320_px(browser: Browser, root: str, site: str) -> None:
    page = _open(browser, 320)
    page.goto(root + site + PLAN)
    title = page.locator(".md-header__topic .md-ellipsis").first
    shown = title.evaluate(
        """e => { const text = e.firstChild.nodeType === 3 ? e.firstChild : e.childNodes[0];
             const words = e.textContent.trim().split(/\\s+/).slice(0, 2).join(" ");
             const start = text.textContent.indexOf(words.split(" ")[0]);
             const range = document.createRange();
             range.setStart(text, start); range.setEnd(text, start + words.length);
             const box = e.getBoundingClientRect();
             return [...range.getClientRects()].every(r => r.right <= box.right + 0.5
                                                        && r.bottom <= box.bottom + 0.5); }"""
    )
    assert shown  # the site's name ("Ил тод —", "Iltod —") is not cut
    box = title.bounding_box()
    assert box is not None
    assert box["width"] >= 120
    # the search is still one tap away, and takes the header's width when used
    page.locator("pagefind-searchbox input").first.click()
    wide = page.locator(".iltod-search").bounding_box()
    assert wide is not None
    assert wide["width"] >= 200
    page.context.close()


@pytest.mark.parametrize("width", [320, 1280])
def test_the_feed_link_opens_a_page_in_words_and_the_feed_stays_atom(
    browser: Browser, demo: str, width: int
) -> None:
    page = _open(browser, width)
    page.goto(demo)
    page.locator(".il-latest a", has_text="Шинэчлэлтийг").click()
    page.wait_for_url(demo + "feeds/")
    expect(page.locator("#il-content h1")).to_have_text("Шинэчлэлтийг дагах")
    address = page.locator("input.il-feed-url").input_value()
    assert address.endswith("/feeds/all.xml")
    response = page.request.get(demo + "feeds/all.xml")
    assert response.headers["content-type"] in (
        "application/xml",
        "text/xml",
        "application/atom+xml",
    )
    feed = ET.fromstring(response.body())
    assert feed.tag == "{http://www.w3.org/2005/Atom}feed"
    assert feed.findall("{http://www.w3.org/2005/Atom}entry")
    violations = axe(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    page.context.close()


# -- search -------------------------------------------------------------------------------


def test_the_english_search_says_the_plans_are_mongolian_and_offers_the_mongolian_search(
    page: Page, root: str
) -> None:
    page.goto(root + "en/find/")
    expect(page.locator(".il-lead")).to_contain_text("written in Mongolian")
    href = page.locator('.il-lead a[hreflang="mn"]').evaluate("a => a.href")
    assert href == root + "find/"
    page.goto(href)
    expect(page.locator("#il-content h1")).to_have_text("Хайлт")
    page.goto(root + "en/" + PLAN)
    page.locator("pagefind-searchbox input").first.fill("training")
    expect(page.locator("pagefind-searchbox")).to_contain_text(
        "try a Mongolian word", timeout=10_000
    )
