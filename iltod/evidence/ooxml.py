"""Word, Excel and PowerPoint files (OOXML) without their authors: a part-by-part rewrite.

An OOXML file is a zip of XML parts tied together by relationships (``*.rels``) and a content
types list. Personal data lives in known places: the core and app properties (author, last
modified by, comments, company, manager), custom properties, the comment parts with their
authors (``word/comments.xml``, ``xl/comments1.xml``, threaded comments, ``people.xml``), the
authors of tracked changes, and the path of an attached template (often ``C:\\Users\\<name>``).
Removed parts lose their relationships, content types and in-text anchors, so the file stays
valid. Every other part is copied byte for byte; the zip is written with fixed dates.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from lxml import etree

from iltod.untrusted import Archive, no_doctype

XMLError = etree.XMLSyntaxError
LXML_VERSION: str = etree.__version__
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=False)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC = "http://purl.org/dc/elements/1.1/"
EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
SS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Parts removed whole: comments and the people who wrote them, custom properties.
_DROP = re.compile(
    r"^(docProps/custom\.xml"
    r"|word/(people|comments(Extended|Ids|Extensible)?)\.xml"
    r"|xl/comments(\d*\.xml|/[^/]+)|xl/threadedComments/[^/]+|xl/persons/[^/]+"
    r"|ppt/comments/[^/]+|ppt/(commentAuthors|authors)\.xml)$"
)
_CORE = {f"{{{DC}}}creator": "author", f"{{{CP}}}lastModifiedBy": "last modified by"}
_CORE[f"{{{DC}}}description"] = "document comments"
_APP = {f"{{{EP}}}Company": "company", f"{{{EP}}}Manager": "manager"}
_ANCHORS = {f"{{{W}}}{n}" for n in ("commentRangeStart", "commentRangeEnd", "commentReference")}
_DATE = (1980, 1, 1, 0, 0, 0)


class Macros(ValueError):
    """A macro-enabled document (whatever its name says): refused, never published."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


_MACROS = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml|vbaProjectSignature\.bin)$", re.I)
_MACRO_TYPES = re.compile(rb"macroEnabled|vbaProject|ms-excel\.sheet\.binary\.macro", re.I)


def check(path: Path) -> None:
    """Everything :func:`clean` would refuse, without writing (what ``iltod validate`` runs,
    so that what it accepts the build accepts).

    Raises:
        TooLarge: beyond :mod:`iltod.untrusted`'s bounds (a compression bomb, a DOCTYPE).
        Macros: a macro-enabled document.
        zipfile.BadZipFile, KeyError, XMLError: damaged.
    """
    clean(path, None)


def clean(path: Path, dest: Path | None) -> list[str]:
    """Write ``path`` without personal data and without links that call out to ``dest``
    (``None``: check only); the names of what was removed.

    Read part by part under :mod:`iltod.untrusted`'s bounds: the parts it changes are parsed
    (each at most ``Limits.part``), every other part is copied as it inflates.
    """
    with Archive(path) as src:
        names = src.names()
        _refuse_macros(src, names)
        small = {n: src.read(n) for n in names if n.endswith((".rels", ".vml"))}
        dropped = {n for n in names if _DROP.match(n)}
        drawings = _comment_drawings(small, dropped)
        dropped |= {t for rids in drawings.values() for t in rids.values()}
        outside = _outside(small, dropped)
        removed = _describe_dropped(dropped) + _describe_outside(outside)
        unlinked = {_source(rels): {i for i, _ in found} for rels, found in outside.items()}
        dst = zipfile.ZipFile(dest, "w") if dest is not None else None
        try:
            for name in names:
                if name not in dropped:
                    removed += _copy(src, name, dst, dropped, drawings.get(name, {}), unlinked)
        finally:
            if dst is not None:
                dst.close()
    return [r for r in dict.fromkeys(removed) if r]


