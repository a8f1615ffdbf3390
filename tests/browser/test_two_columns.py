"""A measure with both columns and honesty flags, in Chromium at a phone's 375 px and a
desktop's 1280 px: the agency's claim beside (or, on a phone, above) the reviewer's level, the
gap and observation status in words, the flags with their reasons, every word a link to its
explanation (SYNTHETIC fixture tests/fixtures/assessment)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.support import sitekit

FIXTURE = sitekit.ROOT / "tests" / "fixtures" / "assessment" / "plans"
PLAN = "demo-assessment/2024/"
SHOTS = os.environ.get("ILTOD_SCREENSHOTS")
"""A folder to save the screenshots in (e.g. dev/screenshots), when set."""


@pytest.fixture(scope="module")
def assessment_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    repo = sitekit.make_repo(tmp_path_factory.mktemp("assessment-repo"), plans=FIXTURE)
    out = tmp_path_factory.mktemp("assessment-site")
    result = sitekit.build(repo, out)
    assert result.returncode == 0, result.stdout + result.stderr
    with sitekit.serve(out) as url:
        yield url


def _open(browser: Browser, url: str, width: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(url)
    return page


def _shot(page: Page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / name), full_page=True)


@pytest.mark.parametrize("width", [375, 1280])
def test_a_disputed_measure_shows_both_columns_and_the_gap(
    browser: Browser, assessment_url: str, width: int
) -> None:
    page = _open(browser, assessment_url + PLAN + "measure-1-2/", width)
    agency = page.locator(".il-two__col--agency")
    reviewer = page.locator(".il-two__col--reviewer")
    assert agency.locator("[role=progressbar]").get_attribute("aria-valuenow") == "100"
    assert reviewer.locator("[role=progressbar]").get_attribute("aria-valuenow") == "30"
    assert reviewer.locator(".il-status").inner_text() == "хэрэгжилт хангалтгүй"
    assert page.locator(".il-two__gap").inner_text() == "+70 нэгж"
    assert page.locator(".il-obs").inner_text() == "маргаантай"
    a, r = agency.bounding_box(), reviewer.bounding_box()
    assert a is not None
    assert r is not None
    if width == 1280:  # side by side
        assert abs(a["y"] - r["y"]) < 1
        assert r["x"] >= a["x"] + a["width"]
    else:  # one above the other, each the width of the page, nothing off-screen
        assert r["y"] >= a["y"] + a["height"]
        assert r["x"] + r["width"] <= width
        assert page.evaluate("document.documentElement.scrollWidth") <= width
    _shot(page, f"measure-two-columns-{width}.png")
    page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_a_flagged_measure_says_why_and_links_to_the_explanation(
    browser: Browser, assessment_url: str, width: int
) -> None:
    page = _open(browser, assessment_url + PLAN + "measure-2-1/", width)
    flags = page.locator(".il-flags li")
    assert flags.count() == 1
    assert flags.inner_text().startswith("нотлох баримтгүй 100 %: Бүрэн хэрэгжсэн (100 %)")
    assert page.locator(".il-two__col--reviewer .il-status").inner_text() == (
        "нотлох баримт байхгүй"
    )
    assert flags.first.is_visible()
    _shot(page, f"measure-flag-{width}.png")
    # the flags' heading opens its section of the progress rules
    page.locator(".il-flags h2 a").click()
    page.wait_for_load_state()
    assert page.url.endswith("progress/#honesty-flags")
    assert page.locator("#honesty-flags").is_visible()
    page.context.close()


def test_every_explanation_link_of_a_measure_has_its_section(
    browser: Browser, assessment_url: str
) -> None:
    page = _open(browser, assessment_url + PLAN + "measure-2-2/", 1280)
    hrefs = {
        a.get_attribute("href") or "" for a in page.locator(".il-page a[href*='progress/#']").all()
    }
    assert len(hrefs) >= 4  # the percent, the status words, the reviewer's verdict, overdue
    guide = _open(browser, assessment_url + "progress/", 1280)
    for href in sorted(hrefs):
        anchor = href.rsplit("#", 1)[1]
        assert guide.locator(f"[id='{anchor}']").count() == 1, href
    guide.context.close()
    page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_the_plan_shows_both_averages_and_counts_its_flags(
    browser: Browser, assessment_url: str, width: int
) -> None:
    page = _open(browser, assessment_url + PLAN, width)
    summary = page.locator(".il-two--summary")
    figures = summary.locator(".il-figures dd").all_inner_texts()
    assert figures == ["78.3%", "66.7%"]  # the agency's, the reviewer's
    assert "3" in summary.locator(".il-flags-count strong").inner_text()
    box = summary.bounding_box()
    assert box is not None
    assert box["x"] + box["width"] <= width
    _shot(page, f"plan-both-averages-{width}.png")
    page.context.close()
