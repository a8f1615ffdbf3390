"""The plan versions of earlier builds are kept in the build cache by their git blob
(iltod/history/statecache.py): a build parses only the versions it has not seen, and reads the
same history (SYNTHETIC repository)."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from iltod.history import git, log, statecache
from iltod.history.log import History
from iltod.history.statecache import StateCache
from tests.support.history_repo import scenario


def _parsed(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the blobs each read of the history parses."""
    counts: list[int] = []
    real = log._parse_all

    def counting(root, shas, changes):  # type: ignore[no-untyped-def]
        parsed = real(root, shas, changes)
        counts.append(len(parsed))  # the blobs git had (not the null blob of an addition)
        return parsed

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


def test_the_versions_are_read_from_git_a_batch_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every version of every plan read at once was a national build's highest memory (issue
    28); read two at a time, the history is the same."""
    repo, _ = scenario(tmp_path / "repo")
    monkeypatch.setattr(log, "_PARSED", {})
    whole = History.read(repo.root)
    asked: list[int] = []
    real = git.cat_blobs

    def reading(root, shas):  # type: ignore[no-untyped-def]
        asked.append(len(shas))
        return real(root, shas)

    monkeypatch.setattr(git, "cat_blobs", reading)
    monkeypatch.setattr(log, "BATCH", 2)
    monkeypatch.setattr(log, "_PARSED", {})
    again = History.read(repo.root)
    assert len(asked) > 2
    assert max(asked) <= 2
    assert again.changes == whole.changes


def test_the_cache_is_written_a_version_at_a_time_as_one_json_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, _ = scenario(tmp_path / "repo")
    monkeypatch.setattr(log, "_PARSED", {})
    cache = tmp_path / "cache"
    History.read(repo.root, cache=cache)
    file = next(cache.iterdir())
    kept = StateCache(cache)
    assert kept.states
    many = {f"{i:040x}": state for i in range(400) for state in list(kept.states.values())[:1]}
    kept.states, kept.added = many, len(many)
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        kept.save(None)
        held = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    text = file.read_text(encoding="utf-8")
    expected = json.dumps({s: statecache._plain(v) for s, v in sorted(many.items())})
    assert text == expected  # the bytes json.dumps of the whole gives
    assert held < len(text) / 10, (held, len(text))  # not the whole document held at once
