"""Read a table whose cells stand one per line: a web page or Word table copied as plain text.

Best effort, and every guess is reported. The header is the first run of lines that name
columns (with "Арга хэмжээ" among them); a measure starts at a line numbered like "1.1" and
owns the lines up to the next one; an objective is a heading line ("НЭГ. …", "I. …",
"Зорилт 1"). Blank lines are not cells (copies put them anywhere). When a measure has as many
lines as the header has columns after the measure's, they are read in the header's order;
otherwise a last line that is a percent or a grade word is the percent, a line that looks
like a date or a year is the timeframe, and extra lines are joined to the result (W130 says
which).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from iltod.iaac import cells
from iltod.iaac import columns as headers
from iltod.iaac.read import across, content, lineshead, mapping, trailer
from iltod.iaac.read.builder import Builder, ImportResult, Meta, take_meta
from iltod.iaac.rows import Cell, Row
from iltod.progress import read_timeframe

_OPEN, _CLOSE = "“\"«„'", "”\"»“'"
_TIMEFRAME = re.compile(r"^\s*(20\d\d|жил бүр|улирал|\d{1,2}\s*(?:дугаар|дүгээр|-р)\s*сар)", re.I)


def read(
    b: Builder, text: str, meta: Meta, progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Import text with one cell per line (after the tab-separated reading found no cells)."""
    lines = [Cell(t.strip(), n, 1) for n, t in enumerate(text.split("\n"), 1) if t.strip()]
    start, end = lineshead.header(lines)
    if start is None:
        start, end = lineshead.mapped_header(lines, mapping.named(meta.columns))
    if start is None:
        b.warn(lines[0] if lines else Cell("", 1, 1), "E102")
        return b.finish(meta)
    take_meta(b, lines[:start], meta)
    if meta.source is None:
        meta.source = f"Текстээс импортолсон ({b.file})"
    full = lines[start:end]
    head = lineshead.ungrouped(b, full)
    roles = headers.roles([c.text for c in head])
    lineshead.unnamed_roles(b, head, roles)
    if meta.columns:
        b.diagnostics.extend(mapping.apply(meta.columns, [c.text for c in head], roles))
    b.warn(
        lines[start],
        "W130",
        guess=f"header of {len(head)} columns read from lines {lines[start].line}–"
        f"{lines[end - 1].line}",
        guess_mn=f"{lines[start].line}–{lines[end - 1].line}-р мөрөөс {len(head)} баганатай "
        "толгой уншив",
    )
    body = lineshead.repeats(b, lines[end:], [c.text for c in full])
    if _unnamed_serial(roles, body):  # the number column's empty header cell copies as nothing
        head, roles = [Cell("", lines[start].line, 1), *head], ["serial", *roles]
    _Rows(b, roles, [c.text for c in head], progress).run(body)
    return b.finish(meta)


def _unnamed_serial(roles: list[str | None], body: list[Cell]) -> bool:
    """Rows numbered 1, 2, … under a header without a number column, the first number
    alone on its line before a long text: the number column's header cell was empty."""
    if "serial" in roles or len(body) < 2 or cells.serial(body[0].text) != 1:
        return False
    return cells.measure_number(body[0].text)[1] is None and len(body[1].text) >= 40


_FLAT_GOAL = re.compile(r"^(\d{1,2})\s+\d{1,2}\.\d{1,2}\.?\s+(\S.*)$")


def _flat_goal(text: str) -> tuple[int, str] | None:
    """A goal row copied flat, its row number and its own number run into its text
    ("1 1.1 Төсвийн …"): objective 1, whose measures are numbered 1.1.1 …"""
    m = _FLAT_GOAL.match(text)
    return (int(m[1]), m[2].strip()) if m else None


