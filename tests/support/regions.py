"""Three made-up regions and their map (SYNTHETIC), for tests of a deployment with regions of
its own (``extra.iltod.regions``)."""

from __future__ import annotations

REGIONS = """\
# SYNTHETIC: three made-up regions of a test deployment
map: regions-map.json
regions:
  - id: lakeside
    name: {mn: Нуурын бүс (SYNTHETIC), en: Lakeside (SYNTHETIC)}
    kind: province
  - id: hills
    name: {mn: Толгодын бүс (SYNTHETIC), en: Hills (SYNTHETIC)}
    kind: province
  - id: harbour
    name: {mn: Боомт хот (SYNTHETIC), en: Harbour city (SYNTHETIC)}
    kind: city
"""
MAP = {  # three simple polygons: two halves and a small square drawn last, on top
    "source": "SYNTHETIC",
    "width": 300,
    "height": 150,
    "regions": {
        "lakeside": "M0 0h150v150H0z",
        "hills": "M150 0h150v150H150z",
        "harbour": "M130 60h40v30h-40z",
    },
}

IDS = ["lakeside", "hills", "harbour"]
