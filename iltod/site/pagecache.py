"""Pages and office files kept between builds, keyed by everything they are made of.

A national build renders about 35,000 pages, and the theme's half of each one costs as much as
iltod's own. After one agency's update almost none of them differs from the previous build.
So every page made from a plan — plan, print view, objectives, measures — and every agency
page is stored under a key that is a hash of all it is made of, and the next build that
computes the same key publishes the stored bytes instead of rendering anything:

- the **engine**: every file of the ``iltod`` package, the hook, the MkDocs configuration
  files and what the build's configuration sets (iltod.site.config), the versions of MkDocs,
  Material and Jinja2, and the guides in ``docs/`` (their titles are in every page's
  navigation). Not ``SOURCE_DATE_EPOCH``: the deploy sets it to each commit's time, and only
  the sitemap, never cached, shows it;
- the **site**: its language, options and the whole navigation (so any title
  that changes anywhere — an agency renamed, a measure reworded — renders every page again,
  as their navigation and previous/next links would differ);
- the **page**: its address, and for a plan's pages the plan, its agency, the years the agency
  has plans for, the plan's history and its evidence galleries; for an agency page the agency
  and the keys of all its plans;
- the **day**: not the date, but what the page shows of it, the overdue flags of its measures
  (iltod.site.daily: a new day on which no due date passes renders nothing).

Home and region pages (a few dozen, made from every plan) and the guides are always rendered.
``tests/acceptance/test_page_cache.py`` holds the contract: a build that took pages from the
cache is byte for byte the build that rendered them all.

Entries are gzip-compressed files under ``.cache/pages/<language>[-<selection>]/``, each
named by its key and the hash of its bytes (:class:`PageCache`); after a build, entries that
neither it nor the last run of the other mode (preview or build) used are removed.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import iltod
from iltod.load.repository import PlanFile, Repository

DISTRIBUTIONS = ("mkdocs", "mkdocs-material", "jinja2", "markdown", "pymdown-extensions")
CACHED_KINDS = frozenset({"plan", "print", "objective", "measure", "agency"})


def digest(*parts: object) -> str:
    """A hash of ``parts`` as JSON (sorted keys; anything else by ``repr``)."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def engine_digest(root: Path, settings: object = None) -> str:
    """Everything outside the data that a page is made with (see the module docstring);
    ``settings``: what the build's configuration sets (iltod.site.config.BuildConfig.digest)."""
    h = hashlib.sha256()
    package = Path(iltod.__file__).parent
    for folder, pattern in (
        (package, "*"),
        (root / "hooks", "*.py"),
        (root / "docs", "*"),
        (root, "mkdocs*.yml"),
    ):
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob(pattern) if folder != root else folder.glob(pattern)):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.relative_to(folder).as_posix().encode())
                h.update(path.read_bytes())
    versions: dict[str, str | None] = {}
    for name in DISTRIBUTIONS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    h.update(digest(settings, versions).encode())
    return h.hexdigest()


@dataclass
class Stats:
    hits: int = 0
    misses: int = 0
    removed: int = 0


