"""``iltod years``: the reporting years of ``plans/``, newest first — what the deploy asks to
choose the main site's year and the archived years to build again (dev/deployment.md).

A year is a plan file's name, ``plans/<agency>/<year>.yml``. ``--changed-since REV`` keeps the
years whose plan files or evidence (``attachments/<agency>/<year>/``) differ between ``REV``
and ``HEAD``: an archived year is built again only when they did.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from iltod.cli import common
from iltod.history import git
from iltod.load import loader

NAME = "years"
HELP = "list the reporting years of plans/ (newest first); which changed since a revision"

_YEAR_PATHS = (
    re.compile(r"^plans/[^/]+/(\d{4})\.yml$"),
    re.compile(r"^attachments/[^/]+/(\d{4})/"),
)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--newest", action="store_true", help="only the newest year")
    p.add_argument("--before", type=int, metavar="YEAR", help="only the years before YEAR")
    p.add_argument(
        "--changed-since",
        metavar="REV",
        help="only the years whose plans or evidence changed between REV and HEAD",
    )
    p.add_argument("--format", choices=["lines", "json"], default="lines")


def run(args: argparse.Namespace) -> int:
    root = loader.find_root(Path.cwd())
    years = all_years(root)
    if args.before is not None:
        years = [y for y in years if y < args.before]
    if args.changed_since:
        changed = changed_years(root, args.changed_since)
        years = [y for y in years if y in changed]
    if args.newest:
        years = years[:1]
    print(json.dumps(years) if args.format == "json" else "\n".join(map(str, years)))
    return 0


def all_years(root: Path) -> list[int]:
    """Every year with a plan file in ``plans/``, newest first."""
    found = {
        int(p.stem)
        for p in loader.discover(root)
        if p.parent.parent == root / "plans" and re.fullmatch(r"\d{4}", p.stem)
    }
    return sorted(found, reverse=True)


def changed_years(root: Path, rev: str) -> set[int]:
    """The years whose plan files or evidence differ between ``rev`` and ``HEAD``."""
    try:
        base = git.resolve(root, rev)
        changes = git.diff(root, base, "HEAD", "plans/") + git.diff(
            root, base, "HEAD", "attachments/"
        )
    except git.GitError:
        raise common.usage(
            f"--changed-since {rev}: not a commit of this repository",
            f"--changed-since {rev}: энэ репозиторийн commit биш байна",
        ) from None
    years = set()
    for change in changes:
        for path in (change.old_path, change.new_path):
            for pattern in _YEAR_PATHS:
                if found := pattern.match(path):
                    years.add(int(found[1]))
    return years
