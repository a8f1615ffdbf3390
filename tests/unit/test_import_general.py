"""Issue 23, third session: classes of layout found by re-rendering development rows in
systematic variants (``python -m bench.import_variants``). Each test is a small SYNTHETIC
document in one such layout, in every format the class concerns; each failed before its change.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from iltod import progress
from iltod.iaac.grades import Grades
from iltod.iaac.read import Meta, import_bytes
from tests.fixtures.import_corpus import make
from tests.fixtures.import_corpus.make import Cellish, Doc, Span

TITLE = "ТУРШИЛТЫН ГАЗРЫН 2021 ОНЫ ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ (SYNTHETIC)"
FORMATS = ("html", "docx", "xlsx", "lines", "tsv")


def _tsv(doc: Doc) -> bytes:
    texts, _, width = make.grid([*doc.header, *doc.body])
    rows = len(doc.header) + len(doc.body)
    lines = list(doc.preface)
    for r in range(1, rows + 1):
        lines.append("\t".join(texts.get((r, c), "") for c in range(1, width + 1)))
    return ("\n".join(lines) + "\n").encode()


def document(fmt: str, header: list[Cellish], body: list[list[Cellish]], **kw) -> bytes:
    name = {"lines": "t-lines.txt", "tsv": "t.txt"}.get(fmt, f"t.{fmt}")
    doc = Doc(name, "SYNTHETIC", "test", "test-agency", [TITLE], [header], body, {"year": 2021})
    return _tsv(doc) if fmt == "tsv" else make.write(doc)


def measures(fmt: str, header: list[Cellish], body: list[list[Cellish]]):
    name = {"lines": "t-lines.txt", "tsv": "t.txt"}.get(fmt, f"t.{fmt}")
    data = document(fmt, header, body)
    result = import_bytes(data, name, Meta(agency="test-agency", grades=Grades(), output_year=2021))
    assert result.plan is not None, [d.format("en") for d in result.diagnostics]
    rows = [(o.number, m) for o in result.plan.objectives for m in o.measures]
    return rows, "\n".join(d.format("en") for d in result.diagnostics)


def section(text: str, width: int) -> list[Cellish]:
    return [Span(text, 1, width)]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_grade_word_opening_the_result_is_the_percent(fmt):
    """No percent column; the result opens with a grade word as its own sentence."""
    header = ["№", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин, үр дүн"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 4),
        ["1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "2021 он", "Хэрэгжсэн. 12 мэдээлэл нийтэлсэн."],
        ["1.2", "Сургалт хийх (SYNTHETIC)", "2021 он", "Хэрэгжиж байгаа: 1 сургалт хийсэн."],
        ["1.3", "Тайлан гаргах (SYNTHETIC)", "2021 он", "Тайлан хэрэгжсэн гэж үзэв."],
    ]
    rows, _ = measures(fmt, header, body)
    assert [(m.number, m.percent) for _, m in rows] == [("1.1", 100), ("1.2", 30), ("1.3", None)]
    assert rows[0][1].result == "Хэрэгжсэн. 12 мэдээлэл нийтэлсэн."


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_unnamed_column_telling_what_was_done_is_the_result(fmt):
    """No column is headed as the result; the one whose cells say in the past tense what was
    done is it (and a column of names or a repeated link label is not)."""
    header = ["№", "Арга хэмжээ", "Хамрах хүрээ", "Тэмдэглэл", "Хэрэгжилтийн хувь"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 5),
        ["1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "Иргэд", "12 мэдээлэл нийтэлсэн.", "100%"],
        ["1.2", "Сургалт хийх (SYNTHETIC)", "Албан хаагчид", "1 сургалт зохион байгууллаа.", "30%"],
    ]
    rows, warnings = measures(fmt, header, body)
    assert [(m.number, m.result, m.percent) for _, m in rows] == [
        ("1.1", "12 мэдээлэл нийтэлсэн.", 100),
        ("1.2", "1 сургалт зохион байгууллаа.", 30),
    ]
    assert "Тэмдэглэл" in warnings
    assert "W135" in warnings


def test_a_word_report_table_nested_in_a_layout_table_is_read():
    """A Word page laid out as a table: a stamp in one cell, the report table in the next."""
    import copy
    import io

    import docx

    header = ["№", "Арга хэмжээ", "Хүрсэн түвшин, үр дүн", "Хэрэгжилтийн хувь"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 4),
        ["1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "12 мэдээлэл нийтэлсэн.", "100%"],
        ["1.2", "Сургалт хийх (SYNTHETIC)", "1 сургалт хийсэн.", "70%"],
    ]
    d = docx.Document(io.BytesIO(document("docx", header, body)))
    inner = d.tables[0]._tbl
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Тамга (SYNTHETIC)"
    outer.cell(0, 1)._tc.append(copy.deepcopy(inner))
    inner.getparent().remove(inner)
    buf = io.BytesIO()
    d.save(buf)
    meta = Meta(agency="test-agency", grades=Grades(), output_year=2021)
    result = import_bytes(buf.getvalue(), "t.docx", meta)
    assert result.plan is not None, [x.format("en") for x in result.diagnostics]
    got = [(m.number, m.percent) for o in result.plan.objectives for m in o.measures]
    assert got == [("1.1", 100), ("1.2", 70)]


def test_a_budget_alone_on_its_line_in_copied_text_is_not_a_measure_number():
    """Copied one cell per line, "1.5" (million spent) after measure 1.1 fills its budget
    column; it does not follow 1.1, so it does not open a measure 1.5."""
    header = ["№", "Арга хэмжээ", "Зарцуулсан хөрөнгө (сая төгрөг)", "Хүрсэн түвшин", "Хувь"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 5),
        ["1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "1.5", "12 мэдээлэл нийтэлсэн.", "100%"],
        ["1.2", "Сургалт хийх (SYNTHETIC)", "2.5", "1 сургалт хийсэн.", "70%"],
        section("2. Хяналт (SYNTHETIC)", 5),
        ["2.1", "Шалгалт хийх (SYNTHETIC)", "0.5", "2 шалгалт хийсэн.", "30%"],
    ]
    rows, _ = measures("lines", header, body)
    got = [(o, m.number, m.budget.spent if m.budget else None, m.percent) for o, m in rows]
    assert got == [(1, "1.1", 1.5, 100), (1, "1.2", 2.5, 70), (2, "2.1", 0.5, 30)]


def test_a_bare_decimal_percent_in_copied_text_is_not_a_measure_number():
    """A "70.0" in the percent column after measure 1.2 does not follow 1.2: the percent."""
    header = ["№", "Арга хэмжээ", "Хүрсэн түвшин", "Хэрэгжилтийн хувь"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 4),
        ["1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "12 мэдээлэл нийтэлсэн.", "100.0"],
        ["1.2", "Сургалт хийх (SYNTHETIC)", "1 сургалт хийсэн.", "70.0"],
        section("2. Хяналт (SYNTHETIC)", 4),
        ["2.1", "Шалгалт хийх (SYNTHETIC)", "2 шалгалт хийсэн.", "30.0"],
    ]
    rows, _ = measures("lines", header, body)
    assert [(o, m.number, m.percent) for o, m in rows] == [
        (1, "1.1", 100),
        (1, "1.2", 70),
        (2, "2.1", 30),
    ]


def test_an_objective_column_between_number_and_measure_in_copied_text():
    """Copied one cell per line, each row "1.1" / its objective / the measure / …: the
    objective line is the objective, not the measure's text."""
    header = ["№", "Зорилт", "Арга хэмжээ", "Хүрсэн түвшин", "Хувь"]
    obj1, obj2 = "1. Ил тод байдлыг хангах (SYNTHETIC)", "2. Хяналт сайжруулах (SYNTHETIC)"
    body: list[list[Cellish]] = [
        ["1.1", obj1, "Мэдээлэл нийтлэх (SYNTHETIC)", "12 мэдээлэл нийтэлсэн.", "100%"],
        ["1.2", obj1, "Сургалт хийх (SYNTHETIC)", "1 сургалт хийсэн.", "70%"],
        ["2.1", obj2, "Шалгалт хийх (SYNTHETIC)", "2 шалгалт хийсэн.", "30%"],
    ]
    rows, _ = measures("lines", header, body)
    assert [(o, m.number, m.text, m.result) for o, m in rows] == [
        (1, "1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "12 мэдээлэл нийтэлсэн."),
        (1, "1.2", "Сургалт хийх (SYNTHETIC)", "1 сургалт хийсэн."),
        (2, "2.1", "Шалгалт хийх (SYNTHETIC)", "2 шалгалт хийсэн."),
    ]


@pytest.mark.parametrize("fmt", ["html", "docx", "xlsx", "tsv"])
def test_an_unnumbered_section_row_under_the_header_is_not_a_second_header_row(fmt):
    """A title "Сумын хөгжлийн бодлого" (lower case, no number) under the header, merged across
    or alone in the first cell, is objective 1; it is not read into the header (where
    "бодлого" made the number column the objective)."""
    header = ["№", "Арга хэмжээ", "Хүрсэн түвшин, үр дүн", "Хэрэгжилтийн хувь"]
    body = [
        section("Сумын хөгжлийн бодлого (SYNTHETIC)", 4),
        ["1.1", "Төлөвлөгөө шинэчлэх (SYNTHETIC)", "Төсөл боловсруулсан.", "70%"],
        ["1.2", "Хэлэлцүүлэг хийх (SYNTHETIC)", "4 хэлэлцүүлэг хийсэн.", "100%"],
        section("Төрийн үйлчилгээ (SYNTHETIC)", 4),
        ["2.1", "Цахим үйлчилгээ (SYNTHETIC)", "Ажил эхлээгүй.", "0%"],
    ]
    rows, _ = measures(fmt, header, body)
    assert [(o, m.number, m.percent) for o, m in rows] == [
        (1, "1.1", 70),
        (1, "1.2", 100),
        (2, "2.1", 0),
    ]


def test_a_measure_text_over_two_lines_in_copied_text_stays_the_measure_text():
    """Copied one cell per line, the measure's cell held two lines: both stand before the
    timeframe, so both are the measure's text, and the result is the result alone."""
    header = ["№", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин", "Хувь"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 5),
        ["1.1", "Сургалт явуулах (SYNTHETIC)\nЗохион байгуулна.", "2021 он", "Хийсэн.", "100%"],
        ["1.2", "Мэдээлэл нийтлэх (SYNTHETIC)\nСар бүр.", "2021 он", "Нийтэлсэн.", "70%"],
    ]
    rows, _ = measures("lines", header, body)
    assert [(m.number, m.text, m.result, m.percent) for _, m in rows] == [
        ("1.1", "Сургалт явуулах (SYNTHETIC)\nЗохион байгуулна.", "Хийсэн.", 100),
        ("1.2", "Мэдээлэл нийтлэх (SYNTHETIC)\nСар бүр.", "Нийтэлсэн.", 70),
    ]


def test_unnumbered_lower_case_sections_in_copied_text_are_objectives():
    """A title line without a number, not in capitals, after a measure whose lines fill its
    columns and before measure k.1, is objective k's title (it was joined to the result);
    the first one, whose words name a column ("… арга хэмжээний хэрэгжилт"), is not read
    into the header."""
    header = ["№", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин", "Хувь"]
    first = "Хуулиар олгосон чиг үүргийг хэрэгжүүлэх зорилт, арга хэмжээний хэрэгжилт"
    body = [
        section(first, 5),
        ["1.1", "Сургалт явуулах (SYNTHETIC)", "2021 он", "Хийсэн.", "100%"],
        ["1.2", "Мэдээлэл нийтлэх (SYNTHETIC)", "2021 он", "Нийтэлсэн.", "70%"],
        section("Төрийн үйлчилгээ (SYNTHETIC)", 5),
        ["2.1", "Өргөдөл шийдвэрлэх (SYNTHETIC)", "2021 он", "Шийдвэрлэсэн.", "30%"],
    ]
    rows, _ = measures("lines", header, body)
    assert [(o, m.number, m.result, m.percent) for o, m in rows] == [
        (1, "1.1", "Хийсэн.", 100),
        (1, "1.2", "Нийтэлсэн.", 70),
        (2, "2.1", "Шийдвэрлэсэн.", 30),
    ]


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_bare_month_timeframe_is_dated_so_a_strict_build_does_not_stop(fmt):
    """ "5 сар" and "1-5 сар" as the whole timeframe are May of the plan's year (W003 stopped
    a strict build after a clean import); "5 сарын хугацаанд" (within 5 months) stays
    undated."""
    header = ["№", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин, үр дүн", "Хувь"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 5),
        ["1.1", "Мод тарих (SYNTHETIC)", "5 сар", "Тарьсан.", "100%"],
        ["1.2", "Эргүүл гаргах (SYNTHETIC)", "1-5 сар", "Гаргасан.", "70%"],
        ["1.3", "Сургалт хийх (SYNTHETIC)", "5 сарын хугацаанд", "Хийсэн.", "30%"],
    ]
    data = document(fmt, header, body)
    name = {"lines": "t-lines.txt", "tsv": "t.txt"}.get(fmt, f"t.{fmt}")
    result = import_bytes(data, name, Meta(agency="test-agency", output_year=2021))
    assert result.plan is not None
    plan = result.plan
    dues = [progress.due_date(m, plan) for o in plan.objectives for m in o.measures]
    assert dues == [dt.date(2021, 5, 31), dt.date(2021, 5, 31), None]


def test_a_worded_timeframe_in_copied_text_is_the_timeframe_when_the_percent_is_blank():
    """Copied one cell per line, a row without a percent has a line too few; "Жилийн турш"
    (all year) is still known as the timeframe by what the site reads as one."""
    header = ["№", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин", "Хувь"]
    body = [
        section("1. Ил тод байдлыг хангах (SYNTHETIC)", 5),
        ["1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "Жилийн турш", "Нийтэлсэн.", ""],
        ["1.2", "Сургалт хийх (SYNTHETIC)", "Улирал бүр", "Хийсэн.", "70%"],
    ]
    rows, _ = measures("lines", header, body)
    assert [(m.number, m.timeframe, m.result, m.percent) for _, m in rows] == [
        ("1.1", "Жилийн турш", "Нийтэлсэн.", None),
        ("1.2", "Улирал бүр", "Хийсэн.", 70),
    ]


def test_a_last_header_label_of_no_known_column_in_copied_text_is_a_column():
    """Copied one cell per line, a header ending with "Дүгнэлт" (a column no vocabulary
    names) before a title in capitals: the label is a column (its "100%" cells make it the
    percent), not stray text, and the percents are not joined to the results."""
    header = ["№", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин, үр дүн", "Дүгнэлт"]
    body = [
        section("ИЛ ТОД БАЙДЛЫГ ХАНГАХ (SYNTHETIC)", 5),
        ["1.1", "Мэдээлэл нийтлэх (SYNTHETIC)", "2021 он", "Нийтэлсэн.", "100%"],
        ["1.2", "Сургалт хийх (SYNTHETIC)", "2021 он", "Хийсэн.", "70%"],
    ]
    rows, _ = measures("lines", header, body)
    assert [(m.number, m.result, m.percent) for _, m in rows] == [
        ("1.1", "Нийтэлсэн.", 100),
        ("1.2", "Хийсэн.", 70),
    ]


def test_a_numbered_section_over_three_level_measures_in_copied_text():
    """ "1. Title" followed by measure 1.1.1 opens objective 1 (it was read as a measure)."""
    header = ["№", "Арга хэмжээ", "Хэрэгжих хугацаа", "Хүрсэн түвшин", "Хувь"]
    body = [
        section("1. Бодлогын баримт бичигт тусгагдсан зорилт (SYNTHETIC)", 5),
        ["1.1.1", "Журам шинэчлэх (SYNTHETIC)", "2021 он", "Баталсан.", "100%"],
        section("2. Үйлчилгээний чанар (SYNTHETIC)", 5),
        ["2.1.1", "Өргөдөл хүлээн авах (SYNTHETIC)", "2021 он", "Нэвтрүүлсэн.", "70%"],
    ]
    rows, _ = measures("lines", header, body)
    assert [(o, m.number, m.result, m.percent) for o, m in rows] == [
        (1, "1.1.1", "Баталсан.", 100),
        (2, "2.1.1", "Нэвтрүүлсэн.", 70),
    ]


def test_a_measure_number_typed_into_excel_as_a_number_keeps_its_tenth():
    """1.10 typed into Excel is the number 1.1: after measure 1.9 it is read as 1.10 (W141),
    not as a second 1.1."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([TITLE])
    ws.append(["№", "Арга хэмжээ", "Хүрсэн түвшин, үр дүн", "Хэрэгжилтийн хувь"])
    ws.append(["1. Ил тод байдлыг хангах (SYNTHETIC)"])
    for k in range(1, 11):
        ws.append([float(f"1.{k}"), f"Арга хэмжээ {k} (SYNTHETIC)", "Хийсэн.", "100%"])
    buf = io.BytesIO()
    wb.save(buf)
    meta = Meta(agency="test-agency", grades=Grades(), output_year=2021)
    result = import_bytes(buf.getvalue(), "t.xlsx", meta)
    assert result.plan is not None
    numbers = [m.number for o in result.plan.objectives for m in o.measures]
    assert numbers == [f"1.{k}" for k in range(1, 11)]
    warnings = "\n".join(d.format("en") for d in result.diagnostics)
    assert "W141" in warnings
    assert "W116" not in warnings


def test_tab_separated_text_keeps_a_cell_that_only_starts_with_a_quote():
    """Word copies cells as written: '"Эрүүл амьдрал" хөтөлбөр' is that text, quotes kept (a
    CSV reader took the quotes as a quoted cell's and dropped them); Excel's quoted cells
    ('"Хоёр\\nмөр"', inner quotes doubled) are still unquoted."""
    lines = [
        TITLE,
        "№\tАрга хэмжээ\tХүрсэн түвшин, үр дүн\tХэрэгжилтийн хувь",
        '1.1\t"Эрүүл амьдрал" хөтөлбөр хэрэгжүүлэх\tХийсэн.\t100%',
        '1.2\t"Хоёр\nмөр"\t"""Шилэн"" дансанд нийтэлсэн."\t70%',
        "1.3\tСургалт хийх\tХийсэн.\t30%",
    ]
    meta = Meta(agency="test-agency", grades=Grades(), output_year=2021)
    result = import_bytes("\n".join(lines).encode(), "t.txt", meta)
    assert result.plan is not None
    got = [(m.text, m.result) for o in result.plan.objectives for m in o.measures]
    assert got == [
        ('"Эрүүл амьдрал" хөтөлбөр хэрэгжүүлэх', "Хийсэн."),
        ("Хоёр\nмөр", '"Шилэн" дансанд нийтэлсэн.'),
        ("Сургалт хийх", "Хийсэн."),
    ]
