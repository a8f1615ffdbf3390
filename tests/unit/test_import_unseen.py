"""Issue 23: import that works on reports it was never tuned to. Each test is one defect found
from outside (numbering, metadata, columns, a new agency, timeframes, corrections), reproduced
with a small document in the layout of a public report (SYNTHETIC values)."""

from __future__ import annotations

import html

from openpyxl import load_workbook

from iltod.cli import main
from iltod.iaac.read import Meta, import_bytes
from iltod.load.yamlsource import read
from iltod.progress import PlanPeriod, read_timeframe


def _page(lines: list[str], header: list[str], rows: list[list[str]]) -> bytes:
    def tr(cells: list[str], tag: str) -> str:
        if len(cells) == 1:  # a section row across the table
            return f'<tr><{tag} colspan="{len(header)}">{html.escape(cells[0])}</{tag}></tr>'
        return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>"

    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    table = tr(header, "th") + "".join(tr(r, "td") for r in rows)
    return f'<html lang="mn"><body>{body}<table>{table}</table></body></html>'.encode()


DISTRICT = _page(
    [
        "ДҮҮРГИЙН ЗАСАГ ДАРГЫН 2012-2016 ОНЫ ҮЙЛ АЖИЛЛАГААНЫ ХӨТӨЛБӨРИЙН 2014 ОНЫ БИЕЛЭЛТ",
        "Туршилтын дүүргийн Засаг даргын Тамгын газар",
    ],
    ["Д/д", "Арга хэмжээ", "Хэрэгжилт", "Хувь"],
    [
        ["НЭГ. ЭДИЙН ЗАСАГ"],
        ["1", "2.1. Зам засах (SYNTHETIC)", "Засварласан.", "100"],
        ["2", "2.2. Гэрэлтүүлэг (SYNTHETIC)", "Эхэлсэн.", "30"],
        ["ХОЁР. НИЙГЭМ"],
        ["3", "3.1. Сургууль (SYNTHETIC)", "Барьсан.", "100"],
        ["4", "3.2. Цэцэрлэг (SYNTHETIC)", "Барьж байна.", "70"],
        ["5", "3.3. Эмнэлэг (SYNTHETIC)", "Эхлээгүй.", "0"],
    ],
)


def test_a_programme_s_clause_numbers_are_kept_and_the_plan_is_written(
    tmp_path, monkeypatch, capsys
):
    (tmp_path / "plans").mkdir()
    (tmp_path / "district.html").write_bytes(DISTRICT)
    monkeypatch.chdir(tmp_path)
    assert (
        main(["import", "district.html", "-o", "plans/test-duureg/2014.yml", "--lang", "en"]) == 0
    )
    err = capsys.readouterr().err
    assert "error" not in err.replace("0 errors", "")
    assert "warning[W133]" in err  # validate: the numbers are the source's own, not E025
    plan = read("p", (tmp_path / "plans/test-duureg/2014.yml").read_bytes()).data
    assert plan["numbering"] == "source"
    assert plan["year"] == 2014  # the report's year, not the programme's last (2016)
    numbers = [m["number"] for o in plan["objectives"] for m in o["measures"]]
    assert numbers == ["2.1", "2.2", "3.1", "3.2", "3.3"]
    assert main(["validate", "plans/"]) == 0


