"""A cheap phone on a slow network: first paint and load of the measure, plan and home pages.

    python -m bench.phone --site DIR [--site LABEL=DIR …]        # built sites
    python -m bench.phone --agencies 20 [--against CHECKOUT]     # build the SYNTHETIC fixture

Run it from the repository root. Each site is served as GitHub Pages serves it (HTML, CSS,
JavaScript, JSON and SVG gzipped: :func:`bench.browser.gzip_server`) and opened in Debian's
Chromium on a cold cache at 375 px with the CPU 4× slower, on fast 3G and on slow 3G
(:data:`bench.browser.FAST_3G`, :data:`bench.browser.SLOW_3G`). Each figure is the median of
``--runs`` page views (3); the sites' views are interleaved, so that a busy moment of the machine
weighs on every site alike. Also prints the median HTML size of each page kind.

``--agencies N`` builds the SYNTHETIC national fixture (:func:`bench.fixture.iltod_repo`, the
seed report's text lengths and words, 25 measures) with this checkout; ``--against CHECKOUT``
builds the same fixture with another checkout's engine too (its mkdocs.yml, hooks, docs and
``iltod`` package; e.g. ``git archive <commit> | tar -x -C DIR``), labelled by its commit.
Timings are benchmarks, not test assertions: they move with the machine's load, which is
printed with them.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import browser, fixture, run
from tests.support import sitekit

NETWORKS = (browser.FAST_3G, browser.SLOW_3G)
# Page kinds whose HTML size is reported: glob patterns under the site's root.
HTML_KINDS = {
    "measure": "*/*/measure-*/index.html",
    "objective": "*/*/objective-*/index.html",
    "plan": "*/[0-9][0-9][0-9][0-9]/index.html",
    "print": "*/*/print/index.html",
    "agency": "*/index.html",
    "home": "index.html",
}
FIRST_MEASURE = "*/*/measure-1-1/index.html"


def pages(site: Path) -> dict[str, str]:
    """The pages timed: the first agency's first measure, its plan, and the home page (paths
    relative to the site's root)."""
    measure = min(
        (p for p in site.glob(FIRST_MEASURE) if not p.is_relative_to(site / "regions")),
        default=None,
    )
    if measure is None:
        raise SystemExit(f"{site}: no measure page ({FIRST_MEASURE})")
    folder = measure.parent.relative_to(site)
    return {"measure": f"{folder.as_posix()}/", "plan": f"{folder.parent.as_posix()}/", "home": ""}


def html_sizes(site: Path) -> dict[str, dict[str, int]]:
    """Median, largest and count of the HTML files of each page kind, in bytes."""
    out = {}
    for kind, pattern in HTML_KINDS.items():
        sizes = sorted(
            p.stat().st_size
            for p in site.glob(pattern)
            if not p.is_relative_to(site / "regions") and (kind != "agency" or _is_agency(p))
        )
        if sizes:
            median = round(statistics.median(sizes))
            out[kind] = {"median": median, "max": sizes[-1], "n": len(sizes)}
    return out


def _is_agency(index: Path) -> bool:
    """An agency's page: its folder holds plan folders (years)."""
    return any(child.name.isdigit() for child in index.parent.iterdir() if child.is_dir())


def measure_sites(sites: dict[str, Path], runs: int, chrome: Any = None) -> dict[str, Any]:
    """Phone timings of each site's pages on each network, interleaved; medians of ``runs``
    (in ``chrome``, a running Chromium, or one started here)."""
    views: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    with contextlib.ExitStack() as stack:
        if chrome is None:
            chrome = stack.enter_context(browser.chromium())
        served = {label: stack.enter_context(browser.gzip_server(d)) for label, d in sites.items()}
        paths = {label: pages(d) for label, d in sites.items()}
        for _ in range(runs):
            for net in NETWORKS:
                for kind in ("measure", "plan", "home"):
                    for label, base in served.items():
                        view = browser.phone_timings(chrome, base + paths[label][kind], net)
                        views.setdefault((label, net.name, kind), []).append(view)
    out: dict[str, Any] = {}
    for (label, net_name, kind), seen in views.items():
        row = {
            key: round(statistics.median(v[key] for v in seen))
            for key in ("fcp_ms", "load_ms", "settled_ms", "bytes_gzip", "requests")
        }
        row["views"] = [{k: v[k] for k in ("fcp_ms", "load_ms", "settled_ms")} for v in seen]
        row["urls"] = seen[0]["urls"]
        out.setdefault(label, {}).setdefault(net_name, {})[kind] = row
    return out


