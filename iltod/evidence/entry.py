"""One declared attachment, found on disk and located in its plan file: what publishing takes.

:func:`iltod.load.attachments.entries` makes them from a loaded repository; this package never
reads plans itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from iltod.diagnostics import Diagnostic, diag
from iltod.evidence.guard import Problem
from iltod.model import AttachmentFile


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
        return self.item.is_image

    def problem(self, problem: Problem) -> Diagnostic:
        return diag(self.file, self.line, self.column, problem.code, self.field, **problem.args)
