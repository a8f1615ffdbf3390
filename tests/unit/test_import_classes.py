"""Issue 23, second session: classes of layout that real reports use and the importer did not
read (found on the development part of the corpus; the fresh set-aside was only counted).
Each test is a small SYNTHETIC document in one such layout."""

from __future__ import annotations

import html
import io

import docx
import pytest

from iltod.iaac import cells, columns
from iltod.iaac.read import Meta, import_bytes, mapping, trailer
from tests.fixtures.import_corpus.make import Cellish, Doc, Span, grid, write


def _page(lines: list[str], header: list[str], rows: list[list[str]]) -> bytes:
    def tr(row: list[str], tag: str) -> str:
        if len(row) == 1:  # a section row across the table
            return f'<tr><{tag} colspan="{len(header)}">{html.escape(row[0])}</{tag}></tr>'
        return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>"

    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    table = tr(header, "th") + "".join(tr(r, "td") for r in rows)
    return f'<html lang="mn"><body>{body}<table>{table}</table></body></html>'.encode()


TITLE = "ТӨЛӨВЛӨГӨӨНИЙ 2021 ОНЫ БИЕЛЭЛТ (SYNTHETIC)"


def _import(data: bytes, name: str = "t.html"):
    result = import_bytes(data, name, Meta(agency="test-agency"))
    assert result.plan is not None, [d.format("en") for d in result.diagnostics]
    return result


def _measures(result) -> list[tuple[str, str, object]]:
    return [(m.number, m.text, m.percent) for o in result.plan.objectives for m in o.measures]


def _warnings(result) -> str:
    return "\n".join(d.format("en") for d in result.diagnostics)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Хийж гүйцэтгэх ажил", "text"),
        ("Хийх ажил", "text"),
        ("Гэрээнд тусгагдсан ажил", "text"),
        ("Онцлох ажил", "text"),
        ("Гүйцэтгэл үзүүлэлт", "indicators"),
        ("Бодлого, чиглэл", "objective"),
        ("Стратегийн зорилго", "objective"),
        ("Хэрэгжилт /%/", "percent"),
        ("Хэрэгжүүлэх ажил", "text"),
        ("Хийсэн ажил", "result"),
        ("Гүйцэтгэлийн үнэлгээ", "percent"),
        ("Хэрэгжүүлэх байгууллага", "responsible"),
        ("Хийгдсэн ажил", "result"),  # still the result, not the measure
        ("Үйл ажиллагааны чиглэл", "text"),  # still the measure, not an objective
    ],
)
def test_a_wider_vocabulary_names_measure_indicator_objective_and_percent_columns(header, role):
    assert columns.role(header) == role


@pytest.mark.parametrize(
    ("text", "number", "title"),
    [
        ("СТРАТЕГИЙН ЗОРИЛТ 1.2. Чанар", 2, "Чанар"),
        ("Стратегийн зорилт 3. Хүртээмж", 3, "Хүртээмж"),
        ("Зорилт-2. Эрүүл мэнд", 2, "Эрүүл мэнд"),
        ("Б. Нийгмийн чиглэлээр", 2, "Нийгмийн чиглэлээр"),
    ],
)
def test_goal_and_lettered_section_rows_are_objectives(text, number, title):
    assert cells.heading(text, digits=True) == (number, title)


def test_rows_numbered_with_a_parenthesis_or_a_letter_are_numbered_by_position_silently():
    doc = _page(
        [TITLE],
        ["№", "Арга хэмжээ", "Хувь"],
        [["НЭГ. ЗОРИЛТ"], ["1)", "Нэг (SYNTHETIC)", "100"], ["б.", "Хоёр (SYNTHETIC)", "30"]],
    )
    result = _import(doc)
    assert _measures(result) == [("1.1", "Нэг (SYNTHETIC)", 100), ("1.2", "Хоёр (SYNTHETIC)", 30)]
    assert all(m.notes is None for o in result.plan.objectives for m in o.measures)
    assert "W101" not in _warnings(result)


def test_a_measure_written_arga_khemjee_1_is_numbered_under_its_goal_without_the_prefix():
    doc = _page(
        [TITLE],
        ["Д.д", "Зорилт", "Арга хэмжээ", "Хувь"],
        [["1", "Зорилт-1. Эрүүл мэнд", "Арга хэмжээ-1. Веб хуудас нээх (SYNTHETIC)", "70"]],
    )
    assert _measures(_import(doc)) == [("1.1", "Веб хуудас нээх (SYNTHETIC)", 70)]


def test_the_year_is_the_title_s_report_year_not_an_approval_line_s_above_it():
    doc = _page(
        ["Засгийн газрын 2012 оны 203 дугаар тогтоолын хавсралт", "ХӨТӨЛБӨРИЙН 2014 ОНЫ БИЕЛЭЛТ"],
        ["Д/д", "Арга хэмжээ", "Хувь"],
        [["НЭГ. ЗОРИЛТ"], ["1", "Нэг (SYNTHETIC)", "100"]],
    )
    result = _import(doc)
    assert result.plan.year == 2014
    assert "W127" in _warnings(result)  # the approval line is reported, not taken


def test_a_grade_word_is_mapped_with_a_warning_naming_the_step_and_the_scale():
    doc = _page(
        [TITLE],
        ["Д/д", "Арга хэмжээ", "Үнэлгээ"],
        [["НЭГ. ЗОРИЛТ"], ["1", "Нэг (SYNTHETIC)", "Хангалттай"], ["2", "Хоёр", "Бүрэн"]],
    )
    result = _import(doc)
    assert [p for *_, p in _measures(result)] == [70, 100]
    assert "'Хангалттай'; read 70 on the plan's scale (step 'mostly' on [0, 30, 70, 100]" in (
        _warnings(result)
    )


