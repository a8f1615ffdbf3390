"""Horizontal SVG bar charts made at build time: no chart library runs in the browser.

Each bar carries its number as text (never colour alone); the page also gets the same bars as a
table (``templates/macros.html``), which is what screen readers are pointed to. What a bar says
is computed once, in :attr:`Bar.text`, and both the chart and the table print it, so they cannot
disagree.

Phones: the chart is drawn 320 units wide and never scaled below the content width of a 375 px
screen, so its 13-unit text is at least 12 px there. Labels wrap onto at most two lines; a
longer one is shortened with "…" and keeps its full text in a ``<title>`` (and in the table).
A group with no assessed measure has no bar at all: a dashed empty track holds the words
("not assessed", "not yet due"), so it never reads as 0 %.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from iltod import progress
from iltod.site.rollup import Tally

WIDTH = 320
FONT = 13
LINE = 16  # height of one label line
BAR_H = 18
GAP = 10  # space under each bar
VALUE_W = 58  # room for "100%" right of the track
TRACK_W = WIDTH - VALUE_W
MAX_LINES = 2
PAD = 2  # some capitals (Ү) reach left of their origin


@dataclass(frozen=True)
class Bar:
    """One bar: a label, the value (None when nothing is assessed), what it says in words."""

    label: str
    value: progress.Number | None
    state: str
    """The band of the value, or the status words' key when there is no value."""
    text: str
    """What the bar says: "97.5%" or the status in words; the chart and its table print it."""
    href: str | None = None


def bar(label: str, tally: Tally | None, words: Mapping[str, str], href: str | None = None) -> Bar:
    """The bar of a group of measures (``words``: status and band names, by key)."""
    if tally is None:
        return Bar(label, None, "no-data", words["no-data"], href)
    value, state = tally.average, tally.state
    text = f"{value:g}%" if value is not None else words[state]
    return Bar(label, value, state, text, href)


def width_of(text: str, size: float = FONT) -> float:
    """A generous estimate of the text's width in a sans-serif font (capitals are wider)."""
    units = 0.0
    for ch in text:
        if ch.isspace():
            units += 0.3
        elif ch.isupper() or ch in "ЖШЩЮМФ":
            units += 0.74
        elif ch.isdigit():
            units += 0.58
        elif ch in ".,:;'|!il":
            units += 0.3
        else:
            units += 0.6
    return units * size


def wrap(text: str, width: float, lines: int = MAX_LINES) -> list[str]:
    """``text`` in at most ``lines`` lines that fit ``width``; the last ends with "…" when
    the text does not fit."""
    out: list[str] = []
    words = text.split()
    current = ""
    while words:
        candidate = f"{current} {words[0]}".strip()
        if width_of(candidate) <= width:
            current = candidate
            words.pop(0)
            continue
        if not current:  # one word longer than the line: cut it
            current = _cut(words.pop(0), width)
        out.append(current)
        current = ""
        if len(out) == lines:
            break
    if current and len(out) < lines:
        out.append(current)
        current = ""
    if words or current:
        out[-1] = _cut(out[-1] + " " + " ".join(words), width)
    return out or [""]


def _cut(text: str, width: float) -> str:
    while text and width_of(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _row(y: float, b: Bar, lang: str) -> tuple[str, float]:
    lines = wrap(b.label, WIDTH - 2 * PAD)
    shortened = " ".join(lines) != " ".join(b.label.split())
    title = f"<title>{escape(b.label)}</title>" if shortened else ""
    parts = [
        f'<text x="{PAD}" y="{y + LINE * (i + 1) - 4}"{lang}>'
        f"{escape(line)}{title if i == 0 else ''}</text>"
        for i, line in enumerate(lines)
    ]
    top = y + LINE * len(lines) + 2
    mid = top + BAR_H / 2 + FONT / 2 - 2.5  # the baseline that centres the text
    if b.value is None:
        parts.append(
            f'<rect class="il-chart__none" x="0.5" y="{top + 0.5}" width="{TRACK_W - 1}" '
            f'height="{BAR_H - 1}" rx="3"/>'
            f'<text class="il-chart__words" x="8" y="{mid}">{escape(b.text)}</text>'
        )
    else:
        fill = TRACK_W * max(0.0, min(float(b.value), 100.0)) / 100
        parts.append(
            f'<rect class="il-chart__track" x="0" y="{top}" width="{TRACK_W}" '
            f'height="{BAR_H}" rx="3"/>'
            f'<rect class="il-chart__bar il-band--{b.state}" x="0" y="{top}" width="{fill:.1f}" '
            f'height="{BAR_H}" rx="3"/>'
            f'<text class="il-chart__value" x="{TRACK_W + 6}" y="{mid}">{escape(b.text)}</text>'
        )
    return "<g>" + "".join(parts) + "</g>", top + BAR_H + GAP


def bar_chart(bars: list[Bar], title: str, label_lang: str | None = None) -> Markup:
    """An SVG chart; ``title`` is its accessible name. Labels are escaped agency text, in
    ``label_lang`` when it is not the page's language."""
    y, rows = 0.0, []
    lang = f' lang="{label_lang}"' if label_lang else ""
    for b in bars:
        row, y = _row(y, b, lang)
        rows.append(row)
    height = max(y, 1.0)
    return Markup(
        f'<svg class="il-chart" viewBox="0 0 {WIDTH} {height:g}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>{"".join(rows)}</svg>'
    )
