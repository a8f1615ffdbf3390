"""Load the reviewer's assessment files, ``plans/<agency>/<year>.assessment.yml``.

Read by the same strict reader as plans (located, bilingual diagnostics), validated against
:class:`iltod.assessment.PlanAssessment`, then checked against the plan they assess: the plan
must exist and be valid (E042), every measure number must be one of its measures (E040) and
assessed once (E043), every level on the plan's scale or ``no-evidence`` (E041).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from iltod.assessment import PlanAssessment
from iltod.diagnostics import Diagnostic, diag
from iltod.load.repository import AssessmentFile, Repository
from iltod.load.schema_errors import convert, got
from iltod.load.yamlsource import Path as YPath
from iltod.load.yamlsource import Source, dotted, read

FILE = re.compile(r"^(\d{4})\.assessment\.yml$")


def is_assessment_file(root: Path, path: Path) -> bool:
    """``plans/<agency>/<year>.assessment.yml``."""
    return path.parent.parent == root / "plans" and FILE.match(path.name) is not None


def load(repo: Repository, path: Path, rel: str) -> None:
    """Read one assessment file into ``repo.assessments`` (when it has no error)."""
    src = read(rel, path.read_bytes())
    repo.sources[rel] = src
    found: list[Diagnostic] = list(src.diagnostics)
    assessment = None
    if src.data is not None:
        try:
            assessment = PlanAssessment.model_validate(src.data)
        except ValidationError as exc:  # located like a plan's
            found += convert(src, exc, set(), PlanAssessment)
    data: dict[str, Any] = src.data if isinstance(src.data, dict) else {}
    folder, year = path.parent.name, int(path.name[:4])
    found += _against_plan(repo, src, data, folder, year)
    repo.report.extend(found)
    if assessment is not None and not any(d.severity == "error" for d in found):
        repo.assessments[(folder, year)] = AssessmentFile(assessment, rel, src)


def _against_plan(
    repo: Repository, src: Source, data: dict[str, Any], folder: str, year: int
) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for key, want, code in (("agency", folder, "E022"), ("year", year, "E021")):
        value = data.get(key)
        if value is not None and not isinstance(value, (dict, list)) and value != want:
            line, col = src.where((key,))
            extra = {"folder": folder} if key == "agency" else {"expected": year}
            out.append(diag(src.file, line, col, code, key, got=got(src, (key,), value), **extra))
    pf = repo.plan(folder, year)
    plan_path = f"plans/{folder}/{year}.yml"
    if pf is None:
        out.append(diag(src.file, 1, 1, "E042", path=plan_path))
        return out
    numbers = {m.number for o in pf.plan.objectives for m in o.measures}
    scale = None if pf.plan.scale == "free" else tuple(pf.plan.scale)
    seen: dict[str, int] = {}
    measures = data.get("measures")
    for i, m in enumerate(measures if isinstance(measures, list) else []):
        if isinstance(m, dict):
            out += _measure(src, ("measures", i), m, numbers, scale, seen, plan_path)
    return out


def _measure(
    src: Source,
    path: YPath,
    m: dict[str, Any],
    numbers: set[str],
    scale: tuple[int, ...] | None,
    seen: dict[str, int],
    plan_path: str,
) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    number, level = m.get("number"), m.get("level")
    npath, lpath = (*path, "number"), (*path, "level")
    if isinstance(number, str):
        line = src.where(npath)[0]
        if number not in numbers:
            out.append(_at(src, npath, "E040", plan=plan_path, got=got(src, npath, number)))
        elif number in seen:
            out.append(_at(src, npath, "E043", got=number, first=seen[number]))
        else:
            seen[number] = line
    numeric = isinstance(level, (int, float)) and not isinstance(level, bool)
    if numeric and scale is not None and level not in scale:
        allowed = ", ".join(str(v) for v in scale)
        out.append(_at(src, lpath, "E041", allowed=allowed, got=got(src, lpath, level)))
    return out


def _at(src: Source, path: YPath, code: str, **args: Any) -> Diagnostic:
    line, col = src.where(path)
    return diag(src.file, line, col, code, dotted(path), **args)
