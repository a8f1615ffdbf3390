"""The home page's map: Mongolia's 21 aimags and the capital from public-domain outlines,
small, each region coloured by its own figure and linked to its page."""

from __future__ import annotations

import re
from pathlib import Path

import iltod.regions
from iltod.load.regions import default
from iltod.site import map as map_svg
from iltod.site.charts import Bar
from iltod.site.i18n import Translator

MAPDATA = Path(iltod.regions.__file__).parent


def test_the_map_has_every_aimag_and_the_capital_and_nothing_else() -> None:
    regions = default()
    wanted = {r.slug for r in regions.regions if r.kind in ("aimag", "capital")}
    assert len(wanted) == 22
    assert regions.drawing is not None
    assert {slug for slug, _ in regions.drawing.shapes} == wanted


def test_the_outlines_are_small_and_say_where_they_come_from() -> None:
    assert (MAPDATA / "mongolia.json").stat().st_size <= 40_000
    note = (MAPDATA / "README.md").read_text(encoding="utf-8")
    assert "Natural Earth" in note
    assert "public domain" in note.lower()
    assert "python -m bench.make_map" in note


def test_each_region_says_its_figure_in_its_colour_and_links_to_its_page() -> None:
    bars = {
        "govisumber": Bar("Говьсүмбэр аймаг", 97.5, "in-progress", "97.5%", "regions/govisumber/"),
        "uvs": Bar("Увс аймаг", None, "not-assessed", "үнэлээгүй", "regions/uvs/"),
    }
    out = str(map_svg.draw(bars, Translator("mn"), default()))
    link = re.search(r'<a href="regions/govisumber/" aria-label="([^"]+)">.*?</a>', out)
    assert link is not None
    assert link.group(1) == "Говьсүмбэр аймаг: 97.5%"
    assert 'class="il-map__area il-band--in-progress"' in link.group(0)
    assert 'aria-label="Увс аймаг: үнэлээгүй"' in out
    # a region without agencies is drawn, not linked, and says so: no agency reports there,
    # which the legend says in the same words (never "no assessment" beside "not assessed")
    assert "<g><title>Архангай аймаг: тайлагнасан байгууллага алга</title>" in out
    legend = out.split('<ul class="il-map__legend">')[1]
    assert "тайлагнасан байгууллага алга</li>" in legend
    assert "үнэлгээ байхгүй" not in out
    assert out.count("<a href=") == 2 + 2  # two areas, and the same two in the table
    assert len(out.encode("utf-8")) <= 40_000
