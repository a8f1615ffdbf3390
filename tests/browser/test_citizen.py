"""The site a citizen trusts, in a real browser (issue 14).

* Phone first: on the plan, objective, agency and region pages and the print view, every row's
  number, title, percent (or status) and overdue mark is inside the viewport at 320, 375 and
  1280 px, and nothing scrolls sideways.
* Published under a sub-path with ``site_url`` set, as on GitHub Pages: no request fails, none
  goes to another host, the language switch opens the same page in the other language, the
  sitemap lists every page and the 404 page is styled at any depth.
* Accessible: zero axe violations (every rule axe runs by default) on every page kind, gallery
  and search results included, at 375 and 1280 px; a skip link; Mongolian text marked as such
  on the English site.
* Charts: labels inside the chart, text at least 12 px on a 375 px phone.
* The lightbox never draws a picture larger than it is.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser.audit import axe
from tests.support import sample, sitekit

PREFIX = "iltod/"
SITE_URL = "http://127.0.0.1/" + PREFIX
PLAN = "govisumber-zdtg/2021/"
ROWS = {
    "plan": PLAN,
    "objective": PLAN + "objective-1/",
    "agency": "govisumber-zdtg/",
    "region": "regions/govisumber/",
    "print": PLAN + "print/",
    "home": "",
}
PAGES = {
    **ROWS,
    "measure": PLAN + "measure-1-3/",
    "not-assessed": PLAN + "measure-5-1/",
    "guide": "about/",
}
WIDTHS = (320, 375, 1280)


class _Pages(http.server.SimpleHTTPRequestHandler):
    """A static server like GitHub Pages: a missing address gets the site's 404.html."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / PREFIX / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The sample, Mongolian and English, built with site_url under /iltod/ and served there."""
    repo = sitekit.make_repo(tmp_path_factory.mktemp("pages-repo"), plans=sample.PLANS)
    out = tmp_path_factory.mktemp("pages-root")
    env = {"ILTOD_SITE_URL": SITE_URL, "ILTOD_SITE_URL_EN": SITE_URL + "en/"}
    for config, folder in (("mkdocs.yml", PREFIX), ("mkdocs.en.yml", PREFIX + "en/")):
        result = sitekit.build(repo, out / folder, config, **env)
        assert result.returncode == 0, result.stdout + result.stderr
    handler = functools.partial(_Pages, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/{PREFIX}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def site_dir(root: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    return next(base.glob("pages-root*")) / PREFIX


def _open(browser: Browser, url: str, width: int) -> Page:
    context = browser.new_context(viewport={"width": width, "height": 800})
    return context.new_page()


def _outside(page: Page, selector: str) -> list[str]:
    """Texts of the visible elements matching ``selector`` that reach outside the viewport."""
    return page.evaluate(
        """sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length)
             .filter(e => { const r = e.getBoundingClientRect();
                            return r.left < -0.5 || r.right > window.innerWidth + 0.5; })
             .map(e => e.textContent.trim().slice(0, 40))""",
        selector,
    )


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", list(ROWS))
def test_every_row_shows_its_number_title_percent_and_status_on_screen(
    browser: Browser, root: str, kind: str, width: int
) -> None:
    page = _open(browser, root + ROWS[kind], width)
    page.goto(root + ROWS[kind])
    rows = page.locator(".il-page .il-row")
    assert rows.count() > 0
    for i in range(rows.count()):
        row = rows.nth(i)
        shown = row.locator(".il-row__percent, .il-progress__value, .il-status")
        assert shown.count() > 0, row.inner_text()
        assert row.locator(".il-row__title").count() == 1, row.inner_text()
    parts = ".il-row .il-row__title, .il-row .il-row__number, .il-row .il-row__percent, "
    parts += ".il-row .il-progress__value, .il-row .il-status, .il-row .il-overdue"
    assert _outside(page, parts) == []
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    if kind == "plan":  # the overdue mark of 1.3 (70 %, due 2021) is on screen too
        overdue = page.locator("#measure-1-3 .il-overdue")
        expect(overdue).to_be_visible()
    page.context.close()


def test_the_print_view_prints_on_a4_with_cell_borders(browser: Browser, root: str) -> None:
    page = _open(browser, root, 794)  # A4's width at 96 px per inch
    page.goto(root + ROWS["print"])
    page.emulate_media(media="print")
    td = page.locator(".il-report tbody td").first
    assert td.evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"
    assert td.evaluate("e => parseFloat(getComputedStyle(e).borderTopWidth)") >= 1
    table = page.locator(".il-report").bounding_box()
    assert table is not None
    assert table["x"] + table["width"] <= 794
    assert page.locator(".md-header").is_hidden()
    Path("test-results").mkdir(exist_ok=True)
    pdf = page.pdf(path="test-results/print-a4.pdf", format="A4")
    assert pdf.startswith(b"%PDF")
    page.context.close()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("kind", list(PAGES) + ["404", "en-plan", "en-measure"])
def test_no_request_fails_and_none_leaves_the_site(
    browser: Browser, root: str, kind: str, width: int
) -> None:
    path = {
        "404": "no/such/page/",
        "en-plan": "en/" + PLAN,
        "en-measure": "en/" + PLAN + "measure-1-3/",
    }
    page = _open(browser, root, width)
    failed: list[str] = []
    foreign: list[str] = []
    page.on(
        "response",
        lambda r: (
            r.status >= 400 and r.request.resource_type != "document" and failed.append(r.url)
        ),
    )
    page.on("request", lambda r: not r.url.startswith(root) and foreign.append(r.url))
    page.goto(root + path.get(kind, PAGES.get(kind, "")))
    page.wait_for_load_state("networkidle")
    assert failed == []
    assert foreign == []
    page.context.close()


def test_the_404_page_is_styled_at_any_depth_under_the_sub_path(
    browser: Browser, root: str
) -> None:
    page = _open(browser, root, 1280)
    response = page.goto(root + "a/b/c/missing/")
    assert response is not None
    assert response.status == 404
    expect(page.locator("h1")).to_have_text("Хуудас олдсонгүй")
    logo = page.locator(".md-header .md-logo").bounding_box()
    assert logo is not None
    assert logo["height"] < 60  # styled: not the giant unstyled logo
    home = page.locator(".il-page a").first.get_attribute("href")
    assert home == "/" + PREFIX
    page.context.close()


@pytest.mark.parametrize(
    ("start", "lang", "lands"),
    [
        (PLAN + "measure-1-3/", "en", "en/" + PLAN + "measure-1-3/"),
        ("en/" + PLAN, "mn", PLAN),
        ("about/", "en", "en/about/"),
    ],
)
def test_the_language_switch_keeps_the_reader_on_the_same_page(
    page: Page, root: str, start: str, lang: str, lands: str
) -> None:
    page.goto(root + start)
    page.locator(".md-select").first.hover()
    page.locator(f"a.md-select__link[hreflang={lang}]").click()
    page.wait_for_url(root + lands)
    assert page.evaluate("document.documentElement.lang") == lang


def test_the_sitemap_lists_every_page(site_dir: Path, root: str) -> None:
    pages = sorted(
        p.parent.relative_to(site_dir).as_posix()
        for p in site_dir.rglob("index.html")
        if not p.relative_to(site_dir).as_posix().startswith("en/")
    )
    listed = re.findall(
        r"<loc>([^<]+)</loc>", (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    )
    urls = sorted(u.removeprefix(SITE_URL).rstrip("/") or "." for u in listed)
    assert urls == pages


AXE_PAGES = {k: v for k, v in PAGES.items() if k != "not-assessed"}


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("kind", list(AXE_PAGES) + ["en-measure", "search"])
def test_no_axe_violation_of_any_default_rule(
    browser: Browser, root: str, kind: str, width: int
) -> None:
    page = _open(browser, root, width)
    if kind == "search":
        page.goto(root + PLAN)
        page.locator("pagefind-searchbox input").first.fill("сургалт")
        expect(page.locator("pagefind-searchbox a.pf-searchbox-result").first).to_be_attached(
            timeout=10_000
        )
    else:
        page.goto(
            root + {"en-measure": "en/" + PLAN + "measure-1-3/"}.get(kind, AXE_PAGES.get(kind, ""))
        )
    violations = axe(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    page.context.close()


def test_the_first_tab_stop_skips_to_the_content(page: Page, root: str) -> None:
    page.goto(root + PLAN + "measure-1-3/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.get_attribute("href") == "#il-content"
    expect(skip).to_be_visible()
    assert page.locator("#il-content h1").count() == 1


@pytest.mark.parametrize(
    "path", [PLAN, PLAN + "measure-1-3/", PLAN + "print/", "regions/govisumber/"]
)
def test_on_the_english_site_every_mongolian_text_is_marked_mongolian(
    page: Page, root: str, path: str
) -> None:
    page.goto(root + "en/" + path)
    unmarked = page.evaluate(
        """() => {
          const out = [], walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walk.nextNode(); n; n = walk.nextNode()) {
            const el = n.parentElement;
            if (!/[\\u0400-\\u04FF]/.test(n.textContent)) continue;
            if (el.closest("script, style, svg title")) continue;
            if (!el.getClientRects().length) continue;
            const marked = (el.closest("[lang]") || document.documentElement).getAttribute("lang");
            if (marked !== "mn") out.push(n.textContent.trim().slice(0, 50));
          }
          return out;
        }"""
    )
    assert unmarked == []


@pytest.mark.parametrize("path", ["regions/govisumber/"])
def test_chart_labels_stay_inside_the_chart_and_text_is_12_px_on_a_phone(
    browser: Browser, root: str, path: str
) -> None:
    page = _open(browser, root, 375)
    page.goto(root + path)
    chart = page.locator("svg.il-chart").first
    out = chart.evaluate(
        """svg => { const vb = svg.viewBox.baseVal;
             const scale = svg.getBoundingClientRect().width / vb.width;
             return [...svg.querySelectorAll("text")].map(t => { const b = t.getBBox();
               return {text: t.textContent, left: b.x, right: b.x + b.width, vb: vb.width,
                       px: parseFloat(getComputedStyle(t).fontSize) * scale}; }); }"""
    )
    assert out
    assert [t["text"] for t in out if t["left"] < 0 or t["right"] > t["vb"]] == []
    assert min(t["px"] for t in out) >= 12
    page.context.close()


# -- the SYNTHETIC national demo: the map and the comparisons (points 9 and 10) ------------


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("demo-national")
    result = sitekit.build(sitekit.ROOT / "examples" / "demo-national", out)
    assert result.returncode == 0, result.stdout + result.stderr
    with sitekit.serve(out) as url:
        yield url


def test_the_demo_says_synthetic_on_every_page(page: Page, demo_url: str) -> None:
    for path in ("", "regions/govisumber/", "synthetic-0000/2024/measure-1-1/"):
        page.goto(demo_url + path)
        assert "SYNTHETIC" in page.title()
        expect(page.locator(".md-header__topic").first).to_contain_text("SYNTHETIC")


def test_a_region_on_the_map_opens_its_page(page: Page, demo_url: str) -> None:
    page.goto(demo_url)
    areas = page.locator(".il-map svg a")
    assert areas.count() == 22  # every aimag and the capital has an agency in the demo
    label = page.locator('.il-map svg a[href$="regions/govisumber/"]').get_attribute("aria-label")
    assert label is not None
    assert label.startswith("Говьсүмбэр аймаг: ")
    page.locator('.il-map svg a[href$="regions/govisumber/"]').click()
    page.wait_for_url("**/regions/govisumber/")


def test_the_home_page_shows_measures_by_status_nationally_and_per_region(
    page: Page, demo_url: str
) -> None:
    page.goto(demo_url)
    cards = page.locator(".il-dist > li")
    assert cards.count() == 1 + 22
    national = cards.first.locator(".il-dist__counts li").all_inner_texts()
    total = int(re.findall(r"\d+", cards.first.locator(".il-row__title").inner_text())[0])
    counts = [int(t.rsplit(":", 1)[1]) for t in national]
    assert sum(counts[:-1]) == total  # the six statuses add up; the last is overdue


def test_a_region_ranks_its_agencies_by_average_with_their_assessed_share(
    page: Page, demo_url: str
) -> None:
    page.goto(demo_url + "regions/arkhangai/")
    rows = page.locator("table.il-ranking tbody tr")
    assert rows.count() >= 2
    values = [
        float(v.rstrip("%"))
        for v in rows.locator(".il-row__percent").all_inner_texts()
        if v.endswith("%")
    ]
    assert values == sorted(values, reverse=True)
    assert re.fullmatch(r"\d+/\d+ \(\d+(\.\d)?%\)", rows.first.locator("td").last.inner_text())


def test_an_agency_with_two_years_shows_each_objective_year_over_year(
    page: Page, demo_url: str
) -> None:
    page.goto(demo_url + "synthetic-0000/")
    table = page.locator("table.il-yoy")
    expect(table.locator("thead th")).to_have_text(["Зорилт", "2024", "2023"])
    assert table.locator("tbody tr").count() >= 2


@pytest.mark.parametrize("width", [375, 1280])
def test_the_demo_home_page_with_its_map_has_no_axe_violation(
    browser: Browser, demo_url: str, width: int
) -> None:
    page = _open(browser, demo_url, width)
    page.goto(demo_url)
    violations = axe(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []
    page.context.close()


DEMO_PAGES = ("", "regions/arkhangai/", "synthetic-0000/", "synthetic-0000/2024/", "ranking/")


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("path", DEMO_PAGES)
def test_no_demo_page_scrolls_sideways_on_a_phone(
    browser: Browser, demo_url: str, path: str, width: int
) -> None:
    """A table wider than a phone (the year-by-year tables with their trend column) scrolls
    in its own region; the page itself never does."""
    page = _open(browser, demo_url + path, width)
    page.goto(demo_url + path)
    extra = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert extra <= 0, f"{path or 'home'} at {width} px: {extra} px wider than the screen"
    page.context.close()


@pytest.mark.parametrize(("site", "text", "lang"), [("", "Iltod", "en"), ("en/", "Ил тод", "mn")])
def test_a_guide_s_paragraphs_in_the_other_language_are_marked_with_it(
    page: Page, root: str, site: str, text: str, lang: str
) -> None:
    page.goto(root + site + "about/")
    paragraph = page.locator(".md-content p", has=page.locator(f"strong:text-is('{text}')"))
    assert paragraph.first.evaluate("e => e.closest('[lang]').getAttribute('lang')") == lang


@pytest.mark.parametrize(
    ("site", "says"), [("", "zzxqw гэсэн үр дүн олдсонгүй"), ("en/", "No results for zzxqw")]
)
def test_the_search_box_speaks_the_site_s_language(
    page: Page, root: str, site: str, says: str
) -> None:
    page.goto(root + site + PLAN)
    page.locator("pagefind-searchbox input").first.fill("zzxqw")
    expect(page.locator("pagefind-searchbox")).to_contain_text(says, timeout=10_000)
