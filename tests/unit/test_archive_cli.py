"""``iltod archive`` and ``iltod years``: the commands behind one site per reporting year.

``iltod archive`` refuses, before building anything, what would make a wrong or destructive
archive: no address for the archives or the main site, a year without plans, an output that
exists (without ``--force``) or that is the repository itself; plans with errors stop it with
exit 1. Each refusal is a usage error (exit 2) in English and Mongolian. (The build itself is
tested end to end in tests/acceptance/test_years.py.) ``iltod years`` lists the years the
deploy chooses from, and which of them changed since the last deploy. SYNTHETIC plans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from iltod.cli import main
from tests.support import synthetic
from tests.support.history_repo import GitRepo

URLS = ["--archive-url=https://archive.example.mn/", "--main-url=https://iltod.example.mn/"]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    synthetic.write_repository(tmp_path, 2, measures=3, years=(2022, 2023, 2024))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ILTOD_ARCHIVE_URL", raising=False)
    monkeypatch.delenv("ILTOD_MAIN_URL", raising=False)
    return tmp_path


def _refused(capsys: pytest.CaptureFixture[str], *words: str) -> None:
    err = capsys.readouterr().err
    assert "nothing written" in err
    assert "юу ч бичээгүй" in err
    for word in words:
        assert word in err, err


def test_archive_needs_the_archives_and_the_main_sites_addresses(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["archive", "--year", "2022"]) == 2
    _refused(capsys, "--archive-url (or ILTOD_ARCHIVE_URL) is needed")
    assert main(["archive", "--year", "2022", URLS[0]]) == 2
    _refused(capsys, "--main-url (or ILTOD_MAIN_URL) is needed")
    assert main(["archive", "--year", "2022", "--archive-url=ftp://x", URLS[1]]) == 2
    _refused(capsys, "--archive-url: expected a site's http:// or https:// address")
    assert not (repo / "site-2022").exists()


def test_archive_refuses_a_year_without_plans(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["archive", "--year", "2019", *URLS]) == 2
    _refused(capsys, "no plan of 2019 in plans/ (years with plans: 2024, 2023, 2022)")


def test_archive_refuses_an_existing_output_and_the_repositorys_own_folders(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / "site-2022").mkdir()
    (repo / "site-2022/index.html").write_text("an earlier archive", encoding="utf-8")
    assert main(["archive", "--year", "2022", *URLS]) == 2
    _refused(capsys, "site-2022 already exists: add --force to replace it")
    assert (repo / "site-2022/index.html").read_text(encoding="utf-8") == "an earlier archive"
    for output in (".", str(repo.parent), "plans/archive", "docs"):
        assert main(["archive", "--year", "2022", "-o", output, "--force", *URLS]) == 2
        _refused(capsys, "the repository or its own folders cannot hold a built site")
    (repo / "a-file").write_text("x", encoding="utf-8")
    assert main(["archive", "--year", "2022", "-o", "a-file", "--force", *URLS]) == 2
    _refused(capsys, "expected a folder, got a file")
    assert (repo / "plans/synthetic-0000/2022.yml").is_file()


def test_archive_stops_on_plans_with_errors(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = repo / "plans/synthetic-0001/2024.yml"
    plan.write_text(plan.read_text(encoding="utf-8") + "unknown_field: 1\n", encoding="utf-8")
    assert main(["archive", "--year", "2022", *URLS]) == 1
    assert "error[E" in capsys.readouterr().err
    assert not (repo / "site-2022").exists()


def test_years_lists_the_reporting_years_newest_first(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["years"]) == 0
    assert capsys.readouterr().out.split() == ["2024", "2023", "2022"]
    assert main(["years", "--newest"]) == 0
    assert capsys.readouterr().out.split() == ["2024"]
    assert main(["years", "--before", "2024", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [2023, 2022]


def test_years_changed_since_names_the_years_whose_plans_or_evidence_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    git = GitRepo(tmp_path)
    synthetic.write_repository(tmp_path, 2, measures=3, years=(2021, 2022, 2023, 2024))
    git.git("add", "-A")
    git.git("commit", "-q", "-m", "plans", env={"GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b"})
    before = git.git("rev-parse", "HEAD")
    plan = tmp_path / "plans/synthetic-0001/2022.yml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("он", "он ", 1), encoding="utf-8")
    photo = tmp_path / "attachments/synthetic-0000/2021/1.1/photo.jpg"
    photo.parent.mkdir(parents=True)
    photo.write_bytes(b"SYNTHETIC")
    git.git("add", "-A")
    git.git("commit", "-q", "-m", "edit", env={"GIT_AUTHOR_NAME": "a", "GIT_AUTHOR_EMAIL": "a@b"})
    monkeypatch.chdir(tmp_path)
    args = ["years", "--before", "2024", "--changed-since", before, "--format", "json"]
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out) == [2022, 2021]
    assert main(["years", "--changed-since", "HEAD", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["years", "--changed-since", "0" * 40]) == 2
    assert "not a commit of this repository" in capsys.readouterr().err


def test_archive_follows_links_before_comparing_with_the_repository(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 27, row 6: -o <a link to the repository>/plans --force deleted plans/."""
    (repo / "plans/notes.txt").write_text("untracked notes", encoding="utf-8")
    outside = repo.parent / f"{repo.name}-links"
    outside.mkdir()
    (outside / "repo").symlink_to(repo)
    for output in (outside / "repo" / "plans", outside / "repo"):
        assert main(["archive", "--year", "2022", "-o", str(output), "--force", *URLS]) == 2
        _refused(capsys, "the repository or its own folders cannot hold a built site", "leads to")
    assert (repo / "plans/notes.txt").read_text(encoding="utf-8") == "untracked notes"
    assert (repo / "plans/synthetic-0000/2022.yml").is_file()


