"""Who changed which measure, and when: the plans' history, read from git in one pass.

One ``git log -z --raw`` over ``plans/`` lists every commit of the main branch's first-parent
history (each merge, squash or direct push, compared with its first parent) with the old and
new blob of each plan file it touched; ``git cat-file --batch`` reads those commits and blobs
(:mod:`iltod.history.git`). Each version is parsed once and compared with the version before
it, measure by measure (:mod:`iltod.history.changes`). A change is attributed to the merge that
brought it into the main branch and dated by that merge's committer date.

"Last updated" is the last merge that changed a plan's *data*: moving a folder, renaming an
agency or editing a comment does not count, and neither does the time of the build nor the
date an author's machine wrote into a commit.

Renamed files (and so renamed agencies) keep their history: git's rename detection links the
old path to the new one, and every change is filed under the plan's current agency and year.
A version that cannot be read as YAML is skipped with a warning; the next readable version is
compared with the last readable one before it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from iltod.diagnostics import Diagnostic, diag
from iltod.history import git
from iltod.history.changes import MeasureDelta, PlanState, compare, measure_order, snapshot
from iltod.history.git import Commit, FileChange
from iltod.history.statecache import StateCache
from iltod.load.yamlsource import read

_Parsed = PlanState | Diagnostic
_PARSED: dict[str, _Parsed] = {}
"""Blobs parsed in this process. A blob's hash names its content, so an entry never goes stale;
``mkdocs serve`` rebuilds parse only the versions committed since the last build."""
BATCH = 256
"""Blobs read from git at a time (:func:`_parse_all`)."""

PLAN_FILE = re.compile(r"^plans/([a-z0-9]+(?:-[a-z0-9]+)*)/(\d{4})\.yml$")


@dataclass(frozen=True)
class Change:
    """One commit's change to one measure, filed under the plan's current agency and year."""

    commit: Commit
    agency: str
    year: int
    delta: MeasureDelta
    path: str
    """The plan file's path in that commit (it differs from today's after a rename)."""
    filed_by: str = ""
    """The agency that filed it: the plan's agency then, when the plan was since moved to
    another agency's folder (issue 27); "" when it is ``agency``."""

    @property
    def number(self) -> str:
        return self.delta.number


@dataclass
class _Lineage:
    """One plan file followed through renames."""

    changes: list[tuple[int, Commit, MeasureDelta, str]] = field(default_factory=list)
    """(position of the commit in the log, commit, delta, path at that commit)"""
    last_good: PlanState | None = None
    last_update: Commit | None = None
    deleted: bool = False


class History:
    """The changes of every measure, indexed for pages and feeds. Lists are newest first."""

    def __init__(
        self,
        changes: list[Change],
        updated: dict[tuple[str, int], Commit],
        warnings: list[Diagnostic],
    ):
        """``changes`` oldest first; within one commit, in agency, year and measure order."""
        position = {c.commit.sha: i for i, c in enumerate(changes)}
        # newest commit first; the sort is stable, so a commit's measures stay in number order
        self.changes = sorted(changes, key=lambda c: position[c.commit.sha], reverse=True)
        self.warnings = warnings
        self._plans = updated
        self._measures: dict[tuple[str, int, str], list[Change]] = {}
        for c in self.changes:
            self._measures.setdefault((c.agency, c.year, c.number), []).append(c)

    @classmethod
    def read(
        cls, root: Path, agencies: Collection[str] | None = None, cache: Path | None = None
    ) -> History:
        """Read the history of ``root/plans``; never raises for a missing or shallow repository.

        ``agencies``: only these agencies' plans (and the folders they were renamed from), for
        a partial site — a one-agency preview need not parse every version of every plan.
        ``cache``: the folder keeping the versions read by earlier builds (statecache)."""
        chosen = None if agencies is None else set(agencies)
        return _read(Path(root), chosen, StateCache(cache))

    def measure_timeline(self, agency: str, year: int, number: str) -> list[Change]:
        return list(self._measures.get((agency, year, number), []))

    def measure_last_updated(self, agency: str, year: int, number: str) -> Commit | None:
        timeline = self._measures.get((agency, year, number))
        return timeline[0].commit if timeline else None

    def plan_last_updated(self, agency: str, year: int) -> Commit | None:
        return self._plans.get((agency, year))

    def recent(self, n: int, agency: str | None = None) -> list[Change]:
        """The ``n`` newest measure changes, site-wide or of one agency."""
        if agency is None:
            return self.changes[:n]
        # an agency's own filings, and a plan moved to or from it (both agencies see the move)
        return [c for c in self.changes if agency in (c.filed_by or c.agency, c.delta.moved[0])][:n]


