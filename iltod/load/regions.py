"""Read a regions file and its map's drawing (:mod:`iltod.regions`), every problem located.

The file's structure is checked by its model (missing, unknown and malformed fields: the
same E010–E015 as plan files); what the model cannot see has its own codes: a region id written
twice (E414), a parent that is not a region of the file (E415), a drawing that is missing
(E416), that draws a region the file does not list (E417), or that draws none (E418).
A missing regions file is E413, located where mkdocs.yml names it (:mod:`iltod.site.config`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from iltod.diagnostics import Diagnostic, diag
from iltod.load.schema_errors import convert
from iltod.load.yamlsource import Source, read
from iltod.regions import (
    DEFAULT_FILE,
    Drawing,
    DrawingFile,
    Region,
    Regions,
    RegionsFile,
)

M = TypeVar("M", bound=BaseModel)
Reader = Callable[[str], bytes]
"""Reads the drawing a regions file names (its name as the file writes it)."""

MAX_BYTES = 5_000_000
"""A regions file or drawing larger than this is refused (a national map is ~50 KB)."""


class RegionsError(Exception):
    """The regions file or its drawing is wrong; ``diagnostics`` says where."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__("\n".join(d.format() for d in diagnostics))
        self.diagnostics = diagnostics


@cache
def default() -> Regions:
    """The built-in regions: Mongolia's aimags, capital, districts and national bodies."""
    folder = resources.files("iltod.regions")
    yml = folder / "mongolia.yml"
    drawing = folder / "mongolia.json"
    return parse(DEFAULT_FILE, yml.read_bytes(), lambda name: drawing.read_bytes())


def read_file(path: Path, name: str) -> Regions:
    """The regions of the file at ``path``, named ``name`` in messages (as mkdocs.yml writes
    it); its drawing is read from beside it.

    Raises:
        RegionsError: every problem of the file and its drawing, located.
    """

    def beside(drawing: str) -> bytes:
        return _bytes(path.parent / drawing)

    return parse(name, _bytes(path), beside)


def _bytes(path: Path) -> bytes:
    if path.is_symlink() or not path.is_file():
        raise FileNotFoundError(path)
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"{path}: larger than {MAX_BYTES} bytes")
    return path.read_bytes()


def parse(name: str, data: bytes, drawing: Reader) -> Regions:
    """The regions in ``data`` (the bytes of the file ``name``); ``drawing(file) -> bytes``
    reads the map's drawing the file names.

    Raises:
        RegionsError: every problem, located.
    """
    src, model = _validate(name, data, RegionsFile)
    problems = list(src.diagnostics)
    if model is None:
        raise RegionsError(problems)
    problems += _cross_checks(src, model)
    shapes = None
    if model.map is not None:
        shapes = _drawing(src, model, drawing, problems)
    if problems:
        raise RegionsError(problems)
    regions = tuple(Region(e.id, e.name.mn, e.name.en, e.kind, e.parent) for e in model.regions)
    labels = model.labels.model_dump(exclude_none=True) if model.labels else {}
    named = tuple((key, value["mn"], value["en"]) for key, value in labels.items())
    return Regions(regions, shapes, name, named)


def _validate(name: str, data: bytes, kind: type[M]) -> tuple[Source, M | None]:
    src = read(name, data)
    if src.data is None:
        return src, None
    try:
        return src, kind.model_validate(src.data)
    except ValidationError as exc:
        src.diagnostics += convert(src, exc, set(), kind)
        return src, None


def _cross_checks(src: Source, model: RegionsFile) -> list[Diagnostic]:
    """E414 for an id written twice; E415 for a parent that is not another region's id."""
    out = []
    ids = [e.id for e in model.regions]
    seen: set[str] = set()
    for i, entry in enumerate(model.regions):
        if entry.id in seen:
            line, col = src.where(("regions", i, "id"))
            out.append(diag(src.file, line, col, "E414", f"regions[{i}].id", got=entry.id))
        seen.add(entry.id)
        if entry.parent is not None and (entry.parent not in ids or entry.parent == entry.id):
            line, col = src.where(("regions", i, "parent"))
            field = f"regions[{i}].parent"
            out.append(diag(src.file, line, col, "E415", field, got=entry.parent))
    return out


def _drawing(
    src: Source, model: RegionsFile, reader: Reader, problems: list[Diagnostic]
) -> Drawing | None:
    """The map's drawing the file names, or None with its problems added."""
    assert model.map is not None
    name = str(Path(src.file).parent / model.map) if "/" in src.file else model.map
    try:
        data = reader(model.map)
    except (OSError, ValueError):
        line, col = src.where(("map",))
        problems.append(diag(src.file, line, col, "E416", "map", got=model.map))
        return None
    drawn, shape = _validate(name, data, DrawingFile)
    problems += drawn.diagnostics
    if shape is None:
        return None
    if not shape.regions:
        line, col = drawn.where(("regions",))
        problems.append(diag(name, line, col, "E418", "regions"))
    ids = {e.id for e in model.regions}
    for slug in shape.regions:
        if slug not in ids:
            line, col = drawn.where(("regions", slug), key=True)
            problems.append(diag(name, line, col, "E417", f"regions.{slug}", got=slug))
    return Drawing(shape.width, shape.height, tuple(shape.regions.items()))
