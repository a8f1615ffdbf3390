"""Progress semantics: the one home of every rule that turns filed percents into what is shown.

The rules (documented in iltod/site/guides/progress.md):

* a measure with ``not_due: true`` is **not due**; one with ``percent: null`` is **not assessed**;
  both are shown as such, never as 0, and are left out of every average. ``not_due`` only holds
  for a measure due after the end of its plan's reporting period: written on one due within it
  (:func:`not_due_misused`), it is void — the measure counts as not implemented (0) and can be
  overdue, and the validator warns (W008);
* otherwise its status is the **band** of its percent (:func:`band`): 100 complete, 70–99 in
  progress, 1–69 insufficient, 0 not implemented (on the default scale: 100 / 70 / 30 / 0). An
  average is coloured by the same bands;
* an **average** (:func:`average`) is the mean of the assessed measures beneath it — objective,
  plan, agency, region and nation alike — so an objective of 3 measures weighs 3 times one of 1
  measure; it is rounded to 0.1;
* a measure is **overdue** when its due date has passed and its percent is below 100
  (unknown when it has no percent or no computable due date);
* its **due date** is ``due:`` when written, else read from its timeframe as Mongolian plans
  write it (:func:`read_timeframe`): a date, a month, a quarter, a half-year, a year or a range of
  years ends when the last of them ends; a continuous or recurring timeframe ("Жилийн турш",
  "Тухай бүр", "Сар бүр") is due at the end of the plan's reporting period (:class:`PlanPeriod`).

Pages, exports and charts never apply these rules themselves: they take a measure's
:class:`Assessment` (:func:`assess`) and the averages this module computes.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Literal, NamedTuple, Protocol

from iltod.model import Measure, Plan

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


class Countable(Protocol):
    """What an average reads of a measure: its percent and whether it is not due. A measure is
    one; so is a reviewer's assessed level (:mod:`iltod.review`)."""

    @property
    def percent(self) -> Number | None: ...

    @property
    def not_due(self) -> bool: ...


class Counted(NamedTuple):
    """A measure as it counts when its own ``not_due`` is void (:func:`not_due_misused`)."""

    percent: Number | None
    not_due: bool = False


def not_due_misused(measure: Measure, plan: Plan | None) -> bool:
    """True when ``not_due: true`` is written on a measure due on or before the end of its plan's
    reporting period: the report is about that period, so the measure was due within it."""
    if not measure.not_due or plan is None:
        return False
    end = due_date(measure, plan)
    return end is not None and end <= PlanPeriod.of(plan).end


def counted(measure: Measure, plan: Plan | None) -> Countable:
    """The measure as averages count it: itself, or not implemented (0) when its ``not_due``
    is void (:func:`not_due_misused`)."""
    return Counted(0) if not_due_misused(measure, plan) else measure


def counting(measures: Iterable[Measure], plan: Plan | None) -> list[Countable]:
    """:func:`counted` of each of ``measures`` of ``plan``."""
    return [counted(m, plan) for m in measures]


def status(measure: Measure, plan: Plan | None = None) -> Status:
    """The status label of a measure (see module docstring); ``plan`` (the measure's own) voids
    a misused ``not_due``."""
    m = counted(measure, plan)
    if m.not_due:
        return "not-due"
    if m.percent is None:
        return "not-assessed"
    b = band(m.percent)
    assert b != "no-data"
    return b


def due_date(measure: Measure, plan: Plan | None = None) -> dt.date | None:
    """End date of a measure: ``due`` when written, else read from the timeframe text.

    "2021 он" ends on 2021-12-31, "2021 оны II улирал" on 2021-06-30, "2021-01-25" is that day;
    a timeframe without a year ("II улирал", "Жилийн турш") needs the ``plan`` it belongs to.
    Every form is listed in site/guides/progress.md; anything else has no computable end date (the
    validator warns, W003).
    """
    if measure.due is not None:
        return measure.due
    if measure.timeframe is None:
        return None
    return read_timeframe(measure.timeframe, PlanPeriod.of(plan) if plan else None).due


