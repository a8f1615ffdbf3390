"""``iltod diff``: what a revision changes in the plans, as Markdown for a pull request."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iltod.cli import common
from iltod.history import diff
from iltod.load import loader

NAME = "diff"
HELP = "summarize plan changes between two revisions (Markdown for pull requests)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("rev1", help="base revision, e.g. origin/main")
    p.add_argument("rev2", nargs="?", default="HEAD", help="revision to compare (default HEAD)")
    p.add_argument("--format", choices=["markdown", "json"], default="markdown")


def run(args: argparse.Namespace) -> int:
    root = loader.find_root(Path.cwd())
    summary = diff.summarize(root, args.rev1, args.rev2, common.regions(root))
    sys.stdout.write(diff.to_json(summary) if args.format == "json" else diff.to_markdown(summary))
    return 1 if summary.report.errors else 0
