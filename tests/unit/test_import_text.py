"""Text exports of the reporting system: variants and malformed input → located messages.

The documents are synthetic (built here in the seed's layout), each a few lines long.
"""

from __future__ import annotations

from iltod.iaac.columns import IAAC_COLUMNS
from iltod.iaac.read import Meta, import_bytes
from tests.support.sitekit import ROOT

HEADERS = [h for _, h in IAAC_COLUMNS]


def head(headers: list[str] = HEADERS) -> list[str]:
    return [
        "Төлөвлөгөө",
        "Туршилтын газар",
        "2021 оны жилийн эцэс",
        *(f"\t{h}" for h in headers),
        "",
    ]


def row(
    text: str,
    percent: str | None = "100%",
    result: str = "Хийсэн.",
    serial: str | None = None,
    budget: str = "-",
    extra: tuple[str, ...] = (),
) -> list[str]:
    lines = [f"\t{serial}", "\t"] if serial else []
    lines += [f" \t{text}", "\t2021 он", "\tТоо:", "\t", f"\t{budget}", f"\t{result}"]
    return lines + ([f"\t{percent}"] if percent is not None else []) + [f"\t{x}" for x in extra]


def run(lines: list[str], **meta):
    result = import_bytes("\n".join(lines).encode(), "t.txt", Meta(agency="test-agency", **meta))
    return result, [d.format("en") for d in sorted(result.diagnostics)]


def test_header_and_number_variants_are_read():
    headers = [*HEADERS[:-1], "Хэрэгжилт-ийн\nхувь"]
    lines = (
        head(headers)
        + ["\tНэг. Сурталчлах"]
        + row("1,1 Нэгдүгээр", "91,7")
        + row("1.2. Хоёр", "91.7 %")
    )
    lines += row("1.1.1 Гурав", "/хэрэгжиж байгаа-30%/")
    result, messages = run(lines)
    measures = result.plan.objectives[0].measures
    assert [(m.number, m.text, m.percent) for m in measures] == [
        ("1.1", "Нэгдүгээр", 91.7),
        ("1.2", "Хоёр", 91.7),
        ("1.1.1", "Гурав", 30),
    ]
    assert measures[2].notes == "Хэрэгжилтийн хувь: /хэрэгжиж байгаа-30%/"
    assert result.plan.scale == "free"
    assert messages == [
        (
            "t.txt:22:2: warning[W111] measure[1.1].percent: expected percents on the scale [0, "
            "30, 70, 100], got 91.7; the plan's scale is set to free"
        ),
        (
            "t.txt:36:2: warning[W104] measure[1.1.1].percent: expected the percent in its own "
            "cell, got it inside the text '/хэрэгжиж байгаа-30%/'; read 30"
        ),
    ]


def test_row_number_that_does_not_match_is_kept_in_notes():
    lines = head() + ["\tНЭГ. Зорилт"] + row("1.1. А") + row("1.2. Б", serial="5")
    result, messages = run(lines)
    assert result.plan.objectives[0].measures[1].notes == "Д/д: 5"
    assert messages == [
        (
            "t.txt:22:2: warning[W101] measure[1.2]: expected row number 2 (the measure's "
            "position in the plan), got 5; kept in notes"
        )
    ]


def test_truncated_export_gives_a_partial_plan_and_located_warnings():
    seed = (ROOT / "tests/fixtures/import/seed-govisumber-2021.txt").read_text(encoding="utf-8")
    lines = seed.split("\n")[:60]
    result, messages = run(lines)
    assert [m.number for o in result.plan.objectives for m in o.measures] == [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "2.2",
    ]
    assert messages == [
        "t.txt:60:2: warning[W107] measure[2.2]: expected 7 cells in the row of measure 2.2, got 4"
    ]


def test_unknown_header_and_extra_cells_are_kept_in_notes():
    lines = head([*HEADERS, "Тайлбар"]) + ["\tНЭГ. Зорилт"] + row("1.1. А", extra=("Сайн",))
    result, messages = run(lines)
    assert result.plan.objectives[0].measures[0].notes == "Тайлбар: Сайн"
    assert messages == [
        (
            "t.txt:13:2: warning[W105] expected a known IAAC column, got 'Тайлбар'; its cells are "
            "kept in notes (a --map file line 'Тайлбар: <role>' gives it a role)"
        )
    ]


def test_unreadable_percent_and_attachment_line():
    lines = (
        head() + ["\tНЭГ. Зорилт"] + row("1.1. А", percent=None) + ["  Хавсралт : баримт", "\tсайн"]
    )
    result, messages = run(lines)
    m = result.plan.objectives[0].measures[0]
    assert (m.percent, m.notes) == (None, "Хэрэгжилтийн хувь: сайн\nХавсралт : баримт")
    assert messages == [
        (
            "t.txt:21:3: warning[W114] measure[1.1].attachments: expected an attachment count "
            "such as 'Хавсралт нийт : 9 Файл : 1 Зураг : 8', got 'Хавсралт : баримт'; "
            "kept in notes"
        ),
        (
            "t.txt:22:2: warning[W103] measure[1.1].percent: expected a percent such as 100% or "
            "91,7, got 'сайн'; kept in notes, percent null"
        ),
    ]


def test_missing_heading_and_empty_objective():
    lines = head() + row("1.1. А") + ["\tХОЁР. Хоосон", "\tГУРАВ. Дараагийнх"] + row("3.1. Б")
    result, messages = run(lines)
    assert [(o.number, o.title) for o in result.plan.objectives] == [
        (1, "Зорилтгүй арга хэмжээ (тайланд зорилт бичээгүй)"),
        (3, "Дараагийнх"),
    ]
    assert messages == [
        (
            "t.txt:14:3: warning[W118] objectives[0].title: expected an objective heading (e.g. "
            "'НЭГ. …') before measure 1.1, got none; titled it 'Зорилтгүй арга хэмжээ (тайланд "
            "зорилт бичээгүй)'"
        ),
        (
            "t.txt:21:2: warning[W109] expected measures under objective 'Хоосон', got none; the "
            "objective is not imported"
        ),
    ]


def test_not_utf8_no_header_and_no_agency_are_refused_with_messages():
    result, messages = run(["Гарчиг".encode("cp1251").decode("latin-1")])
    bad = import_bytes("Гарчиг".encode("cp1251"), "t.txt", Meta(agency="x"))
    assert bad.plan is None
    assert (
        bad.diagnostics[0]
        .format("en")
        .startswith(
            "t.txt:1:1: error[E101] expected a report as .txt (reporting-system export or text), "
            ".docx, .xlsx or .html, got text that is not UTF-8 (byte 0x"
        )
    )
    assert result.plan is None
    assert "t.txt:1:1: error[E102]" in messages[0]
    lines = head() + ["\tНЭГ. Зорилт"] + row("1.1. А")
    nobody = import_bytes("\n".join(lines).encode(), "t.txt", Meta())
    assert nobody.plan is None
    assert [d.format("en") for d in nobody.diagnostics] == [
        (
            "t.txt:1:1: error[E105] expected the agency's slug (--agency), got none; the report "
            "names 'Туршилтын газар'"
        )
    ]


def test_unsupported_suffix_is_refused():
    result = import_bytes(b"x", "report.pdf")
    assert [d.format("en") for d in result.diagnostics] == [
        (
            "report.pdf:1:1: error[E101] expected a report as .txt (reporting-system export or "
            "text), .docx, .xlsx or .html, got '.pdf'"
        )
    ]
