"""Honesty flags: what a citizen should know before trusting a measure's figure, never blocking.

Each flag is raised on one measure with one sentence of why (in Mongolian and English); pages
show it on the measure, count it on plan, agency and region pages, and the open data carries it.
Documented in iltod/site/guides/progress.md ("Honesty flags").

* ``complete-without-evidence``: 100 % with no evidence at all (no file, no declared count);
* ``result-not-updated``: the percent rose since the previous year's plan, but the result is
  empty or (nearly) the same text as last year's (:data:`SIMILAR`);
* ``not-due-misused``: "not yet due" written on a measure due within the reporting period
  (:func:`iltod.progress.not_due_misused`);
* ``photo-reused``: the same photo (perceptual hash, :mod:`iltod.flags.photos`) is evidence of
  another measure, in this plan or another year's;
* ``evidence-out-of-period``: a photo says it was taken before the plan's year began or after
  its reporting period ended (its EXIF date, read from the file before publication removes it).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, NamedTuple

from iltod import progress
from iltod.flags import photos
from iltod.load import attachments
from iltod.load.repository import PlanFile, Repository
from iltod.model import Measure, Plan

Code = Literal[
    "complete-without-evidence",
    "result-not-updated",
    "not-due-misused",
    "photo-reused",
    "evidence-out-of-period",
]
CODES: tuple[Code, ...] = (
    "complete-without-evidence",
    "result-not-updated",
    "not-due-misused",
    "photo-reused",
    "evidence-out-of-period",
)
WORDS: dict[Code, tuple[str, str]] = {
    # in Mongolian, then English
    "complete-without-evidence": ("нотлох баримтгүй 100 %", "100 % without evidence"),
    "result-not-updated": ("үр дүн шинэчлэгдээгүй", "result not updated"),
    "not-due-misused": ("«хугацаа болоогүй» буруу", "'not yet due' misused"),
    "photo-reused": ("зураг давтагдсан", "photo reused"),
    "evidence-out-of-period": ("тайлант хугацаанаас гадуурх баримт", "evidence out of period"),
}
SIMILAR = 0.9
"""Results at least this similar (difflib's ratio, after case and spaces are normalised) are
"the same text"."""

Key = tuple[str, int, str]
"""(agency, year, measure number)."""


class Flag(NamedTuple):
    """One flag on one measure, with the sentence that says why."""

    code: Code
    en: str
    mn: str


Flags = dict[Key, list[Flag]]


def compute(repo: Repository) -> Flags:
    """Every flag of every measure of ``repo`` (all its years: a photo may be reused across
    them, a result copied from the year before)."""
    out: Flags = {}
    plans = {(pf.plan.agency, pf.plan.year): pf for pf in repo.plans}
    for pf in repo.plans:
        previous = plans.get((pf.plan.agency, pf.plan.year - 1))
        for m in _measures(pf.plan):
            key = (pf.plan.agency, pf.plan.year, m.number)
            found = list(_measure_flags(pf.plan, m, previous.plan if previous else None))
            if found:
                out[key] = found
    for key, flag in _photo_flags(repo):
        out.setdefault(key, []).append(flag)
    for found in out.values():
        found.sort(key=lambda f: CODES.index(f.code))
    return out


def counts(flags: Iterable[Flag]) -> dict[Code, int]:
    """How many of each flag, in :data:`CODES` order."""
    listed = list(flags)
    return {c: sum(f.code == c for f in listed) for c in CODES}


def _measures(plan: Plan) -> Iterator[Measure]:
    for o in plan.objectives:
        yield from o.measures


def _measure_flags(plan: Plan, m: Measure, previous: Plan | None) -> Iterator[Flag]:
    claim = progress.counted(m, plan).percent
    if claim == 100 and not _has_evidence(m):
        yield Flag(
            "complete-without-evidence",
            "Reported fully implemented (100 %) with no evidence: no file and no attachment count.",
            "Бүрэн хэрэгжсэн (100 %) гэж тайлагнасан боловч нотлох баримт (файл, хавсралтын "
            "тоо) огт байхгүй.",
        )
    if previous is not None:
        yield from _not_updated(m, claim, previous)
    if progress.not_due_misused(m, plan):
        due = progress.due_date(m, plan)
        end = progress.PlanPeriod.of(plan).end
        yield Flag(
            "not-due-misused",
            f"Marked 'not yet due' although due {due}, within the reporting period that ended "
            f"{end}: counted as not implemented (0 %).",
            f"{due}-нд дуусах ёстой, тайлант хугацаа {end}-нд дууссан боловч «хугацаа болоогүй» "
            "гэж бичсэн: хэрэгжээгүй (0 %) гэж тооцов.",
        )


def _has_evidence(m: Measure) -> bool:
    a = m.attachments
    if a is None:
        return False
    d = a.declared
    declared = d is not None and any(v for v in (d.total, d.files, d.images))
    return bool(a.items) or declared


def _not_updated(m: Measure, claim: progress.Number | None, previous: Plan) -> Iterator[Flag]:
    before = next((p for p in _measures(previous) if p.number == m.number), None)
    if before is None or claim is None or before.percent is None or claim <= before.percent:
        return
    rose = f"{before.percent} % → {claim} %"
    if not m.result:
        yield Flag(
            "result-not-updated",
            f"The percent rose since {previous.year} ({rose}) but no result is written.",
            f"Хувь {previous.year} оноос өссөн ({rose}) боловч хүрсэн үр дүн бичээгүй.",
        )
    elif before.result and similarity(m.result, before.result) >= SIMILAR:
        yield Flag(
            "result-not-updated",
            f"The percent rose since {previous.year} ({rose}) but the result is the same text "
            f"as {previous.year}'s.",
            f"Хувь {previous.year} оноос өссөн ({rose}) боловч хүрсэн үр дүн нь {previous.year} "
            "оныхтой ижил текст.",
        )


def similarity(a: str, b: str) -> float:
    """How alike two texts are, 0–1 (difflib's ratio of their words, case and spacing
    ignored)."""
    wa, wb = a.casefold().split(), b.casefold().split()
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def _photo_flags(repo: Repository) -> Iterator[tuple[Key, Flag]]:
    hashes: dict[str, int] = {}
    owner: dict[str, Key] = {}
    for pf in repo.plans:
        for key, name, path in _photos(repo, pf):
            facts = photos.facts(path, repo.root / ".cache" / "images" / "photo-facts")
            if facts.dhash is not None:
                ref = f"{key[0]}/{key[1]}/{key[2]}/{name}"
                hashes[ref], owner[ref] = facts.dhash, key
            if facts.taken is not None:
                yield from _out_of_period(pf.plan, key, name, facts.taken)
    for group in photos.groups(hashes):
        keys = {owner[ref] for ref in group}
        if len(keys) < 2:
            continue  # the same photo twice in one measure: not evidence of anything else
        for ref in sorted(group):
            others = sorted({f"{k[1]} {k[2]}" for k in keys if k != owner[ref]})
            where = ", ".join(others)
            yield (
                owner[ref],
                Flag(
                    "photo-reused",
                    f"The photo {ref.rsplit('/', 1)[1]} is also evidence of measure {where}.",
                    f"{ref.rsplit('/', 1)[1]} зураг {where} арга хэмжээний нотлох баримтад бас "
                    "байна.",
                ),
            )


def _photos(repo: Repository, pf: PlanFile) -> Iterator[tuple[Key, str, Path]]:
    plan = pf.plan
    for m in _measures(plan):
        for item in m.attachments.items if m.attachments else []:
            if not item.is_image:
                continue
            path, _, _ = attachments.resolve(repo.root, plan.agency, plan.year, m.number, item.file)
            if path is not None:
                yield (plan.agency, plan.year, m.number), item.file, path


def _out_of_period(plan: Plan, key: Key, name: str, taken: dt.date) -> Iterator[tuple[Key, Flag]]:
    start = dt.date(plan.year, 1, 1)
    end = progress.PlanPeriod.of(plan).end
    if start <= taken <= end:
        return
    yield (
        key,
        Flag(
            "evidence-out-of-period",
            f"The photo {name} says it was taken on {taken}, outside the reporting period "
            f"{start} – {end}.",
            f"{name} зургийн авсан огноо {taken} нь тайлант хугацаанаас ({start} – {end}) гадуур.",
        ),
    )
