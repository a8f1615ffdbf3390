"""What is late and who is behind: the overdue measures nationally, per region and per
agency, and every agency and region ranked (issue 29).

Every count of overdue measures a page shows (:attr:`iltod.site.rollup.Tally.overdue`) links to
the page listing exactly those measures: the national and regional lists hold the measures of
the latest reporting year's plans, as the national and regional figures count them; an
agency's list holds every year of the agency's plans. A measure is overdue when its
:class:`~iltod.progress.Assessment` says so; no rule is applied here, only the days since its
due date counted.

:func:`add_pages` adds the pages and their navigation; :class:`Answers` renders them for the
:class:`~iltod.site.render.Renderer` (its ``kinds``).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from iltod import urls
from iltod.load.loader import PlanFile
from iltod.site import charts, trends
from iltod.site.pages import PageSpec, SitePlan, agency_label, region_label, regions_in_use
from iltod.site.render import Link, Renderer, Row
from iltod.site.rollup import Tally

KINDS = ("overdue", "ranking")
"""The page kinds of this module (never searched: each repeats measures' and agencies' names)."""
NATION_OVERDUE = "overdue/"
RANKING = "ranking/"


def region_overdue(slug: str) -> str:
    """The address of a region's list of overdue measures."""
    return urls.region(slug) + "overdue/"


def agency_overdue(slug: str) -> str:
    """The address of an agency's list of overdue measures (every year of its plans)."""
    return urls.agency(slug) + "overdue/"


def add_pages(site: SitePlan, renderer: Renderer) -> None:
    """The national list and the ranking after the home page in the navigation; a region's and
    an agency's list as pages of their own (linked from their counts)."""
    t, repo = renderer.t, renderer.repo
    late = site.add(PageSpec("overdue", NATION_OVERDUE, t("late"), ("nation",)))
    ranked = site.add(PageSpec("ranking", RANKING, t("ranking_all"), ()))
    site.nav[1:1] = [{escape(t("late")): late}, {escape(t("ranking_all")): ranked}]
    for region in regions_in_use(repo):
        title = t("late_in", place=region_label(region, t.language))
        site.add(PageSpec("overdue", region_overdue(region.slug), title, ("region", region.slug)))
    for slug, agency in repo.agencies.items():
        title = t("late_in", place=agency_label(agency, t.language))
        site.add(PageSpec("overdue", agency_overdue(slug), title, ("agency", slug)))


@dataclass(frozen=True)
class Late:
    """An overdue measure as the lists show it."""

    row: Row
    agency: str
    agency_url: str
    year: int
    url: str | None
    """The measure's page; None when its year is not published (iltod.site.years)."""
    days: int


