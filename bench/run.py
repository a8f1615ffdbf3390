"""National-scale benchmark: iltod against stock MkDocs + Material on the same SYNTHETIC pages.

    python -m bench.run --agencies 100 [--years 3] [--measures 25] [--factor 4]
                        [--json bench/out/100.json] [--work DIR]

Run it from the repository root.

In one run, for N and factor×N agencies: generate the fixture, build it with iltod and build the
baseline (the same pages as Markdown, stock Material with navigation.prune and its search), then
measure sizes and what Chromium downloads. A small site (~100 pages) is the reference for the
cold view's growth. Prints the figures and PASS/FAIL per budget; writes JSON with --json.

``--years Y`` (default 1) gives every agency a plan for each of Y reporting years ending in 2024
(3: 2022, 2023, 2024), published as the national deploy publishes them with one site per
reporting year (dev/deployment.md):

- the iltod build measured as "the" build (build time, peak RSS, sizes, cold view, search, the
  rebuild after one agency's update and the one-agency preview) is the **main site**: the
  newest year's pages only (``ILTOD_YEARS``), the earlier years linked at their archive's
  address (``ILTOD_ARCHIVE_URL``), the open data written outside the site (``ILTOD_DATA_DIR``)
  and linked where storage publishes it (``ILTOD_DATA_BASE_URL``). The baseline has the same
  pages, the newest year's, so the ratio per page compares like with like;
- each earlier year is built once as ``iltod archive`` builds its Mongolian site
  (``ILTOD_YEARS``, ``ILTOD_ARCHIVE_URL``, ``ILTOD_MAIN_URL``, its own ``ILTOD_SITE_URL``).

Each run row then has ``years``, ``per_year`` (year, build_s, peak_rss_mb, pages, site_mb of
every year's Mongolian site, the main site's own year from the main build), ``storage_mb`` (what
goes to S3-compatible storage instead of Pages: each archived year and the open-data folder) and
``largest_artifact_mb``: the size of the largest artifact published to GitHub Pages (bytes of
every file, MB = 10^6), whose limit is 1 GB. Only the main site goes to Pages, so it is the main
site's size; with one year it is the whole site, open data included, as today. (The English
sites are not built here: ``python -m bench.years`` measures both languages of each year.)
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
from bench import years as year_sites
from iltod.cli.archive import MARK
from tests.support import sitekit

MEASURE_PAGE = "synthetic-0000/{year}/measure-1-1/"  # of the newest year, in the main site
PREVIEW_AGENCY = "synthetic-0000"  # ILTOD_ONLY: the one-agency preview
PHONE_RUNS = 3  # cold views of each page on each network; the median is reported
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
    years: tuple[int, ...] = (2024,),
) -> dict[str, Any]:
    """Build and measure both sites at one size; with more than one of ``years``, the main site
    of the newest year and an archive of each earlier one (the module's docstring)."""
    repo = fixture.iltod_repo(
        work / "iltod", agencies, measures, lengths, vocabulary=vocabulary, years=years
    )
    current, archived = years[-1], years[:-1]
    data_dir = work / "storage" / "data"
    env = year_sites.main_env(current, data_dir.parent) if archived else {}
    pages = fixture.baseline_repo(repo, work / "baseline", [current] if archived else None)
    load = os.getloadavg()[0]
    ours = measure.build(repo, work / "iltod-site", **env)
    _check_main(work / "iltod-site", current, archived)
    # Measured now: the rebuild and the preview below write their open data there as well.
    data_mb = _mb(data_dir) if data_dir.is_dir() else None
    # One agency's update, then the rebuild that follows it: the build cache (.cache/, left by
    # the cold build above) makes only that agency's pages and office files again.
    changed = fixture.change_one_plan(repo)
    again = measure.build(repo, work / "iltod-rebuild", **env)
    base = measure.build(work / "baseline", work / "baseline-site")
    preview = measure.build(repo, work / "preview-site", ILTOD_ONLY=PREVIEW_AGENCY, **env)
    per_year = [_archive(repo, work / f"archive-{year}", year) for year in archived]
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
    main = {"year": current, "site": "main", "published_to": "pages"}
    main.update(build_s=row["build_s"], peak_rss_mb=row["peak_rss_mb"])
    main.update(pages=_pages(work / "iltod-site"), site_mb=row["site_mb"])
    row.update(years=len(years), per_year=[*per_year, main], largest_artifact_mb=row["site_mb"])
    row["storage_mb"] = {f"archive {y['year']}": y["site_mb"] for y in per_year}
    if archived:
        row["storage_mb"]["open data"] = data_mb
        if data_mb is None:
            row["data_dir_note"] = (
                "ILTOD_DATA_DIR not honoured: no storage/data folder; the open data is in the main "
                f"site's data/ ({row['site_data_mb']} MB), counted in its size"
            )
    row["baseline"] = measure.site_stats(work / "baseline-site")
    site, base_site = work / "iltod-site", work / "baseline-site"
    page = MEASURE_PAGE.format(year=current)
    with sitekit.serve(site) as url:
        row["cold_view_kb_gzip"], row["cold_view_requests"] = browser.cold_view_kb(
            chrome, url, site, url + page
        )
        row.update(_search(chrome, site, url, page) if search else {"search_query_kb": None})
    if search:  # a phone on slow and fast 3G, the site served gzipped as Pages serves it
        row["phone"] = _phone(site, chrome)
    with sitekit.serve(base_site) as url:
        row["baseline"]["cold_view_kb_gzip"], _ = browser.cold_view_kb(
            chrome, url, base_site, url + page
        )
        if search:
            row["baseline"]["search_query_kb"], _ = browser.lunr_query_kb(
                chrome, url, base_site, url + page
            )
    return row


def _archive(repo: Path, site: Path, year: int) -> dict[str, Any]:
    """An earlier year's Mongolian site, built as ``iltod archive`` builds it, and measured."""
    built = measure.build(repo, site, **year_sites.archive_env(year))
    home = (site / "index.html").read_text(encoding="utf-8", errors="replace")
    if MARK not in home:
        raise RuntimeError(f"{site}: the {year} build is not an archive (no {MARK} on its home)")
    return {
        "year": year,
        "site": "archive",
        "published_to": "storage",
        "build_s": round(built.seconds, 1),
        "peak_rss_mb": round(built.peak_rss_mb),
        "pages": _pages(site),
        "site_mb": _mb(site),
    }


def _check_main(site: Path, current: int, archived: tuple[int, ...]) -> None:
    """The main site holds the current year's pages and none of an earlier year's (else
    ILTOD_YEARS was not honoured and its figures would be a site of every year's)."""
    agency = site / PREVIEW_AGENCY
    if not (agency / str(current)).is_dir():
        raise RuntimeError(f"{site}: no {current} pages in the main site")
    stray = [year for year in archived if (agency / str(year)).exists()]
    if stray:
        raise RuntimeError(f"{site}: the main site has pages of {stray}: ILTOD_YEARS not honoured")


def _mb(folder: Path) -> float:
    """Bytes of every file under ``folder`` (what an artifact or a bucket counts), in MB."""
    return round(measure.tree_bytes(folder) / 1e6, 1)


def _phone(site: Path, chrome: Any) -> dict[str, Any]:
    """First paint and load of the measure, plan and home pages on a cheap phone
    (:mod:`bench.phone`): network → page kind → medians of PHONE_RUNS cold views."""
    from bench import phone  # bench.phone imports this module

    timed = phone.measure_sites({"iltod": site}, PHONE_RUNS, chrome)["iltod"]
    keep = ("fcp_ms", "load_ms", "bytes_gzip", "requests")
    return {
        net: {k: {f: v[f] for f in keep} for k, v in kinds.items()} for net, kinds in timed.items()
    }


def _cache_line(log: str) -> str | None:
    """What the build cache did, as the build logged it."""
    found = re.search(r"page cache: ([^\n]+)", log)
    return found.group(1).strip() if found else None


def _pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("index.html"))


