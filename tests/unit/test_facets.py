"""The search page's filters read a static facet index iltod writes (iltod/site/facets.py): per
plan its region, agency, year and its measures by status; and Pagefind's result ids mapped to
pages. Written in a fixed order, so two builds publish the same bytes (Pagefind's own filter
index does not: Pagefind #638). The browser test is tests/browser/test_find.py."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from iltod import progress
from iltod.site import Site, facets
from tests.support import sample

PLAN = "govisumber-zdtg/2021/"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The frozen sample (tests/fixtures/sample/), in a temporary folder."""
    return Site(sample.copy(tmp_path_factory.mktemp("sample")), "mn")


def test_each_plan_has_its_region_agency_year_and_measures_by_status(site: Site) -> None:
    plans = facets.collect(site.renderer)
    assert list(plans) == [PLAN]
    plan = plans[PLAN]
    assert (plan["region"], plan["agency"], plan["year"]) == ("govisumber", "govisumber-zdtg", 2021)
    rows = site.renderer.rows(site.renderer.repo.plans[0]).values()
    assert sum(len(a) for a in plan["status"].values()) == len(rows)  # every measure, once
    for row in rows:
        assert row.measure.number in plan["status"][row.a.status]
    assert list(plan["status"]) == [s for s in progress.STATUSES if s in plan["status"]]


def test_the_filters_offer_only_what_the_plans_hold(site: Site) -> None:
    options = facets.choices(site.renderer, facets.collect(site.renderer))
    assert options["region"] == [("govisumber", "Говьсүмбэр аймаг")]
    assert options["year"] == [("2021", "2021")]
    held = {s for p in facets.collect(site.renderer).values() for s in p["status"]}
    assert {value for value, _ in options["status"]} == held


def _fragment(folder: Path, name: str, payload: bytes) -> None:
    (folder / "fragment").mkdir(parents=True, exist_ok=True)
    (folder / "fragment" / f"{name}.pf_fragment").write_bytes(gzip.compress(payload))


def test_result_ids_are_read_from_pagefind_s_fragments_and_a_broken_one_is_left_out(
    tmp_path: Path,
) -> None:
    _fragment(tmp_path, "mn_b", b'pagefind_dcd{"url":"/a/2021/","content":"x"}')
    _fragment(tmp_path, "mn_a", b'pagefind_dcd{"url":"/regions/govisumber/"}')
    _fragment(tmp_path, "mn_c", b'pagefind_dcd{"url":')  # cut short
    _fragment(tmp_path, "mn_d", b"something else")
    (tmp_path / "fragment" / "mn_e.pf_fragment").write_bytes(b"not gzip")
    assert facets.fragment_ids(tmp_path) == {"mn_a": "regions/govisumber/", "mn_b": "a/2021/"}


def test_the_index_is_written_the_same_bytes_whatever_the_order_it_was_read_in(
    tmp_path: Path, site: Site
) -> None:
    plans = facets.collect(site.renderer)
    _fragment(tmp_path / "pf", "mn_1", b'pagefind_dcd{"url":"/govisumber-zdtg/2021/"}')
    _fragment(tmp_path / "pf", "mn_0", b'pagefind_dcd{"url":"/"}')
    first = facets.write(tmp_path / "one", plans, tmp_path / "pf").read_bytes()
    shuffled = dict(reversed(list(plans.items())))
    second = facets.write(tmp_path / "two", shuffled, tmp_path / "pf").read_bytes()
    assert first == second
    data = json.loads(first)
    assert data["ids"] == {"mn_0": "", "mn_1": PLAN}
    assert list(data["ids"]) == sorted(data["ids"])
