"""`iltod import`, `iltod template` and `iltod export --format xlsx|docx` end to end, in a copy
of the frozen sample repository (tests/fixtures/sample/)."""

from __future__ import annotations

from pathlib import Path

from iltod.cli import main
from iltod.load.yamlsource import read
from iltod.model import Plan
from tests.support import sample
from tests.support.sitekit import ROOT

SEED = ROOT / "tests/fixtures/import/seed-govisumber-2021.txt"


def _plan(path: Path) -> Plan:
    return Plan.model_validate(read(str(path), path.read_bytes()).data)


def test_import_writes_a_valid_plan_and_reports(tmp_path, monkeypatch, capsys):
    sample.copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "plans/govisumber-zdtg/2021.yml"
    out.unlink()
    assert main(["import", str(SEED), "-o", "plans/govisumber-zdtg/2021.yml", "--lang", "en"]) == 0
    err = capsys.readouterr().err
    assert "warning[W102] measure[5.1].percent" in err
    assert "read 5 objectives, 13 measures, 12 percents, 6 attachment counts from" in err
    expected = _plan(sample.PLAN_FILE)
    assert _plan(out).model_copy(update={"source": expected.source}) == expected


def test_export_then_import_xlsx_and_docx(tmp_path, monkeypatch, capsys):
    sample.copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    expected = _plan(tmp_path / "plans/govisumber-zdtg/2021.yml")
    for fmt in ("xlsx", "docx"):
        assert main(["export", "plans", "--format", fmt, "-o", f"out/r.{fmt}"]) == 0
        assert main(["import", f"out/r.{fmt}", "-o", f"back/{fmt}.yml"]) == 0
        assert _plan(tmp_path / f"back/{fmt}.yml") == expected


def test_template_and_usage_errors(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["template", "--year", "2024", "-o", "t.xlsx"]) == 0
    assert (tmp_path / "t.xlsx").stat().st_size > 0
    assert main(["import", "missing.docx"]) == 2
    assert main(["import", "t.xlsx"]) == 1  # an empty template has no measures
    assert "error[E104]" in capsys.readouterr().err


def test_dry_run_prints_the_import_report_and_writes_nothing(tmp_path, monkeypatch, capsys):
    sample.copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "plans/govisumber-zdtg/2021.yml"
    out.unlink()
    args = ["import", str(SEED), "--dry-run", "-o", "plans/govisumber-zdtg/2021.yml"]
    assert main([*args, "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert not out.exists()
    assert ":1:1: taken as the plan's title: Авлигын эсрэг үйл ажиллагааны төлөвлөгөө" in printed
    assert "measure 5.1 (objective 5): text, timeframe, indicators, budget, result; no percent" in (
        printed
    )
    assert "warning[W102] measure[5.1].percent" in printed


def test_the_year_comes_from_the_output_name_and_grade_words_from_the_given_scale(
    tmp_path, monkeypatch, capsys
):
    """Issue 15: `-o plans/<agency>/2017.yml` did not supply the year, though the docs said so."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.html").write_text(
        "<p>Авлигын эсрэг төлөвлөгөө</p><table><tr><th>Арга хэмжээ</th><th>Үнэлгээ</th></tr>"
        "<tr><td>1.1. Сургалт</td><td>Хэрэгжиж байгаа</td></tr></table>",
        encoding="utf-8",
    )
    (tmp_path / "grades.yml").write_text('"дутуу хийгдсэн": begun\n', encoding="utf-8")
    args = ["import", "r.html", "--agency", "test-agency", "-o", "out/2017.yml"]
    assert main([*args, "--scale", "100,70,40,0", "--grades", "grades.yml"]) == 0
    plan = _plan(tmp_path / "out/2017.yml")
    assert (plan.year, plan.scale, plan.objectives[0].measures[0].percent) == (
        2017,
        [0, 40, 70, 100],
        40,
    )
    assert "warning[W131]" in capsys.readouterr().err
    assert main([*args, "--scale", "0,30"]) == 2
    assert main([*args, "--grades", "missing.yml"]) == 2


def test_an_import_whose_plan_the_strict_build_would_stop_on_fails_and_says_so(
    tmp_path, monkeypatch, capsys
):
    """Issue 27, row 13: a report imported "cleanly" whose timeframe iltod cannot date (W003)
    exited 0, then the pull-request check's strict build stopped on it."""
    sample.copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "report.txt"
    report.write_text(
        SEED.read_text(encoding="utf-8").replace("\t2021 он", "\tСонгуулийн дараа", 1), "utf-8"
    )
    (tmp_path / "plans/govisumber-zdtg/2021.yml").unlink()
    args = ["import", str(report), "-o", "plans/govisumber-zdtg/2021.yml", "--lang", "en"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "warning[W003]" in err
    assert "stops `mkdocs build --strict`" in err
    assert main(["validate", "plans"]) == 1  # the same verdict as validate's