@dataclass
class PageCache:
    """The stored pages of one language, and the keys of this build's pages.

    **An entry cannot lie.** Each is named ``<key>.<content>.html.gz``: the key is the hash of
    what the page is made of, the content the hash of the stored bytes, recorded when they
    were written. An entry is used only when its bytes still hash to it (anything that changed
    a stored page since, a workflow step or a disk error, makes it a miss, and the page is
    rendered again). **Preview and build do not erase each other.** Each ``mode``
    (``"build"``, or ``"serve"`` for ``mkdocs serve``, whose pages name the development
    server's address) records the keys it used; pruning keeps those of the other mode's last
    run, so both keep their pages, and a page whose output is the same has the same key in
    both and is shared. Temporary files left by a killed build are removed.
    """

    folder: Path
    keys: dict[str, str] = field(default_factory=dict)  # src_uri → key
    stats: Stats = field(default_factory=Stats)
    mode: str = "build"
    _index: dict[str, Path] | None = None
    _checked: set[str] = field(default_factory=set)  # keys verified by hit() in this build

    def _entries(self) -> dict[str, Path]:
        """The stored entries by key (the folder is listed once per build)."""
        if self._index is None:
            self._index = {}
            if self.folder.is_dir():
                for path in self.folder.glob("*/*.html.gz"):
                    self._index[path.name.split(".", 1)[0]] = path
        return self._index

    def _verified(self, key: str) -> bytes | None:
        """The stored bytes of ``key``, when they still hash to what was recorded."""
        path = self._entries().get(key)
        if path is None:
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        recorded = path.name.split(".")[1] if path.name.count(".") >= 3 else ""
        if hashlib.sha256(data).hexdigest()[:32] != recorded:
            path.unlink(missing_ok=True)  # changed since it was written: never published
            self._entries().pop(key, None)
            return None
        return data

    def hit(self, src_uri: str) -> bool:
        """True when the page's bytes are stored under its key, unchanged."""
        key = self.keys.get(src_uri)
        if key is None or key in self._checked:
            return key is not None
        if self._verified(key) is None:
            return False
        self._checked.add(key)
        return True

    def read(self, src_uri: str) -> str | None:
        """The stored page, or None (a miss) when it cannot be read or has changed."""
        key = self.keys.get(src_uri)
        data = self._verified(key) if key is not None else None
        try:
            html = gzip.decompress(data).decode("utf-8") if data is not None else None
        except (OSError, EOFError, UnicodeDecodeError):
            html = None
        if html is None:
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        return html

    def store(self, src_uri: str, html: str) -> None:
        """Keep the page under its key and its content's hash (written under a temporary name,
        then renamed)."""
        key = self.keys.get(src_uri)
        if key is None:
            return
        self.stats.misses += 1
        # level 1: 0.4 ms a page against 0.6 at 5, for entries 15 % larger (issue 28)
        data = gzip.compress(html.encode("utf-8"), compresslevel=1, mtime=0)
        path = self.folder / key[:2] / f"{key}.{hashlib.sha256(data).hexdigest()[:32]}.html.gz"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{key}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        old = self._entries().get(key)
        if old is not None and old != path:
            old.unlink(missing_ok=True)
        self._entries()[key] = path

    def prune(self) -> None:
        """Remove the entries neither this build nor the other mode's last run used, and the
        temporary files of builds that are no longer running."""
        if not self.folder.is_dir():
            return
        used = set(self.keys.values())
        record = self.folder / f"used-{self.mode}.json"
        record.write_text(json.dumps(sorted(used)), encoding="utf-8")
        for other in self.folder.glob("used-*.json"):
            if other != record:
                with contextlib.suppress(OSError, ValueError, TypeError):
                    used |= set(json.loads(other.read_text(encoding="utf-8")))
        for path in self.folder.glob("*/*.html.gz"):
            if path.name.split(".", 1)[0] not in used:
                path.unlink(missing_ok=True)
                self.stats.removed += 1
        self.stats.removed += prune_temporary(self.folder)


def prune_temporary(folder: Path) -> int:
    """Remove the ``.<name>.<pid>[.<random>].tmp`` files under ``folder`` whose process has
    ended (a killed build's; the deploy's cache would otherwise keep them for ever)."""
    removed = 0
    for path in folder.rglob(".*.tmp") if folder.is_dir() else []:
        found = _TMP.search(path.name)
        pid = int(found.group(1)) if found else 0
        if pid == os.getpid() or (pid and _running(pid)):
            continue
        path.unlink(missing_ok=True)
        removed += 1
    return removed


