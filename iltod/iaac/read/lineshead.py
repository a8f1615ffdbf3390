"""The header of a table copied as text, one cell per line (:mod:`lines`): which run of lines
is the header, which of its lines stand over several columns (a two-row header's group
words), the roles of labels of no known column, and the header repeated on a new page.
"""

from __future__ import annotations

import re

from iltod.iaac import cells
from iltod.iaac import columns as headers
from iltod.iaac.read import content
from iltod.iaac.read.builder import Builder
from iltod.iaac.rows import Cell


def header(lines: list[Cell]) -> tuple[int | None, int]:
    """The first run of at least two lines naming columns, one of them the measure's; a run
    may hold short labels of no known column between the lines that name one ("№",
    "Зөвлөмж", "Авах арга хэмжээ" …). When no run names the measure, the first run naming
    two columns besides the number, with a label among them (the measure's, by
    :func:`unnamed_roles`)."""
    i, fallback = 0, None
    while i < len(lines):
        j = _trailing(lines, i, _titled(lines, i, _run(lines, i)))
        found = headers.roles([c.text for c in lines[i:j]])
        if j - i >= 2 and ("text" in found or "objective" in found):
            return i, j
        known = [r for r in found if r and r != "serial"]
        if fallback is None and len(known) >= 2 and None in found:
            fallback = (i, j)
        i = j + 1 if j > i else i + 1
    return fallback or _over_numbered_rows(lines)


def _over_numbered_rows(lines: list[Cell]) -> tuple[int | None, int]:
    """The header of a list of numbered tasks: the short lines right above the first row
    numbered "1" whose next line is a long text, at least two, one naming a known column
    ("Товч агуулга", "Хугацаа", "Хяналт тавих …"; :func:`unnamed_roles` finds the measure)."""
    for k in range(1, len(lines) - 1):
        if cells.serial(lines[k].text) != 1 or len(lines[k + 1].text) < 40:
            continue
        i = k
        while i > 0 and _short(lines[i - 1].text):
            i -= 1
        if k - i >= 2 and any(headers.role(c.text) for c in lines[i:k]):
            return i, k
    return None, 0


def _short(text: str) -> bool:
    """A line that may be a header label: short, no digit, no sentence, no title in capitals."""
    return (
        len(text) <= 80
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith(".")
        and not _capital(text)
    )


def mapped_header(lines: list[Cell], named: frozenset[str]) -> tuple[int | None, int]:
    """The header run around the line the clerk's map names as the measure column's."""
    k = next((i for i, c in enumerate(lines) if headers.normalize(c.text) in named), None)
    if k is None:
        return None, 0
    i = k
    while i > 0 and names_a_column(lines[i - 1].text):
        i -= 1
    j = k + 1
    while j < len(lines) and (names_a_column(lines[j].text) or _label(lines[j].text)):
        j += 1
    return i, j


def _trailing(lines: list[Cell], i: int, j: int) -> int:
    """The header run ``i:j`` with one more line when it is a short label of no known column
    ("Дүгнэлт", "Тэмдэглэл") and the body plainly starts after it: a heading, a numbered row
    or a title in capitals."""
    if j - i < 2 or j + 1 >= len(lines) or not _label(lines[j].text) or _capital(lines[j].text):
        return j
    nxt = lines[j + 1].text
    numbered = cells.measure_number(nxt)[1] is not None or cells.serial(nxt) is not None
    return j + 1 if _capital(nxt) or numbered or cells.heading(nxt, digits=True) else j