class _Rows:
    """Cut the body into measures and read each one's lines into the header's columns."""

    def __init__(
        self,
        b: Builder,
        roles: list[str | None],
        labels: list[str],
        progress: Callable[[int], None] | None,
    ) -> None:
        self.b, self.progress = b, progress
        i = roles.index("text")
        self.before = roles[:i]
        self.after = [(r or labels[i + 1 + k], r) for k, r in enumerate(roles[i + 1 :])]
        self.refined = False
        self.headers = labels[i + 1 :]
        self.closing = trailer.Trailer(b)
        self.titled = ""  # the objective column's text over the measures being read

    def run(self, body: list[Cell]) -> None:
        segments: list[tuple[Cell, list[Cell]]] = []
        pending: list[Cell] = []  # a row number standing before the first measure
        bare: Cell | None = None  # a measure number alone on its line: the text comes next
        seen = within = 0  # measures started, in the plan and under the current objective
        titled: Cell | None = None  # a section's title line, after its mark ("II")
        for k, c in enumerate(body):
            after = body[k + 1].text if k + 1 < len(body) else ""
            if titled is c:
                continue
            if bare is None and (marked := self._marked(body[k:], segments)):
                self._flush(segments)
                self.b.objective(marked, body[k + 1].text, body[k + 1])
                titled, within = body[k + 1], 0
                continue
            h = cells.heading(c.text) or _flat_goal(c.text)
            number, rest = cells.measure_number(c.text)[1], cells.measure_number(c.text)[2]
            opens = bool(h or number) or (_row_number(c.text) and _is_text(after))
            if bare is None and self.closing.skip([c], opens, under=bool(segments)):
                continue
            if bare is None and number and not rest and self._value(number, segments):
                segments[-1][1].append(c)  # "1.5" in the budget column, not measure 1.5
                continue
            if bare is None and number and self._goal_line(number, segments):
                first, _ = segments.pop()  # "1" over "1.1 …": objective 1, not a measure
                seen, within = seen - 1, 0
                self._flush(segments)
                self.b.objective(int(number.split(".")[0]), first.text, first)
            if bare is not None and self._objective_cell(c, after):
                if c.text != self.titled:  # the objective column: a new objective
                    self._flush(segments)
                    held = len([o for o in self.b.objectives if o.measures])
                    n, title = cells.heading(c.text, digits=True) or (held + 1, c.text)
                    self.b.objective(n, title, c)
                    self.titled, within = c.text, 0
                continue
            if bare is not None:
                segments.append((Cell(f"{bare.text} {c.text}", c.line, c.col), pending))
                bare, pending = None, []
            elif (
                (h and not number)
                or self._section(number, after, c.text)
                or self._capital(c.text, after, segments)
                or (
                    not (k and _row_number(body[k - 1].text))  # "2" / title: a goal line
                    and self._opens_section(c.text, after, segments)
                )
                or _digit_goal(c.text, after)
            ):
                self._flush(segments)
                held = len([o for o in self.b.objectives if o.measures])
                n, title = h if h and not number else across.objective(c.text, held) or (0, "")
                self.b.objective(n, title, c)
                within = 0
            elif number and not rest and _is_text(after):
                bare = c  # "1.1" in the number column, the measure's text on the next line
                seen, within = seen + 1, within + 1
            elif number:
                segments.append((c, pending))
                pending = []
                seen, within = seen + 1, within + 1
            elif self._one_level(c.text, seen, within, segments):
                segments.append((c, pending))  # "2. Text": the builder numbers it 1.2 (W129)
                pending = []
                seen, within = seen + 1, within + 1
            elif self._starts(c, after, seen, within, segments) or _goal_number(c, body[k:]):
                pending = [c]  # a row number alone: the next line is an unnumbered measure
            elif pending and (not segments or pending[0].line > segments[-1][0].line):
                segments.append((c, pending))
                pending = []
                seen, within = seen + 1, within + 1
            elif segments:
                segments[-1][1].append(c)
            elif cells.serial(c.text) is not None and "serial" in self.before:
                pending = [Cell(c.text, c.line, c.col)]
            else:
                self.b.stray(c)
        self._flush(segments)

    def _objective_cell(self, c: Cell, after: str) -> bool:
        """After a measure's number alone on its line, where the objective column stands
        between the number and the measure: its heading ("1. Ил тод байдал") or the text it
        repeats, with the measure's text on the next line."""
        if "objective" not in self.before or not _is_text(after):
            return False
        if "serial" in self.before and self.before.index("serial") > self.before.index("objective"):
            return False
        return c.text == self.titled or cells.heading(c.text, digits=True) is not None

    def _value(self, number: str, segments: list[tuple[Cell, list[Cell]]]) -> bool:
        """A decimal alone on its line where the measure being read is due a number (its
        budget, percent or level column comes next) and that does not follow its number
        ("1.5" after measure 1.1 fills its budget; 1.2 or 2.1 would open the next row)."""
        if not segments:
            return False
        first, rest = segments[-1]
        own = [c for c in rest if c.line > first.line]
        if len(own) >= len(self.after) or self.after[len(own)][1] not in _NUMERIC:
            return False
        last = cells.measure_number(first.text)[1]
        return last is not None and number not in _successors(last)

    def _section(self, number: str | None, after: str, text: str = "") -> bool:
        """A numbered or quoted line ("5.1.Сургуулийн өмнөх боловсрол", "“Ил тод байдал”")
        followed by a row number or letter that opens a row ("а.", "1"): a section of the
        plan, not a measure."""
        quoted = len(text) > 2 and text[0] in _OPEN and text[-1] in _CLOSE
        titled = quoted or cells.heading(text, digits=True) is not None  # "2. Үйлчилгээ"
        opens = cells.label(after) or cells.serial(after) == 1 or (titled and _row_number(after))
        return bool(number or titled) and "serial" in self.before and bool(opens)

    def _capital(self, text: str, after: str, segments: list[tuple[Cell, list[Cell]]]) -> bool:
        """A title in capitals between rows ("ИЛ ТОД БАЙДЛЫГ ХАНГАХ"), after a measure whose
        lines fill its columns and before a numbered row: a section (an unmerged row)."""
        letters = [ch for ch in text if ch.isalpha()]
        capital = len(letters) >= 8 and all(ch.isupper() for ch in letters) and " " in text
        done = not segments or len(segments[-1][1]) >= len(self.after)
        opens = _row_number(after) or cells.measure_number(after)[1] is not None
        return capital and done and opens and not cells.measure_number(text)[1]

    def _opens_section(
        self, text: str, after: str, segments: list[tuple[Cell, list[Cell]]]
    ) -> bool:
        """A line of words without a number, after a measure whose lines fill its columns
        (or first under the header) and before the first measure of an objective ("2.1"):
        an unmerged section title, in capitals or not ("Төрийн үйлчилгээ")."""
        first = cells.measure_number(after)[1] or ""
        done = not segments or len(segments[-1][1]) >= len(self.after)
        plain = not cells.measure_number(text)[1] and not cells.one_level(text)
        return done and plain and _is_text(text) and first.endswith(".1") and first != "0.1"

    def _marked(self, ahead: list[Cell], segments: list[tuple[Cell, list[Cell]]]) -> int | None:
        """A section's mark ("II", "Б.", "ХОЁР") standing before its title and a numbered
        row, after a measure whose lines fill its columns: the section's number."""
        n = across.mark(ahead[0].text)
        if n is None or len(ahead) < 3 or "serial" not in self.before:
            return None
        done = not segments or len(segments[-1][1]) >= len(self.after)
        title, nxt = ahead[1].text, ahead[2].text
        opens = _row_number(nxt) or cells.measure_number(nxt)[1] is not None
        return n if done and _is_text(title) and opens else None

    @staticmethod
    def _goal_line(number: str, segments: list[tuple[Cell, list[Cell]]]) -> bool:
        """The row before measure k.1 holds only its row number k and a title: a goal line
        (the objective of the measures numbered k.1, k.2 …), not a measure of its own."""
        if not segments or not number.endswith(".1") or number.count(".") != 1:
            return False
        first, rest = segments[-1]
        own = [x for x in rest if x.line > first.line]
        numbered = [x for x in rest if x.line < first.line]
        k = int(number.split(".")[0])
        return not own and len(numbered) == 1 and cells.serial(numbered[0].text) == k

    def _one_level(
        self, text: str, seen: int, within: int, segments: list[tuple[Cell, list[Cell]]]
    ) -> bool:
        """A measure numbered with one level in its own text ("2. Text") where the next row
        is due: the first, or after a measure whose lines fill its columns."""
        one = cells.one_level(text)
        done = not segments or len(segments[-1][1]) >= len(self.after) - 1
        return one is not None and one[0] in (seen + 1, within + 1) and done

    def _starts(
        self, c: Cell, after: str, seen: int, within: int, segments: list[tuple[Cell, list[Cell]]]
    ) -> bool:
        """A row number standing alone ("2", "б.") before a measure without a number of its
        own: the next row's number, followed by the measure's text."""
        n = cells.serial(c.text)
        done = not segments or len(segments[-1][1]) >= len(self.after) - 1
        return (
            "serial" in self.before
            and (n in (seen + 1, within + 1) or cells.label(c.text))
            and done
            and _is_text(after)
            and not cells.measure_number(after)[1]
        )

    def _refine(self, segments: list[tuple[Cell, list[Cell]]]) -> None:
        """Column roles by content (:mod:`content`), from the measures whose lines fill the
        columns exactly; once, at the first measures."""
        self.refined = True
        owns = [(first, [c for c in rest if c.line > first.line]) for first, rest in segments]
        rows = [  # a row's own lines, not the row number standing before it
            [first.text, *(c.text for c in own)]
            for first, own in owns
            if len(own) == len(self.after)
        ]
        if not rows:
            return
        labels = ["", *self.headers]
        roles: list[str | None] = ["text", *(r for _, r in self.after)]
        for ch in content.refine(labels, roles, rows, self.b.grades):
            self.b.warn(Cell(ch.header, 1, 1), "W135", **content.warning_args(ch))
        self.after = [(r or label, r) for label, r in zip(labels[1:], roles[1:], strict=True)]

    def _flush(self, segments: list[tuple[Cell, list[Cell]]]) -> None:
        if segments and not self.refined:
            self._refine(segments)
        carry: Cell | None = None  # a row number ending one measure's lines: the next one's
        for k, (first, rest) in enumerate(segments):
            objective = self._objective(k, segments)
            if objective is not None:
                first = rest.pop(next(i for i, c in enumerate(rest) if c.line > first.line))
            row = Row(first.line, first.col, {"text": first})
            if objective is not None:
                row.cells["objective"] = objective
            if carry is not None:
                row.cells["serial"], carry = carry, None
            elif rest and _row_number(rest[0].text) and rest[0].line < first.line:
                row.cells["serial"] = rest.pop(0)
            last = k + 1 == len(segments)
            due = (k + 2, self.b.position + 2)  # the next row's number, in its section or plan
            if not last and rest and "serial" in self.before and cells.serial(rest[-1].text) in due:
                nxt, nxt_rest = segments[k + 1]
                own = nxt_rest and nxt_rest[0].line < nxt.line  # it has its row number
                if not own and rest[-1].line == nxt.line - 1:
                    carry = rest.pop()
            self._fill(row, rest)
            self.b.measure(row)
            if self.progress:
                self.progress(self.b.position)
        segments.clear()

    def _objective(self, k: int, segments: list[tuple[Cell, list[Cell]]]) -> Cell | None:
        """The first line of measure ``k`` when it is an objective cell standing over several
        measures (one line more than the columns after the measure's), else None."""
        first, rest = segments[k]
        own = [c for c in rest if c.line > first.line]
        if k + 1 < len(segments):
            after, after_rest = segments[k + 1]
            numbered = after_rest and after_rest[0].line < after.line
            if own and not numbered and _row_number(own[-1].text):
                own = own[:-1]  # the next row's number
        plain = cells.measure_number(first.text)[1] is None
        if "objective" in self.before and plain and len(own) == len(self.after) + 1:
            return first
        return None

    def _fill(self, row: Row, lines: list[Cell]) -> None:
        roles = [r for _, r in self.after]
        if len(lines) == len(roles):
            self._put(row, list(zip(self.after, lines, strict=True)))
            return
        guesses: list[tuple[str, str]] = []
        rest = list(lines)
        chosen: dict[int, Cell] = {}
        if "percent" in roles and rest and _is_percent(self.b, rest[-1].text):
            chosen[roles.index("percent")] = rest.pop()
            guesses.append(("the last line is the percent", "сүүлийн мөр нь хувь"))
        for role, test in (("timeframe", _is_timeframe), ("budget", _is_budget)):
            found = next((c for c in rest if test(c.text)), None) if role in roles else None
            if role == "timeframe" and found is not None:  # a date or year before words
                found = next((c for c in rest if _dated(c.text)), found)
            if found is not None:
                chosen[roles.index(role)] = found
                rest.remove(found)
                guesses.append((f"'{_short(found.text)}' is the {role}", f"'{_short(found.text)}'"))
        typed = {"percent", "timeframe", "budget"}
        open_typed = [
            i for i, r in enumerate(roles) if i not in chosen and r in typed - {"percent"}
        ]
        bare = next((c for c in rest if not any(ch.isalpha() for ch in c.text)), None)
        if open_typed and bare is not None:  # "14": a number is no name or narrative
            chosen[open_typed[0]] = bare
            rest.remove(bare)
            guesses.append(
                (f"'{_short(bare.text)}' is the {roles[open_typed[0]]}", f"'{bare.text}'")
            )
        free = [i for i, r in enumerate(roles) if i not in chosen and r not in typed]
        if lead := _leading(rest, free, chosen, roles):
            _join_text(row, lead)
            rest = [c for c in rest if c not in lead]
            guesses.append((f"{len(lead)} lines joined to the measure's text", "текстэд нэгтгэв"))
        if 0 < len(rest) < len(free) and "result" in roles and roles.index("result") in free:
            chosen[roles.index("result")] = rest.pop()
            free.remove(roles.index("result"))
            guesses.append(("the last text line is the result", "сүүлийн текст нь үр дүн"))
        elif len(rest) > len(free) and "result" in roles and roles.index("result") in free:
            r = roles.index("result")
            head = free.index(r)
            tail = len(rest) - len([i for i in free if i > r])
            joined = rest[head:tail]
            rest[head:tail] = [Cell("\n".join(c.text for c in joined), joined[0].line, 1)]
            guesses.append((f"{len(joined)} lines joined into the result", "үр дүнг нэгтгэв"))
        for i, c in zip(free, rest, strict=False):
            chosen[i] = c
        left = rest[len(free) :]
        if left and "result" not in roles and "percent" in roles:
            # "Журам баталсан." above "100%" in one percent cell: the cell is the result, as
            # the grid readers take a percent column of narrative (:mod:`content`)
            last = [chosen[roles.index("percent")]] if roles.index("percent") in chosen else []
            text = "\n".join(c.text for c in left + last)
            row.cells["result"], left = Cell(text, left[0].line, left[0].col), []
            guesses.append(
                ("the text beside the percent is the result", "хувийн хажуугийн текст нь үр дүн")
            )
        for c in left:
            row.extras.append(("?", c))
        self._put(row, [(self.after[i], chosen[i]) for i in sorted(chosen)])
        n = cells.measure_number(row.text("text"))[1] or "?"
        self.b.warn(
            row.at("text"),
            "W130",
            guess=f"measure {n} has {len(lines)} lines for {len(roles)} columns: "
            + "; ".join(g[0] for g in guesses or [("read in order", "")]),
            guess_mn=f"{n} арга хэмжээнд {len(roles)} баганад {len(lines)} мөр байна: "
            + "; ".join(g[1] for g in guesses or [("", "дарааллаар нь уншив")]),
        )

    @staticmethod
    def _put(row: Row, pairs: list[tuple[tuple[str, str | None], Cell]]) -> None:
        for (label, role), c in pairs:
            if role == "result" and role in row.cells:  # several result columns: joined
                first = row.cells[role]
                row.cells[role] = Cell(f"{first.text}\n{c.text}", first.line, first.col)
            elif role and role not in row.cells:
                row.cells[role] = c
            else:
                row.extras.append((label, c))


