"""``iltod submit``: apply a clerk's uploaded report (and evidence) to the plan it reports on,
and print the pull request's description. Nothing is written on an error or a conflict.

Exit codes: 0 applied (or nothing to change), 1 errors, 2 usage, 3 conflicts.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from iltod.cli import common
from iltod.load import loader
from iltod.submit import Request, apply, body, event
from iltod.submit.evidence import Upload, split

NAME = "submit"
HELP = "apply an uploaded report and evidence to a plan; print the pull request's description"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("report", nargs="?", help="the uploaded report (.xlsx, .docx, .html, .txt)")
    p.add_argument("--agency", help="the agency's slug (plans/<slug>/)")
    p.add_argument("--year", type=int, help="the plan's year")
    p.add_argument(
        "--event",
        help="a GitHub issue event's payload (the submission form): the agency, year, report "
        "and evidence are read from it and the uploads downloaded from GitHub",
    )
    p.add_argument(
        "--evidence",
        nargs="*",
        default=[],
        metavar="FILE",
        help="evidence files: MEASURE=FILE (1.3=photo.jpg) or a file named after its measure "
        "('1.3 photo.jpg')",
    )
    p.add_argument("--base", help="the commit the report was downloaded from (default: stamp)")
    p.add_argument("--issue", type=int, help="the issue the report was submitted through")
    p.add_argument("--submitter", help="the submitter's GitHub login")
    p.add_argument("--name", help="the report's original file name (default: REPORT's)")
    p.add_argument("--comment", help="also write the issue comment (Markdown) to this file")
    p.add_argument(
        "--message", help="also write the commit message (with its trailers) to this file"
    )
    p.add_argument(
        "--meta",
        help="also write what the commit's trailers record (JSON: status, issue, submitter, "
        "the original's name and SHA-256) to this file",
    )
    common.add_lang(p)


def _read(path: str, name: str | None = None) -> Upload:
    if not Path(path).is_file():
        raise loader.UsageError(f"{path}: no such file")
    return Upload(name or Path(path).name, Path(path).read_bytes())


def run(args: argparse.Namespace) -> int:
    root = loader.find_root(Path.cwd())
    if args.event:
        return _from_event(root, args)
    if not (args.report and args.agency and args.year):
        raise loader.UsageError("REPORT, --agency and --year are required (or --event)")
    evidence = []
    for given in args.evidence:
        measure, path = split(given)
        evidence.append((measure, _read(path)))
    req = Request(
        _read(args.report, args.name),
        args.agency,
        args.year,
        evidence,
        args.base,
        args.issue,
        args.submitter,
    )
    return _apply(root, req, args)


def _from_event(root: Path, args: argparse.Namespace) -> int:
    path = Path(args.event)
    if not path.is_file():
        raise loader.UsageError(f"{path}: no such file")
    sub, req = event.request(json.loads(path.read_text(encoding="utf-8")), event.download)
    if req is None:
        text = body.incomplete(sub.problems)
        sys.stdout.write(text)
        if args.comment:
            Path(args.comment).write_text(text, encoding="utf-8")
        return 1
    return _apply(root, req, args)


def _apply(root: Path, req: Request, args: argparse.Namespace) -> int:
    out = apply(root, req)
    sys.stdout.write(body.pull_request(out))
    if args.comment:
        Path(args.comment).write_text(body.comment(out), encoding="utf-8")
    if args.message:
        Path(args.message).write_text(body.trailers(out), encoding="utf-8")
    if args.meta:
        Path(args.meta).write_text(json.dumps(body.meta(out), ensure_ascii=False), encoding="utf-8")
    print(out.report.format(args.lang), file=sys.stderr)
    return out.exit_code
