"""Column roles by content as well as header: what a column's cells hold can overrule what
its header says, and every such reading is reported (W135) so the clerk can correct it with
``--map``.

- A column whose cells are mostly percents or grade words is the percent column whatever its
  header ("Хөтөлбөрийн хэрэгжилт" holding "100%"); the column that header named the percent
  then holds narrative, so it is read as the result.
- A column whose header is unknown but names progress ("Хэрэгжилтийн явц", "Хийгдсэн ажил")
  and whose cells are text is read as the result too; several result columns are joined.
- A header row that names no measure column ("Хийж гүйцэтгэх ажил") takes, as the measure,
  the unnamed column with the longest text; an objective column whose cells differ row by
  row (no cell over several measures) is the measure column ("Гүйцэтгэлийн зорилт",
  "Стратегийн зорилго, стратеги" over "1.1. …" rows).
- A percent column by its header whose cells are narrative ("Хүрсэн түвшин буюу
  гүйцэтгэлийн хувь" holding "… 100%") is the result, when no other column holds percents
  (the percent written in the result is read from there).
- When no column is the result, the first unnamed column after the measure's whose cells
  mostly tell in the past tense what was done ("хүргэсэн", "боллоо") is the result.
- A header with "%" or "хувь" in it, or the one word "Хэрэгжилт" / "Биелэлт" / "Гүйцэтгэл",
  marks bare numbers ("70") as percents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from iltod.iaac import cells
from iltod.iaac.columns import role
from iltod.iaac.grades import Grades

NOT_DUE = cells.NOT_DUE
_PROGRESS = re.compile(r"хэрэгжилт|биелэлт|гүйцэтгэл|явц|үр\s*дүн|хийгдсэн|ажил", re.IGNORECASE)
_ROLE_MN = {
    "percent": "хувь",
    "result": "үр дүн",
    "text": "арга хэмжээ",
    "objective": "зорилт",
    "serial": "дугаар",
    "timeframe": "хугацаа",
    "indicators": "шалгуур үзүүлэлт",
    "target": "хүрэх түвшин",
    "baseline": "суурь түвшин",
    "target_level": "зорилтот түвшин",
    "responsible": "хариуцах эзэн",
    "budget": "зарцуулсан хөрөнгө",
}


@dataclass(frozen=True)
class Change:
    """One role read from a column's cells: the column (1-based), its header, the role."""

    column: int
    header: str
    role: str | None
    expected: str
    """The role its header names ("" when the header names none)."""
    got: str


def percent_like(text: str, grades: Grades) -> bool:
    """A cell that states a percent (0–100, "40%"), a grade word or "not yet due"."""
    kind, value = cells.percent(text)
    if kind == "ok" and value is not None:
        return 0 <= value <= 100
    return grades.whole(text) is not None or NOT_DUE.match(text) is not None


def _values(body: list[list[str]], c: int) -> list[str]:
    out = []
    for row in body:
        if len({t.strip() for t in row if t.strip()}) <= 1:
            continue  # a section or goal row across the table
        t = row[c].strip() if c < len(row) else ""
        if t:
            out.append(t)
    return out


def _share(values: list[str], grades: Grades) -> float:
    return sum(percent_like(v, grades) for v in values) / len(values) if values else 0.0


def _narrative(values: list[str], grades: Grades) -> bool:
    words = [v for v in values if not percent_like(v, grades)]
    return bool(values) and len(words) * 2 > len(values) and max(len(v) for v in words) >= 12


def _marked(values: list[str], grades: Grades, label: str = "") -> bool:
    """Percents written as such: "40%" or a grade word, not bare counts ("1", "12"), unless
    the header says they are percents ("Хэрэгжилт /%/", "Биелэлт /хувиар/")."""
    if role(label) == "percent" or _PERCENT_HEADER.search(label) or _ACHIEVED.search(label):
        return True
    return any("%" in v or grades.whole(v) or NOT_DUE.match(v) for v in values)


_ACHIEVED = re.compile(r"^\s*(?:хэрэгжилт|биелэлт|гүйцэтгэл)\s*$", re.IGNORECASE)
"""A header that is the one word for how far a measure went: its bare numbers are percents."""
_PERCENT_HEADER = re.compile(r"%|(?<!\w)хув(?:ь|иар)(?!\w)", re.IGNORECASE)


def _distinct(values: list[str]) -> bool:
    """Cells that differ row by row: a column of measures, not of objectives over them."""
    return len(values) >= 2 and len(set(values)) * 5 >= len(values) * 4


