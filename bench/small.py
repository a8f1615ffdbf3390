"""Small sites: iltod's build time against stock MkDocs + Material, one build of each per size.

    python -m bench.small [--sizes 1 20 100] [--years 3] [--work DIR]

Run it from the repository root. For each size, the SYNTHETIC fixture of ``bench.run`` (N
agencies × 25 measures × Y reporting years, the main site of the newest year as the national
deploy builds it) is built by iltod (from an empty build cache) and, right after, its pages by
stock Material
(``bench.baseline``): the ratio of the two wall times, in the same run, is the figure; the
1-minute load average before each size is printed beside it, as the machine may be shared.
Then the next day's build of the same plans with the first build's cache (the daily deploy:
no due date passes, as the fixture's plans end in 2024): its time against the cold build's.
Without the browser, phone, preview and archive measurements of ``bench.run``: what a small
site pays is its fixed costs, and this isolates them. Budget (issue 28): ≤ 1.0× at 1 and 20
agencies, ≤ 0.5× at 100. PASS/FAIL are printed, never asserted.

iltod's modules are compiled to bytecode before anything is timed, as a deployment has them
(pip compiles what it installs; the deploy runs ``iltod validate`` before the build): with
``PYTHONDONTWRITEBYTECODE`` set, as on the machine the figures of issue 28 were measured on,
every build compiled the ~160 modules of iltod from source (about 0.3 s) while stock Material's
were installed compiled. That includes the templates iltod ships compiled
(``iltod/site/compiled/``, Python modules: iltod.site.shippedtemplates), whose ``.pyc`` pip
writes at install as for any module; nothing of the site's ``.cache/`` is used by the cold
build. ``--before DIR`` also builds each size, from an empty cache and in the same run, with
the iltod package of DIR (a checkout, e.g. ``git archive main``): a before/after on one
machine state.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import fixture, measure
from bench import years as year_sites
from tests.support import sitekit

BUDGET = {1: 1.0, 20: 1.0, 100: 0.5, 1000: 0.5}


def one(
    work: Path, agencies: int, years: tuple[int, ...], before: Path | None = None
) -> dict[str, Any]:
    repo = fixture.seeded_repo(work / "iltod", agencies, years)
    current, archived = years[-1], years[:-1]
    env = year_sites.main_env(current, work / "storage") if archived else {}
    pages = fixture.baseline_repo(repo, work / "baseline", [current] if archived else None)
    load = os.getloadavg()[0]
    ours = measure.build(repo, work / "iltod-site", **env)
    base = measure.build(work / "baseline", work / "baseline-site")
    # the next day's deploy: the same plans, the build cache (.cache/) of the build above
    day = (dt.date.fromisoformat(sitekit.TODAY) + dt.timedelta(days=1)).isoformat()
    again = measure.build(repo, work / "iltod-next-day", ILTOD_TODAY=day, **env)
    extra: dict[str, Any] = {}
    if before is not None:
        shutil.rmtree(repo / ".cache", ignore_errors=True)  # from an empty cache, too
        then = _with_code(before, lambda: measure.build(repo, work / "before-site", **env))
        extra = {
            "before_s": round(then.seconds, 2),
            "before_cpu_s": round(then.cpu_seconds, 2),
            "before_ratio": round(then.seconds / base.seconds, 3),
            "before_cpu_ratio": round(then.cpu_seconds / base.cpu_seconds, 3),
            "load_after": round(os.getloadavg()[0], 2),
        }
    return {
        "agencies": agencies,
        "years": len(years),
        "pages": pages,
        "iltod_s": round(ours.seconds, 2),
        "iltod_cpu_s": round(ours.cpu_seconds, 2),
        "baseline_s": round(base.seconds, 2),
        "baseline_cpu_s": round(base.cpu_seconds, 2),
        "ratio": round(ours.seconds / base.seconds, 3),
        "cpu_ratio": round(ours.cpu_seconds / base.cpu_seconds, 3),
        "next_day_s": round(again.seconds, 2),
        "next_day_ratio": round(again.seconds / ours.seconds, 3),
        "next_day_cache": next(
            (
                line.split("page cache: ", 1)[1]
                for line in again.log.splitlines()
                if "page cache: " in line
            ),
            "",
        ),
        "load_before": round(load, 2),
        **extra,
    }


def _with_code(code: Path, build: Callable[[], measure.Build]) -> measure.Build:
    """``build()`` with ``code``'s iltod first on the build's path (sitekit.build_env puts
    this checkout's there)."""
    saved = sitekit.ROOT
    sitekit.ROOT = code
    try:
        return build()
    finally:
        sitekit.ROOT = saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.small", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 20, 100])
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--before", type=Path, help="a checkout whose iltod to build too")
    args = parser.parse_args(argv)
    for code in filter(None, [sitekit.ROOT, args.before]):  # as installed: see the docstring
        compileall.compile_dir(code / "iltod", quiet=1)
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-small-"))
    rows = []
    print(
        "agencies  pages  iltod s (CPU)   baseline s (CPU)  ratio  CPU ratio  load"
        "  next day s (× cold): pages"
    )
    for n in args.sizes:
        r = one(work / str(n), n, year_sites.years_of(args.years), args.before)
        rows.append(r)
        print(
            f"{n:>8} {r['pages']:>6} {r['iltod_s']:>7} ({r['iltod_cpu_s']:>6}) "
            f"{r['baseline_s']:>8} ({r['baseline_cpu_s']:>6}) {r['ratio']:>6} "
            f"{r['cpu_ratio']:>9} {r['load_before']:>5}"
            f"  {r['next_day_s']} ({r['next_day_ratio']}): {r['next_day_cache']}"
        )
        if args.before:
            print(
                f"{'before':>8} {'':>6} {r['before_s']:>7} ({r['before_cpu_s']:>6}) "
                f"{'':>17} {r['before_ratio']:>6} {r['before_cpu_ratio']:>9} {r['load_after']:>5}"
            )
    for r in rows:
        limit = BUDGET.get(r["agencies"])
        if limit is not None:
            verdict = "PASS" if r["ratio"] <= limit else "FAIL"
            print(f"{verdict}  {r['agencies']} agencies: {r['ratio']}× stock Material (≤ {limit}×)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
