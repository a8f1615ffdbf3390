"""The GitHub workflows: what every pull request runs, and what the deploy publishes.

An agency's data pull request is checked by the data job alone (validate, CODEOWNERS, strict
builds, summary); the engine job runs the README's test command, only when engine files change
(tests/acceptance/test_pr_paths.py runs that decision on real commits)."""

from __future__ import annotations

from typing import Any

import yaml

from tests.support.sitekit import ROOT


def _workflow(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (ROOT / ".github/workflows" / name).read_text(encoding="utf-8")
    )
    return data


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_every_pull_request_runs_the_data_checks_with_read_only_rights() -> None:
    wf = _workflow("pr.yml")
    assert "pull_request" in wf[True]  # PyYAML reads the key `on` as True
    assert wf["permissions"] == {"contents": "read"}
    data = wf["jobs"]["data"]
    assert "if" not in data
    checkout = data["steps"][0]
    assert checkout["uses"].startswith("actions/checkout@")
    assert checkout["with"]["fetch-depth"] == 0
    runs = _runs(data)
    for command in (
        "iltod validate",
        "iltod codeowners --check",
        "mkdocs build --strict\n",
        "mkdocs build --strict -f mkdocs.en.yml",
        "iltod diff",
    ):
        assert command in runs, command
    assert '>> "$GITHUB_STEP_SUMMARY"' in runs
    assert "pytest" not in runs
    assert "scripts/test" not in runs


def test_the_engine_job_runs_the_readme_test_command_when_engine_files_change() -> None:
    wf = _workflow("pr.yml")
    engine = wf["jobs"]["engine"]
    assert engine["needs"] == "changes"
    assert engine["if"] == "needs.changes.outputs.engine == 'true'"
    assert "scripts/test" in _runs(engine)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/test" in readme
    ci = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "scripts/test" in ci
    changes = wf["jobs"]["changes"]
    assert changes["outputs"]["engine"] == "${{ steps.paths.outputs.engine }}"


def test_no_job_keeps_the_checkout_credentials() -> None:
    for job in _workflow("pr.yml")["jobs"].values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_deploy_workflow_publishes_main_with_official_pages_actions() -> None:
    wf = _workflow("deploy.yml")
    assert wf[True]["push"]["branches"] == ["main"]
    assert wf["permissions"] == {"contents": "read"}
    assert wf["concurrency"]["cancel-in-progress"] is False
    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    uses = [s.get("uses", "").split("@")[0] for s in build["steps"] + deploy["steps"]]
    assert {"actions/checkout", "actions/upload-pages-artifact", "actions/deploy-pages"} <= set(
        uses
    )
    assert all(u.startswith("actions/") for u in uses if u)  # official actions only
    assert build["steps"][0]["with"]["fetch-depth"] == 0
    assert "mkdocs build --strict\n" in _runs(build)
    assert "mkdocs build --strict -f mkdocs.en.yml" in _runs(build)
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
