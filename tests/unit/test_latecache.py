"""A list of overdue measures stored on one day reads, once brought to a later day on which no
due date passes (iltod.site.latecache.today), exactly as the list rendered on that day: the
lead's date and every row's days overdue move with the day (SYNTHETIC national demo)."""

from __future__ import annotations

import datetime as dt

from bench import make_demo_national
from iltod.site import Site, late, latecache
from tests.support.sitekit import TODAY


def _list(site: Site, url: str) -> str:
    spec = next(s for s in site.pages.values() if s.url == url)
    return site.render(spec.src_uri)


def test_a_stored_list_brought_to_a_later_day_is_the_list_rendered_that_day() -> None:
    first = dt.date.fromisoformat(TODAY)
    later = first + dt.timedelta(days=9)
    stored, today = (Site(make_demo_national.DEMO, "mn", on=d) for d in (first, later))
    agency = next(iter(stored.repo.agencies))
    for url in (late.NATION_OVERDUE, late.agency_overdue(agency)):
        before, after = _list(stored, url), _list(today, url)
        assert 'class="il-late__days' in before  # rows whose days move with the day
        assert before != after
        assert latecache.today(before, later) == after, url
