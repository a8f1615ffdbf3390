"""Symbolic links under plans/ and docs/ are refused like under attachments/: each is reported
where it is (E034) and nothing is read through it. The case folders (plan-file-symlink,
plan-folder-symlink, docs-symlink) hold the exact messages; these are the other ways in."""

from __future__ import annotations

from pathlib import Path

import pytest

from iltod import cli
from iltod.load import loader

AGENCY = 'slug: "x"\nname:\n  mn: "SYNTHETIC"\nregion: "govisumber"\n'
SECRET = "SECRET-TOKEN-must-never-be-printed"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "plans" / "x").mkdir(parents=True)
    (root / "plans" / "x" / "agency.yml").write_text(AGENCY, encoding="utf-8")
    (tmp_path / "secret.yml").write_text(f"title: {SECRET}\n", encoding="utf-8")
    return root


def test_a_linked_plan_named_on_the_command_line_is_refused_unread(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "plans" / "x" / "2022.yml").symlink_to(repo.parent / "secret.yml")
    assert cli.main(["validate", str(repo / "plans" / "x" / "2022.yml")]) == 1
    out = capsys.readouterr().out
    assert out.startswith("plans/x/2022.yml:1:1: error[E034] expected a regular file or folder")
    assert SECRET not in out


def test_a_linked_plans_folder_is_refused(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (repo / "plans").rename(outside)
    (repo / "plans").symlink_to(outside)
    report = loader.load(repo).report
    assert [(d.file, d.code) for d in report.diagnostics] == [("plans", "E034")]


def test_a_docs_folder_outside_the_repository_is_checked_too(repo: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs-elsewhere"
    docs.mkdir()
    (docs / "page.md").symlink_to(tmp_path / "secret.yml")
    report = loader.load(repo, docs=docs).report
    assert [(d.file, d.code) for d in report.diagnostics] == [("../docs-elsewhere/page.md", "E034")]


def test_validating_one_plan_does_not_report_links_elsewhere(repo: Path) -> None:
    (repo / "plans" / "y").mkdir()
    (repo / "plans" / "y" / "2021.yml").symlink_to(repo.parent / "secret.yml")
    report = loader.load(repo, [repo / "plans" / "x"]).report
    assert report.diagnostics == []
