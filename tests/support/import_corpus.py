"""The import corpus (tests/fixtures/import_corpus/): its documents, their import, the score.

Shared by the test (tests/unit/test_import_corpus.py) and the bench
(``python -m bench.import_corpus``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from iltod.iaac.grades import Grades
from iltod.iaac.read import ImportResult, Meta, import_bytes
from iltod.load.yamlsource import read
from iltod.model import Measure, Plan
from tests.fixtures.import_corpus import make
from tests.fixtures.import_corpus.make import Doc

CORPUS = Path(make.__file__).resolve().parent


def documents() -> list[Doc]:
    """Part one: the layouts the importer was built on (every one imports right)."""
    return make.docs()


def all_documents() -> list[Doc]:
    """Both parts: part one and the layouts of issue 23 (``unseen.py``)."""
    return make.all_docs()


SHARED_ROWS = ("33-dundgovi-2019-lines.txt", "27-bagakhangai-2015.html")
"""Set-aside documents whose rows a development document also holds (SET_ASIDE.md)."""


FRESH_HEADING = "## Fresh set-aside"


def set_aside() -> list[str]:
    """The names SET_ASIDE.md set aside first (issue 23, first session): looked at since,
    so their figure is contaminated."""
    text = (CORPUS / "SET_ASIDE.md").read_text(encoding="utf-8").split(FRESH_HEADING)[0]
    return re.findall(r"^- `([^`]+)`$", text, re.MULTILINE)


SECOND_HEADING = "## Second fresh set-aside"


def fresh_set_aside() -> list[str]:
    """The names of SET_ASIDE.md's fresh set-aside (issue 23, second session): drawn from
    part three before the importer was changed again (looked at after b986335)."""
    text = (CORPUS / "SET_ASIDE.md").read_text(encoding="utf-8").split(FRESH_HEADING, 1)[1]
    return re.findall(r"^- `([^`]+)`$", text.split(SECOND_HEADING)[0], re.MULTILINE)


THIRD_HEADING = "## Third fresh set-aside"


def second_set_aside() -> list[str]:
    """The names of SET_ASIDE.md's second fresh set-aside: part four, written after the
    second session's last importer change and only ever counted."""
    text = (CORPUS / "SET_ASIDE.md").read_text(encoding="utf-8").split(SECOND_HEADING, 1)[1]
    return re.findall(r"^- `([^`]+)`$", text.split(THIRD_HEADING)[0], re.MULTILINE)


FOURTH_HEADING = "## Fourth fresh set-aside"


def third_set_aside() -> list[str]:
    """The names of SET_ASIDE.md's third fresh set-aside: part five (``fresh3.py``), real rows
    of public pages, written apart from the importer's development and only ever counted."""
    text = (CORPUS / "SET_ASIDE.md").read_text(encoding="utf-8").split(THIRD_HEADING, 1)[1]
    return re.findall(r"^- `([^`]+)`$", text.split(FOURTH_HEADING)[0], re.MULTILINE)


def fourth_set_aside() -> list[str]:
    """The names of SET_ASIDE.md's fourth fresh set-aside: part six (``fresh4.py``), built as
    part five was and only ever counted."""
    text = (CORPUS / "SET_ASIDE.md").read_text(encoding="utf-8").split(FOURTH_HEADING, 1)[1]
    return re.findall(r"^- `([^`]+)`$", text, re.MULTILINE)


def fmt(doc: Doc) -> str:
    """The document's format for the bench: txt, lines, docx, xlsx or html."""
    return "lines" if doc.name.endswith("-lines.txt") else doc.name.rsplit(".", 1)[-1]


def expected(doc: Doc) -> Plan:
    path = CORPUS / f"{doc.name}.expected.yml"
    return Plan.model_validate(read(str(path), path.read_bytes()).data)


def import_document(doc: Doc) -> ImportResult:
    """Import as ``iltod import FILE --agency A -o plans/A/<year>.yml [--scale S]`` would."""
    grades = Grades(scale=[int(v) for v in doc.scale.split(",")]) if doc.scale else Grades()
    meta = Meta(agency=doc.agency, grades=grades, output_year=doc.plan["year"])
    return import_bytes((CORPUS / doc.name).read_bytes(), f"corpus/{doc.name}", meta)


@dataclass(frozen=True)
class Score:
    """Measure rows imported exactly as expected, out of the rows the document has."""

    correct: int
    present: int

    right: bool = False
    """The whole document: a plan with the expected agency and year, every row right."""


def score(doc: Doc) -> Score:
    plan = expected(doc)
    want = {m.number: m for o in plan.objectives for m in o.measures}
    result = import_document(doc)
    got: dict[str, Measure] = {}
    if result.plan is not None:
        got = {m.number: m for o in result.plan.objectives for m in o.measures}
    correct = sum(1 for n, m in want.items() if got.get(n) == m)
    right = (
        result.plan is not None
        and correct == len(want) == len(got)
        and (result.plan.agency, result.plan.year) == (plan.agency, plan.year)
    )
    return Score(correct, len(want), right)
