"""What changed in a plan between two versions, measure by measure.

Shared by the history (consecutive versions of a file in git) and ``iltod diff`` (two
revisions). Versions are read leniently: an old version that the validator of today would
reject still has measures with numbers and percents worth comparing, so a value of the wrong
type is treated as absent instead of stopping the comparison.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any, Literal

from iltod.model import Measure
from iltod.progress import STATUSES, WORDS, Status, number, status

Kind = Literal["added", "removed", "changed"]
Percent = int | float | None

_TRACKED = {"number", "percent", "not_due", "result", "attachments"}

# (en, mn) status names, from the rules that define them
STATUS_LABELS: dict[str, tuple[str, str]] = {s: (WORDS[s][1], WORDS[s][0]) for s in STATUSES}


@dataclass(frozen=True)
class MeasureState:
    """The parts of one measure that the history follows."""

    percent: Percent
    status: Status
    result: str | None
    evidence: tuple[str, ...]
    declared: int | None
    other: dict[str, str] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class PlanState:
    """One version of a plan file: its measures by number, and its other data as a fingerprint."""

    measures: dict[str, MeasureState]
    fingerprint: str

    def same_data(self, other: PlanState | None) -> bool:
        return other is not None and other.fingerprint == self.fingerprint


@dataclass(frozen=True)
class MeasureDelta:
    """How one measure differs between two versions of its plan."""

    number: str
    kind: Kind
    percent: tuple[Percent, Percent] = (None, None)
    status: tuple[Status | None, Status | None] = (None, None)
    result_changed: bool = False
    evidence_added: tuple[str, ...] = ()
    evidence_removed: tuple[str, ...] = ()
    declared: tuple[int | None, int | None] = (None, None)
    fields: tuple[str, ...] = ()
    """Other fields that changed (text, timeframe, indicators, …)."""
    moved: tuple[str, str] = ("", "")
    """(from, to): the plan was moved from one agency's folder to another agency's (issue 27)."""


def snapshot(data: dict[str, Any]) -> PlanState:
    """Read the measures of one parsed plan file, leniently."""
    measures: dict[str, MeasureState] = {}
    for objective in _list(data.get("objectives")):
        for m in _list(objective.get("measures") if isinstance(objective, dict) else None):
            if isinstance(m, dict) and isinstance(m.get("number"), str):
                measures.setdefault(m["number"], _measure(m))
    rest = {k: v for k, v in data.items() if k != "agency"}  # moving a folder is not a data change
    text = json.dumps(rest, sort_keys=True, default=str, ensure_ascii=False)
    # a hash, not the text: every version of every plan is held (the text was ~80 KB a plan,
    # 24 MB of 126 MB traced at 100 agencies x 3 years)
    return PlanState(measures, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def _measure(m: dict[str, Any]) -> MeasureState:
    pct = m.get("percent")
    pct = pct if isinstance(pct, (int, float)) and not isinstance(pct, bool) else None
    not_due = m.get("not_due") is True
    raw = m.get("attachments")
    att: dict[str, Any] = raw if isinstance(raw, dict) else {}
    items = tuple(
        i["file"]
        for i in _list(att.get("items"))
        if isinstance(i, dict) and isinstance(i.get("file"), str)
    )
    result = m.get("result") if isinstance(m.get("result"), str) else None
    other = {
        k: json.dumps(v, sort_keys=True, default=str) for k, v in m.items() if k not in _TRACKED
    }
    st = status(Measure.model_construct(percent=pct, not_due=not_due))
    return MeasureState(pct, st, result, items, _declared(att.get("declared")), other)


def _declared(d: Any) -> int | None:
    if not isinstance(d, dict):
        return None
    ints = {k: v for k, v in d.items() if isinstance(v, int) and not isinstance(v, bool)}
    if "total" in ints:
        return ints["total"]
    parts = [ints[k] for k in ("files", "images") if k in ints]
    return sum(parts) if parts else None


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def compare(old: PlanState | None, new: PlanState | None) -> list[MeasureDelta]:
    """Every measure that was added, removed or changed from ``old`` to ``new``, in number order."""
    before = old.measures if old else {}
    after = new.measures if new else {}
    deltas = []
    for num in sorted(before.keys() | after.keys(), key=measure_order):
        a, b = before.get(num), after.get(num)
        if a is None and b is not None:
            deltas.append(_delta(num, "added", None, b))
        elif b is None and a is not None:
            deltas.append(_delta(num, "removed", a, None))
        elif a is not None and b is not None and (a != b or a.other != b.other):
            deltas.append(_delta(num, "changed", a, b))
    return deltas


def _delta(num: str, kind: Kind, a: MeasureState | None, b: MeasureState | None) -> MeasureDelta:
    ev_a, ev_b = (a.evidence if a else ()), (b.evidence if b else ())
    other_a, other_b = (a.other if a else {}), (b.other if b else {})
    return MeasureDelta(
        number=num,
        kind=kind,
        percent=(a.percent if a else None, b.percent if b else None),
        status=(a.status if a else None, b.status if b else None),
        result_changed=kind == "changed"
        and a is not None
        and b is not None
        and a.result != b.result,
        evidence_added=tuple(f for f in ev_b if f not in ev_a),
        evidence_removed=tuple(f for f in ev_a if f not in ev_b),
        declared=(a.declared if a else None, b.declared if b else None),
        fields=tuple(
            sorted(k for k in other_a.keys() | other_b.keys() if other_a.get(k) != other_b.get(k))
        )
        if kind == "changed"
        else (),
    )


def measure_order(num: str) -> tuple[int, ...]:
    """ "1.10" sorts after "1.9"."""
    return tuple(int(p) for p in re.findall(r"\d+", num))


def percent_text(value: Percent) -> str:
    return "—" if value is None else f"{number(value)} %"


def status_text(value: Status | None, lang: str) -> str:
    if value is None:
        return "—"
    en, mn = STATUS_LABELS[value]
    return {"en": en, "mn": mn}.get(lang, f"{mn} / {en}")


def describe(d: MeasureDelta, lang: str = "both") -> list[str]:
    """Short phrases for one delta, in words a citizen reads, e.g. ``["percent 70 % → 100 %",
    "result updated"]``."""
    parts: list[tuple[str, str]] = []
    if d.moved[0]:
        was, now = d.moved
        parts.append((f"plan moved from {was} to {now}", f"төлөвлөгөө {was}-аас {now} руу шилжсэн"))
    if d.kind != "changed":
        parts.append(
            ("measure added", "арга хэмжээ нэмэгдсэн")
            if d.kind == "added"
            else ("measure removed", "арга хэмжээ хасагдсан")
        )
    if d.kind == "added" and d.percent[1] is not None:
        parts.append(
            (f"percent {percent_text(d.percent[1])}", f"хувь {percent_text(d.percent[1])}")
        )
    elif d.percent[0] != d.percent[1]:
        arrow = f"{percent_text(d.percent[0])} → {percent_text(d.percent[1])}"
        parts.append((f"percent {arrow}", f"хувь {arrow}"))
    if d.status[0] != d.status[1] and d.kind == "changed":
        old, new = d.status
        en = f"status {status_text(old, 'en')} → {status_text(new, 'en')}"
        parts.append((en, f"төлөв {status_text(old, 'mn')} → {status_text(new, 'mn')}"))
    if d.result_changed:
        parts.append(("result updated", "үр дүн шинэчлэгдсэн"))
    if d.evidence_added:
        parts.append(
            (
                f"evidence added: {', '.join(d.evidence_added)}",
                f"нотлох баримт нэмэгдсэн: {', '.join(d.evidence_added)}",
            )
        )
    if d.evidence_removed:
        parts.append(
            (
                f"evidence removed: {', '.join(d.evidence_removed)}",
                f"нотлох баримт хасагдсан: {', '.join(d.evidence_removed)}",
            )
        )
    if d.declared[0] != d.declared[1] and d.kind == "changed":
        arrow = f"{_count(d.declared[0])} → {_count(d.declared[1])}"
        parts.append((f"declared attachments {arrow}", f"тайланд бүртгэсэн хавсралт {arrow}"))
    for name in d.fields:
        en, mn = FIELD_WORDS.get(name, (name, name))
        parts.append((f"{en} changed", f"{mn} өөрчлөгдсөн"))
    return [_pick(en, mn, lang) for en, mn in parts]


FIELD_WORDS: dict[str, tuple[str, str]] = {
    "text": ("measure text", "арга хэмжээний агуулга"),
    "timeframe": ("timeframe", "хэрэгжих хугацаа"),
    "due": ("due date", "дуусах огноо"),
    "indicators": ("indicators", "шалгуур үзүүлэлт"),
    "target": ("target", "хүрэх түвшин"),
    "budget": ("money spent", "зарцуулсан хөрөнгө"),
    "notes": ("notes", "тайлбар"),
}
"""(en, mn) words for the other fields of a measure whose change the history names."""


def _count(n: int | None) -> str:
    return "—" if n is None else str(n)


def _pick(en: str, mn: str, lang: str) -> str:
    return {"en": en, "mn": mn}.get(lang, f"{mn} / {en}")
