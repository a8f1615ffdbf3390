"""Search indexes each plan as one document whose sections are its objectives and measures
(iltod/search.py): a few hundred documents at national scale instead of 35,000 pages."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest

from iltod import urls
from iltod.site import Site, search
from tests.support import sitekit

PLAN = "govisumber-zdtg/2021/"


class Sections(HTMLParser):
    """Headings of a search document: (tag, id, text) in document order, and all text."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[str, str | None, str]] = []
        self.text: list[str] = []
        self._open: tuple[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2", "h3"):
            self._open = (tag, dict(attrs).get("id"))
            self.headings.append((tag, dict(attrs).get("id"), ""))

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag == self._open[0]:
            self._open = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._open:
            tag, id_, text = self.headings[-1]
            self.headings[-1] = (tag, id_, text + data)


@pytest.fixture(scope="module")
def sample() -> Site:
    return Site(sitekit.ROOT, "mn")


def _parse(html: str) -> Sections:
    parser = Sections()
    parser.feed(html)
    return parser


def test_each_plan_is_one_document_at_its_plan_page_path(sample: Site) -> None:
    docs = search.documents(sample.renderer)
    assert list(docs) == [PLAN + "index.html"]
    assert '<html lang="mn">' in docs[PLAN + "index.html"]
    assert "data-pagefind-body" in docs[PLAN + "index.html"]


def test_every_objective_and_measure_is_a_section_anchored_like_its_own_page(sample: Site) -> None:
    doc = _parse(search.documents(sample.renderer)[PLAN + "index.html"])
    plan = sample.repo.plan("govisumber-zdtg", 2021)
    assert plan is not None
    expected = []
    for o in plan.plan.objectives:
        expected.append(("h2", urls.anchor(urls.objective(PLAN.split("/")[0], 2021, o.number))))
        expected += [
            ("h3", urls.anchor(urls.measure("govisumber-zdtg", 2021, m.number))) for m in o.measures
        ]
    assert [(tag, id_) for tag, id_, _ in doc.headings[1:]] == expected
    assert len(expected) == 5 + 13
    # every anchor is the last segment of a page that exists: the search box links there
    pages = {spec.url for spec in sample.pages.values()}
    assert all(PLAN + id_ + "/" in pages for _, id_ in expected)


def test_the_document_holds_every_searchable_text_of_the_plan(sample: Site) -> None:
    doc = _parse(search.documents(sample.renderer)[PLAN + "index.html"])
    text = " ".join(" ".join(doc.text).split())
    plan = sample.repo.plan("govisumber-zdtg", 2021)
    assert plan is not None
    title = doc.headings[0][2]
    assert title == "Говьсүмбэр аймгийн Засаг даргын Тамгын газар · 2021 · " + plan.plan.title
    for o in plan.plan.objectives:
        assert " ".join(o.title.split()) in text
        for m in o.measures:
            for value in [m.text, m.timeframe, *m.indicators, m.target, m.result, m.notes]:
                if value:
                    assert " ".join(value.split()) in text, (m.number, value[:40])


def test_agency_text_is_escaped_in_the_document(tmp_path: Path) -> None:
    repo = sitekit.make_repo(tmp_path / "repo")
    shutil.copytree(sitekit.ROOT / "tests/fixtures/xss/plans", repo / "plans", dirs_exist_ok=True)
    docs = search.documents(Site(repo, "mn").renderer)
    html = docs["xss-test/2021/index.html"]
    assert "<script>window.__xss" not in html and 'onerror="window' not in html
    assert "&lt;script&gt;window.__xss=&#39;result&#39;&lt;/script&gt;" in html


def test_pages_of_a_plan_are_not_indexed_one_by_one(sample_site: Path) -> None:
    def indexed(rel: str) -> bool:
        return "data-pagefind-body" in (sample_site / rel / "index.html").read_text("utf-8")

    for rel in (PLAN, PLAN + "print", PLAN + "objective-1", PLAN + "measure-1-1"):
        assert not indexed(rel), rel
    for rel in ("", "regions/govisumber", "govisumber-zdtg", "data-format"):
        assert indexed(rel), rel
    entry = json.loads((sample_site / "pagefind/pagefind-entry.json").read_text("utf-8"))
    pages = sum(lang["page_count"] for lang in entry["languages"].values())
    built = sum(
        1
        for p in sample_site.rglob("index.html")
        if indexed(str(p.parent.relative_to(sample_site)))
    )
    assert pages == built + 1  # the indexed pages, and the plan's one search document
    assert not list(sample_site.rglob("iltod-search-*"))  # the documents are not published


def test_plan_page_rows_carry_the_anchors_of_their_pages(sample_site: Path) -> None:
    html = (sample_site / PLAN / "index.html").read_text("utf-8")
    assert 'id="measure-1-1"' in html and 'id="measure-5-1"' in html and 'id="objective-5"' in html


def test_pagefind_reads_only_pages_outside_plans_and_the_plan_documents(tmp_path: Path) -> None:
    def page(rel: str, text: str) -> None:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            f'<html lang="mn"><body><main data-pagefind-body><h1>{text}</h1></main></body></html>',
            "utf-8",
        )

    page("index.html", "нүүр")
    page("agency/index.html", "байгууллага")
    page("agency/2021/measure-1-1/index.html", "арга хэмжээ")  # searched through its plan document
    page("agency/2021/index.html", "төлөвлөгөө")  # the plan page: its document replaces it
    page("en/index.html", "home")  # a site built inside this one, with its own index
    (tmp_path / "en/pagefind").mkdir()
    doc = '<html lang="mn"><body><main data-pagefind-body><h1>баримт</h1></main></body></html>'
    with ThreadPoolExecutor(
        1
    ) as pool:  # as the hook runs it: Playwright's loop may be running here
        stats = pool.submit(search.index, tmp_path, {"agency/2021/index.html": doc}).result()
    assert stats["files_read"] == 3 and stats["pages"] == 3 and stats["languages"] == ["mn"]
