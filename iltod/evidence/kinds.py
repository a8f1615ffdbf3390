"""What a file is: by its extension (what the clerk says) and by its first bytes (what it is).

The two must agree. A browser or an image library trusts the content, a reader trusts the
name; a ".jpg" that is really an HTML page or a PDF is either a mistake or an attack, and is
refused before anything decodes it.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import NamedTuple


class FileType(NamedTuple):
    content: str  # the sniffed kind the extension promises
    label: str  # what a reader is told next to a download link
    mime: str


# Images are re-encoded to WebP; Pillow's format name for each extension.
IMAGE_TYPES: dict[str, FileType] = {
    ".jpg": FileType("jpeg", "JPEG", "image/jpeg"),
    ".jpeg": FileType("jpeg", "JPEG", "image/jpeg"),
    ".png": FileType("png", "PNG", "image/png"),
    ".webp": FileType("webp", "WebP", "image/webp"),
    ".heic": FileType("heif", "HEIC", "image/heic"),
    ".heif": FileType("heif", "HEIF", "image/heif"),
}
# Documents are published as they are, as downloads.
FILE_TYPES: dict[str, FileType] = {
    ".pdf": FileType("pdf", "PDF", "application/pdf"),
    ".docx": FileType(
        "zip",
        "Word (DOCX)",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ".xlsx": FileType(
        "zip", "Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    ),
    ".pptx": FileType(
        "zip",
        "PowerPoint (PPTX)",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ".odt": FileType("zip", "OpenDocument (ODT)", "application/vnd.oasis.opendocument.text"),
    ".ods": FileType("zip", "OpenDocument (ODS)", "application/vnd.oasis.opendocument.spreadsheet"),
    ".doc": FileType("ole", "Word (DOC)", "application/msword"),
    ".xls": FileType("ole", "Excel (XLS)", "application/vnd.ms-excel"),
    ".ppt": FileType("ole", "PowerPoint (PPT)", "application/vnd.ms-powerpoint"),
    ".csv": FileType("text", "CSV", "text/csv"),
    ".txt": FileType("text", "Text (TXT)", "text/plain"),
}
# Never published under any name: a browser runs their scripts on the site's own origin.
ACTIVE = {".svg": "SVG", ".svgz": "SVG", ".html": "HTML", ".htm": "HTML", ".xhtml": "HTML"}

CONTENT_NAMES = {
    "jpeg": "JPEG",
    "png": "PNG",
    "webp": "WebP",
    "heif": "HEIC",
    "avif": "AVIF",
    "gif": "GIF",
    "bmp": "BMP",
    "tiff": "TIFF",
    "pdf": "PDF",
    "zip": "an Office/ZIP document",
    "ole": "an old Office document",
    "svg": "SVG",
    "html": "HTML",
    "text": "plain text",
    "empty": "an empty file",
    "unknown": "unrecognised binary data",
}

_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
_HTML_TAGS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<script",
    b"<iframe",
    b"<meta",
    b"<title",
    b"<a ",
    b"<div",
    b"<img",
    b"<style",
    b"<!--",
)
_MAGIC = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"BM", "bmp"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
)


def suffix(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def allowed_list() -> str:
    return ", ".join(sorted({*IMAGE_TYPES, *FILE_TYPES}))


def sniff(head: bytes) -> str:
    """The kind of content from a file's first bytes (4 KB is plenty)."""
    if not head:
        return "empty"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        return "heif" if brand in _HEIF_BRANDS else "avif" if brand == b"avif" else "unknown"
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"%PDF-" in head[:1024]:  # PDF readers accept junk before the header
        return "pdf"
    return _sniff_text(head)


def _sniff_text(head: bytes) -> str:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n\x0c").lower()
    if text.startswith(b"<svg") or (text.startswith(b"<?xml") and b"<svg" in text):
        return "svg"
    if text.startswith(_HTML_TAGS) or (text.startswith(b"<?xml") and b"<html" in text):
        return "html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the 4 KB boundary is still text.
        if exc.start < len(head) - 3:
            return "unknown"
    return "text"
