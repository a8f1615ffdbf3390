"""Search finds Mongolian words (Pagefind, chunked index) from any page."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

PLAN = "govisumber-zdtg/2021/"


def _search(page: Page, url: str, query: str) -> list[str]:
    page.goto(url)
    page.locator("pagefind-searchbox input").first.fill(query)
    results = page.locator("pagefind-searchbox a[href]")
    results.first.wait_for(timeout=10_000)
    return [h for h in (a.get_attribute("href") or "" for a in results.all())]


def test_training_measures_are_found_for_surgalt(page: Page, sample_url: str) -> None:
    hrefs = _search(page, sample_url, "сургалт")
    for measure in ("2-1", "2-2", "2-3", "2-4"):  # the objective on training, "сургалтад" included
        assert any(h.rstrip("/").endswith(f"{PLAN}measure-{measure}") for h in hrefs), (
            measure,
            hrefs,
        )


@pytest.mark.parametrize(
    ("query", "measure"),
    [
        ("төлөвлөгөө", "2-1"),
        ("өргөдөл", "5-1"),
    ],  # 2.1 "…төлөвлөгөөнд…"; 5.1's result "…өргөдөл, гомдол…"
)
def test_other_mongolian_words_are_found(
    page: Page, sample_url: str, query: str, measure: str
) -> None:
    hrefs = _search(page, sample_url + PLAN, query)
    assert any(h.rstrip("/").endswith(f"{PLAN}measure-{measure}") for h in hrefs), hrefs


def test_a_page_view_loads_no_search_index_until_a_query(page: Page, sample_url: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(sample_url + PLAN + "measure-1-3/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if "/pagefind/index/" in u or "/pagefind/fragment/" in u]
