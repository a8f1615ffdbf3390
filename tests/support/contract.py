"""The contract, as code: what ``iltod validate`` accepts, every output accepts; what an output
would fail on, validate reports first. Shared by the property tests (tests/unit/test_contract.py,
a bounded number of examples) and the long run (``python -m bench.fuzz``).

Everything here is SYNTHETIC: generated plans, hostile text and bytes, never real data.

* :func:`check_plan_bytes` writes one plan file (and a valid agency file) into a temporary
  repository and loads it. Every diagnostic must be located and printable; when there is no
  error, the open data (JSON, CSV), the IAAC spreadsheet and document, the Atom feeds and every
  page must be made without an exception, and each must parse back (JSON without Infinity, CSV
  with one row per measure, XLSX, DOCX, XML).
* :func:`check_import` runs an importer on any bytes: diagnostics, never a traceback; a plan it
  returns goes through the same contract once written as YAML.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import io
import json
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import docx
import openpyxl
import yaml
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from iltod import opendata
from iltod.diagnostics import FORBIDDEN, Report
from iltod.evidence import scrub
from iltod.history.changes import compare, snapshot
from iltod.history.git import Commit
from iltod.history.log import Change, History
from iltod.iaac.read import import_bytes
from iltod.iaac.read.builder import Meta
from iltod.iaac.write.docx import plan_docx
from iltod.iaac.write.xlsx import plan_xlsx
from iltod.load import loader
from iltod.schema.yamlwrite import dump_model
from iltod.site import Site, feeds
from iltod.site.options import SiteOptions
from iltod.site.templating import environment
from iltod.untrusted import LIMITS
from tests.support import bombs, sample
from tests.support.sitekit import ROOT

ON = dt.date(2022, 6, 1)
AGENCY = 'slug: "x"\nname:\n  mn: "SYNTHETIC агентлаг"\nregion: "govisumber"\n'
COMMIT = Commit("0" * 40, dt.datetime(2022, 1, 1, tzinfo=dt.UTC), "SYNTHETIC", "SYNTHETIC")


@dataclass
class Tally:
    """What a run saw: examples, how many validated, and which codes refused the others."""

    examples: int = 0
    accepted: int = 0
    codes: dict[str, int] = field(default_factory=dict)
    guarded: dict[str, int] = field(default_factory=dict)
    """Exceptions of an importer that only import_bytes' guard turned into E101."""

    def note(self, report: Report) -> None:
        self.examples += 1
        if not report.errors:
            self.accepted += 1
        for code in {d.code for d in report.diagnostics}:
            self.codes[code] = self.codes.get(code, 0) + 1


# -- text ------------------------------------------------------------------------------------

RISKY = [
    *"\x00\x01\x08\x09\x0a\x0b\x0c\x0d\x0e\x1b\x1f\x7f\x85\x9f",
    *"\ud800\udbff\udc00\udfff\ufffe\uffff\ufeff\u2028\u2029\u200b\u200d\u202e\u00a0",
    *"\"'\\:#&*!|>%@`{}[],-?<>=+~",
    "<script>alert(1)</script>",
    "{{ x }}",
    "{% raw %}",
    "]]>",
    '=HYPERLINK("http://x")',
    "\U0001f600",
    "\U0010ffff",
    "İǅß",
    "e\u0301",
    "---",
    "...",
    ": ",
    " #",
    "- ",
    "\n\n",
    "yes",
    "1.10",
    "_x000B_",
    "_x0000_",
]
"""Characters and snippets that break parsers, XML, spreadsheets, templates and terminals."""

ANY_CHAR = st.characters(exclude_categories=())  # every code point, lone surrogates included
SAFE_CHAR = st.characters(exclude_categories=("Cs",)).filter(lambda c: not FORBIDDEN.match(c))


def texts(min_size: int = 1, max_size: int = 40, *, hostile: bool = True) -> Any:
    """Text of any Unicode, with risky characters and snippets mixed in (``hostile``: also
    characters no agency text may hold, which validate must report)."""
    piece = st.one_of(SAFE_CHAR, st.sampled_from([r for r in RISKY if not FORBIDDEN.search(r)]))
    if hostile:
        piece = st.one_of(piece, ANY_CHAR, st.sampled_from(RISKY))
    return st.lists(piece, min_size=min_size, max_size=max_size).map("".join)


def maybe_text(hostile: bool = True) -> Any:
    return st.one_of(st.none(), texts(hostile=hostile))


# -- plans ---------------------------------------------------------------------------------

