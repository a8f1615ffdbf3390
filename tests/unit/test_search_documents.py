"""Search indexes each plan as one document whose sections are its objectives and measures
(iltod/site/search.py): a few hundred documents at national scale instead of 35,000 pages.

The built site and the Pagefind index are tested in tests/acceptance/test_search_index.py."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from iltod import urls
from iltod.site import Site, search
from tests.support import sample, sitekit

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
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The frozen sample (tests/fixtures/sample/), in a temporary folder."""
    return Site(sample.copy(tmp_path_factory.mktemp("sample")), "mn")


def _parse(html: str) -> Sections:
    parser = Sections()
    parser.feed(html)
    return parser


def test_each_plan_is_one_document_at_its_plan_page_path(site: Site) -> None:
    docs = search.documents(site.renderer)
    assert list(docs) == [PLAN + "index.html"]
    assert '<html lang="mn">' in docs[PLAN + "index.html"]
    assert "data-pagefind-body" in docs[PLAN + "index.html"]


def test_every_objective_and_measure_is_a_section_anchored_like_its_own_page(site: Site) -> None:
    doc = _parse(search.documents(site.renderer)[PLAN + "index.html"])
    plan = site.repo.plan("govisumber-zdtg", 2021)
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
    pages = {spec.url for spec in site.pages.values()}
    assert all(PLAN + id_ + "/" in pages for _, id_ in expected)


def test_the_document_holds_every_searchable_text_of_the_plan(site: Site) -> None:
    doc = _parse(search.documents(site.renderer)[PLAN + "index.html"])
    text = " ".join(" ".join(doc.text).split())
    plan = site.repo.plan("govisumber-zdtg", 2021)
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
    repo = sitekit.make_repo(tmp_path / "repo", plans=sitekit.ROOT / "tests/fixtures/xss/plans")
    docs = search.documents(Site(repo, "mn").renderer)
    html = docs["xss-test/2021/index.html"]
    assert "<script>window.__xss" not in html
    assert 'onerror="window' not in html
    assert "&lt;script&gt;window.__xss=&#39;result&#39;&lt;/script&gt;" in html
