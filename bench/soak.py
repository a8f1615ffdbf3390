"""Soak: build the frozen sample many times in a row while every CPU is kept busy.

    python -m bench.soak [--builds 30] [--busy N]

Run it from the repository root. The sample (``tests/fixtures/sample/``) is copied into a
temporary repository of this checkout's engine (as ``tests.support.sitekit.make_repo`` makes
them) with one commit, so the history pass runs too. ``--busy`` processes (default: one per
CPU) spin for the whole run, so the build's own processes (MkDocs, the office and image
workers, Pagefind) are scheduled late and out of order, which is how races show.

A build fails when ``mkdocs build --strict`` exits non-zero, or when its search index is not
complete: ``pagefind/pagefind-entry.json`` must parse and every compressed index file must
decompress (a file Pagefind created but had not finished writing does not). Prints one line per
build and a summary; exits 1 when any build failed. Not a timed test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.support import sample, sitekit
from tests.support.history_repo import GitRepo


def _spin() -> None:  # pragma: no cover - runs in the busy processes
    while True:
        pass


def repository(root: Path) -> Path:
    """The sample in a fresh repository of this engine, committed once."""
    repo = sitekit.make_repo(root, plans=sample.PLANS)
    git = GitRepo(repo)
    git.commit("SYNTHETIC: the frozen sample", "2022-01-15T10:00:00+08:00")
    return repo


def index_problems(site: Path) -> list[str]:
    """What is wrong with a built site's search index (empty when it is complete)."""
    folder = site / "pagefind"
    problems = []
    try:
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        if not entry.get("languages"):
            problems.append("pagefind-entry.json lists no language")
    except (OSError, ValueError) as exc:
        problems.append(f"pagefind-entry.json: {type(exc).__name__}: {exc}")
    for path in sorted(folder.rglob("*.pf_*")):
        try:
            gzip.decompress(path.read_bytes())
        except (OSError, EOFError) as exc:
            problems.append(f"{path.relative_to(site)}: {type(exc).__name__}: {exc}")
    return problems


@dataclass
class Result:
    builds: int
    busy: int
    seconds: list[float] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"SYNTHETIC soak: {self.builds} builds of the sample with {self.busy} busy "
            f"processes on {os.cpu_count()} CPUs: {len(self.failed)} failures; "
            f"{sum(self.seconds):.0f} s in all, median {statistics.median(self.seconds):.1f} s, "
            f"slowest {max(self.seconds):.1f} s"
        )


def soak(builds: int, busy: int, work: Path) -> Result:
    repo = repository(work / "repo")
    context = multiprocessing.get_context("spawn")
    spinners = [context.Process(target=_spin, daemon=True) for _ in range(busy)]
    for p in spinners:
        p.start()
    result = Result(builds, busy)
    try:
        for n in range(1, builds + 1):
            out = work / f"site-{n}"
            started = time.perf_counter()
            done = sitekit.build(repo, out)
            result.seconds.append(time.perf_counter() - started)
            problems = [_tail(done)] if done.returncode != 0 else index_problems(out)
            status = "ok" if not problems else "FAILED: " + "; ".join(problems)
            print(f"build {n:>3}/{builds}: {result.seconds[-1]:6.1f} s  {status}", flush=True)
            if problems:
                result.failed.append(f"build {n}: " + "; ".join(problems))
            shutil.rmtree(out, ignore_errors=True)
    finally:
        for p in spinners:
            p.terminate()
            p.join()
    return result


def _tail(done: subprocess.CompletedProcess[str]) -> str:
    lines = (done.stdout + done.stderr).strip().splitlines()
    return f"exit {done.returncode}: " + " | ".join(lines[-3:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builds", type=int, default=30)
    parser.add_argument("--busy", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="iltod-soak-") as tmp:
        result = soak(args.builds, args.busy, Path(tmp))
    print(result.summary())
    for line in result.failed:
        print("  " + line)
    return 1 if result.failed else 0


if __name__ == "__main__":
    sys.exit(main())
