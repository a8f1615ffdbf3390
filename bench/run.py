"""National-scale benchmark: iltod against stock MkDocs + Material on the same SYNTHETIC pages.

    python -m bench.run --agencies 100 [--measures 25] [--factor 4] [--json bench/out/100.json]

Run it from the repository root.

In one run, for N and factor×N agencies: generate the fixture, build it with iltod and build the
baseline (the same pages as Markdown, stock Material with navigation.prune and its search), then
measure sizes and what Chromium downloads. A small site (~100 pages) is the reference for the
cold view's growth. Prints the figures and PASS/FAIL per budget; writes JSON with --json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import platform
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import browser, budgets, fixture, measure
from tests.support import sitekit

MEASURE_PAGE = "synthetic-0000/2024/measure-1-1/"
PREVIEW_AGENCY = "synthetic-0000"  # ILTOD_ONLY: the one-agency preview
REFERENCE_AGENCIES = 3  # about 100 pages


def machine() -> dict[str, Any]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem / 1024**2, 1),
        "python": platform.python_version(),
    }


def one_size(
    work: Path,
    agencies: int,
    measures: int,
    chrome: Any,
    lengths: Any,
    search: bool = True,
    vocabulary: Any = None,
) -> dict[str, Any]:
    """Build and measure both sites at one size."""
    repo = fixture.iltod_repo(work / "iltod", agencies, measures, lengths, vocabulary=vocabulary)
    pages = fixture.baseline_repo(repo, work / "baseline")
    load = os.getloadavg()[0]
    ours = measure.build(repo, work / "iltod-site")
    # One agency's update, then the rebuild that follows it: the build cache (.cache/, left by
    # the cold build above) makes only that agency's pages and office files again.
    changed = fixture.change_one_plan(repo)
    again = measure.build(repo, work / "iltod-rebuild")
    base = measure.build(work / "baseline", work / "baseline-site")
    preview = measure.build(repo, work / "preview-site", ILTOD_ONLY=PREVIEW_AGENCY)
    row: dict[str, Any] = {"agencies": agencies, "measures": measures, "pages": pages}
    row.update(
        build_s=round(ours.seconds, 1),
        baseline_build_s=round(base.seconds, 1),
        ratio_per_page=round(ours.seconds / base.seconds, 3),
        build_cpu_s=round(ours.cpu_seconds, 1),
        baseline_build_cpu_s=round(base.cpu_seconds, 1),
        peak_rss_mb=round(ours.peak_rss_mb),
        baseline_peak_rss_mb=round(base.peak_rss_mb),
        rebuild_s=round(again.seconds, 1),
        rebuild_ratio=round(again.seconds / ours.seconds, 3),
        rebuild_changed=changed,
        rebuild_cache=_cache_line(again.log),
        preview_s=round(preview.seconds, 1),
        preview_pages=_pages(work / "preview-site"),
        load_before=round(load, 2),
        load_after=round(os.getloadavg()[0], 2),
    )
    row.update(measure.site_stats(work / "iltod-site"))
    row["baseline"] = measure.site_stats(work / "baseline-site")
    site, base_site = work / "iltod-site", work / "baseline-site"
    with sitekit.serve(site) as url:
        row["cold_view_kb_gzip"], row["cold_view_requests"] = browser.cold_view_kb(
            chrome, url, site, url + MEASURE_PAGE
        )
        row.update(_search(chrome, site, url) if search else {"search_query_kb": None})
    with sitekit.serve(base_site) as url:
        row["baseline"]["cold_view_kb_gzip"], _ = browser.cold_view_kb(
            chrome, url, base_site, url + MEASURE_PAGE
        )
        if search:
            row["baseline"]["search_query_kb"], _ = browser.lunr_query_kb(
                chrome, url, base_site, url + MEASURE_PAGE
            )
    return row


def _cache_line(log: str) -> str | None:
    """What the build cache did, as the build logged it."""
    found = re.search(r"page cache: ([^\n]+)", log)
    return found.group(1).strip() if found else None


def _pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def _search(chrome: Any, site: Path, url: str) -> dict[str, Any]:
    if not (site / "pagefind" / "pagefind.js").is_file():
        return {
            "search_query_kb": None,
            "search_note": "no pagefind/ in the site: Pagefind is not on this branch yet",
        }
    kb, hits = browser.pagefind_query_kb(chrome, url, site, url + MEASURE_PAGE)
    common_kb, common_hits = browser.pagefind_query_kb(
        chrome, url, site, url + MEASURE_PAGE, browser.COMMON_QUERY
    )
    return {
        "search_query_kb": kb,
        "search_hits": hits,
        "search_query": browser.QUERY,
        "search_common_query_kb": common_kb,
        "search_common_hits": common_hits,
        "search_common_query": browser.COMMON_QUERY,
    }


def run(
    agencies: int, measures: int, factor: int, work: Path, text: str = "seed"
) -> dict[str, Any]:
    seed = fixture.seed_plan() if text == "seed" else None
    lengths = fixture.seed_lengths(seed) if seed else None
    vocabulary = fixture.seed_vocabulary(seed) if seed else None
    result: dict[str, Any] = {
        "synthetic": True,
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "text_lengths": text,
        "runs": [],
    }
    sizes = [agencies] + ([agencies * factor] if factor > 1 else [])
    with browser.chromium() as chrome:
        result["reference"] = one_size(
            work / "ref", REFERENCE_AGENCIES, measures, chrome, lengths, False, vocabulary
        )
        for n in sizes:
            print(f"… {n} agencies", flush=True)
            result["runs"].append(
                one_size(work / str(n), n, measures, chrome, lengths, vocabulary=vocabulary)
            )
            shutil.rmtree(work / str(n), ignore_errors=True)
    first, last = result["runs"][0], result["runs"][-1]
    result.update({k: v for k, v in first.items() if k != "baseline"})
    if len(result["runs"]) > 1:
        scale = math.log(last["pages"] / first["pages"])
        result["scaling_exponent"] = round(math.log(last["build_s"] / first["build_s"]) / scale, 3)
        result["baseline_scaling_exponent"] = round(
            math.log(last["baseline_build_s"] / first["baseline_build_s"]) / scale, 3
        )
    ref = result["reference"]["cold_view_kb_gzip"]
    result["cold_view_growth_pct"] = round(100 * (last["cold_view_kb_gzip"] - ref) / ref, 2)
    result["budgets"] = [vars(c) for c in budgets.check(result)]
    return result


def report(result: dict[str, Any]) -> str:
    keys = [
        "pages",
        "build_s",
        "baseline_build_s",
        "ratio_per_page",
        "build_cpu_s",
        "baseline_build_cpu_s",
        "peak_rss_mb",
        "baseline_peak_rss_mb",
        "site_mb",
        "page_html_kb_median",
        "cold_view_kb_gzip",
        "search_query_kb",
        "search_common_query_kb",
        "rebuild_s",
        "rebuild_ratio",
        "preview_s",
        "preview_pages",
        "load_before",
    ]
    lines = [
        f"SYNTHETIC fixture ({result['text_lengths']} text lengths) · "
        + result["machine"]["cpu"]
        + f" · {result['machine']['cpus']} CPUs"
    ]
    for r in result["runs"]:
        lines.append(f"{r['agencies']:>5} agencies: " + ", ".join(f"{k}={r.get(k)}" for k in keys))
        lines.append("       baseline: " + ", ".join(f"{k}={v}" for k, v in r["baseline"].items()))
    lines.append(
        f"scaling_exponent={result.get('scaling_exponent')} "
        f"(baseline {result.get('baseline_scaling_exponent')}), "
        f"cold view growth from {result['reference']['pages']} pages: "
        f"{result['cold_view_growth_pct']} %"
    )
    lines += [budgets.Check(**c).line() for c in result["budgets"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--agencies", type=int, required=True)
    parser.add_argument("--measures", type=int, default=25)
    parser.add_argument(
        "--factor", type=int, default=4, help="also run factor×N for the scaling exponent (1: skip)"
    )
    parser.add_argument(
        "--text",
        choices=["seed", "long"],
        default="seed",
        help="text lengths and words drawn from the real seed report (default), "
        "or iltod.synthetic's longer texts of 40 words",
    )
    parser.add_argument("--json", type=Path)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-bench-"))
    result = run(args.agencies, args.measures, args.factor, work, args.text)
    print(report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
