"""Is it getting better, in the open data (issue 29): each plan, objective and measure's change
in percentage points since the same agency's previous reporting year.

The previous reporting year is the agency's closest earlier plan. Objectives and measures are
matched by number (as the agency page's year-over-year table does): objective 2 of 2024 against
objective 2 of 2023. The change is ``null`` when either figure is missing (never a change from
or to "no figure") and in the agency's first reporting year.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

FIELD = "change"


def points(newer: float | None, older: float | None) -> float | None:
    """Percentage points from ``older`` to ``newer``, rounded to 0.1; None without both."""
    if newer is None or older is None:
        return None
    return round(float(newer) - float(older), 1)


def annotate(plans: Iterable[dict[str, Any]]) -> None:
    """Add :data:`FIELD` to every plan, objective and measure of the open data's ``plans``
    (:func:`iltod.opendata.plan_dict`), in place."""
    previous: dict[str, dict[str, Any]] = {}
    for plan in sorted(plans, key=lambda p: (p["agency"], p["year"])):
        older = previous.get(plan["agency"])
        plan[FIELD] = points(plan["average"], older["average"]) if older else None
        old_objectives = {o["number"]: o for o in older["objectives"]} if older else {}
        old_measures = (
            {m["number"]: m for o in older["objectives"] for m in o["measures"]} if older else {}
        )
        for o in plan["objectives"]:
            before = old_objectives.get(o["number"])
            o[FIELD] = points(o["average"], before["average"]) if before else None
            for m in o["measures"]:
                was = old_measures.get(m["number"])
                m[FIELD] = points(m["percent"], was["percent"]) if was else None
        previous[plan["agency"]] = plan
