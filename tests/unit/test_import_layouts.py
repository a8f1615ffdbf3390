"""Issue 15: the layouts agencies really publish. Each test reproduces one defect the issue
found on real public reports (0 measures imported from 17 of 17), with a few SYNTHETIC rows.
"""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from iltod import urls
from iltod.iaac import cells, columns, grades
from iltod.iaac.grades import Grades
from iltod.iaac.read import Meta, import_bytes
from iltod.load.checks import plan_checks
from iltod.load.yamlsource import read
from iltod.schema.yamlwrite import dump_model
from tests.support.sitekit import ROOT
from tests.unit.test_import_text import HEADERS, head, row


def run(data: bytes, name: str = "t.txt", **meta):
    result = import_bytes(data, name, Meta(agency="test-agency", **meta))
    return result, [d.format("en") for d in sorted(result.diagnostics)]


def text(lines: list[str]) -> bytes:
    return "\n".join(lines).encode()


def xlsx(rows: list[list[object]]) -> bytes:
    wb = Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_column_number_row_under_the_header_is_skipped_not_a_fake_measure():
    """It became measure 1.1 with text "2" and percent 7, and the scale switched to free."""
    numbers = [f"\t{i}" for i in range(1, 10)] + [""]
    result, messages = run(text(head() + numbers + ["\tНЭГ. Зорилт"] + row("1.1. А")))
    (m,) = result.plan.objectives[0].measures
    assert (m.number, m.text, m.percent, result.plan.scale) == ("1.1", "А", 100, [0, 30, 70, 100])
    assert messages == [
        (
            "t.txt:14:2: warning[W123] expected a table row, got the column-number row "
            "'1 2 3 4 5 6 7 8 9' under the header; skipped"
        )
    ]


@pytest.mark.parametrize("value", ["2.5%", "2.5 %", "2,5%", "2.5 хувь", "0.5, төсөв"])
def test_a_percent_or_an_amount_is_never_a_measure_number(value):
    assert cells.measure_number(value)[1] is None


@pytest.mark.parametrize(
    ("heading", "number", "title"),
    [
        ("НЭГ. Сурталчлах", 1, "Сурталчлах"),
        ("Нэг. Сурталчлах", 1, "Сурталчлах"),
        ("I. Сурталчлах", 1, "Сурталчлах"),
        ("IV. Сурталчлах", 4, "Сурталчлах"),
        ("1. Сурталчлах", 1, "Сурталчлах"),
        ("Зорилт 2: Сурталчлах", 2, "Сурталчлах"),
        ("Зорилт 3", 3, "Зорилт 3"),
    ],
)
def test_section_rows_become_objectives(heading, number, title):
    rows = [["Төлөвлөгөө 2021 он"], ["Арга хэмжээ", "Хугацаа", "Хувь"], [heading]]
    rows += [[f"{number}.1. А", "2021 он", "100%"]]
    result, _ = run(xlsx(rows), "t.xlsx")
    (o,) = result.plan.objectives
    assert (o.number, o.title, [m.number for m in o.measures]) == (number, title, [f"{number}.1"])


def test_three_level_numbers_are_kept_and_work_in_checks_urls_and_order():
    rows = [["Төлөвлөгөө 2021 он"], ["Д/д", "Арга хэмжээ", "Хувь"], ["НЭГ. Зорилт"]]
    rows += [[1, "1.1.1. А", "100%"], [2, "1.1.2. Б", "70%"], [3, "1.2.1. В", "30%"]]
    result, messages = run(xlsx(rows), "t.xlsx")
    numbers = [m.number for m in result.plan.objectives[0].measures]
    assert numbers == ["1.1.1", "1.1.2", "1.2.1"]
    src = read("x.yml", dump_model(result.plan, "plan").encode())
    assert [*src.diagnostics, *plan_checks(src)] == []
    assert urls.measure("a", 2021, "1.1.2") == "a/2021/measure-1-1-2/"
    assert [m for m in messages if "W1" in m and "W122" not in m and "W120" not in m] == []


def test_one_level_numbers_are_numbered_under_their_objective_and_reported():
    rows = [["Төлөвлөгөө 2021 он"], ["Арга хэмжээ", "Хувь"], ["НЭГ. Зорилт"], ["1.А", "100%"]]
    rows += [["ХОЁР. Дараах"], ["1.Б", "70%"]]
    result, messages = run(xlsx(rows), "t.xlsx")
    assert [[m.number for m in o.measures] for o in result.plan.objectives] == [["1.1"], ["2.1"]]
    assert [m.text for o in result.plan.objectives for m in o.measures] == ["А", "Б"]
    assert sum("warning[W129]" in m for m in messages) == 2


