"""The search index reads Pagefind's answers as they come (iltod/site/searchservice.py):
Pagefind's Python API slept 0.1 s before reading each of an index's three answers, most of
what a one-agency site's index took. The index it writes is Pagefind's own (the acceptance
tests of tests/acceptance/test_search_index.py read it)."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from iltod.site import search

PAGE = '<html lang="mn"><body><main data-pagefind-body><h1>{}</h1></main></body></html>'


def test_the_index_is_written_without_waiting_on_a_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pauses: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(delay: float, *args: object) -> object:
        pauses.append(delay)
        return await real_sleep(delay, *args)

    monkeypatch.setattr(asyncio, "sleep", sleep)
    (tmp_path / "index.html").write_text(PAGE.format("нүүр"), "utf-8")
    doc = PAGE.format("баримт")
    with ThreadPoolExecutor(1) as pool:  # as the hook runs it
        stats = pool.submit(search.index, tmp_path, {"a/2021/index.html": doc}).result()
    assert stats["pages"] == 2
    assert json.loads((tmp_path / "pagefind/pagefind-entry.json").read_text("utf-8"))["languages"]
    assert [p for p in pauses if p >= 0.1] == []  # Pagefind's own loop: one 0.1 s a request


def test_a_request_the_service_refuses_is_an_error_not_a_wait(tmp_path: Path) -> None:
    from iltod.site.searchservice import Service

    async def bad() -> None:
        service = await Service().launch()
        try:
            await asyncio.wait_for(service.send({"type": "NoSuchRequest"}), 10)  # type: ignore[arg-type, typeddict-item]
        finally:
            await service.close()

    # in its own thread, as the hook runs it: a browser test's event loop may be running here
    with ThreadPoolExecutor(1) as pool, pytest.raises(Exception, match="unknown variant"):
        pool.submit(lambda: asyncio.run(bad())).result()
