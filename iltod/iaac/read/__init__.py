"""Import the documents agencies actually write into a :class:`~iltod.model.Plan`.

Formats: the official reporting system's text export (``.txt``; text with one cell per line
is read too, best effort), Word tables (``.docx``), Excel sheets (``.xlsx``) and saved web
pages (``.html``, ``.htm``). Each import returns an :class:`ImportResult`: the plan (or None when
it had to be refused), located diagnostics (codes E1xx/W1xx) and counts for the summary line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from iltod.diagnostics import diag
from iltod.iaac.read import bounds
from iltod.iaac.read.builder import Builder, ImportResult, Meta
from iltod.untrusted import TooLarge

FORMATS = (".txt", ".docx", ".xlsx", ".html", ".htm")


def import_bytes(
    data: bytes, file: str, meta: Meta | None = None, progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Import ``data``; ``file`` is the name shown in diagnostics (its suffix picks the format).

    Args:
        data: The document's bytes.
        file: Display path, e.g. ``reports/2021.docx``; diagnostics and ``source`` name it.
        meta: Agency slug, year and other facts given on the command line.
        progress: Called with the number of measures read so far.
    """
    meta = meta or Meta()
    try:
        if (suffix := Path(file).suffix.lower()) in (".docx", ".xlsx"):
            bounds.check(data, suffix)  # before a library builds every cell it is told of
        return _read(data, file, meta, progress)
    except TooLarge as exc:  # iltod.untrusted: refused before it was materialised
        d = diag(file, exc.row, exc.column, "E120", what=exc.en, what_mn=exc.mn)
        return ImportResult(file, None, [d], dict(_NOTHING))
    except Exception as exc:  # the contract: a diagnostic, never a traceback
        # A damaged file can fail deep inside zipfile, zlib or lxml in ways no reader lists
        # (the property tests found zlib.error); it is reported like any unreadable file.
        b = Builder(file)
        name = type(exc).__name__
        b.unreadable(
            f"a file that cannot be read ({name})",
            f"уншигдахгүй файл байна ({name}): гэмтсэн байж болно",
        )
        return ImportResult(file, None, b.diagnostics, _NOTHING)


_NOTHING = {"objectives": 0, "measures": 0, "percents": 0, "attachments": 0}


def _read(
    data: bytes, file: str, meta: Meta, progress: Callable[[int], None] | None
) -> ImportResult:
    suffix = Path(file).suffix.lower()
    if suffix == ".txt":
        from iltod.iaac.read import text

        return text.read(data, file, meta, progress)
    if suffix == ".docx":
        from iltod.iaac.read import docx

        return docx.read(data, file, meta, progress)
    if suffix == ".xlsx":
        from iltod.iaac.read import xlsx

        return xlsx.read(data, file, meta, progress)
    if suffix in (".html", ".htm"):
        from iltod.iaac.read import html

        return html.read(data, file, meta, progress)
    b = Builder(file)
    save = {".xls": ".xlsx", ".doc": ".docx"}.get(suffix)
    shown = f"'{suffix or file}'"
    if save:
        b.unreadable(f"{shown}; save it as {save}", f"{shown} байна; {save} болгож хадгална уу")
    else:
        b.unreadable(shown, f"{shown} байна")
    return ImportResult(file, None, b.diagnostics, dict(_NOTHING))


__all__ = ["FORMATS", "ImportResult", "Meta", "import_bytes"]
