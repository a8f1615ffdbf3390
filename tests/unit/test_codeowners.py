"""CODEOWNERS from agency owners, its --check, and the issue form the feedback links open.

``--check`` runs on fixture repositories, never on this repository's own ``plans/`` and
``.github/CODEOWNERS``: those change with every agency added (CI checks them, in pr.yml). The
issue template is the engine's own file and is read where it is (the workflows:
test_workflows.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from iltod import cli
from iltod.history import codeowners
from iltod.model import Agency
from tests.support import sample
from tests.support.history_repo import agency_yaml, plan_yaml
from tests.support.sitekit import ROOT


def _agency(slug: str, owners: list[str]) -> Agency:
    return Agency.model_validate(
        {"slug": slug, "name": {"mn": "Б"}, "region": "govisumber", "owners": owners}
    )


def test_each_agency_owns_its_plans_and_attachments_and_the_default_owns_agency_files():
    text, warnings = codeowners.generate(
        {
            "b-zdtg": _agency("b-zdtg", ["@org/b", "@clerk"]),
            "a-zdtg": _agency("a-zdtg", []),
            "c": _agency("c", ["@c"]),
        },
        ["@org/maintainers"],
    )
    rules = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert rules == [
        "* @org/maintainers",
        "/plans/b-zdtg/ @org/b @clerk",
        "/attachments/b-zdtg/ @org/b @clerk",
        "/plans/c/ @c",
        "/attachments/c/ @c",
        "/plans/*/agency.yml @org/maintainers",
    ]
    assert "#   a-zdtg" in text
    assert warnings == []


def test_agency_without_owners_and_no_default_is_a_warning():
    text, warnings = codeowners.generate({"a": _agency("a", [])}, [])
    assert [(w.code, w.file) for w in warnings] == [("W204", "plans/a/agency.yml")]
    assert [line for line in text.splitlines() if line and not line.startswith("#")] == []


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "plans/a").mkdir(parents=True)
    (tmp_path / "plans/a/agency.yml").write_text(agency_yaml("a", ["@org/a"]), encoding="utf-8")
    (tmp_path / "plans/a/2021.yml").write_text(
        plan_yaml("a", 2021, [{"number": "1.1"}]), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_fails_until_the_file_is_generated_and_keeps_the_default_owners(repo: Path, capsys):
    assert cli.main(["codeowners", "--check"]) == 1
    assert "E201" in capsys.readouterr().err
    assert cli.main(["codeowners", "--default-owner", "@org/maintainers"]) == 0
    assert cli.main(["codeowners", "--check"]) == 0
    (repo / "plans/a/agency.yml").write_text(agency_yaml("a", ["@org/a", "@new"]), encoding="utf-8")
    assert cli.main(["codeowners", "--check"]) == 1
    assert cli.main(["codeowners"]) == 0  # no --default-owner: the recorded one is kept
    text = (repo / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert "* @org/maintainers" in text
    assert "/plans/a/ @org/a @new" in text


def test_bad_default_owner_is_a_usage_error(repo: Path):
    assert cli.main(["codeowners", "--default-owner", "maintainers"]) == 2


def test_check_accepts_the_file_committed_with_the_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The sample as it was committed: its agency has no owners, and its CODEOWNERS (generated
    then, frozen in tests/fixtures/sample/.github/) still is what the generator writes."""
    sample.copy(tmp_path)
    (tmp_path / ".github").mkdir()
    shutil.copy(sample.CODEOWNERS, tmp_path / ".github/CODEOWNERS")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["codeowners", "--check"]) == 0


def test_feedback_form_fields_are_the_query_keys_feedback_url_fills():
    from urllib.parse import parse_qs, urlsplit

    from iltod.history.github import feedback_url

    form = yaml.safe_load(
        (ROOT / ".github/ISSUE_TEMPLATE/measure-feedback.yml").read_text(encoding="utf-8")
    )
    ids = {item["id"] for item in form["body"] if "id" in item}
    url = feedback_url(
        "https://github.com/o/r/", "a", 2021, "1.3", "https://x.org/a/2021/measure-1-3/"
    )
    assert url.startswith("https://github.com/o/r/issues/new?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query.pop("template") == "measure-feedback.yml"
    assert query.pop("title") == "[a 2021 1.3] "
    assert query == {
        "agency": "a",
        "year": "2021",
        "measure": "1.3",
        "page": "https://x.org/a/2021/measure-1-3/",
    }
    assert set(query) <= ids
