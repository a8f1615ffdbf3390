"""The rebuild after one agency's update against the cold build, without the rest of bench.run.

    python -m bench.rebuild [--agencies 100] [--years 3] [--work DIR] [--json FILE]

Run it from the repository root. The SYNTHETIC fixture of ``bench.run`` (N agencies × 25
measures × Y reporting years, the seed report's text lengths and words), the main site of the
newest year as the national deploy builds it: a build from an empty cache, then one percent of
the middle agency's newest plan changed and committed (``bench.fixture.change_one_plan``, as
``bench.run`` measures its rebuild), then the rebuild with the first build's ``.cache/``. Prints
one JSON line: both times (wall and CPU), their ratio, what the rebuild took from the cache, and
the 1-minute load average before and after. Between the two, the first build of the next day
(no due date passes: the fixture's plans end in 2024) from the cold build's cache. Peak RSS of
each build (the MkDocs process and the children it waited for, ``os.wait4``). The budgets
(issue 28): rebuild and next day ≤ 0.1× the cold build at 100 and 1,000 agencies, peak RSS ≤
1,024 MB at 1,000; PASS/FAIL is printed, never asserted.

To compare two versions of the engine in one run, run this file with each checkout first on
``PYTHONPATH`` (the builds use the checkout this module is imported from).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import fixture, measure
from bench import years as year_sites

BUDGET = 0.1
RSS_BUDGET_MB = 1024
NEXT_DAY = "2026-11-26"
"""The day after the test builds' fixed day (tests.support.sitekit.TODAY)."""


def one(work: Path, agencies: int, years: tuple[int, ...]) -> dict[str, Any]:
    repo = fixture.seeded_repo(work / "iltod", agencies, years)
    current, archived = years[-1], years[:-1]
    env = year_sites.main_env(current, work / "storage") if archived else {}
    load = os.getloadavg()[0]
    cold = measure.build(repo, work / "cold-site", **env)
    # the first build of the next day: no due date passes (the fixture's plans end in 2024)
    day = measure.build(repo, work / "next-day-site", **env, ILTOD_TODAY=NEXT_DAY)
    changed = fixture.change_one_plan(repo)
    again = measure.build(repo, work / "rebuild-site", **env, ILTOD_TODAY=NEXT_DAY)
    return {
        "engine": str(Path(fixture.__file__).resolve().parents[1]),
        "agencies": agencies,
        "years": len(years),
        "cold_s": round(cold.seconds, 2),
        "cold_cpu_s": round(cold.cpu_seconds, 2),
        "rebuild_s": round(again.seconds, 2),
        "rebuild_cpu_s": round(again.cpu_seconds, 2),
        "ratio": round(again.seconds / cold.seconds, 3),
        "cpu_ratio": round(again.cpu_seconds / cold.cpu_seconds, 3),
        "next_day_s": round(day.seconds, 2),
        "next_day_cpu_s": round(day.cpu_seconds, 2),
        "next_day_ratio": round(day.seconds / cold.seconds, 3),
        "next_day_cache": [line.split("iltod: ", 1)[1] for line in _cache_lines(day.log)],
        "peak_rss_mb": {"cold": cold.peak_rss_mb, "next_day": day.peak_rss_mb},
        "rebuild_peak_rss_mb": again.peak_rss_mb,
        "changed": changed,
        "rebuild_cache": [line.split("iltod: ", 1)[1] for line in _cache_lines(again.log)],
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }


def _cache_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if "iltod: " in line and "cache: " in line]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.rebuild", description=__doc__)
    parser.add_argument("--agencies", type=int, default=100)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-rebuild-"))
    row = one(work, args.agencies, year_sites.years_of(args.years))
    print(json.dumps(row, ensure_ascii=False))
    for name, ratio in (("rebuild", row["ratio"]), ("next day", row["next_day_ratio"])):
        verdict = "PASS" if ratio <= BUDGET else "FAIL"
        print(f"{verdict}  {name} {ratio}× the cold build (≤ {BUDGET}×)")
    peak = max(
        row["peak_rss_mb"]["cold"], row["peak_rss_mb"]["next_day"], row["rebuild_peak_rss_mb"]
    )
    verdict = "PASS" if peak <= RSS_BUDGET_MB else "FAIL"
    print(f"{verdict}  peak RSS {peak:.0f} MB (≤ {RSS_BUDGET_MB} MB; the MkDocs process)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(row, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
