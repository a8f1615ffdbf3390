"""SYNTHETIC hostile files, made at run time and never committed (issue 27): a few KB that
describe gigabytes. Shared by the tests, the property contract and ``python -m bench.bombs``.

Every maker returns the file's bytes; sizes are parameters so the tests stay quick and the
bench can run the full-size case of the issue.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable

import docx
import openpyxl

HEADER = ["№", "Арга хэмжээ", "Хугацаа", "Хэрэгжилт", "Хэрэгжилтийн хувь"]
GiB = 1 << 30


def _workbook(rows: int = 1) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    for i in range(1, rows + 1):
        ws.append([f"1.{i}", "SYNTHETIC арга хэмжээ", "2021 он", "хийсэн", 100])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _document() -> bytes:
    d = docx.Document()
    d.add_paragraph("SYNTHETIC тайлан")
    t = d.add_table(rows=2, cols=len(HEADER))
    for c, text in enumerate(HEADER):
        t.cell(0, c).text = text
    for c, text in enumerate(["1.1", "SYNTHETIC", "2021 он", "хийсэн", "100"]):
        t.cell(1, c).text = text
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def rezip(data: bytes, change: dict[str, bytes | Iterable[bytes]]) -> bytes:
    """``data`` (a zip) with the parts in ``change`` replaced or added; an iterable of chunks
    is written as it comes, so a part of gigabytes never exists in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename not in change:
                dst.writestr(info, src.read(info.filename), zipfile.ZIP_DEFLATED)
        for name, content in change.items():
            if isinstance(content, bytes):
                dst.writestr(name, content, zipfile.ZIP_DEFLATED)
                continue
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            with dst.open(info, "w", force_zip64=True) as f:
                for chunk in content:
                    f.write(chunk)
    return out.getvalue()


def _sheet_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("xl/worksheets/sheet1.xml").decode()


def merged_xlsx() -> bytes:
    """One merged range ``A3:XFD1048576``: 17 billion cells (row 3 of the issue)."""
    data = _workbook()
    xml = _sheet_xml(data).replace(
        "</sheetData>",
        '</sheetData><mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>',
    )
    return rezip(data, {"xl/worksheets/sheet1.xml": xml.encode()})


def far_cell_xlsx() -> bytes:
    """One cell at ``XFD1048576``: a sheet whose grid has 17 billion positions."""
    data = _workbook()
    far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    xml = _sheet_xml(data).replace("</sheetData>", far + "</sheetData>")
    xml = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml)
    return rezip(data, {"xl/worksheets/sheet1.xml": xml.encode()})


def rows_xlsx(rows: int, columns: int = 1) -> bytes:
    """A sheet of ``rows`` rows (1,000,000 in the issue: 14 MB) of ``columns`` cells, written
    as a stream."""

    def sheet() -> Iterable[bytes]:
        yield (
            b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            b'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        )
        batch = []
        for r in range(1, rows + 1):
            cells = "".join(
                f'<c r="{_column(c)}{r}" t="inlineStr"><is><t>{r}.{c}</t></is></c>'
                for c in range(1, columns + 1)
            )
            batch.append(f'<row r="{r}">{cells}</row>')
            if len(batch) == 10_000:
                yield "".join(batch).encode()
                batch = []
        yield "".join(batch).encode() + b"</sheetData></worksheet>"

    return rezip(_workbook(), {"xl/worksheets/sheet1.xml": sheet()})


def _column(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def whitespace_xlsx(size: int) -> bytes:
    """``size`` bytes of spaces inside ``<sheetData>`` (2 GiB in the issue: a 2 MB file)."""
    head, tail = _sheet_xml(_workbook()).split("<sheetData>", 1)

    def sheet() -> Iterable[bytes]:
        yield (head + "<sheetData>").encode()
        block = b" " * (1 << 20)
        for _ in range(size >> 20):
            yield block
        yield tail.encode()

    return rezip(_workbook(), {"xl/worksheets/sheet1.xml": sheet()})


def spans_html(cells: int = 300, span: int = 1000) -> bytes:
    """``cells`` table cells of rowspan and colspan ``span`` under an IAAC header (12 KB)."""
    head = "".join(f"<th>{h}</th>" for h in HEADER)
    body = "".join(f'<tr><td rowspan="{span}" colspan="{span}">{i}</td></tr>' for i in range(cells))
    return f"<html><body><table><tr>{head}</tr>{body}</table></body></html>".encode()


def gridspan_docx(span: int = 2_000_000_000) -> bytes:
    """A Word table cell with ``<w:gridSpan w:val="2000000000"/>``."""
    data = _document()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    at = xml.index("<w:tc>") + len("<w:tc>")
    xml = xml[:at] + f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' + xml[at:]
    return rezip(data, {"word/document.xml": xml.encode()})


def inflating_docx(size: int) -> bytes:
    """A Word document with one more part that inflates to ``size`` bytes (row 1: 3 GiB from
    3 MB)."""

    def part() -> Iterable[bytes]:
        block = b"\0" * (1 << 20)
        for _ in range(size >> 20):
            yield block

    return rezip(_document(), {"word/media/image9.bin": part()})


LAUGHS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'.encode()
        for i in range(1, 10)
    )
    + b"]>\n"
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    b"<dc:creator>&lol9;</dc:creator></cp:coreProperties>"
)


def laughs_docx() -> bytes:
    """A Word document whose ``docProps/core.xml`` defines a billion laughs (row 2)."""
    return rezip(_document(), {"docProps/core.xml": LAUGHS})


def macro_docx() -> bytes:
    """A macro-enabled document renamed ``.docx`` (row 5)."""
    data = _document()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml").decode()
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    ).replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    return rezip(
        data,
        {"[Content_Types].xml": types.encode(), "word/vbaProject.bin": b"SYNTHETIC macro"},
    )


def external_image_docx() -> bytes:
    """A Word document whose picture is an external relationship: Word fetches it on open."""
    data = _document()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rels = z.read("word/_rels/document.xml.rels").decode()
        xml = z.read("word/document.xml").decode()
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/image" Target="https://tracker.example.org/pixel.png" '
        'TargetMode="External"/></Relationships>',
    )
    blip = (
        '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<v:imagedata r:id="rId99"/></v:shape></w:pict></w:r></w:p>'
    )
    xml = xml.replace("<w:sectPr", blip + "<w:sectPr", 1)
    return rezip(
        data, {"word/_rels/document.xml.rels": rels.encode(), "word/document.xml": xml.encode()}
    )
