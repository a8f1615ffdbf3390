"""The plan versions of earlier builds are kept in the build cache by their git blob
(iltod/history/statecache.py): a build parses only the versions it has not seen, and reads the
same history (SYNTHETIC repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

from iltod.history import log
from iltod.history.log import History
from tests.support.history_repo import scenario


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the blobs each read of the history parses."""
    counts: list[int] = []
    real = log._parse_all

    def counting(blobs, changes):  # type: ignore[no-untyped-def]
        counts.append(len(blobs))
        return real(blobs, changes)

    monkeypatch.setattr(log, "_parse_all", counting)
    monkeypatch.setattr(log, "_PARSED", {})  # a new build: a new process
    return counts


def test_a_second_build_parses_no_version_and_reads_the_same_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, _ = scenario(tmp_path / "repo")
    cache = tmp_path / "cache"
    counts = _parsed(monkeypatch)
    first = History.read(repo.root, cache=cache)
    monkeypatch.setattr(log, "_PARSED", {})
    again = History.read(repo.root, cache=cache)
    without = History.read(repo.root)
    assert counts[0] > 0
    # every readable version came from the cache; the broken one (a tab, scenario step 4) is
    # read again: its warning names the path it was found at
    assert counts[1] == 1
    assert again.changes == first.changes == without.changes
    assert [p.name for p in cache.iterdir()] == [next(cache.iterdir()).name]
    assert next(cache.iterdir()).name.startswith("states-")


def test_a_new_commit_parses_only_its_own_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, _ = scenario(tmp_path / "repo")
    cache = tmp_path / "cache"
    counts = _parsed(monkeypatch)
    first = History.read(repo.root, cache=cache)
    path = "plans/new-name/2021.yml"
    text = (repo.root / path).read_text(encoding="utf-8")
    repo.write(path, text.replace("percent: 70", "percent: 90", 1))
    repo.commit("SYNTHETIC: 30 → 70", "2022-01-05T10:00:00+08:00")
    monkeypatch.setattr(log, "_PARSED", {})
    again = History.read(repo.root, cache=cache)
    assert counts[1] == 2  # the new version, and the broken one again
    assert len(again.changes) == len(first.changes) + 1
    monkeypatch.setattr(log, "_PARSED", {})
    assert again.changes == History.read(repo.root).changes
