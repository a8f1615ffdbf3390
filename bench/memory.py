"""Where a build's memory goes: peak RSS by process and by phase, and what holds it.

    python -m bench.memory [--agencies 100] [--years 3] [--work DIR] [--trace] [--json FILE]

Run it from the repository root. Builds the SYNTHETIC fixture of ``bench.rebuild`` (N agencies
× 25 measures × Y reporting years, the main site of the newest year) from an empty cache, then
rebuilds it from that cache (nothing changed), each ``mkdocs build --strict`` in a child process
that reports, at the end of each of iltod's phases (loaded, files listed, pages rendered, build
finished): the build process's own resident set (``VmRSS``) and its high-water mark
(``VmHWM``). At the end it prints the build process's peak RSS and the largest peak of any
child it waited for (the forked page worker, the office workers, Pagefind): ``bench.rebuild``'s
figure (``os.wait4``) is the larger of the two, not their sum. ``--trace`` runs the builds
under :mod:`tracemalloc` (several times slower) and prints the 25 lines of code holding most of
the Python heap at each phase. Nothing is asserted; the figures are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import fixture
from bench import years as year_sites
from tests.support import sitekit

PHASES = {
    "on_config": "loaded",
    "on_nav": "files listed",
    "on_post_build": "pages rendered",
}
_REPORT = "ILTOD_MEMORY_REPORT"
_TRACE = "ILTOD_MEMORY_TRACE"


def _status() -> dict[str, float]:
    """The build process's VmRSS and VmHWM, in MB."""
    out: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            out[name] = int(value.split()[0]) / 1024
    return out


def _record(phase: str, rows: list[dict[str, Any]], trace: bool) -> None:
    import gc
    import tracemalloc

    row: dict[str, Any] = {"phase": phase, "t": round(time.process_time(), 1), **_status()}
    if trace and tracemalloc.is_tracing():
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
        row.update(traced_mb=round(current / 2**20, 1), traced_peak_mb=round(peak / 2**20, 1))
        top = tracemalloc.take_snapshot().statistics("lineno")[:25]
        row["top"] = [f"{s.size / 2**20:8.1f} MB {s.count:9d}  {s.traceback}" for s in top]
    rows.append(row)


def _child(config: str, out: str) -> None:
    """The build, in this process, with iltod's events wrapped to record each phase."""
    trace = os.environ.get(_TRACE) == "1"
    if trace:
        import tracemalloc

        tracemalloc.start()
    from mkdocs.__main__ import cli

    from iltod.engine import mkdocs_hooks as hooks

    rows: list[dict[str, Any]] = []
    for event, phase in PHASES.items():
        original = getattr(hooks, event)

        def wrapped(*args: Any, _o: Any = original, _p: str = phase, **kw: Any) -> Any:
            if _p == "pages rendered":
                _record(_p, rows, trace)
            result = _o(*args, **kw)
            if _p != "pages rendered":
                _record(_p, rows, trace)
            return result

        setattr(hooks, event, wrapped)
    try:
        cli.main(["build", "--strict", "-f", config, "-d", out], standalone_mode=False)
    finally:
        _record("finished", rows, trace)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        result = {"phases": rows, "build_process_mb": own, "largest_child_mb": children}
        Path(os.environ[_REPORT]).write_text(json.dumps(result), encoding="utf-8")


def build(repo: Path, out: Path, trace: bool, **env: str) -> dict[str, Any]:
    """One build in a child process; its phases, peaks and the ``os.wait4`` figure."""
    report = out.parent / f"{out.name}.memory.json"
    environ = sitekit.build_env(**env, **{_REPORT: str(report), _TRACE: "1" if trace else "0"})
    cmd = [sys.executable, "-m", "bench.memory", "--child", str(repo / "mkdocs.yml"), str(out)]
    log_path = out.parent / f"{out.name}.log"
    here = Path(__file__).resolve().parents[1]
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(here), environ.get("PYTHONPATH")]))
    with log_path.open("wb") as log:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=environ, cwd=repo)
        _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        text = log_path.read_text(encoding="utf-8", errors="replace")
        raise RuntimeError(f"build of {repo} failed:\n{text[-4000:]}")
    row: dict[str, Any] = json.loads(report.read_text(encoding="utf-8"))
    row["wait4_mb"] = usage.ru_maxrss / 1024
    row["seconds"] = round(time.perf_counter() - start, 1)
    row["cpu_s"] = round(usage.ru_utime + usage.ru_stime, 1)
    return row


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child(argv[1], argv[2])
        return 0
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument("--agencies", type=int, default=100)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--trace", action="store_true")
    parser.add_argument("--no-rebuild", action="store_true", help="the cold build only")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="iltod-memory-"))
    years = year_sites.years_of(args.years)
    repo = fixture.seeded_repo(work / "iltod", args.agencies, years)
    env = year_sites.main_env(years[-1], work / "storage") if years[:-1] else {}
    result: dict[str, Any] = {"agencies": args.agencies, "years": args.years}
    result["load_before"] = round(os.getloadavg()[0], 1)
    runs = ["cold"] if args.no_rebuild else ["cold", "rebuild"]
    for name in runs:
        row = build(repo, work / f"{name}-site", args.trace, **env)
        result[name] = row
        print(
            f"{name}: wait4 {row['wait4_mb']:.0f} MB = max(build process "
            f"{row['build_process_mb']:.0f} MB, largest child {row['largest_child_mb']:.0f} MB);"
            f" {row['seconds']} s wall, {row['cpu_s']} s CPU"
        )
        for p in row["phases"]:
            traced = (
                f", traced {p['traced_mb']} MB (peak {p['traced_peak_mb']})" if "top" in p else ""
            )
            print(
                f"  {p['phase']:15s} CPU {p['t']:6.1f} s  RSS {p['VmRSS']:6.0f} MB  "
                f"HWM {p['VmHWM']:6.0f} MB{traced}"
            )
            for line in p.get("top", []):
                print("     ", line)
    result["load_after"] = round(os.getloadavg()[0], 1)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
