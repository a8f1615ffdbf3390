"""Responsible, baseline and target level, and a measure without timeframe, everywhere a
measure is shown: its page, the print view, the plan's search document and the open data.

The sample (tests/fixtures/sample/) is copied and given SYNTHETIC values for these fields.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
from pathlib import Path

import pytest

from iltod.site import Site, search
from tests.support import sample
from tests.support.sitekit import TODAY

PLAN = "govisumber-zdtg/2021/"
VALUES = {
    "baseline": "SYNTHETIC суурь: 5 мэдээлэл",
    "target_level": "SYNTHETIC зорилт: 10 мэдээлэл",
    "responsible": "SYNTHETIC Хууль, эрх зүйн хэлтэс",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = sample.copy(tmp_path_factory.mktemp("sample"))
    path = root / "plans/govisumber-zdtg/2021.yml"
    text = path.read_text(encoding="utf-8")
    line = '        timeframe: "2021 он"\n'
    first, second = [m.start() for m in re.finditer(re.escape(line), text)][:2]
    added = "".join(f'        {k}: "{v}"\n' for k, v in VALUES.items())
    # measure 1.1 gains the three fields, measure 1.2 loses its timeframe
    text = (
        text[:first] + line + added + text[first + len(line) : second] + text[second + len(line) :]
    )
    path.write_text(text, encoding="utf-8")
    return Site(root, "mn", on=dt.date.fromisoformat(TODAY))


def _page(site: Site, url: str) -> str:
    spec = next(s for s in site.pages.values() if s.url == url)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", site.render(spec.src_uri))).split())


def test_the_measure_page_shows_the_new_fields(site: Site) -> None:
    shown = _page(site, PLAN + "measure-1-1/")
    assert "Суурь түвшин " + VALUES["baseline"] in shown
    assert "Зорилтот түвшин " + VALUES["target_level"] in shown
    assert "Хариуцах эзэн " + VALUES["responsible"] in shown


def test_a_measure_without_timeframe_says_not_stated(site: Site) -> None:
    assert site.repo.plan("govisumber-zdtg", 2021).plan.objectives[0].measures[1].timeframe is None
    assert "Хэрэгжих хугацаа Бичээгүй" in _page(site, PLAN + "measure-1-2/")
    assert "None" not in _page(site, PLAN + "print/")


def test_print_view_and_search_document_hold_them(site: Site) -> None:
    printed = _page(site, PLAN + "print/")
    assert all(v in printed for v in VALUES.values())
    doc = search.documents(site.renderer)[PLAN + "index.html"]
    assert all(html.escape(v, quote=False) in doc for v in VALUES.values())


def test_open_data_json_and_csv_hold_them(site: Site, tmp_path: Path) -> None:
    site.write_data(tmp_path)
    plan = json.loads((tmp_path / "data/plans.json").read_text(encoding="utf-8"))["plans"][0]
    m11, m12 = plan["objectives"][0]["measures"][:2]
    assert {k: m11[k] for k in VALUES} == VALUES
    assert m12["timeframe"] is None
    rows = list(
        csv.DictReader(io.StringIO((tmp_path / "data/measures.csv").read_text("utf-8-sig")))
    )
    assert {k: rows[0][k] for k in VALUES} == VALUES
    columns = list(rows[0])  # appended after the first release, in this order, after url
    at = columns.index("url") + 1
    assert columns[at : at + 3] == ["baseline", "target_level", "responsible"]
    assert rows[1]["timeframe"] == ""
