"""When each reviewer's assessment was published: the merge that last changed its file.

An assessment's date is never written in the file (a reviewer could backdate it): it is the
committer date of the last first-parent commit of the main branch that changed
``plans/<agency>/<year>.assessment.yml``, as for every "last updated" of the site
(:mod:`iltod.history.log`). One ``git log`` for all of them.
"""

from __future__ import annotations

import re
from pathlib import Path

from iltod.diagnostics import Diagnostic, diag
from iltod.history import git
from iltod.history.git import Commit

ASSESSMENT_FILE = re.compile(r"^plans/([a-z0-9]+(?:-[a-z0-9]+)*)/(\d{4})\.assessment\.yml$")


def merged(root: Path) -> dict[tuple[str, int], Commit]:
    """The last commit that changed each assessment file still present, by (agency, year);
    empty outside a git repository."""
    if not git.is_repository(root):
        return {}
    last: dict[tuple[str, int], Commit] = {}
    for commit, files in git.log(root, "plans/"):
        for f in files:
            m = ASSESSMENT_FILE.match(f.new_path)
            if m and f.status != "D":
                last[(m.group(1), int(m.group(2)))] = commit
            old = ASSESSMENT_FILE.match(f.old_path)
            if old and (f.status == "D" or f.old_path != f.new_path):
                last.pop((old.group(1), int(old.group(2))), None)
    return last


def mixing(paths: list[str]) -> list[Diagnostic]:
    """E204 when one pull request changes both an assessment file and an agency's file (a plan,
    ``agency.yml`` or evidence): the reviewer's column comes in pull requests of its own, which
    CODEOWNERS gives to the reviewing body's team alone."""
    assessments = sorted(p for p in paths if ASSESSMENT_FILE.match(p))
    others = sorted(
        p for p in paths if p.startswith(("plans/", "attachments/")) and p not in assessments
    )
    if not assessments or not others:
        return []
    more = f" and {len(others) - 1} more" if len(others) > 1 else ""
    return [diag(path, 1, 1, "E204", path=path, other=others[0] + more) for path in assessments]