def test_force_replaces_only_a_folder_iltod_wrote(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--force used to delete any existing folder whole, whether or not it was an archive."""
    (repo / "photos").mkdir()
    (repo / "photos/wedding.jpg").write_bytes(b"someone's photo")
    assert main(["archive", "--year", "2022", "-o", "photos", "--force", *URLS]) == 2
    _refused(capsys, "photos was not written by iltod (it has no .iltod-output)")
    assert (repo / "photos/wedding.jpg").read_bytes() == b"someone's photo"
    (repo / "elsewhere").mkdir()
    (repo / "link").symlink_to(repo / "elsewhere")
    assert main(["archive", "--year", "2022", "-o", "link", "--force", *URLS]) == 2
    _refused(capsys, "expected a folder, got a link")


def test_a_folder_iltod_wrote_may_be_replaced(repo: Path) -> None:
    from iltod.cli import outputs

    (repo / "site-2022").mkdir()
    outputs.mark(repo / "site-2022")
    (repo / "site-2022/index.html").write_text("old", encoding="utf-8")
    assert outputs.folder(repo, Path("site-2022"), True, ("plans",)) == Path("site-2022")
    (repo / "empty").mkdir()
    assert outputs.folder(repo, Path("empty"), True, ("plans",)) == Path("empty")


def test_an_archive_records_the_commit_it_was_built_from(tmp_path: Path) -> None:
    """scripts/archive-years decides against what storage holds (issue 27, row 7)."""
    from iltod.cli import outputs

    git = GitRepo(tmp_path / "repo")
    synthetic.write_repository(git.root, 1, measures=2, years=(2022,))
    sha = git.commit("plans", "2024-03-01T10:00:00+08:00")
    made = tmp_path / "site"
    made.mkdir()
    outputs.mark(made, git.root)
    assert (made / outputs.SOURCE).read_text(encoding="utf-8") == sha + "\n"
    plan = git.root / "plans/synthetic-0000/2022.yml"
    plan.write_text(plan.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    outputs.mark(made, git.root)
    assert (made / outputs.SOURCE).read_text(encoding="utf-8") == sha + "+dirty\n"
