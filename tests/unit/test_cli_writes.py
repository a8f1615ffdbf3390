"""No command destroys work (issue 12, row 8).

``iltod import partial.txt -o <existing plan>`` replaced a 13-measure plan that had uncommitted
edits with 2 measures (exit 0); ``iltod template`` run twice overwrote a filled template;
``iltod template -o plan.yml`` and ``iltod export --format xlsx -o plan.yml`` overwrote a plan with
a spreadsheet. Now: writing onto an existing file needs ``--force``; a file name must end in the
format's own extension, so a plan is never overwritten by another format; nothing is written
when the input had errors. Each refusal is a usage error (exit 2) in English and Mongolian, and
leaves every file as it was. Runs in a copy of the frozen sample (tests/fixtures/sample/).
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from iltod.cli import common, main
from tests.support import sample
from tests.support.sitekit import ROOT

SEED = ROOT / "tests/fixtures/import/seed-govisumber-2021.txt"
PLAN = "plans/govisumber-zdtg/2021.yml"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample, with an uncommitted edit in its plan."""
    sample.copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    plan = tmp_path / PLAN
    plan.write_text(plan.read_text("utf-8") + "# an edit not yet committed\n", "utf-8")
    return tmp_path


def _report(tmp_path: Path, name: str, lines: str) -> Path:
    """A reporting-system export made of some of the seed's lines (1-based, inclusive)."""
    seed = SEED.read_text("utf-8").splitlines(keepends=True)
    chosen = []
    for part in lines.split(","):
        first, last = (int(n) for n in part.split("-"))
        chosen += seed[first - 1 : last]
    path = tmp_path / name
    path.write_text("".join(chosen), "utf-8")
    return path


def _refused(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    err = capsys.readouterr().err
    assert "nothing written" in err
    assert "юу ч бичээгүй" in err
    for word in words:
        assert word in err
    return err


def test_import_onto_an_existing_plan_needs_force(repo: Path, capsys):
    before = (repo / PLAN).read_bytes()
    partial = _report(repo, "partial.txt", "1-35")  # measures 1.1 and 1.2 only
    assert main(["import", str(partial), "-o", PLAN]) == 2
    _refused(capsys, "already exists: add --force", "--force нэмнэ үү")
    assert (repo / PLAN).read_bytes() == before
    assert main(["import", str(partial), "-o", PLAN, "--force"]) == 0
    assert (repo / PLAN).read_text("utf-8").count("- number: ") == 1 + 2  # 1 objective, 2 measures


def test_import_writes_nothing_when_the_input_has_errors(repo: Path, capsys):
    duplicate = _report(repo, "dup.txt", "1-26,15-26")  # measure 1.1 twice
    out = repo / "plans/govisumber-zdtg/2022.yml"
    assert main(["import", str(duplicate), "-o", str(out), "--year", "2022"]) == 1
    _refused(capsys, "error[E024]")
    assert not out.exists()
    assert main(["import", str(duplicate), "--year", "2022"]) == 1  # to standard output
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "nothing written" in captured.err


def test_template_twice_keeps_the_filled_one(repo: Path, capsys):
    assert main(["template", "--year", "2024"]) == 0
    filled = repo / "iltod-template-2024.xlsx"
    book = openpyxl.load_workbook(filled)
    book.active["B5"] = "Сургалт зохион байгуулсан"  # the clerk's work
    book.save(filled)
    before = filled.read_bytes()
    capsys.readouterr()
    assert main(["template", "--year", "2024"]) == 2
    _refused(capsys, "iltod-template-2024.xlsx already exists")
    assert filled.read_bytes() == before
    assert main(["template", "--year", "2024", "--force"]) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["template", "--year", "2024", "-o", PLAN],
        ["export", "plans", "--format", "xlsx", "-o", PLAN],
        ["export", "plans", "--format", "docx", "-o", PLAN],
        ["export", "plans", "--format", "json", "-o", PLAN],
        ["export", "plans", "--format", "csv", "-o", PLAN],
        ["schema", "plan", "-o", PLAN],
    ],
    ids=["template", "xlsx", "docx", "json", "csv", "schema"],
)
def test_a_plan_is_never_overwritten_by_another_format_even_with_force(repo: Path, capsys, argv):
    before = (repo / PLAN).read_bytes()
    for force in ([], ["--force"]):
        assert main(argv + force) == 2
        _refused(capsys, "expected a file name ending in .", ".yml")
    assert (repo / PLAN).read_bytes() == before


@pytest.mark.parametrize("fmt", ["json", "csv", "xlsx", "docx"])
def test_export_onto_an_existing_file_needs_force(repo: Path, capsys, fmt):
    out = repo / f"out.{fmt}"
    out.write_bytes(b"kept")
    assert main(["export", "plans", "--format", fmt, "-o", str(out)]) == 2
    _refused(capsys, "already exists")
    assert out.read_bytes() == b"kept"
    assert main(["export", "plans", "--format", fmt, "-o", str(out), "--force"]) == 0
    assert out.read_bytes() != b"kept"


def test_export_of_several_plans_checks_every_file_before_writing_one(repo: Path, capsys):
    plan_2022 = repo / "plans/govisumber-zdtg/2022.yml"
    plan_2022.write_text(
        (repo / PLAN).read_text("utf-8").replace("year: 2021", "year: 2022"), "utf-8"
    )
    folder = repo / "out"
    folder.mkdir()
    (folder / "govisumber-zdtg-2022.xlsx").write_bytes(b"kept")
    assert main(["export", "plans", "--format", "xlsx", "-o", "out/"]) == 2
    _refused(capsys, "govisumber-zdtg-2022.xlsx already exists")
    assert sorted(p.name for p in folder.iterdir()) == ["govisumber-zdtg-2022.xlsx"]
    assert main(["export", "plans", "--format", "xlsx", "-o", "several.xlsx"]) == 2
    _refused(capsys, "must be a folder")


def test_a_written_file_appears_whole_or_not_at_all(tmp_path: Path):
    path = tmp_path / "a" / "b.json"
    common.write_bytes(path, b"{}")
    assert path.read_bytes() == b"{}"
    assert [p.name for p in path.parent.iterdir()] == ["b.json"]  # no temporary file left
