"""Progress semantics: the one home of every rule that turns filed percents into what is shown.

The rules (documented in docs/progress.md):

* a measure with ``not_due: true`` is **not due**; one with ``percent: null`` is **not assessed**;
  both are shown as such, never as 0, and are left out of every average;
* otherwise its status is the **band** of its percent (:func:`band`): 100 complete, 70–99 in
  progress, 1–69 insufficient, 0 not implemented (on the default scale: 100 / 70 / 30 / 0). An
  average is coloured by the same bands;
* an **average** (:func:`average`) is the mean of the assessed measures beneath it — objective,
  plan, agency, region and nation alike — so an objective of 3 measures weighs 3 times one of 1
  measure; it is rounded to 0.1;
* a measure is **overdue** when its due date has passed and its percent is below 100
  (unknown when it has no percent or no computable due date).

Pages, exports and charts never apply these rules themselves: they take a measure's
:class:`Assessment` (:func:`assess`) and the averages this module computes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from typing import Literal, NamedTuple

from iltod.model import Measure

Band = Literal["complete", "in-progress", "insufficient", "not-implemented", "no-data"]
Status = Literal[
    "complete", "in-progress", "insufficient", "not-implemented", "not-due", "not-assessed"
]
STATUSES: tuple[Status, ...] = (
    "complete",
    "in-progress",
    "insufficient",
    "not-implemented",
    "not-due",
    "not-assessed",
)
WORDS: dict[Status | Band, tuple[str, str]] = {
    # (mn, en): how each status and band is named on the site, in feeds and in review summaries
    "complete": ("бүрэн хэрэгжсэн", "fully implemented"),
    "in-progress": ("хэрэгжих шатандаа", "in progress"),
    "insufficient": ("хэрэгжилт хангалтгүй", "insufficient"),
    "not-implemented": ("хэрэгжээгүй", "not implemented"),
    "not-due": ("хугацаа болоогүй", "not yet due"),
    "not-assessed": ("үнэлээгүй", "not assessed"),
    "no-data": ("үнэлгээ байхгүй", "no assessment"),
}
"""The name of each status and band, in Mongolian and English."""

Number = float | int

_YEAR = re.compile(r"^\s*(\d{4})\s*(он|оны|онд)?\s*$")
_FULL_DATE = re.compile(r"^\s*(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\s*$")
_MN_DATE = re.compile(
    r"(\d{4})\s*оны\s*(\d{1,2})\s*(?:дугаар|дүгээр|-р|-р\s*сар)?\s*сарын\s*(\d{1,2})"
)


THRESHOLDS: tuple[tuple[Number, Band], ...] = ((100, "complete"), (70, "in-progress"))
"""The lowest value of each upper band; below them any value above 0 is insufficient."""


def band(value: Number | None) -> Band:
    """The band of a percent or an average: the thresholds of every status and colour."""
    if value is None:
        return "no-data"
    for floor, name in THRESHOLDS:
        if value >= floor:
            return name
    return "insufficient" if value > 0 else "not-implemented"


def status(measure: Measure) -> Status:
    """The status label of a measure (see module docstring)."""
    if measure.not_due:
        return "not-due"
    if measure.percent is None:
        return "not-assessed"
    b = band(measure.percent)
    assert b != "no-data"
    return b


def due_date(measure: Measure) -> dt.date | None:
    """End date of a measure: ``due`` when written, else read from the timeframe text.

    "2021 он" (the year 2021) ends on 2021-12-31; "2021-01-25" and "2021 оны 01 дүгээр сарын
    25" are that day. Anything else has no computable end date (the validator warns).
    """
    if measure.due is not None:
        return measure.due
    return None if measure.timeframe is None else due_from_text(measure.timeframe)


def due_from_text(text: str) -> dt.date | None:
    """The end date a timeframe text names, or None when it names none."""
    if m := _YEAR.match(text):
        return dt.date(int(m.group(1)), 12, 31)
    for pattern in (_FULL_DATE, _MN_DATE):
        if m := pattern.search(text):
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def today() -> dt.date:
    """The date overdue is judged against; ``ILTOD_TODAY=YYYY-MM-DD`` fixes it for
    reproducible builds."""
    fixed = os.environ.get("ILTOD_TODAY")
    return dt.date.fromisoformat(fixed) if fixed else dt.date.today()


def overdue(measure: Measure, on: dt.date | None = None) -> bool | None:
    """True when the measure's end date has passed and its percent is below 100.

    False for not-due measures. None when it cannot be known: no computable end date, or a
    not-assessed measure past its date (with no percent there is nothing to compare).
    """
    if measure.not_due:
        return False
    end = due_date(measure)
    if end is None:
        return None
    if end >= (on or today()):
        return False
    return None if measure.percent is None else measure.percent < 100


def assessed(measures: Iterable[Measure]) -> list[Number]:
    """Percents of the measures that count towards averages."""
    return [m.percent for m in measures if not m.not_due and m.percent is not None]


def average(measures: Iterable[Measure]) -> Number | None:
    """The average of a group of measures: the mean of the assessed ones, rounded to 0.1 and
    written as :func:`number` writes it; None when none is assessed."""
    values = assessed(measures)
    if not values:
        return None
    return number(round(sum(values) / len(values), 1))


def number(value: Number | None) -> Number | None:
    """70.0 → 70, 97.5 → 97.5: how averages are written in exports and on pages."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


class Assessment(NamedTuple):
    """Everything shown about one measure's progress, computed once."""

    status: Status
    percent: Number | None
    """The percent to show: None when the measure is not due or not assessed."""
    band: Band
    due: dt.date | None
    overdue: bool | None


def assess(measure: Measure, on: dt.date | None = None) -> Assessment:
    """The measure's status, shown percent, band, due date and overdue flag on ``on``."""
    st = status(measure)
    shown = None if st in ("not-due", "not-assessed") else measure.percent
    return Assessment(st, shown, band(shown), due_date(measure), overdue(measure, on))
