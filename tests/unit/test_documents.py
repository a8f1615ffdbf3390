"""Evidence documents are published without their authors (iltod/evidence/scrub.py).

PDF, Word and Excel files made here by the libraries clerks' tools resemble (SYNTHETIC, see
tests/support/documents.py) carry a name and an e-mail address in their properties, XMP,
comments and annotations. The published copy carries neither, keeps the document's content,
and the build tells the clerk what was removed. A PDF with JavaScript or embedded files is
refused with a located error, by ``iltod validate`` as by the build.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pikepdf
import pytest
from openpyxl import load_workbook

from iltod.evidence import scrub
from iltod.evidence.publish import Published, publish
from iltod.load import loader
from iltod.load.attachments import entries
from tests.support import documents
from tests.support.images_repo import AGENCY, MEASURE, YEAR, line_of, make_repo

PERSONAL = [documents.AUTHOR, documents.EMAIL, "Батболд", "batbold"]


def _everything(data: bytes, ext: str) -> str:
    """All text a reader's tool could find in a file: every zip part, or every PDF object and
    decoded stream."""
    if ext != ".pdf":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    out = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        out.append(repr(pdf.trailer))
        for obj in pdf.objects:
            out.append(repr(obj))
            if isinstance(obj, pikepdf.Stream):
                out.append(obj.read_bytes().decode("utf-8", "replace"))
    return "".join(out)


def _publish(tmp_path: Path, files: dict[str, bytes]) -> tuple[Path, Published]:
    root = make_repo(tmp_path / "repo", files)
    out = publish(entries(loader.load(root)), root / "site", root / ".cache" / "images")
    return root, out


CASES = [
    ("report.pdf", documents.pdf, ["author", "XMP metadata", "1 comment"]),
    ("report.docx", documents.word, ["comments", "author", "last modified by"]),
    ("table.xlsx", documents.excel, ["comments", "author", "last modified by"]),
]


@pytest.mark.parametrize(("name", "make", "said"), CASES)
def test_published_documents_carry_no_author_or_email(tmp_path, name, make, said) -> None:
    ext = Path(name).suffix
    original = make()
    assert all(p in _everything(original, ext) for p in PERSONAL[:2])  # the fixture leaks
    root, out = _publish(tmp_path, {name: original})
    assert out.report.diagnostics == []
    (item,) = out.gallery(AGENCY, YEAR, MEASURE)
    published = (root / "site" / item["href"]).read_bytes()
    text = _everything(published, ext)
    assert not [p for p in PERSONAL if p in text]
    (note,) = out.notes()
    assert note.startswith(f"plans/{AGENCY}/{YEAR}.yml:{line_of(root, name)}:")
    assert all(s in note for s in said), note
    assert documents.AUTHOR not in note  # the clerk is told what, never the values
    assert "мн:" in note


def test_the_pdf_keeps_its_pages_and_visible_annotations(tmp_path: Path) -> None:
    root, out = _publish(tmp_path, {"report.pdf": documents.pdf()})
    (item,) = out.gallery(AGENCY, YEAR, MEASURE)
    with pikepdf.open(root / "site" / item["href"]) as pdf:
        assert len(pdf.pages) == 1
        assert b"Report 2021" in pdf.pages[0].Contents.read_bytes()
        assert [a.Subtype for a in pdf.pages[0].Annots] == ["/Highlight"]  # the note is gone
        assert "/Info" not in pdf.trailer
        assert "/Metadata" not in pdf.Root


def test_word_and_excel_keep_their_content_and_open_cleanly(tmp_path: Path) -> None:
    files = {"report.docx": documents.word(), "table.xlsx": documents.excel()}
    root, out = _publish(tmp_path, files)
    word, excel = (root / "site" / i["href"] for i in out.gallery(AGENCY, YEAR, MEASURE))
    d = docx.Document(str(word))
    assert [p.text for p in d.paragraphs] == [documents.TEXT]
    assert d.core_properties.author == ""
    ws = load_workbook(excel).active
    assert (ws["A1"].value, ws["B1"].value, ws["B1"].comment) == ("Сургалт", 45, None)
    for path in (word, excel):
        _relationships_resolve(path)


def _relationships_resolve(path: Path) -> None:
    """Every internal relationship and content-type override names a part that exists."""
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        types = z.read("[Content_Types].xml").decode()
        for override in types.split('PartName="/')[1:]:
            assert override.split('"')[0] in names, override
        for rels in (n for n in names if n.endswith(".rels")):
            base = rels.split("_rels/")[0]
            for rel in z.read(rels).decode().split("<Relationship ")[1:]:
                if 'TargetMode="External"' in rel:
                    continue
                target = rel.split('Target="')[1].split('"')[0]
                full = target.lstrip("/") if target.startswith("/") else base + target
                assert _norm(full) in names, (rels, target)


def _norm(path: str) -> str:
    parts: list[str] = []
    for p in path.split("/"):
        if p == "..":
            parts.pop()
        elif p not in ("", "."):
            parts.append(p)
    return "/".join(parts)


@pytest.mark.parametrize(
    ("pdf", "code", "words"),
    [
        (lambda: documents.pdf(script=True), "E320", "JavaScript"),
        (lambda: documents.pdf(embedded=True), "E321", "ledger.csv"),
        (lambda: b"%PDF-1.7\n" + b"\x00" * 50, "E322", "cannot"),
    ],
)
def test_a_pdf_that_runs_code_or_carries_files_is_refused_where_it_is_declared(
    tmp_path: Path, pdf, code: str, words: str
) -> None:
    root = make_repo(tmp_path / "repo", {"bad.pdf": pdf()})
    (d,) = loader.load(root).report.diagnostics  # what `iltod validate` reports
    assert (d.file, d.line, d.code) == (
        f"plans/{AGENCY}/{YEAR}.yml",
        line_of(root, "bad.pdf"),
        code,
    )
    assert words in d.format()
    assert "мн:" in d.format()
    assert str(tmp_path) not in d.format()  # the build machine's paths are nobody's business
    out = publish(entries(loader.load(root)), root / "site", root / ".cache" / "images")
    assert out.gallery(AGENCY, YEAR, MEASURE) == []  # never published
    assert not list((root / "site").rglob("*.pdf"))


def test_cleaned_copies_are_cached_and_identical(tmp_path: Path) -> None:
    """A second build takes the cleaned copy from the cache; both builds publish the same bytes
    under the same name, so the storage never receives a document twice."""
    root, first = _publish(tmp_path, {"report.pdf": documents.pdf()})
    (a,) = first.gallery(AGENCY, YEAR, MEASURE)
    before = (root / "site" / a["href"]).read_bytes()
    (root / "site").rename(root / "site-1")
    second = publish(entries(loader.load(root)), root / "site", root / ".cache" / "images")
    (b,) = second.gallery(AGENCY, YEAR, MEASURE)
    assert a["href"] == b["href"]
    assert (root / "site" / b["href"]).read_bytes() == before
    assert len(list((root / ".cache/images/documents").rglob("*.pdf"))) == 1


def test_documents_that_cannot_be_cleaned_are_published_as_filed_and_said_so(
    tmp_path: Path,
) -> None:
    _, out = _publish(tmp_path, {"notes.txt": "Тайлбар\n".encode()})
    (note,) = out.notes()
    assert "published as filed; its metadata was not checked" in note
    assert ".txt" not in scrub.CLEANED