def _search(chrome: Any, site: Path, url: str, page: str) -> dict[str, Any]:
    if not (site / "pagefind" / "pagefind.js").is_file():
        return {
            "search_query_kb": None,
            "search_note": "no pagefind/ in the site: Pagefind is not on this branch yet",
        }
    kb, hits = browser.pagefind_query_kb(chrome, url, site, url + page)
    common_kb, common_hits = browser.pagefind_query_kb(
        chrome, url, site, url + page, browser.COMMON_QUERY
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
    agencies: int, measures: int, factor: int, work: Path, text: str = "seed", years: int = 1
) -> dict[str, Any]:
    reporting_years = year_sites.years_of(years)
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
            work / "ref",
            REFERENCE_AGENCIES,
            measures,
            chrome,
            lengths,
            False,
            vocabulary,
            reporting_years,
        )
        for n in sizes:
            print(f"… {n} agencies" + (f" × {years} years" if years > 1 else ""), flush=True)
            result["runs"].append(
                one_size(
                    work / str(n),
                    n,
                    measures,
                    chrome,
                    lengths,
                    vocabulary=vocabulary,
                    years=reporting_years,
                )
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
        "largest_artifact_mb",
    ]
    lines = [
        f"SYNTHETIC fixture ({result['text_lengths']} text lengths) · "
        + result["machine"]["cpu"]
        + f" · {result['machine']['cpus']} CPUs"
    ]
    for r in result["runs"]:
        lines.append(f"{r['agencies']:>5} agencies: " + ", ".join(f"{k}={r.get(k)}" for k in keys))
        lines.append("       baseline: " + ", ".join(f"{k}={v}" for k, v in r["baseline"].items()))
        lines += _years_table(r)
        for net, kinds in r.get("phone", {}).items():
            lines.append(
                f"       phone, {net}: "
                + ", ".join(
                    f"{k} FCP {v['fcp_ms']} ms / load {v['load_ms']} ms" for k, v in kinds.items()
                )
            )
    lines.append(
        f"scaling_exponent={result.get('scaling_exponent')} "
        f"(baseline {result.get('baseline_scaling_exponent')}), "
        f"cold view growth from {result['reference']['pages']} pages: "
        f"{result['cold_view_growth_pct']} %"
    )
    lines += [budgets.Check(**c).line() for c in result["budgets"]]
    return "\n".join(lines)


