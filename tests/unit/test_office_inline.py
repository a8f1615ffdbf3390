"""Where a site's Excel and Word files are made (issue 28). A worker forked from a build that
runs no other thread starts with iltod imported, so it makes the files of any number of plans
while the pages render. Where the worker would be a new interpreter (``spawn``: a threaded
``mkdocs serve``), starting it costs more than a few plans' files, so those are made in the
build's own process, with no pool at all. The files are the same either way."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from iltod.load import loader
from iltod.site import office

SAMPLE = Path(__file__).parents[1] / "fixtures" / "sample"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.*")}


def test_a_process_with_one_thread_forks_its_worker_another_thread_makes_it_spawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert office.start_method() == "spawn"
    finally:
        stop.set()
        other.join()
    # other tests leave threads behind (asyncio's child watchers): one thread, as in a build
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(sys, "platform", "linux")
    assert office.start_method() == "fork"
    monkeypatch.setattr(sys, "platform", "darwin")  # forking is unsafe with macOS's libraries
    assert office.start_method() == "spawn"


def test_a_few_plans_without_fork_start_no_pool_and_make_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = loader.load(SAMPLE)
    assert 0 < len(repo.plans) <= office.INLINE
    monkeypatch.setattr(office, "start_method", lambda: "fork")
    forked = office.OfficeJob(repo)
    assert forked.pool is not None
    assert len(forked.futures) == 1
    forked.write(tmp_path / "forked")
    monkeypatch.setattr(office, "start_method", lambda: "spawn")
    inline = office.OfficeJob(repo)
    assert inline.futures == []
    assert inline.pool is None  # not even the pool: spawn's queues start a resource tracker
    written = inline.write(tmp_path / "inline")
    monkeypatch.setattr(office, "INLINE", 0)
    spawned = office.OfficeJob(repo)
    assert len(spawned.futures) == 1
    spawned.write(tmp_path / "spawned")
    assert len(written) == 2 * len(repo.plans)
    assert _files(tmp_path / "inline") == _files(tmp_path / "forked")
    assert _files(tmp_path / "inline") == _files(tmp_path / "spawned")
