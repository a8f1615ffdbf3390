"""What a clerk reads when a build stops (issue 12, row 14): a real ``mkdocs build --strict`` of a
repository with a broken ``agency.yml``.

After "Aborted", unrelated tracebacks used to follow (``Exception ignored … 'NoneType' object has
no attribute 'util'``: the office workers, started before the build knew it would stop, torn down
with the interpreter). Now the output ends with the diagnostics and their summary.
"""

from __future__ import annotations

from pathlib import Path

from tests.support import sample, sitekit


def test_an_aborted_build_ends_with_the_diagnostics_and_the_summary(tmp_path: Path):
    repo = sitekit.make_repo(tmp_path / "repo", plans=sample.PLANS)
    agency = repo / "plans/govisumber-zdtg/agency.yml"
    agency.write_text(agency.read_text("utf-8").replace("region:", "regionx:"), "utf-8")
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode == 1
    output = result.stderr + result.stdout
    assert "Traceback" not in output
    assert "Exception ignored" not in output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "error[E011]" in result.stderr
    assert lines[-1].endswith("2 errors, 0 warnings in 2 files / 2 алдаа, 0 анхааруулга, 2 файл")
    assert result.stdout.strip() == "Aborted with a BuildError!"