PERCENTS = st.one_of(
    st.sampled_from([0, 30, 70, 100, None]),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
)
TIMEFRAMES = st.sampled_from(
    ["2021 он", "2021 оны II улирал", "Тухай бүр", "Жилийн турш", "I хагас жил", "2021–2024"]
)


@st.composite
def measures(draw: Any, objective: int, index: int, hostile: bool) -> dict[str, Any]:
    """A measure; unless ``hostile``, one the validator should accept (its texts risky)."""
    text = texts(hostile=hostile)
    if hostile:
        number = draw(st.one_of(st.just(f"{objective}.{index}"), texts(max_size=6)))
        percent = draw(PERCENTS)
        timeframe = draw(st.one_of(TIMEFRAMES, texts(max_size=20)))
        spent = st.one_of(st.integers(-5, 10**15), st.floats())
    else:
        number = f"{objective}.{index}"
        percent = draw(st.sampled_from([0, 30, 70, 100, None]))
        timeframe = draw(st.one_of(TIMEFRAMES, texts(max_size=20, hostile=False)))
        spent = st.one_of(st.integers(0, 10**12), st.floats(0, 1e12))
    m: dict[str, Any] = {"number": number, "text": draw(text), "timeframe": timeframe}
    m["percent"] = percent
    optional = {
        "indicators": st.lists(text, max_size=3),
        "target": text,
        "result": st.one_of(text, texts(max_size=2000, hostile=hostile)),
        "notes": text,
        "budget": st.one_of(
            st.just("-"),
            st.fixed_dictionaries({}, optional={"spent": spent, "source": text, "text": text}),
        ),
        "due": st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)),
        "attachments": st.fixed_dictionaries(
            {
                "declared": st.fixed_dictionaries(
                    {"files": st.integers(0, 9), "images": st.integers(0, 9)}
                )
            }
        ),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            m[key] = draw(strategy)
    if (percent is None and draw(st.booleans())) or (hostile and draw(st.booleans())):
        m["not_due"] = draw(st.booleans())
    return m


@st.composite
def plans(draw: Any, hostile: bool = True) -> dict[str, Any]:
    """A plan shaped like the model, every text drawn from risky (``hostile``: also forbidden)
    characters; unless ``hostile``, its numbers, percents and scale are valid."""
    objectives = []
    for o in range(1, draw(st.integers(1, 3)) + 1):
        count = draw(st.integers(1, 3))
        objectives.append(
            {
                "number": o,
                "title": draw(texts(hostile=hostile)),
                "measures": [draw(measures(o, j, hostile)) for j in range(1, count + 1)],
            }
        )
    scales = [[0, 30, 70, 100], "free", [0, 40, 70, 100]] if hostile else [[0, 30, 70, 100]]
    plan = {
        "agency": "x",
        "year": 2021,
        "title": draw(texts(hostile=hostile)),
        "period": draw(st.sampled_from(["year-end", "half-year", "q1", "q2", "q3", "q4"])),
        "scale": draw(st.sampled_from(scales)),
        "objectives": objectives,
    }
    if draw(st.booleans()):
        plan["source"] = draw(texts(hostile=hostile))
    return plan


@st.composite
def plan_files(draw: Any, hostile: bool = True) -> bytes:
    """A plan written as a YAML file, in one of the styles an editor or a tool writes."""
    plan = draw(plans(hostile))
    style = draw(st.sampled_from(["json", "block", "block-unicode", "canonical-model"]))
    if style == "json":
        text = json.dumps(plan, ensure_ascii=True, default=str)
    elif style == "canonical-model":
        text = yaml.safe_dump(plan, allow_unicode=True, sort_keys=False, width=10**6)
    else:
        text = yaml.safe_dump(
            plan,
            allow_unicode=style == "block-unicode",
            sort_keys=False,
            width=draw(st.integers(20, 200)),
        )
    return text.encode("utf-8", "surrogatepass")


# Raw scalars YAML reads in surprising ways, put in place of one value of a valid plan.
RAW_SCALARS = st.one_of(
    st.sampled_from(
        [
            "9" * 5000,
            "-" + "9" * 400,
            "9" * 400,
            "1e999",
            "-1e999",
            ".inf",
            ".nan",
            "0x1F",
            "0o17",
            "1_000",
            "+1",
            "-0",
            "1.10",
            "2021-02-30",
            "0000-01-01",
            "9999-12-31",
            "yes",
            "~",
            "!!binary aGk=",
            "!!python/object:os.system",
            "&a 1",
            "*a",
            "[" * 1000 + "]" * 1000,
            "{" * 60 + "}" * 60,
            '"' + "\\ud800" + '"',
            '"\\x00"',
            '"\\e"',
            "|\n  " + "ж" * 1000,
            '"' + "x" * 20000 + '"',  # huge, yet short enough for Hypothesis to print
        ]
    ),
    st.text(min_size=1, max_size=30).map(lambda t: json.dumps(t)),
)

