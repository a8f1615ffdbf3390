"""Addresses on GitHub that the site links to: commits, pull requests and the pre-filled feedback
form."""

from __future__ import annotations

from urllib.parse import urlencode

FEEDBACK_TEMPLATE = "measure-feedback.yml"
"""The issue form in ``.github/ISSUE_TEMPLATE/``; its field ids are the query keys below."""
SUBMIT_TEMPLATE = "submit-report.yml"
"""The "Submit a report / Тайлан илгээх" form (issue 24): ``agency`` and ``year`` prefilled."""


def commit_url(repo_url: str, sha: str) -> str:
    """``https://github.com/org/repo`` + sha → the commit's page."""
    return f"{repo_url.rstrip('/')}/commit/{sha}"


def pull_url(repo_url: str, number: int) -> str:
    """``https://github.com/org/repo`` + 12 → the pull request's page."""
    return f"{repo_url.rstrip('/')}/pull/{number}"


def feedback_url(repo_url: str, agency: str, year: int, number: str, page_url: str) -> str:
    """A link that opens the feedback issue form with the measure's identity filled in.

    GitHub issue forms take ``template`` and ``title`` plus one query key per field ``id``.
    """
    query = {
        "template": FEEDBACK_TEMPLATE,
        "title": f"[{agency} {year} {number}] ",
        "agency": agency,
        "year": str(year),
        "measure": number,
        "page": page_url,
    }
    return f"{repo_url.rstrip('/')}/issues/new?{urlencode(query)}"


def submit_url(repo_url: str, agency: str, year: int | None = None) -> str:
    """A link that opens the "Submit a report" form with the agency (and year) filled in."""
    query = {"template": SUBMIT_TEMPLATE, "title": f"Тайлан / Report: {agency} {year or ''}"}
    query["title"] = query["title"].rstrip()
    query["agency"] = agency
    if year is not None:
        query["year"] = str(year)
    return f"{repo_url.rstrip('/')}/issues/new?{urlencode(query)}"
