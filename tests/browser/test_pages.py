"""What a citizen sees in a real browser: the filed numbers, accessible pages, phone widths."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.audit import axe

PLAN = "govisumber-zdtg/2021/"
PAGES = {
    "home": "",
    "plan": PLAN,
    "objective": PLAN + "objective-1/",
    "measure": PLAN + "measure-1-3/",
    "region": "regions/govisumber/",
    "agency": "govisumber-zdtg/",
}


def test_measure_1_3_shows_70_percent(page: Page, sample_url: str) -> None:
    page.goto(sample_url + PLAN + "measure-1-3/")
    bar = page.locator(".il-measure__progress [role=progressbar]")
    assert bar.get_attribute("aria-valuenow") == "70"
    assert page.locator(".il-measure__progress .il-progress__value").inner_text() == "70%"
    assert page.locator(".il-measure__progress .il-status").inner_text() == "хэрэгжих шатандаа"


def test_measure_5_1_shows_not_assessed_and_no_number(page: Page, sample_url: str) -> None:
    page.goto(sample_url + PLAN + "measure-5-1/")
    progress = page.locator(".il-measure__progress")
    assert progress.locator("[role=progressbar]").count() == 0
    assert progress.inner_text().strip() == "үнэлээгүй"


def test_plan_page_shows_97_5_percent(page: Page, sample_url: str) -> None:
    page.goto(sample_url + PLAN)
    first_bar = page.locator(".il-plan [role=progressbar]").first
    assert first_bar.get_attribute("aria-valuenow") == "97.5"
    assert "97.5%" in page.locator(".il-plan").inner_text()


def test_edit_link_opens_the_plan_file_on_github(page: Page, sample_url: str) -> None:
    page.goto(sample_url + PLAN + "measure-2-3/")
    href = page.locator("a.il-edit, .il-edit a").first.get_attribute("href")
    assert href is not None
    assert href.endswith("/edit/main/plans/govisumber-zdtg/2021.yml")


@pytest.mark.parametrize("name", ["home", "plan", "objective", "measure"])
def test_no_wcag_2_1_a_or_aa_violations(page: Page, sample_url: str, name: str) -> None:
    page.goto(sample_url + PAGES[name])
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    results = axe(page, options=options)
    violations = [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]
    ]
    assert violations == []


@pytest.mark.parametrize("name", list(PAGES))
def test_nothing_scrolls_sideways_at_375_px(page: Page, sample_url: str, name: str) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(sample_url + PAGES[name])
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.mark.parametrize("name", ["home", "plan", "measure"])
def test_the_search_box_comes_after_the_page_has_loaded(
    page: Page, sample_url: str, name: str
) -> None:
    """On a slow phone network every byte fetched before the load event delays the page
    (dev/performance.md): Pagefind's search box and its style (46 KB gzip) are fetched after
    it, and Material's script too (test_phone_load); the box then works (test_search)."""
    page.goto(sample_url + PAGES[name], wait_until="load")
    early = page.evaluate(
        """() => {
          const load = performance.getEntriesByType("navigation")[0].loadEventStart;
          return performance.getEntriesByType("resource")
            .filter((r) => r.startTime < load).map((r) => new URL(r.name).pathname);
        }"""
    )
    assert any(p.endswith(".css") for p in early), early
    assert [p for p in early if "pagefind" in p or p.endswith("search.js")] == []
    assert [p for p in early if "/assets/javascripts/" in p] == []
    expect(page.locator("pagefind-searchbox input")).to_be_attached(timeout=10_000)
    expect(page.locator('script[src*="assets/javascripts/bundle."]')).to_be_attached()
