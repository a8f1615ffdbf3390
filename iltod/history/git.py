"""Git plumbing for history and review: a few git processes per run, never one per page.

Everything goes through :func:`run` (one ``git`` process) and :func:`cat_blobs` (one
``git cat-file --batch`` process for any number of blobs). The ``--raw`` output of ``git log``
and ``git diff`` already names the old and new blob of every changed file, so consecutive
versions of a file are found without asking git again.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

NULL_SHA = "0" * 40
_COMMIT_MARK = "\x1e"  # record separator: starts each commit header in the log output
_FIELD = "\x1f"  # unit separator: between header fields
LOG_FORMAT = f"{_COMMIT_MARK}%H{_FIELD}%aI{_FIELD}%an{_FIELD}%s"


class GitError(Exception):
    """git is missing, the folder is not a repository, or a revision does not exist."""


@dataclass(frozen=True)
class Commit:
    """Who changed the data, when, and why."""

    sha: str
    date: dt.datetime
    """Author date (when the change was made), with its time zone."""
    author: str
    subject: str

    @property
    def short(self) -> str:
        return self.sha[:7]


@dataclass(frozen=True)
class FileChange:
    """One line of ``--raw`` output: a file added (A), modified (M), deleted (D) or renamed (R)."""

    status: str
    old_blob: str
    new_blob: str
    old_path: str
    new_path: str


def run(root: Path, *args: str) -> str:
    """Run one git command in ``root`` and return its standard output."""
    cmd = ["git", "-c", "core.quotepath=off", "-C", str(root), *args]
    try:
        done = subprocess.run(cmd, capture_output=True, check=False)
    except FileNotFoundError as e:
        raise GitError("git is not installed") from e
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout.decode("utf-8", "replace")


def is_repository(root: Path) -> bool:
    try:
        return run(root, "rev-parse", "--is-inside-work-tree").strip() == "true"
    except GitError:
        return False


def is_shallow(root: Path) -> bool:
    return run(root, "rev-parse", "--is-shallow-repository").strip() == "true"


def resolve(root: Path, rev: str) -> str:
    """The full commit hash ``rev`` names; GitError when it names none."""
    return run(
        root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"
    ).strip()


def log(root: Path, pathspec: str) -> list[tuple[Commit, list[FileChange]]]:
    """Every commit touching ``pathspec``, oldest first, with its file changes: one git process."""
    out = run(
        root,
        "log",
        "--reverse",
        "--relative",
        "--raw",
        "--no-abbrev",
        "--find-renames",
        f"--format={LOG_FORMAT}",
        "--",
        pathspec,
    )
    commits = []
    for record in out.split(_COMMIT_MARK)[1:]:
        header, _, body = record.partition("\n")
        sha, date, author, subject = header.split(_FIELD, 3)
        commit = Commit(sha, dt.datetime.fromisoformat(date), author, subject)
        commits.append((commit, parse_raw(body)))
    return commits


def diff(root: Path, old: str, new: str, pathspec: str) -> list[FileChange]:
    """The file changes between two revisions under ``pathspec``: one git process."""
    out = run(
        root,
        "diff",
        "--relative",
        "--raw",
        "--no-abbrev",
        "--find-renames",
        old,
        new,
        "--",
        pathspec,
    )
    return parse_raw(out)


def parse_raw(text: str) -> list[FileChange]:
    """Parse ``--raw`` lines such as ``:100644 100644 <old> <new> R087\\told\\tnew``."""
    changes = []
    for line in text.splitlines():
        if not line.startswith(":"):
            continue
        meta, *paths = line.split("\t")
        _, _, old_blob, new_blob, status = meta.split()
        old_path = paths[0]
        new_path = paths[1] if len(paths) > 1 else paths[0]
        changes.append(FileChange(status[0], old_blob, new_blob, old_path, new_path))
    return changes


def cat_blobs(root: Path, shas: Iterable[str]) -> dict[str, bytes]:
    """The contents of many blobs through one ``git cat-file --batch`` process."""
    wanted = list(dict.fromkeys(s for s in shas if s != NULL_SHA))
    if not wanted:
        return {}
    cmd = ["git", "-C", str(root), "cat-file", "--batch"]
    done = subprocess.run(
        cmd, check=False, input="".join(s + "\n" for s in wanted).encode(), capture_output=True
    )
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip())
    out, blobs, pos = done.stdout, {}, 0
    for sha in wanted:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode().split()
        pos = end + 1
        if header[1] == "missing":  # e.g. beyond the boundary of a shallow clone
            continue
        size = int(header[2])
        blobs[sha] = out[pos : pos + size]
        pos += size + 1
    return blobs
