"""Git plumbing for history and review: a few git processes per run, never one per page.

Everything goes through :func:`run` (one ``git`` process) and :func:`cat_objects` (one
``git cat-file --batch`` process for any number of objects). The ``--raw`` output of ``git log``
and ``git diff`` already names the old and new blob of every changed file, so consecutive
versions of a file are found without asking git again.

**No byte in a commit can break the parser.** Nothing a committer writes is read from a text
stream with separators: ``git log -z --format=%H`` gives only hashes and ``--raw`` records whose
paths are NUL-terminated (a path cannot hold a NUL), and the commits themselves (author,
committer, message) are read from ``git cat-file --batch``, where every object comes with its
length. Names and messages are decoded leniently and stripped of control characters.

**Dates are the main branch's.** The history is the first-parent history of ``HEAD``: each
commit on it is one change to the main branch (a pull request's merge commit, a squash or
rebase merge, or a direct push), compared with its first parent, so a pull request's changes
are attributed to the merge that brought them. Its date is the *committer* date of that
first-parent commit, which GitHub sets when it merges; the author date, which any laptop can
set (``GIT_AUTHOR_DATE``), is kept only as a secondary detail.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

NULL_SHA = "0" * 40
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
"""The date of a commit whose date cannot be read: what ``git log`` itself shows for one."""
_HEX = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_MERGE_PR = re.compile(r"^Merge pull request #(\d{1,9}) from \S")
_SQUASH_PR = re.compile(r"\s\(#(\d{1,9})\)$")


class GitError(Exception):
    """git is missing, the folder is not a repository, or a revision does not exist."""


@dataclass(frozen=True)
class Commit:
    """A commit of the main branch's first-parent history: when a change was published, and
    the committer's own words about it."""

    sha: str
    date: dt.datetime
    """When the change reached the main branch: the committer date (with its time zone) of
    the first-parent commit, which GitHub sets when it merges a pull request."""
    author: str
    """The commit's author name, as the committer's machine wrote it (a secondary detail)."""
    subject: str
    """The first line of the message, without control characters (possibly very long)."""
    body: str = ""
    """The rest of the message."""
    authored: dt.datetime = EPOCH
    """The author date: what the author's machine claimed. Shown nowhere as the change's date."""

    @property
    def short(self) -> str:
        return self.sha[:7]

    @property
    def pull_request(self) -> int | None:
        """The pull request GitHub merged in this commit: ``Merge pull request #N from …``
        (merge commit) or ``… (#N)`` (squash merge); ``None`` for other commits."""
        found = _MERGE_PR.match(self.subject) or _SQUASH_PR.search(self.subject)
        return int(found.group(1)) if found else None

    @property
    def title(self) -> str:
        """What the change is called: a merged pull request's title, else the subject."""
        if _MERGE_PR.match(self.subject):
            first = next((line.strip() for line in self.body.splitlines() if line.strip()), "")
            return first or self.subject
        found = _SQUASH_PR.search(self.subject)
        return self.subject[: found.start()].rstrip() if found else self.subject


@dataclass(frozen=True)
class FileChange:
    """One ``--raw`` record: a file added (A), modified (M), deleted (D) or renamed (R)."""

    status: str
    old_blob: str
    new_blob: str
    old_path: str
    new_path: str


def run(root: Path, *args: str) -> str:
    """Run one git command in ``root`` and return its standard output."""
    return run_bytes(root, *args).decode("utf-8", "replace")