def _read(root: Path, agencies: set[str] | None, kept: StateCache) -> History:
    if not git.is_repository(root):
        return History([], {}, [diag(".", 1, 1, "W201")])
    log = [(c, [f for f in files if _is_plan(f)]) for c, files in git.log(root, "plans/")]
    if agencies is not None:
        log = _of_agencies(log, agencies)
    warnings = _shallow_warning(root, log)
    boundary = _boundary(root) if warnings else set()
    wanted = {b for _, files in log for f in files for b in (f.old_blob, f.new_blob)}
    _PARSED.update(kept.get(wanted - _PARSED.keys()))
    parsed = _parse_all(root, sorted(wanted - _PARSED.keys()), log)
    kept.add(parsed)
    kept.save(wanted if agencies is None else None)
    _PARSED.update(parsed)
    states = {sha: s for sha, s in _PARSED.items() if isinstance(s, PlanState)}
    unreadable = {sha: s for sha, s in _PARSED.items() if isinstance(s, Diagnostic)}
    lineages: dict[str, _Lineage] = {}
    for seq, (commit, files) in enumerate(log):
        for f in files:
            if f.new_blob in unreadable:
                warnings.append(_unreadable(unreadable[f.new_blob], commit))
                continue
            _apply(lineages, (seq, commit), f, states, baseline=commit.sha in boundary)
            _moved(lineages, (seq, commit), f, states, root)
    return _index(lineages, warnings, root)


def _of_agencies(
    log: list[tuple[Commit, list[FileChange]]], agencies: set[str]
) -> list[tuple[Commit, list[FileChange]]]:
    """The file changes of these agencies' plans, followed back through renames (the log is
    oldest first: read newest first, a rename into a wanted folder makes its source wanted)."""
    wanted = set(agencies)
    for _, files in reversed(log):
        for f in files:
            old, new = _agency(f.old_path), _agency(f.new_path)
            if new in wanted and old:
                wanted.add(old)
    return [
        (c, [f for f in files if {_agency(f.old_path), _agency(f.new_path)} & wanted])
        for c, files in log
    ]


def _filed_by(path: str, agency: str, root: Path) -> str:
    """The agency of ``path`` when it is another agency that exists today, else ""."""
    then = _agency(path)
    if then and then != agency and (root / "plans" / then / "agency.yml").is_file():
        return then
    return ""


def _agency(path: str) -> str:
    match = PLAN_FILE.match(path)
    return match.group(1) if match else ""


def _is_plan(f: FileChange) -> bool:
    return bool(PLAN_FILE.match(f.old_path) or PLAN_FILE.match(f.new_path))


def shallow_warning(root: Path) -> list[Diagnostic]:
    """W202 when ``root`` is a shallow clone (the build's own warning, for ``iltod validate``:
    the strict build stops on it, so validate must say so too)."""
    if not git.is_repository(root) or not git.is_shallow(root):
        return []
    return _shallow_warning(root, git.log(root, "plans/"))


def _shallow_warning(root: Path, log: list[tuple[Commit, list[FileChange]]]) -> list[Diagnostic]:
    if not git.is_shallow(root):
        return []
    first = log[0][0] if log else None
    date = first.date.date().isoformat() if first else "?"
    return [diag(".", 1, 1, "W202", date=date, sha=first.short if first else "?")]


def _boundary(root: Path) -> set[str]:
    """The commits whose parents a shallow clone lacks: their files are a baseline, not
    additions."""
    shallow = Path(git.run(root, "rev-parse", "--git-path", "shallow").strip())
    path = shallow if shallow.is_absolute() else root / shallow
    return set(path.read_text().split()) if path.is_file() else set()


