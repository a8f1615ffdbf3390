"""Evidence files sent with a report: which measure each belongs to, where it goes, whether it
can be published.

A file names its measure either as ``1.3=photo.jpg`` (the command line, the form's
"1.3: photo" lines) or by starting its own name with the number (``1.3 photo.jpg``,
``1.3_photo.jpg``). It is placed in the measure's folder, ``attachments/<agency>/<year>/<n>/``,
under its own name made safe, and listed under the measure's ``attachments.items``.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from iltod.diagnostics import Diagnostic, diag
from iltod.evidence.inspect import check_file
from iltod.evidence.settings import Settings, size_label
from iltod.load.attachments import folder

_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,3}){1,3})(?:[ _=\-]+|\.(?=\D))(.+)$")
_CAMERA = re.compile(r"(?i)^(img|image|dsc|dcim|pxl|photo|scan|file)?[ _-]*\d*[ _-]*\d*$")
_UNSAFE = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]+")


@dataclass(frozen=True)
class Upload:
    """A file as the clerk sent it: its name and bytes."""

    name: str
    data: bytes
    caption: str = ""
    """What the clerk wrote beside the file (the form's evidence line), if anything."""


@dataclass(frozen=True)
class Placed:
    measure: str
    name: str
    """The file's name in the measure's folder."""
    upload: Upload
    caption: str = ""
    """The caption listed with it (an image's alternative text): the clerk's words, else its
    name, else "evidence of measure N" when the name is a camera's (IMG_0002)."""

    def path(self, agency: str, year: int) -> PurePosixPath:
        return folder(agency, year, self.measure) / self.name


def split(given: str) -> tuple[str | None, str]:
    """``1.3=photo.jpg`` → ("1.3", "photo.jpg"); a name without ``=`` is kept whole."""
    number, sep, rest = given.partition("=")
    if sep and _NUMBERED.match(number + " x"):
        return number.strip(), rest
    return None, given


def place(
    uploads: list[tuple[str | None, Upload]], numbers: set[str], settings: Settings | None = None
) -> tuple[list[Placed], list[Diagnostic]]:
    """Each upload assigned to its measure and checked as ``iltod validate`` checks evidence;
    the diagnostics name the upload (file, line 1)."""
    settings = settings or Settings()
    placed: list[Placed] = []
    problems: list[Diagnostic] = []
    for measure, up in uploads:
        base = PurePosixPath(up.name.replace("\\", "/")).name
        name = base
        if measure is None and (m := _NUMBERED.match(base)):
            measure, name = m.group(1), m.group(2)
        name = _UNSAFE.sub("_", name).lstrip(". ") or "file"
        if measure is None:
            problems.append(diag(up.name, 1, 1, "E062", got=base))
        elif measure not in numbers:
            problems.append(diag(up.name, 1, 1, "E063", number=measure, got=base))
        elif len(up.data) > settings.max_bytes:
            limit, size = size_label(settings.max_bytes), size_label(len(up.data))
            problems.append(diag(up.name, 1, 1, "E064", limit=limit, size=size))
        else:
            problems += _checked(up, name, settings)
            placed.append(
                Placed(measure, _unique(name, measure, placed), up, _caption(up, name, measure))
            )
    return placed, problems


def _caption(up: Upload, name: str, measure: str) -> str:
    if up.caption.strip():
        return " ".join(up.caption.split())
    stem = PurePosixPath(name).stem.replace("_", " ").strip()
    if not stem or _CAMERA.match(stem):
        return f"{measure} арга хэмжээний нотлох баримт / evidence of measure {measure}"
    return stem


def _checked(up: Upload, name: str, settings: Settings) -> list[Diagnostic]:
    with tempfile.TemporaryDirectory(prefix="iltod-evidence-") as tmp:
        path = Path(tmp) / "file"
        path.write_bytes(up.data)
        found = check_file(path, name, settings)
    return [diag(up.name, 1, 1, p.code, **p.args) for p in found]


def _unique(name: str, measure: str, placed: list[Placed]) -> str:
    taken = {p.name for p in placed if p.measure == measure}
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate in taken:
        n += 1
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
    return candidate