_TMP = re.compile(r"\.(\d+)(?:\.[0-9a-f]{8})?\.tmp$")
"""The process id in a temporary name (``.<name>.<pid>.tmp``, ``.<key>.<pid>.<random>.tmp``)."""


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def page_keys(
    repo: Repository,
    pages: Iterable[tuple[str, str, tuple[Any, ...]]],
    site: str,
    history: Any,
    galleries: dict[tuple[str, int, str], list[dict[str, Any]]],
    flags: dict[tuple[str, int, str], list[Any]] | None = None,
    day: dict[str, Any] | None = None,
    digests: dict[tuple[str, int], str] | None = None,
) -> dict[str, str]:
    """The key of every cacheable page: ``pages`` gives (src_uri, kind, key) of each page,
    ``site`` is the engine and site digest; ``flags`` the honesty flags of every measure (they
    depend on other plans: the year before, photos elsewhere); ``day`` what each page shows of
    the build's day (iltod.site.daily: its overdue flags); ``digests``: :func:`plan_digests`,
    when the caller has them."""
    plan_digest = digests if digests is not None else plan_digests(repo, history, galleries, flags)
    years: dict[str, list[int]] = {}
    for slug, year in plan_digest:
        years.setdefault(slug, []).append(year)
    out: dict[str, str] = {}
    for src_uri, kind, key in pages:
        if kind not in CACHED_KINDS:
            continue
        if kind == "agency":
            agency = repo.agencies[key[0]]
            own = [plan_digest[(key[0], y)] for y in sorted(years.get(key[0], []))]
            out[src_uri] = digest(site, src_uri, agency.model_dump(mode="json"), own)
        elif kind in ("objective", "measure"):  # their trend reads the agency's other years
            own = [plan_digest[(key[0], y)] for y in sorted(years.get(key[0], []))]
            out[src_uri] = digest(site, src_uri, plan_digest[(key[0], key[1])], own)
        else:
            out[src_uri] = digest(site, src_uri, plan_digest[(key[0], key[1])])
        if day is not None:
            out[src_uri] = digest(out[src_uri], day.get(src_uri))
    return out


def plan_digests(
    repo: Repository,
    history: Any,
    galleries: dict[tuple[str, int, str], list[dict[str, Any]]],
    flags: dict[tuple[str, int, str], list[Any]] | None = None,
) -> dict[tuple[str, int], str]:
    """Everything each plan's pages are made of, hashed, by (agency, year) (see
    :func:`page_keys`); the same plans' digests key the pages listing them
    (iltod.site.latecache)."""
    plans = {(pf.plan.agency, pf.plan.year): pf for pf in repo.plans}
    years: dict[str, list[int]] = {}
    for slug, year in plans:
        years.setdefault(slug, []).append(year)
    return {
        key: _plan_digest(repo, pf, sorted(years[key[0]]), history, galleries, flags or {})
        for key, pf in plans.items()
    }


def _plan_digest(
    repo: Repository,
    pf: PlanFile,
    years: list[int],
    history: Any,
    galleries: dict[tuple[str, int, str], list[dict[str, Any]]],
    flags: dict[tuple[str, int, str], list[Any]],
) -> str:
    plan = pf.plan
    agency = repo.agencies.get(plan.agency)
    numbers = [m.number for o in plan.objectives for m in o.measures]
    return digest(
        pf.path,
        plan.model_dump(mode="json"),
        agency.model_dump(mode="json") if agency else None,
        years,
        [history.measure_timeline(plan.agency, plan.year, n) for n in numbers],
        history.plan_last_updated(plan.agency, plan.year),
        [galleries.get((plan.agency, plan.year, n), []) for n in numbers],
        _assessment(repo, plan.agency, plan.year),
        [flags.get((plan.agency, plan.year, n), []) for n in numbers],
    )


def _assessment(repo: Repository, agency: str, year: int) -> Any:
    """The reviewer's assessment of the plan (its pages show it beside the agency's figures)."""
    af = repo.assessments.get((agency, year))
    return af.assessment.model_dump(mode="json") if af else None