def test_a_percent_header_over_narrative_is_the_result_and_its_closing_percent_is_read():
    doc = _page(
        [TITLE],
        ["Арга хэмжээ", "Гүйцэтгэл үзүүлэлт", "Хүрсэн түвшин буюу гүйцэтгэлийн хувь"],
        [
            ["НЭГ. ЗОРИЛТ"],
            ["1.1. Нэг (SYNTHETIC)", "Тоо", "Гэрээнд заалт тусгасан. 100%"],
            ["1.2. Хоёр (SYNTHETIC)", "Тоо", "Хүн амын 41% хамрагдсан."],
        ],
    )
    result = _import(doc)
    first, second = result.plan.objectives[0].measures
    assert (first.result, first.percent, first.indicators) == (
        "Гэрээнд заалт тусгасан. 100%",
        100,
        ["Тоо"],
    )
    assert (second.result, second.percent) == ("Хүн амын 41% хамрагдсан.", None)  # a fact
    assert "W135" in _warnings(result)  # the column read by its cells is reported


def test_an_objective_column_with_a_different_text_on_every_row_is_the_measure_column():
    doc = _page(
        [TITLE],
        ["№", "Гүйцэтгэлийн зорилт", "Хүрэх түвшин", "Үнэлгээ"],
        [
            ["1)", "Журам шинэчлэх (SYNTHETIC)", "1", "100"],
            ["2)", "Судалгаа (SYNTHETIC)", "1", "30"],
        ],
    )
    result = _import(doc)
    assert _measures(result) == [
        ("1.1", "Журам шинэчлэх (SYNTHETIC)", 100),
        ("1.2", "Судалгаа (SYNTHETIC)", 30),
    ]


def test_a_policy_column_over_measures_under_numbered_sections_numbers_them_in_order():
    doc = _page(
        [TITLE],
        ["№", "Бодлого, чиглэл", "Арга хэмжээ", "Хувь"],
        [
            ["1. Бодлогын баримт бичгийн зорилт"],
            ["1", "Хөгжлийн бодлого", "Нэг (SYNTHETIC)", "70"],
            ["2", "Хөгжлийн бодлого", "Хоёр (SYNTHETIC)", "100"],
            ["2. Төрийн үйлчилгээ"],
            ["3", "Үйлчилгээ", "Гурав (SYNTHETIC)", "0"],
        ],
    )
    result = _import(doc)
    assert [(o.number, o.title) for o in result.plan.objectives] == [
        (1, "Хөгжлийн бодлого"),
        (2, "Үйлчилгээ"),
    ]
    assert [n for n, *_ in _measures(result)] == ["1.1", "1.2", "2.1"]


def test_a_copied_table_with_numbers_on_their_own_lines_is_read_row_by_row():
    text = "\n".join(
        [
            TITLE,
            "Д/д",
            "Хийж гүйцэтгэх ажил",
            "Хугацаа",
            "Хэрэгжилт",
            "Хувь",
            "НЭГ. ЗОРИЛТ",
            "1",
            "Зам засах (SYNTHETIC)",
            "2019 он",
            "Засварласан.",
            "100",
            "2",
            "Гэрэлтүүлэг (SYNTHETIC)",
            "2019 он",
            "Эхэлсэн.",
            "30",
            "ХОЁР. ЗОРИЛТ",
            "2.1",
            "Сургууль барих (SYNTHETIC)",
            "2020 он",
            "Барьж байна.",
            "70",
        ]
    )
    result = _import(text.encode(), "t.txt")
    assert _measures(result) == [
        ("1.1", "Зам засах (SYNTHETIC)", 100),
        ("1.2", "Гэрэлтүүлэг (SYNTHETIC)", 30),
        ("2.1", "Сургууль барих (SYNTHETIC)", 70),
    ]
    assert result.plan.objectives[0].measures[1].result == "Эхэлсэн."


def test_a_row_across_the_table_is_an_objective_whatever_its_numbering():
    doc = _page(
        [TITLE],
        ["Д/д", "Үйл ажиллагаа", "Хувь"],
        [
            ["5.1.Сургуулийн өмнөх боловсрол"],
            ["а.", "Нэг (SYNTHETIC)", "70"],
            ["“Ил тод байдал”"],
            ["а.", "Хоёр (SYNTHETIC)", "100"],
        ],
    )
    result = _import(doc)
    assert [(o.number, o.title) for o in result.plan.objectives] == [
        (1, "Сургуулийн өмнөх боловсрол"),
        (2, "Ил тод байдал"),
    ]
    assert [n for n, *_ in _measures(result)] == ["1.1", "2.1"]
    assert "W106" not in _warnings(result)
    assert "W110" not in _warnings(result)


def test_a_dash_in_a_level_column_is_kept_as_the_report_states_it():
    doc = _page(
        [TITLE],
        ["Д/д", "Арга хэмжээ", "Суурь түвшин", "Зорилтот түвшин", "Хариуцах", "Хувь"],
        [["НЭГ. ЗОРИЛТ"], ["1", "Нэг (SYNTHETIC)", "-", "15", "-", "100"]],
    )
    measure = _import(doc).plan.objectives[0].measures[0]
    assert (measure.baseline, measure.target_level, measure.responsible) == ("-", "15", None)


