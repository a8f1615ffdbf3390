"""``iltod codeowners``: ``.github/CODEOWNERS`` from the agencies' owners."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iltod.history import codeowners
from iltod.load import loader

NAME = "codeowners"
HELP = "write .github/CODEOWNERS from the agencies' owners (--check: verify)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--check", action="store_true", help="exit 1 when the committed file is out of date"
    )
    p.add_argument(
        "--default-owner", nargs="+", metavar="@ORG/TEAM", help="owners of everything else"
    )
    p.add_argument(
        "--reviewer",
        nargs="+",
        metavar="@ORG/TEAM",
        help="the reviewing body's team: owners of plans/*/*.assessment.yml",
    )


def run(args: argparse.Namespace) -> int:
    code, lines = codeowners.run(
        loader.find_root(Path.cwd()), args.check, args.default_owner, args.reviewer
    )
    print("\n".join(lines), file=sys.stderr if code else sys.stdout)
    return code
