"""The pages' worker (iltod/site/ahead.py) when the build needs no page from it: a build whose
pages all come from the cache closes its end without sending an order, and the worker ends
quietly (it printed an EOFError traceback into the build's log)."""

from __future__ import annotations

import multiprocessing

from iltod.site import ahead


def test_a_worker_sent_no_order_ends_quietly_when_the_build_closes_its_end() -> None:
    build_end, worker_end = multiprocessing.Pipe()
    build_end.close()
    ahead._work(str.upper, worker_end, build_end)  # returns; no EOFError


def test_a_worker_sent_an_order_renders_it_in_order() -> None:
    build_end, worker_end = multiprocessing.Pipe()
    build_end.send(["a.md", "b.md"])
    ahead._work(str.upper, worker_end, multiprocessing.Pipe()[0])
    assert build_end.recv() == [("a.md", "A.MD"), ("b.md", "B.MD")]
