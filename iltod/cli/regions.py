"""``iltod regions``: a deployment's regions file checked, and its map drawn from GeoJSON.

``iltod regions check [regions.yml]`` prints every problem of the file and of the map's
drawing it names, located (default: the file ``extra.iltod.regions`` of ./mkdocs.yml names,
else the built-in). ``iltod regions map BOUNDARIES.geojson --id PROPERTY -o regions-map.json``
draws the map once from public boundary data (:mod:`iltod.regions.geojson`); each feature's
``PROPERTY`` must be a region's id in the regions file (``check`` says so when it is not).
The format: dev/regions.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from iltod.cli import common
from iltod.load import regions as regions_file
from iltod.regions import geojson

NAME = "regions"
HELP = "check a regions file, or draw its map from GeoJSON boundaries"
MAX_GEOJSON = 200_000_000
"""Boundaries larger than this are refused (Natural Earth's whole admin-1 file is ~40 MB)."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", required=True)
    check = sub.add_parser("check", help="print every problem of a regions file and its map")
    check.add_argument("file", nargs="?", help="the regions file (default: mkdocs.yml's)")
    common.add_lang(check)
    draw = sub.add_parser("map", help="draw the map's JSON from GeoJSON boundaries")
    draw.add_argument("geojson", help="a GeoJSON FeatureCollection of (multi)polygons")
    draw.add_argument("--id", required=True, help="the feature property holding region ids")
    draw.add_argument("--width", type=int, default=600, help="the drawing's width in units")
    draw.add_argument("--source", default="", help="where the boundaries come from (licence)")
    draw.add_argument("-o", "--output", help="file to write, .json (default: standard output)")
    common.add_force(draw)


def run(args: argparse.Namespace) -> int:
    return _check(args) if args.action == "check" else _map(args)


def _check(args: argparse.Namespace) -> int:
    try:
        if args.file is None:
            regions = common.regions(Path.cwd())
        else:
            regions = regions_file.read_file(Path(args.file), args.file)
    except OSError:
        raise common.usage(f"{args.file}: no such file", f"{args.file}: ийм файл алга") from None
    except regions_file.RegionsError as exc:
        for d in exc.diagnostics:
            print(d.format(args.lang))
        return 1
    drawn = len(regions.drawing.shapes) if regions.drawing else 0
    print(f"{regions.file}: {len(regions)} regions, {drawn} on the map")
    return 0


def _map(args: argparse.Namespace) -> int:
    path = Path(args.geojson)
    if not path.is_file() or path.stat().st_size > MAX_GEOJSON:
        raise common.usage(
            f"{path}: not a file, or larger than {MAX_GEOJSON} bytes",
            f"{path}: файл биш, эсвэл {MAX_GEOJSON} байтаас том",
        )
    if not 50 <= args.width <= 10_000:
        raise common.usage("--width: from 50 to 10000", "--width: 50-аас 10000 хүртэл")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        out = geojson.drawing(doc, args.id, args.width, source=args.source)
    except (ValueError, UnicodeDecodeError) as e:
        raise common.usage(f"{path}: {e}", f"{path}: GeoJSON файлыг уншиж чадсангүй") from None
    text = json.dumps(out, ensure_ascii=False, indent=0) + "\n"
    common.write(text, args.output, (".json",), args.force)
    return 0