class Answers:
    """Renders the overdue lists and the ranking from the renderer's plans and roll-ups."""

    def __init__(self, renderer: Renderer) -> None:
        self.r = renderer
        renderer.kinds.update(overdue=self.overdue, ranking=self.ranking)
        renderer.extras.append(self.extra)

    def extra(self, spec: PageSpec, ctx: dict[str, Any]) -> None:
        """Renderer extra: the links of the home, region and agency pages' overdue counts."""
        link: Link = ctx["link"]
        if spec.kind == "home":
            regions = self.regions(link)
            ctx["answers"] = {
                "late": link(NATION_OVERDUE),
                "ranking": link(RANKING),
                "regions": ranked(regions),
                # one per card of the status distribution: the nation, then each region
                # with a figure, in the cards' order
                "dist_late": [link(NATION_OVERDUE)]
                + [r["overdue_url"] for r in regions if r["tally"] is not None],
            }
            # is it getting better: the national figure of each year against the year before
            ctx["trends"] = trends.over_years([n.average for _, n, _ in ctx["nation"]], self.r.t)
        elif spec.kind == "region":
            tally = self.r.rollups.region.get((spec.key[0], self.year)) if self.year else None
            ctx["answers"] = {
                "year": self.year,
                "overdue": tally.overdue if tally else 0,
                "late": link(region_overdue(spec.key[0])),
            }
            ctx["trends"] = trends.over_years([n.average for _, n, _ in ctx["by_year"]], self.r.t)
        elif spec.kind == "agency":
            ctx["answers"] = {
                "overdue": self.agency_overdue_count(spec.key[0]),
                "late": link(agency_overdue(spec.key[0])),
            }
            ctx["trends"] = trends.over_years(
                [tally.average for _, tally in ctx["plans"]], self.r.t
            )

    @property
    def year(self) -> int | None:
        """The reporting year the national and regional figures are of."""
        years = self.r.rollups.years
        return years[0] if years else None

    def plans(self, scope: tuple[str, ...]) -> list[PlanFile]:
        """The plans whose overdue measures a scope's count counts."""
        kind = scope[0]
        if kind == "agency":
            return self.r.index.of(scope[1])
        year = self.year
        if year is None:
            return []
        slugs = self.r.index.by_region[scope[1]] if kind == "region" else None
        plans = [pf for (agency, y), pf in self.r.index.by_key.items() if y == year]
        return [pf for pf in plans if slugs is None or pf.plan.agency in slugs]

    def measures(self, scope: tuple[str, ...], link: Link) -> list[Late]:
        """The overdue measures of a scope, longest overdue first."""
        out: list[Late] = []
        for pf in self.plans(scope):
            plan = pf.plan
            agency = self.r.repo.agencies.get(plan.agency)
            name = agency_label(agency, self.r.t.language) if agency else plan.agency
            for row in self.r.rows(pf).values():
                if row.a.overdue is not True or row.a.due is None:
                    continue
                href = self.r.years.href(plan.year, row.url, link)
                days = (self.r.on - row.a.due).days
                out.append(Late(row, name, link(urls.agency(plan.agency)), plan.year, href, days))
        out.sort(key=lambda x: (-x.days, x.agency, x.year, _numbers(x.row.measure.number)))
        return out

    def agency_overdue_count(self, slug: str) -> int:
        """The overdue measures of every year of an agency's plans."""
        return sum(
            self.r.rollups.agency[(slug, pf.plan.year)].overdue for pf in self.r.index.of(slug)
        )

    # -- pages ---------------------------------------------------------------------------
    def overdue(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        scope: tuple[str, ...] = spec.key
        place = self.r.t("national")
        up = None
        if scope[0] == "region":
            place = region_label(self.r.repo.regions[scope[1]], self.r.t.language)
            up = link(urls.region(scope[1]))
        elif scope[0] == "agency":
            place = agency_label(self.r.repo.agencies[scope[1]], self.r.t.language)
            up = link(urls.agency(scope[1]))
        return {
            "scope": scope[0],
            "place": place,
            "up": up,
            "year": None if scope[0] == "agency" else self.year,
            "on": self.r.on,
            "items": self.measures(scope, link),
            "ranking": link(RANKING),
        }

    def ranking(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        agencies = []
        for slug, agency in self.r.repo.agencies.items():
            latest = self.r.index.of(slug)[:1]
            year = latest[0].plan.year if latest else None
            tally = self.r.rollups.agency.get((slug, year)) if year else None
            label = agency_label(agency, self.r.t.language)
            agencies.append(
                {
                    "bar": charts.bar(label, tally, self.r.words, link(urls.agency(slug))),
                    "tally": tally,
                    "year": year,
                    "region": region_label(self.r.repo.regions[agency.region], self.r.t.language),
                    "region_url": link(urls.region(agency.region)),
                    "overdue": self.agency_overdue_count(slug),
                    "overdue_url": link(agency_overdue(slug)),
                }
            )
        return {
            "agencies": ranked(agencies),
            "regions": ranked(self.regions(link)),
            "year": self.year,
            "late": link(NATION_OVERDUE),
        }

    def regions(self, link: Link) -> list[dict[str, Any]]:
        """Every region with agencies: its bar (latest year), tally and overdue list."""
        out = []
        for region in regions_in_use(self.r.repo):
            year = self.year
            tally: Tally | None = self.r.rollups.region.get((region.slug, year)) if year else None
            label = region_label(region, self.r.t.language)
            out.append(
                {
                    "bar": charts.bar(label, tally, self.r.words, link(urls.region(region.slug))),
                    "tally": tally,
                    "slug": region.slug,
                    "overdue": tally.overdue if tally else 0,
                    "overdue_url": link(region_overdue(region.slug)),
                }
            )
        return out


def ranked(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Best average first; those with nothing assessed last, by name (as a region ranks its
    agencies)."""
    return sorted(
        rows,
        key=lambda r: (r["bar"].value is None, -(r["bar"].value or 0), r["bar"].label),
    )


def _numbers(number: str) -> tuple[int, ...]:
    """ "1.10" after "1.9"."""
    return tuple(int(p) if p.isdigit() else 0 for p in number.split("."))
