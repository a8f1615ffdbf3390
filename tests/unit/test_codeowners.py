"""CODEOWNERS from agency owners, its --check, and the issue form the feedback links open.

``--check`` runs on fixture repositories, never on this repository's own ``plans/`` and
``.github/CODEOWNERS``: those change with every agency added (CI checks them, in pr.yml). The
issue template is the engine's own file and is read where it is (the workflows:
test_workflows.py).

Issue 12, row 9: ``iltod codeowners`` deleted hand-written lines, dropped a default owner written
as an e-mail address (and with it the ``*`` and ``agency.yml`` rules, exit 0), and ``--check``
only warned when nothing was protected. Now only the lines between its markers are iltod's,
every owner form GitHub accepts is kept, and ``--check`` fails (E202, E203) when plans,
``agency.yml``, CODEOWNERS or the workflows have no default owner."""

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
        "/.github/CODEOWNERS @org/maintainers",
        "/.github/workflows/ @org/maintainers",
    ]
    assert text.startswith(codeowners.BEGIN)
    assert text.endswith(codeowners.END + "\n")
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


def test_the_sample_as_committed_protects_nothing_and_fails_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
):
    """The sample's CODEOWNERS as it was committed (generated then, frozen in
    tests/fixtures/sample/.github/): no default owners, so no rule at all. --check fails for
    each kind of file; once the default owners are set, it passes."""
    sample.copy(tmp_path)
    (tmp_path / ".github").mkdir()
    shutil.copy(sample.CODEOWNERS, tmp_path / ".github/CODEOWNERS")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["codeowners", "--check"]) == 1
    err = capsys.readouterr().err
    for kind in ("plans/<agency>/<year>.yml", "plans/<agency>/agency.yml"):
        assert "error[E202] expected an owner for plans/govisumber-zdtg/" in err
        assert f"({kind})" in err
    assert "(.github/CODEOWNERS)" in err
    assert "(.github/workflows/)" in err
    assert "мн: " in err
    assert cli.main(["codeowners", "--default-owner", "@iltod-mn/maintainers"]) == 0
    assert cli.main(["codeowners", "--check"]) == 0


def test_hand_written_lines_outside_the_block_are_kept_where_they_are(repo: Path, capsys):
    path = repo / ".github/CODEOWNERS"
    path.parent.mkdir()
    path.write_text("# our own rules\n/docs/ @org/writers\n", encoding="utf-8")
    assert cli.main(["codeowners", "--default-owner", "@org/maintainers"]) == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith(codeowners.BEGIN)  # first, so the maintainers' lines refine it
    assert text.endswith("\n# our own rules\n/docs/ @org/writers\n")
    text = "/README.md @org/writers\n" + text + "/scripts/ @org/devs\n"
    path.write_text(text, encoding="utf-8")
    (repo / "plans/a/agency.yml").write_text(agency_yaml("a", ["@org/a", "@b"]), encoding="utf-8")
    assert cli.main(["codeowners"]) == 0
    new = path.read_text(encoding="utf-8")
    assert new.startswith("/README.md @org/writers\n" + codeowners.BEGIN)
    assert new.endswith("/docs/ @org/writers\n/scripts/ @org/devs\n")
    assert "/plans/a/ @org/a @b" in new
    assert cli.main(["codeowners", "--check"]) == 0


def test_an_e_mail_default_owner_is_kept_with_its_rules(repo: Path):
    assert cli.main(["codeowners", "--default-owner", "maintainers@example.org"]) == 0
    assert cli.main(["codeowners"]) == 0  # a later run without --default-owner
    rules = {r.pattern: r.owners for r in codeowners.rules(_read(repo))}
    assert rules["*"] == ("maintainers@example.org",)
    assert rules["/plans/*/agency.yml"] == ("maintainers@example.org",)
    assert rules["/.github/workflows/"] == ("maintainers@example.org",)
    assert cli.main(["codeowners", "--check"]) == 0


def test_agency_owners_may_be_written_in_every_form_github_accepts(repo: Path):
    owners = ["@org/a-team", "@clerk-1", "clerk@agency.gov.mn"]
    (repo / "plans/a/agency.yml").write_text(agency_yaml("a", owners), encoding="utf-8")
    assert cli.main(["validate", "plans"]) == 0
    assert cli.main(["codeowners", "--default-owner", "@org/maintainers"]) == 0
    assert "/plans/a/ @org/a-team @clerk-1 clerk@agency.gov.mn" in _read(repo)


def test_check_fails_when_a_later_rule_takes_the_workflows_from_the_default_owners(
    repo: Path, capsys
):
    assert cli.main(["codeowners", "--default-owner", "@org/maintainers"]) == 0
    path = repo / ".github/CODEOWNERS"
    text = path.read_text(encoding="utf-8") + "/.github/ @org/a\n"
    path.write_text(text, encoding="utf-8")
    assert cli.main(["codeowners", "--check"]) == 1
    line = len(text.splitlines())
    err = capsys.readouterr().err
    assert f".github/CODEOWNERS:{line}:1: error[E203]" in err
    assert "got @org/a (the rule on this line)" in err


def test_broken_markers_are_a_usage_error_and_the_file_is_left_alone(repo: Path):
    path = repo / ".github/CODEOWNERS"
    path.parent.mkdir()
    path.write_text(f"{codeowners.BEGIN}\n* @x\n", encoding="utf-8")
    assert cli.main(["codeowners"]) == 2
    assert path.read_text(encoding="utf-8") == f"{codeowners.BEGIN}\n* @x\n"


@pytest.mark.parametrize(
    ("pattern", "matching", "not_matching"),
    [
        ("*", ["a", "plans/a/2021.yml"], []),
        ("/plans/a/", ["plans/a/2021.yml", "plans/a/x/y"], ["plans/ab/2021.yml", "x/plans/a/b"]),
        ("/plans/*/agency.yml", ["plans/a/agency.yml"], ["plans/a/b/agency.yml", "agency.yml"]),
        ("docs/", ["docs/a.md", "x/docs/a.md"], ["docs.md"]),
        ("*.yml", ["a.yml", "plans/a/2021.yml"], ["a.yaml"]),
        ("/.github/workflows/", [".github/workflows/pr.yml"], [".github/CODEOWNERS"]),
        ("**/logs", ["logs", "a/logs/x"], ["alogs"]),
        ("/apps/**", ["apps/a", "apps/a/b"], ["x/apps/a"]),
    ],
)
def test_patterns_match_as_github_reads_them(pattern, matching, not_matching):
    rule = codeowners.Rule(1, pattern, ("@x",))
    assert [p for p in matching if rule.matches(p)] == matching
    assert [p for p in not_matching if rule.matches(p)] == []


def _read(repo: Path) -> str:
    return (repo / ".github/CODEOWNERS").read_text(encoding="utf-8")


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
