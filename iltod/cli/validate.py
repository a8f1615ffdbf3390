"""``iltod validate``: every problem of the plans, located and bilingual.

It exits 1 on what stops the strict build (the pull-request check), warnings included
(:mod:`iltod.diagnostics.strict`): a clerk told "all is well" here is never failed there.
"""

from __future__ import annotations

import argparse

from iltod.cli import common
from iltod.diagnostics import strict
from iltod.history.log import shallow_warning

NAME = "validate"
HELP = "check plan files; print every problem with file, line and column"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="plan files or folders (default: the repository)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    repo = common.load(args.paths)
    report = repo.report
    report.extend(shallow_warning(repo.root))  # the strict build stops on a shallow clone
    if args.format == "json":
        print(report.to_json())
    else:
        print(report.format(args.lang))
        if line := strict.verdict(report.diagnostics, args.lang):
            print(line)
    return 1 if any(strict.stops_strict(d) for d in report.diagnostics) else 0
