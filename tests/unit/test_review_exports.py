"""The reviewer's column in the XLSX and DOCX downloads and in the Atom feeds (SYNTHETIC fixture
tests/fixtures/assessment, whose claims and levels tests/unit/test_review.py lists): each measure's
agency claim beside the assessed level, "not yet reviewed" and "no evidence available" written
as words distinct from every level, the gap and the observation status; headers in Mongolian
and English. The IAAC report table itself is unchanged and the files still import back."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from iltod import cli, review, urls
from iltod.history.log import History
from iltod.iaac.read import import_bytes
from iltod.iaac.write import reviewtable
from iltod.iaac.write.docx import plan_docx
from iltod.iaac.write.xlsx import plan_xlsx
from iltod.load import loader
from iltod.model import Plan
from iltod.site import Site, feeds
from iltod.site.options import SiteOptions
from tests.support.history_repo import scenario
from tests.support.sitekit import ROOT

FIXTURE = ROOT / "tests" / "fixtures" / "assessment" / "plans"
KEY = ("demo-assessment", 2024)
A = "{http://www.w3.org/2005/Atom}"

SELF = "байгууллага өөрөө тайлагнасан / self-reported"
NOT_REVIEWED = "хараахан үнэлээгүй / not yet reviewed"
EXPECTED = [
    # number, claim, assessed level, gap, observation status
    ["1.1", 100, 100, 0, "хянагдсан / reviewed"],
    ["1.2", 100, 30, 70, "маргаантай / disputed"],
    ["1.3", 70, 70, 0, "хянагдсан / reviewed"],
    ["2.1", 100, "нотлох баримт байхгүй / no evidence available", "", "маргаантай / disputed"],
    ["2.2", 30, NOT_REVIEWED, "", SELF],
    ["2.3", 70, NOT_REVIEWED, "", SELF],
]  # fmt: skip


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, dict[str, review.Review]]:
    root = tmp_path_factory.mktemp("reviewed")
    shutil.copytree(FIXTURE, root / "plans")
    repo = loader.load(root)
    (pf,) = repo.plans
    return pf.plan, review.of_plan(pf.plan, repo.assessments[KEY].assessment)


def test_xlsx_has_a_review_sheet_with_claim_beside_assessed_level(reviewed):
    plan, reviews = reviewed
    wb = load_workbook(io.BytesIO(plan_xlsx(plan, reviews=reviews)))
    assert wb.sheetnames == ["Тайлан", "Үнэлгээ", "iltod", "iltod-stamp"]
    assert wb.active.title == "Тайлан"  # the report table opens first, as the IAAC receives it
    ws = wb["Үнэлгээ"]
    assert [c.value for c in ws[3]] == reviewtable.HEADERS
    assert all(" / " in h for h in reviewtable.HEADERS)  # Mongolian / English
    got = [[c.value if c.value is not None else "" for c in row][:5] for row in ws.iter_rows(4)]
    assert got == EXPECTED
    assert ws["F4"].value == "SYNTHETIC шинжээчдийн баг"
    assert ws["F7"].value == "SYNTHETIC иргэний нийгмийн байгууллага"
    assert "SYNTHETIC" in ws["G5"].value  # the reviewer's note


def test_docx_has_a_review_table_after_the_report_table(reviewed):
    plan, reviews = reviewed
    d = docx.Document(io.BytesIO(plan_docx(plan, reviews=reviews)))
    table = d.tables[1]
    assert [c.text for c in table.rows[0].cells] == reviewtable.HEADERS
    got = [[c.text for c in row.cells][:5] for row in table.rows[1:]]
    assert got == [[str(v) for v in row] for row in EXPECTED]


@pytest.mark.parametrize(("name", "make"), [("r.xlsx", plan_xlsx), ("r.docx", plan_docx)])
def test_a_file_with_the_review_still_imports_to_the_same_plan(reviewed, name, make):
    plan, reviews = reviewed
    back = import_bytes(make(plan, reviews=reviews), name)
    assert [d.format("en") for d in back.diagnostics] == []
    assert back.plan == plan


def test_without_reviews_the_files_have_no_review_part(reviewed):
    plan, _ = reviewed
    assert "Үнэлгээ" not in load_workbook(io.BytesIO(plan_xlsx(plan))).sheetnames
    d = docx.Document(io.BytesIO(plan_docx(plan)))
    assert all(t.rows[0].cells[0].text != reviewtable.HEADERS[0] for t in d.tables)


def _every_measure(history, r):
    """The review ``r`` for every measure the history changed."""
    reviews: dict[tuple[str, int], dict[str, review.Review]] = {}
    for c in history.changes:
        reviews.setdefault((c.agency, c.year), {})[c.number] = r
    return reviews


def _review(verdict, level, observation):
    return review.Review(verdict, level, "no-data", None, observation, None, None)


@pytest.mark.parametrize(
    ("r", "line", "terms"),
    [
        (
            _review("assessed", 30, "disputed"),
            "Хөндлөнгийн үнэлгээ: 30 %; ажиглалтын төлөв: маргаантай",
            ["assessed", "disputed"],
        ),
        (
            _review("not-reviewed", None, "self-reported"),
            (
                "Хөндлөнгийн үнэлгээ: хараахан үнэлээгүй; "
                "ажиглалтын төлөв: байгууллага өөрөө тайлагнасан"
            ),
            ["not-reviewed", "self-reported"],
        ),
        (
            _review("no-evidence", None, "disputed"),
            "Хөндлөнгийн үнэлгээ: нотлох баримт байхгүй; ажиглалтын төлөв: маргаантай",
            ["no-evidence", "disputed"],
        ),
    ],
)
def test_feed_entries_carry_the_reviewers_view_of_their_measure(tmp_path: Path, r, line, terms):
    repo, _ = scenario(tmp_path / "repo")
    history = History.read(repo.root)
    reviews = _every_measure(history, r)
    site = "https://example.org/s/"
    feed = ET.fromstring(feeds.site_feed(history, site, {}, reviews=reviews))
    entries = feed.findall(A + "entry")
    assert entries
    for entry in entries:
        assert entry.find(A + "summary").text.endswith("\n" + line)
        categories = entry.findall(A + "category")
        assert [c.get("term") for c in categories] == terms
        assert [c.get("scheme") for c in categories] == [
            site + "progress/#assessment",
            site + "progress/#observation-status",
        ]


def test_feed_in_english_names_the_review_in_english(tmp_path: Path):
    repo, _ = scenario(tmp_path / "repo")
    history = History.read(repo.root)
    r = _review("not-reviewed", None, "self-reported")
    reviews = _every_measure(history, r)
    body = feeds.site_feed(history, "https://e.org/en/", {}, language="en", reviews=reviews)
    entry = ET.fromstring(body).find(A + "entry")
    assert entry.find(A + "summary").text.endswith(
        "\nReviewer's assessment: not yet reviewed; observation status: self-reported"
    )
    assert entry.find(A + "category").get("label") == "not yet reviewed"


def test_the_sites_office_downloads_carry_the_review(tmp_path: Path):
    shutil.copytree(FIXTURE, tmp_path / "plans")
    options = SiteOptions(search=False, build_cache=False)
    site = Site(tmp_path, "mn", options, on=dt.date(2025, 3, 1))
    site.write_data(tmp_path / "site")
    xlsx = tmp_path / "site" / urls.DATA / urls.data_file(*KEY, "xlsx")
    ws = load_workbook(xlsx)["Үнэлгээ"]
    assert [[c.value for c in row][4] for row in ws.iter_rows(4)] == [r[4] for r in EXPECTED]


def test_iltod_export_writes_the_review_too(tmp_path: Path):
    shutil.copytree(FIXTURE, tmp_path / "plans")
    plan = tmp_path / "plans" / "demo-assessment" / "2024.yml"
    assessment = plan.with_name("2024.assessment.yml")
    out = tmp_path / "out.xlsx"
    assert cli.main(["export", str(plan), str(assessment), "--format", "xlsx", "-o", str(out)]) == 0
    ws = load_workbook(out)["Үнэлгээ"]
    assert [[c.value for c in row][4] for row in ws.iter_rows(4)] == [r[4] for r in EXPECTED]