def test_objectives_in_a_column_lose_their_own_numbers_and_are_numbered_in_order():
    doc = _page(
        [TITLE],
        ["Зорилт", "Арга хэмжээ", "Хувь"],
        [
            ["1.1. Хууль хэрэгжүүлэх (SYNTHETIC)", "1.1.1. Нэг", "100"],
            ["1.2. Мэдүүлэг авах (SYNTHETIC)", "1.2.1. Хоёр", "70"],
        ],
    )
    result = _import(doc)
    assert [(o.number, o.title) for o in result.plan.objectives] == [
        (1, "Хууль хэрэгжүүлэх (SYNTHETIC)"),
        (2, "Мэдүүлэг авах (SYNTHETIC)"),
    ]
    assert [n for n, *_ in _measures(result)] == ["1.1.1", "1.2.1"]


def _section(text: str, width: int) -> list[Cellish]:
    return [Span(text, 1, width)]


LAYOUTS: dict[str, tuple[list[str], list[list[Cellish]]]] = {
    "row numbers '1)'": (
        ["№", "Арга хэмжээ", "Хувь"],
        [_section("НЭГ. ЗОРИЛТ", 3), ["1)", "Нэг (S)", "100"], ["2)", "Хоёр (S)", "30"]],
    ),
    "grade words": (
        ["Д/д", "Арга хэмжээ", "Үнэлгээ"],
        [_section("НЭГ. ЗОРИЛТ", 3), ["1", "Нэг (S)", "Хангалттай"], ["2", "Хоёр (S)", "Бүрэн"]],
    ),
    "an objective column of measures": (
        ["№", "Гүйцэтгэлийн зорилт", "Хүрэх түвшин", "Үнэлгээ"],
        [["1)", "Журам (S)", "1", "100"], ["2)", "Судалгаа (S)", "1", "30"]],
    ),
    "a policy column over measures": (
        ["№", "Бодлого, чиглэл", "Арга хэмжээ", "Хувь"],
        [
            _section("1. Бодлогын баримт бичиг", 4),
            ["1", Span("Хөгжлийн бодлого", 2), "Нэг (S)", "70"],
            ["2", "Хоёр (S)", "100"],
            _section("2. Үйлчилгээ", 4),
            ["3", "Үйлчилгээ", "Гурав (S)", "0"],
        ],
    ),
    "chapter and quoted sections over lettered rows": (
        ["Д/д", "Үйл ажиллагаа", "Хувь"],
        [
            _section("5.1.Сургуулийн өмнөх боловсрол", 3),
            ["а.", "Нэг (S)", "70"],
            _section("“Ил тод байдал”", 3),
            ["а.", "Хоёр (S)", "100"],
        ],
    ),
    "an unknown measure header": (
        ["Д/д", "Хийж гүйцэтгэх ажил", "Хугацаа", "Хэрэгжилт", "Хувь"],
        [
            _section("НЭГ. ЗОРИЛТ", 5),
            ["1", "Зам (S)", "2019 он", "Хийсэн.", "100"],
            ["2", "Гэрэл (S)", "2019 он", "Эхэлсэн.", "30"],
        ],
    ),
}


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_each_layout_class_reads_alike_from_a_web_page_word_excel_and_copied_text(name):
    header, body = LAYOUTS[name]
    read = {}
    for suffix in (".html", ".docx", ".xlsx", "-lines.txt"):
        doc = Doc(f"t{suffix}", "http://example", "", "test-agency", [TITLE], [header], body, {})
        result = _import(write(doc), doc.name)
        read[suffix] = [
            (o.number, m.number, m.text, m.percent, m.result, m.notes)
            for o in result.plan.objectives
            for m in o.measures
        ]
    assert all(m[4] is None or m[4] for m in read[".html"])
    assert all(not m[5] for m in read[".html"])  # nothing left in notes
    assert read[".docx"] == read[".xlsx"] == read["-lines.txt"] == read[".html"]


def test_a_section_written_in_the_number_column_without_a_merge_is_an_objective():
    doc = _page(
        [TITLE],
        ["Д/д", "Үйл ажиллагаа", "Хувь"],
        [
            ["5.1.Сургуулийн өмнөх боловсрол", "", ""],
            ["а.", "Нэг (S)", "70"],
            ["5.2.Бага, дунд боловсрол", "", ""],
            ["а.", "Хоёр (S)", "100"],
        ],
    )
    result = _import(doc)
    assert [(o.number, o.title) for o in result.plan.objectives] == [
        (1, "Сургуулийн өмнөх боловсрол"),
        (2, "Бага, дунд боловсрол"),
    ]
    assert [n for n, *_ in _measures(result)] == ["1.1", "2.1"]


@pytest.mark.parametrize(("cell", "value"), [("100 хувь", 100), ("70 хувиар", 70), ("30.", 30)])
def test_a_percent_written_with_the_word_khuv_or_a_closing_dot_is_read(cell, value):
    assert cells.percent(cell) == ("ok", value)
    assert cells.budget("100 хувь") == {"text": "100 хувь"}  # never an amount spent


def test_a_goal_headed_measure_column_is_the_measures_even_beside_a_narrative_result():
    doc = _page(
        [TITLE],
        ["№", "Гүйцэтгэлийн зорилт", "Хүрсэн түвшин", "Үнэлгээ"],
        [
            ["1)", "Журам шинэчлэх (SYNTHETIC)", "Журмыг шинэчилж батлуулсан.", "100"],
            ["2)", "Судалгаа хийх (SYNTHETIC)", "Асуулга боловсруулсан.", "30"],
        ],
    )
    result = _import(doc)
    assert _measures(result) == [
        ("1.1", "Журам шинэчлэх (SYNTHETIC)", 100),
        ("1.2", "Судалгаа хийх (SYNTHETIC)", 30),
    ]
    assert result.plan.objectives[0].measures[0].result == "Журмыг шинэчилж батлуулсан."


