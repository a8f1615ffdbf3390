"""The real builds: strict, both languages, open data in place (the frozen sample of
tests/fixtures/sample/, in a temporary repository of this checkout's engine)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import sample, sitekit


def test_sample_builds_strict_with_pages_and_open_data(sample_site: Path) -> None:
    assert (sample_site / "govisumber-zdtg/2021/measure-5-1/index.html").is_file()
    assert (sample_site / "govisumber-zdtg/2021/print/index.html").is_file()
    doc = json.loads((sample_site / "data/plans.json").read_text(encoding="utf-8"))
    assert [p["average"] for p in doc["plans"]] == [97.5]
    assert (sample_site / "data/govisumber-zdtg/2021.csv").is_file()


def test_english_site_builds_strict_with_english_labels(tmp_path: Path) -> None:
    repo = sitekit.make_repo(tmp_path / "repo", plans=sample.PLANS)
    out = tmp_path / "en"
    result = sitekit.build(repo, out, config="mkdocs.en.yml")
    assert result.returncode == 0, result.stderr
    html = (out / "govisumber-zdtg/2021/measure-5-1/index.html").read_text(encoding="utf-8")
    assert "not assessed" in html
    assert 'lang="en"' in html


def test_a_data_error_fails_the_build_with_the_validator_s_lines(tmp_path: Path) -> None:
    repo = sitekit.make_repo(tmp_path / "repo")
    folder = repo / "plans/broken"
    folder.mkdir(parents=True)
    (folder / "agency.yml").write_text(
        'slug: "broken"\nname:\n  mn: "Б"\nregion: "govisumber"\n', encoding="utf-8"
    )
    (folder / "2021.yml").write_text(
        'agency: "broken"\nyear: 2021\ntitle: "T"\nperiod: "year-end"\nobjectives:\n'
        '  - number: 1\n    title: "O"\n    measures:\n      - number: "1.1"\n        text: "M"\n'
        '        timeframe: "2021 он"\n        percent: 120\n',
        encoding="utf-8",
    )
    result = sitekit.build(repo, tmp_path / "site")
    assert result.returncode != 0
    assert (
        "plans/broken/2021.yml:12:18: error[E012] measure 1.1 › percent: "
        "expected one of 0, 30, 70, 100; got 120"
    ) in result.stderr
    assert not (tmp_path / "site/index.html").exists()


def test_plan_page_links_the_report_table_as_excel_and_word(sample_site: Path) -> None:
    from docx import Document
    from openpyxl import load_workbook

    html = (sample_site / "govisumber-zdtg/2021/index.html").read_text(encoding="utf-8")
    for ext in ("xlsx", "docx", "json", "csv"):
        assert f'href="../../data/govisumber-zdtg/2021.{ext}"' in html
    sheet = load_workbook(sample_site / "data/govisumber-zdtg/2021.xlsx").active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert "Хэрэгжилтийн хувь" in cells
    assert any(c.startswith("НЭГ.") for c in cells)
    doc = Document(str(sample_site / "data/govisumber-zdtg/2021.docx"))
    assert any("Хэрэгжилтийн хувь" in c.text for t in doc.tables for c in t.rows[0].cells)


def test_every_generated_page_has_exactly_one_h1(sample_site: Path) -> None:
    pages = [
        p
        for p in sample_site.rglob("index.html")
        if p.parent.name.startswith(("measure-", "objective-"))
    ]
    pages += [sample_site / "index.html", sample_site / "govisumber-zdtg/2021/index.html"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert html.count("<h1") == 1, page
