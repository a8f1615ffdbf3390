"""Output folders a command may replace: resolved before they are compared, and only ever a
folder iltod itself wrote.

``iltod archive -o <a link to the repository>/plans --force`` used to delete ``plans/`` (its
committed files, uncommitted edits and untracked notes): the check compared the path as
written, without following the link. And ``--force`` deleted any existing folder whole.
Now the path is resolved (every link followed) before it is compared with the repository and
its own folders, and ``--force`` replaces only a folder holding :data:`MARKER`, the file iltod
leaves in every folder it writes (or an empty folder).
"""

from __future__ import annotations

from pathlib import Path

from iltod.history import git
from iltod.load import loader

MARKER = ".iltod-output"
"""The file iltod writes into a folder it made, so ``--force`` may replace it later."""
_SAYS = "written by iltod; `--force` may replace this folder\n"


def _usage(en: str, mn: str) -> loader.UsageError:
    return loader.UsageError(f"{en}; nothing written\n    мн: {mn}; юу ч бичээгүй")


def folder(root: Path, out: Path, force: bool, protected: tuple[str, ...]) -> Path:
    """``out``, once it is certain a command may write a site there.

    Raises:
        UsageError: it is (or, links followed, lies inside) the repository's root or one of
            its ``protected`` folders, or holds the repository; it is a file; it exists and
            ``force`` is false; or it exists and iltod did not write it.
    """
    where, home = out.resolve(), root.resolve()
    if (
        where == home
        or home.is_relative_to(where)
        or any(where.is_relative_to(home / name) for name in protected)
    ):
        raise _usage(
            f"{out}: the repository or its own folders cannot hold a built site"
            + (f" ({out} leads to {where})" if where != out.absolute() else ""),
            f"{out}: репозитори эсвэл түүний хавтсанд сайт бичихгүй",
        )
    if out.is_symlink() or ((out.exists() or out.is_symlink()) and not out.is_dir()):
        raise _usage(
            f"{out}: expected a folder, got {'a link' if out.is_symlink() else 'a file'}",
            f"{out}: хавтас байх ёстой, {'холбоос' if out.is_symlink() else 'файл'} байна",
        )
    if out.exists() and not force:
        raise _usage(
            f"{out} already exists: add --force to replace it",
            f"{out} хавтас аль хэдийн байна: солих бол --force нэмнэ үү",
        )
    if out.exists() and not (out / MARKER).is_file() and any(out.iterdir()):
        raise _usage(
            f"{out} was not written by iltod (it has no {MARKER}): --force replaces only a "
            "folder iltod wrote; name a new folder",
            f"{out} хавтсыг iltod бичээгүй ({MARKER} алга): --force зөвхөн iltod-ийн бичсэн "
            "хавтсыг солино; шинэ хавтас нэрлэнэ үү",
        )
    return out


def mark(made: Path, root: Path | None = None) -> None:
    """Leave :data:`MARKER` in a folder iltod wrote (before it takes its final name), and,
    given the repository ``root``, :data:`SOURCE`: the commit the site was built from."""
    (made / MARKER).write_text(_SAYS, encoding="utf-8")
    if root is not None:
        (made / SOURCE).write_text(source_commit(root) + "\n", encoding="utf-8")


SOURCE = "iltod-source.txt"
"""Published with each archived year: the commit it was built from (``<sha>``, or
``<sha>+dirty`` from a working tree with changes, or ``unknown``). ``scripts/archive-years``
compares it with the history to decide which years to build again: against what storage
holds, so a correction whose deploy failed is published by the next one."""


def source_commit(root: Path) -> str:
    """HEAD of the repository at ``root``, marked ``+dirty`` when plans/ or attachments/
    differ from it."""
    try:
        sha = git.run(root, "rev-parse", "HEAD").strip()
        dirty = git.run(root, "status", "--porcelain", "--", "plans", "attachments").strip()
    except git.GitError:
        return "unknown"
    return sha + ("+dirty" if dirty else "")
