"""SYNTHETIC layout variants of the import corpus's development rows (issue 23, third session).

The rows of the development documents (01–54: ``make``, ``unseen``, ``fresh``, ``fresh2``;
never the held-out sets) are re-rendered in systematic variants of layout a clerk's own file
could have — columns reordered or missing, other header words, headers over two rows, lines
above and below the table, section rows merged or not, in capitals or not, objectives as a
column, clause numbers written in other ways, percents as words, budgets and timeframes in
the forms clerks write them, cells with line breaks — in all five formats (web page, Word,
Excel, text copied one cell per line, tab-separated text).

Every variant states its own expected rows (the generator wrote them), so a row is right when
the imported measure has the expected objective, number, text, percent and — where the variant
has such a column — result, budget and timeframe. ``python -m bench.import_variants`` prints
rows right / present per variant class and per format, for the two halves drawn with
:data:`SEED` (development and set-aside).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from iltod.iaac.grades import Grades
from iltod.iaac.read import ImportResult, Meta, import_bytes
from iltod.model import Budget, Measure
from tests.fixtures.import_corpus import fresh, fresh2, make, unseen
from tests.fixtures.import_corpus.make import Cellish, Doc, Span

SEED = 2326
"""The draw of the set-aside half (recorded before the importer was changed)."""

FORMATS = ("html", "docx", "xlsx", "lines", "tsv")
YEAR = 2021
AGENCY = "variant-agency"
ROWS_PER_DOC = 5
SOURCES_PER_CLASS = 6


@dataclass(frozen=True)
class Row:
    text: str
    percent: int | None
    result: str


@dataclass(frozen=True)
class Source:
    """The rows of one development document: objective titles and their measures."""

    name: str
    objectives: tuple[tuple[str, tuple[Row, ...]], ...]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def sources() -> list[Source]:
    """Development documents 01–54 with at least two measures (held-out sets never read)."""
    out = []
    for doc in make.docs() + unseen.docs() + fresh.docs() + fresh2.docs():
        objectives = []
        left = ROWS_PER_DOC
        for o in doc.plan["objectives"]:
            rows = []
            for m in o["measures"][:left]:
                p = m.get("percent")
                pct = int(p) if isinstance(p, int | float) and p == int(p) else None
                result = _one_line(m.get("result") or "") or "Ажил хийгдсэн (SYNTHETIC)."
                rows.append(Row(_one_line(m["text"]), pct, result))
            left -= len(rows)
            if rows:
                objectives.append((_one_line(o["title"]) or "Зорилт (SYNTHETIC)", tuple(rows)))
        if sum(len(r) for _, r in objectives) >= 2:
            out.append(Source(doc.name, tuple(objectives)))
    return out


@dataclass(frozen=True)
class Layout:
    """The knobs of one variant; :data:`BASE` is the reference layout."""

    columns: tuple[str, ...] = ("number", "text", "timeframe", "result", "percent")
    headers: dict[str, str] = field(
        default_factory=lambda: {
            "number": "№",
            "objective": "Зорилт",
            "text": "Арга хэмжээ",
            "timeframe": "Хэрэгжих хугацаа",
            "result": "Хүрсэн түвшин, үр дүн",
            "percent": "Хэрэгжилтийн хувь",
            "budget": "Зарцуулсан хөрөнгө (сая төгрөг)",
            "responsible": "Хариуцах эзэн",
        }
    )
    two_row_header: bool = False
    preface: tuple[str, ...] = ("ТУРШИЛТЫН ГАЗРЫН 2021 ОНЫ ТӨЛӨВЛӨГӨӨНИЙ БИЕЛЭЛТ (SYNTHETIC)",)
    trailer: tuple[str, ...] = ()
    section: str = "merged"  # merged | unmerged | column
    section_form: Callable[[int, str], str] = lambda n, t: f"{n}. {t}"
    numbers: str = "clause"  # clause "1.1" | in-text | sequential "1" | comma "1," | paren "1)"
    percent: Callable[[int], str] = lambda p: f"{p}%"
    budget: tuple[str, float | str | None] = ("1.5", 1.5)
    timeframe: tuple[str, str] = ("2021 он", "2021 он")
    result_breaks: bool = False
    grade_in_result: str = ""  # "" | "opening" (a grade word opens the result) | "mark" (/70%/)
    nested: bool = False  # Word and web: the table inside a cell of an outer table
    numbers_row: bool = False  # a row "1 2 3 …" numbering the columns under the header
    title_row: bool = False  # the report's title as the table's first row, across it
    text_breaks: bool = False  # the measure's text over two lines in its cell
    fraction: bool = False  # Excel: percents typed as 40% (stored 0.4, shown "0%")


BASE = Layout()

_ONES = ("НЭГ", "ХОЁР", "ГУРАВ", "ДӨРӨВ", "ТАВ", "ЗУРГАА", "ДОЛОО")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII")
_GRADES = {100: "Хэрэгжсэн", 70: "Хэрэгжилт хангалттай", 30: "Хэрэгжиж байгаа", 0: "Хэрэгжээгүй"}


def _classes() -> dict[str, Layout]:
    h = BASE.headers
    return {
        "base": BASE,
        "columns reordered": replace(
            BASE, columns=("number", "percent", "text", "result", "timeframe")
        ),
        "no number column": replace(
            BASE, columns=("text", "timeframe", "result", "percent"), numbers="in-text"
        ),
        "no timeframe, budget column": replace(
            BASE, columns=("number", "text", "budget", "result", "percent")
        ),
        "budget '-'": replace(
            BASE, columns=("number", "text", "budget", "result", "percent"), budget=("-", "-")
        ),
        "responsible column": replace(
            BASE, columns=("number", "text", "responsible", "timeframe", "result", "percent")
        ),
        "header synonyms": replace(
            BASE,
            headers={
                **h,
                "number": "Д/д",
                "text": "Хэрэгжүүлэх арга хэмжээ",
                "timeframe": "Хугацаа",
                "result": "Хэрэгжилтийн байдал",
                "percent": "Гүйцэтгэлийн хувь",
            },
        ),
        "header over two rows": replace(BASE, two_row_header=True),
        "title, date and signature lines": replace(
            BASE,
            preface=(
                "Батлав: Засаг дарга (SYNTHETIC)",
                "2021.12.25",
                "ТУРШИЛТЫН ГАЗРЫН 2021 ОНЫ ТӨЛӨВЛӨГӨӨНИЙ ХЭРЭГЖИЛТИЙН ТАЙЛАН (SYNTHETIC)",
            ),
            trailer=("Тайлан гаргасан: мэргэжилтэн Б.Бат (SYNTHETIC)", "2021 оны 12 сарын 25"),
        ),
        "section rows unmerged": replace(BASE, section="unmerged"),
        "section rows unmerged, not capitals": replace(
            BASE, section="unmerged", section_form=lambda n, t: f"Зорилт {n}. {t}"
        ),
        "section rows in capitals, word numbers": replace(
            BASE, section_form=lambda n, t: f"{_ONES[n - 1]}. {t.upper()}"
        ),
        "objectives as a column": replace(
            BASE,
            section="column",
            columns=("number", "objective", "text", "timeframe", "result", "percent"),
        ),
        "numbers three levels": replace(BASE, numbers="three"),
        "section rows roman": replace(BASE, section_form=lambda n, t: f"{_ROMAN[n - 1]}. {t}"),
        "percent column, unknown header": replace(BASE, headers={**h, "percent": "Дүгнэлт"}),
        "result column, unknown header": replace(BASE, headers={**h, "result": "Тэмдэглэл"}),
        "grade word opening the result, no percent": replace(
            BASE, columns=("number", "text", "timeframe", "result"), grade_in_result="opening"
        ),
        "percent marked in the result, no percent": replace(
            BASE, columns=("number", "text", "timeframe", "result"), grade_in_result="mark"
        ),
        "table nested in a cell": replace(BASE, nested=True),
        "numbers sequential": replace(BASE, numbers="sequential"),
        "numbers '1,'": replace(BASE, numbers="comma"),
        "numbers '1)'": replace(BASE, numbers="paren"),
        "percent '40 хувь'": replace(BASE, percent=lambda p: f"{p} хувь"),
        "percent '40.0'": replace(BASE, percent=lambda p: f"{p}.0"),
        "percent as grade words": replace(BASE, percent=lambda p: _GRADES.get(p, f"{p}%")),
        "result with line breaks": replace(BASE, result_breaks=True),
        "timeframe '5 сар'": replace(BASE, timeframe=("5 сар", "5 сар")),
        "timeframe '12/31/2021'": replace(BASE, timeframe=("12/31/2021", "12/31/2021")),
        "timeframe 'Жилийн турш'": replace(BASE, timeframe=("Жилийн турш", "Жилийн турш")),
        "timeframe relative": replace(
            BASE,
            timeframe=(
                "Өөрчлөлт орсноос хойш 7 хоногийн дотор",
                "Өөрчлөлт орсноос хойш 7 хоногийн дотор",
            ),
        ),
    }


CLASSES = _classes()
MIXED = "mixed (several of the above at once)"


def _extra() -> dict[str, Layout]:
    """Classes added after the first figures (their own half drawn with SEED + 1)."""
    h = BASE.headers
    return {
        "column numbers row under the header": replace(BASE, numbers_row=True),
        "title row inside the table": replace(BASE, title_row=True),
        "measure and percent headers otherwise": replace(
            BASE, headers={**h, "text": "Төлөвлөсөн ажил", "percent": "Биелэлт"}
        ),
        "measure text over two lines": replace(BASE, text_breaks=True),
        "sections unnumbered, not capitals": replace(BASE, section_form=lambda n, t: t),
        "Excel percent typed as 40%": replace(BASE, fraction=True),
    }


EXTRA = _extra()


def layout(v: Variant) -> Layout:
    """The class's layout; a mixed variant draws each knob from a class of its own draw."""
    if v.klass in EXTRA:
        return EXTRA[v.klass]
    if v.klass != MIXED:
        return CLASSES[v.klass]
    rng = random.Random(f"{SEED}:{v.key}")
    pick = list(CLASSES.values())
    shape = rng.choice(pick)  # columns, section and numbers go together
    knobs = {
        f: getattr(rng.choice(pick), f)
        for f in ("headers", "two_row_header", "preface", "trailer", "section_form", "percent")
    }
    knobs |= {f: getattr(rng.choice(pick), f) for f in ("budget", "timeframe", "result_breaks")}
    return replace(
        shape, **knobs, columns=shape.columns, section=shape.section, numbers=shape.numbers
    )