_NUMERIC = ("budget", "percent", "baseline", "target_level", None)
"""Columns whose cells can be a bare decimal ("1.5" million, "70.0" percent, a level "2.5")."""


def _successors(number: str) -> set[str]:
    """The numbers that can follow measure ``number``: the next at any level, the first one
    level down ("1.1" → 1.2, 2.1, 1.1.1; "1.2.3" → 1.2.4, 1.3.1, 2.1.1, 1.2.3.1)."""
    parts = [int(p) for p in number.split(".")]
    out = {".".join(map(str, [*parts, 1]))}
    for i in range(len(parts)):
        out.add(".".join(map(str, [*parts[:i], parts[i] + 1] + [1] * (len(parts) - i - 1))))
    return out


def _join_text(row: Row, lead: list[Cell]) -> None:
    first = row.cells["text"]
    joined = "\n".join([first.text, *(c.text for c in lead)])
    row.cells["text"] = Cell(joined, first.line, first.col)


def _leading(
    rest: list[Cell], free: list[int], chosen: dict[int, Cell], roles: list[str | None]
) -> list[Cell]:
    """Lines before the first column recognised by its content (a timeframe, a budget) that
    are more than the columns standing before it: the measure's text going on over several
    lines ("Сургалт зохион байгуулах" / "Зохион байгуулна." / "2021 он" / …)."""
    anchors = [i for i in chosen if roles[i] != "percent"]
    if not anchors:
        return []
    first = min(anchors)
    lead = [c for c in rest if c.line < chosen[first].line]
    room = len([i for i in free if i < first])
    return lead[: len(lead) - room] if len(lead) > room else []


