"""``iltod images``: run the evidence pipeline from the terminal, with a progress bar."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iltod.cli import common
from iltod.cli.terminal import ProgressBar
from iltod.diagnostics import Report
from iltod.evidence.publish import Counters, publish
from iltod.evidence.settings import Settings
from iltod.load.attachments import entries

NAME = "images"
HELP = "publish evidence photos (WebP, metadata removed) and files into a site folder"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="the repository or some of its plans (default: here)")
    p.add_argument("--out", required=True, help="the site folder to publish into")
    p.add_argument("--cache", help="encoded-image cache (default: <repository>/.cache/images)")
    p.add_argument("--workers", type=int, default=2, help="encoder processes (default: 2)")
    p.add_argument(
        "--max-size", type=float, default=20, help="largest attachment in MB (default: 20)"
    )
    bar = p.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress", action="store_true", default=None, help="always show the progress bar"
    )
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")
    common.add_lang(p)


def run(args: argparse.Namespace) -> int:
    repo = common.load(args.paths)
    settings = Settings(max_bytes=int(args.max_size * 1_000_000))
    cache_dir = Path(args.cache) if args.cache else repo.root / ".cache" / "images"
    bar = ProgressBar(enabled=args.progress)
    try:
        published = publish(
            entries(repo),
            Path(args.out),
            cache_dir,
            settings=settings,
            workers=args.workers,
            progress=bar,
        )
    finally:
        bar.close()
    report = Report(repo.report.diagnostics + published.report.diagnostics, set(repo.report.files))
    print(report.format(args.lang), file=sys.stderr)
    for note in published.notes():
        print(note, file=sys.stderr)
    print(summary(published.counters), file=sys.stderr)
    return 1 if report.errors else 0


def summary(c: Counters) -> str:
    ratio = f"{100 * c.bytes_out / c.bytes_in:.1f} %" if c.bytes_in else "-"
    return (
        f"images: {c.images} ({c.encoded} encoded, {c.cached} from cache), files: {c.copied} "
        f"copied, "
        f"{c.skipped} skipped; {c.bytes_in:,} bytes in → {c.bytes_out:,} bytes out ({ratio}); "
        f"encoding {c.encode_seconds:.1f} s of worker time"
    )
