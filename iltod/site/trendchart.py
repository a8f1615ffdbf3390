"""Is it getting better, per objective and per measure (issue 29): a small inline SVG chart of
the figure in each of the agency's reporting years, with the same figures as a table and each
year's change in words (:mod:`iltod.site.trends`). Drawn at build time: no script, no library.

Objectives and measures are matched across years by number, as the agency page's
year-over-year table does; each year's row links that year's page, where its own text is. A
chart is drawn only when at least two years have a figure. The open data carries the same
change (:mod:`iltod.yearly`).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from markupsafe import Markup

from iltod import progress, urls
from iltod.site import trends
from iltod.site.pages import PageSpec
from iltod.site.render import Renderer
from iltod.site.rollup import Tally

WIDTH, HEIGHT = 320, 150
TOP, BOTTOM, SIDE = 24, 26, 24  # room for the values above, the years below
FONT = 13
KINDS = ("objective", "measure")
GROUPS = ("agency", "region")


@dataclass(frozen=True)
class Point:
    """One reporting year: its figure (None: nothing assessed), the figure in words, the link to
    that year's page, the change since the year before in words."""

    year: int
    value: progress.Number | None
    text: str
    href: str | None
    change: str = ""


def series(renderer: Renderer, kind: str, agency: str, number: Any, link: Any) -> list[Point]:
    """The objective's average or the measure's percent in each of the agency's reporting
    years that has one by that number, oldest first."""
    t = renderer.t
    figures: list[tuple[int, progress.Number | None, str, str | None]] = []
    for pf in reversed(renderer.index.of(agency)):
        plan = pf.plan
        if kind == "objective":
            o = next((o for o in plan.objectives if o.number == number), None)
            if o is None:
                continue
            tally = Tally.of(o.measures, renderer.on, plan)
            value = tally.average
            text = f"{value:g}%" if value is not None else t(f"status.{tally.state}")
            url = urls.objective(agency, plan.year, number)
        else:
            row = renderer.rows(pf).get(number)
            if row is None:
                continue
            value = row.a.percent
            text = f"{value:g}%" if value is not None else t(f"status.{row.a.status}")
            url = row.url
        figures.append((plan.year, value, text, renderer.years.href(plan.year, url, link)))
    return _points(figures, t)


def group_series(renderer: Renderer, kind: str, slug: str, link: Any) -> list[Point]:
    """An agency's or a region's average in each reporting year, oldest first (the roll-ups
    the pages' own tables print)."""
    rollups = renderer.rollups.agency if kind == "agency" else renderer.rollups.region
    figures: list[tuple[int, progress.Number | None, str, str | None]] = []
    for (key, year), tally in sorted(rollups.items(), key=lambda item: item[0][1]):
        if key != slug:
            continue
        value = tally.average
        text = f"{value:g}%" if value is not None else renderer.t(f"status.{tally.state}")
        target = urls.plan(slug, year) if kind == "agency" else urls.region(slug)
        href = renderer.years.href(year, target, link) if kind == "agency" else None
        figures.append((year, value, text, href))
    return _points(figures, renderer.t)


def _points(
    figures: list[tuple[int, progress.Number | None, str, str | None]], t: Any
) -> list[Point]:
    points: list[Point] = []
    for year, value, text, href in figures:
        before = points[-1].value if points else None
        change = trends.words(trends.change(value, before), t) if points else ""
        points.append(Point(year, value, text, href, change))
    return points


def svg(points: list[Point], title: str) -> Markup:
    """A line over the years (0–100 %), each figure written above its point and each year
    below; a year without a figure has no point and breaks the line."""
    step = (WIDTH - 2 * SIDE) / max(len(points) - 1, 1)
    plot = HEIGHT - TOP - BOTTOM
    bottom = TOP + plot

    def xy(i: int, v: progress.Number) -> tuple[float, float]:
        return SIDE + i * step, TOP + plot * (1 - float(v) / 100)

    parts = [
        f'<line class="il-trend-chart__axis" x1="0" y1="{bottom}" x2="{WIDTH}" y2="{bottom}"/>',
        f'<line class="il-trend-chart__grid" x1="0" y1="{TOP}" x2="{WIDTH}" y2="{TOP}"/>',
    ]
    segment: list[str] = []
    for i, p in enumerate([*points, None]):
        if p is None or p.value is None:
            if len(segment) > 1:
                parts.append(
                    f'<polyline class="il-trend-chart__line" points="{" ".join(segment)}"/>'
                )
            segment = []
            if p is None:
                continue
        else:
            x, y = xy(i, p.value)
            segment.append(f"{x:.1f},{y:.1f}")
            parts.append(f'<circle class="il-trend-chart__dot" cx="{x:.1f}" cy="{y:.1f}" r="4"/>')
            parts.append(
                f'<text x="{x:.1f}" y="{y - 8:.1f}" text-anchor="middle">{escape(p.text)}</text>'
            )
        x = SIDE + i * step
        parts.append(f'<text x="{x:.1f}" y="{HEIGHT - 8}" text-anchor="middle">{p.year}</text>')
    return Markup(
        f'<svg class="il-trend-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="il-trend-title" font-size="{FONT}">'
        f'<title id="il-trend-title">{escape(title)}</title>{"".join(parts)}</svg>'
    )


def install(renderer: Renderer) -> None:
    """Add the chart to objective, measure, agency and region pages (the templates'
    ``trend_chart`` slot). Agency and region pages have the figures in their own years table."""

    def extra(spec: PageSpec, ctx: dict[str, Any]) -> None:
        if spec.kind in KINDS:
            agency, _year, objective = spec.key[:3]
            number = objective if spec.kind == "objective" else spec.key[3]
            points = series(renderer, spec.kind, agency, number, ctx["link"])
            title = renderer.t(f"trend_{spec.kind}", number=number)
        elif spec.kind in GROUPS:
            points = group_series(renderer, spec.kind, spec.key[0], ctx["link"])
            title = renderer.t("trend_group")
        else:
            return
        if sum(p.value is not None for p in points) < 2:
            return
        template = renderer.env.get_template("partials/trend.html")
        ctx["trend_chart"] = Markup(
            template.render(
                t=renderer.t,
                title=title,
                chart=svg(points, title),
                points=points[::-1],
                table=spec.kind in KINDS,
            )
        )

    renderer.extras.append(extra)
