"""Once the site is made from a repository, the files' positions are released (issue 28: a
national build held every value's line, column and written text for the whole build), and a
diagnostic met later still names its place in the clerk's words."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from iltod.diagnostics import diag
from iltod.load import loader
from iltod.load.settle import settle
from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support import sample

PLAN = "plans/govisumber-zdtg/2021.yml"
FIELD = "objectives[0].measures[2].attachments.items[0].file"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return sample.copy(tmp_path / "sample")


def test_settling_releases_every_position_and_parsed_value(root: Path) -> None:
    repo = loader.load(root)
    src = repo.sources[PLAN]
    title = next(s for p, s in src.scalars.items() if p[-1] == "title")
    parsed = src.data
    assert src.marks
    assert src.key_marks
    assert parsed is not None
    held = weakref.ref(title)
    del title
    settle(repo)
    gc.collect()
    assert held() is None  # the written text of a title: nothing holds it any more
    assert src.data is None
    assert src.marks == {}
    assert src.key_marks == {}
    assert {p[-1] for p in src.scalars} == {"number"}
    assert repo.plans[0].plan.objectives[0].measures[2].number == "1.3"  # the model stays


def test_a_diagnostic_met_after_settling_is_still_placed_as_the_clerk_numbers_it(
    root: Path,
) -> None:
    repo = loader.load(root)
    settle(repo)
    d = repo.locate(diag(PLAN, 48, 9, "E033", FIELD, got="a.jpg"))
    assert (d.place, d.place_mn) == (
        "measure 1.3 › attachments › items #1 › file",
        "арга хэмжээ 1.3 › attachments › items #1 › file",
    )


def test_a_site_holds_no_position_once_it_is_made(root: Path) -> None:
    options = SiteOptions(search=False, office_downloads=False, image_workers=1)
    site = Site(root, "mn", options)
    assert site.pages  # the site was made from the files first
    for rel, src in site.repo.sources.items():
        assert src.data is None, rel
        assert (src.marks, src.key_marks) == ({}, {}), rel
        assert all(p[-1] == "number" for p in src.scalars), rel
