"""Load a repository of plans: every file read, every problem collected, nothing dropped.

Layout::

    plans/<agency>/agency.yml                    the agency
    plans/<agency>/<year>.yml                    its plan and progress for that year
    attachments/<agency>/<year>/<measure>/…      evidence files
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from iltod import urls
from iltod.diagnostics import diag
from iltod.load import attachments as att
from iltod.load.checks import plan_checks
from iltod.load.repository import PlanFile, Repository
from iltod.load.schema_errors import convert, got
from iltod.load.yamlsource import Source, dotted, read
from iltod.model import Agency, Plan
from iltod.regions import REGIONS

__all__ = ["PlanFile", "Repository", "UsageError", "discover", "find_root", "load"]

M = TypeVar("M", bound=BaseModel)
_YEAR_FILE = re.compile(r"^(\d{4})\.yml$")


class UsageError(Exception):
    """A command-line path that is not part of a plans repository."""


def find_root(path: Path) -> Path:
    """The repository root: the nearest directory at or above ``path`` holding ``plans/``."""
    path = path.resolve()
    for candidate in (path, *path.parents):
        if (candidate / "plans").is_dir():
            return candidate
    raise UsageError(f"{path}: not inside a repository with a plans/ folder")


def discover(root: Path, selection: list[Path] | None = None) -> list[Path]:
    """The YAML files under ``plans/`` to load: all, or those under the selected paths."""
    # Every YAML file at any depth: one in the wrong place is reported, never silently skipped.
    files = sorted(p for p in (root / "plans").rglob("*") if p.suffix.lower() in (".yml", ".yaml"))
    if not selection:
        return files
    chosen = [s.resolve() for s in selection]
    wanted = [f for f in files if any(f.resolve() == c or c in f.resolve().parents for c in chosen)]
    folders = {f.parent for f in wanted}
    return sorted(
        set(wanted) | {f for f in files if f.parent in folders and f.name == "agency.yml"}
    )


def load(root: Path, selection: list[Path] | None = None) -> Repository:
    """Read and check every selected file; problems go to ``repo.report``, never raised."""
    repo = Repository(root)
    files = discover(root, selection)
    for path in files:
        rel = path.relative_to(root).as_posix()
        repo.report.files.add(rel)
        if path.name == "agency.yml" and _in_agency_folder(root, path):
            _load_agency(repo, path, rel)
        elif not _is_plan_file(root, path):
            repo.report.add(diag(rel, 1, 1, "E027", got=rel))
    for path in files:
        if _is_plan_file(root, path):
            _load_plan(repo, path, path.relative_to(root).as_posix())
    return repo


def _in_agency_folder(root: Path, path: Path) -> bool:
    return path.parent.parent == root / "plans"


def _is_plan_file(root: Path, path: Path) -> bool:
    return _in_agency_folder(root, path) and _YEAR_FILE.match(path.name) is not None


def _parse(repo: Repository, path: Path, rel: str, model: type[M]) -> tuple[Source, M | None]:
    src = read(rel, path.read_bytes())
    repo.report.extend(src.diagnostics)
    if src.data is None:
        return src, None
    skip = {_path_of(d.field) for d in src.diagnostics if d.field}
    try:
        return src, model.model_validate(src.data)
    except ValidationError as exc:
        repo.report.extend(convert(src, exc, skip, model))
        return src, None


def _path_of(field: str) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    for token in re.findall(r"[^.\[\]]+|\[\d+\]", field):
        parts.append(int(token[1:-1]) if token.startswith("[") else token)
    return tuple(parts)


def _load_agency(repo: Repository, path: Path, rel: str) -> None:
    src, agency = _parse(repo, path, rel, Agency)
    data = src.data if isinstance(src.data, dict) else {}
    folder = path.parent.name
    slug = data.get("slug")
    if isinstance(slug, str) and slug != folder:
        line, col = src.where(("slug",))
        repo.report.add(diag(rel, line, col, "E020", "slug", folder=folder, got=slug))
    if isinstance(slug, str) and slug in urls.RESERVED:
        line, col = src.where(("slug",))
        reserved = ", ".join(sorted(urls.RESERVED))
        repo.report.add(diag(rel, line, col, "E029", "slug", reserved=reserved, got=slug))
    region = data.get("region")
    if isinstance(region, str) and region not in REGIONS:
        line, col = src.where(("region",))
        examples = "govisumber, ulaanbaatar, ub-bayangol, national"
        hint = f"e.g. {examples}; see iltod/regions.py"
        hint_mn = f"жишээ нь {examples}; жагсаалт: iltod/regions.py"
        repo.report.add(
            diag(rel, line, col, "E028", "region", hint=hint, hint_mn=hint_mn, got=region)
        )
    if agency is not None:
        repo.agencies[folder] = agency
        repo.agency_paths[folder] = rel


def _load_plan(repo: Repository, path: Path, rel: str) -> None:
    src, plan = _parse(repo, path, rel, Plan)
    repo.report.extend(plan_checks(src))
    data: dict[str, Any] = src.data if isinstance(src.data, dict) else {}
    folder, year = path.parent.name, int(path.stem)
    _expect(repo, src, "agency", data.get("agency"), folder, "E022", folder=folder)
    _expect(repo, src, "year", data.get("year"), year, "E021", expected=year)
    if not (path.parent / "agency.yml").is_file():
        repo.report.add(diag(rel, 1, 1, "E026", folder=f"plans/{folder}"))
    repo.report.extend(att.check_plan(repo.root, src, folder, year))
    if plan is not None and not any(
        d.file == rel and d.severity == "error" for d in repo.report.diagnostics
    ):
        repo.plans.append(PlanFile(plan, rel, src))


def _expect(
    repo: Repository, src: Source, key: str, value: Any, want: Any, code: str, **args: Any
) -> None:
    if value is None or isinstance(value, (dict, list)) or value == want:
        return
    line, col = src.where((key,))
    repo.report.add(
        diag(src.file, line, col, code, dotted((key,)), got=got(src, (key,), value), **args)
    )
