"""Where evidence files live, and the checks that keep their paths safe.

A measure's files live in ``attachments/<agency>/<year>/<measure>/``. A declared file must
exist there, must not climb out of that folder (``../``) and must not pass through a symbolic
link: a link could publish any file of the machine that builds the site.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from iltod import evidence
from iltod.diagnostics import FORBIDDEN, Diagnostic, diag
from iltod.evidence.entry import Entry
from iltod.load.links import NAME_MAX, name_too_long
from iltod.load.repository import PlanFile, Repository
from iltod.load.yamlsource import Source, dotted
from iltod.model import IMAGE_SUFFIXES


def folder(agency: str, year: int, measure: str) -> PurePosixPath:
    """The repository-relative folder of a measure's evidence."""
    return PurePosixPath("attachments", agency, str(year), measure)


def resolve(
    root: Path, agency: str, year: int, measure: str, name: str
) -> tuple[Path | None, str, str]:
    """Locate an attachment safely.

    Returns ``(path, code, detail)``: the file and ``""`` when all is well; otherwise ``None`` and
    the diagnostic code (E030 missing, E031 leaves its folder, E032 through a symlink, E035 a
    name longer than the file system holds) with the offending part.
    """
    too_long = name_too_long(name)
    if too_long:
        return None, "E035", str(too_long)
    base = folder(agency, year, measure)
    joined = PurePosixPath(os.path.normpath(base / name)) if name else base
    if PurePosixPath(name).is_absolute() or base not in (joined, *joined.parents) or joined == base:
        return None, "E031", base.as_posix()
    current = root
    try:
        for part in joined.parts:
            current = current / part
            if current.is_symlink():
                return None, "E032", current.relative_to(root).as_posix()
        if not current.is_file():
            return None, "E030", joined.as_posix()
    except (OSError, ValueError):  # a path the system cannot even look up: it is not there
        return None, "E030", joined.as_posix()
    return current, "", ""


def check_plan(root: Path, src: Source, agency: str, year: int) -> Iterator[Diagnostic]:
    """Check every attachment a plan file declares, from its raw data."""
    data = src.data if isinstance(src.data, dict) else {}
    for i, obj in enumerate(_list(data.get("objectives"))):
        for j, measure in enumerate(_list(obj.get("measures") if isinstance(obj, dict) else None)):
            if not isinstance(measure, dict) or not isinstance(measure.get("number"), str):
                continue
            attachments = measure.get("attachments")
            items = attachments.get("items") if isinstance(attachments, dict) else None
            path = ("objectives", i, "measures", j, "attachments", "items")
            yield from _check_items(root, src, path, agency, year, measure["number"], _list(items))


def _check_items(
    root: Path,
    src: Source,
    path: tuple[Any, ...],
    agency: str,
    year: int,
    measure: str,
    items: list[Any],
) -> Iterator[Diagnostic]:
    seen: set[str] = set()
    for k, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("file"), str) or not item["file"]:
            continue
        if FORBIDDEN.search(item["file"]):  # E018 says it; no file system call with such a name
            continue
        name, fpath = item["file"], path + (k, "file")
        line, col = src.where(fpath)
        if name in seen:
            yield diag(src.file, line, col, "E033", dotted(fpath), got=name)
            continue
        seen.add(name)
        found, code, detail = resolve(root, agency, year, measure, name)
        if code == "E031":
            yield diag(src.file, line, col, code, dotted(fpath), root=detail + "/", got=name)
        elif code == "E032":
            yield diag(src.file, line, col, code, dotted(fpath), link=detail)
        elif code == "E030":
            yield diag(src.file, line, col, code, dotted(fpath), path=detail)
        elif code == "E035":
            yield diag(src.file, line, col, code, dotted(fpath), limit=NAME_MAX, bytes=detail)
        if found is not None:  # content checks without encoding: iltod.evidence
            cache = root / ".cache" / "images"
            whole = item.get("publish_original") is True  # decoded at full size
            settings = evidence.Settings()
            for problem in evidence.check_file(found, name, settings, cache, whole=whole):
                yield diag(src.file, line, col, problem.code, dotted(fpath), **problem.args)
        if (
            found is not None
            and PurePosixPath(name).suffix.lower() in IMAGE_SUFFIXES
            and not item.get("caption")
        ):
            line, col = src.where(path + (k,))
            yield diag(src.file, line, col, "W002", dotted(path + (k, "caption")))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


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
                found, code, detail = resolve(
                    root, plan.agency, plan.year, measure.number, item.file
                )
                if found is None:
                    # The loader reported it in detail already; this keeps publishing safe
                    # even when called on a repository assembled some other way.
                    args: dict[str, dict[str, object]] = {
                        "E031": {"root": detail + "/", "got": item.file},
                        "E032": {"link": detail},
                        "E035": {"limit": NAME_MAX, "bytes": detail},
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
