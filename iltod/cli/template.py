"""``iltod template``: an Excel workbook in the IAAC layout for a clerk to fill in."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iltod.cli import common
from iltod.load import loader
from iltod.release.manifest import source_commit

NAME = "template"
HELP = "write an XLSX template (IAAC columns, percent drop-down, instructions)"


def run(args: argparse.Namespace) -> int:
    from iltod.iaac.write.xlsx import template_xlsx

    agency, commit = None, ""
    if args.agency:
        try:
            root = loader.find_root(Path.cwd())
            agency = loader.load(root).agencies.get(args.agency)
            commit = source_commit(root) or ""  # the stamp: what `iltod submit` merges against
        except loader.UsageError:
            agency = None
    out = common.target(args.output or f"iltod-template-{args.year}.xlsx", (".xlsx",), args.force)
    common.write_bytes(out, template_xlsx(args.year, agency=agency, commit=commit))
    print(f"wrote {out} / {out} файлыг бичив", file=sys.stderr)
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--year", type=int, required=True)
    p.add_argument(
        "--agency", help="pre-fill this agency's name and slug (from plans/<slug>/agency.yml)"
    )
    p.add_argument("-o", "--output", help="file to write (default: iltod-template-<year>.xlsx)")
    common.add_force(p)
