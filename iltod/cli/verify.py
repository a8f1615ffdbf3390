"""``iltod verify``: check a published site, a folder or one downloaded file against the
release manifest (``release.json``, iltod.release.verify).

``iltod verify https://example.mn/`` fetches every file the site's manifest names and compares
its SHA-256 and size; ``iltod verify site/`` does the same for a built or downloaded folder;
``iltod verify 2021.csv --manifest https://example.mn/`` says which file of the release a
download is. Exit 0 when everything matches, 1 naming each file that differs or is missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iltod.cli import common
from iltod.release import manifest, verify

NAME = "verify"
HELP = "check a published site, a folder or a downloaded file against its release.json"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("target", help="the site's address, a folder, or one downloaded file")
    p.add_argument(
        "--manifest",
        help="for one file: the release.json (or the site) it is checked against",
    )
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    try:
        if Path(args.target).is_file() and not args.target.endswith(manifest.NAME):
            return _one(Path(args.target), args.manifest)
        if args.manifest:
            raise common.usage(
                "--manifest is for one downloaded file", "--manifest нь нэг файлд зориулагдсан"
            )
        return _all(args.target)
    except verify.VerifyError as exc:
        print(f"iltod verify: error: {exc}", file=sys.stderr)
        return 1


def _one(path: Path, manifest: str | None) -> int:
    if not manifest:
        raise common.usage(
            "a downloaded file needs --manifest (the site's address or its release.json)",
            "татаж авсан файлд --manifest (сайтын хаяг эсвэл release.json) өгнө үү",
        )
    name, sha = verify.match_file(path, manifest)
    if name is None:
        print(
            f"{path}: NOT in the release (sha256 {sha})\n"
            f"    мн: энэ файл хувилбарын жагсаалтад алга — өөрчлөгдсөн байж болно",
            file=sys.stderr,
        )
        return 1
    print(f"{path}: OK, the release's {name} (sha256 {sha})")
    return 0


def _all(target: str) -> int:
    result = verify.check(target)
    for ref, problem in result.bad:
        print(f"{ref}: {problem}", file=sys.stderr)
    for ref in result.skipped:
        print(f"{ref}: not checked (published elsewhere; check its address)", file=sys.stderr)
    summary = f"{result.checked} files checked, {len(result.bad)} differ or missing"
    if not result.ok:
        print(f"iltod verify: FAILED: {summary}\n    мн: шалгалт амжилтгүй", file=sys.stderr)
        return 1
    print(f"iltod verify: OK: {summary}")
    return 0
