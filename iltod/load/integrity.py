"""Checks of what a file may write that would make a reader believe something it does not say.

Never errors: the file still builds, the clerk is told where and why, and the site shows what the
rules make of it (:mod:`iltod.progress`, :mod:`iltod.honesty`).

* W008: ``not_due: true`` on a measure due within the plan's reporting period (the site counts
  such a measure as not implemented and overdue, never as "not yet due");
* W009: a bidirectional control character (U+202A–U+202E, U+2066–U+2069) in any text, which can
  make a line read in another order than it holds (the site isolates agency text as well);
* W010: a plan for a year after the next one (next year's plan is prepared before it begins).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from iltod.diagnostics import Diagnostic, diag
from iltod.load.schema_errors import got
from iltod.load.yamlsource import Path, Source, dotted
from iltod.progress import PlanPeriod, read_timeframe

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
"""The embedding, override and isolate controls of the Unicode bidirectional algorithm."""


def bidi(src: Source) -> Iterator[Diagnostic]:
    """W009 for each text value of ``src`` holding a bidirectional control (its first one)."""
    yield from _bidi(src, (), src.data)


def _bidi(src: Source, path: Path, value: Any) -> Iterator[Diagnostic]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _bidi(src, (*path, key), item)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _bidi(src, (*path, i), item)
    elif isinstance(value, str) and (m := BIDI_CONTROLS.search(value)):
        line, col = src.where(path)
        char = f"U+{ord(m.group()):04X}"
        yield diag(src.file, line, col, "W009", dotted(path), char=char, position=m.start() + 1)


def not_due(
    src: Source, path: Path, m: dict[str, Any], plan: PlanPeriod | None
) -> Iterator[Diagnostic]:
    """W008 when measure ``m`` (raw data at ``path``) is marked not due but is due on or before
    the end of the plan's reporting period (:func:`iltod.progress.not_due_misused`)."""
    if m.get("not_due") is not True or m.get("percent") is not None or plan is None:
        return
    due = _due(m, plan)
    if due is None or due > plan.end:
        return
    line, col = src.where((*path, "not_due"))
    yield diag(
        src.file,
        line,
        col,
        "W008",
        dotted((*path, "not_due")),
        date=due.isoformat(),
        period=f"{plan.year} {plan.period}",
        end=plan.end.isoformat(),
    )


def _due(m: dict[str, Any], plan: PlanPeriod) -> dt.date | None:
    due = m.get("due")
    if isinstance(due, dt.date):
        return due
    if isinstance(due, str):
        try:
            return dt.date.fromisoformat(due)
        except ValueError:
            return None
    timeframe = m.get("timeframe")
    return read_timeframe(timeframe, plan).due if isinstance(timeframe, str) else None


def future_year(src: Source, today: dt.date) -> Iterator[Diagnostic]:
    """W010 when the plan's year is after ``today``'s and the next: next year's plan is
    prepared and approved before the year begins (a deployment's main site may stay on the
    current year meanwhile, dev/deployment.md), a plan further ahead is a typing mistake."""
    data = src.data if isinstance(src.data, dict) else {}
    year = data.get("year")
    if isinstance(year, int) and not isinstance(year, bool) and year > today.year + 1:
        line, col = src.where(("year",))
        yield diag(src.file, line, col, "W010", "year", got=got(src, ("year",), year))
