"""The deployment's regions (by default Mongolia's 21 aimags and the capital) as a static SVG
map on the home page: each region coloured by the band of its average, linked to its page, with
a legend in words and the same numbers as a table. No JavaScript.

The outlines are the regions' drawing (:mod:`iltod.regions`, ``dev/regions.md``); the built-in
one, ``iltod/regions/mongolia.json`` (about 6 KB), is Natural Earth's public-domain admin-1
polygons, simplified once by ``python -m bench.make_map`` (``iltod/regions/README.md``). What each
region says is its :class:`~iltod.site.charts.Bar` (``text``: "97.5%" or the status in words),
the same object the regions' bar chart and table print.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from markupsafe import Markup

from iltod.regions import Regions
from iltod.site.charts import Bar
from iltod.site.i18n import Translator
from iltod.site.pages import region_label

DEFAULT_LABELS = {"map": "chart_regions", "ranked": "regions_ranked"}
"""The site's labels for a regions file that does not name its regions together (``labels``)."""

LEGEND = ("complete", "in-progress", "insufficient", "not-implemented", "not-assessed", "no-data")
"""The legend's bands and states, in order; ``no-data``: no agency reports there."""


def title(regions: Regions, which: str, t: Translator) -> str:
    """What the home page calls the regions together: the map's heading (``map``) or the
    ranked list beside it (``ranked``), as the regions file says, else in general words."""
    return regions.label(which, t.language) or t(DEFAULT_LABELS[which])


def draw(
    bars: dict[str, Bar],
    t: Translator,
    regions: Regions,
    explain: str = "",
    ranges: Mapping[str, str] | None = None,
) -> Markup | None:
    """The map, its legend and its table; None when the regions have no drawing. ``bars``:
    the regions that have agencies, by slug; ``explain``: the progress rules page, which each
    legend entry and each figure links to; ``ranges``: the percents of each band, written in
    the legend (:func:`iltod.site.twocolumns.ranges`)."""
    if regions.drawing is None:
        return None
    ranges = ranges or {}
    areas = []
    rows = []
    for slug, d in regions.drawing.shapes:
        name = region_label(regions[slug], t.language)
        bar = bars.get(slug)
        state = bar.state if bar else "no-data"
        said = bar.text if bar else t("map_no_agency")  # not "no assessment": nobody reports
        path = f'<path class="il-map__area il-band--{state}" d="{escape(d)}"/>'
        label = escape(f"{name}: {said}")
        if bar and bar.href:
            link = f'<a href="{escape(bar.href)}" aria-label="{label}">'
            areas.append(f"{link}<title>{label}</title>{path}</a>")
        else:
            areas.append(f"<g><title>{label}</title>{path}</g>")
        cell = (
            f'<a href="{escape(bar.href)}">{escape(name)}</a>' if bar and bar.href else escape(name)
        )
        figure = _explained(said, explain, "averages" if bar and bar.value is not None else state)
        rows.append((name, f'<tr><th scope="row">{cell}</th><td>{figure}</td></tr>'))
    legend = "".join(
        f'<li><span class="il-map__key il-band--{key}"></span>'
        f"{_explained(_legend_words(key, t), explain, key, ranges.get(key))}</li>"
        for key in LEGEND
    )
    table = "".join(row for _, row in sorted(rows))
    w, h = regions.drawing.width, regions.drawing.height
    return Markup(
        f'<figure class="il-figure il-map">'
        f'<svg class="il-map__svg" viewBox="0 0 {w} {h}" role="group" '
        f'aria-label="{escape(title(regions, "map", t))}">'
        f"{''.join(areas)}</svg>"
        f'<details class="il-chart-table"><summary>{escape(t("map_table"))}</summary>'
        f'<table class="il-compact"><caption>{escape(title(regions, "map", t))}</caption>'
        f"<thead><tr>"
        f'<th scope="col">{escape(t("region"))}</th>'
        f'<th scope="col">{escape(t("average_short"))}</th>'
        f"</tr></thead><tbody>{table}</tbody></table></details>"
        # the legend is the figure's caption, which HTML wants first or last
        f'<figcaption><span class="il-muted">{escape(t("map_legend"))}:</span>'
        f'<ul class="il-map__legend">{legend}</ul></figcaption></figure>'
    )


ANCHORS = {"not-assessed": "not-assessed", "no-data": "averages", "averages": "averages"}
"""The section of the progress rules explaining each state; the bands: "status"."""


def _explained(words: str, explain: str, state: str, band_range: str | None = None) -> str:
    """``words`` (and the band's range) as a link to their section of the progress rules."""
    text = escape(words)
    if band_range:
        text += f' <span class="il-muted">({escape(band_range)})</span>'
    if not explain:
        return text
    return f'<a href="{escape(explain)}#{ANCHORS.get(state, "status")}">{text}</a>'


def _legend_words(key: str, t: Translator) -> str:
    """A legend key in words: a region without any agency says so ("no reporting agency"),
    so it is never read as one whose agencies have not been assessed."""
    return t("map_no_agency") if key == "no-data" else t("status." + key)
