"""SYNTHETIC evidence documents carrying a clerk's personal data, made by real libraries.

Each holds the name :data:`AUTHOR` and the address :data:`EMAIL` where Office and PDF tools put
them (document properties, XMP, comments and their authors); the document text itself is
:data:`TEXT`, which cleaning must keep.
"""

from __future__ import annotations

import io

import docx
import pikepdf
from openpyxl import Workbook
from openpyxl.comments import Comment

AUTHOR = "Батболд Дорж"
EMAIL = "batbold.dorj@example.mn"
TEXT = "Сургалтад 45 албан хаагч хамрагдав."  # SYNTHETIC


def pdf(*, script: bool = False, embedded: bool = False) -> bytes:
    """A one-page PDF with author, XMP metadata and a sticky-note comment by :data:`AUTHOR`."""
    doc = pikepdf.new()
    doc.add_blank_page(page_size=(200, 200))
    page = doc.pages[0]
    font = doc.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont="/Helvetica"
        )
    )
    page.obj.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page.obj.Contents = doc.make_stream(b"BT /F1 12 Tf 20 100 Td (Report 2021) Tj ET")
    doc.docinfo["/Author"] = f"{AUTHOR} <{EMAIL}>"
    doc.docinfo["/Creator"] = "Microsoft Word"
    doc.docinfo["/Title"] = "Тайлан"
    with doc.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = [AUTHOR]
        meta["xmp:CreatorTool"] = EMAIL
    note = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Text,
        Rect=[10, 10, 30, 30],
        T=AUTHOR,
        Contents=f"check with {EMAIL}",
    )
    highlight = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Highlight,
        Rect=[20, 95, 120, 115],
        QuadPoints=[20, 115, 120, 115, 20, 95, 120, 95],
        T=AUTHOR,
    )
    page.obj.Annots = doc.make_indirect(pikepdf.Array([note, highlight]))
    if script:
        doc.Root.OpenAction = pikepdf.Dictionary(
            Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript, JS="app.alert('hi')"
        )
    if embedded:
        spec = pikepdf.AttachedFileSpec(doc, b"secret,data\n", filename="ledger.csv")
        doc.attachments["ledger.csv"] = spec
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def word() -> bytes:
    """A DOCX by :data:`AUTHOR` with a comment of theirs."""
    d = docx.Document()
    p = d.add_paragraph(TEXT)
    d.add_comment(p.runs, text=f"{EMAIL}-д илгээх", author=AUTHOR, initials="БД")
    props = d.core_properties
    props.author, props.last_modified_by, props.comments = AUTHOR, EMAIL, "ноорог"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def excel() -> bytes:
    """An XLSX by :data:`AUTHOR` with a cell comment of theirs."""
    wb = Workbook()
    ws = wb.active
    ws["A1"], ws["B1"] = "Сургалт", 45
    ws["B1"].comment = Comment(f"{EMAIL}: шалгах", AUTHOR)
    wb.properties.creator, wb.properties.lastModifiedBy = AUTHOR, EMAIL
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
