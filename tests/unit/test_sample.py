"""The sample plan is the seed report, value for value.

``tests/seeds/000_076a9adff809cfcc.txt`` is a byte-for-byte copy of the IAAC report export that
the sample plan transcribes. The faithfulness tests read that text themselves, so a typo in the
YAML fails here; the export tests check the numbers a citizen will see.

The sample is the frozen copy in ``tests/fixtures/sample/`` (:mod:`tests.support.sample`): the
repository's own ``plans/`` belong to the agencies, who update them; no test reads them.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from iltod import cli
from iltod.load import loader
from iltod.model import Plan
from iltod.schema import SCHEMA_PATHS
from tests.support import sample
from tests.support.sitekit import ROOT

SEED = ROOT / "tests" / "seeds" / "000_076a9adff809cfcc.txt"

# ---------------------------------------------------------------------------------------------
# Reading the seed: a tab-separated export, one table cell per line, cells of a row in the order
# of the header (Д/д, Зорилт, Арга хэмжээ, Хэрэгжих хугацаа, Шалгуур үзүүлэлт, Хүрэх түвшин,
# Зарцуулсан хөрөнгө, Хүрсэн түвшин, Хэрэгжилтийн хувь). A result may run over several lines.

ORDINALS = {"НЭГ": 1, "ХОЁР": 2, "ГУРАВ": 3, "ДӨРӨВ": 4, "ТАВ": 5}
OBJECTIVE = re.compile(r"^\t(" + "|".join(ORDINALS) + r")\. (.+)$")
MEASURE = re.compile(r"^ ?\t(\d+\.\d+)\. (.+)$")
PERCENT = re.compile(r"^\t(\d+)%$")
ATTACHMENTS = re.compile(r"^\s*Хавсралт\b")
STRAY_ROW_NUMBER = re.compile(r"^\t\d*$")  # the Д/д cell: "\t2" then "\t", kept out of the data


@dataclass
class SeedMeasure:
    number: str
    text: str
    timeframe: str = ""
    indicators: str = ""
    target: str = ""
    budget: str = ""
    result_lines: list[str] = field(default_factory=list)
    attachments: str = ""
    percent: int | None = None

    @property
    def result(self) -> str:
        lines = [line.rstrip() for line in self.result_lines]
        while lines and not lines[-1]:
            lines.pop()
        return "\n".join(lines)


@dataclass
class Seed:
    title: str
    agency: str
    period: str
    objectives: dict[int, str] = field(default_factory=dict)
    measures: list[SeedMeasure] = field(default_factory=list)


def read_seed() -> Seed:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    seed = Seed(title=lines[0], agency=lines[1], period=lines[2])
    assert lines[3:12] == [
        "\tД/д",
        "\tЗорилт",
        "\tАрга хэмжээ",
        "\tХэрэгжих хугацаа",
        "\tШалгуур үзүүлэлт",
        "\tХүрэх түвшин, үр дүн",
        "\tЗарцуулсан хөрөнгийн хэмжээ, эх үүсвэр (сая төгрөг)",
        "\tХүрсэн түвшин, үр дүн",
        "\tХэрэгжилтийн хувь",
    ]
    rest = iter(lines[12:])
    current: SeedMeasure | None = None
    for line in rest:
        if m := OBJECTIVE.match(line):
            seed.objectives[ORDINALS[m.group(1)]] = m.group(2)
            current = None
        elif m := MEASURE.match(line):
            current = SeedMeasure(m.group(1), m.group(2))
            seed.measures.append(current)
            current.timeframe, current.indicators, current.target, current.budget = (
                _cell(next(rest)) for _ in range(4)
            )
            current.result_lines = [_cell(next(rest))]
        elif current is not None and current.percent is None and (m := PERCENT.match(line)):
            current.percent = int(m.group(1))
        elif current is not None and ATTACHMENTS.match(line):
            current.attachments = line.strip()
        elif current is not None and current.percent is None and not current.attachments:
            current.result_lines.append(line)
        else:
            # Between rows only blank lines and the stray row numbers; nothing else may be skipped.
            assert not line.strip() or STRAY_ROW_NUMBER.match(line), line
    return seed


def _cell(line: str) -> str:
    assert line.startswith("\t"), line
    return line[1:]


def declared_counts(text: str) -> dict[str, int]:
    """'Хавсралт нийт : 9 Файл : 1 Зураг : 8' or 'Хавсралт : 2 файл' as total/files/images."""
    if not text:
        return {"total": 0, "files": 0, "images": 0}
    if m := re.fullmatch(r"Хавсралт нийт : (\d+) Файл : (\d+) Зураг : (\d+)", text):
        return {"total": int(m[1]), "files": int(m[2]), "images": int(m[3])}
    if m := re.fullmatch(r"Хавсралт : (\d+) файл", text):
        return {"total": int(m[1]), "files": int(m[1]), "images": 0}
    raise AssertionError(f"unknown attachment line {text!r}")


# ---------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Seed:
    return read_seed()


@pytest.fixture(scope="module")
def plan() -> Plan:
    return sample.plan()  # it also asserts the sample loads without a diagnostic


@pytest.fixture(scope="module")
def exported() -> dict:
    out = io.StringIO()
    code = _run(["export", str(sample.PLANS), "--format", "json", "--as-of", "2022-06-01"], out)
    assert code == 0
    return json.loads(out.getvalue())


def _run(argv: list[str], out: io.StringIO) -> int:
    from contextlib import redirect_stdout

    with redirect_stdout(out):
        return cli.main(argv)


def _measures(doc: dict) -> dict[str, dict]:
    (plan,) = doc["plans"]
    return {m["number"]: m for o in plan["objectives"] for m in o["measures"]}


# --- the numbers the seed reports ------------------------------------------------------------


def test_sample_counts_and_averages(exported: dict) -> None:
    (plan,) = exported["plans"]
    assert (plan["agency"], plan["year"]) == ("govisumber-zdtg", 2021)
    assert plan["measures_total"] == 13
    assert plan["measures_assessed"] == 12
    assert [o["average"] for o in plan["objectives"]] == [90, 100, 100, 100, None]
    assert plan["average"] == 97.5


def test_sample_percents_and_statuses(exported: dict) -> None:
    measures = _measures(exported)
    assert measures["1.3"]["percent"] == 70
    assert measures["1.3"]["status"] == "in-progress"
    assert measures["5.1"]["percent"] is None
    assert measures["5.1"]["status"] == "not-assessed"
    others = {
        n: (m["percent"], m["status"]) for n, m in measures.items() if n not in ("1.3", "5.1")
    }
    assert others == dict.fromkeys(others, (100, "complete"))
    assert len(others) == 11


def test_sample_overdue_as_of_mid_2022(exported: dict) -> None:
    overdue = {n: m["overdue"] for n, m in _measures(exported).items()}
    assert overdue.pop("1.3") is True  # ended 2021-12-31 at 70 %
    assert overdue.pop("5.1") is None  # not assessed: nothing to compare
    assert set(overdue.values()) == {False}


def test_sample_attachment_counts(exported: dict) -> None:
    counts = {n: m["attachments"] for n, m in _measures(exported).items()}
    expected = {
        "1.1": (9, 1, 8),
        "1.2": (21, 1, 20),
        "1.3": (9, 1, 8),
        "2.3": (2, 2, 0),
        "2.4": (1, 1, 0),
        "4.2": (1, 1, 0),
    }
    for number, c in counts.items():
        assert (c["total"], c["files"], c["images"]) == expected.get(number, (0, 0, 0)), number


# --- the YAML says what the seed says --------------------------------------------------------


def test_seed_reader_finds_the_whole_report(seed: Seed) -> None:
    assert len(seed.objectives) == 5
    assert [m.number for m in seed.measures] == [
        "1.1",
        "1.2",
        "1.3",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "3.1",
        "3.2",
        "3.3",
        "4.1",
        "4.2",
        "5.1",
    ]
    assert [m.percent for m in seed.measures].count(None) == 1


def test_plan_header_matches_seed(seed: Seed, plan: Plan) -> None:
    assert plan.title == seed.title
    assert seed.period == f"{plan.year} оны жилийн эцэс"
    assert plan.period == "year-end"
    agency = loader.load(sample.SAMPLE).agencies["govisumber-zdtg"]
    assert agency.name.mn == seed.agency


def test_objectives_match_seed(seed: Seed, plan: Plan) -> None:
    assert {o.number: o.title for o in plan.objectives} == seed.objectives


def test_every_measure_matches_seed(seed: Seed, plan: Plan) -> None:
    ours = {m.number: (o.number, m) for o in plan.objectives for m in o.measures}
    assert list(ours) == [m.number for m in seed.measures]
    for s in seed.measures:
        objective, m = ours[s.number]
        where = f"measure {s.number}"
        assert int(s.number.split(".")[0]) == objective, where
        assert m.text == s.text, where
        assert m.timeframe == s.timeframe, where
        assert " ".join(m.indicators) == s.indicators.strip(), where
        assert (m.target or "") == s.target.strip(), where
        assert m.budget == s.budget.strip(), where
        assert m.result == s.result, where
        assert m.percent == s.percent, where
        assert not m.not_due, where


def test_attachment_counts_match_seed(seed: Seed, exported: dict) -> None:
    measures = _measures(exported)
    for s in seed.measures:
        got = {k: measures[s.number]["attachments"][k] for k in ("total", "files", "images")}
        assert got == declared_counts(s.attachments), s.number


# --- the command line ------------------------------------------------------------------------

REQUIRED_KEYS = {
    "plan": {"agency", "year", "average", "objectives"},
    "objective": {"number", "title", "average", "measures"},
    "measure": {"number", "percent", "status", "overdue", "attachments"},
    "attachments": {"total", "files", "images"},
}


def test_export_json_has_the_keys_issue_2_promises(exported: dict) -> None:
    for plan in exported["plans"]:
        assert REQUIRED_KEYS["plan"] <= plan.keys()
        for o in plan["objectives"]:
            assert REQUIRED_KEYS["objective"] <= o.keys()
            for m in o["measures"]:
                assert REQUIRED_KEYS["measure"] <= m.keys()
                assert REQUIRED_KEYS["attachments"] <= m["attachments"].keys()


def test_export_csv_one_row_per_measure() -> None:
    out = io.StringIO()
    assert _run(["export", str(sample.PLANS), "--format", "csv", "--as-of", "2022-06-01"], out) == 0
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 13
    assert {"agency", "year", "objective", "measure", "percent", "status", "overdue"} <= rows[
        0
    ].keys()
    by_number = {r["measure"]: r for r in rows}
    assert (by_number["1.3"]["percent"], by_number["1.3"]["overdue"]) == ("70", "true")
    assert (by_number["5.1"]["percent"], by_number["5.1"]["status"]) == ("", "not-assessed")
    assert by_number["1.2"]["attachments_images"] == "20"


@pytest.mark.parametrize("kind", sorted(SCHEMA_PATHS))
def test_committed_schema_is_current(kind: str) -> None:
    out = io.StringIO()
    assert _run(["schema", kind], out) == 0
    committed = (ROOT / SCHEMA_PATHS[kind]).read_text(encoding="utf-8")
    assert out.getvalue() == committed, f"run: iltod schema {kind} -o {SCHEMA_PATHS[kind]}"


def test_sample_references_the_schema() -> None:
    first = sample.PLAN_FILE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../schema/plan.schema.json"


def test_validate_nonexistent_path_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-plans"
    assert cli.main(["validate", str(missing)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"iltod: error: {missing}: no such file or folder\n"


def test_validate_sample_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["validate", str(sample.PLANS)]) == 0
    assert (
        capsys.readouterr().out
        == "0 errors, 0 warnings in 2 files / 0 алдаа, 0 анхааруулга, 2 файл\n"
    )
