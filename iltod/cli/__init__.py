"""The ``iltod`` command line: one module per command, each thin — it parses its arguments
and calls the package.

Exit codes: 0 clean, 1 data errors, 2 usage errors.
"""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from iltod.cli import (
    archive,
    build,
    codeowners,
    diff,
    export,
    images,
    importing,
    regions,
    schema,
    snapshot,
    submit,
    template,
    validate,
    verify,
    years,
)
from iltod.load.loader import UsageError

# Each module has NAME, HELP, add_arguments(parser) and run(args) -> exit code.
COMMANDS: tuple[ModuleType, ...] = (
    validate,
    export,
    importing,
    template,
    schema,
    diff,
    codeowners,
    images,
    build,
    archive,
    years,
    verify,
    regions,
    submit,
    snapshot,
)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="iltod", description="Transparent action-plan reporting.")
    sub = top.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.add_arguments(
            sub.add_parser(command.NAME, help=command.HELP, description=command.HELP)
        )
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    command = next(c for c in COMMANDS if args.command == c.NAME)
    try:
        code: int = command.run(args)
    except UsageError as e:
        print(f"iltod: error: {e}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
