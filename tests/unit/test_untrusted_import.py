"""Importer inputs of a few KB that describe gigabytes are refused before anything is built
(issue 27, row 3): a located, bilingual E120 instead of 3–4 GB of memory and no answer.

The files are made by tests/support/bombs.py at run time (never committed). Their peak memory
and time at the issue's full sizes are printed by ``python -m bench.bombs``.
"""

from __future__ import annotations

import pytest

from iltod.iaac.read import import_bytes
from iltod.untrusted import LIMITS
from tests.support import bombs

CASES = {
    "merged range A3:XFD1048576": (bombs.merged_xlsx, "report.xlsx"),
    "one cell at XFD1048576": (bombs.far_cell_xlsx, "report.xlsx"),
    "300 HTML cells of rowspan and colspan 1000": (bombs.spans_html, "report.html"),
    "w:gridSpan of 2,000,000,000": (bombs.gridspan_docx, "report.docx"),
    "more rows than a report has": (lambda: bombs.rows_xlsx(LIMITS.rows + 5), "report.xlsx"),
    "256 MiB of whitespace in sheetData": (
        lambda: bombs.whitespace_xlsx(256 << 20),
        "report.xlsx",
    ),
    "a billion laughs in docProps/core.xml": (bombs.laughs_docx, "report.docx"),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_a_bomb_is_refused_with_a_located_bilingual_error(case: str) -> None:
    make, name = CASES[case]
    result = import_bytes(make(), name)
    assert result.plan is None
    assert [d.code for d in result.diagnostics] == ["E120"]
    d = result.diagnostics[0]
    assert d.file == name
    assert (d.line, d.column) >= (1, 1)
    assert "мн:" in d.format()
    assert d.message_mn != d.message_en


def test_the_far_cell_is_named_where_it_is() -> None:
    d = import_bytes(bombs.far_cell_xlsx(), "report.xlsx").diagnostics[0]
    assert (d.line, d.column) == (1048576, 16384)


def test_a_normal_report_of_each_kind_still_imports() -> None:
    for data, name in [
        (bombs._workbook(rows=30), "report.xlsx"),
        (bombs._document(), "report.docx"),
        (bombs.spans_html(cells=3, span=2), "report.html"),
    ]:
        result = import_bytes(data, name)
        assert "E120" not in [d.code for d in result.diagnostics], name


def test_an_html_rowspan_is_cut_at_the_last_row_as_a_browser_draws_it() -> None:
    """rowspan 500 in a table of 3 rows spans 3 rows, not 500: 3 × 1000 positions, read."""
    result = import_bytes(bombs.spans_html(cells=2, span=500), "report.html")
    assert "E120" not in [d.code for d in result.diagnostics]
