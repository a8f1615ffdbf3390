"""The Excel and Word downloads of every plan, made in worker processes while MkDocs renders.

Making them in the build's own process cost a third of a national build (python-docx and
openpyxl, about 80 ms a plan). They depend only on the plan, so they are started as soon as
the repository is loaded and collected after the pages are written: the build's wall time then
includes only what is left of them, on a machine with a second core. With a cache folder, the
files of a plan are kept under a key made of everything they are made of (the engine, the plan,
its agency and its date), and a later build reuses them instead of making them again.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from iltod import urls
from iltod.load.loader import Repository
from iltod.model import Agency, Plan
from iltod.review import Review, Reviews, to_dict
from iltod.site.downloads import write_file
from iltod.site.pagecache import digest

CHUNK = 16  # plans per task: fewer round trips, still spread over the workers
INLINE = 4
"""Up to this many plans to make, they are made in the build's own process when written, when
a worker would be a new interpreter (``spawn``): it costs more to start (importing iltod, about
a second of CPU) than four plans' files (about 80 ms each), a fixed cost a one-agency site paid
every build. A forked worker starts with iltod imported, and makes any number of plans' files
while the build renders its pages."""


Item = tuple[Plan, Agency | None, dt.datetime | None, str, dict[str, Review] | None]
Changed = Callable[[str, int], dt.datetime | None]
Commits = Callable[[str, int], str | None]


def start_method() -> str:
    """``fork`` on Linux when this process runs no other thread (``mkdocs build``): the worker
    starts in milliseconds with everything imported. ``spawn`` otherwise: a threaded ``mkdocs
    serve`` must not be forked, as another thread may hold a lock the child would wait for
    forever, and macOS's system libraries are not safe to use after a fork."""
    linux = sys.platform.startswith("linux")
    return "fork" if linux and threading.active_count() == 1 else "spawn"


def _make(batch: list[Item]) -> list[tuple[bytes, bytes]]:
    from iltod.iaac.write.docx import plan_docx
    from iltod.iaac.write.xlsx import plan_xlsx

    return [
        (
            plan_xlsx(plan, agency, changed=when, commit=commit, reviews=reviews),
            plan_docx(plan, agency, changed=when, reviews=reviews),
        )
        for plan, agency, when, commit, reviews in batch
    ]


class OfficeJob:
    """Office files of every plan of ``repo``, being made by ``workers`` processes.

    ``changed`` gives when each plan last changed (from the history): the files' date, so the
    same commit always gives the same bytes. ``commits`` gives the commit that last changed
    each plan, stamped in its XLSX (:mod:`iltod.iaac.stamp`): the base ``iltod submit`` merges
    an upload against (the plan's last change, not the build's commit, so the bytes change only
    when the plan does). ``reviews``: the reviewer's view of every measure
    (:mod:`iltod.review`), written beside the agency's claim; part of each file's key.
    """

    def __init__(
        self,
        repo: Repository,
        workers: int = 1,
        changed: Changed | None = None,
        cache: tuple[Path, str] | None = None,
        commits: Commits | None = None,
        reviews: Reviews | None = None,
    ) -> None:
        """``cache``: the cache folder and the engine's digest (:mod:`iltod.site.pagecache`)."""
        items: list[Item] = [
            (
                pf.plan,
                repo.agencies.get(pf.plan.agency),
                _when(changed, pf.plan),
                (commits(pf.plan.agency, pf.plan.year) if commits else None) or "",
                None if reviews is None else reviews.get((pf.plan.agency, pf.plan.year), {}),
            )
            for pf in repo.plans
        ]
        self.keys = [(plan.agency, plan.year) for plan, *_ in items]
        self.folder = cache[0] if cache else None
        self.digests = [_key(cache[1], item) if cache else "" for item in items]
        todo = [i for i, d in enumerate(self.digests) if not (d and self._cached(d))]
        self.reused = len(items) - len(todo)
        self.todo = todo
        method = start_method()
        few = method == "spawn" and len(todo) <= INLINE
        self.inline = [items[j] for j in todo] if few else []
        self.pool: ProcessPoolExecutor | None = None
        self.futures: list[Future[list[tuple[bytes, bytes]]]] = []
        if todo and not few:  # no pool at all otherwise: spawn's semaphores start a process
            context = multiprocessing.get_context(method)
            self.pool = ProcessPoolExecutor(max(1, workers), mp_context=context)
            self.futures = [
                self.pool.submit(_make, [items[j] for j in todo[i : i + CHUNK]])
                for i in range(0, len(todo), CHUNK)
            ]

    def _paths(self, key: str) -> tuple[Path, Path]:
        assert self.folder is not None
        return self.folder / f"{key}.xlsx", self.folder / f"{key}.docx"

    def _cached(self, key: str) -> bool:
        return all(p.is_file() for p in self._paths(key))

    def close(self) -> None:
        """Stop the workers (the build stopped): what has not started is cancelled, what has
        (one batch a worker at most) is waited for, so no worker is left for the interpreter
        to tear down at exit."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def write(self, folder: Path) -> list[Path]:
        """Wait for the files and write them into the open data folder."""
        out: list[Path] = []
        try:
            made = [pair for future in self.futures for pair in future.result()]
            made += _make(self.inline) if self.inline else []
        finally:
            if self.pool is not None:
                self.pool.shutdown(cancel_futures=True)
        fresh = dict(zip(self.todo, made, strict=True))
        for i, key in enumerate(self.keys):
            if i in fresh:
                xlsx, docx = fresh[i]
                if self.folder is not None:
                    for path, data in zip(self._paths(self.digests[i]), fresh[i], strict=True):
                        write_file(path, data)
            else:
                xlsx, docx = (p.read_bytes() for p in self._paths(self.digests[i]))
            out.append(write_file(folder / urls.data_file(*key, "xlsx"), xlsx))
            out.append(write_file(folder / urls.data_file(*key, "docx"), docx))
        self._prune()
        return out

    def _prune(self) -> None:
        """Remove the cached files of plans this build did not have."""
        if self.folder is None or not self.folder.is_dir():
            return
        used = {p.name for d in self.digests for p in self._paths(d)}
        for path in self.folder.iterdir():
            if path.name not in used:
                path.unlink(missing_ok=True)


def _key(engine: str, item: Item) -> str:
    """What a plan's office files are made of, as a cache key."""
    p, a, w, commit, reviews = item
    seen = None if reviews is None else {n: to_dict(r) for n, r in sorted(reviews.items())}
    agency = a.model_dump(mode="json") if a else None
    return digest(engine, p.model_dump(mode="json"), agency, w, commit, seen)


def _when(changed: Changed | None, plan: Plan) -> dt.datetime | None:
    return changed(plan.agency, plan.year) if changed is not None else None
