"""What several commands share: choosing plans from paths, writing output, the language flag."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from iltod.load import loader


def add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", choices=["both", "en", "mn"], default="both")


def load(paths: list[str]) -> loader.Repository:
    """Load the repository around ``paths`` (default: the current folder), only those plans."""
    selection = [Path(p) for p in paths] or [Path.cwd()]
    for p in selection:
        try:
            exists = p.exists()
        except OSError as e:  # e.g. a name longer than the file system allows (Errno 36)
            raise loader.UsageError(f"{p}: {e.strerror}") from None
        if not exists:
            raise loader.UsageError(f"{p}: no such file or folder")
    root = loader.find_root(selection[0])
    whole = any(p.resolve() in (root, root / "plans") for p in selection)
    return loader.load(root, None if whole else selection)


def write(text: str, output: str | None) -> None:
    """Write ``text`` to ``output``, or to standard output when there is none."""
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
