"""The lists of overdue measures kept in the build cache, and brought to the build's day.

Each agency, each region and the nation has a page listing its overdue measures
(iltod.site.late): at 100 agencies 132 pages, at 1,000 about 1,030, and they were rendered again
by every build, the first build of a day on which nothing changed too (a quarter of its time at
100 agencies, profiled). What a list shows of the day is:

- **which measures are overdue**: their overdue flags, part of the page's key (a day on which a
  due date passes renders the lists that hold that measure: its agency's, region's, the nation's);
- **the day itself** in the lead paragraph ("… whose due date had passed on <day> …") and
  **each row's days overdue** (the day minus the due date the row shows): both are put right
  in the stored page when it is published (:func:`today`), as the footer's date is
  (iltod.site.daily). The rows' order (longest overdue first) is the order of their due dates,
  which the day does not change.

Everything else on a list comes from its plans, whose digests (iltod.site.pagecache.plan_digests)
are in the key: a list is rendered again when one of its plans changes, and only then.
``tests/acceptance/test_page_cache.py`` holds the contract: a build that took these pages from the
cache is byte for byte the build that rendered them all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from iltod import progress
from iltod.load.repository import PlanFile
from iltod.site.late import Answers
from iltod.site.pagecache import digest
from iltod.site.pages import PageSpec

KIND = "overdue"


def keys(
    late: Answers,
    pages: Iterable[PageSpec],
    site: str,
    digests: dict[tuple[str, int], str],
    on: dt.date,
) -> dict[str, str]:
    """The key of each list of overdue measures among ``pages`` (src_uri → key): the ``site``
    digest, the page's address and scope, the year its national and regional lists are of, and
    for each of its plans the plan's digest and its measures' overdue flags on ``on``. A list
    with a plan the digests do not know has no key (it is rendered)."""
    flags: dict[tuple[str, int], list[bool | None]] = {}  # each plan's, judged once

    def flags_of(pf: PlanFile) -> list[bool | None]:
        key = (pf.plan.agency, pf.plan.year)
        if key not in flags:
            plan = pf.plan
            measures = [m for o in plan.objectives for m in o.measures]
            flags[key] = [progress.overdue(m, on, plan) for m in measures]
        return flags[key]

    out: dict[str, str] = {}
    for spec in pages:
        if spec.kind != KIND:
            continue
        plans = late.plans(spec.key)
        made = [digests.get((pf.plan.agency, pf.plan.year)) for pf in plans]
        if None in made:
            continue
        day = [flags_of(pf) for pf in plans]
        out[spec.src_uri] = digest(site, spec.src_uri, list(spec.key), late.year, made, day)
    return out


_LEAD = re.compile(r'(<div class="il-page il-late">.*?<p class="il-lead">)(.*?)(</p>)', re.S)
_DAYS = re.compile(
    r'(<td class="il-late__due"[^>]*><time datetime="(\d{4})-(\d{2})-(\d{2})">[^<]*</time></td>'
    r'\s*<td class="il-late__days[^"]*"[^>]*>)(-?\d+)(</td>)'
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def today(html: str, on: dt.date) -> str:
    """A stored list as it reads on ``on``: the lead paragraph's day and each row's days overdue
    (markup only the template writes: agency text is escaped, so cannot hold these tags)."""
    day = on.isoformat()

    def lead(m: re.Match[str]) -> str:
        return m.group(1) + _DATE.sub(day, m.group(2)) + m.group(3)

    def days(m: re.Match[str]) -> str:
        due = dt.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        return f"{m.group(1)}{(on - due).days}{m.group(6)}"

    return _DAYS.sub(days, _LEAD.sub(lead, html, count=1))


def is_list(spec: PageSpec | None) -> bool:
    """True for a list of overdue measures (its stored page needs :func:`today`)."""
    return spec is not None and spec.kind == KIND
