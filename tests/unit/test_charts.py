"""Charts say what their table says, never clip a label, and never draw "not assessed" as 0 %.

The chart (iltod/site/charts.py) and its table fallback (templates/macros.html) both print
``Bar.text``; these tests read both out of a rendered page and compare them."""

from __future__ import annotations

import datetime as dt
import html
import re

from iltod.model import Measure, Plan
from iltod.progress import WORDS
from iltod.site import charts
from iltod.site.rollup import Tally

ON = dt.date(2026, 11, 25)
WORDS_MN = {k: v[0] for k, v in WORDS.items()}


def _measure(percent: int | None, not_due: bool = False) -> Measure:
    return Measure(
        number="1.1",
        text="x",
        # not due: due after the 2026 plan's period (within it, not_due would be void)
        timeframe="2027 он" if not_due else "2026 он",
        indicators=["x"],
        percent=percent,
        not_due=not_due,
    )


def _tally(*measures: Measure) -> Tally:
    plan = Plan.model_validate(
        {
            "agency": "synthetic",
            "year": 2026,
            "title": "SYNTHETIC",
            "period": "year-end",
            "objectives": [{"number": 1, "title": "x", "measures": list(measures)}],
        }
    )
    return Tally.of(measures, ON, plan)


def test_a_group_with_nothing_assessed_says_so_in_words_and_has_no_bar() -> None:
    not_assessed = charts.bar("A", _tally(_measure(None)), WORDS_MN)
    not_due = charts.bar("B", _tally(_measure(None, not_due=True)), WORDS_MN)
    zero = charts.bar("C", _tally(_measure(0)), WORDS_MN)
    assert (not_assessed.value, not_assessed.text) == (None, "үнэлээгүй")
    assert (not_due.value, not_due.text) == (None, "хугацаа болоогүй")
    assert (zero.value, zero.text) == (0, "0%")
    svg = str(charts.bar_chart([not_assessed, not_due, zero], "t"))
    rows = svg.split("<g>")[1:]
    # no value: a dashed empty track with the words; 0 %: a track, an empty bar and "0%"
    assert "il-chart__none" in rows[0]
    assert "il-chart__bar" not in rows[0]
    assert ">үнэлээгүй<" in rows[0]
    assert ">хугацаа болоогүй<" in rows[1]
    assert 'class="il-chart__bar il-band--not-implemented"' in rows[2]
    assert ">0%<" in rows[2]


def test_long_labels_wrap_and_the_shortened_one_keeps_its_full_name_in_a_title() -> None:
    label = "ТАВ. АВЛИГА, АШИГ СОНИРХЛЫН ЗӨРЧИЛ ҮҮСГЭХ ШАЛТГААН НӨХЦӨЛИЙГ АРИЛГУУЛАХ " * 2
    lines = charts.wrap(label, charts.WIDTH)
    assert len(lines) == charts.MAX_LINES
    assert all(charts.width_of(line) <= charts.WIDTH for line in lines)
    assert lines[-1].endswith("…")
    svg = str(charts.bar_chart([charts.bar(label, _tally(_measure(70)), WORDS_MN)], "t"))
    assert f"<title>{html.escape(label)}</title>" in svg


def test_a_short_label_is_one_line_without_a_title() -> None:
    assert charts.wrap("Зорилт 1", charts.WIDTH) == ["Зорилт 1"]
    svg = str(charts.bar_chart([charts.bar("Зорилт 1", _tally(_measure(70)), WORDS_MN)], "t"))
    assert svg.count("<title>") == 1  # the chart's own


def test_labels_are_escaped_agency_text() -> None:
    svg = str(charts.bar_chart([charts.bar("<script>x</script>", None, WORDS_MN)], "<t>"))
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert re.search(r'aria-label="&lt;t&gt;"', svg)
