"""The "Тайлан илгээх / Submit a report" issue form: valid for GitHub, its uploads limited to
types GitHub accepts (an unsupported type silently removes the whole form from the chooser)
and iltod reads, its labels the ones the workflow reads back, its prefilled link right."""

from __future__ import annotations

import subprocess
import sys
from typing import Any
from urllib.parse import parse_qs, urlsplit

import yaml

from iltod.evidence.kinds import FILE_TYPES, IMAGE_TYPES
from iltod.history.github import SUBMIT_TEMPLATE, submit_url
from iltod.iaac.read import FORMATS
from iltod.submit import issue
from tests.support.sitekit import ROOT

FORM = ROOT / ".github" / "ISSUE_TEMPLATE" / SUBMIT_TEMPLATE
DOCUMENTED = {
    line.strip()
    for line in (ROOT / "tests/fixtures/submit/github-attachment-types.txt")
    .read_text()
    .splitlines()
    if line.strip() and not line.startswith("#")
}


def _form() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(FORM.read_text(encoding="utf-8"))
    return data


def _field(id_: str) -> dict[str, Any]:
    return next(f for f in _form()["body"] if f.get("id") == id_)


def _accept(id_: str) -> list[str]:
    return _field(id_)["validations"]["accept"].split(",")


def test_the_form_is_valid_against_githubs_issue_forms_schema():
    done = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-issue-forms"]
        + [str(FORM)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_accepted_type_is_one_github_documents_for_uploads():
    for id_ in ("report", "evidence_files"):
        assert set(_accept(id_)) <= DOCUMENTED, id_


def test_the_report_accepts_only_what_the_importer_reads():
    assert set(_accept("report")) == set(FORMATS)


def test_evidence_accepts_only_what_iltod_publishes():
    assert set(_accept("evidence_files")) <= set(IMAGE_TYPES) | set(FILE_TYPES)


def test_the_labels_are_those_the_workflow_reads_back():
    labels = {f["attributes"]["label"] for f in _form()["body"] if f["type"] != "markdown"}
    assert labels == {
        issue.AGENCY,
        issue.YEAR,
        issue.REPORT,
        issue.EVIDENCE,
        issue.EVIDENCE_FILES,
        issue.NEW_AGENCY,
    }


def test_mongolian_first_english_beside():
    for f in _form()["body"]:
        if f["type"] == "markdown":
            continue
        mn, _, en = f["attributes"]["label"].partition(" / ")
        assert en.isascii(), f["attributes"]["label"]
        assert not mn.isascii(), f["attributes"]["label"]


def test_the_link_prefills_the_agency_and_year_by_the_forms_field_ids():
    url = submit_url("https://github.com/org/repo", "govisumber-zdtg", 2021)
    parts = urlsplit(url)
    assert parts.path == "/org/repo/issues/new"
    query = parse_qs(parts.query)
    assert query["template"] == [SUBMIT_TEMPLATE]
    assert query["agency"] == ["govisumber-zdtg"]
    assert query["year"] == ["2021"]
    assert _field("agency")["type"] == _field("year")["type"] == "input"  # prefillable
