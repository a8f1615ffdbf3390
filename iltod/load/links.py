"""Walking the repository's folders without ever following a symbolic link.

A link in ``plans/`` or ``docs/`` could make the build read, print (into a public CI log) and
publish any file of the machine that builds the site: a plan outside the repository, a secret.
Links there are refused as they are in ``attachments/`` (E032): each is reported where it is
(E034) and nothing is read through it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from iltod.diagnostics import Diagnostic, diag

NAME_MAX = 255
"""Most bytes in one file or folder name (UTF-8) on the file systems a build runs on."""


def walk(folder: Path) -> tuple[list[Path], list[Path]]:
    """The regular files under ``folder`` and the symbolic links there (files and folders alike),
    both sorted; a linked folder is not entered. A ``folder`` that is itself a link is a link."""
    if folder.is_symlink():
        return [], [folder]
    files: list[Path] = []
    links: list[Path] = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        base = Path(top)
        for d in list(dirs):
            if (base / d).is_symlink():
                links.append(base / d)
                dirs.remove(d)
        for name in names:
            (links if (base / name).is_symlink() else files).append(base / name)
    return sorted(files), sorted(links)


def refused(root: Path, links: list[Path]) -> Iterator[Diagnostic]:
    """E034 for each link, located at the link itself (relative to the repository; a docs_dir
    may lie outside it)."""
    for link in links:
        yield diag(relative(root, link), 1, 1, "E034")


def relative(root: Path, path: Path) -> str:
    """``path`` as diagnostics name it: relative to ``root``, with forward slashes."""
    return Path(os.path.relpath(path, root)).as_posix()


def name_too_long(name: str) -> int | None:
    """The byte length of the longest part of ``name`` when it is over :data:`NAME_MAX`."""
    longest = max(
        (len(part.encode("utf-8", "surrogatepass")) for part in name.split("/")), default=0
    )
    return longest if longest > NAME_MAX else None