def overdue(measure: Measure, on: dt.date, plan: Plan | None = None) -> bool | None:
    """True when the measure's end date has passed and its percent is below 100.

    False for not-due measures. None when it cannot be known: no computable end date, or a
    not-assessed measure past its date (with no percent there is nothing to compare).
    """
    m = counted(measure, plan)
    if m.not_due:
        return False
    end = due_date(measure, plan)
    if end is None:
        return None
    if end >= on:
        return False
    return None if m.percent is None else m.percent < 100


def assessed(measures: Iterable[Countable]) -> list[Number]:
    """Percents of the measures that count towards averages (a plan's measures as
    :func:`counting` gives them)."""
    return [m.percent for m in measures if not m.not_due and m.percent is not None]


def average(measures: Iterable[Countable]) -> Number | None:
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
    timing: Timing = "unknown"
    """What the timeframe text names (:data:`TIMINGS`): a quarter, continuous, …"""


def assess(measure: Measure, on: dt.date, plan: Plan | None = None) -> Assessment:
    """The measure's status, shown percent, band, due date, overdue flag on ``on`` and timing;
    ``plan`` (the measure's own) dates timeframes that name no year."""
    st = status(measure, plan)
    shown = None if st in ("not-due", "not-assessed") else counted(measure, plan).percent
    timing: Timing = "unknown"  # no timeframe written: nothing to date
    if measure.timeframe is not None:
        timing = read_timeframe(measure.timeframe, PlanPeriod.of(plan) if plan else None).timing
    return Assessment(
        st, shown, band(shown), due_date(measure, plan), overdue(measure, on, plan), timing
    )


# -- timeframes ----------------------------------------------------------------------------

Timing = Literal[
    "date",
    "month",
    "quarter",
    "half-year",
    "year",
    "years",
    "continuous",
    "recurring",
    "event",
    "unknown",
]
TIMINGS: dict[Timing, tuple[str, str]] = {
    # (mn, en): what a timeframe names, and so how its due date is found
    "date": ("өдөр", "a date"),
    "month": ("сар", "a month"),
    "quarter": ("улирал", "a quarter"),
    "half-year": ("хагас жил", "a half-year"),
    "year": ("жил", "a year"),
    "years": ("хэдэн жил", "several years"),
    "continuous": ("байнга", "continuous"),
    "recurring": ("давтагдах", "recurring"),
    "event": ("үйл явдлаас хойш", "after an event"),
    "unknown": ("тодорхойгүй", "not datable"),
}
"""The kinds of timeframe, in Mongolian and English."""


class PlanPeriod(NamedTuple):
    """A plan's year and reporting period: what a timeframe without a year is read against."""

    year: int
    period: str = "year-end"

    @classmethod
    def of(cls, plan: Plan) -> PlanPeriod:
        return cls(plan.year, plan.period)

    @property
    def end(self) -> dt.date:
        """The last day of the reporting period: q1 March 31, half-year and q2 June 30, …"""
        month = {"q1": 3, "q2": 6, "half-year": 6, "q3": 9}.get(self.period, 12)
        return _month_end(self.year, month)


class Timeframe(NamedTuple):
    """What a timeframe text names and the day it ends (None when that cannot be known)."""

    timing: Timing
    due: dt.date | None


@functools.lru_cache(maxsize=8192)  # a national build reads "2021 он" a hundred thousand times
def read_timeframe(text: str, plan: PlanPeriod | None = None) -> Timeframe:
    """Read a timeframe as Mongolian plans write it (every form: iltod/site/guides/progress.md).

    Dates, months, quarters and half-years, years and ranges of years: the due date is the end
    of the last one named ("2021–2024" → 2024-12-31); one without a year is in the plan's year.
    Continuous and recurring timeframes ("Жилийн турш", "Байнга", "Тухай бүр", "Сар бүр",
    "Улирал бүр") are due at the end of the plan's reporting period.
    """
    s = _normalize(text)
    found: list[_Read] = []
    for pattern, reader in _READERS:
        s = pattern.sub(functools.partial(_take, reader=reader, plan=plan, found=found), s)
    if found:
        dates = [d for _, d in found]
        due = None if None in dates else max(d for d in dates if d is not None)
        timing = max(found, key=lambda f: f[1] or dt.date.min)[0]
        years = {d for t, d in found if t == "year"}
        return Timeframe("years" if timing == "year" and len(years) > 1 else timing, due)
    if _RECURRING.search(s):
        return Timeframe("recurring", plan.end if plan else None)
    if _EVENT.search(s):  # "Өөрчлөлт орсноос хойш 7 хоногийн дотор": each time it happens
        return Timeframe("event", plan.end if plan else None)
    if _CONTINUOUS.search(s):
        return Timeframe("continuous", plan.end if plan else None)
    return Timeframe("unknown", None)