def _digit_goal(text: str, after: str) -> bool:
    """A line "k. Title" followed by the measure k.1 or k.1.1: objective k ("1. ЗОРИЛТ",
    "1.1 …")."""
    h = cells.heading(text, digits=True)
    following = cells.measure_number(after)[1] or ""
    first = following in (f"{h[0]}.1", f"{h[0]}.1.1") if h else False  # 1.1 or 1.1.1
    return h is not None and not cells.measure_number(text)[1] and first


def _goal_number(c: Cell, ahead: list[Cell]) -> bool:
    """A row number k standing before a title and the measure k.1: a goal line's number."""
    k = cells.serial(c.text)
    if k is None or len(ahead) < 3 or not _is_text(ahead[1].text):
        return False
    return cells.measure_number(ahead[2].text)[1] == f"{k}.1"


def _row_number(text: str) -> bool:
    """A Д/д line: a number ("2", "2.") or a letter ("а.")."""
    return cells.serial(text) is not None or cells.label(text)


def _is_text(text: str) -> bool:
    """A line of words (a measure's text), not a number, percent, date or heading."""
    return (
        len(text) > 3
        and cells.serial(text) is None
        and cells.percent(text)[0] != "ok"
        and cells.heading(text) is None
        and not _is_timeframe(text)
        and any(ch.isalpha() for ch in text)
    )


def _dated(text: str) -> bool:
    return bool(_TIMEFRAME.match(text)) and len(text) <= 60


def _is_timeframe(text: str) -> bool:
    """A date, a year, a month, or a short timeframe the site can read ("Жилийн турш",
    "Улирал бүр", "5 сар", "12/31/2021")."""
    timing = read_timeframe(text).timing
    return _dated(text) or (len(text) <= 40 and timing not in ("unknown", "year", "years"))


def _is_budget(text: str) -> bool:
    value = cells.budget(text)
    return value == "-" or (isinstance(value, dict) and "spent" in value)


def _short(text: str) -> str:
    return text if len(text) <= 30 else text[:29] + "…"


def _is_percent(b: Builder, text: str) -> bool:
    """A percent, a grade word or "not yet due" ("Хугацаа болоогүй", "ХБ")."""
    ok = cells.percent(text)[0] == "ok" or b.grades.whole(text) is not None
    return ok or cells.NOT_DUE.match(text) is not None