def _parse_all(
    root: Path, shas: list[str], log: list[tuple[Commit, list[FileChange]]]
) -> dict[str, _Parsed]:
    """Parse each blob: its :class:`PlanState`, or the first problem that made it unreadable.
    Read :data:`BATCH` blobs at a time: every version of every plan at once was the highest
    point of a national build's memory (issue 28)."""
    paths = {f.new_blob: f.new_path for _, files in log for f in files}
    parsed: dict[str, _Parsed] = {}
    blobs = (
        b
        for i in range(0, len(shas), BATCH)
        for b in git.cat_blobs(root, shas[i : i + BATCH]).items()
    )
    for sha, data in blobs:
        src = read(paths.get(sha, "plan.yml"), data)
        errors = [d for d in src.diagnostics if d.severity == "error"]
        if isinstance(src.data, dict):
            parsed[sha] = snapshot(src.data)
        else:
            parsed[sha] = errors[0] if errors else diag(src.file, 1, 1, "E009")
    return parsed


def _unreadable(problem: Diagnostic, commit: Commit) -> Diagnostic:
    return diag(
        problem.file,
        problem.line,
        problem.column,
        "W203",
        sha=commit.short,
        date=commit.date.date().isoformat(),
        problem=f"{problem.code}: {problem.message_en}",
        rule=problem.code,
    )


def _apply(
    lineages: dict[str, _Lineage],
    at: tuple[int, Commit],
    f: FileChange,
    states: dict[str, PlanState],
    baseline: bool,
) -> None:
    seq, commit = at
    old_is_plan, new_is_plan = bool(PLAN_FILE.match(f.old_path)), bool(PLAN_FILE.match(f.new_path))
    if f.status == "R" and old_is_plan:
        lineage = lineages.pop(f.old_path, None) or _Lineage()
    else:
        lineage = lineages.get(f.old_path) or _Lineage()
    new = states.get(f.new_blob) if new_is_plan and f.status != "D" else None
    lineages[f.new_path if new is not None else f.old_path] = lineage
    old = None
    if old_is_plan and not lineage.deleted:  # the parent's version, else the last readable one
        old = states.get(f.old_blob, lineage.last_good)
    lineage.deleted = new is None  # deleted, or moved out of plans/<agency>/<year>.yml
    if not baseline:
        lineage.changes.extend((seq, commit, d, f.new_path) for d in compare(old, new))
    if new is not None and (baseline or not new.same_data(old)):
        lineage.last_update = commit
    lineage.last_good = new


def _moved(
    lineages: dict[str, _Lineage],
    at: tuple[int, Commit],
    f: FileChange,
    states: dict[str, PlanState],
    root: Path,
) -> None:
    """A plan moved into another agency's folder while the agency it left still exists: every
    measure's timeline shows the move (a renamed agency's folder is not a move)."""
    was, now = _agency(f.old_path), _agency(f.new_path)
    new = states.get(f.new_blob)
    if f.status != "R" or not was or not now or was == now or new is None:
        return
    if not (root / "plans" / was / "agency.yml").is_file():
        return  # the agency was renamed: the same agency under a new name
    lineage = lineages[f.new_path]
    for number in sorted(new.measures, key=measure_order):
        delta = MeasureDelta(number, "changed", moved=(was, now))
        lineage.changes.append((at[0], at[1], delta, f.new_path))


def _index(lineages: dict[str, _Lineage], warnings: list[Diagnostic], root: Path) -> History:
    changes: list[tuple[int, Change]] = []
    updated: dict[tuple[str, int], Commit] = {}
    for path, lineage in lineages.items():
        m = PLAN_FILE.match(path)
        if lineage.deleted or m is None:
            continue  # a plan that no longer exists has no page to show its history on
        agency, year = m.group(1), int(m.group(2))
        if lineage.last_update:
            updated[(agency, year)] = lineage.last_update
        changes.extend(
            (seq, Change(c, agency, year, d, p, _filed_by(p, agency, root)))
            for seq, c, d, p in lineage.changes
        )
    changes.sort(key=lambda sc: (sc[0], sc[1].agency, sc[1].year, measure_order(sc[1].number)))
    return History([c for _, c in changes], updated, warnings)