def _normalize(text: str) -> str:
    """Lower case, one kind of dash, Latin Roman numerals (Ⅱ, Cyrillic І), single spaces."""
    s = unicodedata.normalize("NFKC", text).lower().replace("і", "i")
    s = re.sub("[\u2010-\u2015\u2212]", "-", s)
    return " ".join(s.split())


_Read = tuple[Timing, dt.date | None]
_Reader = Callable[[re.Match[str], PlanPeriod | None], _Read | None]


def _take(m: re.Match[str], reader: _Reader, plan: PlanPeriod | None, found: list[_Read]) -> str:
    """Record what ``m`` names (when it is a real date) and blank it out of the text."""
    read = reader(m, plan)
    if read is not None:
        found.append(read)
    return " " * len(m.group())


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year(written: str | None, plan: PlanPeriod | None) -> int | None:
    if written:
        return int(written) if 1900 <= int(written) <= 2100 else None
    return plan.year if plan else None


_WORDS = {
    "арван нэг": 11,
    "арван хоёр": 12,
    "нэг": 1,
    "хоёр": 2,
    "гурав": 3,
    "дөрөв": 4,
    "тав": 5,
    "зургаа": 6,
    "долоо": 7,
    "найм": 8,
    "ес": 9,
    "арав": 10,
}
_ROMAN = {"iv": 4, "iii": 3, "ii": 2, "i": 1}
_SUFFIX = r"(?:\s*-\s*р(?!\w)|\s*(?:дугаар|дүгээр|дахь|дэх))"
_ORDINAL = (
    rf"(?:\d{{1,2}}{_SUFFIX}?|(?:iv|iii|ii|i)(?![a-z]){_SUFFIX}?"
    rf"|(?:{'|'.join(_WORDS)})\s*(?:дугаар|дүгээр|дахь|дэх)|эхний|сүүлийн)"
)
_LIST = rf"(?<!\w){_ORDINAL}(?:\s*(?:-|,|ба|болон)\s*{_ORDINAL})*"
_IN_YEAR = r"(?:(?<!\d)(?P<year>\d{4})\s*(?:оны|онд|он)?\s*)?"
_NOT_EVERY = r"(?!\s*(?:бүр|тутам))"


def _ordinals(written: str, last: int) -> list[int] | None:
    """The numbers of a list such as "I, II" or "1-3-р"; None when one is a bare number
    without an ordinal ending ("3 сар" is also "3 months")."""
    out: list[int] = []
    for item in re.findall(_ORDINAL, written):
        word = re.sub(_SUFFIX + "$", "", item).strip()
        if word.isdigit():
            if word == item.strip():
                return None
            out.append(int(word))
        else:
            named = {"эхний": 1, "сүүлийн": last, **_ROMAN, **_WORDS}
            out.append(named[re.sub(r"\s+", " ", word)])
    return out


def _part(m: re.Match[str], plan: PlanPeriod | None, last: int, timing: Timing) -> _Read | None:
    """A quarter, half-year or month list ("2021 оны I-II улирал"): the end of the last one."""
    numbers = _ordinals(m.group("list") or "эхний", last)
    if numbers is None and m.group("year"):  # "2021 оны 3 сар": a year makes 3 a month
        numbers = [int(n) for n in re.findall(r"\d+", m.group("list"))]
    if not numbers or not all(1 <= n <= last for n in numbers):
        return None
    year = _year(m.group("year"), plan)
    month = max(numbers) * 12 // last
    return timing, _month_end(year, month) if year else None