def test_a_quoted_section_row_under_the_header_is_not_a_second_header_row():
    doc = _page(
        [TITLE],
        ["№", "Арга хэмжээ", "Хариуцах", "Хувь"],
        [["“Авлигын талаарх төсөөлөл”"], ["1", "Нэг (SYNTHETIC)", "ЗДТГ", "100"]],
    )
    result = _import(doc)
    assert [(o.number, o.title) for o in result.plan.objectives] == [
        (1, "Авлигын талаарх төсөөлөл")
    ]
    assert result.plan.objectives[0].measures[0].budget is None


def test_a_dash_in_a_column_of_no_known_field_is_kept_in_the_notes():
    doc = _page(
        [TITLE],
        ["№", "Арга хэмжээ", "Шийдвэр", "Хувь"],
        [["НЭГ. ЗОРИЛТ"], ["1", "Нэг (SYNTHETIC)", "-", "100"]],
    )
    assert _import(doc).plan.objectives[0].measures[0].notes == "Шийдвэр: -"


def test_a_measure_row_whose_cells_mention_work_is_never_taken_for_a_repeated_header():
    """'ажиллагаа' (activity) in a merged cell once matched the measure header 'Ажил' and the
    row was skipped as the header repeated on a new page (W124)."""
    doc = _page(
        [TITLE],
        ["№", "Зөвлөмж", "Арга хэмжээ", "Хугацаа", "Хэрэгжилт", "Хувь"],
        [
            ["1", "Худалдан авах ажиллагааг ил тод болгох", "Нэг", "Жилдээ", "Хийсэн.", "100"],
            ["2", "Худалдан авах ажиллагааг ил тод болгох", "Гэрээний гүйцэтгэл", "Жил", "-", "30"],
        ],
    )
    result = _import(doc)
    assert [n for n, *_ in _measures(result)] == ["1.1", "1.2"]
    assert "W124" not in _warnings(result)


# --- Issue 23, third session: classes of layout real reports use, each read alike in every
# format (a web page, Word, Excel and a table copied as text, one cell per line). Each case
# is SYNTHETIC: a header, rows, and the measures expected as (number, text, percent, fields).

