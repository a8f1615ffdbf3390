"""Files read by earlier builds are kept in the build cache by their bytes
(iltod/load/sourcecache.py): the next load reads them back instead of parsing, and loads the
same repository with the same diagnostics."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from iltod.load import loader, sourcecache, yamlsource

SAMPLE = Path(__file__).parents[1] / "fixtures" / "sample"


def test_a_kept_file_reads_back_as_it_was_parsed(tmp_path: Path) -> None:
    text = (
        "year: 2024\n"
        "reported: 2024-06-30\n"
        "note: '2024-06-30'\n"
        "big: 1e400\n"
        "items:\n  - {a: 1.10, b: null, c: true}\n  - 'Монгол'\n"
    )
    cache = sourcecache.SourceCache(tmp_path)
    parsed = cache.read("plans/x/2024.yml", text.encode())
    assert cache.made == 1
    again = sourcecache.SourceCache(tmp_path).read("plans/x/2024.yml", text.encode())
    assert again == parsed == yamlsource.read("plans/x/2024.yml", text.encode())
    assert type(again.data["reported"]).__name__ == "date"
    assert again.data["note"] == "2024-06-30"


def test_a_file_with_a_problem_is_parsed_every_time(tmp_path: Path) -> None:
    cache = sourcecache.SourceCache(tmp_path)
    src = cache.read("plans/x/2024.yml", b"a: 1\na: 2\n")  # a duplicate key: E005
    assert [d.code for d in src.diagnostics] == ["E005"]
    assert cache.made == 0
    assert list(tmp_path.iterdir()) == []


def test_a_load_from_the_cache_is_the_load_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SAMPLE, repo)
    cache = tmp_path / "sources"
    without = loader.load(repo)
    first = loader.load(repo, cache=cache)
    parsed: list[str] = []
    real = yamlsource.read
    monkeypatch.setattr(yamlsource, "read", lambda f, d: parsed.append(f) or real(f, d))
    kept = loader.load(repo, cache=cache)
    assert parsed == []  # nothing parsed: every file read back
    for loaded in (first, kept):
        assert [p.plan for p in loaded.plans] == [p.plan for p in without.plans]
        assert loaded.sources == without.sources
        assert loaded.agencies == without.agencies
        assert loaded.report.diagnostics == without.report.diagnostics
    # an edited file is parsed again, and the entry of its old bytes removed
    plan = next(repo.glob("plans/*/20*.yml"))
    plan.write_text(plan.read_text(encoding="utf-8") + "# SYNTHETIC\n", encoding="utf-8")
    entries = len(list(cache.glob("*/*.json")))
    loader.load(repo, cache=cache)
    assert parsed == [plan.relative_to(repo).as_posix()]
    assert len(list(cache.glob("*/*.json"))) == entries
