"""The search page's filters and the trend charts (issue 29), in a real browser at 320, 375 and
1280 px on the SYNTHETIC national demo: a search narrowed to one region and one status keeps
exactly the plans of that region with a measure of that status, as the static facet index
(``find/facets.json``, iltod/site/facets.py) says; an objective's and a measure's years drawn
as a chart with its table (iltod/site/trendchart.py); each page fits a phone; axe finds
nothing."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.audit import axe
from tests.support import sitekit

ATOM = "{http://www.w3.org/2005/Atom}"
WORD = "өргөдөл"
REGION, STATUS = "arkhangai", "not-assessed"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The SYNTHETIC national demo, built and served: (its URL, its folder)."""
    out = tmp_path_factory.mktemp("find-demo")
    result = sitekit.build(sitekit.ROOT / "examples" / "demo-national", out)
    assert result.returncode == 0, result.stdout + result.stderr
    with sitekit.serve(out) as url:
        yield url, out


def _facets(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "find" / "facets.json").read_text("utf-8"))
    return data


def _open(browser: Browser, width: int) -> Page:
    return browser.new_context(viewport={"width": width, "height": 800}).new_page()


def _result_ids(page: Page, word: str) -> list[str]:
    """Pagefind's own answer for ``word``, unfiltered: its results' ids."""
    ids: list[str] = page.evaluate(
        """async (word) => {
            const pf = await import(new URL("../pagefind/pagefind.js", location.href).href);
            return (await pf.search(word)).results.map((r) => r.id);
        }""",
        word,
    )
    return ids


def _count(page: Page) -> int:
    summary = page.locator("#il-find-summary")
    expect(summary).to_have_attribute("data-count", re.compile(r"^\d+$"))
    return int(summary.get_attribute("data-count") or "-1")


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_a_filter_narrows_the_search_to_one_region_and_one_status(
    browser: Browser, demo: tuple[str, Path], width: int
) -> None:
    url, folder = demo
    facets = _facets(folder)
    page = _open(browser, width)
    page.goto(url + "find/")
    expect(page.locator("#il-find[data-ready]")).to_have_count(1)
    ids = _result_ids(page, WORD)
    pages = [facets["ids"][i] for i in ids]  # every result is a page the index knows
    expected = [
        p
        for p in pages
        if p in facets["plans"]
        and facets["plans"][p]["region"] == REGION
        and STATUS in facets["plans"][p]["status"]
    ]
    assert 0 < len(expected) < len(pages)  # the filter narrows, to something

    page.fill("#il-find-q", WORD)
    page.press("#il-find-q", "Enter")
    expect(page.locator("#il-find-summary")).to_have_attribute("data-count", str(len(pages)))
    page.select_option("#il-find-region", REGION)
    page.select_option("#il-find-status", STATUS)
    expect(page.locator("#il-find-summary")).to_have_attribute("data-count", str(len(expected)))
    expect(page.locator(".il-find__result")).to_have_count(len(expected))
    shown = page.locator(".il-find__result").evaluate_all("els => els.map(e => e.dataset.plan)")
    assert sorted(shown) == sorted(expected)
    for plan in shown:  # each shown measure is of that status
        numbers = facets["plans"][plan]["status"][STATUS]
        anchors = {"measure-" + n.replace(".", "-") for n in numbers}
        links = page.locator(f'.il-find__result[data-plan="{plan}"] .il-find__sections a')
        for href in links.evaluate_all("els => els.map(e => e.getAttribute('href'))"):
            assert href.rstrip("/").rsplit("/", 1)[-1] in anchors
    assert "region=" + REGION in page.url
    assert "status=" + STATUS in page.url

    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0, f"{overflow} px wider than the {width} px screen"
    assert axe(page).violations_count == 0
    page.context.close()


def test_the_address_keeps_the_choices(browser: Browser, demo: tuple[str, Path]) -> None:
    url, folder = demo
    facets = _facets(folder)
    page = _open(browser, 375)
    page.goto(f"{url}find/?q={WORD}&region={REGION}&status={STATUS}")
    n = _count(page)
    assert n > 0
    expect(page.locator("#il-find-region")).to_have_value(REGION)
    shown = page.locator(".il-find__result").evaluate_all("els => els.map(e => e.dataset.plan)")
    for plan in shown:
        assert facets["plans"][plan]["region"] == REGION
    page.context.close()


