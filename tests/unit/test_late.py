"""What is late and who is behind (issue 29) on the SYNTHETIC national demo: every count of
overdue measures a page shows equals the length of the list it links to, the lists hold exactly
the overdue measures, longest overdue first, and the ranking puts every agency in order."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bench import make_demo_national
from iltod import progress, urls
from iltod.site import Site, late
from tests.support.sitekit import TODAY


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(make_demo_national.DEMO, "mn", on=dt.date.fromisoformat(TODAY))


def _render(site: Site, url: str) -> str:
    spec = next(s for s in site.pages.values() if s.url == url)
    return site.render(spec.src_uri)


def _rows(html: str) -> int:
    return html.count('<tr class="il-late__row">')


def test_every_overdue_count_equals_the_list_it_links_to(site: Site) -> None:
    year = site.rollups.years[0]
    assert _rows(_render(site, late.NATION_OVERDUE)) == site.rollups.nation[year].overdue > 0
    for (slug, y), tally in site.rollups.region.items():
        if y == year:
            assert _rows(_render(site, late.region_overdue(slug))) == tally.overdue, slug
    for slug in site.repo.agencies:
        years = [t.overdue for (a, _), t in site.rollups.agency.items() if a == slug]
        assert _rows(_render(site, late.agency_overdue(slug))) == sum(years), slug


def test_a_list_holds_only_overdue_measures_longest_overdue_first(site: Site) -> None:
    html = _render(site, late.NATION_OVERDUE)
    days = [int(d) for d in re.findall(r'il-late__days il-num"[^>]*>(\d+)<', html)]
    assert days == sorted(days, reverse=True)
    on = dt.date.fromisoformat(TODAY)
    for pf in site.repo.plans:
        for o in pf.plan.objectives:
            for m in o.measures:
                a = progress.assess(m, on, pf.plan)
                url = urls.measure(pf.plan.agency, pf.plan.year, m.number)
                listed = f'href="../{url}"' in html
                assert listed == (a.overdue is True and pf.plan.year == site.rollups.years[0])


def test_the_home_page_links_every_overdue_count_and_leads_with_the_answers(site: Site) -> None:
    html = _render(site, "")
    year = site.rollups.years[0]
    n = site.rollups.nation[year].overdue
    assert f'<a href="overdue/"><strong>{n}</strong></a>' in html  # the national card
    assert f'<dd><a href="overdue/">{n}</a></dd>' in html  # the key figures
    regional = re.findall(r'<a href="regions/([\w-]+)/overdue/"><strong>(\d+)</strong>', html)
    assert len(regional) == 22
    for slug, count in regional:
        assert int(count) == site.rollups.region[(slug, year)].overdue
    # the answers before the map
    assert html.index('class="il-answers"') < html.index('class="il-figure il-map"')


def test_the_ranking_lists_every_agency_best_first(site: Site) -> None:
    html = _render(site, late.RANKING)
    agencies = html.split("</table>")[0]
    # each figure links to how it is computed (docs/progress.md)
    values = re.findall(
        r'il-row__percent il-num"><a href="[^"]*progress/#[a-z-]+">([^<]+)<', agencies
    )
    assert len(values) == len(site.repo.agencies)
    numbers = [float(v.rstrip("%")) for v in values if v.endswith("%")]
    assert numbers == sorted(numbers, reverse=True)
    assert all(not v.endswith("%") for v in values[len(numbers) :])  # nothing assessed: last
