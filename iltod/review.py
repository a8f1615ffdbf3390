"""The reviewer's column beside the agency's: the rules that compare the two.

For each measure, :func:`review` gives a :class:`Review`: the reviewer's assessed level (or "no
evidence available", or "not yet reviewed" when the assessment file does not list the measure,
or there is none), the gap between the agency's percent and that level, and the measure's
**observation status** (modelled on SDMX's observation-status code list):

* ``self-reported``: the agency's figure, not reviewed;
* ``reviewed``: a reviewer assessed it and the claim is at most one step of the plan's scale
  above the assessed level (or below it);
* ``disputed``: the assessed level is more than one step of the scale below the claim, or the
  reviewer found no evidence for a claimed percent above 0;
* ``late``: the report was filed after the deployment's reporting deadline (not reviewed);
* ``corrected``: the agency changed the percent after the review merged.

Averages of assessed levels go through :func:`iltod.progress.average`, the one averaging rule:
a level is counted like a percent; "no evidence" and "not yet reviewed" are left out, as "not
assessed" is on the agency's side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Literal, NamedTuple

from iltod import progress
from iltod.assessment import AssessedMeasure, PlanAssessment
from iltod.model import Measure, Plan

Verdict = Literal["not-reviewed", "no-evidence", "assessed"]
Observation = Literal["self-reported", "reviewed", "disputed", "late", "corrected"]
OBSERVATIONS: tuple[Observation, ...] = (
    "self-reported",
    "reviewed",
    "disputed",
    "late",
    "corrected",
)
WORDS: dict[Verdict | Observation, tuple[str, str]] = {
    # in Mongolian, then English
    "not-reviewed": ("хараахан үнэлээгүй", "not yet reviewed"),
    "no-evidence": ("нотлох баримт байхгүй", "no evidence available"),
    "assessed": ("үнэлсэн", "assessed"),
    "self-reported": ("байгууллага өөрөө тайлагнасан", "self-reported"),
    "reviewed": ("хянагдсан", "reviewed"),
    "disputed": ("маргаантай", "disputed"),
    "late": ("хоцорч ирүүлсэн", "late"),
    "corrected": ("хянасны дараа засагдсан", "corrected"),
}
"""The name of each verdict and observation status, in Mongolian and English."""


class Level(NamedTuple):
    """An assessed level as averages count it (:class:`iltod.progress.Countable`)."""

    percent: progress.Number | None
    not_due: bool = False


class Review(NamedTuple):
    """Everything shown about the reviewer's view of one measure, computed once."""

    verdict: Verdict
    level: progress.Number | None
    """The assessed level; None when not reviewed or no evidence."""
    band: progress.Band
    gap: progress.Number | None
    """The agency's counted percent minus the assessed level; None when either is missing."""
    observation: Observation
    entry: AssessedMeasure | None
    assessor: str | None
    """The assessing organisation's Mongolian name."""


def review(
    measure: Measure,
    plan: Plan,
    assessment: PlanAssessment | None,
    *,
    late: bool = False,
    corrected: bool = False,
) -> Review:
    """The reviewer's view of ``measure``; ``late``: the report was filed after the deadline;
    ``corrected``: its percent changed after the assessment merged."""
    entry = assessment.by_number().get(measure.number) if assessment else None
    claim = progress.counted(measure, plan).percent
    if entry is None:
        obs: Observation = "late" if late else "self-reported"
        return Review("not-reviewed", None, "no-data", None, obs, None, None)
    who = (entry.assessor or assessment.assessor).mn if assessment else None
    level = entry.level
    if isinstance(level, str):  # NO_EVIDENCE
        obs = "corrected" if corrected else ("disputed" if claim else "reviewed")
        return Review("no-evidence", None, "no-data", None, obs, entry, who)
    gap = None if claim is None else progress.number(round(claim - level, 1))
    obs = "disputed" if _steps(plan, claim, level) > 1 else "reviewed"
    obs = "corrected" if corrected else obs
    return Review("assessed", level, progress.band(level), gap, obs, entry, who)


def _steps(plan: Plan, claim: progress.Number | None, level: progress.Number) -> int:
    """How many steps of the plan's scale the claim is above the level (free scale: the default
    scale's 0/30/70/100 bands)."""
    if claim is None or claim <= level:
        return 0
    scale = list(plan.scale) if plan.scale != "free" else [0, 30, 70, 100]
    return sum(1 for v in scale if level < v <= claim) or 1


def levels(reviews: Iterable[Review]) -> list[Level]:
    """The assessed levels of ``reviews`` as averages count them."""
    return [Level(r.level) for r in reviews]


def average(reviews: Iterable[Review]) -> progress.Number | None:
    """The reviewer's average: :func:`iltod.progress.average` of the assessed levels."""
    return progress.average(levels(reviews))


def is_late(
    plan: Plan, deadline_days: int | None, calendar: Mapping[str, str] | None = None
) -> bool:
    """Filed (``reported``) after the deployment's reporting calendar's deadline for the plan's
    period (:func:`report_deadline`), or, without one, more than ``deadline_days`` after the end
    of the reporting period."""
    if plan.reported is None:
        return False
    due = report_deadline(calendar or {}, plan.year, plan.period)
    if due is not None:
        return plan.reported > due
    if deadline_days is None:
        return False
    end = progress.PlanPeriod.of(plan).end
    return plan.reported > end + dt.timedelta(days=deadline_days)


def deadline(end: dt.date, month_day: str) -> dt.date:
    """The first ``month_day`` ("MM-DD") after ``end``, the last day of a reporting period."""
    month, day = (int(x) for x in month_day.split("-"))
    when = dt.date(end.year, month, day)
    return when if when > end else dt.date(end.year + 1, month, day)


def report_deadline(calendar: Mapping[str, str], year: int, period: str) -> dt.date | None:
    """When a report of ``period`` of ``year`` is due by the deployment's reporting calendar
    (``extra.iltod.reporting_deadlines``: per period, "MM-DD"); None when it sets no day."""
    month_day = calendar.get(period)
    if not month_day:
        return None
    return deadline(progress.PlanPeriod(year, period).end, month_day)


Reviews = dict[tuple[str, int], dict[str, Review]]
"""Every measure's review by (agency, year) and number, computed once per build."""


def of_plan(plan: Plan, assessment: PlanAssessment | None) -> dict[str, Review]:
    """The reviews of a plan's measures when nothing says late or corrected (``iltod
    export``, which reads no history); the site computes its own once, with both."""
    return {m.number: review(m, plan, assessment) for o in plan.objectives for m in o.measures}


def to_dict(r: Review) -> dict[str, object]:
    """One measure's review in the open data."""
    entry = r.entry
    return {
        "verdict": r.verdict,
        "level": r.level,
        "gap": r.gap,
        "observation": r.observation,
        "assessor": r.assessor,
        "note": entry.note if entry else None,
        "evidence_seen": list(entry.evidence_seen) if entry else [],
    }


def summary(reviews: Iterable[Review]) -> dict[str, object]:
    """A group's reviewer figures in the open data: the average, how many were reviewed, and
    the count of each observation status."""
    listed = list(reviews)
    return {
        "reviewer_average": average(listed),
        "measures_reviewed": sum(r.verdict != "not-reviewed" for r in listed),
        "observations": {o: sum(r.observation == o for r in listed) for o in OBSERVATIONS},
    }
