"""``iltod schema``: the JSON Schema editors use for plan and agency files."""

from __future__ import annotations

import argparse
import json

from iltod.cli import common
from iltod.schema import json_schema

NAME = "schema"
HELP = "write the JSON Schema of plan, agency, assessment or regions files (for editors)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "kind", nargs="?", choices=["plan", "agency", "assessment", "regions"], default="plan"
    )
    p.add_argument("-o", "--output", help="file to write, .json (default: standard output)")
    common.add_force(p)


def run(args: argparse.Namespace) -> int:
    text = json.dumps(json_schema(args.kind), ensure_ascii=False, indent=2) + "\n"
    common.write(text, args.output, (".json",), args.force)
    return 0
