"""A report submitted without git: an uploaded file applied to the plan it reports on.

``iltod submit`` (and the workflow behind the "Submit a report / Тайлан илгээх" form) calls
:func:`apply`: the upload is imported within the untrusted-file bounds (the importer's public
entry point, :func:`iltod.iaac.read.import_bytes`), merged into ``plans/<agency>/<year>.yml``
(:mod:`iltod.submit.merge`; three-way against the commit a stamped download was made from,
:mod:`iltod.iaac.stamp`), its evidence placed under the right measures
(:mod:`iltod.submit.evidence`) and the result validated as ``iltod validate`` would. Either
everything is written or nothing is: errors and conflicts leave the working tree as it was.
:mod:`iltod.submit.body` writes the pull request's description and the issue's comment.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from iltod.diagnostics import Diagnostic, Report, diag, strict
from iltod.history import git
from iltod.history.changes import MeasureDelta, compare, snapshot
from iltod.iaac import stamp as stamps
from iltod.iaac.read import Meta, import_bytes
from iltod.iaac.read.builder import ImportResult
from iltod.load import loader
from iltod.load.checks import plan_checks
from iltod.load.yamlsource import read as read_yaml
from iltod.model import Plan
from iltod.progress import average, counting
from iltod.schema.yamlwrite import dump_model
from iltod.submit import merge as merging
from iltod.submit import onboarding
from iltod.submit.evidence import Placed, Upload, place

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
MAX_REPORT = 20_000_000
"""The largest report accepted, in bytes (the evidence limit; GitHub's own is 25 MB)."""
Status = Literal["applied", "unchanged", "errors", "conflicts"]
EXIT = {"applied": 0, "unchanged": 0, "errors": 1, "conflicts": 3}
"""Exit codes: 0 applied (or nothing to change), 1 errors, 3 conflicts; 2 is a usage error."""


@dataclass
class Request:
    report: Upload
    agency: str
    year: int
    evidence: list[tuple[str | None, Upload]] = field(default_factory=list)
    base: str | None = None
    """The commit to merge against; default: the stamp's."""
    issue: int | None = None
    submitter: str | None = None
    new_agency: str | None = None
    """A new agency's name (the form's answer): its ``agency.yml`` is proposed with the report,
    the submitter as its owner, when ``plans/<agency>/`` does not exist yet."""


@dataclass
class Outcome:
    request: Request
    status: Status
    report: Report
    sha256: str
    imported: ImportResult | None = None
    stamp: stamps.Stamp | None = None
    base: str = ""
    """The commit merged against; empty: merged by measure number."""
    merged: merging.Merged | None = None
    deltas: list[MeasureDelta] = field(default_factory=list)
    averages: tuple[Any, Any] = (None, None)
    written: list[str] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)
    agency_yml: str | None = None
    """A new agency's proposed ``agency.yml`` (text), written with the plan."""

    @property
    def path(self) -> str:
        return f"plans/{self.request.agency}/{self.request.year}.yml"

    @property
    def exit_code(self) -> int:
        return EXIT[self.status]


def apply(root: Path, req: Request) -> Outcome:
    """Apply ``req`` to the working tree at ``root``: everything, or nothing."""
    name = req.report.name
    out = Outcome(req, "errors", Report([], {name}), hashlib.sha256(req.report.data).hexdigest())
    if len(req.report.data) > MAX_REPORT:
        size = f"{len(req.report.data) / 1e6:.1f} MB"
        out.report.add(diag(name, 1, 1, "E064", limit="20 MB", size=size))
        return out
    if not _SLUG.fullmatch(req.agency) or not 2000 <= req.year <= 2100:
        out.report.add(diag(name, 1, 1, "E066", agency=f"{req.agency!r} {req.year}"))
        return out
    known = (root / "plans" / req.agency / "agency.yml").is_file()
    if not known and not req.new_agency:
        out.report.add(diag(name, 1, 1, "E066", agency=req.agency))
        return out
    meta = Meta(agency=req.agency, year=req.year)
    result = import_bytes(req.report.data, name, meta)
    out.imported = result
    out.report.extend(result.diagnostics)
    if result.plan is None or out.report.errors:
        return out
    if not known:
        out.agency_yml = onboarding.agency_yml(
            req.agency, req.new_agency, req.submitter, result.plan, out.report
        )
    main = _main(root, out)
    if main is None:
        return out
    base = _base(root, out, result.plan)
    if out.report.errors:
        return out
    return _merge(root, out, main, result.plan, base)


def _main(root: Path, out: Outcome) -> Plan | None:
    """The plan as it is in the working tree (main), or an error for a plan that does not load."""
    repo = loader.load(root, [root / out.path]) if (root / out.path).is_file() else None
    if repo is None:
        return Plan.model_construct(
            agency=out.request.agency, year=out.request.year, objectives=[], period="year-end"
        )
    found = repo.plan(out.request.agency, out.request.year)
    if found is None or repo.report.errors:
        out.report.extend(repo.report.errors)
        return None
    return found.plan


