"""``iltod export``: the normalized open-data document (JSON, CSV) or the IAAC report table
(XLSX, DOCX: one file per plan)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from iltod import opendata, review
from iltod.cli import common
from iltod.load.loader import Repository, UsageError
from iltod.model import Plan

NAME = "export"
HELP = "write the plans as JSON or CSV (with averages, statuses), or as IAAC XLSX/DOCX tables"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*")
    p.add_argument("--format", choices=["json", "csv", "xlsx", "docx"], default="json")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--as-of", help="judge overdue on this date (YYYY-MM-DD; default today)")
    common.add_force(p)
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    if args.output and args.format in ("json", "csv"):
        common.target(args.output, (f".{args.format}",), args.force)  # refuse before any work
    repo = common.load(args.paths)
    if repo.report.errors:
        print(repo.report.format(args.lang), file=sys.stderr)
        return 1
    if args.format in ("xlsx", "docx"):
        return _office(repo, args)
    on = dt.date.fromisoformat(args.as_of) if args.as_of else common.today()
    doc = opendata.to_dict(repo, on)
    text = (
        # a file gets the byte-order mark Excel needs (as the site's CSV); a pipe does not
        (opendata.CSV_BOM if args.output else "") + opendata.to_csv(doc)
        if args.format == "csv"
        else json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    )
    common.write(text, args.output, (f".{args.format}",), args.force)
    return 0


def _office(repo: Repository, args: argparse.Namespace) -> int:
    """Write each selected plan; ``-o`` is the file for one plan, a folder for several."""
    from iltod.iaac.write.docx import plan_docx  # imported here: only these formats need them
    from iltod.iaac.write.xlsx import plan_xlsx

    make = plan_xlsx if args.format == "xlsx" else plan_docx
    plans = sorted(repo.plans, key=lambda p: (p.plan.agency, p.plan.year))
    if not plans:
        raise UsageError("no plan selected to export")
    outs = _outputs(args.output, [pf.plan for pf in plans], f".{args.format}", args.force)
    tty = len(plans) > 1 and sys.stderr.isatty()
    for i, (pf, out) in enumerate(zip(plans, outs, strict=True), 1):
        af = repo.assessments.get((pf.plan.agency, pf.plan.year))
        # the reviewer's table beside the agency's claim, as the site's downloads have it
        reviews = review.of_plan(pf.plan, af.assessment if af else None)
        common.write_bytes(out, make(pf.plan, repo.agencies.get(pf.plan.agency), reviews=reviews))
        if tty:
            print(f"\r… {i}/{len(plans)} {out}", end="", file=sys.stderr, flush=True)
    if tty:
        print(file=sys.stderr)
    return 0


def _outputs(output: str | None, plans: list[Plan], suffix: str, force: bool) -> list[Path]:
    """The file of each plan, every one checked (:func:`common.target`) before the first is
    written: ``output`` itself for one plan, else ``<agency>-<year><suffix>`` in the folder
    ``output`` (default: here)."""
    as_folder = output and (output.endswith(("/", "\\")) or Path(output).is_dir())
    if output and not as_folder and len(plans) == 1:
        return [common.target(output, (suffix,), force)]
    folder = Path(output or ".")
    if output and not as_folder and (folder.suffix or folder.exists()):
        raise common.usage(
            f"{output}: {len(plans)} plans are selected, so -o must be a folder (end it in /); "
            "nothing written",
            f"{output}: {len(plans)} төлөвлөгөө сонгогдсон тул -o нь хавтас байх ёстой "
            "(/-ээр төгсгөнө үү); юу ч бичээгүй",
        )
    return [common.target(folder / f"{p.agency}-{p.year}{suffix}", (suffix,), force) for p in plans]
