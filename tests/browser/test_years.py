"""A reader finds a past year: from the main site (2024) to the 2023 archive and back, and
searches the archive, whose own index holds 2023's plans (SYNTHETIC repository,
tests/support/years_repo.py; each site served on 127.0.0.1)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.support.years_repo import CURRENT, PAST, TwoYears

RESULTS = "pagefind-searchbox a.pf-searchbox-result"


def _search(page: Page, query: str) -> None:
    page.locator("pagefind-searchbox input").first.fill(query)


def test_a_reader_goes_from_the_main_site_to_a_past_year_and_searches_it(
    page: Page, two_years: TwoYears
) -> None:
    page.goto(two_years.main_url)
    page.get_by_role("link", name=f"{PAST} оны тайлангаас хайх").click()
    page.wait_for_url(f"{two_years.archive_url}{PAST}/")
    expect(page.locator("#iltod-archive")).to_contain_text(f"{PAST} оны тайлангийн архив")
    _search(page, str(PAST))  # each plan's search document is titled "<agency> · <year> · …"
    plan = page.locator(f'{RESULTS}[href$="/{PAST}/synthetic-0001/{PAST}/"]')
    expect(plan.first).to_be_attached(timeout=10_000)
    hrefs = page.locator(RESULTS).evaluate_all("els => els.map(e => e.href)")
    plans = [h for h in hrefs if re.search(r"/synthetic-\d+/\d{4}/", h)]
    assert plans
    assert all(h.startswith(f"{two_years.archive_url}{PAST}/") for h in plans), plans
    plan.first.click()
    page.wait_for_url(f"**/{PAST}/synthetic-0001/{PAST}/")
    expect(page.locator(".il-page h1")).to_be_visible()


def test_the_main_sites_search_finds_the_current_years_plans_only(
    page: Page, two_years: TwoYears
) -> None:
    page.goto(two_years.main_url)
    _search(page, "synthetic")  # in every plan's title and in every agency's name
    current = page.locator(f'{RESULTS}[href$="/synthetic-0001/{CURRENT}/"]')
    expect(current.first).to_be_attached(timeout=10_000)
    hrefs = page.locator(RESULTS).evaluate_all("els => els.map(e => e.href)")
    assert not [h for h in hrefs if f"/{PAST}/" in h], hrefs


def test_an_agencys_past_plan_opens_in_its_archive_which_links_back(
    page: Page, two_years: TwoYears
) -> None:
    page.goto(f"{two_years.main_url}en/synthetic-0001/")
    page.locator(".il-cards a", has_text=f"{PAST}:").click()
    page.wait_for_url(f"{two_years.archive_url}{PAST}/en/synthetic-0001/{PAST}/")
    expect(page.locator("#iltod-archive")).to_contain_text(f"Archive of the {PAST} reports")
    page.locator("#iltod-archive a").click()
    page.wait_for_url(f"{two_years.main_url}en/")
    expect(page.locator("#iltod-archive")).to_have_count(0)