def test_errors_of_an_import_point_at_the_document_s_row_in_the_clerk_s_words(
    tmp_path, monkeypatch, capsys
):
    doc = _page(
        ["Авлигын эсрэг төлөвлөгөөний 2021 оны биелэлт (SYNTHETIC)"],
        ["Д/д", "Арга хэмжээ", "Хувь"],
        [
            ["НЭГ. ЗОРИЛТ"],
            ["1", "1.1. Нэг (SYNTHETIC)", "100"],
            ["2", "1.1. Хоёр (SYNTHETIC)", "30"],
        ],
    )
    (tmp_path / "plans").mkdir()
    (tmp_path / "d.html").write_bytes(doc)
    monkeypatch.chdir(tmp_path)
    assert main(["import", "d.html", "-o", "plans/test-a/2021.yml", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "error[E024]" in x)
    assert line.startswith("d.html:")  # the document read, never the file not written
    assert "measure 1.1 › number" in line
    assert "objectives[0]" not in line
    assert not (tmp_path / "plans/test-a/2021.yml").exists()


def test_the_filled_template_of_a_new_agency_leaves_a_repository_that_validates(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plans").mkdir()
    assert main(["template", "--year", "2025", "-o", "t.xlsx"]) == 0
    wb = load_workbook(tmp_path / "t.xlsx")
    assert "plans/<slug>/" in wb["Заавар"]["B8"].value  # the slug is the folder, not the sheet
    ws = wb["Тайлан"]
    ws["A1"] = "Авлигын эсрэг үйл ажиллагааны төлөвлөгөө"
    ws["A2"] = "Баянхонгор аймгийн Галуут сумын Засаг даргын Тамгын газар"
    header = next(r for r in range(1, 20) if ws.cell(r, 3).value == "Арга хэмжээ")
    ws.cell(header + 1, 1, "НЭГ. ИЛ ТОД БАЙДАЛ")
    row = ["1", "", "1.1. Мэдээлэл нийтлэх (SYNTHETIC)", "2025 он", "", "", "-", "Нийтэлсэн.", 100]
    for c, v in enumerate(row, 1):
        ws.cell(header + 2, c, v)
    wb.save(tmp_path / "filled.xlsx")
    assert main(["import", "filled.xlsx", "-o", "plans/galuut-zdtg/2025.yml", "--lang", "en"]) == 0
    assert "warning[W136]" in capsys.readouterr().err
    agency = read("a", (tmp_path / "plans/galuut-zdtg/agency.yml").read_bytes()).data
    assert agency["name"]["mn"] == "Баянхонгор аймгийн Галуут сумын Засаг даргын Тамгын газар"
    assert agency["region"] == "bayankhongor"
    assert main(["validate", "plans/"]) == 0


def test_a_column_of_percents_is_the_percent_whatever_its_header_and_narrative_is_the_result():
    doc = _page(
        ["Гэрээний хэрэгжилтийн 2020 оны тайлан (SYNTHETIC)"],
        ["№", "Арга хэмжээ", "Хэрэгжилт", "Хийгдсэн ажил"],
        [
            [
                "1",
                "Бэлчээрийн төлөвлөгөө (SYNTHETIC)",
                "40%",
                "Төлөвлөгөө боловсруулж тайлан өгсөн",
            ],
            ["2", "Хэлэлцүүлэг (SYNTHETIC)", "70%", "4 багт хэлэлцүүлэг зохион байгуулсан"],
        ],
    )
    result = import_bytes(doc, "r.html", Meta(agency="tpc"))
    assert result.plan is not None
    m = result.plan.objectives[0].measures
    assert [x.percent for x in m] == [40, 70]
    assert m[0].result == "Төлөвлөгөө боловсруулж тайлан өгсөн"
    assert result.plan.scale == [0, 40, 70, 100]  # inferred and named, not silently free
    codes = {d.code for d in result.diagnostics}
    assert {"W135", "W134"} <= codes
    assert "guess / таамаг: column 3 'Хэрэгжилт' is percent (by its cells)" in result.report("en")


def test_a_numbered_goal_line_starts_its_objective_and_may_hold_a_measure():
    doc = _page(
        ["Стратеги төлөвлөгөөний 2023 оны гүйцэтгэлийн тайлан (SYNTHETIC)"],
        ["№", "Арга хэмжээ", "Хүрсэн үр дүн", "Хувь"],
        [
            ["1", "Хүний нөөц (SYNTHETIC)", "", ""],
            ["1.1", "Сургалт (SYNTHETIC)", "Хийсэн.", "100"],
            ["2", "Цахим архив (SYNTHETIC)", "Нэвтэрсэн.", "100"],
        ],
    )
    result = import_bytes(doc, "s.html", Meta(agency="a"))
    assert result.plan is not None
    got = [(o.number, [m.number for m in o.measures]) for o in result.plan.objectives]
    assert got == [(1, ["1.1"]), (2, ["2.1"])]


def test_a_map_corrects_a_column_and_says_which_line_changed_what(tmp_path, monkeypatch, capsys):
    doc = _page(
        ["Төлөвлөгөөний 2021 оны биелэлт (SYNTHETIC)"],
        ["№", "Арга хэмжээ", "Тайлбар", "Хувь"],
        [["1", "1.1. Нэг (SYNTHETIC)", "Хийсэн ажил", "100"]],
    )
    (tmp_path / "r.html").write_bytes(doc)
    (tmp_path / "map.yml").write_text("columns:\n  Тайлбар: result\nyear: 2021\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["import", "r.html", "--agency", "a", "--map", "map.yml", "-o", "p.yml"]) == 0
    err = capsys.readouterr().err
    assert "map.yml:2:1: warning[W137]" in err
    assert "column 3 'Тайлбар' read as result" in err
    plan = read("p", (tmp_path / "p.yml").read_bytes()).data
    assert plan["objectives"][0]["measures"][0]["result"] == "Хийсэн ажил"
    (tmp_path / "bad.yml").write_text("columns:\n  Тайлбар: nonsense\n", "utf-8")
    assert main(["import", "r.html", "--agency", "a", "--map", "bad.yml", "-o", "q.yml"]) == 2


def test_timeframes_after_an_event_and_month_day_year_dates_are_dated():
    plan = PlanPeriod(2021)
    assert read_timeframe("Өөрчлөлт орсноос хойш 7 хоногийн дотор", plan).timing == "event"
    assert read_timeframe("12/31/2021", plan) == ("date", PlanPeriod(2021).end)
    assert read_timeframe("9 сард", plan).timing == "month"


def test_a_plan_with_such_timeframes_validates_without_w003(tmp_path, monkeypatch, capsys):
    doc = _page(
        ["Төлөвлөгөөний 2021 оны биелэлт (SYNTHETIC)", "Туршилтын газар"],
        ["№", "Арга хэмжээ", "Хугацаа", "Хувь"],
        [
            ["НЭГ. ЗОРИЛТ"],
            ["1", "1.1. Нэг (SYNTHETIC)", "Өөрчлөлт орсноос хойш 7 хоногийн дотор", "100"],
            ["2", "1.2. Хоёр (SYNTHETIC)", "12/31/2021", "100"],
        ],
    )
    (tmp_path / "plans").mkdir()
    (tmp_path / "r.html").write_bytes(doc)
    monkeypatch.chdir(tmp_path)
    assert main(["import", "r.html", "-o", "plans/test-b/2021.yml"]) == 0
    capsys.readouterr()
    assert main(["validate", "plans/", "--lang", "en"]) == 0
    assert "W003" not in capsys.readouterr().err + capsys.readouterr().out
