"""The Pagefind index of a built site: a plan is indexed once, as its search document, and its
pages one by one not at all (iltod/site/search.py; the frozen sample, built with
mkdocs build --strict, and Pagefind run on a few hand-written pages)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from iltod.site import search

PLAN = "govisumber-zdtg/2021/"


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
    assert 'id="measure-1-1"' in html
    assert 'id="measure-5-1"' in html
    assert 'id="objective-5"' in html


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
    assert stats["files_read"] == 3
    assert stats["pages"] == 3
    assert stats["languages"] == ["mn"]
