"""Horizontal SVG bar charts made at build time: no chart library runs in the browser.

Each bar carries its number as text (never colour alone); the page also gets the same numbers
as a table (see templates/macros.html), which is what screen readers are pointed to.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from iltod.progress import band

ROW = 28
LABEL_W = 150
BAR_W = 260
VALUE_W = 60
WIDTH = LABEL_W + BAR_W + VALUE_W


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | int | None
    href: str | None = None


def _short(label: str, limit: int = 22) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _row(i: int, bar: Bar, no_data: str) -> str:
    y = i * ROW
    width = 0 if bar.value is None else BAR_W * max(0.0, min(float(bar.value), 100.0)) / 100
    value = no_data if bar.value is None else f"{bar.value:g}%"
    label = escape(_short(bar.label))
    # No links inside the chart: an image must not hold focusable elements; the table below
    # the chart carries the links.
    text = f'<text x="{LABEL_W - 8}" y="{y + 18}" text-anchor="end">{label}</text>'
    return (
        f"<g>{text}"
        f'<rect class="il-chart__track" x="{LABEL_W}" y="{y + 6}" width="{BAR_W}" height="16" rx="3"/>'
        f'<rect class="il-chart__bar il-band--{band(bar.value)}" x="{LABEL_W}" y="{y + 6}" '
        f'width="{width:.1f}" height="16" rx="3"/>'
        f'<text class="il-chart__value" x="{LABEL_W + BAR_W + 6}" y="{y + 18}">{escape(value)}</text></g>'
    )


def bar_chart(bars: list[Bar], title: str, no_data: str) -> Markup:
    """An SVG chart; ``title`` is its accessible name. Labels are escaped agency text."""
    height = max(1, len(bars)) * ROW
    rows = "".join(_row(i, b, no_data) for i, b in enumerate(bars))
    return Markup(
        f'<svg class="il-chart" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-label="{escape(title)}" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(title)}</title>{rows}</svg>"
    )
