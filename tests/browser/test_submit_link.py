"""A clerk on a plan page follows "Тайлан илгээх / Submit a report" and lands on GitHub's
submission form with the agency and the year already filled in (issue 24). github.com is not
reached: the browser's request is answered locally and its address checked."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, Route

PLAN = "govisumber-zdtg/2021/"


def _follow(page: Page, url: str) -> dict[str, list[str]]:
    asked: list[str] = []

    def answer(route: Route) -> None:
        asked.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>form</title>")

    page.route("https://github.com/**", answer)
    page.goto(url)
    link = page.get_by_role("link", name="Тайлан илгээх")
    link.click()
    page.wait_for_url("https://github.com/**")
    assert asked == [page.url]
    parts = urlsplit(page.url)
    assert parts.path == "/iltod-mn/iltod/issues/new"  # mkdocs.yml's repo_url
    return parse_qs(parts.query)


def test_the_plan_pages_link_opens_the_form_prefilled(page: Page, sample_url: str) -> None:
    query = _follow(page, sample_url + PLAN)
    assert query["template"] == ["submit-report.yml"]
    assert query["agency"] == ["govisumber-zdtg"]
    assert query["year"] == ["2021"]


def test_the_agency_pages_link_names_the_agency(page: Page, sample_url: str) -> None:
    query = _follow(page, sample_url + "govisumber-zdtg/")
    assert query["agency"] == ["govisumber-zdtg"]
    assert "year" not in query