def test_without_the_facet_index_the_search_still_works_and_says_it_is_not_narrowed(
    browser: Browser, demo: tuple[str, Path]
) -> None:
    url, _ = demo
    page = _open(browser, 375)
    page.route("**/find/facets.json", lambda route: route.fulfill(status=404))
    page.goto(url + "find/")
    expect(page.locator("#il-find[data-ready]")).to_have_count(1)
    everything = len(_result_ids(page, WORD))
    page.select_option("#il-find-region", REGION)
    page.fill("#il-find-q", WORD)
    page.press("#il-find-q", "Enter")
    summary = page.locator("#il-find-summary")
    expect(summary).to_have_attribute("data-count", str(everything))
    expect(summary).to_contain_text("Шүүлтүүрийг ачаалж чадсангүй")
    page.context.close()


def test_a_search_without_filters_does_not_download_the_facet_index(
    browser: Browser, demo: tuple[str, Path]
) -> None:
    url, _ = demo
    page = _open(browser, 375)
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url))
    page.goto(f"{url}find/?q={WORD}")
    expect(page.locator("#il-find-summary")).to_have_attribute("data-count", re.compile(r"^\d+$"))
    assert not [a for a in asked if a.endswith("facets.json")]
    page.select_option("#il-find-status", STATUS)
    expect(page.locator("#il-find-summary")).to_have_attribute("data-count", re.compile(r"^\d+$"))
    assert [a for a in asked if a.endswith("facets.json")]
    page.context.close()


def test_without_javascript_the_page_says_so_and_links_lists(
    browser: Browser, demo: tuple[str, Path]
) -> None:
    url, _ = demo
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(url + "find/")
    note = page.locator(".il-find__noscript")
    expect(note).to_be_visible()
    assert note.locator("a").count() == 2
    context.close()


@pytest.mark.parametrize("width", [320, 375, 1280])
@pytest.mark.parametrize(
    "path",
    [
        "synthetic-0000/2024/objective-1/",
        "synthetic-0000/2024/measure-1-1/",
        "synthetic-0000/",  # agency and region: the figures are in the page's own years
        "regions/arkhangai/",
    ],
)
def test_a_trend_chart_and_its_table_fit_a_phone_with_no_axe_violation(
    browser: Browser, demo: tuple[str, Path], width: int, path: str
) -> None:
    url, _ = demo
    page = _open(browser, width)
    page.goto(url + path)
    chart = page.locator("svg.il-trend-chart[role=img]")
    expect(chart).to_be_visible()
    if path.count("/") == 3:
        title = chart.locator("title").text_content() or ""
        expect(page.locator(".il-trend-table caption")).to_have_text(title)
        years = page.locator(".il-trend-table tbody th").all_text_contents()
        assert [y.strip() for y in years] == ["2024", "2023"]
    else:
        assert chart.locator("text").all_text_contents()[-1] == "2024"
    box = chart.bounding_box()
    assert box is not None
    assert box["width"] <= width
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0, f"{overflow} px wider than the {width} px screen"
    assert axe(page).violations_count == 0
    page.context.close()


def test_a_feed_opened_in_a_browser_reads_as_a_page_and_stays_atom(
    browser: Browser, demo: tuple[str, Path]
) -> None:
    url, folder = demo
    feed = ET.fromstring((folder / "feeds" / "all.xml").read_bytes())
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    assert titles
    page = _open(browser, 375)
    page.goto(url + "feeds/all.xml")
    shown = page.evaluate(
        """() => {
            const root = document.documentElement;
            const style = (el, pseudo) => getComputedStyle(el, pseudo);
            const first = root.getElementsByTagName("entry")[0];
            const of = (name) => style(first.getElementsByTagName(name)[0]).display;
            return {
                note: style(root, "::before").content,
                title: of("title"), summary: of("summary"), content: of("content"),
                text: first.getElementsByTagName("title")[0].textContent,
            };
        }"""
    )
    assert "мэдээ дагах (Atom) програмд" in shown["note"]  # what the file is for, in Mongolian
    assert "/feeds/" in shown["note"]  # the address of its page in words
    assert (shown["title"], shown["summary"]) == ("block", "block")
    assert shown["content"] == "none"  # the commit's engineering text stays for feed readers
    assert shown["text"] == titles[0]
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0, f"{overflow} px wider than the 375 px screen"
    page.context.close()
