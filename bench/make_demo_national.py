"""Write the SYNTHETIC national demo into ``examples/demo-national/``: agencies in every aimag
and the capital, each with a plan for two years, so that the home page's map and status
distribution, a region's ranking of its agencies and an agency's year-over-year table have
something to show (issue 14). One agency in three also has a reviewer's assessment of its 2024
plan (``<year>.assessment.yml``, issue 25), so that the demo shows the reviewer's column beside
the agency's: levels that agree, one step below (reviewed), far below (disputed), "no evidence
available", and measures not yet reviewed.

Nothing here is real data: every agency's name says "(synthetic)", every plan's title and
source say SYNTHETIC, every assessment's assessor and notes say SYNTHETIC, and the demo's site
name says so on every page.
Run from the repository root: ``python -m bench.make_demo_national``.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from iltod.assessment import NO_EVIDENCE, AssessedMeasure, PlanAssessment
from iltod.load import loader
from iltod.load.regions import default
from iltod.model import Name, Plan
from iltod.schema.yamlwrite import dump_model
from tests.support import synthetic

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "examples" / "demo-national"
YEARS = (2023, 2024)
REGION_SLUGS = [r.slug for r in default().regions if r.kind in ("aimag", "capital")]
AGENCIES = len(REGION_SLUGS) + 6  # every aimag and the capital, a few with two agencies
REVIEWED_YEAR = 2024
REVIEWED_EVERY = 3  # one agency in three has its plan of REVIEWED_YEAR assessed
ASSESSOR = Name(mn="SYNTHETIC шинжээчдийн баг", en="SYNTHETIC expert team")
SCALE = (0, 30, 70, 100)


def main(dest: Path = DEMO) -> None:
    """Write the demo's plans/ into ``dest`` (the committed demo by default)."""
    shutil.rmtree(dest / "plans", ignore_errors=True)
    # short texts: the demo is about the comparisons, and it is kept in the repository
    lengths = synthetic.Lengths(text=(60, 90, 140), result=(60, 120), indicators=(40, 70))
    synthetic.write_repository(
        dest,
        agencies=AGENCIES,
        measures=6,
        years=YEARS,
        regions=REGION_SLUGS,
        seed=14,
        lengths=lengths,
    )
    reviewed = write_assessments(dest)
    count = len(list((dest / "plans").glob("*/agency.yml")))
    print(f"wrote {count} SYNTHETIC agencies, years {YEARS}, {reviewed} assessments, into {dest}")


def write_assessments(dest: Path) -> int:
    """Write a SYNTHETIC reviewer's assessment of every :data:`REVIEWED_EVERY`-th agency's plan
    of :data:`REVIEWED_YEAR`; return how many were written."""
    rng = random.Random(25)
    repo = loader.load(dest)
    plans = sorted(
        (pf.plan for pf in repo.plans if pf.plan.year == REVIEWED_YEAR),
        key=lambda p: p.agency,
    )
    written = 0
    for i, plan in enumerate(plans):
        if i % REVIEWED_EVERY:
            continue
        assessment = PlanAssessment(
            agency=plan.agency,
            year=plan.year,
            assessor=ASSESSOR,
            method="SYNTHETIC: Засгийн газрын 206/2020 тогтоолын шатлал (0, 30, 70, 100)",
            measures=_assessed(plan, rng),
        )
        path = dest / "plans" / plan.agency / f"{plan.year}.assessment.yml"
        path.write_text(dump_model(assessment, "assessment"), encoding="utf-8")
        written += 1
    return written


def _assessed(plan: Plan, rng: random.Random) -> list[AssessedMeasure]:
    """Each measure: agreed, one step below, far below, no evidence, or left out (not yet
    reviewed); at least one measure is assessed."""
    out: list[AssessedMeasure] = []
    for o in plan.objectives:
        for m in o.measures:
            claim = m.percent if m.percent is not None else 0
            below = [v for v in SCALE if v < claim]
            kind = rng.choice(("agreed", "agreed", "step", "far", "none", "skip"))
            if kind == "skip" and out:
                continue
            if kind == "none":
                note = "SYNTHETIC: нотлох баримт ирүүлээгүй."
                out.append(AssessedMeasure(number=m.number, level=NO_EVIDENCE, note=note))
                continue
            level = claim
            if kind == "step" and below:
                level = below[-1]
            elif kind == "far" and below:
                level = below[0]
            note = "SYNTHETIC: тайлан, нотлох баримтыг шалгасан."
            out.append(AssessedMeasure(number=m.number, level=level, note=note))
    return out


if __name__ == "__main__":
    main()
