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
