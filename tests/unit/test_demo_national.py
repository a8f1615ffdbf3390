"""The SYNTHETIC national demo (examples/demo-national/) is exactly what its committed
generator writes, says SYNTHETIC on every page (its site name) and in every plan, and has what
the comparisons need: every aimag and the capital, several agencies in a region, two years,
and SYNTHETIC reviewer's assessments of some plans."""

from __future__ import annotations

from pathlib import Path

import yaml

from bench import make_demo_national
from iltod import review
from iltod.load import loader

DEMO = make_demo_national.DEMO


def test_the_demo_is_what_its_generator_writes(tmp_path: Path) -> None:
    make_demo_national.main(tmp_path)
    made = {p.relative_to(tmp_path): p.read_bytes() for p in (tmp_path / "plans").rglob("*.yml")}
    kept = {p.relative_to(DEMO): p.read_bytes() for p in (DEMO / "plans").rglob("*.yml")}
    assert made == kept


def test_the_demo_is_labelled_synthetic_and_has_what_the_comparisons_need() -> None:
    config = (DEMO / "mkdocs.yml").read_text(encoding="utf-8")
    site_name = next(line for line in config.splitlines() if line.startswith("site_name:"))
    assert "SYNTHETIC" in yaml.safe_load(site_name)["site_name"]
    repo = loader.load(DEMO)
    assert repo.report.errors == []
    assert all("SYNTHETIC" in pf.plan.title for pf in repo.plans)
    regions = [a.region for a in repo.agencies.values()]
    assert len(set(regions)) == 22
    assert max(regions.count(r) for r in regions) >= 2
    assert {pf.plan.year for pf in repo.plans} == {2023, 2024}


def test_the_demo_shows_the_reviewers_column_with_every_verdict() -> None:
    repo = loader.load(DEMO)
    assert repo.assessments, "no assessment file"
    for af in repo.assessments.values():
        assert "SYNTHETIC" in af.assessment.assessor.mn
        assert all("SYNTHETIC" in (m.note or "") for m in af.assessment.measures)
    verdicts, observations = set(), set()
    for pf in repo.plans:
        af = repo.assessments.get((pf.plan.agency, pf.plan.year))
        for r in review.of_plan(pf.plan, af.assessment if af else None).values():
            verdicts.add(r.verdict)
            observations.add(r.observation)
    assert verdicts == {"assessed", "no-evidence", "not-reviewed"}
    assert {"reviewed", "disputed", "self-reported"} <= observations
