"""Measurements of one build: wall time and peak RSS of the ``mkdocs build`` child, and the size
of what it wrote."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from tests.support import sitekit


@dataclass
class Build:
    seconds: float
    cpu_seconds: float  # user + system of the build and every child it waited for
    peak_rss_mb: float
    log: str


def build(repo: Path, out: Path, **env: str) -> Build:
    """``mkdocs build --strict`` of ``repo`` in a child process; wall time and the child's peak RSS.

    ``os.wait4`` returns the rusage of that one child (and the children it waited for, such as an
    indexer run from a hook), so two builds in one run do not mix their peaks.
    """
    environ = sitekit.build_env(**env)
    cmd = sitekit.build_command(repo, out)
    log_path = out.parent / f"{out.name}.log"
    with log_path.open("wb") as log:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=environ, cwd=repo)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    if child.returncode != 0:
        raise RuntimeError(f"build of {repo} failed ({child.returncode}):\n{text[-4000:]}")
    return Build(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text)


def tree_bytes(folder: Path) -> int:
    """Bytes of every file under ``folder`` (what a Pages artifact counts, not disk blocks)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def site_stats(site: Path) -> dict[str, float]:
    """Total size, its split, and measure-page HTML sizes."""
    measures = sorted(p.stat().st_size for p in site.glob("*/*/measure-*/index.html"))
    html = sum(p.stat().st_size for p in site.rglob("*.html"))
    total = tree_bytes(site)
    return {
        "site_mb": round(total / 1e6, 1),
        "site_html_mb": round(html / 1e6, 1),
        "site_data_mb": round(tree_bytes(site / "data") / 1e6, 1)
        if (site / "data").is_dir()
        else 0.0,
        "files": sum(1 for p in site.rglob("*") if p.is_file()),
        "page_html_kb_median": round(statistics.median(measures) / 1024, 1) if measures else None,
        "page_html_kb_max": round(measures[-1] / 1024, 1) if measures else None,
    }
