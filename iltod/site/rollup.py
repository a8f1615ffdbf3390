"""Roll-ups computed once per build: agency, region and national averages per year.

Every roll-up is the mean of the assessed measures beneath it (see iltod.progress), never a mean
of means, so a plan of 40 measures weighs more than one of 4.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from iltod import progress
from iltod.loader import PlanFile, Repository
from iltod.model import Measure


@dataclass
class Tally:
    """Counts and percents of a group of measures."""

    percents: list[float | int] = field(default_factory=list)
    measures: int = 0
    overdue: int = 0
    plans: int = 0

    def add_plan(self, pf: PlanFile) -> None:
        self.plans += 1
        for o in pf.plan.objectives:
            for m in o.measures:
                self.add_measure(m)

    def add_measure(self, m: Measure) -> None:
        self.measures += 1
        self.percents.extend(progress.assessed([m]))
        self.overdue += progress.overdue(m) is True

    @property
    def assessed(self) -> int:
        return len(self.percents)

    @property
    def average(self) -> float | int | None:
        return progress.number(progress.mean(self.percents))


@dataclass
class Rollups:
    """Tallies by (agency, year), (region, year) and year."""

    agency: dict[tuple[str, int], Tally] = field(default_factory=lambda: defaultdict(Tally))
    region: dict[tuple[str, int], Tally] = field(default_factory=lambda: defaultdict(Tally))
    nation: dict[int, Tally] = field(default_factory=lambda: defaultdict(Tally))

    @property
    def years(self) -> list[int]:
        return sorted(self.nation, reverse=True)


def compute(repo: Repository) -> Rollups:
    r = Rollups()
    for pf in repo.plans:
        agency = repo.agencies.get(pf.plan.agency)
        year = pf.plan.year
        targets = [r.agency[(pf.plan.agency, year)], r.nation[year]]
        if agency is not None:
            targets.append(r.region[(agency.region, year)])
        for tally in targets:
            tally.add_plan(pf)
    return r