def _quarter(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    return _part(m, plan, 4, "quarter")


def _half(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    return _part(m, plan, 2, "half-year")


def _month(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    return _part(m, plan, 12, "month")


def _in_month(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    """ "9 сард" (in September), "9 сарын эхний 7 хоног": a month by its bare number, which
    the case ending makes a month and not a count of months."""
    month, year = int(m.group("list")), _year(None, plan)
    return ("month", _month_end(year, month) if year else None) if 1 <= month <= 12 else None


def _alone_month(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    """ "5 сар", "1-5 сар" as the whole timeframe: the month(s) of the plan's year (a count of
    months is written with its case, "5 сарын хугацаанд", and stays unread)."""
    months, year = [int(n) for n in re.findall(r"\d+", m.group("list"))], _year(None, plan)
    if not all(1 <= n <= 12 for n in months):
        return None
    return "month", _month_end(year, max(months)) if year else None


def _day(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    """A day: "2021-01-25", "2021.1.25", "25.01.2021", "2021 оны 1-р сарын 25"."""
    groups = m.groupdict()
    month = _ordinals(groups["month"], 12) if "month" in groups else None
    number = month[0] if month else int(re.sub(r"\D", "", groups["month"])[:2] or 0)
    year, day = _year(groups.get("year"), plan), int(groups["day"])
    if number > 12 >= day and "/" in m.group():  # "12/31/2021": month/day/year
        number, day = day, number
    try:
        return "date", dt.date(year, number, day) if year else None
    except ValueError:  # 2021-02-30: not a day; the text stays undated
        return None


def _year_month(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    year, month = _year(m.group("year"), plan), int(m.group("month"))
    return ("month", _month_end(year, month)) if year and 1 <= month <= 12 else None


def _whole_year(m: re.Match[str], plan: PlanPeriod | None) -> _Read | None:
    written = m.groupdict().get("year")
    year = _year(written, plan)
    if written and year is None:  # "1000": not a year of a plan
        return None
    return "year", dt.date(year, 12, 31) if year else None


_BARE_MONTH = r"(?<![\d.])(?P<list>\d{1,2})\s*сар(?:д(?!\w)|ын\s+(?:эхэнд|эхний|сүүлийн|эцэст))"
_READERS: tuple[tuple[re.Pattern[str], _Reader], ...] = tuple(
    (re.compile(p), reader)
    for p, reader in (
        (r"(?<!\d)(?P<year>\d{4})[.\-/](?P<month>\d{1,2})[.\-/](?P<day>\d{1,2})(?!\d)", _day),
        (r"(?<!\d)(?P<day>\d{1,2})[.\-/](?P<month>\d{1,2})[.\-/](?P<year>\d{4})(?!\d)", _day),
        (rf"{_IN_YEAR}(?P<month>{_LIST})\s*сарын\s*(?P<day>\d{{1,2}})(?!\d)", _day),
        (r"(?<!\d)(?P<year>\d{4})[.\-/](?P<month>\d{1,2})(?![\d.\-/])", _year_month),
        (rf"{_IN_YEAR}(?P<list>{_LIST})\s*улирал{_NOT_EVERY}", _quarter),
        (rf"{_IN_YEAR}(?:(?P<list>{_LIST})\s*)?хагас\s*жил{_NOT_EVERY}", _half),
        (_BARE_MONTH, _in_month),
        (r"^(?P<list>\d{1,2}(?:\s*-\s*\d{1,2})?)\s*сар\.?$", _alone_month),
        (rf"{_IN_YEAR}(?P<list>{_LIST})\s*сар{_NOT_EVERY}", _month),
        (rf"{_IN_YEAR}(?<!\w)(?:жилдээ|(?:жилийн|оны)\s*(?:эцэс|эцэст|эцсээр|дотор))", _whole_year),
        (r"(?<!\d)(?P<year>\d{4})(?!\d)", _whole_year),
    )
)
_RECURRING = re.compile(
    r"(?:өдөр|долоо\s*хоног|7\s*хоног|сар|улирал|хагас\s*жил|жил)\s*(?:бүр|тутам)"
)
_EVENT = re.compile(
    r"(?:хойш|дараа)\s*(?:\d+|нэг|хоёр|гурав|тав|долоо|арав)?\s*(?:хоног|өдөр|ажлын\s*өдөр|сар)"
    r"|(?<!\S)\d+\s*(?:хоногийн|өдрийн|ажлын\s*өдрийн)\s*дотор"
)
_CONTINUOUS = re.compile(r"тухай\s*бүр|турш|байнга|тогтмол|тасралтгүй|үргэлж|шаардлагатай\s*үед")
