"""The shape that holds at national scale: a measure page's HTML does not grow with the number
of agencies (SYNTHETIC repositories, built with mkdocs build --strict)."""

from __future__ import annotations

from pathlib import Path

from tests.support import sitekit, synthetic


def _measure_page_bytes(tmp: Path, agencies: int) -> int:
    repo = sitekit.make_repo(tmp / f"repo-{agencies}")
    synthetic.write_repository(repo, agencies, measures=6, regions=["govisumber"], seed=7)
    out = tmp / f"site-{agencies}"
    result = sitekit.build(repo, out)
    assert result.returncode == 0, result.stdout + result.stderr
    return (out / "synthetic-0000/2024/measure-1-1/index.html").stat().st_size


def test_measure_page_size_does_not_grow_with_agencies_in_the_same_region(tmp_path: Path) -> None:
    few, many = _measure_page_bytes(tmp_path, 2), _measure_page_bytes(tmp_path, 40)
    # 38 more agencies in the very same region: with Material's own nav every one of them
    # would be a link on this page (~200 bytes each); the path navigation lists none.
    assert abs(many - few) < 200, (few, many)
