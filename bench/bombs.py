"""Peak memory and time of the worst inputs of issue 27 (rows 1–3), against a normal file.

    python -m bench.bombs [--cases NAME …] [--full]

Run it from the repository root. Each hostile file (SYNTHETIC, made by tests/support/bombs.py)
is written to a temporary folder, then read in its own process by the reader that met it in
the issue: ``import_bytes`` for a report (row 3), for an evidence document the check
``iltod validate`` runs and the cleaning the build runs (rows 1 and 2). The peak RSS is that
process's, read by GNU time (``/usr/bin/time -f %M``); the baseline is a normal report or
document read the same way in the same run. Prints, per case, the outcome (the diagnostic
code, or "read"), seconds, peak MB and the ratio to the baseline. ``--full`` makes the issue's
own sizes (a 3 GiB part, 2 GiB of whitespace, 1,000,000 rows); without it they are smaller
(the same bombs, quicker to make). Not a timed test.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from tests.support import bombs

GiB = 1 << 30
TIMEOUT = 120
"""Seconds a case may take before it counts as "no answer" (and its process group is killed)."""
PIPE = subprocess.PIPE


def cases(full: bool) -> dict[str, tuple[Callable[[], bytes], str]]:
    big = 3 * GiB if full else 600 << 20
    white = 2 * GiB if full else 600 << 20
    rows = 1_000_000 if full else 200_000
    return {
        "baseline: a report of 30 rows (xlsx)": (lambda: bombs._workbook(30), "import.xlsx"),
        "baseline: a report (docx)": (bombs._document, "import.docx"),
        "baseline: a Word document (evidence)": (bombs._document, "evidence.docx"),
        f"row 1: a docx part inflating to {big >> 20} MiB (evidence)": (
            lambda: bombs.inflating_docx(big),
            "evidence.docx",
        ),
        "row 2: a billion laughs in core.xml (evidence)": (bombs.laughs_docx, "evidence.docx"),
        "row 3: merged range A3:XFD1048576": (bombs.merged_xlsx, "import.xlsx"),
        "row 3: one cell at XFD1048576": (bombs.far_cell_xlsx, "import.xlsx"),
        "row 3: 300 HTML cells, rowspan/colspan 1000": (bombs.spans_html, "import.html"),
        "row 3: w:gridSpan 2,000,000,000": (bombs.gridspan_docx, "import.docx"),
        f"row 3: {white >> 20} MiB of whitespace in sheetData": (
            lambda: bombs.whitespace_xlsx(white),
            "import.xlsx",
        ),
        f"row 3: {rows:,} rows": (lambda: bombs.rows_xlsx(rows), "import.xlsx"),
        # the largest sheet within the bounds (iltod.untrusted.LIMITS.cells): read, not refused
        "within bounds: 10,000 rows x 10 cells": (
            lambda: bombs.rows_xlsx(10_000, 10),
            "import.xlsx",
        ),
        "within bounds: 1,000 rows x 100 cells": (
            lambda: bombs.rows_xlsx(1_000, 100),
            "import.xlsx",
        ),
    }


def one(how: str, path: Path) -> None:
    """In the measured process: read ``path`` as ``how`` says; print the outcome."""
    start = time.perf_counter()
    if how.startswith("import"):
        from iltod.iaac.read import Meta, import_bytes

        meta = Meta(agency="synthetic", year=2021)
        result = import_bytes(path.read_bytes(), f"report{path.suffix}", meta)
        errors = [d.code for d in result.diagnostics if d.severity == "error"]
        outcome = ",".join(sorted(set(errors))) or "read"
    else:
        from iltod.evidence import scrub

        problems = scrub.check(path, ".docx")  # iltod validate
        outcome = ",".join(p.code for p in problems)
        if not problems:  # the build cleans what validate accepted
            with tempfile.TemporaryDirectory() as tmp:
                scrub.clean(path, ".docx", Path(tmp) / "out.docx")
            outcome = "published"
    print(f"{outcome}\t{time.perf_counter() - start:.2f}")


def measure(how: str, path: Path) -> tuple[str, float, float]:
    cmd = ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "bench.bombs", "--one", how]
    with subprocess.Popen(
        [*cmd, str(path)], stdout=PIPE, stderr=PIPE, text=True, start_new_session=True
    ) as proc:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the reader too, not only GNU time
            proc.communicate()
            return f"no answer in {TIMEOUT} s", float(TIMEOUT), float("nan")
    last = err.strip().splitlines()[-1] if err.strip() else ""
    peak_kb = int(last) if last.isdigit() else 0
    if proc.returncode != 0:
        why = "MemoryError" if "MemoryError" in err else f"exit {proc.returncode}"
        return why, 0.0, peak_kb / 1024
    done = subprocess.CompletedProcess(cmd, 0, out, err)
    outcome, seconds = done.stdout.strip().splitlines()[-1].split("\t")
    return outcome, float(seconds), peak_kb / 1024


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--full", action="store_true", help="the issue's own sizes")
    p.add_argument("--cases", nargs="*", help="substrings of the case names to run")
    p.add_argument("--one", nargs=2, metavar=("HOW", "FILE"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.one:
        one(args.one[0], Path(args.one[1]))
        return
    wanted = args.cases or [""]
    chosen = {k: v for k, v in cases(args.full).items() if any(c in k for c in wanted)}
    baseline: dict[str, float] = {}
    print(f"{'case':<58} {'file MB':>8} {'outcome':>10} {'s':>6} {'peak MB':>8} {'× base':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (make, how) in chosen.items():
            path = Path(tmp) / how
            path.write_bytes(make())
            size = path.stat().st_size / 1e6
            outcome, seconds, peak = measure(how, path)
            kind = how.split(".")[0]
            if name.startswith("baseline"):
                baseline.setdefault(kind, peak)
            ratio = peak / baseline[kind] if kind in baseline else float("nan")
            figures = f"{size:>8.2f} {outcome:>10} {seconds:>6.2f} {peak:>8.0f} {ratio:>7.2f}"
            print(f"{name:<58} {figures}")
            path.unlink()


if __name__ == "__main__":
    main()
