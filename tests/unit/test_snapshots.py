"""Frozen snapshots at the reporting deadlines (iltod.release.snapshots, iltod.site.snapshots),
on the SYNTHETIC fixture tests/fixtures/assessment (one year-end plan of 2024).

The reporting calendar says when each period's reports are due; on the first build on or after
a deadline the open data is kept under data/snapshots/<date>/ with its own manifest, and a later
build — whatever the plans say then — publishes it byte for byte, never writing it again. Each
measure page links the snapshots that hold it; release.json lists them; "late" follows the same
calendar."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import frictionless
import pytest

from iltod import cli, review
from iltod.load import loader
from iltod.release import manifest, snapshots, verify
from iltod.site import Site
from iltod.site.options import OptionsError, SiteOptions, parse
from tests.support.sitekit import ROOT, serve

FIXTURE = ROOT / "tests" / "fixtures" / "assessment" / "plans"
PLAN = Path("plans") / "demo-assessment" / "2024.yml"
CALENDAR = {"year-end": "01-31", "half-year": "07-31"}


def test_a_deadline_is_the_first_such_day_after_the_period_ends() -> None:
    assert review.report_deadline(CALENDAR, 2024, "year-end") == dt.date(2025, 1, 31)
    assert review.report_deadline(CALENDAR, 2024, "half-year") == dt.date(2024, 7, 31)
    assert review.report_deadline({"q1": "04-15"}, 2024, "q1") == dt.date(2024, 4, 15)
    assert review.report_deadline({"q4": "01-20"}, 2024, "q4") == dt.date(2025, 1, 20)
    assert review.report_deadline(CALENDAR, 2024, "q3") is None  # the calendar sets no day


def test_the_snapshot_due_is_the_latest_deadline_passed_and_not_yet_kept() -> None:
    assert snapshots.due(CALENDAR, dt.date(2025, 1, 30), ["2024-07-31"]) is None
    assert snapshots.due(CALENDAR, dt.date(2025, 1, 31), []) == "2025-01-31"
    assert snapshots.due(CALENDAR, dt.date(2025, 1, 31), ["2025-01-31"]) is None
    # a deadline missed by every deploy is not taken later under its date
    assert snapshots.due(CALENDAR, dt.date(2025, 9, 1), []) == "2025-07-31"
    assert snapshots.due(CALENDAR, dt.date(2026, 3, 1), ["2025-07-31"]) == "2026-01-31"
    assert snapshots.due({}, dt.date(2030, 1, 1), []) is None  # the default: none


@pytest.mark.parametrize("bad", [{"year-end": "02-30"}, {"year-end": "1-31"}, {"annual": "01-31"}])
def test_a_wrong_calendar_is_a_located_error(bad: dict[str, str]) -> None:
    with pytest.raises(OptionsError, match="E402"):
        parse({"reporting_deadlines": bad})


def test_late_follows_the_same_calendar(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "plans")
    (pf,) = loader.load(tmp_path).plans
    reported = pf.plan.model_copy(update={"reported": dt.date(2025, 2, 1)})
    assert review.is_late(reported, None, CALENDAR)
    assert not review.is_late(reported, None, {"year-end": "02-01"})
    assert not review.is_late(reported, None, {})


def _build(root: Path, on: dt.date, out: Path) -> Site:
    options = SiteOptions(
        search=False, office_downloads=False, build_cache=False, reporting_deadlines=CALENDAR
    )
    site = Site(root, "en", options, on=on)
    assert not site.failed
    site.finish(out)
    return site


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "repo" / "plans")
    return tmp_path / "repo"


def test_a_snapshot_is_never_rewritten_by_a_later_build(root: Path, tmp_path: Path) -> None:
    before = _build(root, dt.date(2025, 1, 30), tmp_path / "site0")
    assert before.snapshots.due == "2024-07-31"  # the last half-year's deadline
    assert sorted(p.name for p in (tmp_path / "site0" / "data" / "snapshots").iterdir()) == [
        "2024-07-31",
        "index.json",
    ]

    _build(root, dt.date(2025, 2, 3), tmp_path / "site1")
    frozen = tmp_path / "site1" / "data" / "snapshots" / "2025-01-31"
    first = _files(frozen)
    assert "demo-assessment/2024.csv" in first
    assert "demo-assessment/2024.json" in first
    assert {"release.json", "snapshot.json", "datapackage.json"} <= set(first)
    info = json.loads(first["snapshot.json"])
    assert info["date"] == "2025-01-31"
    assert info["taken"] == "2025-02-03"
    assert info["plans"]["demo-assessment/2024"][:2] == ["1.1", "1.2"]

    # the agency changes its plan; the next build publishes the new data and the old snapshot
    plan = root / PLAN
    plan.write_text(plan.read_text(encoding="utf-8").replace("percent: 70", "percent: 30"))
    later = _build(root, dt.date(2025, 3, 1), tmp_path / "site2")
    assert later.snapshots.due is None
    current = (tmp_path / "site2" / "data" / "demo-assessment" / "2024.csv").read_bytes()
    assert current != first["demo-assessment/2024.csv"]  # the plan did change
    assert _files(tmp_path / "site2" / "data" / "snapshots" / "2025-01-31") == first


def test_the_snapshot_checks_against_its_own_manifest(root: Path, tmp_path: Path) -> None:
    _build(root, dt.date(2025, 2, 3), tmp_path / "site")
    data = tmp_path / "site" / "data"
    own = json.loads((data / "snapshots" / "2025-01-31" / "release.json").read_bytes())
    for f in own["files"]:
        got = (data / "snapshots" / "2025-01-31" / f["path"]).read_bytes()
        assert manifest.digest(got) == {"sha256": f["sha256"], "size": f["size"]}
    assert verify.check(str(data / "snapshots" / "2025-01-31")).ok  # iltod verify, as a reader
    index = json.loads((data / "snapshots" / "index.json").read_bytes())
    assert [s["date"] for s in index["snapshots"]] == ["2025-01-31"]


def test_release_json_lists_the_snapshots_and_hashes_their_files(root: Path, tmp_path: Path):
    _build(root, dt.date(2025, 2, 3), tmp_path / "site")
    data = tmp_path / "site" / "data"
    doc = json.loads((data / "release.json").read_bytes())
    assert [s["date"] for s in doc["snapshots"]] == ["2025-01-31"]
    assert doc["snapshots"][0]["release"] == "snapshots/2025-01-31/release.json"
    paths = {f["path"] for f in doc["files"]}
    assert "snapshots/2025-01-31/demo-assessment/2024.csv" in paths
    assert "snapshots/2025-01-31/release.json" in paths
    assert verify.check(str(tmp_path / "site")).ok


def test_each_measure_page_links_the_snapshots_that_hold_it(root: Path, tmp_path: Path) -> None:
    site = _build(root, dt.date(2025, 2, 3), tmp_path / "site")
    src = next(s for s, spec in site.pages.items() if spec.kind == "measure")
    html = site.render(src)
    assert "Snapshots at the reporting deadlines" in html
    assert 'href="../../../data/snapshots/2025-01-31/demo-assessment/2024.csv"' in html
    assert '2025-01-31</time> <span class="il-muted">(taken 2025-02-03)</span>' in html


def test_a_deploy_fetches_the_published_snapshots_checked(root: Path, tmp_path: Path) -> None:
    _build(root, dt.date(2025, 2, 3), tmp_path / "site")
    store = snapshots.Store(tmp_path / "fresh")
    with serve(tmp_path / "site") as url:
        assert snapshots.fetch(url + "data/", store) == ["2025-01-31"]
        assert snapshots.fetch(url + "data/", store) == []  # held already
    published = _files(tmp_path / "site" / "data" / "snapshots" / "2025-01-31")
    assert _files(tmp_path / "fresh" / "2025-01-31") == published
    # one byte changed in a published snapshot: the deploy stops instead of republishing it
    csv = tmp_path / "site" / "data" / "snapshots" / "2025-01-31" / "demo-assessment" / "2024.csv"
    csv.write_bytes(csv.read_bytes().replace(b"1.1", b"1.9", 1))
    with serve(tmp_path / "site") as url, pytest.raises(snapshots.FetchError, match=r"2024\.csv"):
        snapshots.fetch(url + "data/", snapshots.Store(tmp_path / "other"))
    assert not (tmp_path / "other" / "2025-01-31").exists()
    with serve(tmp_path / "fresh") as url:  # nothing published yet: no error, nothing fetched
        assert snapshots.fetch(url + "nothing/", snapshots.Store(tmp_path / "none")) == []


def test_a_snapshot_on_demand_is_published_by_the_next_build(root: Path, tmp_path: Path) -> None:
    _build(root, dt.date(2025, 1, 30), tmp_path / "site")  # no deadline passed: nothing due
    store = root / ".cache" / "snapshots"
    args = ["snapshot", "take", "2025-01-15", "--site", str(tmp_path / "site")]
    assert cli.main([*args, "--root", str(root), "--store", str(store)]) == 0
    kept = _files(store / "2025-01-15")
    assert "demo-assessment/2024.csv" in kept
    assert cli.main([*args, "--root", str(root), "--store", str(store)]) == 0  # kept already
    assert _files(store / "2025-01-15") == kept
    site = _build(root, dt.date(2025, 1, 30), tmp_path / "site2")
    assert _files(tmp_path / "site2" / "data" / "snapshots" / "2025-01-15") == kept
    src = next(s for s, spec in site.pages.items() if spec.kind == "measure")
    assert "data/snapshots/2025-01-15/demo-assessment/2024.json" in site.render(src)


def test_fetch_on_the_command_line_fails_on_a_changed_snapshot(root: Path, tmp_path: Path):
    _build(root, dt.date(2025, 2, 3), tmp_path / "site")
    json_file = tmp_path / "site" / "data" / "snapshots" / "2025-01-31" / "snapshot.json"
    with serve(tmp_path / "site") as url:
        store = str(tmp_path / "store")
        assert cli.main(["snapshot", "fetch", url + "data/", "--store", store]) == 0
    index = tmp_path / "site" / "data" / "snapshots" / "index.json"
    index.write_bytes(index.read_bytes().replace(b'"release_sha256": "', b'"release_sha256": "0'))
    with serve(tmp_path / "site") as url:
        other = str(tmp_path / "other")
        assert cli.main(["snapshot", "fetch", url + "data/", "--store", other]) == 1
    assert json_file.is_file()


def test_the_data_package_lists_the_snapshots(root: Path, tmp_path: Path) -> None:
    _build(root, dt.date(2025, 2, 3), tmp_path / "site")
    data = tmp_path / "site" / "data"
    package = json.loads((data / "datapackage.json").read_bytes())
    listed = [{"date": "2025-01-31", "path": "snapshots/2025-01-31/datapackage.json"}]
    assert package["iltod:snapshots"] == listed
    assert (data / listed[0]["path"]).is_file()


def test_frictionless_finds_no_error_in_the_package_and_its_snapshot(root: Path, tmp_path: Path):
    _build(root, dt.date(2025, 2, 3), tmp_path / "site")
    data = tmp_path / "site" / "data"
    for package in (data / "datapackage.json", data / "snapshots/2025-01-31/datapackage.json"):
        report = frictionless.validate(str(package))
        assert report.valid, report.flatten(["type", "note"])


def test_a_preview_of_some_agencies_takes_no_snapshot(root: Path, tmp_path: Path) -> None:
    options = SiteOptions(
        search=False, office_downloads=False, build_cache=False, reporting_deadlines=CALENDAR
    )
    only = [root / "plans" / "demo-assessment"]
    site = Site(root, "en", options, on=dt.date(2025, 2, 3), selection=only)
    assert site.snapshots.due is None
    site.finish(tmp_path / "site")
    assert not (root / ".cache" / "snapshots").exists()


@pytest.mark.parametrize(("year_end", "late"), [("01-31", False), ("01-28", True)])
def test_the_sites_late_observation_follows_the_calendar(root: Path, year_end: str, late: bool):
    # the fixture's plan was reported on 2025-01-29; measures 2.2 and 2.3 are not reviewed
    options = SiteOptions(
        search=False, office_downloads=False, reporting_deadlines={"year-end": year_end}
    )
    site = Site(root, "en", options, on=dt.date(2025, 3, 1))
    reviews = site.columns.reviews[("demo-assessment", 2024)]
    expected = "late" if late else "self-reported"
    assert [reviews[n].observation for n in ("2.2", "2.3")] == [expected, expected]