Expected = tuple[str, str, object, dict[str, object]]
EXPLAINED = (
    "Хүрсэн түвшин, үр дүн (тоон болон чанарын шалгуур үзүүлэлтээр, нотлох баримтын хамт "
    "тайлбарлан бичнэ)"
)
CLASSES: dict[str, tuple[list[list[Cellish]], list[list[Cellish]], list[Expected]]] = {
    "plain-word headers: what, when, who": (
        [["№", "Юу хийх", "Хэзээ", "Хэн", "Хувь"]],
        [
            _section("НЭГ. ЗОРИЛТ", 5),
            ["1", "Мод тарих (S)", "5 сар", "ЗДТГ", "100"],
            ["2", "Эргүүл гаргах (S)", "4 сар", "Ойн анги", "30"],
        ],
        [
            ("1.1", "Мод тарих (S)", 100, {"timeframe": "5 сар", "responsible": "ЗДТГ"}),
            ("1.2", "Эргүүл гаргах (S)", 30, {"timeframe": "4 сар", "responsible": "Ойн анги"}),
        ],
    ),
    "a score column and synonyms of the plan's columns": (
        [["Д/д", "Хэрэгжүүлэх ажил", "Биелэх хугацаа", "Хариуцагч", "Хийгдсэн ажил", "Оноо"]],
        [
            _section("НЭГ. ЗОРИЛТ", 6),
            ["1", "Нэг (S)", "2021", "ЗДТГ", "Баталсан.", "100"],
            ["2", "Хоёр (S)", "2021", "ХЗХ", "Эхэлсэн.", "30"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"responsible": "ЗДТГ", "result": "Баталсан."}),
            ("1.2", "Хоёр (S)", 30, {"timeframe": "2021", "result": "Эхэлсэн."}),
        ],
    ),
    "a total or average row under each section and at the end": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "Хийсэн.", "100"],
            ["", "Дундаж", "", "100"],
            _section("ХОЁР. ЗОРИЛТ", 4),
            ["2", "Хоёр (S)", "Эхэлсэн.", "30"],
            [Span("Нийт дүн", 1, 3), "65%"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Хийсэн."}),
            ("2.1", "Хоёр (S)", 30, {"result": "Эхэлсэн."}),
        ],
    ),
    "notes and signatures under the table": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "Хийсэн.", "100"],
            ["2", "Хоёр (S)", "Эхэлсэн.", "30"],
            _section("Жич: хувийг гүйцэтгэлээр тооцов.", 4),
            ["", "Тайлан гаргасан: мэргэжилтэн Б.Бат (S)", "", ""],
            ["", "Хянасан: дарга Д.Дорж (S)", "", ""],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Хийсэн."}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн."}),
        ],
    ),
    "a column of no known name over several measures is their objective": (
        [["№", "Зөвлөмж", "Авах арга хэмжээ", "Хугацаа", "Хэрэгжилт", "%"]],
        [
            ["1", Span("Ил тод болгох (S)", 2), "Нийтлэх (S)", "Улирал", "Нийтэлсэн.", "100%"],
            ["2", "Гэрээ нийтлэх (S)", "Жил", "Хэсэгчлэн.", "30%"],
            ["3", "Шийдвэр нээх (S)", "Зар нийтлэх (S)", "Тухай бүр", "Нийтэлсэн.", "100%"],
        ],
        [
            ("1.1", "Нийтлэх (S)", 100, {"timeframe": "Улирал"}),
            ("1.2", "Гэрээ нийтлэх (S)", 30, {"result": "Хэсэгчлэн."}),
            ("2.1", "Зар нийтлэх (S)", 100, {"timeframe": "Тухай бүр"}),
        ],
    ),
    "a measure column headed with a word of no known column": (
        [["№", "Аудитын зөвлөмж", "Хэрэгжилт", "Хувь"]],
        [
            ["1", "Төслийг судлах (S)", "Журамд тусгасан.", "100"],
            ["2", "Хяналттай олгох (S)", "Хэрэгжиж байна.", "70"],
        ],
        [
            ("1.1", "Төслийг судлах (S)", 100, {"result": "Журамд тусгасан."}),
            ("1.2", "Хяналттай олгох (S)", 70, {"result": "Хэрэгжиж байна."}),
        ],
    ),
    "the header and its column numbers repeated on a new page": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"], ["1", "2", "3", "4"]],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "Хийсэн.", "100"],
            ["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"],
            ["1", "2", "3", "4"],
            ["2", "Хоёр (S)", "Эхэлсэн.", "30"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Хийсэн."}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн."}),
        ],
    ),
    "one-level numbers written in the measure's text": (
        [["Арга хэмжээ", "Хэрэгжилт", "Хувь"]],
        [
            _section("НЭГ. ЗОРИЛТ", 3),
            ["1. Нэг (S)", "Хийсэн.", "100"],
            ["2. Хоёр (S)", "Эхэлсэн.", "30"],
            _section("ХОЁР. ЗОРИЛТ", 3),
            ["1. Гурав (S)", "Хийсэн.", "70"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Хийсэн."}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн."}),
            ("2.1", "Гурав (S)", 70, {"result": "Хийсэн."}),
        ],
    ),
    "grade words of done, begun and not done in their other forms": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Үнэлгээ"]],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "Хийсэн.", "Хийгдсэн"],
            ["2", "Хоёр (S)", "Эхэлсэн.", "Хэрэгжүүлж байна"],
            ["3", "Гурав (S)", "Үгүй.", "Хийгдээгүй"],
            ["4", "Дөрөв (S)", "Үгүй.", "Биелэгдээгүй"],
            ["5", "Тав (S)", "Хийсэн.", "Бүрэн биелэгдсэн"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {}),
            ("1.2", "Хоёр (S)", 30, {}),
            ("1.3", "Гурав (S)", 0, {}),
            ("1.4", "Дөрөв (S)", 0, {}),
            ("1.5", "Тав (S)", 100, {}),
        ],
    ),
    "a percent in brackets closing the result, no percent column": (
        [["№", "Арга хэмжээ", "Хэрэгжилт"]],
        [
            _section("НЭГ. ЗОРИЛТ", 3),
            ["1", "Нэг (S)", "Журам баталсан. (100%)"],
            ["2", "Хоёр (S)", "Эхэлсэн (30%)"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Журам баталсан. (100%)"}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн (30%)"}),
        ],
    ),
    "a goal row numbered k over measures numbered k.1, k.2": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]],
        [
            ["1", "Ил тод байдлыг хангах", "", ""],
            ["1.1", "Нэг (S)", "Хийсэн.", "100"],
            ["1.2", "Хоёр (S)", "Эхэлсэн.", "30"],
            ["2", "Сургалт зохион байгуулах", "", ""],
            ["2.1", "Гурав (S)", "Хийсэн.", "70"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Хийсэн."}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн."}),
            ("2.1", "Гурав (S)", 70, {"result": "Хийсэн."}),
        ],
    ),
    "the result written above the percent in one percent cell": (
        [["№", "Арга хэмжээ", "Хэрэгжилт /хувиар/"]],
        [
            _section("НЭГ. ЗОРИЛТ", 3),
            ["1", "Нэг (S)", "Журам баталсан.\n100%"],
            ["2", "Хоёр (S)", "Эхэлсэн.\n30%"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Журам баталсан.\n100%"}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн.\n30%"}),
        ],
    ),
    "a percent written with the word хувь among words in the percent column": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "Хийсэн.", "100 хувь хэрэгжсэн"],
            ["2", "Хоёр (S)", "Эхэлсэн.", "Хэрэгжилт 30 хувь"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"notes": "Хэрэгжилтийн хувь: 100 хувь хэрэгжсэн"}),
            ("1.2", "Хоёр (S)", 30, {"notes": "Хэрэгжилтийн хувь: Хэрэгжилт 30 хувь"}),
        ],
    ),
    "row numbers written №1 and measure numbers followed by a dash": (
        [["Д/д", "Арга хэмжээ", "Хувь"]],
        [
            _section("НЭГ. ЗОРИЛТ", 3),
            ["№1", "1.1 - Нэг (S)", "100"],
            ["№2", "1.2 – Хоёр (S)", "30"],
        ],
        [("1.1", "Нэг (S)", 100, {}), ("1.2", "Хоёр (S)", 30, {})],
    ),
    "sections numbered k. over measures k.1, no number column": (
        [["Арга хэмжээ", "Хариуцах эзэн", "Хугацаа", "Хэрэгжилтийн явц", "Хувь"]],
        [
            _section("1. ИЛ ТОД БАЙДАЛ", 5),
            ["1.1 Нэг (S)", "ЗДТГ", "Жилдээ", "Хийсэн.", "100%"],
            _section("2. СУРГАЛТ", 5),
            ["2.1 Хоёр (S)", "ХЗХ", "Улирал бүр", "Эхэлсэн.", "30%"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"responsible": "ЗДТГ", "timeframe": "Жилдээ"}),
            ("2.1", "Хоёр (S)", 30, {"responsible": "ХЗХ", "result": "Эхэлсэн."}),
        ],
    ),
    "a percent header over narrative in a table numbered row by row": (
        [["№", "Арга хэмжээ", "Хугацаа", "Хариуцах", "Биелэлт"]],
        [
            _section("НЭГ. ЗОРИЛТ", 5),
            ["1", "Нэг (S)", "2021", "ЗДТГ", "Журам баталсан. 100%"],
            ["2", "Хоёр (S)", "2021", "ЗДТГ", "Сургалт зохион байгуулж байна. 30%"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Журам баталсан. 100%"}),
            ("1.2", "Хоёр (S)", 30, {"result": "Сургалт зохион байгуулж байна. 30%"}),
        ],
    ),
    "bare numbers under the one word Хэрэгжилт, no percent column": (
        [["№", "Арга хэмжээ", "Хугацаа", "Хэрэгжилт"]],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "2021", "100"],
            ["2", "Хоёр (S)", "2021", "70"],
        ],
        [("1.1", "Нэг (S)", 100, {"result": None}), ("1.2", "Хоёр (S)", 70, {"result": None})],
    ),
    "not yet due, the result left blank": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "Хийсэн.", "100"],
            ["2", "Хоёр (S)", "", "Хугацаа болоогүй"],
        ],
        [("1.1", "Нэг (S)", 100, {}), ("1.2", "Хоёр (S)", None, {"not_due": True})],
    ),
    "sections marked II or Б in the number column, their title merged across": (
        [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]],
        [
            ["I", Span("Ил тод байдлыг хангах", 1, 3)],
            ["1", "Нэг (S)", "Хийсэн.", "100"],
            ["2", "Хоёр (S)", "Эхэлсэн.", "30"],
            ["Б.", Span("Сургалт зохион байгуулах", 1, 3)],
            ["3", "Гурав (S)", "Хийсэн.", "70"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Хийсэн."}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн."}),
            ("2.1", "Гурав (S)", 70, {"result": "Хийсэн."}),
        ],
    ),
    "a header that explains its column at length": (
        [
            [
                "№",
                "Арга хэмжээ",
                EXPLAINED,
                "Хэрэгжилтийн хувь",
            ]
        ],
        [
            _section("НЭГ. ЗОРИЛТ", 4),
            ["1", "Нэг (S)", "Хийсэн.", "100"],
            ["2", "Хоёр (S)", "Эхэлсэн.", "30"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"result": "Хийсэн."}),
            ("1.2", "Хоёр (S)", 30, {"result": "Эхэлсэн."}),
        ],
    ),
    "a two-row header whose first row names groups (plan, performance)": (
        [
            [
                Span("№", 2),
                Span("Арга хэмжээ", 2),
                Span("Төлөвлөгөө", 1, 2),
                Span("Гүйцэтгэл", 1, 2),
            ],
            ["Хугацаа", "Хариуцах", "Хийгдсэн ажил", "Хувь"],
        ],
        [
            _section("НЭГ. ЗОРИЛТ", 6),
            ["1", "Нэг (S)", "2021", "ЗДТГ", "Хийсэн.", "100"],
            ["2", "Хоёр (S)", "2021", "ХЗХ", "Эхэлсэн.", "30"],
        ],
        [
            ("1.1", "Нэг (S)", 100, {"timeframe": "2021", "responsible": "ЗДТГ"}),
            ("1.2", "Хоёр (S)", 30, {"responsible": "ХЗХ", "result": "Эхэлсэн."}),
        ],
    ),
}


