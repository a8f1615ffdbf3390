"""Is it getting better, per objective and per measure (issue 29): their pages draw the figure
of each of the agency's reporting years as a small SVG chart with the same figures in a table
and each year's change in words (iltod/site/trendchart.py); the open data carries the change
since the previous reporting year (iltod/yearly.py), in the JSON, the CSV and its schema."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

import pytest

from iltod import opendata
from iltod.load import loader
from iltod.release import datapackage
from iltod.site import Site, pagecache
from iltod.site.options import SiteOptions
from tests.support import sitekit, synthetic

ON = dt.date(2025, 3, 1)
AGENCY = "synthetic-0000"


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """SYNTHETIC: agency 0 reports 2023 and 2024, agency 1 only 2024 (written separately)."""
    root = sitekit.make_repo(tmp_path_factory.mktemp("trend") / "repo")
    synthetic.write_repository(root, 1, measures=6, years=(2023, 2024), regions=["govisumber"])
    other = tmp_path_factory.mktemp("trend-other")
    synthetic.write_repository(other, 2, measures=3, years=(2024,), regions=["govisumber"])
    (other / "plans" / "synthetic-0001").rename(root / "plans" / "synthetic-0001")
    return root


def _site(repo: Path) -> tuple[Site, dict[str, Any]]:
    site = Site(repo, "en", SiteOptions(office_downloads=False, search=False), on=ON)
    return site, {spec.url: src for src, spec in site.pages.items()}


def _percents(doc: dict[str, Any], year: int) -> dict[str, Any]:
    plan = next(p for p in doc["plans"] if (p["agency"], p["year"]) == (AGENCY, year))
    return {m["number"]: m for o in plan["objectives"] for m in o["measures"]}


def test_the_open_data_says_each_measure_s_change_since_the_previous_year(repo: Path) -> None:
    doc = opendata.to_dict(loader.load(repo), ON)
    old, new = _percents(doc, 2023), _percents(doc, 2024)
    changes = 0
    for number, m in new.items():
        before = old[number]["percent"] if number in old else None  # no such measure then
        if m["percent"] is None or before is None:
            assert m["change"] is None
        else:
            assert m["change"] == round(m["percent"] - before, 1)
            changes += 1
    assert changes > 0
    assert all(m["change"] is None for m in old.values())  # the first reporting year
    rows = list(csv.DictReader(io.StringIO(opendata.to_csv(doc))))
    for number, m in new.items():
        key = (AGENCY, "2024", number)
        row = next(r for r in rows if (r["agency"], r["year"], r["measure"]) == key)
        assert (float(row["change"]) if row["change"] else None) == m["change"]
    field = next(f for f in datapackage.table_schema()["fields"] if f["name"] == "change")
    assert field["type"] == "number"


def test_a_measure_page_draws_its_years_and_the_table_says_the_same(repo: Path) -> None:
    site, pages = _site(repo)
    doc = opendata.to_dict(loader.load(repo), ON)
    old, new = _percents(doc, 2023), _percents(doc, 2024)
    number = next(
        n for n, m in new.items() if m["percent"] is not None and old.get(n, {}).get("percent")
    )
    html = site.render(pages[f"{AGENCY}/2024/measure-{number.replace('.', '-')}/"])
    svg = re.search(r'<svg class="il-trend-chart"[^>]*role="img".*?</svg>', html, re.S)
    assert svg is not None
    figures = [f"{old[number]['percent']:g}%", f"{new[number]['percent']:g}%"]
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg.group(0))
    assert texts == [figures[0], "2023", figures[1], "2024"]
    table = html.split('class="il-compact il-trend-table"', 1)[1].split("</table>", 1)[0]
    cells = re.findall(r'<td class="il-num">([^<]*)</td>', table)
    assert cells == figures[::-1]  # newest first
    assert "improved" in table or "fell" in table or "unchanged" in table


def test_a_page_with_one_reporting_year_has_no_chart(repo: Path) -> None:
    site, pages = _site(repo)
    assert "il-trend-chart" not in site.render(pages["synthetic-0001/2024/measure-1-1/"])
    # an agency of two years: the older year's page shows the newer one too
    assert "il-trend-chart" in site.render(pages[f"{AGENCY}/2023/objective-1/"])


def test_an_objective_page_draws_its_average_over_the_years(repo: Path) -> None:
    site, pages = _site(repo)
    html = site.render(pages[f"{AGENCY}/2024/objective-1/"])
    assert "Objective 1: average implementation in each reporting year" in html
    assert html.count('<tr><th scope="row">') == 2


class _NoHistory:
    def measure_timeline(self, *_: Any) -> list[Any]:
        return []

    def plan_last_updated(self, *_: Any) -> None:
        return None


def test_a_cached_measure_page_is_rendered_again_when_another_year_changes(repo: Path) -> None:
    site, _ = _site(repo)
    pages = [(src, spec.kind, spec.key) for src, spec in site.pages.items()]

    def keys() -> dict[str, str]:
        return pagecache.page_keys(loader.load(repo), pages, "site", _NoHistory(), {})

    before = keys()
    path = repo / "plans" / AGENCY / "2023.yml"
    text = path.read_text("utf-8")
    old = re.search(r"percent: (\d+)", text)
    assert old is not None
    new = "30" if old.group(1) != "30" else "70"  # a step of the plan's scale
    path.write_text(text[: old.start(1)] + new + text[old.end(1) :], "utf-8")
    try:
        after = keys()
    finally:
        path.write_text(text, "utf-8")
    src = next(s for s, kind, key in pages if kind == "measure" and key[:2] == (AGENCY, 2024))
    assert before[src] != after[src]
    other = next(s for s, kind, key in pages if kind == "measure" and key[0] == "synthetic-0001")
    assert before[other] == after[other]


def test_agency_and_region_pages_draw_their_average_over_the_years(repo: Path) -> None:
    site, pages = _site(repo)
    rollups = site.renderer.rollups
    for url, figures in (
        (f"{AGENCY}/", [rollups.agency[(AGENCY, y)].average for y in (2023, 2024)]),
        ("regions/govisumber/", [rollups.region[("govisumber", y)].average for y in (2023, 2024)]),
    ):
        html = site.render(pages[url])
        svg = re.search(r'<svg class="il-trend-chart".*?</svg>', html, re.S)
        assert svg is not None, url
        texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg.group(0))
        assert texts == [f"{figures[0]:g}%", "2023", f"{figures[1]:g}%", "2024"], url
    assert "il-trend-chart" not in site.render(pages["synthetic-0001/"])  # one year
