"""Merge an imported report into the plan on main, measure by measure and field by field.

With a base (the plan at the commit a stamped download was made from) the merge is three-way:
a field the clerk changed is taken; a field the clerk left as the download had it keeps main's
value, newer or not (W030 when it is newer); a field changed both on main and in the report
to different values is a conflict (E061), and then nothing is written. Without a base (a Word
file, a web page, an unstamped workbook) every value that differs from main is taken and
listed; an empty cell never erases a value (W032).

Never by this merge: a measure removed (one missing from the report is kept, W033), the plan's
title or scale changed (W034), a file listed as evidence dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from iltod.model import Measure, Plan

PLAN_FIELDS = ("period", "reported")
"""Plan-level fields a report may change; title and scale change only by review (W034)."""
KEPT_PLAN_FIELDS = ("title", "scale")
_NOT_MERGED = {"number", "attachments"}


@dataclass(frozen=True)
class Change:
    """One value the merge took from the report."""

    number: str
    """The measure's number; empty for a plan-level field."""
    key: str
    before: Any
    after: Any


@dataclass(frozen=True)
class Conflict:
    number: str
    key: str
    base: Any
    main: Any
    upload: Any


@dataclass(frozen=True)
class Kept:
    """A value of the plan kept against the report, and why: ``newer`` (W030), ``empty``
    (W032), ``missing`` (W033: a whole measure), ``plan`` (W034)."""

    number: str
    key: str
    why: str
    main: Any
    upload: Any


@dataclass
class Merged:
    data: dict[str, Any]
    """The merged plan as data (validated by the caller)."""
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    """Numbers of measures the report adds."""


def _measures(plan: Plan | None) -> dict[str, dict[str, Any]]:
    if plan is None:
        return {}
    return {m.number: _fields(m) for o in plan.objectives for m in o.measures}


def _fields(m: Measure) -> dict[str, Any]:
    data = m.model_dump(mode="json", exclude_defaults=True)
    declared = (data.get("attachments") or {}).get("declared")
    out = {k: v for k, v in data.items() if k not in _NOT_MERGED}
    if declared is not None:
        out["attachments.declared"] = declared
    return out


def merge(main: Plan, upload: Plan, base: Plan | None) -> Merged:
    """``upload`` merged into ``main``; ``base`` is what the clerk downloaded (None: unstamped)."""
    data = main.model_dump(mode="json", exclude_defaults=True)
    out = Merged(data)
    m_main, m_upload, m_base = _measures(main), _measures(upload), _measures(base)
    where: dict[str, dict[str, Any]] = {
        m["number"]: m for o in data["objectives"] for m in o["measures"]
    }
    for number, up in m_upload.items():
        if number not in m_main:
            if base is not None and number in m_base:  # removed on main since the download
                if up != m_base[number]:
                    out.conflicts.append(Conflict(number, "", m_base[number], None, up))
                continue
            _add(data, upload, number)
            out.added.append(number)
            continue
        _merge_fields(out, number, m_main[number], up, m_base.get(number), base is not None)
        _write(where[number], m_main[number], out, number)
    for number in m_main.keys() - m_upload.keys():
        out.kept.append(Kept(number, "", "missing", None, None))
    _plan_fields(out, main, upload, base)
    return out


def _merge_fields(
    out: Merged,
    number: str,
    main: dict[str, Any],
    up: dict[str, Any],
    base: dict[str, Any] | None,
    stamped: bool,
) -> None:
    for key in sorted(main.keys() | up.keys() | (base or {}).keys()):
        m, u = main.get(key), up.get(key)
        if m == u:
            continue
        if not stamped or base is None:  # by measure number (a measure new since the download)
            if u is None or u == []:
                out.kept.append(Kept(number, key, "empty", m, u))
            else:
                out.changes.append(Change(number, key, m, u))
            continue
        b = base.get(key)
        if u == b:
            out.kept.append(Kept(number, key, "newer", m, u))
        elif m == b:
            out.changes.append(Change(number, key, m, u))
        else:
            out.conflicts.append(Conflict(number, key, b, m, u))


def _write(target: dict[str, Any], main: dict[str, Any], out: Merged, number: str) -> None:
    """Put the changes of measure ``number`` into its data (in place)."""
    for c in out.changes:
        if c.number != number:
            continue
        if c.key == "attachments.declared":
            att = target.setdefault("attachments", {})
            if c.after is None:
                att.pop("declared", None)
            else:
                att["declared"] = c.after
            if not att:
                target.pop("attachments")
        elif c.after is None:
            target.pop(c.key, None)
        else:
            target[c.key] = c.after


def _add(data: dict[str, Any], upload: Plan, number: str) -> None:
    """Measure ``number`` of the report, appended to its objective (made when new)."""
    objective = next(o for o in upload.objectives if any(m.number == number for m in o.measures))
    measure = next(m for m in objective.measures if m.number == number)
    target = next((o for o in data["objectives"] if o["number"] == objective.number), None)
    if target is None:
        target = {"number": objective.number, "title": objective.title, "measures": []}
        data["objectives"].append(target)
        data["objectives"].sort(key=lambda o: o["number"])
    target["measures"].append(measure.model_dump(mode="json", exclude_defaults=True))


def _plan_fields(out: Merged, main: Plan, upload: Plan, base: Plan | None) -> None:
    for key in PLAN_FIELDS:
        m = _plain(getattr(main, key))
        u = _plain(getattr(upload, key))
        b = _plain(getattr(base, key)) if base is not None else None
        if m == u or u is None:
            continue
        if base is not None and u == b:
            out.kept.append(Kept("", key, "newer", m, u))
        elif base is None or m == b:
            out.changes.append(Change("", key, m, u))
            out.data[key] = u
        else:
            out.conflicts.append(Conflict("", key, b, m, u))
    for key in KEPT_PLAN_FIELDS:
        m, u = _plain(getattr(main, key)), _plain(getattr(upload, key))
        if m != u and (base is None or u != _plain(getattr(base, key))):
            out.kept.append(Kept("", key, "plan", m, u))


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
