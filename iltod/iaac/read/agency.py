"""A new agency's ``agency.yml``, made by ``iltod import`` when the plan it writes is the
first of its folder: the clerk's import never ends with "no agency.yml" (E026).

The name is the agency line of the document (a filled template's row 2); the region is guessed
from the names of Mongolia's regions found in that name or the plan's title, else ``national``.
Both are reported (W136) so the clerk checks them before the pull request.
"""

from __future__ import annotations

import re

from iltod.diagnostics import Diagnostic, diag
from iltod.load import regions as regions_file
from iltod.model import Agency, Name
from iltod.regions import Regions
from iltod.schema.yamlwrite import dump_model


def guess_region(*texts: str, regions: Regions | None = None) -> tuple[str, str, str]:
    """The region slug a text names (a district before its city, an aimag), with why, in
    English and Mongolian; ``national`` when none is named. ``regions``: the deployment's
    (default: the built-in, Mongolia's)."""
    joined = " ".join(texts).lower()
    found: list[tuple[int, str, str]] = []
    for r in (regions or regions_file.default()).regions:
        if r.kind == "national":
            continue
        stem = r.mn.split()[0].lower()
        # "Өвөрхангай аймгийн", "Багахангай дүүргийн", "Улаанбаатар хотын": the word, any ending
        m = re.search(rf"(?<!\w){re.escape(stem[:-1] if len(stem) > 5 else stem)}\w*", joined)
        if m:
            rank = {"district": 0, "aimag": 1, "capital": 2}.get(r.kind, 3)
            found.append((rank, r.slug, r.mn))
    if not found:
        return "national", "no region named in the document", "баримтад бүс нэрлээгүй"
    _, slug, mn = min(found)
    return slug, f"the document names {mn}", f"баримтад {mn} гэж бичсэн"


def new_agency(
    slug: str, shown: str, name: str | None, title: str | None, regions: Regions | None = None
) -> tuple[str, Diagnostic]:
    """The YAML text of agency ``slug`` (name from the document's agency line, region
    guessed) and the W136 that says what was guessed; ``shown`` is the file's path as
    diagnostics show it."""
    mn = " ".join((name or "").split()) or slug
    region, why, why_mn = guess_region(mn, title or "", regions=regions)
    agency = Agency(slug=slug, name=Name(mn=mn), region=region)
    warning = diag(
        shown,
        1,
        1,
        "W136",
        agency=slug,
        name=mn,
        region=region,
        region_mn=region,
        why=why if name else f"{why}; no agency line in the document, named by its folder",
        why_mn=why_mn if name else f"{why_mn}; баримтад байгууллагын нэр алга, хавтасны нэрээр",
    )
    return dump_model(agency, "agency"), warning
