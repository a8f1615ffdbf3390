"""What loading a repository gives: its agencies, its valid plans and every diagnostic."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from iltod.assessment import PlanAssessment
from iltod.diagnostics import Diagnostic, Report
from iltod.load import regions
from iltod.load.yamlsource import Source
from iltod.model import Agency, Plan
from iltod.regions import Regions


@dataclass
class PlanFile:
    """A validated plan and where it came from."""

    plan: Plan
    path: str
    source: Source


@dataclass
class AssessmentFile:
    """A validated reviewer's assessment of a plan and where it came from."""

    assessment: PlanAssessment
    path: str
    source: Source


@dataclass
class Repository:
    """Everything loaded from one repository."""

    root: Path
    agencies: dict[str, Agency] = field(default_factory=dict)
    agency_paths: dict[str, str] = field(default_factory=dict)
    plans: list[PlanFile] = field(default_factory=list)
    report: Report = field(default_factory=Report)
    sources: dict[str, Source] = field(default_factory=dict)
    """Every plan and agency file that was read, by repository-relative path."""
    assessments: dict[tuple[str, int], AssessmentFile] = field(default_factory=dict)
    """The reviewer's assessments by (agency, year) (:mod:`iltod.load.assessments`)."""
    regions: Regions = field(default_factory=regions.default)
    """The regions its agencies were checked against (:mod:`iltod.regions`)."""

    def locate(self, d: Diagnostic) -> Diagnostic:
        """``d`` with the place of its field in the clerk's words, when its file was read."""
        src = self.sources.get(d.file)
        return src.locate(d) if src else d

    def plan(self, agency: str, year: int) -> PlanFile | None:
        return next(
            (p for p in self.plans if p.plan.agency == agency and p.plan.year == year), None
        )
