"""Agency text is untrusted: the SYNTHETIC XSS plan builds, shows its text, and runs no script."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

PAGES = [
    "",
    "regions/govisumber/",
    "xss-test/",
    "xss-test/2021/",
    "xss-test/2021/objective-1/",
    "xss-test/2021/measure-1-1/",
    "xss-test/2021/measure-1-2/",
]


def test_no_vector_reaches_the_html_unescaped(xss_site: Path) -> None:
    pages = list(xss_site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text(encoding="utf-8")
        for raw in (
            "<script>window.__xss",
            'onerror="window',
            'onload="window',
            'href="javascript:',
            "<iframe",
            "<object",
            "<style>body",
        ):
            assert raw not in html, (path.relative_to(xss_site), raw)


def test_pages_show_the_text_and_run_no_script(page: Page, xss_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for url in PAGES:
        page.goto(xss_url + url)
        page.mouse.move(10, 10)
        page.hover("body")
        assert page.evaluate("window.__xss") is None, url
        assert page.evaluate("parent.__xss") is None, url
    assert dialogs == []


def test_the_vectors_are_shown_as_text(page: Page, xss_url: str) -> None:
    page.goto(xss_url + "xss-test/2021/measure-1-1/")
    body = page.locator(".il-page").inner_text()
    assert "<img src=x onerror=\"window.__xss='measure-text'\"> сургалт <div><b>unclosed" in body
    assert "<script>window.__xss='result'</script>" in body
    assert "{% raw %}{{ config }}{% endraw %}" in body  # templates never evaluate agency text
    assert page.locator(".il-page").is_visible()  # the <style> vector hid nothing
    title = page.title()
    assert title.startswith("1.1. <img src=x onerror=")


def test_plan_title_is_text_not_template(page: Page, xss_url: str) -> None:
    page.goto(xss_url + "xss-test/2021/")
    h1 = page.locator(".il-page h1").inner_text()
    assert h1 == "\"><script>window.__xss='plan-title'</script>{{ 7*7 }}"
