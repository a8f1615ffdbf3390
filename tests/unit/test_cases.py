"""Every rule of the validator, one small repository per case.

``tests/cases/valid/<case>/`` must validate clean: no error, no warning.
``tests/cases/invalid/<case>/`` must print exactly its ``expected.txt``: every located, bilingual
diagnostic (``--lang both``, the default) and the one summary line. The exit code is always 1:
every warning a case shows stops the strict build too (iltod.diagnostics.strict), and validate
fails exactly when the pull-request check's strict build would.

A case may hold ``symlinks.txt`` with ``link -> target`` lines: the links are made in a copy of
the case at run time, so that no symbolic link is committed (git on Windows checks them out as
plain files, and a committed link is the very thing the validator refuses).

After a deliberate change of messages, rewrite the expectations with::

    ILTOD_UPDATE_GOLDEN=1 python -m pytest tests/unit/test_cases.py

and review every changed ``expected.txt`` in the diff before committing.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from iltod import cli

CASES = Path(__file__).parents[1] / "cases"
UPDATE = os.environ.get("ILTOD_UPDATE_GOLDEN") == "1"


def _cases(kind: str) -> list[Path]:
    return sorted(p for p in (CASES / kind).iterdir() if p.is_dir())


def _materialize(case: Path, tmp_path: Path) -> Path:
    """A copy of the case with its symbolic links made, so the committed folder stays untouched."""
    root = tmp_path / case.name
    shutil.copytree(case, root, ignore=shutil.ignore_patterns("expected.txt", "symlinks.txt"))
    manifest = case / "symlinks.txt"
    if manifest.exists():
        for line in manifest.read_text(encoding="utf-8").splitlines():
            link, target = (part.strip() for part in line.split("->"))
            (root / link).parent.mkdir(parents=True, exist_ok=True)
            (root / link).symlink_to(target)
    return root


def _validate(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["validate", str(root)])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid_case_is_clean(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _validate(_materialize(case, tmp_path), capsys)
    files = len(list((case / "plans").glob("*/*.yml")))
    assert out == f"0 errors, 0 warnings in {files} files / 0 алдаа, 0 анхааруулга, {files} файл\n"
    assert code == 0


@pytest.mark.parametrize("case", _cases("invalid"), ids=lambda p: p.name)
def test_invalid_case_prints_expected(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _validate(_materialize(case, tmp_path), capsys)
    golden = case / "expected.txt"
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    assert out == expected
    assert "error[" in expected or "warning[" in expected, "an invalid case must report something"
    assert code == 1, "every warning a case shows stops the strict build, so validate fails"


def _export(root: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert cli.main(["export", str(root), "--format", "json", "--as-of", "2022-06-01"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return json.loads(out)


@pytest.mark.parametrize("case", _cases("valid"), ids=lambda p: p.name)
def test_valid_case_exports(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (plan,) = _export(_materialize(case, tmp_path), capsys)["plans"]
    assert plan["agency"] == "sumber-zdtg"
    assert plan["year"] == 2021


def _measures(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[dict, dict]:
    (plan,) = _export(_materialize(CASES / "valid" / case, tmp_path), capsys)["plans"]
    return plan, {m["number"]: m for o in plan["objectives"] for m in o["measures"]}


def test_free_scale_keeps_decimals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan, measures = _measures("free-scale", tmp_path, capsys)
    assert plan["scale"] == "free"
    assert (measures["1.1"]["percent"], measures["1.1"]["status"], plan["average"]) == (
        91.7,
        "in-progress",
        91.7,
    )


def test_scale_0_40_70_100(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan, measures = _measures("scale-0-40-70-100", tmp_path, capsys)
    assert plan["scale"] == [0, 40, 70, 100]
    assert measures["1.2"]["status"] == "insufficient"
    assert plan["average"] == 70


def test_not_due_measure_is_out_of_averages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan, measures = _measures("not-due", tmp_path, capsys)
    assert (measures["1.2"]["status"], measures["1.2"]["percent"], measures["1.2"]["overdue"]) == (
        "not-due",
        None,
        False,
    )
    assert (plan["average"], plan["measures_total"], plan["measures_assessed"]) == (100, 2, 1)


def test_stored_and_declared_attachments_add_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, measures = _measures("attachments", tmp_path, capsys)
    counts = measures["1.1"]["attachments"]
    assert (counts["total"], counts["files"], counts["images"]) == (
        11,
        2,
        9,
    )  # 9 declared + 2 stored
