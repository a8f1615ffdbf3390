"""Documents published without their authors: PDF and Office evidence cleaned before publishing.

A clerk's report carries more than its pages: the author's name and e-mail, who saved it last,
comments and tracked changes with their authors, custom properties, XMP metadata. None of it is
evidence, all of it is personal, so it is removed, and the build says what was removed. A PDF
that runs JavaScript (or launches a program) or carries embedded files is refused instead: a
reader's PDF viewer would run or open them, and nothing here could tell what they do.

PDF goes through pikepdf (qpdf); Word, Excel and PowerPoint files (OOXML) are rewritten part by
part with lxml, which keeps every namespace prefix as written, so Office opens the result
without a repair prompt. Other documents (OpenDocument, old binary Office, text) are published
as filed, and the build says that their metadata was not checked.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iltod.evidence import ooxml
from iltod.evidence.guard import Problem
from iltod.untrusted import TooLarge

if TYPE_CHECKING:  # imported where used: only a site with PDF evidence loads qpdf (~50 ms)
    import pikepdf

SCRUB_VERSION = 2
"""Bump when the cleaned output changes for the same input: cleaned copies are cached by it."""
OOXML = {".docx", ".xlsx", ".pptx"}
CLEANED = {".pdf", *OOXML}
# The document information dictionary, as a reader would name its fields.
_INFO = {
    "/Author": "author",
    "/Creator": "creating program",
    "/Producer": "producer",
    "/Title": "title",
    "/Subject": "subject",
    "/Keywords": "keywords",
    "/CreationDate": "creation date",
    "/ModDate": "modification date",
}
_NOTES = {"/Text", "/Popup"}  # sticky notes and their pop-ups: comments, not page content
_ANNOTATION_AUTHOR = ("/T", "/RC")  # who wrote an annotation; its rich-text comment


@dataclass(frozen=True)
class Cleaned:
    """What cleaning removed from one document (names of fields, never their values)."""

    removed: tuple[str, ...]
    checked: bool = True


def check(path: Path, ext: str) -> list[Problem]:
    """What refuses a document (an empty list when it can be published): the same reading as
    :func:`clean`, so what ``iltod validate`` accepts the build publishes."""
    if ext in OOXML:
        return _check_ooxml(path, ext)
    if ext != ".pdf":
        return []
    import pikepdf

    try:
        with pikepdf.open(path) as pdf:
            return _active(pdf)
    except pikepdf.PasswordError:
        return [Problem("E322", {"problem": "it is protected by a password"})]
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        return [Problem("E322", {"problem": _reason(exc, path)})]


def clean(path: Path, ext: str, dest: Path | None) -> Cleaned:
    """Write the cleaned copy of ``path`` to ``dest``; say what was removed.

    Raises:
        ValueError: the document cannot be read (reported as E322).
    """
    if ext == ".pdf":
        return _clean_pdf(path, dest) if dest is not None else Cleaned(())
    if ext in OOXML:
        try:
            removed = ooxml.clean(path, dest)
        except (TooLarge, ooxml.Macros):
            raise
        except (zipfile.BadZipFile, KeyError, ooxml.XMLError, zlib.error, ValueError) as exc:
            raise ValueError(f"not a readable Office file ({exc})"[:200]) from exc
        return Cleaned(tuple(removed))
    if dest is not None:
        shutil.copyfile(path, dest)
    return Cleaned((), checked=False)


def _check_ooxml(path: Path, ext: str) -> list[Problem]:
    try:
        clean(path, ext, None)
    except TooLarge as exc:
        return [Problem("E323", {"what": exc.en, "what_mn": exc.mn})]
    except ooxml.Macros as exc:
        return [Problem("E324", {"got": exc.part, "ext": ext})]
    except (ValueError, OSError) as exc:
        return [Problem("E322", {"problem": str(exc)[:200]})]
    return []


def _reason(exc: BaseException, path: Path) -> str:
    """qpdf's first line, without the file's path on the build machine (the plan names it)."""
    text = (str(exc).splitlines() or [type(exc).__name__])[0]
    return text.replace(f"{path}: ", "").replace(str(path), path.name)[:200]


def _active(pdf: pikepdf.Pdf) -> list[Problem]:
    import pikepdf

    scripts: set[str] = set()
    files: list[str] = []
    for obj in _dictionaries(pdf):
        action = obj.get("/S")
        if action == "/JavaScript" or "/JS" in obj:
            scripts.add("JavaScript")
        elif action == "/Launch":
            scripts.add("an action that launches a program")
        if obj.get("/Type") == "/EmbeddedFile" or obj.get("/Subtype") == "/FileAttachment":
            continue  # counted through their file specification
        if "/EF" in obj:
            files.append(str(obj.get("/UF", obj.get("/F", "?"))))
    names = pdf.Root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
        scripts.add("JavaScript")
    acroform = pdf.Root.get("/AcroForm")
    if isinstance(acroform, pikepdf.Dictionary) and "/XFA" in acroform:
        scripts.add("an XFA form, which can run scripts")
    problems = []
    if scripts:
        problems.append(Problem("E320", {"got": " and ".join(sorted(scripts))}))
    if files:
        shown = ", ".join(sorted(set(files))[:5])
        problems.append(Problem("E321", {"count": str(len(files)), "names": shown}))
    return problems


def _dictionaries(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every dictionary of the file, stream dictionaries and nested direct ones included.

    Walks each indirect object's direct contents with an explicit stack (no recursion limit);
    references are not followed, since every indirect object is visited once on its own.
    """
    import pikepdf

    for top in pdf.objects:
        stack: list[pikepdf.Object] = [top]
        while stack:
            obj = stack.pop()
            if isinstance(obj, pikepdf.Stream):
                obj = obj.stream_dict
            if isinstance(obj, pikepdf.Dictionary):
                yield obj
                stack.extend(_direct(obj.values()))
            elif isinstance(obj, pikepdf.Array):
                stack.extend(_direct(obj))