def _copy(
    src: Archive,
    name: str,
    dst: zipfile.ZipFile | None,
    dropped: set[str],
    drawings: dict[str, str],
    unlinked: dict[str, set[str]],
) -> list[str]:
    info = zipfile.ZipInfo(name, _DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16
    if not _changes(name, drawings, unlinked):
        sink = dst.open(info, "w", force_zip64=True) if dst is not None else None
        for chunk in src.chunks(name):  # inflated (and its CRC checked) even when only checking
            if sink is not None:
                sink.write(chunk)
        if sink is not None:
            sink.close()
        return []
    data = src.read(name)
    no_doctype(name, data)
    data, found = _clean_part(name, data, dropped, drawings, unlinked.get(name, set()))
    if dst is not None:
        dst.writestr(info, data)
    return found


def _changes(name: str, drawings: dict[str, str], unlinked: dict[str, set[str]]) -> bool:
    """Whether :func:`_clean_part` may change the part (it is parsed then)."""
    return (
        name in ("[Content_Types].xml", "docProps/core.xml", "docProps/app.xml")
        or name.endswith(".rels")
        or (name.startswith("word/") and name.endswith(".xml"))
        or bool(drawings)
        or name in unlinked
    )


def _refuse_macros(src: Archive, names: list[str]) -> None:
    for name in names:
        if _MACROS.search(name):
            raise Macros(name)
    if "[Content_Types].xml" in names:
        types = src.read("[Content_Types].xml")
        if m := _MACRO_TYPES.search(types):
            raise Macros(f"[Content_Types].xml: {m.group().decode()}")


def _outside(small: dict[str, bytes], dropped: set[str]) -> dict[str, list[tuple[str, str]]]:
    """Per relationships part: the (id, type) of each relationship to a target outside the
    file that a reader's Office would fetch or open by itself (a picture, a template, a frame,
    a linked object). Hyperlinks stay: they open only when clicked, like a link on a web page."""
    out: dict[str, list[tuple[str, str]]] = {}
    for rels, data in small.items():
        if not rels.endswith(".rels") or _source(rels) in dropped:
            continue
        no_doctype(rels, data)
        for r in etree.fromstring(data, _PARSER):
            kind = r.get("Type", "").rsplit("/", 1)[-1]
            if r.get("TargetMode") == "External" and kind != "hyperlink":
                out.setdefault(rels, []).append((r.get("Id", ""), kind))
    return out


def _source(rels: str) -> str:
    """The part a relationships part belongs to: word/_rels/document.xml.rels →
    word/document.xml."""
    folder, name = posixpath.split(rels)
    return posixpath.join(posixpath.dirname(folder), name.removesuffix(".rels"))


def _describe_outside(outside: dict[str, list[tuple[str, str]]]) -> list[str]:
    kinds = sorted({k for found in outside.values() for _, k in found if k != "attachedTemplate"})
    n = sum(k != "attachedTemplate" for found in outside.values() for _, k in found)
    if not n:
        return []
    what = f"{n} link{'s' if n != 1 else ''} to outside files that open by themselves"
    return [f"{what} ({', '.join(kinds)})"]


Change = Callable[[etree._Element], list[str]]


def _clean_part(
    name: str, data: bytes, dropped: set[str], drawings: dict[str, str], unlinked: set[str]
) -> tuple[bytes, list[str]]:
    change: Change | None = None
    if unlinked:
        change = partial(_unlink, ids=unlinked, then=_word if name.startswith("word/") else None)
    elif name == "[Content_Types].xml":
        change = partial(_drop_overrides, dropped=dropped)
    elif name.endswith(".rels"):
        change = partial(_drop_relationships, name, dropped=dropped)
    elif name == "docProps/core.xml":
        change = partial(_drop_children, named=_CORE)
    elif name == "docProps/app.xml":
        change = partial(_drop_children, named=_APP)
    elif name.startswith("word/") and name.endswith(".xml"):
        change = _word
    elif drawings:
        change = partial(_sheet, rids=set(drawings))
    if change is None:
        return data, []
    root = etree.fromstring(data, _PARSER)
    found = change(root)
    if not found:
        return data, []
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return xml, found


def _unlink(root: etree._Element, ids: set[str], then: Change | None) -> list[str]:
    """Attributes naming a removed outside relationship (r:id, r:link, r:embed) removed."""
    found = []
    for el in root.iter():
        for attr in [a for a in el.attrib if a.startswith(f"{{{R}}}") and el.get(a) in ids]:
            del el.attrib[attr]
            found.append("")
    return found + (then(root) if then is not None else [])


def _drop_children(root: etree._Element, named: dict[str, str]) -> list[str]:
    found = []
    for child in list(root):
        if child.tag in named and ((child.text or "").strip() or len(child)):
            found.append(named[child.tag])
            root.remove(child)
    return found


def _drop_overrides(root: etree._Element, dropped: set[str]) -> list[str]:
    gone = [o for o in root if o.get("PartName", "").lstrip("/") in dropped]
    for o in gone:
        root.remove(o)
    return [""] * len(gone)  # bookkeeping: what was removed is said once, by its part


def _drop_relationships(rels: str, root: etree._Element, dropped: set[str]) -> list[str]:
    """Relationships to removed parts, and to an attached template outside the file."""
    base = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/x.rels → word
    found = []
    for r in list(root):
        target = r.get("Target", "")
        if r.get("TargetMode") == "External":
            if r.get("Type", "").endswith("/attachedTemplate"):
                root.remove(r)
                found.append("the path of the attached template")
            elif not r.get("Type", "").endswith("/hyperlink"):
                root.remove(r)  # fetched by Office on open: described by _describe_outside
                found.append("")
            continue
        if _resolve(base, target) in dropped:
            root.remove(r)
            found.append("")
    return found


def _word(root: etree._Element) -> list[str]:
    """Comment anchors removed; tracked changes keep their text but lose their authors."""
    found = []
    for el in list(root.iter(*_ANCHORS)):
        el.getparent().remove(el)
        found.append("")
    for el in list(root.iter(f"{{{W}}}attachedTemplate")):
        el.getparent().remove(el)
        found.append("")
    authors = {el.get(f"{{{W}}}author") for el in root.iter() if el.get(f"{{{W}}}author")}
    for el in root.iter():
        if el.get(f"{{{W}}}author"):
            el.set(f"{{{W}}}author", "")
        if el.get(f"{{{W}}}initials") is not None:
            del el.attrib[f"{{{W}}}initials"]
            found.append("")
    if authors:
        n = len(authors)
        found.append(f"{n} author name{'s' if n != 1 else ''} of tracked changes")
    return found


def _sheet(root: etree._Element, rids: set[str]) -> list[str]:
    """A sheet whose comments were removed loses the drawing that showed them."""
    found = []
    for el in list(root.iter(f"{{{SS}}}legacyDrawing")):
        if el.get(f"{{{R}}}id") in rids:
            el.getparent().remove(el)
            found.append("")
    return found


def _comment_drawings(parts: dict[str, bytes], dropped: set[str]) -> dict[str, dict[str, str]]:
    """Per sheet losing its comments: the VML drawings (id → part) that only showed them."""
    out: dict[str, dict[str, str]] = {}
    for rels, data in parts.items():
        m = re.match(r"xl/worksheets/_rels/(sheet\d+\.xml)\.rels$", rels)
        if not m:
            continue
        targets = {
            r.get("Id", ""): _resolve("xl/worksheets", r.get("Target"))
            for r in etree.fromstring(data, _PARSER)
            if r.get("TargetMode") != "External" and r.get("Target")
        }
        if any(t in dropped for t in targets.values()):
            vml = {i: t for i, t in targets.items() if t.endswith(".vml")}
            out[f"xl/worksheets/{m[1]}"] = {i: t for i, t in vml.items() if _only_notes(parts, t)}
    return out


def _resolve(base: str, target: str) -> str:
    """A relationship's target as a part name: relative to its source's folder, or absolute."""
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(base, target)
    return posixpath.normpath(path)


def _only_notes(parts: dict[str, bytes], vml: str) -> bool:
    return set(re.findall(rb'ObjectType="(\w+)"', parts.get(vml, b""))) == {b"Note"}


def _describe_dropped(dropped: set[str]) -> list[str]:
    found = []
    if any(re.search(r"comments|threadedComments", n) for n in dropped):
        found.append("comments")
    if any(re.search(r"people\.xml|persons/|[Aa]uthors\.xml", n) for n in dropped):
        found.append("the names and e-mail addresses of commenters")
    if "docProps/custom.xml" in dropped:
        found.append("custom properties")
    return found
