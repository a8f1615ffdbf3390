"""A map's drawing (:class:`~iltod.regions.DrawingFile`) made from GeoJSON boundaries: what a
deployment with regions of its own runs once (``iltod regions map``) on public boundary data,
e.g. Natural Earth's admin-1 or a national statistics office's file.

Each feature whose ``id_property`` names a region becomes that region's outline: longitude and
latitude projected equirectangularly at the middle latitude into a ``width``-unit drawing, each
ring simplified (Douglas–Peucker, ``tolerance`` drawing units) and written as integer SVG path
data; the largest region is drawn first, so a small one inside another stays on top. (The
built-in Mongolia drawing was made from TopoJSON by ``bench/make_map.py``, which simplifies a
shared border once; here each ring is simplified on its own, so neighbours may part by up to
``tolerance`` units.)
"""

from __future__ import annotations

import itertools
import math
from typing import Any

Point = tuple[float, float]


class GeoJSONError(ValueError):
    """The boundaries cannot be drawn; the message says which feature and why."""


def drawing(
    doc: Any, id_property: str, width: int = 600, tolerance: float = 0.5, source: str = ""
) -> dict[str, Any]:
    """The drawing of the GeoJSON FeatureCollection ``doc``: ``{source, width, height,
    regions: {id: path data}}``, as a regions file's ``map`` names it.

    Raises:
        GeoJSONError: not a FeatureCollection of polygons, a feature without ``id_property``,
            an id twice, or nothing to draw.
    """
    rings = _rings(doc, id_property)
    points = [p for polys in rings.values() for ring in polys for p in ring]
    lons, lats = [p[0] for p in points], [p[1] for p in points]
    k = math.cos(math.radians((max(lats) + min(lats)) / 2))
    span = (max(lons) - min(lons)) * k
    if span <= 0 or max(lats) == min(lats):
        raise GeoJSONError("the boundaries have no extent")
    scale = width / span
    height = max(1, math.ceil((max(lats) - min(lats)) * scale))

    def project(p: Point) -> Point:
        return ((p[0] - min(lons)) * k * scale, (max(lats) - p[1]) * scale)

    paths: dict[str, str] = {}
    areas: dict[str, float] = {}
    for slug, polys in rings.items():
        drawn = [douglas_peucker([project(p) for p in ring], tolerance) for ring in polys]
        drawn = [ring[:-1] if ring[0] == ring[-1] else ring for ring in drawn]  # z closes it
        drawn = [ring for ring in drawn if len({(round(x), round(y)) for x, y in ring}) >= 3]
        if drawn:
            paths[slug] = "".join(path_data(ring) for ring in drawn)
            areas[slug] = max(area(ring) for ring in drawn)
    if not paths:
        raise GeoJSONError("no feature is large enough to draw at this width")
    order = sorted(paths, key=lambda s: (-areas[s], s))
    return {"source": source, "width": width, "height": height,
            "regions": {s: paths[s] for s in order}}  # fmt: skip


def _rings(doc: Any, id_property: str) -> dict[str, list[list[Point]]]:
    """Each feature's rings (outer and holes) by its id, in longitude and latitude."""
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise GeoJSONError("expected a GeoJSON FeatureCollection")
    out: dict[str, list[list[Point]]] = {}
    for n, feature in enumerate(doc.get("features") or []):
        props = feature.get("properties") or {} if isinstance(feature, dict) else {}
        slug = props.get(id_property) if isinstance(props, dict) else None
        if not isinstance(slug, str) or not slug:
            raise GeoJSONError(f"feature {n}: no text property {id_property!r}")
        if slug in out:
            raise GeoJSONError(f"feature {n}: {id_property} {slug!r} a second time")
        geometry = feature.get("geometry") or {}
        kind, coords = geometry.get("type"), geometry.get("coordinates")
        polygons = [coords] if kind == "Polygon" else coords if kind == "MultiPolygon" else None
        if not isinstance(polygons, list):
            raise GeoJSONError(f"feature {n} ({slug}): expected a Polygon or MultiPolygon")
        try:
            out[slug] = [
                [(float(x), float(y)) for x, y, *_ in ring] for p in polygons for ring in p
            ]
        except (TypeError, ValueError):
            raise GeoJSONError(f"feature {n} ({slug}): malformed coordinates") from None
    if not out:
        raise GeoJSONError("expected at least one feature")
    return out


def douglas_peucker(points: list[Point], tolerance: float) -> list[Point]:
    """The points that keep the line within ``tolerance`` of the original (ends kept);
    iterative, so a boundary of many thousand points cannot exhaust the stack."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1)
        best, index = -1.0, first
        for i in range(first + 1, last):
            x, y = points[i]
            if length:
                d = abs((y2 - y1) * x - (x2 - x1) * y + x2 * y1 - y2 * x1) / length
            else:
                d = math.hypot(x - x1, y - y1)
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def area(points: list[Point]) -> float:
    """The area of a ring (shoelace formula)."""
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in itertools.pairwise(points))) / 2


def path_data(points: list[Point]) -> str:
    """One closed ring as compact SVG path data: an absolute move, then relative integer
    steps (repeated points dropped)."""
    xy = [(round(x), round(y)) for x, y in points]
    px, py = xy[0]
    steps = []
    for x, y in xy[1:]:
        if (x, y) != (px, py):
            steps.append(f"{x - px} {y - py}")
            px, py = x, y
    return f"M{xy[0][0]} {xy[0][1]}l" + " ".join(steps).replace(" -", "-") + "z"