def test_measures_without_objective_get_a_named_default_objective():
    rows = [["Төлөвлөгөө 2021 он"], ["Арга хэмжээ", "Хувь"], ["1.1. А", "100%"]]
    result, messages = run(xlsx(rows), "t.xlsx")
    assert result.plan.objectives[0].title == "Зорилтгүй арга хэмжээ (тайланд зорилт бичээгүй)"
    assert any("warning[W118]" in m for m in messages)


@pytest.mark.parametrize(
    ("scale", "word", "percent"),
    [
        (None, "Хэрэгжсэн", 100),
        (None, "хэрэгжилт хангалттай", 70),
        (None, "Хэрэгжиж байгаа", 30),
        (None, "хэрэгжээгүй", 0),
        (None, "Биелсэн.", 100),
        ([0, 40, 70, 100], "хэрэгжиж байгаа", 40),
        ([0, 40, 70, 100], "хэрэгжилт хангалттай", 70),
    ],
)
def test_grade_words_read_on_the_plans_scale(scale, word, percent):
    g = Grades(scale=scale) if scale else Grades()
    rows = [["Төлөвлөгөө 2021 он"], ["Арга хэмжээ", "Хэрэгжилтийн хувь"], ["1.1. А", word]]
    result, messages = run(xlsx(rows), "t.xlsx", grades=g)
    assert result.plan.objectives[0].measures[0].percent == percent
    assert any(
        f"warning[W125] measure[1.1].percent: expected a percent, got the grade word '{word}'" in m
        for m in messages
    )


def test_a_word_inside_a_sentence_is_never_a_grade():
    g = Grades()
    assert g.whole("Сургалт хэрэгжсэн байна") is None
    assert g.marked("Ажил хэрэгжсэн, дуусаагүй") is None
    assert g.marked("Сургалт хийсэн. /хэрэгжиж байгаа/").percent == 30


def test_column_and_result_disagree_the_column_wins_with_a_warning():
    rows = [["Төлөвлөгөө 2021 он"], ["Арга хэмжээ", "Хүрсэн түвшин", "Хэрэгжилтийн хувь"]]
    rows += [["1.1. А", "Хийсэн /хэрэгжиж байгаа-30%/", "70%"], ["1.2. Б", "/хэрэгжсэн/", ""]]
    result, messages = run(xlsx(rows), "t.xlsx")
    assert [m.percent for m in result.plan.objectives[0].measures] == [70, 100]
    assert (
        "t.xlsx:3:2: warning[W126] measure[1.1].percent: expected the percent column and the "
        "result to agree, got 70 in the column and 30 in '/хэрэгжиж байгаа-30%/'; the column wins"
    ) in messages


def test_no_percent_is_invented_from_nothing():
    rows = [["Төлөвлөгөө 2021 он"], ["Арга хэмжээ", "Хүрсэн түвшин"], ["1.1. А", "Хийсэн."]]
    result, _ = run(xlsx(rows), "t.xlsx")
    assert result.plan.objectives[0].measures[0].percent is None


def test_control_characters_are_cleaned_with_a_located_warning():
    """XML cannot hold them and ``iltod validate`` refuses them: a vertical tab becomes a line
    break, an escape is removed, and each is reported where it stood."""
    lines = head() + ["\tНЭГ. Зорилт"] + row("1.1. А", result="Нэг\x0bхоёр\x1b.")
    result, messages = run(text(lines))
    assert result.plan.objectives[0].measures[0].result == "Нэг\nхоёр."
    assert [m for m in messages if "W128" in m] == [
        (
            "t.txt:20:5: warning[W128] expected printable text, got the control character "
            "U+000B; made a line break"
        ),
        (
            "t.txt:20:10: warning[W128] expected printable text, got the control character "
            "U+001B; removed"
        ),
    ]
    page = "<table><tr><th>Арга хэмжээ</th><th>Хувь</th></tr><tr><td>1.1. А\x0bБ</td><td>1"
    result, messages = run(f"{page}00%</td></tr></table>".encode(), "t.html", year=2021)
    assert result.plan.objectives[0].measures[0].text == "А\nБ"
    assert any(m.startswith("t.html:2:1: warning[W128]") for m in messages)


def test_metadata_lines_are_taken_only_when_they_look_like_metadata():
    lines = ["1 2 3", "Хавсралт 2", *head()[1:]]
    result, messages = run(text(lines + ["\tНЭГ. Зорилт"] + row("1.1. А")))
    assert result.plan.title == "t"  # no title line: the file name, W121
    assert [m.split(": ", 1)[0] for m in messages if "W127" in m] == [
        "t.txt:1:1",
        "t.txt:2:1",
    ]
    assert any("W121" in m for m in messages)
    assert "taken as the plan's agency: Туршилтын газар" in result.report("en")


