"""The page shell (iltod/site/material/shell.py): iltod with and without it, and stock Material,
cold builds of the same SYNTHETIC pages in one run.

    python -m bench.shell [--sizes 20 100] [--years 3] [--rounds 1] [--work DIR]

For each size, the fixture of ``bench.small`` (N agencies × 25 measures × Y years, the main site
of the newest year as the national deploy builds it) is built from an empty ``.cache/`` by iltod
with every page through Material's whole template (``page_shell: false``: before), by iltod with
the shell (after), and by stock MkDocs + Material (``bench.baseline``), one after the other; with
``--rounds 2`` the order is run again reversed. Printed: wall and CPU seconds of each, the ratios
to stock Material and after / before, and the load average. Budget (issue 28): ≤ 1.0× stock
Material at 20 agencies, ≤ 0.5× at 100 and 1,000. PASS/FAIL are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import fixture, measure
from bench import years as year_sites

BUDGET = {1: 1.0, 20: 1.0, 100: 0.5, 1000: 0.5}


def _whole_pages(repo: Path) -> Path:
    """A copy of ``repo`` whose build renders every page through the whole template."""
    copy = repo.parent / "iltod-whole"
    shutil.copytree(repo, copy, ignore=shutil.ignore_patterns(".cache"))
    config = copy / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("\n  iltod:\n", "\n  iltod:\n    page_shell: false\n", 1))
    return copy


def _cold(repo: Path, out: Path, env: dict[str, str]) -> measure.Build:
    shutil.rmtree(repo / ".cache", ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    return measure.build(repo, out, **env)


def one(work: Path, agencies: int, years: tuple[int, ...], rounds: int) -> dict[str, Any]:
    repo = fixture.seeded_repo(work / "iltod", agencies, years)
    whole = _whole_pages(repo)
    current, archived = years[-1], years[:-1]
    env = year_sites.main_env(current, work / "storage") if archived else {}
    pages = fixture.baseline_repo(repo, work / "baseline", [current] if archived else None)
    runs: dict[str, list[measure.Build]] = {"before": [], "after": [], "stock": []}
    loads = []
    order = ["before", "after", "stock"]
    for r in range(rounds):
        loads.append(os.getloadavg()[0])
        for kind in order if r % 2 == 0 else order[::-1]:
            if kind == "stock":
                shutil.rmtree(work / "baseline-site", ignore_errors=True)
                runs[kind].append(measure.build(work / "baseline", work / "baseline-site"))
            else:
                source = whole if kind == "before" else repo
                runs[kind].append(_cold(source, work / f"site-{kind}", env))
    row: dict[str, Any] = {"agencies": agencies, "years": len(years), "pages": pages}
    for kind, builds in runs.items():
        row[f"{kind}_s"] = round(sum(b.seconds for b in builds) / len(builds), 2)
        row[f"{kind}_cpu_s"] = round(sum(b.cpu_seconds for b in builds) / len(builds), 2)
    for kind in ("before", "after"):
        row[f"{kind}_ratio"] = round(row[f"{kind}_s"] / row["stock_s"], 3)
        row[f"{kind}_cpu_ratio"] = round(row[f"{kind}_cpu_s"] / row["stock_cpu_s"], 3)
    row["after_over_before_cpu"] = round(row["after_cpu_s"] / row["before_cpu_s"], 3)
    row["shell_log"] = next(
        (line.split("page shell: ", 1)[1] for line in runs["after"][-1].log.splitlines()
         if "page shell: " in line),
        "",
    )  # fmt: skip
    row["load_before"] = [round(x, 2) for x in loads]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.shell", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20, 100])
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-shell-"))
    rows = []
    print(
        "agencies  pages  before s (CPU)  after s (CPU)  stock s (CPU)  "
        "ratio before → after (CPU)  after/before CPU  load"
    )
    for n in args.sizes:
        r = one(work / str(n), n, year_sites.years_of(args.years), args.rounds)
        rows.append(r)
        print(
            f"{n:>8} {r['pages']:>6} {r['before_s']:>7} ({r['before_cpu_s']:>6}) "
            f"{r['after_s']:>7} ({r['after_cpu_s']:>6}) {r['stock_s']:>7} ({r['stock_cpu_s']:>6})  "
            f"{r['before_ratio']} → {r['after_ratio']} "
            f"({r['before_cpu_ratio']} → {r['after_cpu_ratio']})  "
            f"{r['after_over_before_cpu']}  {r['load_before']}"
        )
        print(f"         page shell: {r['shell_log']}")
    for r in rows:
        limit = BUDGET.get(r["agencies"])
        if limit is not None:
            verdict = "PASS" if r["after_ratio"] <= limit else "FAIL"
            print(
                f"{verdict}  {r['agencies']} agencies: {r['after_ratio']}× stock Material "
                f"(CPU {r['after_cpu_ratio']}×; ≤ {limit}×)"
            )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