def _tabs(doc: Doc) -> bytes:
    """A table copied from a spreadsheet as text: a row per line, a tab between cells (a
    merged cell's text in its first cell), a cell with line breaks quoted."""
    texts, _, width = grid([*doc.header, *doc.body])
    rows = len(doc.header) + len(doc.body)
    out = list(doc.preface)
    for r in range(1, rows + 1):
        cells_ = [texts.get((r, c), "") for c in range(1, width + 1)]
        out.append("\t".join(f'"{t}"' if "\n" in t else t for t in cells_))
    return ("\n".join(out) + "\n").encode()


def _read_class(name: str, suffix: str) -> list[object]:
    header, body, _ = CLASSES[name]
    doc = Doc(f"t{suffix}", "http://example", "", "test-agency", [TITLE], header, body, {})
    data = _tabs(doc) if suffix == "-tabs.txt" else write(doc)
    result = _import(data, doc.name)
    return [m for o in result.plan.objectives for m in o.measures]


@pytest.mark.parametrize("suffix", [".html", ".docx", ".xlsx", "-lines.txt", "-tabs.txt"])
@pytest.mark.parametrize("name", list(CLASSES))
def test_each_class_of_layout_reads_its_measures_exactly_in_every_format(name, suffix):
    got = _read_class(name, suffix)
    expected = CLASSES[name][2]
    assert [(m.number, m.text, m.percent) for m in got] == [e[:3] for e in expected]
    for measure, (*_, fields) in zip(got, expected, strict=True):
        assert {k: getattr(measure, k) for k in fields} == fields
        assert measure.notes == fields.get("notes")  # nothing left over in the notes


@pytest.mark.parametrize(
    ("text", "closes"),
    [
        ("Дундаж", True),
        ("Нийт дүн: 85%", True),
        ("Хэрэгжилтийн дундаж хувь", True),
        ("Нийт албан хаагчдыг сургалтад хамруулах", False),  # a measure starting "Нийт"
        ("Дүнг нэгтгэн тайлагнах", False),
    ],
)
def test_a_total_row_is_told_from_a_measure_that_starts_with_the_same_word(text, closes):
    assert trailer.total(text) is closes


