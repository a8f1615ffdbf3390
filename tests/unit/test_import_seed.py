"""The seed: the real reporting-system export imports to the sample plan exactly.

The sample is the frozen copy in tests/fixtures/sample/ (tests/support/sample.py), not the
repository's plans/, which agencies keep updating.

Golden files in tests/golden/import/ hold the imported YAML and the exact diagnostics; they are
rewritten only with ILTOD_UPDATE_GOLDEN=1 and reviewed in the diff.
"""

from __future__ import annotations

import os

from iltod.iaac.read import Meta, import_bytes
from iltod.iaac.write.docx import plan_docx
from iltod.iaac.write.xlsx import plan_xlsx
from iltod.load.yamlsource import read
from iltod.model import Plan
from iltod.schema.yamlwrite import dump_model
from tests.support.sample import PLAN_FILE as SAMPLE
from tests.support.sitekit import ROOT

# A copy of the seed report, shared/seeds/000_076a9adff809cfcc.txt (the name is in the provenance).
SEED = "tests/fixtures/import/seed-govisumber-2021.txt"
GOLDEN = ROOT / "tests/golden/import"
PROVENANCE = 'АТГ-ын тайлангийн системээс экспортолсон "2021 оны жилийн эцэс" тайлан ({})'


def _sample() -> Plan:
    return Plan.model_validate(read(str(SAMPLE), SAMPLE.read_bytes()).data)


def _import(name: str = SEED):
    return import_bytes((ROOT / SEED).read_bytes(), name, Meta(agency="govisumber-zdtg"))


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("ILTOD_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), (
        f"{path} differs; rerun with ILTOD_UPDATE_GOLDEN=1 and review"
    )


def test_seed_imports_to_the_sample_plan_except_the_provenance():
    result = _import()
    assert result.plan is not None
    assert result.plan.source == PROVENANCE.format(SEED)
    assert result.plan == _sample().model_copy(update={"source": result.plan.source})


def test_seed_yaml_loads_back_to_the_same_model():
    plan = _import().plan
    text = dump_model(plan, "plan")
    assert Plan.model_validate(read("x.yml", text.encode()).data) == plan


def test_seed_named_as_in_the_sample_gives_the_committed_file_byte_for_byte():
    result = _import("000_076a9adff809cfcc.txt")
    assert dump_model(result.plan, "plan") == SAMPLE.read_text(encoding="utf-8")


def test_seed_golden_yaml_and_diagnostics():
    result = _import()
    _golden("seed-govisumber-2021.yml", dump_model(result.plan, "plan"))
    lines = [d.format() for d in sorted(result.diagnostics)] + [result.summary()]
    _golden("seed-govisumber-2021.diagnostics.txt", "\n".join(lines) + "\n")


def test_seed_summary_counts():
    assert _import().counts == {"objectives": 5, "measures": 13, "percents": 12, "attachments": 6}


def test_seed_round_trips_through_xlsx_and_docx():
    plan = _import().plan
    for name, make in (("seed.xlsx", plan_xlsx), ("seed.docx", plan_docx)):
        back = import_bytes(make(plan, None), name)
        assert back.diagnostics == []
        assert back.plan == plan
