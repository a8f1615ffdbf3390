"""Run encode jobs on both cores, reporting progress as each finishes."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed

from iltod.evidence.encode import Job, Outcome, run

Progress = Callable[[int, int], None]


def run_all(
    jobs: list[Job], workers: int = 2, progress: Progress | None = None
) -> Iterator[Outcome]:
    """Yield each job's outcome as it completes (in-process when one worker or one job).

    Workers are started with ``spawn``: forking a process that runs threads (``mkdocs serve``
    does) can deadlock, and spawn behaves the same on Linux, macOS and Windows.
    """
    total = len(jobs)
    if progress:
        progress(0, total)
    if workers <= 1 or total <= 1:
        for done, job in enumerate(jobs, 1):
            yield run(job)
            if progress:
                progress(done, total)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=min(workers, total), mp_context=context) as pool:
        futures = [pool.submit(run, job) for job in jobs]
        for done, future in enumerate(as_completed(futures), 1):
            yield future.result()
            if progress:
                progress(done, total)
