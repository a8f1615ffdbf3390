"""``iltod export --format xlsx|docx``: one file per plan in the IAAC table layout."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iltod.loader import Repository, UsageError


def write_office(repo: Repository, args: argparse.Namespace) -> int:
    """Write each selected plan; ``-o`` is the file for one plan, a folder for several."""
    from iltod.exporters.docx import plan_docx
    from iltod.exporters.xlsx import plan_xlsx

    make = plan_xlsx if args.format == "xlsx" else plan_docx
    plans = sorted(repo.plans, key=lambda p: (p.plan.agency, p.plan.year))
    if not plans:
        raise UsageError("no plan selected to export")
    as_folder = args.output and (args.output.endswith(("/", "\\")) or Path(args.output).is_dir())
    single = len(plans) == 1 and args.output and not as_folder
    folder = Path(args.output) if args.output and not single else Path(".")
    for i, pf in enumerate(plans, 1):
        plan = pf.plan
        out = Path(args.output) if single else folder / f"{plan.agency}-{plan.year}.{args.format}"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(make(plan, repo.agencies.get(plan.agency)))
        if len(plans) > 1 and sys.stderr.isatty():
            print(f"\r… {i}/{len(plans)} {out}", end="", file=sys.stderr, flush=True)
    if len(plans) > 1 and sys.stderr.isatty():
        print(file=sys.stderr)
    return 0
