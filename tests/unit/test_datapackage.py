"""data/datapackage.json describes every open data file as a Frictionless Data Package (v2),
and the frictionless library (what portals and journalists validate with) finds no error in
it, its files or their rows; a changed byte in a described file is an error it reports.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import frictionless
import pytest

from iltod import opendata
from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support import sample
from tests.support.sitekit import TODAY


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = sample.copy(tmp_path_factory.mktemp("sample"))
    options = SiteOptions(data_licence="CC BY-SA 4.0", publisher={"mn": "SYNTHETIC нийтлэгч"})
    site = Site(root, "mn", options, repo_url="https://github.com/example/plans", on=_on())
    out = tmp_path_factory.mktemp("site")
    site.write_data(out)
    return out / "data"


def _on() -> dt.date:
    return dt.date.fromisoformat(TODAY)


def _package(data: Path) -> dict[str, object]:
    value: dict[str, object] = json.loads((data / "datapackage.json").read_text("utf-8"))
    return value


def _errors(report: frictionless.Report) -> list[list[object]]:
    return report.flatten(["type", "note"])  # type: ignore[no-any-return]


def test_frictionless_finds_no_error_in_the_package_its_files_and_rows(data: Path) -> None:
    report = frictionless.validate(str(data / "datapackage.json"))
    assert _errors(report) == []
    assert report.valid
    assert report.stats["tasks"] == 4  # both CSV and both JSON files, rows and hashes checked


def test_every_open_data_table_is_a_resource_with_its_size_and_hash(data: Path) -> None:
    resources = {r["path"]: r for r in _package(data)["resources"]}  # type: ignore[attr-defined]
    assert sorted(resources) == [
        "govisumber-zdtg/2021.csv",
        "govisumber-zdtg/2021.json",
        "measures.csv",
        "plans.json",
    ]
    for path, r in resources.items():
        assert r["bytes"] == (data / path).stat().st_size
        assert r["hash"].startswith("sha256:")
    assert resources["measures.csv"]["schema"] == "measures.schema.json"
    assert resources["measures.csv"]["encoding"] == "utf-8-sig"  # the byte-order mark
    key = ["agency", "year", "measure"]
    assert resources["govisumber-zdtg/2021.csv"]["foreignKeys"] == [
        {"fields": key, "reference": {"resource": "measures", "fields": key}}
    ]


def test_the_table_schema_types_titles_keys_and_missing_values(data: Path) -> None:
    schema = json.loads((data / "measures.schema.json").read_text("utf-8"))
    fields = {f["name"]: f for f in schema["fields"]}
    assert [f["name"] for f in schema["fields"]] == opendata.CSV_COLUMNS
    assert schema["primaryKey"] == ["agency", "year", "measure"]
    assert schema["missingValues"] == [""]
    assert fields["percent"]["type"] == "number"
    assert fields["due"]["type"] == "date"
    assert fields["overdue"]["type"] == "boolean"
    assert fields["status"]["constraints"]["enum"][0] == "complete"
    assert fields["percent"]["title"] == "Хэрэгжилтийн хувь / Percent implemented"


def test_every_csv_column_has_a_type_and_both_titles() -> None:
    """A column added to opendata.CSV_COLUMNS needs its row in datapackage.FIELDS."""
    from iltod.release import datapackage

    assert set(opendata.CSV_COLUMNS) == set(datapackage.FIELDS)
    for name, (_, mn, en, _) in datapackage.FIELDS.items():
        assert any("\u0400" <= c <= "\u04ff" for c in mn), name
        assert en.isascii(), name


def test_licence_publisher_and_sources_are_the_deployments(data: Path) -> None:
    package = _package(data)
    assert package["licenses"] == [
        {"path": "https://creativecommons.org/licenses/by/4.0/", "title": "CC BY-SA 4.0"}
    ]
    assert package["contributors"] == [{"title": "SYNTHETIC нийтлэгч", "roles": ["publisher"]}]
    assert package["version"] == TODAY
    assert package["sources"] == [
        {
            "title": "plans/ (YAML, one file per agency and year)",
            "path": "https://github.com/example/plans/tree/HEAD/plans",
        }
    ]


def test_a_changed_byte_in_a_described_file_is_an_error(data: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    csv = copy / "govisumber-zdtg/2021.csv"
    csv.write_bytes(
        csv.read_bytes().replace(
            b"govisumber-zdtg/2021/measure-1-1/", b"govisumber-zdtg/2021/measure-1-9/", 1
        )
    )
    report = frictionless.validate(str(copy / "datapackage.json"))
    assert not report.valid
    found = {task.place: [e.type for e in task.errors] for task in report.tasks}
    assert found["govisumber-zdtg/2021.csv"] == ["hash-count"]
    assert found["measures.csv"] == []