@dataclass(frozen=True)
class Variant:
    klass: str
    fmt: str
    source: Source

    @property
    def key(self) -> str:
        return f"{self.klass} | {self.fmt} | {self.source.name}"


def variants() -> list[Variant]:
    """Every class × format on :data:`SOURCES_PER_CLASS` sources drawn per class."""
    pool = sources()
    out = []
    for klass in [*CLASSES, MIXED]:
        picked = random.Random(f"{SEED}:{klass}").sample(pool, SOURCES_PER_CLASS)
        out += [Variant(klass, f, s) for f in FORMATS for s in picked]
    return out


def extra_variants() -> list[Variant]:
    """The classes of :data:`EXTRA`, drawn as :func:`variants` draws its own."""
    pool = sources()
    out = []
    for klass in EXTRA:
        picked = random.Random(f"{SEED}:{klass}").sample(pool, SOURCES_PER_CLASS)
        out += [Variant(klass, f, s) for f in FORMATS for s in picked]
    return out


def halves() -> tuple[list[Variant], list[Variant]]:
    """(development, set-aside): a random half of the variants, drawn with :data:`SEED`
    (and of the extra classes' variants, drawn with ``SEED + 1``)."""
    dev, aside = [], []
    for seed, every in ((SEED, variants()), (SEED + 1, extra_variants())):
        drawn = set(random.Random(seed).sample(range(len(every)), len(every) // 2))
        dev += [v for i, v in enumerate(every) if i not in drawn]
        aside += [v for i, v in enumerate(every) if i in drawn]
    return dev, aside


# --- rendering ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Want:
    objective: int
    number: str
    text: str
    percent: int | None
    result: str | None
    budget: Any
    timeframe: str | None


def _number_cell(layout: Layout, o: int, i: int, seq: int) -> str:
    return {
        "clause": f"{o}.{i}",
        "sequential": str(seq),
        "comma": f"{seq},",
        "paren": f"{seq})",
        "three": f"{o}.1.{i}",
        "in-text": "",
    }[layout.numbers]


def render(v: Variant) -> tuple[Doc, list[Want]]:
    """The variant's document (a corpus ``Doc``) and the rows it states."""
    lay = layout(v)
    cols = lay.columns
    width = len(cols)
    header: list[list[Cellish]]
    names = [lay.headers[c] for c in cols]
    if lay.two_row_header:
        top: list[Cellish] = []
        bottom: list[Cellish] = []
        group = [c for c in cols if c in ("result", "percent")]
        for c in cols:
            if c in group:
                if c == group[0]:
                    top.append(Span("Хэрэгжилт", 1, len(group)))
                bottom.append("Үр дүн" if c == "result" else "Хувь")
            else:
                top.append(Span(lay.headers[c], 2, 1))
        header = [top, bottom]
    else:
        header = [list(names)]
    if lay.title_row:
        header.insert(0, [Span("ТӨЛӨВЛӨГӨӨНИЙ ХЭРЭГЖИЛТИЙН ТАЙЛАН (SYNTHETIC)", 1, width)])
    if lay.numbers_row:
        header.append([str(k) for k in range(1, width + 1)])
    body: list[list[Cellish]] = []
    wants = []
    seq = 0
    for o, (title, rows) in enumerate(v.source.objectives, 1):
        heading = lay.section_form(o, title)
        if lay.section == "merged":
            body.append([Span(heading, 1, width)])
        elif lay.section == "unmerged":
            body.append([heading] + [""] * (width - 1))  # in the first cell, the rest blank
        for i, row in enumerate(rows, 1):
            seq += 1
            text = row.text if lay.numbers != "in-text" else f"{o}.{i}. {row.text}"
            want_text = row.text
            if lay.text_breaks:
                text += "\nЗохион байгуулна (SYNTHETIC)."
                want_text += "\nЗохион байгуулна (SYNTHETIC)."
            result = row.result
            if lay.result_breaks:
                result = f"{result}\nДэлгэрэнгүйг хавсралтад үзүүлэв (SYNTHETIC)."
            percent = row.percent
            if lay.grade_in_result == "opening":
                word = _GRADES.get(row.percent) if row.percent is not None else None
                result = f"{word}. {result}" if word else result
                percent = row.percent if word else None
            elif lay.grade_in_result == "mark" and row.percent is not None:
                result = f"{result} /{row.percent}%/"
            cells = {
                "number": _number_cell(lay, o, i, seq),
                "objective": heading,
                "text": text,
                "timeframe": lay.timeframe[0],
                "result": result,
                "percent": "" if row.percent is None else lay.percent(row.percent),
                "budget": lay.budget[0],
                "responsible": "Хууль, эрх зүйн хэлтэс (SYNTHETIC)",
            }
            body.append([cells[c] for c in cols])
            wants.append(
                Want(
                    o,
                    f"{o}.1.{i}" if lay.numbers == "three" else f"{o}.{i}",
                    want_text,
                    percent,
                    result if "result" in cols else None,
                    lay.budget[1] if "budget" in cols else None,
                    lay.timeframe[1] if "timeframe" in cols else None,
                )
            )
    preface = list(lay.preface)
    name = {"lines": "variant-lines.txt", "tsv": "variant-tsv.txt"}.get(v.fmt, f"variant.{v.fmt}")
    doc = Doc(name, "SYNTHETIC", v.key, AGENCY, preface, header, body, {"year": YEAR})
    return doc, wants


def _tsv(doc: Doc, trailer: tuple[str, ...]) -> bytes:
    texts, _, width = make.grid([*doc.header, *doc.body])
    rows = len(doc.header) + len(doc.body)
    lines = list(doc.preface)
    for r in range(1, rows + 1):
        cells = [texts.get((r, c), "") for c in range(1, width + 1)]
        lines.append("\t".join(f'"{t}"' if "\n" in t else t for t in cells))
    return ("\n".join([*lines, *trailer]) + "\n").encode()


def document(v: Variant) -> tuple[bytes, str, list[Want]]:
    """The variant's bytes, its file name and the rows it states."""
    doc, wants = render(v)
    lay = layout(v)
    trailer = lay.trailer
    if v.fmt == "tsv":
        return _tsv(doc, trailer), doc.name, wants
    data = make.write(doc)
    if lay.nested and v.fmt in ("docx", "html"):
        data = _nested(data, v.fmt)
    if lay.fraction and v.fmt == "xlsx":
        data = _fractions(data)
    if trailer:
        data = _with_trailer(data, v.fmt, trailer)
    return data, doc.name, wants


def _fractions(data: bytes) -> bytes:
    """Every "40%" cell of the sheet as Excel stores a typed 40%: 0.4, shown as "0%"."""
    import io

    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    for row in wb.active.iter_rows():
        for cell in row:
            t = cell.value
            if isinstance(t, str) and t.endswith("%") and t[:-1].isdigit():
                cell.value = int(t[:-1]) / 100
                cell.number_format = "0%"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _nested(data: bytes, fmt: str) -> bytes:
    """The report table inside the second cell of a one-row layout table."""
    if fmt == "html":
        start, end = data.index(b"<table"), data.rindex(b"</table>") + len(b"</table>")
        outer = b"<table><tr><td>(SYNTHETIC)</td><td>" + data[start:end] + b"</td></tr></table>"
        return data[:start] + outer + data[end:]
    import copy
    import io

    import docx

    d = docx.Document(io.BytesIO(data))
    inner = d.tables[0]._tbl
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "(SYNTHETIC)"
    cell = outer.cell(0, 1)._tc
    cell.append(copy.deepcopy(inner))
    inner.getparent().remove(inner)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _with_trailer(data: bytes, fmt: str, trailer: tuple[str, ...]) -> bytes:
    if fmt == "lines":
        return data + ("\n".join(trailer) + "\n").encode()
    if fmt == "html":
        extra = "".join(f"<p>{t}</p>" for t in trailer)
        return data.replace(b"<script>", extra.encode() + b"<script>", 1)
    import io

    if fmt == "docx":
        import docx

        d = docx.Document(io.BytesIO(data))
        for t in trailer:
            d.add_paragraph(t)
        buf = io.BytesIO()
        d.save(buf)
        return buf.getvalue()
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    ws = wb.active
    last = ws.max_row + 2
    for k, t in enumerate(trailer):
        ws.cell(last + k, 1, t)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- scoring --------------------------------------------------------------------------------


def run(v: Variant) -> tuple[ImportResult, list[Want]]:
    data, name, wants = document(v)
    meta = Meta(agency=AGENCY, grades=Grades(), output_year=YEAR)
    return import_bytes(data, f"variants/{name}", meta), wants


def _budget(m: Measure) -> Any:
    if isinstance(m.budget, Budget):
        return m.budget.spent
    return m.budget


def row_right(want: Want, objective: int, m: Measure) -> bool:
    return (
        objective == want.objective
        and m.number == want.number
        and m.text == want.text
        and m.percent == want.percent
        and (want.result is None or m.result == want.result)
        and (want.budget is None or _budget(m) == want.budget)
        and (want.timeframe is None or m.timeframe == want.timeframe)
    )


def score(v: Variant) -> tuple[int, int, list[str]]:
    """Rows right, rows present, and the first wrong rows named (for ``--details``)."""
    result, wants = run(v)
    got: dict[str, tuple[int, Measure]] = {}
    if result.plan is not None:
        for o in result.plan.objectives:
            for m in o.measures:
                got.setdefault(m.number, (o.number, m))
    right = 0
    wrong = []
    for w in wants:
        hit = got.get(w.number)
        if hit is not None and row_right(w, *hit):
            right += 1
        else:
            wrong.append(f"{w.number}: want {w} got {hit}")
    if result.plan is None:
        wrong.insert(0, "; ".join(d.format("en") for d in result.diagnostics[:2]))
    return right, len(wants), wrong


def tally(
    scored: list[tuple[Variant, int, int]], key: Callable[[Variant], str]
) -> dict[str, list[int]]:
    """Rows right and present per ``key`` of the variant."""
    groups: dict[str, list[int]] = {}
    for v, r, p in scored:
        g = groups.setdefault(key(v), [0, 0])
        g[0] += r
        g[1] += p
    return groups
