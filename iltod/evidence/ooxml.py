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


def clean(path: Path, dest: Path) -> list[str]:
    """Write ``path`` without personal data to ``dest``; the names of what was removed."""
    with zipfile.ZipFile(path) as src:
        names = src.namelist()
        parts = {n: src.read(n) for n in names}
    dropped = {n for n in names if _DROP.match(n)}
    drawings = _comment_drawings(parts, dropped)
    dropped |= {t for rids in drawings.values() for t in rids.values()}
    removed = _describe_dropped(dropped)
    with zipfile.ZipFile(dest, "w") as dst:
        for name in names:
            if name in dropped:
                continue
            data, found = _clean_part(name, parts[name], dropped, drawings.get(name, {}))
            removed += found
            info = zipfile.ZipInfo(name, _DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            dst.writestr(info, data)
    return [r for r in dict.fromkeys(removed) if r]


Change = Callable[[etree._Element], list[str]]


def _clean_part(
    name: str, data: bytes, dropped: set[str], drawings: dict[str, str]
) -> tuple[bytes, list[str]]:
    change: Change | None = None
    if name == "[Content_Types].xml":
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
