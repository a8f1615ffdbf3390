"""The reviewer's column beside the agency's claim, as a table of the XLSX and DOCX downloads.

The IAAC report table stays as the reporting system has it (nine columns, importable back);
the reviewer's assessment (:mod:`iltod.review`) is its own table after it: per measure, the
agency's claimed percent beside the assessed level ("not yet reviewed" and "no evidence
available" written as words, never as a number), the gap, the observation status, who assessed
it and why. Headers are in Mongolian and English. The importer skips this table
(:data:`HEADERS` is how it knows it).
"""

from __future__ import annotations

from collections.abc import Mapping

from iltod import progress
from iltod.model import Plan
from iltod.review import WORDS, Review

TITLE = "Хөндлөнгийн үнэлгээ ба байгууллагын тайлан / The reviewer's assessment beside the agency's"
SHEET = "Үнэлгээ"
HEADERS = [
    "Арга хэмжээний дугаар / Measure number",
    "Байгууллагын тайлан, % / Agency's claim, %",
    "Хөндлөнгийн үнэлгээ / Assessed level",
    "Зөрүү, нэгж / Gap, points",
    "Ажиглалтын төлөв / Observation status",
    "Үнэлсэн байгууллага / Assessed by",
    "Үндэслэл / Note",
]
Value = str | progress.Number


def both(key: str) -> str:
    """A verdict's or observation status's name in Mongolian, then English."""
    mn, en = WORDS[key]  # type: ignore[index]
    return f"{mn} / {en}"


def rows(plan: Plan, reviews: Mapping[str, Review]) -> list[list[Value]]:
    """One row per measure of ``plan`` in document order; "" for an empty cell."""
    out: list[list[Value]] = []
    for o in plan.objectives:
        for m in o.measures:
            r = reviews.get(m.number)
            if r is None:
                continue
            claim = progress.counted(m, plan)
            claimed: Value = "" if claim.percent is None else progress.number(claim.percent) or 0
            level: Value = r.level if r.verdict == "assessed" and r.level is not None else ""
            if r.verdict != "assessed":
                level = both(r.verdict)
            gap: Value = "" if r.gap is None else r.gap
            note = r.entry.note if r.entry and r.entry.note else ""
            out.append([m.number, claimed, level, gap, both(r.observation), r.assessor or "", note])
    return out


def is_review_table(first_row: list[str]) -> bool:
    """Whether a table's first row is this table's header (the importer skips it)."""
    return [c.strip() for c in first_row[: len(HEADERS)]] == HEADERS