def _years_table(row: dict[str, Any]) -> list[str]:
    """Each year's Mongolian site of one run, and where it is published."""
    storage = row.get("storage_mb") or {}
    stored = ", ".join(f"{k} {'n/a' if v is None else v} MB" for k, v in storage.items())
    if storage:
        stored += f" (total {sum(v for v in storage.values() if v is not None):.1f} MB)"
    largest = row.get("largest_artifact_mb")
    summary = (
        f"       {row.get('years', 1)} year{'s' * (row.get('years', 1) > 1)}: "
        "largest Pages artifact (the main site) "
        f"{largest} MB; to storage: {stored or 'nothing'}"
    )
    head = ("year", "site", "to", "pages", "site MB", "build s", "RSS MB")
    lines = [summary, "       {:>6} {:<8}{:<9}{:>7}{:>9}{:>9}{:>8}".format(*head)]
    for y in row.get("per_year") or []:
        lines.append(
            f"       {y['year']:>6} {y['site']:<8}{y['published_to']:<9}{y['pages']:>7}"
            f"{y['site_mb']:>9}{y['build_s']:>9}{y['peak_rss_mb']:>8}"
        )
    if row.get("data_dir_note"):
        lines.append(f"       note: {row['data_dir_note']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--agencies", type=int, required=True)
    parser.add_argument(
        "--years",
        type=int,
        default=1,
        help="reporting years per agency, ending in 2024 (default 1); with more, the main site "
        "of the newest year and an archive of each earlier year",
    )
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
    if args.years < 1:
        parser.error(f"--years: expected a whole number ≥ 1, got {args.years}")
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-bench-"))
    result = run(args.agencies, args.measures, args.factor, work, args.text, args.years)
    print(report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
