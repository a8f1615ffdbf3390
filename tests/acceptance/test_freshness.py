"""Each agency page says when its data last changed (the merge that last changed a plan's data)
against the update rule (Resolution 201/2022: every 14 days by default, ``update_days``), and
the national page ``freshness/`` lists every agency, the stalest first (SYNTHETIC repository)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from iltod.site import Site
from iltod.site.options import SiteOptions
from tests.support.history_repo import GitRepo, agency_yaml, plan_yaml


def _site(root: Path, on: dt.date, **options: object) -> dict[str, str]:
    opts = SiteOptions(office_downloads=False, search=False, **options)  # type: ignore[arg-type]
    site = Site(root, "en", opts, on=on)
    return {spec.url: site.render(src) for src, spec in site.pages.items()}


def test_agency_pages_and_the_national_page_say_how_fresh_the_data_is(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    for slug in ("fresh", "stale"):
        repo.write(f"plans/{slug}/agency.yml", agency_yaml(slug))
        repo.write(f"plans/{slug}/2021.yml", plan_yaml(slug, 2021, [{"number": "1.1"}]))
    repo.commit("both", "2021-03-01T10:00:00+08:00", authored="2020-01-01T00:00:00+00:00")
    repo.write("plans/fresh/2021.yml", plan_yaml("fresh", 2021, [{"number": "1.1", "percent": 30}]))
    repo.commit("fresh reports", "2021-03-20T10:00:00+08:00")
    pages = _site(repo.root, dt.date(2021, 3, 25))
    assert "Data last changed</a>:" in pages["fresh/"]
    assert "2021-03-20</time>, 5 days ago: within the rule (every 14 days)" in pages["fresh/"]
    assert (
        "2021-03-01</time>, 24 days ago: 10 days past the rule of every 14 days" in pages["stale/"]
    )
    national = pages["freshness/"]
    assert national.index("stale/") < national.index("fresh/")  # the stalest first
    assert "every 14 days" in national
    # a deployment with a monthly rule
    monthly = _site(repo.root, dt.date(2021, 3, 25), update_days=30)
    assert "24 days ago: within the rule (every 30 days)" in monthly["stale/"]