def test_the_seed_keeps_its_three_heading_lines_and_reports_them():
    data = (ROOT / "tests/fixtures/import/seed-govisumber-2021.txt").read_bytes()
    result = import_bytes(data, "seed.txt", Meta(agency="govisumber-zdtg"))
    report = result.report("en").splitlines()
    assert report[:3] == [
        "seed.txt:1:1: taken as the plan's title: Авлигын эсрэг үйл ажиллагааны төлөвлөгөө",
        "seed.txt:2:1: taken as the plan's agency: Говьсүмбэр аймгийн Засаг даргын Тамгын газар",
        "seed.txt:3:1: taken as the plan's period: 2021 оны жилийн эцэс",
    ]
    assert report[4].startswith(
        "seed.txt:15:1: measure 1.1 (objective 1): text, timeframe, indicators, budget, result, "
        "attachments; percent 100 — from the 'Хэрэгжилтийн хувь' column"
    )


def test_the_year_comes_from_the_output_file_name_when_the_document_has_none():
    rows = [["Төлөвлөгөө"], ["Арга хэмжээ", "Хувь"], ["1.1. А", "100%"]]
    result, messages = run(xlsx(rows), "t.xlsx", output_year=2017)
    assert result.plan.year == 2017
    assert (
        "t.xlsx:1:1: warning[W131] expected the year in the document or on the command line, "
        "got none; took 2017 from the output file name"
    ) in messages


def test_html_table_with_spans_scripts_and_line_breaks():
    page = """<html><head><title>x</title><script>var a = "Арга хэмжээ";</script></head>
    <body><h1>Авлигын эсрэг төлөвлөгөөний биелэлт 2022 он</h1><table>
    <tr><th>Зорилт</th><th>Арга хэмжээ</th><th>Хэрэгжих<br>хугацаа</th><th>Хувь</th></tr>
    <tr><td rowspan="2">1. Сурталчлах</td><td>1.1. А &amp; Б<br>хоёр</td><td>2022 он</td>
    <td>100%</td></tr><tr><td>1.2. В</td><td colspan="2">2022 он</td></tr></table>
    <script>document.write("<table><tr><td>Арга хэмжээ</td></tr></table>")</script></body></html>"""
    result, messages = run(page.encode(), "t.html")
    o = result.plan.objectives[0]
    assert (result.plan.year, o.title) == (2022, "Сурталчлах")
    assert [(m.number, m.text, m.timeframe, m.percent) for m in o.measures] == [
        ("1.1", "А & Б\nхоёр", "2022 он", 100),
        ("1.2", "В", "2022 он", None),
    ]
    assert any("warning[W110]" in m and "C3:D3" in m for m in messages)


def test_text_with_one_cell_per_line_is_read_and_every_guess_reported():
    lines = ["Төлөвлөгөө 2021 он", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин", "Хувь"]
    lines += ["НЭГ. Зорилт", "1.1. А", "2021 он", "Хийсэн.", "100%", "1.2. Б", "Хийж байна.", "30%"]
    result, messages = run(text(lines))
    ms = result.plan.objectives[0].measures
    assert [(m.number, m.timeframe, m.result, m.percent) for m in ms] == [
        ("1.1", "2021 он", "Хийсэн.", 100),
        ("1.2", None, "Хийж байна.", 30),
    ]
    assert [m.split(": ", 1)[0] for m in messages if "W130" in m] == ["t.txt:2:1", "t.txt:11:1"]
    assert "W118" not in " ".join(messages)


def test_new_columns_fill_responsible_baseline_and_target_level():
    rows = [["Төлөвлөгөө 2021 он"]]
    rows += [["Арга хэмжээ", "Суурь түвшин", "Зорилтот түвшин", "Хариуцах эзэн/нэгж", "Хувь"]]
    rows += [["1.1. А", "10", "20", "Санхүүгийн хэлтэс", "70%"]]
    result, _ = run(xlsx(rows), "t.xlsx")
    m = result.plan.objectives[0].measures[0]
    assert (m.baseline, m.target_level, m.responsible) == ("10", "20", "Санхүүгийн хэлтэс")


@pytest.mark.parametrize(
    ("header", "role"),
    [(h, f.role) for f in columns.VOCABULARY for h in f.headers]
    + [("ХЭРЭГЖИЛ-\nТИЙН  ХУВЬ", "percent"), ("Хүрэх түвшин,\nүр дүн", "target")],
)
def test_every_header_wording_of_the_vocabulary_names_its_field(header, role):
    assert columns.role(header) == role


def test_the_guide_shows_the_vocabulary_and_the_grade_words_of_the_code():
    guide = (ROOT / "iltod/site/guides/import-export.md").read_text(encoding="utf-8")
    assert columns.vocabulary_markdown() in guide
    assert grades.table_markdown() in guide
    assert HEADERS[0] == "Д/д"
