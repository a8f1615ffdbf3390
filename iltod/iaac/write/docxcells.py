"""Table rows of a Word document written straight into its XML, as python-docx writes them.

python-docx builds a cell in about a dozen steps (a row of empty cells, each cell's width, its
text cleared and set, the run's size and weight), each searching the element's children
through XPath: 0.25 s of CPU a plan, the largest part of a small site's office files. These
functions append the same elements in the same order with lxml, so the document is byte for
byte the one python-docx wrote (``tests/unit/test_docx_cells.py`` compares the two).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
SIZE = "16"
"""The run's size in half-points: 8 pt, the table's text."""


def grid_widths(tbl: Any) -> list[str]:
    """The widths of the table's grid columns (twips), which python-docx gives a new cell."""
    grid = tbl.find(W + "tblGrid")
    return [col.get(W + "w") for col in grid.iterfind(W + "gridCol")]


def row(tbl: Any, widths: Sequence[str], texts: Sequence[str], bold: bool = False) -> None:
    """Append a row of one cell per width, each holding one run of ``texts``' string."""
    tr = etree.SubElement(tbl, W + "tr")
    for width, text in zip(widths, texts, strict=True):
        _cell(tr, width, text, bold)


def merged_row(tbl: Any, width: str, span: int, text: str, bold: bool = False) -> None:
    """Append a row of one cell spanning ``span`` grid columns."""
    _cell(etree.SubElement(tbl, W + "tr"), width, text, bold, span)


def _cell(tr: Any, width: str, text: str, bold: bool, span: int = 1) -> None:
    tc = etree.SubElement(tr, W + "tc")
    pr = etree.SubElement(tc, W + "tcPr")
    etree.SubElement(pr, W + "tcW", {W + "type": "dxa", W + "w": width})
    if span > 1:
        etree.SubElement(pr, W + "gridSpan", {W + "val": str(span)})
    r = etree.SubElement(etree.SubElement(tc, W + "p"), W + "r")
    rpr = etree.SubElement(r, W + "rPr")
    if bold:
        etree.SubElement(rpr, W + "b")
    etree.SubElement(rpr, W + "sz", {W + "val": SIZE})
    _text(r, text)


def _text(r: Any, text: str) -> None:
    """The run's content as python-docx's ``Run.text`` makes it: a tab is ``<w:tab/>``, a line
    break ``<w:br/>``, each stretch between them one ``<w:t>``, marked to keep its spaces when
    it starts or ends with white space."""
    start = 0
    for i, char in enumerate(text):
        if char == "\t" or char in "\r\n":
            _t(r, text[start:i])
            etree.SubElement(r, W + ("tab" if char == "\t" else "br"))
            start = i + 1
    _t(r, text[start:])


def _t(r: Any, text: str) -> None:
    if text:
        t = etree.SubElement(r, W + "t")
        t.text = text
        if len(text.strip()) < len(text):
            t.set(XML_SPACE, "preserve")
