"""A misspelt build option stops ``mkdocs build`` with the located, bilingual error instead of
being silently ignored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import sample, sitekit


def test_a_misspelt_option_in_mkdocs_yml_stops_the_build_at_its_line(tmp_path: Path) -> None:
    repo = sitekit.make_repo(tmp_path / "repo")
    config = repo / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines()
    at = lines.index("  iltod:") + 1
    lines.insert(at, "    ofice_downloads: false")
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode == 1
    output = result.stdout + result.stderr
    assert f"mkdocs.yml:{at + 1}:5: error[E401] extra.iltod.ofice_downloads: " in output
    assert "үл мэдэгдэх 'ofice_downloads' тохиргоо байна" in output
    assert not (tmp_path / "site" / "index.html").exists()


@pytest.mark.parametrize(
    ("env", "located"),
    [
        ({"ILTOD_YEARS": "2024"}, "ILTOD_YEARS:1:1: error[E404] extra.iltod.years:"),
        ({"ILTOD_ONLY": "nobody-zdtg"}, "ILTOD_ONLY:1:1: error[E404] ILTOD_ONLY:"),
    ],
)
def test_a_selection_that_holds_no_plan_fails_the_build(
    tmp_path: Path, env: dict[str, str], located: str
) -> None:
    """ILTOD_YEARS=2024 on a repository of 2021 plans used to build an empty site, exit 0."""
    repo = sitekit.make_repo(tmp_path / "repo", sample.PLANS)
    result = sitekit.build(repo, tmp_path / "site", **env)
    assert result.returncode != 0
    (line,) = [x for x in result.stderr.splitlines() if "error[E404]" in x]
    assert located in line
    assert "expected the build to select at least one plan" in line
    assert "govisumber-zdtg" in line  # what there is to choose from