def _capital(text: str) -> bool:
    """A title in capitals ("ИЛ ТОД БАЙДЛЫГ ХАНГАХ"): a section, not a header label."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and all(ch.isupper() for ch in letters)


def _titled(lines: list[Cell], i: int, j: int) -> int:
    """The end of the header run ``i:j`` without its last line when that line names a column
    named before it and the line after it opens a row ("1.1", "1"): the title of the first
    section ("Хуулиар олгосон … зорилт, арга хэмжээний хэрэгжилт"), not a second measure
    column."""
    if j - i < 3 or j >= len(lines):
        return j
    last = headers.role(lines[j - 1].text)
    before = {headers.role(c.text) for c in lines[i : j - 1]}
    nxt = lines[j].text
    opens = cells.measure_number(nxt)[1] is not None or cells.serial(nxt) is not None
    return j - 1 if last in before and opens else j


def _run(lines: list[Cell], i: int) -> int:
    """The end of the header run starting at line ``i`` (``i`` itself when it names no
    column): lines naming columns, with up to two labels between two of them."""
    j = i
    while j < len(lines) and names_a_column(lines[j].text):
        j += 1
    while i < j < len(lines):
        u = j
        while u < len(lines) and u - j < 2 and _label(lines[u].text):
            u += 1
        if u == j or u >= len(lines) or not names_a_column(lines[u].text):
            break
        j = u
        while j < len(lines) and names_a_column(lines[j].text):
            j += 1
    return j


def _label(text: str) -> bool:
    """A short header label of no known column ("Зөвлөмж", "Аудитын зөвлөмж")."""
    return (
        len(text) <= 40
        and len(text.split()) <= 4
        and not any(ch.isdigit() for ch in text)
        and not text.rstrip().endswith(".")
        and headers.role(text) is None
        and cells.heading(text) is None
    )


_GROUPS = {"төлөвлөгөө", "гүйцэтгэл", "хэрэгжилт", "биелэлт", "хэрэгжилтийн байдал"}
"""Words a two-row header writes over several columns ("Төлөвлөгөө" over "Хугацаа",
"Хариуцах"; "Гүйцэтгэл" over "Хийгдсэн ажил", "Хувь")."""


def ungrouped(b: Builder, head: list[Cell]) -> list[Cell]:
    """The header without the lines of its first row that stand over several columns: copied
    as text, a two-row header gives each group's word a line of its own. A group's word is
    such a line when two lines naming columns follow it and it names no column, or one that
    a later line names again ("Гүйцэтгэл" before "Хийгдсэн ажил")."""
    roles = headers.roles([c.text for c in head])
    found = [headers.role(c.text) for c in head]
    out: list[Cell] = []
    for k, c in enumerate(head):
        group = headers.normalize(c.text) in _GROUPS
        named_after = [r for r in found[k + 1 :] if r]
        again = found[k] is not None and found[k] in found[k + 1 :]
        if group and len(named_after) >= 2 and (roles[k] is None or again):
            b.warn(
                c,
                "W130",
                guess=f"'{c.text}' stands over the columns after it (a two-row header)",
                guess_mn=f"'{c.text}' нь дараагийн багануудын дээрх нэгтгэсэн толгой",
            )
            continue
        out.append(c)
    return out


def unnamed_roles(b: Builder, lines: list[Cell], roles: list[str | None]) -> None:
    """Roles for the header's labels of no known column (in place, each reported W135):
    without a measure column the first label is the measure; a label before the measure
    column is the objective standing over the measures (a copy cannot show which cells
    were merged; its line is there only on the first row of each objective)."""
    if "text" not in roles and "objective" in roles:  # "Гүйцэтгэлийн зорилт": the measures
        _set(b, lines, roles, roles.index("objective"), "text", "objective", "the first text")
    elif "text" not in roles and None in roles:
        _set(b, lines, roles, roles.index(None), "text", "", "the first text")
    if "text" in roles and "objective" not in roles and None in roles[: roles.index("text")]:
        k = roles.index(None)
        _set(b, lines, roles, k, "objective", "", "a text over several measures")


def _set(
    b: Builder, lines: list[Cell], roles: list[str | None], k: int, role: str, was: str, got: str
) -> None:
    roles[k] = role
    ch = content.Change(k + 1, lines[k].text, role, was, got)
    b.warn(lines[k], "W135", **content.warning_args(ch))


def repeats(b: Builder, body: list[Cell], labels: list[str]) -> list[Cell]:
    """The body without the header repeated on a new page (W124) and the column-number row
    ("1 2 3 …", W123) right under the header or under a repeated one."""
    width = len(labels)
    numbers = [str(i) for i in range(1, width + 1)]
    out: list[Cell] = []
    k, under = 0, True  # right under a header
    while k < len(body):
        run = [c.text for c in body[k : k + width]]
        if run == labels:
            b.warn(body[k], "W124")
        elif run == numbers and width >= 3 and under:
            b.warn(body[k], "W123", got=" ".join(run))
        else:
            out.append(body[k])
            k, under = k + 1, False
            continue
        k, under = k + width, True
    return out


def names_a_column(text: str) -> bool:
    """A header line: short, naming a column, and neither a section heading, a measure nor a
    title ("… 2021 ОНЫ БИЕЛЭЛТ" names the percent's word, but with a year)."""
    long = len(text) > 80 and (len(text) > 200 or text.rstrip().endswith("."))
    return (
        not long  # a header may explain its column at length, but is not a sentence
        and not re.search(r"\b(?:19|20)\d\d\b|^\s*\d", text)
        and headers.role(text) is not None
        and cells.heading(text) is None
        and cells.measure_number(text)[1] is None
    )
