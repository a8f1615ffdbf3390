"""Frozen snapshots end to end: a strict MkDocs build of a repository whose mkdocs.yml sets a
reporting calendar (SYNTHETIC fixture tests/fixtures/assessment)."""

from __future__ import annotations

from pathlib import Path

from tests.support.sitekit import ROOT, build, make_repo

FIXTURE = ROOT / "tests" / "fixtures" / "assessment" / "plans"


def test_a_strict_build_with_a_reporting_calendar_publishes_the_snapshot(tmp_path: Path) -> None:
    """End to end through MkDocs: the calendar in mkdocs.yml, the snapshot of the last deadline
    before the build's day (sitekit.TODAY 2026-11-25: 2026-07-31) under data/snapshots/, listed
    by release.json and linked from each measure page."""
    repo = make_repo(tmp_path / "repo", FIXTURE)
    config = repo / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(
        "  iltod:\n",
        '  iltod:\n    reporting_deadlines: {year-end: "01-31", half-year: "07-31"}\n',
        1,
    )
    config.write_text(text, encoding="utf-8")
    out = tmp_path / "site"
    result = build(repo, out)
    assert result.returncode == 0, result.stderr[-3000:]
    snapshot = out / "data" / "snapshots" / "2026-07-31"
    assert (snapshot / "demo-assessment" / "2024.csv").is_file()
    assert "snapshots/2026-07-31/release.json" in (out / "data" / "release.json").read_text()
    measure = (out / "demo-assessment" / "2024" / "measure-1-1" / "index.html").read_text()
    assert "../../../data/snapshots/2026-07-31/demo-assessment/2024.csv" in measure
