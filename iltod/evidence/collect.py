"""Walk a loaded repository's attachments: one :class:`Entry` per declared file, located."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from iltod import attachments as att
from iltod.diagnostics import Diagnostic, diag
from iltod.evidence.guard import Problem
from iltod.loader import PlanFile, Repository
from iltod.model import AttachmentFile
from iltod.yamlsource import dotted


@dataclass
class Entry:
    """One declared attachment and where the plan declares it."""

    agency: str
    year: int
    measure: str
    item: AttachmentFile
    path: Path
    file: str  # the plan file, for diagnostics
    line: int
    column: int
    field: str
    digest: str = ""
    key: str = ""

    @property
    def measure_key(self) -> tuple[str, int, str]:
        return (self.agency, self.year, self.measure)

    @property
    def is_image(self) -> bool:
        return att.is_image(self.item.file)

    def problem(self, problem: Problem) -> Diagnostic:
        return diag(self.file, self.line, self.column, problem.code, self.field, **problem.args)


def entries(repo: Repository) -> Iterator[Entry | Diagnostic]:
    """Every attachment of every loaded plan, or a diagnostic when its path is unsafe."""
    for pf in repo.plans:
        yield from _plan_entries(repo.root, pf)


def _plan_entries(root: Path, pf: PlanFile) -> Iterator[Entry | Diagnostic]:
    plan = pf.plan
    for i, objective in enumerate(plan.objectives):
        for j, measure in enumerate(objective.measures):
            items = measure.attachments.items if measure.attachments else []
            for k, item in enumerate(items):
                where = ("objectives", i, "measures", j, "attachments", "items", k, "file")
                line, col = pf.source.where(where)
                found, code, detail = att.resolve(
                    root, plan.agency, plan.year, measure.number, item.file
                )
                if found is None:
                    # The loader reported it in detail already; this keeps publishing safe
                    # even when called on a repository assembled some other way.
                    args = {
                        "E031": {"root": detail + "/", "got": item.file},
                        "E032": {"link": detail},
                    }
                    yield diag(
                        pf.path, line, col, code, dotted(where), **args.get(code, {"path": detail})
                    )
                    continue
                yield Entry(
                    plan.agency,
                    plan.year,
                    measure.number,
                    item,
                    found,
                    pf.path,
                    line,
                    col,
                    dotted(where),
                )