def refine(
    labels: list[str], roles: list[str | None], body: list[list[str]], grades: Grades
) -> list[Change]:
    """Adjust ``roles`` in place from the cells of ``body``; the changes made."""
    changes: list[Change] = []
    values = [_values(body, c) for c in range(len(roles))]

    def change(c: int, role: str | None, expected: str, got: str) -> None:
        roles[c] = role
        changes.append(Change(c + 1, labels[c], role, expected, got))

    if "text" not in roles:
        # an objective column with a different text on every row holds the measures; else
        # the measure comes before its results: the first column of text, unknown or read as
        # a result from a look-alike header ("Хийж гүйцэтгэх ажил")
        free = [
            c
            for c, r in enumerate(roles)
            if r in (None, "result") and values[c] and _narrative(values[c], grades)
        ]
        o = roles.index("objective") if "objective" in roles else -1
        if o >= 0 and _distinct(values[o]) and (not free or o < free[0]):
            change(o, "text", "objective", "a different text on every row")
        elif free:
            change(free[0], "text", roles[free[0]] or "", "the first text")
    p = roles.index("percent") if "percent" in roles else None
    if p is None or _share(values[p], grades) < 0.6:
        candidates = [
            c
            for c, r in enumerate(roles)
            if r in (None, "result", "percent")
            and c != p
            and _share(values[c], grades) >= 0.6
            and _marked(values[c], grades, labels[c])
        ]
        if candidates:
            new = max(candidates, key=lambda c: _share(values[c], grades))
            if p is not None:
                narrative = _narrative(values[p], grades)
                change(p, "result" if narrative else None, "percent", "text")
            change(new, "percent", roles[new] or "", "percents")
        elif p is not None and _narrative(values[p], grades) and "result" not in roles:
            change(p, "result", "percent", "narrative text")
    if "result" in roles or "percent" in roles:
        for c, r in enumerate(roles):
            if r is None and _PROGRESS.search(labels[c]) and _narrative(values[c], grades):
                change(c, "result", "", "narrative text")
    if "result" not in roles and "text" in roles:
        # no column is the result: the first unnamed column of narrative after the measure's
        # is what was done ("Тэмдэглэл", "Тодорхойлолт" holding "10 удаа мэдээлэл хүргэсэн")
        t = roles.index("text")
        after = [c for c in range(t + 1, len(roles)) if roles[c] is None]
        told = [c for c in after if _told(values[c], grades)]
        if told:
            change(told[0], "result", "", "narrative text")
    group = _group(roles, body)
    if group is not None:
        change(group, "objective", "", "a text over several measures")
    return changes


def _told(values: list[str], grades: Grades) -> bool:
    """Cells that mostly say what was done: words in the past tense ("хүргэсэн", "боллоо"),
    not percents, dates, names or one label repeated (a link "Харах" on every row)."""
    words = [v for v in values if not percent_like(v, grades) and _PAST_END.search(v)]
    return len(words) * 2 > len(values) and (len(set(words)) > 1 or len(values) == 1)


_PAST = re.compile(r"\w(?:[сч][аэоө]н|л[аэоө]{2}|[жч]ээ)(?!\w)", re.IGNORECASE)
"""A Mongolian verb in the past tense ("хийсэн", "хүргэсэн", "зохион байгууллаа")."""
_PAST_END = re.compile(_PAST.pattern + r"\s*(?:[.;!)/]|$)", re.IGNORECASE | re.MULTILINE)
"""Such a verb ending its sentence: what was done ("… мэдээлэл хүргэсэн."), not a title
("… асуудал хариуцсан орлогч", the deputy in charge)."""


def _group(roles: list[str | None], body: list[list[str]]) -> int | None:
    """An unnamed column left of the measures whose texts stand over several measures
    (merged down, or repeated row after row: "Зөвлөмж" over the measures that carry it
    out) is their objective, when no column is the objective already."""
    if "objective" in roles or "text" not in roles:
        return None
    t = roles.index("text")
    rows = [row for row in body if t < len(row) and row[t].strip()]
    rows = [row for row in rows if len({x.strip() for x in row if x.strip()}) > 1]
    for c in range(t):
        if roles[c] is not None:
            continue
        column = [row[c].strip() if c < len(row) else "" for row in rows]
        texts = [v for v in column if v]
        if len(rows) < 2 or not texts or not all(_words(v) for v in texts):
            continue
        if (column[0] and len(texts) < len(rows)) or len(set(texts)) < len(texts):
            return c
    return None


def _words(text: str) -> bool:
    return sum(ch.isalpha() for ch in text) >= 4 and cells.serial(text) is None


_GOT_MN = {
    "percents": "хувь",
    "text": "текст",
    "the first text": "эхний текст",
    "narrative text": "тайлбар текст",
    "a different text on every row": "мөр бүрт өөр текст",
    "a text over several measures": "хэд хэдэн арга хэмжээг хамарсан текст",
}


def got_mn(got: str) -> str:
    """What a column's cells hold, in Mongolian."""
    return _GOT_MN.get(got, got)


def role_mn(role: str | None, none: str = "тэмдэглэл (notes)") -> str:
    """A role in Mongolian; ``none`` when there is no role."""
    return _ROLE_MN.get(role or "", none) if role else none


def warning_args(ch: Change) -> dict[str, str]:
    """What W135 says of a column read by its cells, in both languages."""
    return {
        "header": ch.header,
        "expected": ch.expected or "no known field",
        "expected_mn": role_mn(ch.expected, "мэдэгдэх талбар алга"),
        "got": ch.got,
        "got_mn": got_mn(ch.got),
        "role": ch.role or "notes",
        "role_mn": role_mn(ch.role),
    }
