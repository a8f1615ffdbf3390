"""Making a measure page costs the same whatever the number of its siblings (issue 28).

Two SYNTHETIC agencies each have one objective of identical measures, one of SMALL measures
and one of ten times as many; the build counts the lines of Python executed for the same
measure pages of both (``tests/support/pagework.py``: MkDocs' work on the page, Material's and
iltod's templates, the hooks). The pages show the same neighbours and texts, so any work that
visits every sibling (a template looping over the section, MkDocs or iltod scanning the
navigation for each page) shows as hundreds of lines more on the long objective's pages. A count,
not a time: a build of one objective of 10,000 measures took 941 s, most of it in work that was
the same for every page but large, and a loop over the siblings would make it quadratic.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from iltod import urls
from iltod.load import loader
from iltod.model import Measure, Objective
from iltod.schema.yamlwrite import dump_model
from tests.support import sitekit, synthetic
from tests.support.history_repo import GitRepo

SMALL, LARGE = 50, 500
PAIRS = [("1.3", "1.3"), ("1.25", "1.25"), ("1.25", "1.250"), ("1.49", "1.499")]
"""(short objective's page, long objective's page): near the start, the same page, a page in
the middle of each, the last but one of each (its navigation's window cut by the end). Not 1.1:
the first page built compiles the templates. Not a group's first page in either objective (1.2,
the last page: previous and next links make the first, middle and last pages different groups of
the page shell): that page renders its group's shell once, and the first objective built also
proves it against the whole template, work done once per group whatever its length."""
SLACK = 100
"""Events a page may differ by: longer measure numbers ("1.250") in its titles and links."""


def _long_plan(repo: Path, slug: str, size: int) -> None:
    """Replace ``slug``'s 2024 plan's objectives by one of ``size`` identical measures."""
    same = Measure(
        number="1.1",
        text="SYNTHETIC: сургалт зохион байгуулах, ил тод байдлыг хангах арга хэмжээ",
        timeframe="2024 он",
        indicators=["Сургалтад хамрагдсан албан хаагчийн тоо:"],
        budget="-",
        result="SYNTHETIC: сургалтыг хоёр удаа зохион байгуулж, 40 албан хаагч хамрагдсан.",
        percent=70,
    )
    measures = [same.model_copy(update={"number": f"1.{m}"}) for m in range(1, size + 1)]
    objective = Objective(number=1, title="SYNTHETIC LONG OBJECTIVE", measures=measures)
    (pf,) = [p for p in loader.load(repo).plans if p.plan.agency == slug]
    plan = pf.plan.model_copy(update={"objectives": [objective]})
    (repo / "plans" / slug / "2024.yml").write_text(dump_model(plan, "plan"), encoding="utf-8")


@pytest.fixture(scope="module")
def events(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    root = tmp_path_factory.mktemp("work")
    repo = sitekit.make_repo(root / "repo")
    slugs = synthetic.write_repository(repo, 2, measures=2, years=(2024,), regions=["govisumber"])
    for slug, size in zip(slugs, (SMALL, LARGE), strict=True):
        _long_plan(repo, slug, size)
    GitRepo(repo).commit("SYNTHETIC plans", "2024-03-01T10:00:00+08:00")
    numbers = {n for pair in PAIRS for n in pair}
    pages = [urls.measure(slug, 2024, n) for slug in slugs for n in sorted(numbers)]
    cmd = [sys.executable, "-m", "tests.support.pagework", str(repo / "mkdocs.yml")]
    result = subprocess.run(
        [*cmd, str(root / "site"), *pages],
        capture_output=True,
        text=True,
        env=sitekit.build_env(),
        cwd=sitekit.ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    counted: dict[str, int] = json.loads(result.stdout.strip().splitlines()[-1])
    return counted


@pytest.mark.parametrize(("in_short", "in_long"), PAIRS)
def test_a_measure_page_costs_the_same_in_an_objective_ten_times_longer(events, in_short, in_long):
    short = events[urls.measure("synthetic-0000", 2024, in_short)]
    long = events[urls.measure("synthetic-0001", 2024, in_long)]
    assert short > 10_000  # the page was counted: its templates, hooks and MkDocs' work
    # 450 siblings more: a loop over them runs at least one line for each
    assert abs(long - short) <= SLACK, (short, long)
