"""Checks the schema cannot express: the plan's scale, numbering, counts that must add up.

They run on the raw values of a file (not on the validated model) so that a file with a type
error elsewhere still gets every other problem reported in the same run.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any, TypeGuard

from iltod.diagnostics import Diagnostic, diag
from iltod.load import integrity
from iltod.load.schema_errors import got
from iltod.load.yamlsource import Path, Source, dotted
from iltod.model import DEFAULT_SCALE
from iltod.progress import PlanPeriod, read_timeframe


def _is_number(v: Any) -> TypeGuard[int | float]:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _items(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _scale(data: dict[str, Any]) -> tuple[int, ...] | None:
    """The plan's scale as a tuple, None for ``free``; the default when it is absent or broken."""
    raw = data.get("scale", list(DEFAULT_SCALE))
    if raw == "free":
        return None
    if isinstance(raw, list) and raw and all(_is_number(v) for v in raw):
        return tuple(raw)
    return DEFAULT_SCALE


def plan_checks(src: Source) -> Iterator[Diagnostic]:
    """All semantic checks of one plan file's raw data."""
    data = src.data
    if not isinstance(data, dict):
        return
    scale = _scale(data)
    year, period = data.get("year"), data.get("period")
    dated = PlanPeriod(year, str(period)) if isinstance(year, int) else None
    seen_objectives: dict[Any, int] = {}
    seen_measures: dict[Any, int] = {}
    own = data.get("numbering") == "source"
    for i, obj in enumerate(_items(data.get("objectives"))):
        if not isinstance(obj, dict):
            continue
        opath: Path = ("objectives", i)
        yield from _unique(src, opath + ("number",), obj.get("number"), seen_objectives, "E023")
        previous: Any = None
        for j, measure in enumerate(_items(obj.get("measures"))):
            if not isinstance(measure, dict):
                continue
            mpath = opath + ("measures", j)
            num = measure.get("number")
            yield from _unique(src, mpath + ("number",), num, seen_measures, "E024")
            yield from _numbering(src, mpath, obj.get("number"), num, previous, own)
            previous = num if isinstance(num, str) else previous
            yield from measure_checks(src, mpath, measure, scale, dated)


def measure_checks(
    src: Source,
    path: Path,
    m: dict[str, Any],
    scale: tuple[int, ...] | None,
    plan: PlanPeriod | None = None,
) -> Iterator[Diagnostic]:
    """Percent on the scale, not-due consistency, declared counts, a datable timeframe.

    A timeframe is datable when iltod reads its form (a year, a quarter, "Жилийн турш", …:
    :func:`iltod.progress.read_timeframe`), whatever the plan's year: W003 is only for text a
    clerk can and should date with ``due:``.
    """
    percent = m.get("percent")
    ppath = path + ("percent",)
    # an infinite float is the model's to report (E014); math.isfinite() cannot take a huge int
    if _is_number(percent) and (isinstance(percent, int) or math.isfinite(percent)):
        if scale is not None and percent not in scale:
            allowed = ", ".join(str(v) for v in scale)
            yield _at(src, ppath, "E012", allowed=allowed, got=got(src, ppath, percent))
        elif scale is None and not 0 <= percent <= 100:
            shown = got(src, ppath, percent)
            yield _at(
                src,
                ppath,
                "E014",
                expected="a number from 0 to 100",
                expected_mn="0-ээс 100 хүртэлх тоо",
                got=shown,
                got_mn=shown,
            )
        if m.get("not_due") is True:
            yield _at(src, path + ("not_due",), "E016", got=got(src, ppath, percent))
    yield from integrity.not_due(src, path, m, plan)
    yield from _declared(src, path, m.get("attachments"))
    timeframe = m.get("timeframe")
    if (
        isinstance(timeframe, str)
        and m.get("due") is None
        and read_timeframe(timeframe, plan).timing == "unknown"
    ):
        yield _at(src, path + ("timeframe",), "W003", got=timeframe)


def _declared(src: Source, path: Path, attachments: Any) -> Iterator[Diagnostic]:
    if not isinstance(attachments, dict) or not isinstance(attachments.get("declared"), dict):
        return
    counts = attachments["declared"]
    total, files, images = (counts.get(k) for k in ("total", "files", "images"))
    if all(_is_number(v) for v in (total, files, images)) and total != files + images:
        dpath = path + ("attachments", "declared", "total")
        yield _at(src, dpath, "E017", files=files, images=images, sum=files + images, total=total)


def _unique(
    src: Source, path: Path, value: Any, seen: dict[Any, int], code: str
) -> Iterator[Diagnostic]:
    if value is None or isinstance(value, (dict, list)):
        return
    scalar = src.scalars.get(path)
    # As written: an unquoted 1.10 (already an error) must not pass for a second "1.1".
    key = scalar.raw if scalar else str(value)
    if key in seen:
        yield _at(src, path, code, got=got(src, path, value), first=seen[key])
    else:
        seen[key] = src.where(path)[0]


def _numbering(
    src: Source, path: Path, objective: Any, num: Any, previous: Any, own: bool = False
) -> Iterator[Diagnostic]:
    """E025/W001; with ``numbering: source`` the numbers are the source's own (a programme's
    clauses): a number under another objective is W133, and the order is the list's."""
    if not isinstance(num, str) or not isinstance(objective, int) or isinstance(objective, bool):
        return
    npath = path + ("number",)
    if num.split(".")[0] != str(objective):
        code = "W133" if own else "E025"
        yield _at(src, npath, code, objective=objective, got=got(src, npath, num))
    elif own:
        return
    elif isinstance(previous, str) and _key(num) < _key(previous):  # equal: E024 says it
        yield _at(src, npath, "W001", got=num, previous=previous)


def _key(num: str) -> tuple[int, ...]:
    # isdigit() alone is true for "¹", which int() refuses (found by bench/fuzz.py)
    return tuple(int(p) for p in num.split(".") if p.isascii() and p.isdigit())


def _at(src: Source, path: Path, code: str, **args: Any) -> Diagnostic:
    line, col = src.where(path)
    return diag(src.file, line, col, code, dotted(path), **args)