def build_fixture(work: Path, agencies: int, engines: dict[str, Path]) -> dict[str, Path]:
    """The SYNTHETIC fixture of ``agencies`` agencies, built once with each engine (a checkout:
    its mkdocs.yml, hooks, docs and iltod package); label → built site."""
    seed = fixture.seed_plan()
    repo = fixture.iltod_repo(
        work / "repo",
        agencies,
        25,
        fixture.seed_lengths(seed),
        vocabulary=fixture.seed_vocabulary(seed),
    )
    sites = {}
    for label, engine in engines.items():
        for config in ("mkdocs.yml", "mkdocs.en.yml"):
            shutil.copy(engine / config, repo / config)
        for folder in ("hooks", "docs"):
            shutil.rmtree(repo / folder)
            shutil.copytree(engine / folder, repo / folder)
        out = work / f"site-{len(sites)}"
        env = {**sitekit.build_env(), "PYTHONPATH": str(engine)}
        cmd = sitekit.build_command(repo, out)
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=engine)
        if done.returncode != 0:
            raise SystemExit(f"build with {engine} failed:\n{done.stdout[-3000:]}{done.stderr}")
        sites[label] = out
        print(f"… built {agencies} agencies with {label}", flush=True)
    return sites


def _commit(checkout: Path) -> str:
    done = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=checkout, capture_output=True, text=True
    )
    return done.stdout.strip() or checkout.name


def report(result: dict[str, Any]) -> str:
    labels = list(result["html"])
    lines = [
        "HTML bytes, median (largest) of each page kind",
        f"{'':10}" + "".join(f"{label:>24}" for label in labels),
    ]
    for kind in HTML_KINDS:
        cells = [result["html"][label].get(kind) for label in labels]
        if any(cells):
            lines.append(
                f"{kind:10}"
                + "".join(
                    f"{c['median']:>14,} ({c['max']:>7,})" if c else f"{'':>24}" for c in cells
                )
            )
    for net in NETWORKS:
        lines += [
            "",
            (
                f"{net.name}: {net.latency_ms:g} ms, {net.down_bps * 8 / 1024:g} kbit/s down; "
                f"CPU ×{browser.CPU_SLOWDOWN}, 375 px; median of {result['runs']} cold views"
            ),
            (
                f"{'page':9}{'site':>18}{'FCP ms':>9}{'load ms':>9}{'settled':>9}{'KB gzip':>9}"
                f"{'requests':>9}"
            ),
        ]
        for kind in ("measure", "plan", "home"):
            for label in labels:
                r = result["timings"][label][net.name][kind]
                lines.append(
                    f"{kind:9}{label:>18}{r['fcp_ms']:>9,}{r['load_ms']:>9,}{r['settled_ms']:>9,}"
                    f"{r['bytes_gzip'] / 1024:>9.1f}{r['requests']:>9}"
                )
    lines.append(f"\nload average before: {result['load_before']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.phone", description=__doc__)
    parser.add_argument("--site", action="append", default=[], help="[LABEL=]DIR of a built site")
    parser.add_argument("--agencies", type=int, help="build the SYNTHETIC fixture of N agencies")
    parser.add_argument("--against", type=Path, help="another checkout to build the fixture with")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    sites = {}
    for item in args.site:
        label, _, folder = item.rpartition("=")
        sites[label or Path(folder).name] = Path(folder)
    with contextlib.ExitStack() as stack:
        if args.agencies:
            work = args.work or Path(stack.enter_context(tempfile.TemporaryDirectory()))
            engines = {}
            if args.against:
                engines[f"{_commit(args.against.resolve())} (against)"] = args.against.resolve()
            engines[f"{_commit(sitekit.ROOT)} (this)"] = sitekit.ROOT
            sites.update(build_fixture(work, args.agencies, engines))
        if not sites:
            parser.error("give --site or --agencies")
        result: dict[str, Any] = {
            "synthetic": bool(args.agencies),
            "agencies": args.agencies,
            "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": run.machine(),
            "load_before": round(os.getloadavg()[0], 2),
            "runs": args.runs,
            "html": {label: html_sizes(d) for label, d in sites.items()},
        }
        result["timings"] = measure_sites(sites, args.runs)
        result["load_after"] = round(os.getloadavg()[0], 2)
    print(report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
