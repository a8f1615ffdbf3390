"""A plan with one objective of many measures: build time and the largest measure page (issue 28).

    python -m bench.long_objective [--measures 10000] [--work DIR] [--before DIR]

Run it from the repository root. One SYNTHETIC agency whose 2024 plan has a single objective of
``--measures`` measures (texts with the seed report's lengths and words, as ``bench.run``),
committed to git and built by ``mkdocs build --strict`` in a child process. Before issue 28 each
measure page listed every measure of its objective: 62 KB at 300 measures, 1.58 MB at 10,000
(the build had written 4.6 GB after 8 minutes). Budgets: the build ≤ 60 s, every measure page
≤ 30 KB. Prints PASS/FAIL; they are benchmarks, never test assertions. ``--before DIR`` also
builds the same repository, from an empty cache and in the same run, with the iltod package of
DIR (a checkout, e.g. ``git archive main``): a before/after on one machine state.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from bench import fixture, measure
from bench.small import _with_code
from tests.support import sitekit, synthetic

BUILD_S = 60.0
PAGE_KB = 30.0


def run(measures: int, work: Path, before: Path | None = None) -> list[dict[str, float]]:
    repo = sitekit.make_repo(work / "repo")
    plan = fixture.seed_plan()
    synthetic.write_long_objectives(
        repo,
        [measures],
        lengths=fixture.seed_lengths(plan),
        vocabulary=fixture.seed_vocabulary(plan),
    )
    fixture._commit(repo)
    rows = [_row(measures, measure.build(repo, work / "site"), work / "site")]
    if before is not None:
        shutil.rmtree(repo / ".cache", ignore_errors=True)  # from an empty cache, too
        built = _with_code(before, lambda: measure.build(repo, work / "before-site"))
        rows.append(_row(measures, built, work / "before-site"))
    return rows


def _row(measures: int, built: measure.Build, site: Path) -> dict[str, float]:
    sizes = sorted(p.stat().st_size for p in site.glob("*/*/measure-*/index.html"))
    return {
        "measures": measures,
        "pages": len(sizes),
        "build_s": round(built.seconds, 1),
        "cpu_s": round(built.cpu_seconds, 1),
        "peak_rss_mb": round(built.peak_rss_mb),
        "measure_page_kb_median": round(sizes[len(sizes) // 2] / 1000, 1),
        "measure_page_kb_max": round(sizes[-1] / 1000, 1),
        "load_average": round(os.getloadavg()[0], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.long_objective", description=__doc__)
    parser.add_argument("--measures", type=int, default=10_000)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--before", type=Path, help="a checkout whose iltod to build too")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-long-"))
    load = os.getloadavg()[0]
    rows = run(args.measures, work, args.before)
    for label, r in zip(("", "before: "), rows, strict=False):
        print(f"{label}one objective of {r['measures']} SYNTHETIC measures: {r['pages']} pages")
        print(f"  build {r['build_s']} s (CPU {r['cpu_s']} s), peak RSS {r['peak_rss_mb']} MB")
        kb = r["measure_page_kb_median"], r["measure_page_kb_max"]
        print(f"  measure page: median {kb[0]} KB, max {kb[1]} KB")
        print(f"  load average before {load:.2f}, after {r['load_average']:.2f}")
        load = r["load_average"]
    r = rows[0]
    for name, value, limit in (
        ("build time s", r["build_s"], BUILD_S),
        ("largest measure page KB", r["measure_page_kb_max"], PAGE_KB),
    ):
        print(f"{'PASS' if value <= limit else 'FAIL'}  {name}: {value} (budget {limit})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