def _base(root: Path, out: Outcome, upload: Plan) -> Plan | None:
    """What the clerk downloaded: the plan at the stamped (or given) commit."""
    req = out.request
    name = req.report.name
    if Path(name).suffix.lower() == ".xlsx":
        out.stamp = stamps.read(req.report.data)
    if out.stamp is not None and (out.stamp.agency, out.stamp.year) != (req.agency, req.year):
        plan = f"{req.agency} {req.year}"
        out.report.add(
            diag(name, 1, 1, "E060", plan=plan, got=f"{out.stamp.agency} {out.stamp.year}")
        )
        return None
    commit = req.base or (out.stamp.commit if out.stamp else "")
    if not commit:
        out.report.add(diag(name, 1, 1, "W031"))
        return None
    try:
        out.base = git.resolve(root, commit)
        text = git.run_bytes(root, "show", f"{out.base}:{out.path}")
    except git.GitError:
        if not out.base:
            out.report.add(diag(name, 1, 1, "E065", sha=commit[:12]))
            return None
        text = b""  # the plan did not exist yet: everything in the report is new
    if not text:
        return Plan.model_construct(
            objectives=[], period=None, reported=None, title=None, scale=None
        )
    src = read_yaml(out.path, text)
    try:
        return Plan.model_validate(src.data)
    except ValidationError:
        out.base = ""
        out.report.add(diag(name, 1, 1, "W031"))
        return None


def _merge(root: Path, out: Outcome, main: Plan, upload: Plan, base: Plan | None) -> Outcome:
    req, name = out.request, out.request.report.name
    rows = out.imported.rows if out.imported else {}
    if not main.objectives:  # a new plan: the report is the plan
        merged = merging.Merged(upload.model_dump(mode="json", exclude_defaults=True))
        merged.added = [m.number for o in upload.objectives for m in o.measures]
    else:
        merged = merging.merge(main, upload, base)
    out.merged = merged
    out.report.extend(_located(merged, name, rows))
    if merged.conflicts:
        out.status = "conflicts"
        return out
    numbers = {m["number"] for o in merged.data["objectives"] for m in o["measures"]}
    out.placed, problems = place(req.evidence, numbers)
    out.report.extend(problems)
    if out.report.errors:
        return out
    data = _with_evidence(merged.data, out.placed)
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:  # a value the merge made that the model refuses
        out.report.add(diag(name, 1, 1, "E101", what=str(exc)[:200], what_mn="алдаа"))
        return out
    text = dump_model(plan, "plan")
    src = read_yaml(out.path, text.encode("utf-8"))
    problems = [src.locate(d) for d in (*src.diagnostics, *plan_checks(src))]
    out.report.extend(problems)
    main_file = root / out.path
    before = read_yaml(out.path, main_file.read_bytes()).data if main_file.is_file() else None
    old = snapshot(before) if isinstance(before, dict) else None
    out.deltas = compare(old, snapshot(src.data))
    out.averages = (
        average(counting([m for o in main.objectives for m in o.measures], main)),
        average(counting([m for o in plan.objectives for m in o.measures], plan)),
    )
    if out.report.errors:
        return out
    if not out.deltas and (root / out.path).read_text(encoding="utf-8") == text:
        out.status = "unchanged"
        return out
    return _write(root, out, text)


def _with_evidence(data: dict[str, Any], placed: list[Placed]) -> dict[str, Any]:
    for o in data["objectives"]:
        for m in o["measures"]:
            mine = [p for p in placed if p.measure == m["number"]]
            if not mine:
                continue
            att = m.setdefault("attachments", {})
            items = att.setdefault("items", [])
            listed = {i["file"] for i in items}
            items.extend(
                {"file": p.name, "caption": p.caption} for p in mine if p.name not in listed
            )
    return data


def _write(root: Path, out: Outcome, text: str) -> Outcome:
    """Write the plan, the evidence and the original; validate; undo everything on an error."""
    req = out.request
    files: dict[str, bytes] = {out.path: text.encode("utf-8")}
    for p in out.placed:
        files[p.path(req.agency, req.year).as_posix()] = p.upload.data
    original = Path(req.report.name).name
    kept = f"attachments/{req.agency}/{req.year}/submitted/{out.sha256[:12]}-{original}"
    files[kept] = req.report.data
    if out.agency_yml is not None:
        files[f"plans/{req.agency}/agency.yml"] = out.agency_yml.encode("utf-8")
        files[onboarding.CODEOWNERS] = b""  # regenerated below, with the new agency's owner
    saved = {rel: (root / rel).read_bytes() if (root / rel).is_file() else None for rel in files}
    for rel, data in files.items():
        if rel == onboarding.CODEOWNERS:
            continue
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)
    if out.agency_yml is not None:
        onboarding.codeowners(root)
    check = loader.load(root, [root / out.path])
    out.report.files |= check.report.files
    out.report.extend(check.report.diagnostics)
    if any(strict.stops_strict(d) and d.severity == "error" for d in out.report.diagnostics):
        for rel, old in saved.items():
            if old is None:
                (root / rel).unlink(missing_ok=True)
            else:
                (root / rel).write_bytes(old)
        return out
    out.written = sorted(files)
    out.status = "applied"
    return out


def _located(
    merged: merging.Merged, name: str, rows: dict[str, tuple[int, int]]
) -> list[Diagnostic]:
    """The merge's conflicts and kept values, at the report's row of each measure."""
    out: list[Diagnostic] = []
    for c in merged.conflicts:
        line, col = rows.get(c.number, (1, 1))
        key = f"{c.number} › {c.key}" if c.key else c.number
        out.append(diag(name, line, col, "E061", key=key, main=_v(c.main), got=_v(c.upload)))
    for k in merged.kept:
        line, col = rows.get(k.number, (1, 1))
        key = f"{k.number} › {k.key}" if k.number else k.key
        if k.why == "newer":
            out.append(diag(name, line, col, "W030", key=key, main=_v(k.main), got=_v(k.upload)))
        elif k.why == "empty":
            out.append(diag(name, line, col, "W032", key=key, main=_v(k.main)))
        elif k.why == "missing":
            out.append(diag(name, 1, 1, "W033", number=k.number))
        else:
            out.append(diag(name, 1, 1, "W034", key=key, main=_v(k.main), got=_v(k.upload)))
    return out


def _v(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)
