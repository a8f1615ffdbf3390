"""Generated pages' content rendered ahead in a forked worker while MkDocs renders the theme.

MkDocs renders pages one after another in one process: a plan of 10,000 measures is 10,000
pages in one loop (issue 28), on one core of two. An iltod page is two halves: Material's theme
around it, rendered by MkDocs, and its content, rendered by iltod (``Renderer.render``; about
two fifths of a page's time). The content depends only on the site as loaded, which nothing
changes once it is loaded (the model is built once and handed to every output), so a worker
process forked at that moment holds the same site and renders the content of every page to be
rendered, in MkDocs' order, while the build's process renders the theme around each page and
takes the content from the worker. The content is the same string either way
(``tests/acceptance/test_ahead.py`` builds a site both ways and compares every file).

Used only where it pays and is safe: at least :data:`MIN_PAGES` pages to render, a second CPU,
a platform that forks, and a process with no other thread when it forks (a thread holding a lock
at that moment would leave it held in the child for ever). The worker is forked before the
office files' workers start (their executor runs a thread); it is told which pages to render
once MkDocs has read them all (a page reused from the cache is not rendered).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

MIN_PAGES = 1000
"""Fewer generated pages than this, and their content is rendered in the build's process: a
second process is not worth its start and its copied memory for a small site."""
CHUNK = 8
"""Pages per message from the worker: fewer round trips; the pipe's buffer holds a few, so the
worker stays a few messages ahead of the pages MkDocs has rendered."""
FAILED = "\0failed"


def _work(render: Callable[[str], str], conn: Connection, other: Connection) -> None:
    """The worker: render the pages it is sent, in order, and send them back by CHUNK."""
    other.close()  # the build's end: were the build killed, a send would fail, not wait
    try:
        order: list[str] = conn.recv()
    except EOFError:  # the build needed no page from it (all reused) and closed its end
        return
    batch: list[tuple[str, str]] = []
    try:
        for src_uri in order:
            batch.append((src_uri, render(src_uri)))
            if len(batch) == CHUNK:
                conn.send(batch)
                batch = []
    except Exception:  # the build's process raises it when it asks for the page
        batch.append((FAILED, traceback.format_exc()))
    conn.send(batch)
    conn.close()


class Ahead:
    """A worker process holding the loaded site; :meth:`take` gives a page's content."""

    def __init__(self, render: Callable[[str], str]) -> None:
        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.process: BaseProcess | None = context.Process(
            target=_work, args=(render, child, self.conn), name="iltod-pages", daemon=True
        )
        self.process.start()  # no thread in this process: nothing held in the child
        child.close()
        self.started = False
        self.todo: set[str] = set()
        self.ready: dict[str, str] = {}

    @classmethod
    def fork(cls, render: Callable[[str], str], pages: int) -> Ahead | None:
        """A worker for a site of ``pages`` generated pages, or None where it does not pay or
        is not safe (see the module's docstring)."""
        forks = "fork" in multiprocessing.get_all_start_methods()
        cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
        if pages < MIN_PAGES or not forks or cpus < 2 or threading.active_count() > 1:
            return None
        return cls(render)

    def begin(self, order: list[str]) -> None:
        """The pages to render, in the order they will be asked for."""
        if self.process is None or self.started:
            return
        if len(order) < MIN_PAGES:  # mostly reused from the cache
            self.close()
            return
        self.started, self.todo = True, set(order)
        self.conn.send(order)

    def take(self, src_uri: str) -> str | None:
        """The page's content made by the worker, or None when it is not making it."""
        if src_uri not in self.todo:
            return None
        self.todo.discard(src_uri)
        while src_uri not in self.ready:
            for uri, html in self.conn.recv():
                if uri == FAILED:
                    self.close()
                    raise RuntimeError(f"rendering a page ahead failed:\n{html}")
                self.ready[uri] = html
        return self.ready.pop(src_uri)

    def close(self) -> None:
        """Stop the worker (the pages are written, or the build stopped)."""
        if self.process is not None:
            self.process.terminate()
            self.process.join()
            self.process = None
            self.conn.close()
        self.todo, self.ready = set(), {}
