"""``iltod export``: the normalized open-data document (JSON, CSV) or the IAAC report table
(XLSX, DOCX: one file per plan)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from iltod import opendata
from iltod.cli import common
from iltod.load.loader import Repository, UsageError

NAME = "export"
HELP = "write the plans as JSON or CSV (with averages, statuses), or as IAAC XLSX/DOCX tables"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*")
    p.add_argument("--format", choices=["json", "csv", "xlsx", "docx"], default="json")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--as-of", help="judge overdue on this date (YYYY-MM-DD; default today)")
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    repo = common.load(args.paths)
    if repo.report.errors:
        print(repo.report.format(args.lang), file=sys.stderr)
        return 1
    if args.format in ("xlsx", "docx"):
        return _office(repo, args)
    doc = opendata.to_dict(repo, dt.date.fromisoformat(args.as_of) if args.as_of else None)
    text = (
        opendata.to_csv(doc)
        if args.format == "csv"
        else json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    )
    common.write(text, args.output)
    return 0


def _office(repo: Repository, args: argparse.Namespace) -> int:
    """Write each selected plan; ``-o`` is the file for one plan, a folder for several."""
    from iltod.iaac.write.docx import plan_docx  # imported here: only these formats need them
    from iltod.iaac.write.xlsx import plan_xlsx

    make = plan_xlsx if args.format == "xlsx" else plan_docx
    plans = sorted(repo.plans, key=lambda p: (p.plan.agency, p.plan.year))
    if not plans:
        raise UsageError("no plan selected to export")
    as_folder = args.output and (args.output.endswith(("/", "\\")) or Path(args.output).is_dir())
    single = len(plans) == 1 and args.output and not as_folder
    folder = Path(args.output) if args.output and not single else Path()
    tty = len(plans) > 1 and sys.stderr.isatty()
    for i, pf in enumerate(plans, 1):
        plan = pf.plan
        out = Path(args.output) if single else folder / f"{plan.agency}-{plan.year}.{args.format}"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(make(plan, repo.agencies.get(plan.agency)))
        if tty:
            print(f"\r… {i}/{len(plans)} {out}", end="", file=sys.stderr, flush=True)
    if tty:
        print(file=sys.stderr)
    return 0