VALID_PLAN = """agency: "x"
year: 2021
title: "SYNTHETIC төлөвлөгөө"
period: "year-end"
objectives:
  - number: 1
    title: "SYNTHETIC зорилт"
    measures:
      - number: "1.1"
        text: "SYNTHETIC арга хэмжээ"
        timeframe: "2021 он"
        percent: 70
        result: "Хийсэн"
        budget:
          spent: 1.5
"""

SLOTS = ["2021", '"SYNTHETIC зорилт"', '"1.1"', '"2021 он"', "70", '"Хийсэн"', "1.5", '"x"']


@st.composite
def odd_yaml(draw: Any) -> bytes:
    """The valid plan with one value replaced by a raw scalar YAML reads in surprising ways."""
    slot = draw(st.sampled_from(SLOTS))
    raw = draw(RAW_SCALARS)
    return VALID_PLAN.replace(slot, raw, 1).encode("utf-8", "surrogatepass")


@st.composite
def mutated_files(draw: Any) -> bytes:
    """The valid plan's bytes with random edits: bytes inserted, deleted or replaced."""
    data = bytearray(VALID_PLAN.encode())
    snippets = [b"\t", b"\xff", b"\xef\xbb\xbf", b"\x00", b"&a ", b"*a", b"!!str ", b"---\n"]
    snippets += [b"[" * 100, b": ", b"- ", b"\r", b"\xe2\x80\xa8", b'"', b"'", b"\\", b"#"]
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "snippet"]))
        if action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=4))
        elif action == "delete":
            del data[at : at + draw(st.integers(1, 8))]
        elif action == "replace" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        else:
            data[at:at] = draw(st.sampled_from(snippets))
    return bytes(data)


# -- documents for the importers -----------------------------------------------------------

SEED = (ROOT / "tests" / "seeds" / "000_076a9adff809cfcc.txt").read_text(encoding="utf-8")


@functools.cache
def _office() -> tuple[bytes, bytes]:
    """The sample plan exported as XLSX and DOCX: well-formed documents to make hostile."""
    plan = sample.plan()
    return plan_xlsx(plan), plan_docx(plan)


@st.composite
def report_texts(draw: Any) -> bytes:
    """The seed report (reporting-system .txt) with hostile lines and cells put in."""
    lines = SEED.splitlines()
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(lines)))
        cells = draw(st.lists(texts(max_size=30), min_size=1, max_size=10))
        line = "\t".join(cells)
        if draw(st.booleans()) and at < len(lines):
            lines[at] = line
        else:
            lines.insert(at, line)
    return "\n".join(lines).encode("utf-8", "surrogatepass")


CELL_VALUES = st.one_of(
    texts(max_size=60),
    st.integers(-(10**20), 10**20),
    st.floats(),
    st.none(),
    st.dates(),
)


@st.composite
def spreadsheets(draw: Any) -> bytes:
    """The sample's XLSX with hostile values written into random cells."""
    book = openpyxl.load_workbook(io.BytesIO(_office()[0]))
    sheet = book.active
    assert sheet is not None
    for _ in range(draw(st.integers(1, 12))):
        row, col = draw(st.integers(1, sheet.max_row + 2)), draw(st.integers(1, 12))
        value = draw(CELL_VALUES)
        if isinstance(value, str) and FORBIDDEN.search(value):
            continue  # what XML cannot hold, no XLSX file has (openpyxl fails to save it)
        # openpyxl refuses other values itself
        with contextlib.suppress(IllegalCharacterError, ValueError, AttributeError):  # merged
            sheet.cell(row=row, column=col).value = value
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@st.composite
def documents(draw: Any) -> bytes:
    """The sample's DOCX with hostile text put in table cells and paragraphs."""
    document = docx.Document(io.BytesIO(_office()[1]))
    cells = [c for t in document.tables for r in t.rows for c in r.cells]
    paragraphs = document.paragraphs
    for _ in range(draw(st.integers(1, 12))):
        target = draw(st.sampled_from(cells + paragraphs))
        text = draw(texts(max_size=60))
        with contextlib.suppress(ValueError):  # lxml refuses what XML cannot hold
            target.text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@st.composite
