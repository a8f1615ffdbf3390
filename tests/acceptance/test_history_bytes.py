"""No byte in a commit breaks the history (issue 12, row 5).

``git commit -m $'a\\x1eb'`` touching ``plans/`` used to break every later build: 0x1e was the log
output's record separator, and history is permanent. The history now reads hashes and
NUL-terminated ``--raw`` records from ``git log -z``, and each commit from its object, so any
byte in an author name, a subject, a body or a file name is just text (control characters are
shown as U+FFFD).
"""

from __future__ import annotations

import re

import pytest

from iltod.history import diff
from iltod.history.log import History
from tests.support.history_repo import GitRepo, agency_yaml, plan_yaml

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
DATE = "2021-03-01T10:00:00+08:00"


def _plan(repo: GitRepo, result: str) -> None:
    repo.write("plans/a/2021.yml", plan_yaml("a", 2021, [{"number": "1.1", "result": result}]))


@pytest.fixture
def repo(tmp_path) -> GitRepo:
    repo = GitRepo(tmp_path / "repo")
    repo.write("plans/a/agency.yml", agency_yaml("a"))
    _plan(repo, "v")
    repo.commit("Add the plan", DATE)
    return repo


def test_a_record_separator_in_a_commit_message_is_just_text(repo: GitRepo):
    _plan(repo, "w")
    sha = repo.commit("a\x1eb", "2021-04-01T10:00:00+08:00", author="Бат\x1fдорж")
    history = History.read(repo.root)
    [change] = [c for c in history.changes if c.commit.sha == sha]
    assert change.commit.subject == "a\ufffdb"
    assert change.commit.author == "Бат\ufffdдорж"
    assert change.delta.result_changed


def test_every_byte_in_a_name_subject_and_body_is_read_and_attributed(repo: GitRepo):
    """Commits written byte for byte, each holding 16 of the 256 byte values in its author name,
    subject and body (NUL and newlines inside headers, invalid UTF-8, separators), each changing
    the plan: every commit is in the history, and no control character reaches a name or a
    subject."""
    parent = repo.git("rev-parse", "HEAD")
    for first in range(0, 256, 16):
        _plan(repo, f"v{first}")
        repo.git("add", "-A")
        tree = repo.git("write-tree")
        chunk = bytes(range(first, first + 16))
        raw = (
            f"tree {tree}\nparent {parent}\n".encode()
            + b"author A" + chunk + b"B <a@example.org> 1617242400 +0800\n"
            + b"committer C <c@example.org> 1617242400 +0800\n\n"
            + b"sub" + chunk + b"ject\n\nbo" + chunk + b"dy\n"
        )  # fmt: skip
        parent = repo.commit_object(raw)
    repo.move_main(parent)
    history = History.read(repo.root)
    timeline = history.measure_timeline("a", 2021, "1.1")
    assert len(timeline) == 1 + 16
    for change in timeline:
        assert not CONTROL.search(change.commit.author + change.commit.subject)
    assert {c.commit.date.year for c in timeline} == {2021}


def test_file_names_that_look_like_records_or_hold_newlines_are_just_paths(repo: GitRepo):
    base = repo.git("rev-parse", "HEAD")
    repo.write("plans/a/:100644 100644 0000 R100", "x")
    repo.write("plans/a/new\nline\t.txt", "x")
    repo.write("plans/a/" + "0" * 40, "x")
    _plan(repo, "w")
    sha = repo.commit("Odd names", "2021-04-01T10:00:00+08:00")
    history = History.read(repo.root)
    assert history.measure_timeline("a", 2021, "1.1")[0].commit.sha == sha
    summary = diff.summarize(repo.root, base, sha)
    assert [(p.path, [m.number for m in p.measures]) for p in summary.plans] == [
        ("plans/a/2021.yml", ["1.1"])
    ]