def run_bytes(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    """Run one git command in ``root`` and return its standard output, undecoded."""
    cmd = ["git", "-c", "core.quotepath=off", "-C", str(root), *args]
    try:
        done = subprocess.run(cmd, capture_output=True, check=False, input=stdin)
    except FileNotFoundError as e:
        raise GitError("git is not installed") from e
    if done.returncode != 0:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout


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
    """Every first-parent commit of ``HEAD`` touching ``pathspec``, oldest first, with its file
    changes against its first parent: two git processes (the log, then the commits)."""
    try:
        out = run_bytes(
            root,
            "log",
            "--first-parent",
            "--diff-merges=first-parent",
            "--reverse",
            "--relative",
            "--raw",
            "-z",
            "--no-abbrev",
            "--find-renames",
            "--format=%H",
            "--",
            pathspec,
        )
    except GitError:
        if not _has_commits(root):
            return []  # a repository with no commit yet: no history, not an error
        raise
    listed = list(_commits_and_changes(out.split(b"\0")))
    commits = read_commits(root, [sha for sha, _ in listed])
    return [(commits[sha], changes) for sha, changes in listed]


def _has_commits(root: Path) -> bool:
    try:
        resolve(root, "HEAD")
    except GitError:
        return False
    return True


def diff(root: Path, old: str, new: str, pathspec: str) -> list[FileChange]:
    """The file changes between two revisions under ``pathspec``: one git process."""
    out = run_bytes(
        root,
        "diff",
        "--relative",
        "--raw",
        "-z",
        "--no-abbrev",
        "--find-renames",
        old,
        new,
        "--",
        pathspec,
    )
    return [c for _, changes in _commits_and_changes(out.split(b"\0")) for c in changes]


def _commits_and_changes(tokens: list[bytes]) -> Iterator[tuple[str, list[FileChange]]]:
    """Read ``-z`` output: commit hashes, each followed by its ``--raw`` records.

    A record is ``:<modes> <old> <new> <status>`` then one path, or two for a rename or copy,
    each ending in NUL. Paths are consumed by count, never recognized by their content, so a
    path that looks like a hash or a record cannot be misread. ``git diff`` output is the same
    records without hashes (yielded under the hash ``""``).
    """
    sha, changes = "", []
    i = 0
    while i < len(tokens):
        token = tokens[i].lstrip(b"\n").decode("ascii", "replace")
        i += 1
        if token.startswith(":"):
            _, _, old_blob, new_blob, status = token.split()
            count = 2 if status[0] in "RC" else 1
            paths = [p.decode("utf-8", "replace") for p in tokens[i : i + count]]
            i += count
            changes.append(FileChange(status[0], old_blob, new_blob, paths[0], paths[-1]))
        elif _HEX.match(token):
            if sha or changes:
                yield sha, changes
            sha, changes = token, []
        elif token:
            raise GitError(f"unexpected git output: {token[:80]!r}")
    if sha or changes:
        yield sha, changes


def read_commits(root: Path, shas: Iterable[str]) -> dict[str, Commit]:
    """Many commits, read from their objects through one ``git cat-file --batch`` process."""
    return {
        sha: parse_commit(sha, data)
        for sha, (kind, data) in cat_objects(root, shas).items()
        if kind == "commit"
    }


def parse_commit(sha: str, raw: bytes) -> Commit:
    """A commit object as git stores it: header lines, a blank line, the message.

    Lenient on purpose: a header that cannot be read gives an empty name or the epoch (as
    ``git log`` shows such a date); nothing raises.
    """
    header, _, message = raw.partition(b"\n\n")
    fields: dict[bytes, bytes] = {}
    for line in header.split(b"\n"):
        key, _, value = line.partition(b" ")
        if key and not line.startswith(b" "):  # " …" continues a multi-line field (gpgsig)
            fields.setdefault(key, value)
    text = _decode(message, fields.get(b"encoding", b"utf-8"))
    subject, _, body = text.lstrip("\n").partition("\n")
    author, authored = _ident(fields.get(b"author", b""))
    _, committed = _ident(fields.get(b"committer", b""))
    return Commit(
        sha=sha,
        date=committed,
        author=_clean(author),
        subject=_clean(subject.strip()),
        body=_CONTROL.sub("\ufffd", body).strip("\n"),
        authored=authored,
    )


def _ident(value: bytes) -> tuple[str, dt.datetime]:
    """``Name <email> 1112911993 +0000`` → (name, aware date)."""
    person, _, when = value.rpartition(b"> ")
    name = person.rpartition(b" <")[0] if b" <" in person else person
    parts = when.split()
    try:
        stamp, zone = int(parts[0]), parts[1].decode("ascii")
        sign = -1 if zone.startswith("-") else 1
        offset = dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5])) * sign
        date = dt.datetime.fromtimestamp(stamp, dt.timezone(offset))
    except (IndexError, ValueError, OverflowError, OSError, UnicodeDecodeError):
        date = EPOCH
    return name.decode("utf-8", "replace"), date


def _decode(data: bytes, encoding: bytes) -> str:
    try:
        codec = codecs.lookup(encoding.decode("ascii", "replace").strip()).name
    except LookupError:
        codec = "utf-8"
    return data.decode(codec, "replace")


def _clean(text: str) -> str:
    """One line of text for a page or a feed: control characters become U+FFFD."""
    return _CONTROL.sub("\ufffd", text.replace("\t", " "))


def cat_objects(root: Path, shas: Iterable[str]) -> dict[str, tuple[str, bytes]]:
    """The type and contents of many objects through one ``git cat-file --batch`` process.

    Objects git does not have (beyond the boundary of a shallow clone) are left out.
    """
    wanted = list(dict.fromkeys(s for s in shas if s and s != NULL_SHA))
    if not wanted:
        return {}
    out = run_bytes(root, "cat-file", "--batch", stdin="".join(s + "\n" for s in wanted).encode())
    objects, pos = {}, 0
    for sha in wanted:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode("ascii", "replace").split()
        pos = end + 1
        if header[-1] == "missing":
            continue
        size = int(header[2])
        objects[sha] = (header[1], out[pos : pos + size])
        pos += size + 1
    return objects


def cat_blobs(root: Path, shas: Iterable[str]) -> dict[str, bytes]:
    """The contents of many blobs through one ``git cat-file --batch`` process."""
    return {sha: data for sha, (kind, data) in cat_objects(root, shas).items() if kind == "blob"}
