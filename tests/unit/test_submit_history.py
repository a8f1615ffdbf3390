"""A measure's timeline says when a change came from a report a clerk submitted: the file, its
SHA-256, the submitter and the issue, read from the trailers of the workflow's commit
(iltod.submit.body.trailers), whether the pull request was merged with a merge commit or
squashed."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest

from iltod import urls
from iltod.history import submissions
from iltod.site import Site
from iltod.submit import Request, apply, body
from iltod.submit.evidence import Upload
from tests.support import sample
from tests.support.history_repo import GitRepo
from tests.unit.test_submit import AGENCY, YEAR, _download

ON = dt.date(2022, 6, 1)


def _squash(repo: GitRepo, branch: str, pr: int, date: str) -> str:
    """GitHub's "Squash and merge" with its default message: the title, then the commits'
    messages (so the trailers) in the body."""
    message = repo.git("log", "-1", "--format=%B", branch)
    repo.git("switch", "-q", "main")
    repo.git("merge", "-q", "--squash", branch)
    return repo.commit(f"Тайлан (#{pr})\n\n{message}", date, "Reviewer")


def _submit(repo: GitRepo, percents: dict[str, int], issue: int, branch: str) -> str:
    """The workflow's commit: the report applied and committed with its trailers."""
    upload = _download(repo, percents)
    repo.branch(branch)
    out = apply(
        repo.root,
        Request(
            Upload("2021.xlsx", upload), AGENCY, YEAR, issue=issue, submitter="synthetic-clerk"
        ),
    )
    assert out.status == "applied", out.report.format("en")
    return repo.commit(body.trailers(out), "2022-03-01T10:00:00Z", author="iltod-submit[bot]")


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> tuple[GitRepo, dict[str, str]]:
    repo = GitRepo(tmp_path_factory.mktemp("submitted") / "repo")
    sample.copy(repo.root)
    sha = {"sample": repo.commit("The sample", "2022-01-10T10:00:00Z")}
    sha["branch41"] = _submit(repo, {"1.3": 100}, 41, "report/issue-41")
    sha["merge"] = repo.merge("report/issue-41", 12, "2022-03-02T10:00:00Z", "Тайлан #41")
    _submit(repo, {"2.2": 70}, 42, "report/issue-42")
    sha["squash"] = _squash(repo, "report/issue-42", 13, "2022-04-02T10:00:00Z")
    return repo, sha


def test_the_commits_that_brought_a_submission_are_found_by_its_trailers(story):
    repo, sha = story
    found = submissions.read(repo.root)
    merged = found[sha["merge"]]
    assert (merged.file, merged.issue, merged.submitter) == ("2021.xlsx", 41, "synthetic-clerk")
    assert re.fullmatch(r"[0-9a-f]{64}", merged.sha256)
    assert found[sha["squash"]].issue == 42  # a squash keeps the trailers in its message
    assert sha["sample"] not in found


def test_the_measures_timeline_says_submitted_as_a_report_through_the_issue(story):
    repo, _ = story
    site = Site(repo.root, "en", repo_url="https://github.com/example/plans", on=ON)
    spec = next(s for s in site.pages.values() if s.url == urls.measure(AGENCY, YEAR, "1.3"))
    page = site.render(spec.src_uri)
    sha = submissions.read(repo.root)[repo.git("rev-parse", "HEAD~1")].sha256
    words = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    assert (
        f"Submitted as a report: 2021.xlsx, SHA-256 {sha[:16]}…, by synthetic-clerk through "
        "issue #41"
    ) in words
    assert 'href="https://github.com/example/plans/issues/41"' in page


def test_a_folder_without_history_has_no_submission(tmp_path: Path):
    assert submissions.read(sample.copy(tmp_path)) == {}
