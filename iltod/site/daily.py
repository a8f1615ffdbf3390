"""What a cached page shows of the day it is built on, so that a new day renders only what changed.

Overdue is judged against the day of the build, and the build cache (iltod.site.pagecache) used
to put the day into every page's key: the first build of each new day rendered every page
again, a full national build every morning. The day reaches a page made from a plan in three
places only, and each is now handled where it is:

- **each measure's overdue flag** (:func:`iltod.progress.overdue`): a computed status, part of
  the key of the pages that show it — the measure's page, its objective's, its plan's and print
  view, its agency's (:func:`overdue_states`). A day on which no due date passes changes no key;
  one on which a measure's due date passes renders that measure's page and its parents;
- **the footer's "data as of" date**, the day itself when ``extra.iltod.data_as_of`` is not
  set: a stored page's date is replaced with the day's when it is published (:func:`footer`);
- **an agency page's freshness line** ("data last changed N days ago"): rendered again for the
  day and put in place of the stored one (:meth:`iltod.site.freshness.Fresh.line`).

``tests/acceptance/test_page_cache.py`` holds the contract: on any day, a build that took pages
from the cache is byte for byte the build that rendered them all, and it counts the pages a new
day renders.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from markupsafe import escape

from iltod import progress
from iltod.load.repository import Repository

Flags = list[bool | None]


def overdue_states(
    repo: Repository, pages: Iterable[tuple[str, str, tuple[Any, ...]]], on: dt.date
) -> dict[str, Flags]:
    """The overdue flags each plan page and agency page shows on ``on``, by src_uri:
    ``pages`` gives (src_uri, kind, key) of each page (kinds without flags are left out)."""
    plans: dict[tuple[str, int], dict[int, dict[str, bool | None]]] = {}
    for pf in repo.plans:
        plan = pf.plan
        plans[(plan.agency, plan.year)] = {
            o.number: {m.number: progress.overdue(m, on, plan) for m in o.measures}
            for o in plan.objectives
        }
    years: dict[str, list[int]] = {}
    for slug, year in sorted(plans):
        years.setdefault(slug, []).append(year)

    def every(slug: str, year: int) -> Flags:
        return [flag for o in plans[(slug, year)].values() for flag in o.values()]

    out: dict[str, Flags] = {}
    for src_uri, kind, key in pages:
        if kind == "agency":
            out[src_uri] = [f for y in years.get(key[0], []) for f in every(key[0], y)]
        elif kind in ("plan", "print") and (key[0], key[1]) in plans:
            out[src_uri] = every(key[0], key[1])
        elif kind == "objective" and (key[0], key[1]) in plans:
            out[src_uri] = list(plans[(key[0], key[1])].get(key[2], {}).values())
        elif kind == "measure" and (key[0], key[1]) in plans:
            objective = plans[(key[0], key[1])].get(key[2], {})
            out[src_uri] = [objective.get(key[3])]
    return out


_DATE = r"\d{4}-\d{2}-\d{2}"


def footer(html: str, label: str, on: dt.date) -> str:
    """``html`` with the footer's "``label``: <time …>date</time>" saying ``on`` (the last
    occurrence: the footer ends the page; agency text is escaped, so cannot hold the tag)."""
    start = f'{escape(label)}: <time datetime="'
    at = html.rfind(start)
    if at < 0:
        return html
    found = re.compile(rf'{_DATE}">{_DATE}</time>').match(html, at + len(start))
    if found is None:
        return html
    day = on.isoformat()
    return f'{html[: found.start()]}{day}">{day}</time>{html[found.end() :]}'


def replace_paragraph(html: str, css_class: str, paragraph: str) -> str:
    """``html`` with its first ``<p class="css_class…">…</p>`` replaced by ``paragraph``
    (markup only templates write: agency text is escaped)."""
    at = html.find(f'<p class="{css_class}')
    end = html.find("</p>", at) if at >= 0 else -1
    if end < 0:
        return html
    return html[:at] + paragraph + html[end + len("</p>") :]
