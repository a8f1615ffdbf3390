"""The ``iltod`` command line. Thin: each command parses arguments and calls the package.

Exit codes: 0 clean, 1 data errors, 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

from iltod import codeowners, diff, export, loader
from iltod.schema import json_schema

Command = Callable[[argparse.Namespace], int]
AddArgs = Callable[[argparse.ArgumentParser], None]
COMMANDS: dict[str, tuple[Command, AddArgs, str]] = {}


def command(name: str, help: str, run: Command) -> Callable[[AddArgs], AddArgs]:
    """Register a sub-command: the decorated function adds its arguments, ``run`` runs it."""

    def wrap(add_args: AddArgs) -> AddArgs:
        COMMANDS[name] = (run, add_args, help)
        return add_args

    return wrap


def _load(paths: list[str]) -> loader.Repository:
    selection = [Path(p) for p in paths] or [Path.cwd()]
    for p in selection:
        if not p.exists():
            raise loader.UsageError(f"{p}: no such file or folder")
    root = loader.find_root(selection[0])
    whole = any(p.resolve() in (root, root / "plans") for p in selection)
    return loader.load(root, None if whole else selection)


def _as_of(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def run_validate(args: argparse.Namespace) -> int:
    repo = _load(args.paths)
    report = repo.report
    print(report.to_json() if args.format == "json" else report.format(args.lang))
    return 1 if report.errors else 0


@command(
    "validate", "check plan files; print every problem with file, line and column", run_validate
)
def _validate_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="plan files or folders (default: the repository)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--lang", choices=["both", "en", "mn"], default="both")


def run_export(args: argparse.Namespace) -> int:
    repo = _load(args.paths)
    if repo.report.errors:
        print(repo.report.format(args.lang), file=sys.stderr)
        return 1
    if args.format in ("xlsx", "docx"):
        from iltod.exporters.commands import write_office

        return write_office(repo, args)
    doc = export.to_dict(repo, _as_of(args.as_of))
    text = (
        export.to_csv(doc)
        if args.format == "csv"
        else json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    )
    _write(text, args.output)
    return 0


@command(
    "export",
    "write the plans as JSON or CSV (with averages, statuses), or as IAAC XLSX/DOCX tables",
    run_export,
)
def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*")
    p.add_argument("--format", choices=["json", "csv", "xlsx", "docx"], default="json")
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--as-of", help="judge overdue on this date (YYYY-MM-DD; default today)")
    p.add_argument("--lang", choices=["both", "en", "mn"], default="both")


def run_schema(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(args.kind), ensure_ascii=False, indent=2) + "\n"
    _write(text, args.output)
    return 0


@command("schema", "write the JSON Schema of plan or agency files (for editors)", run_schema)
def _schema_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", nargs="?", choices=["plan", "agency"], default="plan")
    p.add_argument("-o", "--output")


def run_diff(args: argparse.Namespace) -> int:
    summary = diff.summarize(loader.find_root(Path.cwd()), args.rev1, args.rev2)
    sys.stdout.write(diff.to_json(summary) if args.format == "json" else diff.to_markdown(summary))
    return 1 if summary.report.errors else 0


@command(
    "diff", "summarize plan changes between two revisions (Markdown for pull requests)", run_diff
)
def _diff_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("rev1", help="base revision, e.g. origin/main")
    p.add_argument("rev2", nargs="?", default="HEAD", help="revision to compare (default HEAD)")
    p.add_argument("--format", choices=["markdown", "json"], default="markdown")


def run_codeowners(args: argparse.Namespace) -> int:
    code, lines = codeowners.run(loader.find_root(Path.cwd()), args.check, args.default_owner)
    print("\n".join(lines), file=sys.stderr if code else sys.stdout)
    return code


@command(
    "codeowners",
    "write .github/CODEOWNERS from the agencies' owners (--check: verify)",
    run_codeowners,
)
def _codeowners_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--check", action="store_true", help="exit 1 when the committed file is out of date"
    )
    p.add_argument(
        "--default-owner", nargs="+", metavar="@ORG/TEAM", help="owners of everything else"
    )


def run_images(args: argparse.Namespace) -> int:
    from iltod.evidence import command as images  # imported here: only this command needs it

    return images.run(_load(args.paths), args)


@command(
    "images",
    "publish evidence photos (WebP, metadata removed) and files into a site folder",
    run_images,
)
def _images_args(p: argparse.ArgumentParser) -> None:
    from iltod.evidence import command as images

    images.add_args(p)


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


from iltod.importers import commands as _import_commands  # noqa: E402,F401  (import, template)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="iltod", description="Transparent action-plan reporting.")
    sub = top.add_subparsers(dest="command", required=True)
    for name, (_, add_args, help) in COMMANDS.items():
        add_args(sub.add_parser(name, help=help, description=help))
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return COMMANDS[args.command][0](args)
    except loader.UsageError as e:
        print(f"iltod: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
