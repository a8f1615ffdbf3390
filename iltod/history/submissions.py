"""Which changes on the main branch came from a report a clerk submitted (issue 24).

``.github/workflows/submit.yml`` commits a submitted report with git trailers
(``iltod.submit.body.trailers``): ``Iltod-Issue``, ``Iltod-Submitter``, ``Iltod-Report`` and
``Iltod-Report-SHA256``. That commit reaches main as the second parent of a merge commit, or
as the merge itself after a squash (its message keeps the trailers). Two ``git log`` calls find
them all, whatever the size of the history; each main-branch commit that brought one is mapped
to what it records, for the measure's timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from iltod.history import git

_TRAILER = re.compile(r"^(Iltod-(?:Issue|Submitter|Report|Report-SHA256)):[ \t]*(.*)$", re.M)
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Submission:
    """What a submitted report's commit records."""

    file: str
    sha256: str
    issue: int | None = None
    submitter: str = ""


def read(root: Path, rev: str = "HEAD") -> dict[str, Submission]:
    """Main-branch commit → the submission it brought (none for a folder without history)."""
    try:
        raw = git.run(
            root, "log", "-z", "--format=%H%x1f%B", "-E", "--grep=^Iltod-Report-SHA256:", rev
        )
        merges = git.run(root, "log", "--first-parent", "--merges", "--format=%H %P", rev)
    except git.GitError:
        return {}
    found: dict[str, Submission] = {}
    for record in raw.split("\0"):
        sha, _, message = record.strip("\n").partition("\x1f")
        if (s := parse(message)) is not None:
            found[sha] = s
    out = dict(found)  # a squash merge carries its own trailers
    for line in merges.splitlines():
        merge, *parents = line.split()
        brought = next((found[p] for p in parents[1:] if p in found), None)
        if brought is not None:
            out[merge] = brought
    return out


def parse(message: str) -> Submission | None:
    """The submission a commit message's trailers record, or None."""
    values = {k: v.strip() for k, v in _TRAILER.findall(message)}
    sha = values.get("Iltod-Report-SHA256", "")
    if not _SHA256.fullmatch(sha):
        return None
    issue = values.get("Iltod-Issue", "").lstrip("#")
    return Submission(
        values.get("Iltod-Report", "") or "?",
        sha,
        int(issue) if issue.isdigit() else None,
        values.get("Iltod-Submitter", ""),
    )
