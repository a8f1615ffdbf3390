"""A misspelt build option stops ``mkdocs build`` with the located, bilingual error instead of
being silently ignored."""

from __future__ import annotations

from pathlib import Path

from tests.support import sitekit


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