def damaged(draw: Any, kind: str) -> bytes:
    """The sample's ``kind`` file with a few bytes changed or cut short: a broken download."""
    data = bytearray(_office()[0 if kind == "xlsx" else 1])
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(data) - 1))
        data[at] = draw(st.integers(0, 255))
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


def office_files(kind: str) -> Any:
    """Hostile ``xlsx`` or ``docx`` files: edited, damaged, or any bytes at all."""
    good = spreadsheets() if kind == "xlsx" else documents()
    return st.one_of(good, damaged(kind), st.binary(max_size=2000))


# -- checks --------------------------------------------------------------------------------


def check_plan_bytes(data: bytes, tally: Tally | None = None) -> Report:
    """Load ``data`` as ``plans/x/2021.yml``; check the diagnostics, and the contract when clean."""
    with tempfile.TemporaryDirectory(prefix="iltod-contract-") as tmp:
        root = Path(tmp)
        (root / "plans" / "x").mkdir(parents=True)
        (root / "plans" / "x" / "agency.yml").write_text(AGENCY, encoding="utf-8")
        (root / "plans" / "x" / "2021.yml").write_bytes(data)
        repo = loader.load(root)
        check_report(repo.report)
        if tally is not None:
            tally.note(repo.report)
        if not repo.report.errors:
            check_outputs(root, repo)
        return repo.report


def check_report(report: Report) -> None:
    """Every diagnostic is located in a file that was read and prints in both languages."""
    for d in report.diagnostics:
        assert d.line >= 1, d
        assert d.column >= 1, d
        assert d.file in report.files, d
        for lang in ("both", "en", "mn"):
            d.format(lang).encode("utf-8")  # strict: no lone surrogate may reach a terminal
    json.loads(report.to_json())


def _strict_json(text: str) -> Any:
    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in the JSON export: not JSON")

    return json.loads(text, parse_constant=refuse)


def check_outputs(root: Path, repo: loader.Repository) -> None:
    """Every output of a validated repository is made and parses back."""
    doc = _strict_json(opendata.to_json(repo, ON))
    rows = list(csv.DictReader(io.StringIO(opendata.to_csv(opendata.to_dict(repo, ON)))))
    assert len(rows) == sum(len(o["measures"]) for p in doc["plans"] for o in p["objectives"])
    names: dict[str, str] = {}
    changes = []
    for pf in repo.plans:
        agency = repo.agencies.get(pf.plan.agency)
        names[pf.plan.agency] = agency.name.mn if agency else pf.plan.agency
        _well_formed(plan_xlsx(pf.plan, agency))
        _well_formed(plan_docx(pf.plan, agency))
        for delta in compare(None, snapshot(pf.source.data)):
            changes.append(Change(COMMIT, pf.plan.agency, pf.plan.year, delta, pf.path))
    history = History(changes, {}, [])
    for agency in [None, *names]:
        body = (
            feeds.site_feed(history, "https://example.org/", names)
            if agency is None
            else feeds.agency_feed(history, agency, "https://example.org/", names)
        )
        ET.fromstring(body)
    options = SiteOptions(search=False, office_downloads=False, image_workers=1)
    # Templates compiled once per process, not once per example: the rendering is the same.
    with mock.patch("iltod.site.render.environment", _environment):
        site = Site(root, "mn", options, on=ON)
        assert not site.failed, site.report.format()
        for uri in site.pages:
            site.render(uri)


_environment = functools.cache(environment)


def _well_formed(office: bytes) -> None:
    """Every XML part of an XLSX or DOCX file parses, as Excel and Word require."""
    with zipfile.ZipFile(io.BytesIO(office)) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                ET.fromstring(z.read(name))


def check_import(data: bytes, name: str, tally: Tally | None = None) -> None:
    """Import ``data`` as ``name``: diagnostics, never an exception; a plan it makes, written as
    YAML, goes through the contract of :func:`check_plan_bytes`."""
    result = import_bytes(data, name, Meta(agency="x", year=2021))
    report = Report(list(result.diagnostics), {name})
    check_report(report)
    if tally is not None:
        tally.note(report)
        for d in report.diagnostics:
            if d.code == "E101" and "cannot be read (" in (got := dict(d.args)["what"]):
                tally.guarded[got] = tally.guarded.get(got, 0) + 1
    if result.plan is not None:
        check_plan_bytes(dump_model(result.plan, "plan").encode("utf-8", "surrogatepass"))


