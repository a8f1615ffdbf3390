"""Search finds Mongolian words (Pagefind, chunked index) from any page.

A plan is one search document (iltod/site/search.py): the search box lists it with the measures
that match, each linked to its own page. Documentation results are tested on a guide frozen for
these tests (tests/fixtures/guide/), not on the project's guides, whose wording changes."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.support import sample, sitekit

PLAN = "govisumber-zdtg/2021/"
GUIDE = sitekit.ROOT / "tests/fixtures/guide/search.md"


@pytest.fixture(scope="module")
def guide_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The frozen sample plus a long guide (3,100 words) that quotes «өргөдөл» nine times and
    names Pagefind in most of its sections: the search evaluation once published as
    docs/search.md (commit 027b4c3; its one link to another page unlinked, its Python code
    left out). The sample plan has «өргөдөл» once, in 5.1's result."""
    repo = sitekit.make_repo(tmp_path_factory.mktemp("guide-repo"), plans=sample.PLANS)
    shutil.copy(GUIDE, repo / "docs" / GUIDE.name)
    out = tmp_path_factory.mktemp("guide-site")
    result = sitekit.build(repo, out)
    assert result.returncode == 0, result.stdout + result.stderr
    with sitekit.serve(out) as url:
        yield url


def _search(page: Page, url: str, query: str) -> None:
    page.goto(url)
    page.locator("pagefind-searchbox input").first.fill(query)


def _expect_result(page: Page, measure: str) -> None:
    """Results arrive as the index chunks load: wait for this measure's link to be listed."""
    link = page.locator(f'pagefind-searchbox a[href$="{PLAN}measure-{measure}/"]')
    expect(link.first).to_be_attached(timeout=10_000)


def test_training_measures_are_found_for_surgalt(page: Page, sample_url: str) -> None:
    _search(page, sample_url, "сургалт")
    for measure in ("2-1", "2-2", "2-3", "2-4"):  # the objective on training, "сургалтад" included
        _expect_result(page, measure)


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
    _search(page, sample_url + PLAN, query)
    _expect_result(page, measure)


def test_a_search_for_a_word_nowhere_lists_no_measure(page: Page, sample_url: str) -> None:
    _search(page, sample_url, "сургалт")
    _expect_result(page, "2-1")  # results are showing
    page.locator("pagefind-searchbox input").first.fill("zzxqw")
    expect(page.locator("pagefind-searchbox a[href*='measure-']")).to_have_count(0, timeout=10_000)


def test_a_page_view_loads_no_search_index_until_a_query(page: Page, sample_url: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda r: fetched.append(r.url))
    page.goto(sample_url + PLAN + "measure-1-3/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if "/pagefind/index/" in u or "/pagefind/fragment/" in u]


def test_a_matching_measure_opens_its_own_page(page: Page, sample_url: str) -> None:
    _search(page, sample_url, "өргөдөл")  # only in 5.1's result
    plan = page.locator(f'pagefind-searchbox a.pf-searchbox-result[href$="{PLAN}"]')
    expect(plan.first).to_contain_text("Говьсүмбэр аймгийн Засаг даргын Тамгын газар · 2021")
    link = page.locator(f'pagefind-searchbox a[href$="{PLAN}measure-5-1/"]')
    expect(link.first).to_contain_text("5.1.")
    link.first.click()
    page.wait_for_url(f"**/{PLAN}measure-5-1/")
    expect(page.locator(".il-page h1")).to_contain_text("5.1.")


def test_search_results_show_agency_text_as_text_and_run_no_script(
    page: Page, xss_url: str
) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _search(page, xss_url, "сургалт")  # in the XSS plan's measure 1.1, between two vectors
    link = page.locator('pagefind-searchbox a[href$="xss-test/2021/measure-1-1/"]')
    expect(link.first).to_contain_text("<img src=x onerror=")
    plan = page.locator('pagefind-searchbox a.pf-searchbox-result[href$="xss-test/2021/"]')
    expect(plan.first).to_contain_text("<script>window.__xss='plan-title'</script>")
    assert page.evaluate("window.__xss") is None
    assert dialogs == []


def test_documentation_results_show_headings_without_permalink_signs(
    page: Page, guide_url: str
) -> None:
    _search(page, guide_url, "Pagefind")
    titles = page.locator("pagefind-searchbox .pf-searchbox-result-title")
    expect(titles.first).to_be_attached(timeout=10_000)
    assert titles.count() > 1
    assert not [t for t in titles.all_inner_texts() if "¶" in t]


def test_search_works_on_a_site_served_under_a_sub_path(page: Page, sample_site: Path) -> None:
    """As on a GitHub Pages project site (https://org.github.io/<repo>/), or the English site in
    en/: the search box loads that site's own index and links to that site's pages."""
    prefix = f"/{sample_site.name}/"
    with sitekit.serve(sample_site.parent) as root:
        fetched: list[str] = []
        page.on("request", lambda r: fetched.append(r.url))
        _search(page, root + sample_site.name + "/", "өргөдөл")
        link = page.locator(f'pagefind-searchbox a[href="{prefix}{PLAN}measure-5-1/"]')
        expect(link.first).to_be_attached(timeout=10_000)
        link.first.click()
        page.wait_for_url(f"**{prefix}{PLAN}measure-5-1/")
    index = [u for u in fetched if "/pagefind/" in u and u.endswith(".pf_meta")]
    assert index
    assert all(prefix + "pagefind/" in u for u in index)


def test_the_plan_comes_before_the_guides_that_quote_the_same_word(
    page: Page, guide_url: str
) -> None:
    _search(page, guide_url, "өргөдөл")  # the guide quotes it nine times, the plan once (5.1)
    first = page.locator("pagefind-searchbox a.pf-searchbox-result").first
    expect(first).to_have_attribute("href", re.compile(f"{PLAN}$"), timeout=10_000)


def test_on_a_phone_results_use_the_screen_width_and_titles_three_lines(
    page: Page, sample_url: str
) -> None:
    page.set_viewport_size({"width": 375, "height": 800})
    _search(page, sample_url, "сургалт")
    _expect_result(page, "2-4")  # its text runs to five lines at this width
    box = page.locator("pagefind-searchbox .pf-searchbox-dropdown").bounding_box()
    assert box is not None
    assert box["width"] >= 355, box  # not the header box's 11rem (~185 px)
    for title in page.locator(
        "pagefind-searchbox .pf-searchbox-subresult .pf-searchbox-result-title"
    ).all():
        lines = title.evaluate(
            "e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)"
        )
        assert lines <= 3.05, lines


def test_a_page_s_own_title_is_not_repeated_as_its_first_section(
    page: Page, guide_url: str
) -> None:
    _search(page, guide_url, "Pagefind")
    groups = page.locator("pagefind-searchbox .pf-searchbox-group")
    expect(groups.first).to_be_attached(timeout=10_000)
    for group in groups.all():
        titles = group.locator(".pf-searchbox-result-title").all_inner_texts()
        assert titles[0] not in titles[1:], titles
