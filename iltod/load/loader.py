"""Load a repository of plans: every file read, every problem collected, nothing dropped.

Layout::

    plans/<agency>/agency.yml                    the agency
    plans/<agency>/<year>.yml                    its plan and progress for that year
    attachments/<agency>/<year>/<measure>/…      evidence files

No symbolic link under ``plans/`` (or ``docs/``) is followed or read: each is reported (E034).
Every diagnostic about a field of a file gets its place in the clerk's words
(:meth:`~iltod.load.yamlsource.Source.place`: "measure 1.3 › percent").
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from iltod import urls
from iltod.diagnostics import diag
from iltod.load import assessments, integrity, links
from iltod.load import attachments as att
from iltod.load.checks import plan_checks
from iltod.load.repository import PlanFile, Repository
from iltod.load.schema_errors import convert, got
from iltod.load.sourcecache import SourceCache
from iltod.load.yamlsource import Source, dotted, undotted
from iltod.model import Agency, Plan
from iltod.regions import Regions

__all__ = ["PlanFile", "Repository", "UsageError", "discover", "find_root", "load"]

M = TypeVar("M", bound=BaseModel)
_YEAR_FILE = re.compile(r"^(\d{4})\.yml$")


class UsageError(Exception):
    """A command-line path that is not part of a plans repository."""


def find_root(path: Path) -> Path:
    """The repository root: the nearest directory at or above ``path`` holding ``plans/``."""
    # a link named on the command line is looked at where it is, never where it points
    path = path.absolute().parent.resolve() / path.name if path.is_symlink() else path.resolve()
    for candidate in (path, *path.parents):
        if (candidate / "plans").is_dir():
            return candidate
    raise UsageError(f"{path}: not inside a repository with a plans/ folder")


def discover(root: Path, selection: list[Path] | None = None) -> list[Path]:
    """The YAML files under ``plans/`` to load: all, or those under the selected paths.

    Symbolic links are never among them (:func:`iltod.load.links.walk`).
    """
    # Every YAML file at any depth: one in the wrong place is reported, never silently skipped.
    found, _ = links.walk(root / "plans")
    files = [p for p in found if p.suffix.lower() in (".yml", ".yaml")]
    if not selection:
        return files
    chosen = [s.resolve() for s in selection]
    wanted = [f for f in files if any(f.resolve() == c or c in f.resolve().parents for c in chosen)]
    folders = {f.parent for f in wanted}
    return sorted(
        set(wanted) | {f for f in files if f.parent in folders and f.name == "agency.yml"}
    )


def load(
    root: Path,
    selection: list[Path] | None = None,
    docs: Path | None = None,
    today: dt.date | None = None,
    regions: Regions | None = None,
    cache: Path | None = None,
) -> Repository:
    """Read and check every selected file; problems go to ``repo.report``, never raised.

    Args:
        root: The repository.
        selection: Plan files or folders to load (None: all).
        docs: The documentation folder the site is built from (default ``docs/``), checked for
            symbolic links when the whole repository is loaded.
        today: The day a plan's year is judged "in the future" against (W010; default: the
            machine's date; a build passes its configuration's).
        regions: The regions an agency may name (default: the built-in, Mongolia's; a build
            passes its configuration's, ``extra.iltod.regions``).
        cache: The folder keeping the files read by earlier builds (iltod.load.sourcecache);
            None: every file is parsed.
    """
    repo = Repository(root) if regions is None else Repository(root, regions=regions)
    _links(repo, selection, docs or root / "docs")
    files = discover(root, selection)
    sources = SourceCache(cache)
    for path in files:
        rel = path.relative_to(root).as_posix()
        repo.report.files.add(rel)
        if path.name == "agency.yml" and _in_agency_folder(root, path):
            _load_agency(repo, path, rel, sources)
        elif not _is_plan_file(root, path) and not assessments.is_assessment_file(root, path):
            repo.report.add(diag(rel, 1, 1, "E027", got=rel))
    for path in files:
        if _is_plan_file(root, path):
            rel = path.relative_to(root).as_posix()
            _load_plan(repo, path, rel, today or dt.date.today(), sources)
    for path in files:
        if assessments.is_assessment_file(root, path):
            assessments.load(repo, path, path.relative_to(root).as_posix())
    repo.report.diagnostics = [repo.locate(d) for d in repo.report.diagnostics]
    if not selection:
        sources.prune()
    return repo


def _links(repo: Repository, selection: list[Path] | None, docs: Path) -> None:
    """E034 for the symbolic links under ``plans/`` that are selected, and under ``docs``."""
    found = links.walk(repo.root / "plans")[1]
    if selection:
        chosen = [s.absolute() for s in selection]  # not resolved: a link is named itself
        found = [p for p in found if any(c == p or c in p.parents for c in chosen)]
    else:
        found += links.walk(docs)[1] if docs.is_symlink() or docs.is_dir() else []
    repo.report.files.update(links.relative(repo.root, link) for link in found)
    repo.report.extend(links.refused(repo.root, found))


def _in_agency_folder(root: Path, path: Path) -> bool:
    return path.parent.parent == root / "plans"


def _is_plan_file(root: Path, path: Path) -> bool:
    return _in_agency_folder(root, path) and _YEAR_FILE.match(path.name) is not None


def _parse(
    repo: Repository, path: Path, rel: str, model: type[M], sources: SourceCache
) -> tuple[Source, M | None]:
    src = sources.read(rel, path.read_bytes())
    repo.sources[rel] = src
    repo.report.extend(src.diagnostics)
    if src.data is None:
        return src, None
    skip = {undotted(d.field) for d in src.diagnostics if d.field}
    try:
        return src, model.model_validate(src.data)
    except ValidationError as exc:
        repo.report.extend(convert(src, exc, skip, model))
        return src, None


def _load_agency(repo: Repository, path: Path, rel: str, sources: SourceCache) -> None:
    src, agency = _parse(repo, path, rel, Agency, sources)
    repo.report.extend(integrity.bidi(src))
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
    if isinstance(region, str) and region not in repo.regions:
        line, col = src.where(("region",))
        examples, listed = repo.regions.examples(), repo.regions.file
        hint = f"e.g. {examples}; see {listed}"
        hint_mn = f"жишээ нь {examples}; жагсаалт: {listed}"
        repo.report.add(
            diag(rel, line, col, "E028", "region", hint=hint, hint_mn=hint_mn, got=region)
        )
    if agency is not None:
        repo.agencies[folder] = agency
        repo.agency_paths[folder] = rel


def _load_plan(
    repo: Repository, path: Path, rel: str, today: dt.date, sources: SourceCache
) -> None:
    src, plan = _parse(repo, path, rel, Plan, sources)
    repo.report.extend(plan_checks(src))
    repo.report.extend(integrity.bidi(src))
    repo.report.extend(integrity.future_year(src, today))
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
