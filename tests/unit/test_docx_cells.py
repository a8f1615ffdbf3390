"""The Word download's tables are written straight into the document's XML
(iltod/iaac/write/docxcells.py) instead of cell by cell through python-docx, which cost 0.25 s
of CPU a plan: the file is byte for byte the one python-docx wrote. The reference below is the
python-docx code the writer replaced, kept here as the specification of those bytes."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest
from docx.shared import Cm, Pt

from iltod.iaac.write import docx as plan_docx_module
from iltod.iaac.write import layout
from iltod.iaac.write.docx import WIDTHS_CM, plan_docx
from iltod.model import Plan
from tests.support import sample

AWKWARD = '  two spaces, a\ttab,\na line break,\r\na CR-LF & <markup> "quoted" '


def _put(cell: Any, text: str, bold: bool = False) -> None:
    cell.text = text
    for p in cell.paragraphs:
        for run in p.runs:
            run.font.size = Pt(8)
            run.bold = bold or None


def _reference_report(doc: Any, lines: list[layout.Line]) -> Any:
    table = doc.add_table(rows=1, cols=len(layout.HEADERS))
    table.style = "Table Grid"
    for c, header in enumerate(layout.HEADERS):
        _put(table.rows[0].cells[c], header, bold=True)
    for line in lines:
        cells = table.add_row().cells
        if line.kind == "section":
            _put(cells[0].merge(cells[-1]), line.values[0], bold=True)
            continue
        for c, value in enumerate(line.values):
            text = f"{value}%" if c == len(line.values) - 1 and value != "" else str(value)
            _put(cells[c], text)
    for row in table.rows:
        for c, cell in enumerate(row.cells):
            cell.width = Cm(WIDTHS_CM[c])
    return table


def _reference_simple_table(doc: Any, rows: list[list[str]], bold_first: bool = False) -> None:
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        cells = table.add_row().cells
        for c, value in enumerate(values):
            _put(cells[c], value, bold=bold_first and r == 0)


def _awkward(plan: Plan) -> Plan:
    """The plan with white space, tabs, line breaks and markup characters in its texts."""
    objectives = []
    for o in plan.objectives:
        measures = [m.model_copy(update={"text": AWKWARD + m.text}) for m in o.measures]
        objectives.append(o.model_copy(update={"title": AWKWARD, "measures": measures}))
    return plan.model_copy(update={"objectives": objectives, "title": AWKWARD})


def _document_xml(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml")


@pytest.mark.parametrize("awkward", [False, True], ids=["sample", "awkward-texts"])
@pytest.mark.parametrize("reviews", [None, {}], ids=["no-review", "review-table"])
def test_the_word_file_is_byte_for_byte_python_docx_s(monkeypatch, awkward, reviews):
    plan = _awkward(sample.plan()) if awkward else sample.plan()
    ours = plan_docx(plan, reviews=reviews)
    monkeypatch.setattr(plan_docx_module, "_report", _reference_report)
    monkeypatch.setattr(plan_docx_module, "_simple_table", _reference_simple_table)
    reference = plan_docx(plan, reviews=reviews)
    assert _document_xml(ours) == _document_xml(reference)
    assert ours == reference


def test_the_awkward_texts_exercise_every_kind_of_run_content():
    """So that the comparison above covers tabs, line breaks and kept spaces."""
    xml = _document_xml(plan_docx(_awkward(sample.plan()))).decode()
    assert "<w:tab/>" in xml
    assert "<w:br/>" in xml
    assert 'xml:space="preserve"' in xml
    assert "&amp; &lt;markup&gt;" in xml
