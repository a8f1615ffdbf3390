"""The open data's JSON files have a JSON Schema (data/plans.schema.json), linked from each JSON
resource of the data package as its ``jsonSchema``: every JSON file of the sample fixture, of
the SYNTHETIC assessment fixture (both columns, flags) and of the SYNTHETIC national demo is
valid against it, and a wrong value is named by it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from bench import make_demo_national
from iltod.release import docschema
from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support import sample
from tests.support.sitekit import ROOT

ON = dt.date(2025, 3, 1)


def _data(root: Path, out: Path) -> Path:
    site = Site(root, "en", SiteOptions(office_downloads=False, search=False), on=ON)
    site.write_data(out)
    return out / "data"


@pytest.fixture(scope="module", params=["sample", "assessment", "national-demo"])
def data(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp(request.param)
    if request.param == "sample":
        sample.copy(root)
    elif request.param == "assessment":
        shutil.copytree(ROOT / "tests" / "fixtures" / "assessment" / "plans", root / "plans")
    else:
        shutil.copytree(make_demo_national.DEMO / "plans", root / "plans")
    return _data(root, tmp_path_factory.mktemp("site"))


def _validator(data: Path) -> Draft202012Validator:
    schema = json.loads((data / docschema.NAME).read_bytes())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_every_json_file_is_valid_against_the_schema(data: Path) -> None:
    validator = _validator(data)
    files = [p for p in data.rglob("*.json") if p.parent != data or p.name == "plans.json"]
    assert len(files) >= 2
    for path in files:
        errors = [e.message for e in validator.iter_errors(json.loads(path.read_bytes()))]
        assert errors == [], path


def test_each_json_resource_links_the_schema(data: Path) -> None:
    package = json.loads((data / "datapackage.json").read_bytes())
    json_resources = [r for r in package["resources"] if r["format"] == "json"]
    assert json_resources
    assert {r["jsonSchema"] for r in json_resources} == {"plans.schema.json"}
    assert all("jsonSchema" not in r for r in package["resources"] if r["format"] == "csv")


def test_the_schema_names_a_wrong_value(data: Path) -> None:
    validator = _validator(data)
    doc = json.loads((data / "plans.json").read_bytes())
    measure = doc["plans"][0]["objectives"][0]["measures"][0]
    measure["status"] = "done"
    measure["review"]["observation"] = "approved"
    measure["percent"] = -5
    found = sorted(list(e.absolute_path)[-1] for e in validator.iter_errors(doc))
    assert found == ["observation", "percent", "status"]
