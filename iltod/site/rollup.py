"""Roll-ups computed once per build: objective, plan, agency, region and national figures.

Every figure is :func:`iltod.progress.average` of the measures beneath it, never a mean of
means, so a plan of 40 measures weighs more than one of 4.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from iltod import progress
from iltod.load.loader import Repository
from iltod.model import Measure, Plan


@dataclass
class Tally:
    """A group of measures and its figures. Filled while the roll-ups are computed, then read."""

    measures: list[progress.Countable] = field(default_factory=list)
    """The measures as averages count them (:func:`iltod.progress.counted`)."""
    overdue: int = 0
    plans: int = 0
    statuses: Counter[progress.Status] = field(default_factory=Counter)
    """How many measures have each status (:func:`iltod.progress.status`)."""

    @classmethod
    def of(cls, measures: Iterable[Measure], on: dt.date, plan: Plan) -> Tally:
        tally = cls()
        tally.add(measures, on, plan)
        return tally

    def add(self, measures: Iterable[Measure], on: dt.date, plan: Plan) -> None:
        """Count ``measures`` of ``plan`` (whose year and period date their timeframes)."""
        for m in measures:
            self.measures.append(progress.counted(m, plan))
            a = progress.assess(m, on, plan)
            self.overdue += a.overdue is True
            self.statuses[a.status] += 1

    @cached_property
    def assessed(self) -> int:
        return len(progress.assessed(self.measures))

    @cached_property
    def average(self) -> progress.Number | None:
        return progress.average(self.measures)

    @property
    def band(self) -> progress.Band:
        return progress.band(self.average)

    @property
    def total(self) -> int:
        return len(self.measures)

    @property
    def state(self) -> progress.Band | progress.Status:
        """What a chart or a bar shows for the group: the band of its average, or, when no
        measure is assessed, "not yet due" if every measure is not due, else "not assessed"
        (never a 0 %)."""
        if self.average is not None:
            return self.band
        if self.total and self.statuses["not-due"] == self.total:
            return "not-due"
        return "not-assessed" if self.total else "no-data"

    @property
    def assessed_share(self) -> progress.Number | None:
        """The assessed measures' share of all, in percent (rounded to 0.1)."""
        return progress.number(round(100 * self.assessed / self.total, 1)) if self.total else None

    def distribution(self) -> list[tuple[progress.Status, int]]:
        """Measures per status, in :data:`iltod.progress.STATUSES` order."""
        return [(s, self.statuses[s]) for s in progress.STATUSES]


@dataclass
class Rollups:
    """Tallies by (agency, year), (region, year) and year."""

    agency: dict[tuple[str, int], Tally] = field(default_factory=lambda: defaultdict(Tally))
    region: dict[tuple[str, int], Tally] = field(default_factory=lambda: defaultdict(Tally))
    nation: dict[int, Tally] = field(default_factory=lambda: defaultdict(Tally))

    @property
    def years(self) -> list[int]:
        return sorted(self.nation, reverse=True)


def compute(repo: Repository, on: dt.date) -> Rollups:
    """Every roll-up of ``repo``, overdue judged on ``on``."""
    r = Rollups()
    for pf in repo.plans:
        agency = repo.agencies.get(pf.plan.agency)
        year = pf.plan.year
        targets = [r.agency[(pf.plan.agency, year)], r.nation[year]]
        if agency is not None:
            targets.append(r.region[(agency.region, year)])
        measures = [m for o in pf.plan.objectives for m in o.measures]
        for tally in targets:
            tally.plans += 1
            tally.add(measures, on, pf.plan)
    return r
