"""A small site's Excel and Word files are made in the build's own process (issue 28): starting
a worker process cost more than the files of a few plans. The files are the same either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from iltod.load import loader
from iltod.site import office

SAMPLE = Path(__file__).parents[1] / "fixtures" / "sample"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.*")}


def test_a_few_plans_start_no_worker_and_make_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = loader.load(SAMPLE)
    assert 0 < len(repo.plans) <= office.INLINE
    inline = office.OfficeJob(repo)
    assert inline.futures == []
    written = inline.write(tmp_path / "inline")
    assert not inline.pool._processes  # no worker was ever started
    monkeypatch.setattr(office, "INLINE", 0)
    pooled = office.OfficeJob(repo)
    assert len(pooled.futures) == 1
    pooled.write(tmp_path / "pooled")
    assert len(written) == 2 * len(repo.plans)
    assert _files(tmp_path / "inline") == _files(tmp_path / "pooled")
