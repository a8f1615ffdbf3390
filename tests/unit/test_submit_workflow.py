""".github/workflows/submit.yml: the clerk's upload is read by a job that can write nothing; only
a later job, which never runs the untrusted file, may push a branch and open the pull request,
and only another may comment on the issue."""

from __future__ import annotations

import re
from typing import Any

import yaml

from tests.support.sitekit import ROOT


def _workflow() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (ROOT / ".github/workflows/submit.yml").read_text(encoding="utf-8")
    )
    return data


def _runs(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_it_runs_on_the_form_and_on_retry_by_the_issues_author():
    wf = _workflow()
    assert wf[True]["issues"]["types"] == ["opened", "edited"]
    assert wf[True]["issue_comment"]["types"] == ["created"]
    condition = wf["jobs"]["check"]["if"]
    assert "'report'" in condition
    assert "'/retry'" in condition
    assert "github.event.comment.user.login == github.event.issue.user.login" in condition


def test_each_job_has_only_the_permissions_it_needs():
    wf = _workflow()
    assert wf["permissions"] == {}
    jobs = wf["jobs"]
    assert jobs["check"]["permissions"] == {"contents": "read"}
    assert jobs["propose"]["permissions"] == {"contents": "write", "pull-requests": "write"}
    assert jobs["answer"]["permissions"] == {"issues": "write"}


def test_the_untrusted_file_is_read_only_by_the_read_only_job():
    jobs = _workflow()["jobs"]
    assert "iltod submit --event" in _runs(jobs["check"])
    for name in ("propose", "answer"):
        assert not re.search(r"\biltod\s", _runs(jobs[name])), name  # no iltod command
    for job in jobs.values():
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False


def test_the_commit_records_the_trailers_and_the_pull_request_closes_the_issue():
    jobs = _workflow()["jobs"]
    propose = _runs(jobs["propose"])
    assert 'commit -q -F "$out/message.txt"' in propose  # iltod.submit.body.trailers
    assert '"plans/$agency/"*|"attachments/$agency/"*' in propose  # nothing else is applied
    assert 'gh pr create --base "$BASE" --head "$branch"' in propose
    assert "--body-file" in propose  # the body ends with "Closes #N" (golden applied.pr.md)
