"""The frozen sample: the Govisümber 2021 plan exactly as the seed report filed it.

``plans/`` at the repository root is the agencies' data: they change it every day, and no test
reads it. ``tests/fixtures/sample/`` is a byte-for-byte copy of ``plans/govisumber-zdtg/`` as it
was transcribed from ``tests/seeds/000_076a9adff809cfcc.txt`` (and of the ``.github/CODEOWNERS``
generated from it), so every test that names a value of the sample (measure 1.3 at 70 %, the
plan's 97.5 % average, its 13 measures) stays true whatever an agency files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from iltod.load import loader
from iltod.model import Plan
from tests.support.sitekit import ROOT

SAMPLE = ROOT / "tests" / "fixtures" / "sample"
PLANS = SAMPLE / "plans"
AGENCY, YEAR = "govisumber-zdtg", 2021
PLAN_FILE = PLANS / AGENCY / f"{YEAR}.yml"
CODEOWNERS = SAMPLE / ".github" / "CODEOWNERS"


def copy(dest: Path) -> Path:
    """A repository at ``dest`` holding only the sample's ``plans/`` (no git: no history)."""
    shutil.copytree(PLANS, dest / "plans", dirs_exist_ok=True)
    return dest


def plan() -> Plan:
    """The sample plan, loaded from the frozen copy; it loads without a single diagnostic."""
    repo = loader.load(SAMPLE)
    assert repo.report.diagnostics == [], repo.report.summary()
    found = repo.plan(AGENCY, YEAR)
    assert found is not None, f"{PLAN_FILE} is missing"
    return found.plan
