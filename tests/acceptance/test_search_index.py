"""The Pagefind index of a built site: a plan is indexed once, as its search document, and its
pages one by one not at all (iltod/site/search.py; the frozen sample, built with
mkdocs build --strict, and Pagefind run on a few hand-written pages)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

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
    entry = json.loads((tmp_path / "pagefind/pagefind-entry.json").read_text("utf-8"))
    assert list(entry["languages"]) == ["mn"]


def test_counts_are_pagefinds_answers_and_no_file_it_wrote_is_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind may still be writing a file when it answers (issue 12, row 1: the build failed
    at random with a JSONDecodeError reading an empty pagefind-entry.json): the counts come from
    its answers, and nothing under pagefind/ is opened by iltod."""
    (tmp_path / "index.html").write_text(
        '<html lang="mn"><body><main data-pagefind-body><h1>нүүр</h1></main></body></html>',
        "utf-8",
    )
    (tmp_path / "404.html").write_text("<html><body>404</body></html>", "utf-8")  # not indexed
    real_read_text, real_read_bytes = Path.read_text, Path.read_bytes

    def guarded(real):  # type: ignore[no-untyped-def]
        def read(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
            assert search.OUTPUT not in self.parts, f"read back {self}"
            return real(self, *args, **kwargs)

        return read

    monkeypatch.setattr(Path, "read_text", guarded(real_read_text))
    monkeypatch.setattr(Path, "read_bytes", guarded(real_read_bytes))
    doc = '<html lang="mn"><body><main data-pagefind-body><h1>баримт</h1></main></body></html>'
    with ThreadPoolExecutor(1) as pool:
        stats = pool.submit(search.index, tmp_path, {"a/2021/index.html": doc}).result()
    assert (stats["pages"], stats["files_read"]) == (2, 2)


def test_the_index_waits_until_the_writer_has_closed_its_files(tmp_path: Path) -> None:
    """written() returns only once the writing process has closed every file it holds under
    the folder: here a process that keeps a file open for half a second before writing it."""
    target = tmp_path / "pagefind" / "pagefind-entry.json"
    target.parent.mkdir()
    script = (
        "import sys, time\n"
        "f = open(sys.argv[1], 'w')\n"
        "print('open', flush=True)\n"
        "time.sleep(0.5)\n"
        "f.write('{}')\n"
        "f.close()\n"
        "time.sleep(30)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, str(target)],
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        try:
            assert writer.stdout is not None
            assert writer.stdout.readline() == "open\n"
            asyncio.run(search.written(writer.pid, target.parent))
            assert target.read_text("utf-8") == "{}"
        finally:
            writer.kill()