def _direct(values: Iterable[Any]) -> Iterator[pikepdf.Object]:
    """Containers held directly (pikepdf hands numbers and names over as Python values)."""
    import pikepdf

    for v in values:
        if isinstance(v, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)) and not v.is_indirect:
            yield v


def _clean_pdf(path: Path, dest: Path) -> Cleaned:
    import pikepdf

    try:
        pdf = pikepdf.open(path)
    except (pikepdf.PdfError, OSError) as exc:
        raise ValueError(_reason(exc, path)) from exc
    with pdf:
        removed: list[str] = []
        info = pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            removed += [_INFO.get(str(k), str(k).lstrip("/")) for k in info]
            del pdf.trailer["/Info"]
        xmp = 0
        for obj in _dictionaries(pdf):
            for key in ("/Metadata", "/PieceInfo"):
                if key in obj:
                    del obj[key]
                    xmp += key == "/Metadata"
        if xmp:
            removed.append("XMP metadata" + (f" ({xmp} parts)" if xmp > 1 else ""))
        removed += _clean_annotations(pdf)
        removed += _remove_calls(pdf)
        pdf.save(
            dest,
            deterministic_id=True,
            encryption=False,
            preserve_pdfa=False,
            fix_metadata_version=False,
        )
    return Cleaned(tuple(removed))


_CALLS = {"/SubmitForm", "/GoToR", "/GoToE", "/ImportData", "/Launch", "/Thread"}
"""Actions that reach outside the file whatever triggers them: send the form's fields to a
URL, open a remote file (a UNC path on Windows hands over the reader's credentials), import
data, launch a program, follow a thread in another file."""
_TRIGGERS = ("/OpenAction", "/AA", "/A")
"""Where actions hang: run on opening the document, on events (page opened, field focused),
or when a link or button is clicked."""


def _remove_calls(pdf: pikepdf.Pdf) -> list[str]:
    """Every action that calls out removed (a link's /URI stays: it opens only when clicked,
    like a link on a web page; run by itself, on opening or an event, it is removed too)."""

    n = 0
    for obj in _dictionaries(pdf):
        for key in _TRIGGERS:
            if key in obj and _calls_out(obj[key], automatic=key != "/A"):
                del obj[key]
                n += 1
    return [f"{n} action{'s' if n != 1 else ''} that call outside the file"] if n else []


def _calls_out(action: Any, automatic: bool) -> bool:
    """Whether an action, its chain (/Next) or, for /AA, any of its events' actions calls out."""
    import pikepdf

    stack, seen = [action], 0
    while stack and seen < 10_000:
        a, seen = stack.pop(), seen + 1
        if isinstance(a, pikepdf.Array):
            stack.extend(a)
        if not isinstance(a, pikepdf.Dictionary):
            continue
        kind = a.get("/S")
        if kind in _CALLS or (automatic and kind == "/URI"):
            return True
        if "/S" not in a:  # an /AA dictionary: event → action
            stack.extend(a.values())
        if "/Next" in a:
            stack.append(a["/Next"])
    return False


def _clean_annotations(pdf: pikepdf.Pdf) -> list[str]:
    import pikepdf

    notes = authors = 0
    for page in pdf.pages:
        annots = page.obj.get("/Annots")
        if not isinstance(annots, pikepdf.Array):
            continue
        kept = pikepdf.Array()
        for annot in annots:
            if not isinstance(annot, pikepdf.Dictionary):
                kept.append(annot)
                continue
            if annot.get("/Subtype") in _NOTES:
                notes += annot.get("/Subtype") == "/Text"
                continue
            for key in _ANNOTATION_AUTHOR:
                if key in annot:
                    del annot[key]
                    authors += key == "/T"
            if "/Popup" in annot:
                del annot["/Popup"]
            kept.append(annot)
        page.obj["/Annots"] = kept
    out = [f"{notes} comment{'s' if notes != 1 else ''}"] if notes else []
    if authors:
        out.append(f"the author of {authors} annotation{'s' if authors != 1 else ''}")
    return out


def cached(path: Path, ext: str, digest: str, cache_dir: Path) -> tuple[Path, Cleaned, str]:
    """The cleaned copy of a document, made once per content and kept in the evidence cache.

    Returns the file to publish, what was removed, and a key naming the published bytes (it
    changes when the cleaning does, so a published name never stands for two contents).

    Raises:
        ValueError: the document cannot be read (reported as E322).
    """
    import pikepdf

    if ext not in CLEANED:
        return path, Cleaned((), checked=False), digest
    versions = f"{SCRUB_VERSION}:{pikepdf.__version__}:{ooxml.LXML_VERSION}"
    key = hashlib.sha256(f"{digest}:{versions}".encode()).hexdigest()
    folder = cache_dir / "documents" / key[:2]
    out, meta = folder / f"{key}{ext}", folder / f"{key}.json"
    try:
        removed = json.loads(meta.read_text(encoding="utf-8"))["removed"]
        if out.is_file():
            return out, Cleaned(tuple(removed)), key
    except (OSError, ValueError, KeyError, TypeError):
        pass
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".{key}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        result = clean(path, ext, tmp)
        tmp.replace(out)
        tmp.write_text(json.dumps({"removed": list(result.removed)}), encoding="utf-8")
        tmp.replace(meta)  # written last: a cache entry with metadata is complete
    finally:
        tmp.unlink(missing_ok=True)
    return out, result, key
