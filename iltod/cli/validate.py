"""``iltod validate``: every problem of the plans, located and bilingual."""

from __future__ import annotations

import argparse

from iltod.cli import common

NAME = "validate"
HELP = "check plan files; print every problem with file, line and column"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="plan files or folders (default: the repository)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    report = common.load(args.paths).report
    print(report.to_json() if args.format == "json" else report.format(args.lang))
    return 1 if report.errors else 0
