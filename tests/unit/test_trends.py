"""Is it getting better (issue 29): each year's figure against the year before, in words and an
arrow, on the home, region and agency pages of the SYNTHETIC national demo (2023 and 2024)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bench import make_demo_national
from iltod.site import Site, trends
from iltod.site.i18n import Translator
from tests.support.sitekit import TODAY


def test_a_change_is_said_in_words_with_its_arrow_and_never_from_no_figure() -> None:
    t = Translator("en")
    assert trends.over_years([74, 69.5, None, 80], t) == [
        "↑ improved by 4.5 points",
        "",
        "",
        "",
    ]
    assert trends.words(trends.change(60, 70), t) == "↓ fell by 10 points"
    assert trends.words(trends.change(70, 70), Translator("mn")) == "→ өөрчлөгдөөгүй"


@pytest.fixture(scope="module")
def site() -> Site:
    return Site(make_demo_national.DEMO, "mn", on=dt.date.fromisoformat(TODAY))


def _render(site: Site, url: str) -> str:
    spec = next(s for s in site.pages.values() if s.url == url)
    return site.render(spec.src_uri)


@pytest.mark.parametrize(
    ("url", "tally"),
    [
        ("", lambda s, y: s.rollups.nation[y]),
        ("regions/arkhangai/", lambda s, y: s.rollups.region[("arkhangai", y)]),
        ("synthetic-0000/", lambda s, y: s.rollups.agency[("synthetic-0000", y)]),
    ],
)
def test_home_region_and_agency_say_whether_the_figure_got_better(site: Site, url, tally) -> None:
    newer, older = tally(site, 2024).average, tally(site, 2023).average
    points = round(float(newer) - float(older), 1)
    said = re.findall(r'<(?:td|span) class="il-trend">([^<]*)</', _render(site, url))
    expected = trends.words(points, site.t)
    assert expected.startswith(("↑", "↓", "→"))
    assert expected in [s.split(": ", 1)[-1] for s in said]
