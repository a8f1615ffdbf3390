"""A new agency onboarded by its first report (issue 24): the clerk's first contact never
needs a maintainer to create files.

When the form names a new agency and ``plans/<agency>/`` does not exist, the submission
proposes its ``agency.yml`` (the name from the form, else the report's agency line; the region
guessed from them, W136 says how) with the submitter as its owner, and ``.github/CODEOWNERS``
regenerated so that the owner is requested on the agency's later pull requests. The pull
request is reviewed by the site's default owners like any new folder.
"""

from __future__ import annotations

from pathlib import Path

from iltod.diagnostics import Report
from iltod.history import codeowners as owners_file
from iltod.iaac.read.agency import new_agency
from iltod.load.loader import UsageError
from iltod.load.yamlsource import read as read_yaml
from iltod.model import Agency, Plan
from iltod.schema.yamlwrite import dump_model

CODEOWNERS = ".github/CODEOWNERS"


def agency_yml(
    slug: str, name: str | None, submitter: str | None, plan: Plan, report: Report
) -> str:
    """The proposed ``agency.yml`` of ``slug`` (its W136 added to ``report``)."""
    shown = f"plans/{slug}/agency.yml"
    text, warning = new_agency(slug, shown, (name or "").strip() or None, plan.title)
    report.add(warning)
    agency = Agency.model_validate(read_yaml(shown, text.encode("utf-8")).data)
    if submitter:
        agency = agency.model_copy(update={"owners": [f"@{submitter}"]})
    return dump_model(agency, "agency")


def codeowners(root: Path) -> list[str]:
    """``.github/CODEOWNERS`` written again from every agency's owners, the new one's
    included; what it says when it cannot (no default owner yet: ``iltod codeowners`` in the
    pull request's check says it too)."""
    try:
        _, lines = owners_file.run(root, False, None)
    except UsageError as exc:
        return [str(exc)]
    return lines