# -- bombs (issue 27): compressed parts, sparse sheets, huge spans ---------------------------


@st.composite
def sparse_sheets(draw: Any) -> tuple[bytes, bool]:
    """A report sheet with one far cell and one merged range anywhere on Excel's grid; and
    whether the grid it describes exceeds iltod.untrusted's bounds."""
    data = bombs._workbook(draw(st.integers(1, 5)))
    row, col = draw(st.integers(1, 1_048_576)), draw(st.integers(1, 16_384))
    r1, c1 = draw(st.integers(1, 1_048_576)), draw(st.integers(1, 16_384))
    r2, c2 = r1 + draw(st.integers(0, 2_000)), c1 + draw(st.integers(0, 50))
    r2, c2 = min(r2, 1_048_576), min(c2, 16_384)
    xml = bombs._sheet_xml(data)
    far = f'<row r="{max(row, 7)}"><c r="{_letters(col)}{max(row, 7)}" t="inlineStr">'
    far += "<is><t>x</t></is></c></row>"
    merge = f'<mergeCells count="1"><mergeCell ref="{_letters(c1)}{r1}:{_letters(c2)}{r2}"/>'
    xml = xml.replace("</sheetData>", far + "</sheetData>" + merge + "</mergeCells>")
    rows, cols = max(row, 7, r2), max(col, c2, 5)
    lim = LIMITS
    over = rows > lim.rows or cols > lim.columns or rows * cols > lim.cells
    return bombs.rezip(data, {"xl/worksheets/sheet1.xml": xml.encode()}), over


def _letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


@st.composite
def spanned_tables(draw: Any) -> tuple[bytes, str]:
    """A Word table cell of any gridSpan, or a web page table of any row and column spans."""
    if draw(st.booleans()):
        return bombs.gridspan_docx(draw(st.integers(1, 2**31 - 1))), "report.docx"
    cells = draw(st.integers(1, 400))
    return bombs.spans_html(cells, draw(st.integers(1, 100_000))), "report.html"


@st.composite
def compressed_documents(draw: Any) -> bytes:
    """A Word document with a part inflating up to 24 MiB, perhaps a DOCTYPE in core.xml,
    macros, a picture fetched from outside: any of them, at once."""
    data = bombs._document()
    if draw(st.booleans()):
        data = bombs.inflating_docx(draw(st.integers(0, 24)) << 20)
    flags = draw(st.sets(st.sampled_from(["laughs", "macro", "external"])))
    for flag in flags:
        part = {"laughs": bombs.laughs_docx, "macro": bombs.macro_docx}.get(flag)
        made = part() if part else bombs.external_image_docx()
        with zipfile.ZipFile(io.BytesIO(made)) as z:
            changed = {n: z.read(n) for n in z.namelist() if n != "word/media/image9.bin"}
        data = bombs.rezip(data, changed)
    return data


def check_bounded_import(
    data: bytes, name: str, over: bool | None = None, tally: Tally | None = None
) -> None:
    """An importer on a bomb: diagnostics, never an exception; E120 exactly when the table it
    describes exceeds the bounds (when the generator knows)."""
    check_import(data, name, tally)
    codes = [d.code for d in import_bytes(data, name, Meta(agency="x", year=2021)).diagnostics]
    if over is not None:
        assert ("E120" in codes) == over, codes


def check_document(data: bytes, tally: Tally | None = None) -> None:
    """What validate accepts the build publishes, calling no one: scrub.check (validate) and
    scrub.clean (the build) agree, and the published copy links nothing Office fetches."""
    with tempfile.TemporaryDirectory(prefix="iltod-contract-") as tmp:
        path, dest = Path(tmp) / "report.docx", Path(tmp) / "out.docx"
        path.write_bytes(data)
        problems = scrub.check(path, ".docx")
        if tally is not None:
            tally.examples += 1
            tally.accepted += not problems
            for p in problems:
                tally.codes[p.code] = tally.codes.get(p.code, 0) + 1
        try:
            scrub.clean(path, ".docx", dest)
        except ValueError:
            assert problems, "the build refused what validate accepted"
            return
        assert not problems, f"validate refused what the build cleaned: {problems}"
        with zipfile.ZipFile(dest) as z:
            for rels in (n for n in z.namelist() if n.endswith(".rels")):
                for rel in z.read(rels).decode().split("<Relationship ")[1:]:
                    if 'TargetMode="External"' in rel:
                        assert "/hyperlink" in rel, rel
