"""The generated pages show exactly what the sample plan files say, on the right page.

The sample is the frozen copy in tests/fixtures/sample/, copied to a temporary folder (no git, so
no history on the pages).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from iltod import urls
from iltod.site import Site
from iltod.site.render import rel
from tests.support import sample
from tests.support.sitekit import TODAY

ON = dt.date.fromisoformat(TODAY)

PLAN = "govisumber-zdtg/2021/"
CHART_VALUE = r'<td class="il-chart-table__value">(?:<a href="[^"]*">)?([^<]+)(?:</a>)?</td>'
"""A value of a chart's table: a percent links to how it is computed (docs/progress.md)."""


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return sample.copy(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="module")
def site(repo: Path) -> Site:
    return Site(repo, "mn", repo_url="https://github.com/example/plans", on=ON)


def page(site: Site, url: str) -> str:
    spec = next(s for s in site.pages.values() if s.url == url)
    return site.render(spec.src_uri)


def text(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def test_every_page_has_a_stable_url_from_slugs_years_and_numbers(site: Site) -> None:
    got = sorted(s.url for s in site.pages.values())
    measures = [
        "1-1",
        "1-2",
        "1-3",
        "2-1",
        "2-2",
        "2-3",
        "2-4",
        "3-1",
        "3-2",
        "3-3",
        "4-1",
        "4-2",
        "5-1",
    ]
    expected = sorted(
        ["", "freshness/", "regions/govisumber/", "govisumber-zdtg/", PLAN, f"{PLAN}print/"]
        # what is late, nationally, in the region and of the agency; who is behind
        + ["overdue/", "regions/govisumber/overdue/", "govisumber-zdtg/overdue/", "ranking/"]
        + ["feeds/"]  # follow updates: a page in words beside the feeds
        + ["find/"]  # the search page
        + [f"{PLAN}objective-{n}/" for n in range(1, 6)]
        + [f"{PLAN}measure-{m}/" for m in measures]
    )
    assert got == expected


def test_measure_1_3_shows_70_percent_in_progress_and_overdue(site: Site) -> None:
    out = page(site, urls.measure("govisumber-zdtg", 2021, "1.3"))
    assert 'role="progressbar" aria-valuenow="70" aria-valuemin="0" aria-valuemax="100"' in out
    assert "70%" in text(out)
    assert "хэрэгжих шатандаа" in text(out)
    assert "Хугацаа хэтэрсэн" in text(out)  # 2021 ended, 70 < 100


def test_measure_5_1_is_not_assessed_and_shows_no_number(site: Site) -> None:
    out = page(site, urls.measure("govisumber-zdtg", 2021, "5.1"))
    assert "үнэлээгүй" in text(out)
    assert "progressbar" not in out
    assert not re.search(r"\d+%", text(out).split("Хавсралт")[0].split("Хүрсэн түвшин")[0])


def test_plan_page_shows_97_5_average_all_measures_and_data_links(site: Site) -> None:
    out = page(site, PLAN)
    assert 'aria-valuenow="97.5"' in out
    assert "97.5%" in text(out)
    for number in ("1.1", "1.3", "2.4", "5.1"):  # the measure's text is its link
        url = rel(urls.measure("govisumber-zdtg", 2021, number), PLAN)
        text_link = re.search(f'<td class="il-row__title"><a href="{url}">([^<]+)</a>', out)
        assert text_link is not None, number
        assert len(text_link.group(1)) > 20
    assert 'href="../../data/govisumber-zdtg/2021.json"' in out
    assert 'href="../../data/govisumber-zdtg/2021.csv"' in out
    # each objective once, in the list, with its average in numbers and words; objective 5
    # (only 5.1, not assessed) says so in words, as its measure does, not a bare "no assessment"
    objectives = out.split('<ol class="il-objectives">')[1].split("</ol>")[0]
    said = [text(li) for li in objectives.split("</li>")[:-1]]
    assert [s.rsplit(" ", 3)[-3:] for s in said[:4]] == [
        ["90%", "хэрэгжих", "шатандаа"],  # the band in words beside its colour
        *[["100%", "бүрэн", "хэрэгжсэн"]] * 3,
    ]
    assert said[4].endswith(" үнэлээгүй")
    assert out.count(f'href="{rel(urls.objective("govisumber-zdtg", 2021, 1), PLAN)}"') == 1


def test_every_seed_value_appears_on_its_measure_page(site: Site) -> None:
    for objective in sample.plan().objectives:
        for m in objective.measures:
            shown = text(page(site, urls.measure("govisumber-zdtg", 2021, m.number)))
            for value in [m.text, m.timeframe, *m.indicators, m.result or ""]:
                assert " ".join(value.split()) in shown, (m.number, value[:40])
            if m.percent is not None:
                assert f"{m.percent:g}%" in shown


def test_objective_page_lists_its_measures_with_bars(site: Site) -> None:
    out = page(site, urls.objective("govisumber-zdtg", 2021, 1))
    assert out.count('role="progressbar"') == 4  # the objective's average + 3 measures
    assert 'aria-valuenow="90"' in out


def test_edit_links_open_the_source_yaml(site: Site) -> None:
    out = page(site, urls.measure("govisumber-zdtg", 2021, "1.1"))
    assert 'href="https://github.com/example/plans/edit/main/plans/govisumber-zdtg/2021.yml"' in out


def test_english_labels_are_complete(repo: Path) -> None:
    en = Site(repo, "en", on=ON)
    out = page(en, urls.measure("govisumber-zdtg", 2021, "5.1"))
    assert "not assessed" in text(out)
    assert "Achieved result" in text(out)
    assert "Хүрсэн түвшин" not in out


def test_relative_links() -> None:
    assert rel("", "a/b/") == "../../"
    assert rel("a/b/c/", "a/b/") == "c/"
    assert rel("data/x.json", "a/2021/") == "../../data/x.json"
    assert rel("regions/r/", "") == "regions/r/"


def test_open_data_files_match_the_export(site: Site, tmp_path: Path) -> None:
    site.write_data(tmp_path)
    doc = json.loads((tmp_path / "data/plans.json").read_text(encoding="utf-8"))
    plan = doc["plans"][0]
    assert plan["average"] == 97.5
    assert plan["url"] == PLAN
    assert plan["objectives"][0]["url"] == f"{PLAN}objective-1/"
    assert plan["objectives"][0]["measures"][2]["url"] == f"{PLAN}measure-1-3/"
    one = json.loads((tmp_path / "data/govisumber-zdtg/2021.json").read_text(encoding="utf-8"))
    assert one["plans"] == [plan]
    rows = (tmp_path / "data/govisumber-zdtg/2021.csv").read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("agency,region,year,objective")
    assert (tmp_path / "data/measures.csv").is_file()


def _chart_and_table(out: str) -> tuple[list[str], list[str]]:
    """What the chart's bars say (value or words) and what its table's cells say."""
    svg, rest = out.split('<svg class="il-chart"')[1].split("</svg>", 1)
    said = re.findall(r'<text class="il-chart__(?:value|words)"[^>]*>([^<]+)</text>', svg)
    table = rest.split('<details class="il-chart-table">')[1].split("</table>")[0]
    cells = re.findall(CHART_VALUE, table)
    return [html.unescape(s) for s in said], [html.unescape(c) for c in cells]


@pytest.mark.parametrize("url", ["regions/govisumber/"])
def test_each_chart_says_what_its_table_says(site: Site, url: str) -> None:
    said, cells = _chart_and_table(page(site, url))
    assert said
    assert said == cells


def test_every_page_footer_and_the_open_data_state_the_data_licence(
    site: Site, tmp_path: Path
) -> None:
    info = site.renderer.site_info()
    assert (info["licence"], info["licence_url"]) == (
        "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    )
    assert info["as_of"] == TODAY  # no data_as_of set: the build date
    site.write_data(tmp_path)
    doc = json.loads((tmp_path / "data/plans.json").read_text(encoding="utf-8"))
    assert doc["licence"] == {"name": "CC BY 4.0", "url": info["licence_url"]}
    assert "CC BY 4.0" in (tmp_path / "data/LICENSE.txt").read_text(encoding="utf-8")
    one = json.loads((tmp_path / "data/govisumber-zdtg/2021.json").read_text(encoding="utf-8"))
    assert one["licence"] == doc["licence"]


def test_a_measure_page_offers_feedback_without_a_github_account_when_configured(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iltod.site.options import SiteOptions

    options = SiteOptions(feedback="iltod@example.org")
    out = page(Site(repo, "mn", options, on=ON), urls.measure("govisumber-zdtg", 2021, "1.3"))
    assert '<p class="il-feedback"><a href="mailto:iltod@example.org">' in out
    plain = page(Site(repo, "mn", on=ON), urls.measure("govisumber-zdtg", 2021, "1.3"))
    assert "mailto:" not in plain
