"""Real strict builds of what clerks write: nothing legitimate fails them, nothing hostile breaks
them, and what fails them is what ``iltod validate`` reports first (located, bilingual, no
traceback). SYNTHETIC plans in temporary repositories of this checkout's engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iltod import cli
from tests.support import sitekit
from tests.unit.test_timeframes import FORMS

AGENCY = 'slug: "x"\nname:\n  mn: "SYNTHETIC агентлаг"\nregion: "govisumber"\n'
SECRET = "SECRET-TOKEN-must-never-be-printed"


def _repo(tmp_path: Path, measures: list[str]) -> Path:
    repo = sitekit.make_repo(tmp_path / "repo")
    (repo / "plans" / "x").mkdir(parents=True)
    (repo / "plans" / "x" / "agency.yml").write_text(AGENCY, encoding="utf-8")
    (repo / "plans" / "x" / "2021.yml").write_text(
        'agency: "x"\nyear: 2021\ntitle: "SYNTHETIC"\nperiod: "year-end"\nobjectives:\n'
        '  - number: 1\n    title: "O"\n    measures:\n' + "".join(measures),
        encoding="utf-8",
    )
    return repo


def _measure(number: str, timeframe: str, extra: str = "") -> str:
    return (
        f'      - {{number: "{number}", text: "M", timeframe: "{timeframe}", percent: 70{extra}}}\n'
    )


def test_every_documented_timeframe_builds_strict_with_its_due_date(tmp_path: Path) -> None:
    known = [(form, timing, due) for form, timing, due, _ in FORMS if timing != "unknown"]
    repo = _repo(tmp_path, [_measure(f"1.{i}", f) for i, (f, _, _) in enumerate(known, 1)])
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    doc = json.loads((tmp_path / "site" / "data" / "plans.json").read_text(encoding="utf-8"))
    got = [
        (m["timeframe"], m["timing"], m["due"])
        for m in doc["plans"][0]["objectives"][0]["measures"]
    ]
    assert got == [(f, t, d.isoformat()) for f, t, d in known]


def test_a_control_character_is_reported_by_validate_and_stops_the_build_before_any_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Row 2 of issue 12: \\v validated, then crashed openpyxl in the build. Now validate
    reports it, and the build stops with the same line, before any export is made."""
    repo = _repo(tmp_path, [_measure("1.1", "2021 он", ', result: "a\\vb"')])
    assert cli.main(["validate", str(repo)]) == 1
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith(
        "plans/x/2021.yml:9:79: error[E018] measure 1.1 › result: expected text without control "
        "characters, got U+000B (vertical tab) at character 2"
    )
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode != 0
    assert line in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_a_plan_linked_from_outside_is_neither_read_nor_printed(tmp_path: Path) -> None:
    repo = _repo(tmp_path, [_measure("1.1", "2021 он")])
    (tmp_path / "secret.txt").write_text(f"title: {SECRET}\n", encoding="utf-8")
    (repo / "plans" / "x" / "2022.yml").symlink_to(tmp_path / "secret.txt")
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode != 0
    assert "plans/x/2022.yml:1:1: error[E034] expected a regular file or folder" in result.stderr
    assert SECRET not in result.stdout + result.stderr


def test_a_docs_page_linked_from_outside_is_not_published(tmp_path: Path) -> None:
    repo = _repo(tmp_path, [_measure("1.1", "2021 он")])
    (tmp_path / "secret.txt").write_text(f"# {SECRET}\n", encoding="utf-8")
    (repo / "docs" / "secret.md").symlink_to(tmp_path / "secret.txt")
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/secret.md:1:1: error[E034]" in result.stderr
    assert SECRET not in result.stdout + result.stderr
    assert not (tmp_path / "site" / "secret" / "index.html").exists()
