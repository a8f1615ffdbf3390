"""The regions an agency can belong to: deployment data, not code.

A deployment names its regions in a regions file (``extra.iltod.regions`` in mkdocs.yml; the
format in ``dev/regions.md``, the schema :class:`RegionsFile`): each region's id, its names in
Mongolian and English, optionally its kind and parent, and a drawing of the home page's map
beside it. Without that option a site uses the built-in default, Mongolia's 21 aimags, the
capital and its districts, and ``national`` for central government bodies (``mongolia.yml``
and its drawing ``mongolia.json`` in this folder). Ids are stable: they are part of URLs.

This module holds the types; reading a file, with located diagnostics, is
:mod:`iltod.load.regions`. A build hands its :class:`Regions` down with the loaded repository.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

RegionId = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$", max_length=60)]
"""A region's id: lower-case Latin letters, digits and single hyphens (part of its URL)."""

DEFAULT_FILE = "iltod/regions/mongolia.yml"
"""Where the built-in regions are, as messages name it."""


class Region(NamedTuple):
    slug: str
    mn: str
    en: str
    kind: str  # e.g. aimag | capital | district | national (Mongolia's); free in a deployment
    parent: str | None = None


# -- the file's format (its JSON Schema is published as schema/regions.schema.json) ---------


class RegionName(BaseModel):
    """Бүс нутгийн нэр. / The region's name in both languages of the site."""

    model_config = ConfigDict(extra="forbid", strict=True, use_attribute_docstrings=True)

    mn: Annotated[str, Field(min_length=1, max_length=200)]
    en: Annotated[str, Field(min_length=1, max_length=200)]


class RegionEntry(BaseModel):
    """Нэг бүс нутаг. / One region."""

    model_config = ConfigDict(extra="forbid", strict=True, use_attribute_docstrings=True)

    id: RegionId
    """Тогтвортой нэр (хаягийн хэсэг). / The stable id: agency.yml's ``region`` and the URL."""
    name: RegionName
    kind: RegionId = "region"
    """Төрөл (aimag, district, …). / What kind of region it is (aimag, district, …)."""
    parent: RegionId | None = None
    """Харьяалагдах бүс нутгийн id. / The id of the region this one is part of."""


class RegionLabels(BaseModel):
    """Бүс нутгуудыг нэгтгэн нэрлэх гарчиг. / What the home page calls the regions together."""

    model_config = ConfigDict(extra="forbid", strict=True, use_attribute_docstrings=True)

    map: RegionName | None = None
    """Газрын зургийн гарчиг. / The map's heading (default: "Average implementation per
    region")."""
    ranked: RegionName | None = None
    """Газрын зургийн хажуугийн жагсаалтын нэр. / The ranked list beside the map (default:
    "Regions ranked by average")."""


class RegionsFile(BaseModel):
    """Бүс нутгийн жагсаалт ба газрын зураг. / A deployment's regions and its map."""

    model_config = ConfigDict(extra="forbid", strict=True, use_attribute_docstrings=True)

    regions: Annotated[list[RegionEntry], Field(min_length=1)]
    """Бүс нутгууд, хуудсууд дээр харагдах дарааллаар. / The regions, in the order pages list
    them."""
    labels: RegionLabels | None = None
    map: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]+\.json$")] | None = None
    """Газрын зургийн файл (энэ файлын хажууд). / The map's drawing: a JSON file beside this
    one (``width``, ``height``, ``regions``: SVG path data by region id). None: no map."""


PathData = Annotated[str, Field(pattern=r"^[MmLlHhVvZzCcSsQqTtAa0-9eE.,+ -]+$", min_length=1)]
"""SVG path data: commands and numbers only, nothing that could leave its attribute."""


class DrawingFile(BaseModel):
    """The map's drawing: each region's outline as SVG path data in a ``width`` × ``height``
    drawing, drawn in this order (the largest first, so small regions stay on top)."""

    model_config = ConfigDict(extra="forbid", strict=True, use_attribute_docstrings=True)

    source: str = ""
    width: Annotated[int, Field(gt=0, le=10_000)]
    height: Annotated[int, Field(gt=0, le=10_000)]
    regions: dict[RegionId, PathData]


# -- what a build uses ----------------------------------------------------------------------


@dataclass(frozen=True)
class Drawing:
    """The home page's map: its size and each drawn region's path data, in drawing order."""

    width: int
    height: int
    shapes: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Regions:
    """A deployment's regions, in the order its pages list them, and its map."""

    regions: tuple[Region, ...]
    drawing: Drawing | None = None
    file: str = DEFAULT_FILE
    """The file they were read from, for messages (e.g. ``regions.yml``)."""
    labels: tuple[tuple[str, str, str], ...] = ()
    """What the home page calls them together: (``map`` or ``ranked``, Mongolian, English)."""
    _by_slug: dict[str, Region] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_slug", {r.slug: r for r in self.regions})

    def __getitem__(self, slug: str) -> Region:
        return self._by_slug[slug]

    def __contains__(self, slug: object) -> bool:
        return slug in self._by_slug

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_slug)

    def __len__(self) -> int:
        return len(self.regions)

    def label(self, which: str, language: str) -> str | None:
        """The file's ``labels.<which>`` in ``language`` (None: not set)."""
        for key, mn, en in self.labels:
            if key == which:
                return en if language == "en" else mn
        return None

    def examples(self) -> str:
        """A few ids, for a message about an unknown one: the first of each kind."""
        firsts: dict[str, str] = {}
        for r in self.regions:
            firsts.setdefault(r.kind, r.slug)
        return ", ".join(list(firsts.values())[:5])

    def digest(self) -> str:
        """What of the regions a page can show, for the page cache's key."""
        d = self.drawing
        shapes = [d.width, d.height, list(d.shapes)] if d else None
        data = [list(self.regions), shapes, self.file, list(self.labels)]
        text = json.dumps(data, ensure_ascii=False)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()