def test_total_rows_and_notes_under_the_table_are_reported_where_they_stand():
    doc = _page(
        [TITLE],
        ["№", "Арга хэмжээ", "Хувь"],
        [
            ["НЭГ. ЗОРИЛТ"],
            ["1", "Нэг (SYNTHETIC)", "100"],
            ["", "Дундаж", "100"],
            ["", "Тайлан гаргасан: Б.Бат (SYNTHETIC)", ""],
        ],
    )
    warnings = _warnings(_import(doc))
    assert (
        "t.html:4:2: warning[W138] expected a measure, got a total or average row 'Дундаж 100'"
        in (warnings)
    )
    assert "t.html:5:2: warning[W139] expected a measure, got a note or signature" in warnings


def test_the_objectives_a_column_over_several_measures_starts_are_titled_by_its_cells():
    header, body, _ = CLASSES["a column of no known name over several measures is their objective"]
    doc = Doc("t.xlsx", "http://example", "", "test-agency", [TITLE], header, body, {})
    result = _import(write(doc), doc.name)
    assert [(o.number, o.title) for o in result.plan.objectives] == [
        (1, "Ил тод болгох (S)"),
        (2, "Шийдвэр нээх (S)"),
    ]
    assert "read as objective" in _warnings(result)  # W135 names the guess


SECTIONS_UNMERGED: dict[str, list[list[Cellish]]] = {
    "in capitals": [
        ["", "ИЛ ТОД БАЙДЛЫГ ХАНГАХ", "", ""],
        ["1", "Нэг (S)", "Хийсэн.", "100"],
        ["2", "Хоёр (S)", "Эхэлсэн.", "30"],
        ["", "Сургалт зохион байгуулах", "", ""],
        ["3", "Гурав (S)", "Хийсэн.", "70"],
    ],
}


@pytest.mark.parametrize("suffix", [".html", ".docx", ".xlsx"])
@pytest.mark.parametrize("name", list(SECTIONS_UNMERGED))
def test_a_section_row_written_in_the_measure_column_of_numbered_rows_is_an_objective(name, suffix):
    """Word tables whose section rows were not merged: the title alone in the measure
    column, the rows below numbered. (Copied text cannot tell such a row from an unnumbered
    measure; it is not claimed here.)"""
    header = [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]]
    doc = Doc(f"t{suffix}", "", "", "test-agency", [TITLE], header, SECTIONS_UNMERGED[name], {})
    plan = _import(write(doc), doc.name).plan
    assert [(o.number, o.title) for o in plan.objectives] == [
        (1, "ИЛ ТОД БАЙДЛЫГ ХАНГАХ"),
        (2, "Сургалт зохион байгуулах"),
    ]
    assert [(m.number, m.percent) for o in plan.objectives for m in o.measures] == [
        ("1.1", 100),
        ("1.2", 30),
        ("2.1", 70),
    ]


def test_copied_text_reads_a_title_in_capitals_between_numbered_rows_as_a_section():
    header = [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]]
    body = [
        row if row[0] else ["", row[1].upper(), "", ""] for row in SECTIONS_UNMERGED["in capitals"]
    ]
    doc = Doc("t-lines.txt", "", "", "test-agency", [TITLE], header, body, {})
    plan = _import(write(doc), doc.name).plan
    assert [(o.number, o.title) for o in plan.objectives] == [
        (1, "ИЛ ТОД БАЙДЛЫГ ХАНГАХ"),
        (2, "СУРГАЛТ ЗОХИОН БАЙГУУЛАХ"),
    ]
    assert [(m.number, m.percent) for o in plan.objectives for m in o.measures] == [
        ("1.1", 100),
        ("1.2", 30),
        ("2.1", 70),
    ]


def _split_docx(parts: list[str | list[list[str]]]) -> bytes:
    """A Word document of paragraphs (str) and tables (rows), in order."""
    document = docx.Document()
    for part in parts:
        if isinstance(part, str):
            document.add_paragraph(part)
            continue
        table = document.add_table(rows=len(part), cols=len(part[0]))
        for r, row in enumerate(part):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _split_html(parts: list[str | list[list[str]]]) -> bytes:
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(f"<p>{html.escape(part)}</p>")
        else:
            rows = "".join(
                "<tr>" + "".join(f"<td>{html.escape(t)}</td>" for t in row) + "</tr>"
                for row in part
            )
            out.append(f"<table>{rows}</table>")
    return f'<html lang="mn"><body>{"".join(out)}</body></html>'.encode()


SPLIT: list[str | list[list[str]]] = [
    TITLE,
    "НЭГ. ИЛ ТОД БАЙДАЛ",
    [["№", "Арга хэмжээ", "Хувь"], ["1", "Нэг (SYNTHETIC)", "100"]],
    "ХОЁР. СУРГАЛТ",
    [["№", "Арга хэмжээ", "Хувь"], ["1", "Хоёр (SYNTHETIC)", "30"]],
    [["2", "Гурав (SYNTHETIC)", "70"]],  # the same table broken over a page, no header
]


@pytest.mark.parametrize(("suffix", "writer"), [(".docx", _split_docx), (".html", _split_html)])
def test_a_report_split_over_several_tables_is_read_whole_with_headings_between(suffix, writer):
    plan = _import(writer(SPLIT), f"t{suffix}").plan
    assert [(o.number, o.title) for o in plan.objectives] == [
        (1, "ИЛ ТОД БАЙДАЛ"),
        (2, "СУРГАЛТ"),
    ]
    assert [(m.number, m.text, m.percent) for o in plan.objectives for m in o.measures] == [
        ("1.1", "Нэг (SYNTHETIC)", 100),
        ("2.1", "Хоёр (SYNTHETIC)", 30),
        ("2.2", "Гурав (SYNTHETIC)", 70),
    ]


