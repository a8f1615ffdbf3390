"""The one specification of report tables: which header names which field.

Agencies' reports name the same column in many ways ("Арга хэмжээ", "Хэрэгжүүлэх арга хэмжээ",
"Үйл ажиллагаа" …). :data:`VOCABULARY` lists, for every field a column can fill, the header
wordings found in real reports; the importers find columns by these words, never by position,
and ``site/guides/import-export.md`` shows the same table to clerks (a test keeps the two equal).

Matching (:func:`role`): the header is normalized (:func:`normalize`: lower case, line breaks
and hyphenation joined, punctuation and repeated spaces reduced to one space), then compared
with every wording of the table. A wording matches when its words occur in the header in order
and next to each other, each header word starting like the listed word (a listed word of five
letters or more may end differently, so "хөрөнгө" also matches "хөрөнгийн" and "хугацаа"
matches "хугацаанд"); wordings of three letters or fewer ("№", "д/д") must be the whole header.
When wordings of several fields match, the longest wins ("Хэрэгжилтийн хувь" is a percent,
not the "Хэрэгжилт" result), then the earlier field of the table.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple


class Field(NamedTuple):
    """One field a column can fill: its role, the model field, an English note, the wordings."""

    role: str
    field: str
    note: str
    headers: tuple[str, ...]


VOCABULARY: list[Field] = [
    Field(
        "serial",
        "—",
        "row number, checked against the position",
        ("Д/д", "№", "Д.д", "Дд", "#", "No", "№ д/д", "Д/д №"),
    ),
    Field(
        "objective",
        "objectives[].title",
        "objective (a column, or section rows across the table)",
        (
            "Зорилт",
            "Зорилтын нэр",
            "Зорилго",
            "Стратегийн зорилт",
            "Стратегийн зорилго",
            "Гүйцэтгэлийн зорилт",
            "Бодлого, чиглэл",
            "Бодлогын чиглэл",
            "Бодлого",
        ),
    ),
    Field(
        "text",
        "text",
        "the measure; the only column a table must have",
        (
            "Арга хэмжээ",
            "Хэрэгжүүлэх арга хэмжээ",
            "Арга хэмжээний нэр",
            "Үйл ажиллагаа",
            "Хэрэгжүүлэх үйл ажиллагаа",
            "Төлөвлөсөн ажил",
            "Хийгдэх ажил",
            "Ажлын нэр",
            "Хийх ажил",
            "Хийж гүйцэтгэх ажил",
            "Гүйцэтгэх ажил",
            "Тусгагдсан ажил",
            "Онцлох ажил",
            "Хэрэгжүүлэх ажил",
            "Юу хийх",
        ),
    ),
    Field(
        "timeframe",
        "timeframe",
        "timeframe as written",
        ("Хэрэгжих хугацаа", "Хугацаа", "Хэрэгжүүлэх хугацаа", "Биелэх хугацаа", "Хэзээ"),
    ),
    Field(
        "indicators",
        "indicators",
        "indicators, one per line",
        (
            "Шалгуур үзүүлэлт",
            "Шалгуур",
            "Хэмжих үзүүлэлт",
            "Гүйцэтгэлийн үзүүлэлт",
            "Гүйцэтгэл үзүүлэлт",
            "Гүйцэтгэлийн шалгуур",
            "Үзүүлэлт",
        ),
    ),
    Field("baseline", "baseline", "baseline", ("Суурь түвшин", "Суурь үзүүлэлт", "Суурь")),
    Field(
        "target_level",
        "target_level",
        "target level of the indicator",
        ("Зорилтот түвшин", "Зорилтот үзүүлэлт"),
    ),
    Field(
        "target",
        "target",
        "target level and expected result, in words",
        (
            "Хүрэх түвшин",
            "Хүрэх үр дүн",
            "Хүрэх түвшин, үр дүн",
            "Хүлээгдэж буй үр дүн",
            "Зорилтот үр дүн",
        ),
    ),
    Field(
        "responsible",
        "responsible",
        "who is responsible",
        (
            "Хариуцах эзэн",
            "Хариуцах нэгж",
            "Хариуцагч",
            "Хариуцах байгууллага",
            "Хариуцах албан тушаалтан",
            "Хэрэгжүүлэгч",
            "Хариуцах",
            "Хэрэгжүүлэх байгууллага",
            "Гүйцэтгэгч",
            "Хэн",
            "Хэн хариуцах",
        ),
    ),
    Field(
        "budget",
        "budget",
        "money spent, source",
        (
            "Зарцуулсан хөрөнгө",
            "Хөрөнгийн хэмжээ",
            "Шаардагдах хөрөнгө",
            "Төсөв",
            "Санхүүжилт",
            "Санхүүжилтийн эх үүсвэр",
        ),
    ),
    Field(
        "result",
        "result",
        "achieved result (a percent or grade word in it is read too)",
        (
            "Хүрсэн түвшин",
            "Хүрсэн үр дүн",
            "Хэрэгжилт",
            "Хэрэгжилтийн явц",
            "Хэрэгжилтийн байдал",
            "Биелэлтийн байдал",
            "Гүйцэтгэл",
            "Хийгдсэн ажил",
            "Үр дүн",
            "Хийсэн ажил",
            "Хэрэгжүүлсэн ажил",
            "Хэрэгжүүлсэн байдал",
            "Гүйцэтгэлийн явц",
            "Юу хийсэн",
        ),
    ),
    Field(
        "percent",
        "percent",
        "percent or grade word (see the grade words)",
        (
            "Хэрэгжилтийн хувь",
            "Хувь",
            "Биелэлт",
            "Биелэлтийн хувь",
            "Хэрэгжилт /хувь/",
            "Хэрэгжилт хувиар",
            "Хэрэгжилт %",
            "Биелэлт %",
            "Хувиар",
            "Гүйцэтгэлийн хувь",
            "Хэрэгжилтийн түвшин",
            "Хэрэгжилтийн үнэлгээ",
            "Гүйцэтгэлийн үнэлгээ",
            "Үнэлгээ",
            "Оноо",
            "%",
        ),
    ),
]
"""Header wordings per field, in the order a table usually has them."""

# The nine columns of the IAAC table, in its order, with the seed's header text: what the
# exporters write and the reporting system prints.
IAAC_COLUMNS: list[tuple[str, str]] = [
    ("serial", "Д/д"),
    ("objective", "Зорилт"),
    ("text", "Арга хэмжээ"),
    ("timeframe", "Хэрэгжих хугацаа"),
    ("indicators", "Шалгуур үзүүлэлт"),
    ("target", "Хүрэх түвшин, үр дүн"),
    ("budget", "Зарцуулсан хөрөнгийн хэмжээ, эх үүсвэр (сая төгрөг)"),
    ("result", "Хүрсэн түвшин, үр дүн"),
    ("percent", "Хэрэгжилтийн хувь"),
]
ROLES = [f.role for f in VOCABULARY]
LABELS = {f.role: f.headers[0] for f in VOCABULARY} | dict(IAAC_COLUMNS)
"""The header a clerk knows each role by (the IAAC's where it has one)."""

# Fields the IAAC table has no column for, written in the "iltod" part of an export.
SIDE_COLUMNS: list[tuple[str, str]] = [
    ("number", "Дугаар / number"),
    ("due", "Дуусах огноо / due"),
    ("not_due", "Хугацаа болоогүй / not due"),
    ("notes", "Тайлбар / notes"),
    ("items", "Хавсралт файлууд / attachment files (JSON)"),
    ("exact", "Нарийвчилсан утга / exact values (JSON)"),
    ("responsible", "Хариуцах эзэн / responsible"),
    ("baseline", "Суурь түвшин / baseline"),
    ("target_level", "Зорилтот түвшин / target level"),
]
SIDE_KEYS = {label: key for key, label in SIDE_COLUMNS}


def normalize(header: str) -> str:
    """Lower case, hyphenation and line breaks joined, punctuation reduced to single spaces."""
    h = header.lower().replace("\r", "\n")
    h = re.sub(r"-\s*\n\s*", "", h)
    h = re.sub(r"(?<=\w)-(?=\w)", "", h)
    h = re.sub(r"[/()\[\],:;\-–—.\"'“”«»*]", " ", h)
    return re.sub(r"\s+", " ", h).strip()


def _word(w: str) -> str:
    stem = w[:-1] if len(w) >= 5 else w
    return re.escape(stem) + r"\w*"


@cache
def _patterns() -> list[tuple[int, int, str, re.Pattern[str]]]:
    out: list[tuple[int, int, str, re.Pattern[str]]] = []
    for order, f in enumerate(VOCABULARY):
        for wording in f.headers:
            n = normalize(wording)
            if len(n.replace(" ", "")) <= 3:
                rx = re.compile(rf"^{re.escape(n)}$")
            else:
                rx = re.compile(r"(?<!\w)" + r" ".join(_word(w) for w in n.split()) + r"(?!\w)")
            out.append((len(n), -order, f.role, rx))
    return out


_EXPLAINED = re.compile(r"\([^()]{25,}\)|/[^/]{25,}/")
"""A long explanation in brackets ("(тоон болон чанарын шалгуур үзүүлэлтээр …)"): the words
before it name the column, not the words it explains the column with."""


def role(header: str) -> str | None:
    """The role of one header cell, or None when it names no known column."""
    if _EXPLAINED.search(header) and (named := role(_EXPLAINED.sub(" ", header))):
        return named
    h = normalize(header)
    if not h:
        return None
    found = [(size, order, name) for size, order, name, rx in _patterns() if rx.search(h)]
    if not found:
        return None
    best = max(found)[2]
    # "Стратегийн зорилт, арга хэмжээ": a column of measures named with their goal
    return "text" if best == "objective" and any(n == "text" for *_, n in found) else best


def roles(headers: list[str]) -> list[str | None]:
    """Roles of a header row; a role found twice keeps its first column, later ones are None."""
    seen: set[str] = set()
    out: list[str | None] = []
    found = [role(h) for h in headers]
    for r in found:
        if r == "result" and r in seen and "percent" not in found and "percent" not in seen:
            r = "percent"  # "Хүрсэн түвшин" then "Хэрэгжилт": the second holds the grade
        out.append(None if r in seen else r)
        if r:
            seen.add(r)
    return out


def is_header(headers: list[str]) -> bool:
    """A row is a table header when it names the measure column and at least one other, and
    every cell is short, as headers are (a measure's text that mentions "хугацаа" is not);
    a header naming three columns or more may explain one at length ("Хүрсэн түвшин, үр дүн
    (тоон болон чанарын шалгуур үзүүлэлтээр …)") when no cell starts like a row."""
    cells = [h for h in headers if h.strip()]
    found = [r for r in roles(headers) if r]
    if "text" not in found or len(found) < 2:
        return False
    if all(len(c) <= 80 for c in cells):
        return True
    numbered = any(re.match(r"\s*\d", c) for c in cells)
    return len(found) >= 3 and not numbered and all(len(c) <= 250 for c in cells)


def vocabulary_markdown() -> str:
    """The vocabulary as a Markdown table, for the clerks' guide (kept equal by a test)."""
    lines = ["| Field | Role | Header wordings |", "|---|---|---|"]
    for f in VOCABULARY:
        wordings = ", ".join(f'"{h}"' for h in f.headers)
        lines.append(f"| `{f.field}` | {f.note} | {wordings} |")
    return "\n".join(lines)