@pytest.mark.parametrize("suffix", [".html", ".docx", ".xlsx", "-lines.txt", "-tabs.txt"])
def test_a_header_found_by_no_rule_is_refused_saying_how_to_map_it_and_the_map_reads_it(suffix):
    header, body = [["№", "Санал", "Хувь"]], [["1", "Нэг (S)", "100"], ["2", "Хоёр (S)", "30"]]
    doc = Doc(f"t{suffix}", "", "", "test-agency", [TITLE], header, body, {})
    data = _tabs(doc) if suffix == "-tabs.txt" else write(doc)
    refused = import_bytes(data, doc.name, Meta(agency="test-agency"))
    assert refused.plan is None
    assert "error[E102]" in _warnings(refused)
    assert "name it in a --map file (columns: <its header>: text)" in _warnings(refused)
    cmap = mapping.load("map.yml", "columns:\n  Санал: text\n".encode())
    result = import_bytes(data, doc.name, Meta(agency="test-agency", columns=cmap))
    assert _measures(result) == [("1.1", "Нэг (S)", 100), ("1.2", "Хоёр (S)", 30)]


@pytest.mark.parametrize(
    "dated", ["2022 оны 01 дүгээр сарын 15", "2022.01.15", "Тайлан гаргасан огноо: 2022-01-15"]
)
def test_the_day_a_report_was_written_is_not_its_period_or_year(dated):
    doc = _page(
        ["АВЛИГЫН ЭСРЭГ ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ (SYNTHETIC)", "Туршилтын газар", dated],
        ["№", "Арга хэмжээ", "Хувь"],
        [["1", "1.1. Нэг (SYNTHETIC)", "100"]],
    )
    result = import_bytes(doc, "t.html", Meta(agency="test-agency", output_year=2021))
    assert result.plan.year == 2021  # the output file's (W131), not the date's 2022
    assert "W127" in _warnings(result)  # the date line is reported, not taken


def test_a_period_named_in_the_title_is_the_plan_s_period():
    doc = _page(
        ["Авлигын эсрэг төлөвлөгөөний 2021 оны хагас жилийн биелэлт (SYNTHETIC)"],
        ["№", "Арга хэмжээ", "Хувь"],
        [["1", "1.1. Нэг (SYNTHETIC)", "100"]],
    )
    assert _import(doc).plan.period == "half-year"


def test_a_report_table_inside_a_page_laid_out_with_tables_is_read():
    inner = _page([], ["№", "Арга хэмжээ", "Хувь"], [["1", "1.1. Нэг (SYNTHETIC)", "100"]])
    table = inner.decode().split("<body>")[1].split("</body>")[0]
    page = f"<html><body><table><tr><td><p>{TITLE}</p>{table}</td></tr></table></body></html>"
    result = _import(page.encode())
    assert _measures(result) == [("1.1", "Нэг (SYNTHETIC)", 100)]
    assert result.plan.year == 2021  # the title in the layout cell is read


def test_paragraphs_in_a_web_page_cell_are_its_lines_without_blank_lines_between():
    doc = (
        f"<html><body><p>{TITLE}</p><table><tr><th>№</th><th>Арга хэмжээ</th>"
        "<th>Хэрэгжилт</th><th>Хувь</th></tr><tr><td>1</td><td>1.1. Нэг (SYNTHETIC)</td>"
        "<td><p>Хийсэн.</p><p>Тайлан гаргасан.</p></td><td>100</td></tr></table></body></html>"
    )
    measure = _import(doc.encode()).plan.objectives[0].measures[0]
    assert measure.result == "Хийсэн.\nТайлан гаргасан."


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("#", "serial"),
        ("No.", "serial"),
        ("№ д/д", "serial"),
        ("Зорилтот үр дүн", "target"),  # the target result, not an objective column
        ("Гүйцэтгэлийн шалгуур", "indicators"),  # a criterion, not the performance itself
        ("Тогтоолын дугаар", None),  # a decision's number is no row number
    ],
)
def test_row_number_target_and_criterion_headers_of_other_templates(header, role):
    assert columns.role(header) == role


@pytest.mark.parametrize("suffix", [".html", ".docx", ".xlsx", "-tabs.txt"])
def test_a_measure_s_text_going_on_in_the_next_row_is_joined_to_it(suffix):
    """A row split over a page break: its text goes on, in lower case, in a row of its own.
    (Copied one cell per line it cannot be told from a line of the result; not claimed.)"""
    header = [["№", "Арга хэмжээ", "Хэрэгжилт", "Хувь"]]
    body: list[list[Cellish]] = [
        _section("НЭГ. ЗОРИЛТ", 4),
        ["1", "Албан хаагчдыг (S)", "Хийсэн.", "100"],
        ["", "сургалтад хамруулах (S)", "", ""],
        ["2", "Хоёр (S)", "Эхэлсэн.", "30"],
    ]
    doc = Doc(f"t{suffix}", "", "", "test-agency", [TITLE], header, body, {})
    result = _import(_tabs(doc) if suffix == "-tabs.txt" else write(doc), doc.name)
    assert _measures(result) == [
        ("1.1", "Албан хаагчдыг (S) сургалтад хамруулах (S)", 100),
        ("1.2", "Хоёр (S)", 30),
    ]
    assert "warning[W140] measure[1.1].text: expected a row of its own" in _warnings(result)
