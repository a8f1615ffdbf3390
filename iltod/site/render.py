"""Render generated pages to HTML with Jinja2 (autoescaping on, StrictUndefined).

Templates receive what they show: every measure comes with its
:class:`~iltod.progress.Assessment` (status, shown percent, band, due date, overdue), every group
of measures with its :class:`~iltod.site.rollup.Tally`. No template applies a progress rule.

Agency text is untrusted: it only ever reaches HTML through Jinja's autoescaping or
:func:`html.escape`; nothing from a plan file is marked safe.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Callable
from typing import Any, NamedTuple

from markupsafe import Markup

from iltod import indicators, progress, urls
from iltod.history.github import submit_url
from iltod.load.loader import PlanFile, Repository
from iltod.model import Measure, Objective
from iltod.opendata import attachment_counts
from iltod.site import bidi, charts
from iltod.site import map as map_svg
from iltod.site.i18n import Translator, ordinal_mn
from iltod.site.options import SiteOptions
from iltod.site.pages import PageSpec, PlanIndex, agency_label, region_label, regions_in_use
from iltod.site.rollup import Rollups, Tally
from iltod.site.templating import environment
from iltod.site.years import Years

Extra = Callable[[PageSpec, dict[str, Any]], None]
Link = Callable[[str], str]


class Row(NamedTuple):
    """A measure as pages show it."""

    measure: Measure
    a: progress.Assessment
    url: str
    counts: dict[str, int]


def rel(target: str, base: str) -> str:
    """Relative link from the page at ``base`` (a site URL such as ``a/b/``) to ``target``."""
    start = posixpath.dirname("/" + base) if not base.endswith("/") else "/" + base
    out = posixpath.relpath("/" + target, start.rstrip("/") or "/")
    if target.endswith("/") or target == "":
        out = "./" if out == "." else out + "/"
    return out


class Renderer:
    """Renders every kind of generated page from one repository."""

    def __init__(
        self,
        repo: Repository,
        rollups: Rollups,
        t: Translator,
        options: SiteOptions,
        *,
        on: dt.date,
        repo_url: str | None = None,
        years: Years | None = None,
        listed: Repository | None = None,
    ) -> None:
        """``repo`` holds the plans whose pages are rendered; ``listed`` (default ``repo``)
        the plans of every year the pages list, some of them published in their own year's
        site (:mod:`iltod.site.years`)."""
        self.repo, self.rollups, self.t, self.options = repo, rollups, t, options
        self.on, self.repo_url = on, repo_url
        self.years = years or Years(language=t.language)
        self.index = PlanIndex(listed or repo)
        self.env = environment()
        # Agency text is Mongolian: on the English site it is marked so.
        self.agency_lang = "mn" if t.language != "mn" else None
        self.words: dict[str, str] = {key: t(f"status.{key}") for key in progress.WORDS}
        self.env.globals.update(
            t=t,
            urls=urls,
            ordinal_mn=ordinal_mn,
            is_subitem=indicators.is_subitem,
            # Agency text is Mongolian: on the English site it is marked so (screen readers,
            # hyphenation); on the Mongolian site the page's own lang already says it.
            mn=Markup(' lang="mn"') if t.language != "mn" else Markup(""),
            site=self.site_info(),
        )
        self.env.filters["mn"] = self._mn
        self.env.filters["bdi"] = bidi.isolate
        self.extras: list[Extra] = []
        self.kinds: dict[str, Callable[[PageSpec, Link], dict[str, Any]]] = {}
        """Page kinds rendered outside this class (e.g. iltod.site.freshness, iltod.site.late):
        kind → its context."""
        self._rows: dict[tuple[str, int], dict[str, Row]] = {}

    def _mn(self, text: object) -> Markup:
        """Filter ``|mn``: agency text, escaped, in a ``lang="mn"`` span on the English site
        (on the Mongolian site the page's own lang says it, and the span would be bytes on
        every page)."""
        escaped = bidi.isolate(text)  # isolated when it could reorder what surrounds it
        return Markup(f'<span lang="mn">{escaped}</span>') if self.agency_lang else escaped

    def render(self, spec: PageSpec) -> str:
        ctx: dict[str, Any] = {"spec": spec, "link": lambda target: rel(target, spec.url)}
        kind = self.kinds.get(spec.kind) or getattr(self, f"_{spec.kind}")
        ctx.update(kind(spec, ctx["link"]))
        for extra in self.extras:
            extra(spec, ctx)
        return self.env.get_template(f"{spec.kind}.html").render(ctx)

    def rows(self, pf: PlanFile) -> dict[str, Row]:
        """The plan's measures by number, each assessed once per build."""
        plan = pf.plan
        key = (plan.agency, plan.year)
        if key not in self._rows:
            self._rows[key] = {
                m.number: Row(
                    m,
                    progress.assess(m, self.on, plan),
                    urls.measure(plan.agency, plan.year, m.number),
                    attachment_counts(m),
                )
                for o in plan.objectives
                for m in o.measures
            }
        return self._rows[key]

    def _objective_rows(self, pf: PlanFile, objective: Objective) -> list[Row]:
        rows = self.rows(pf)
        return [rows[m.number] for m in objective.measures]

    # -- per kind -----------------------------------------------------------------------
    def _home(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        years = self.rollups.years
        year = years[0] if years else None
        regions: list[dict[str, Any]] = []
        for r in regions_in_use(self.repo):
            tally = self.rollups.region.get((r.slug, year)) if year else None
            label = region_label(r, self.t.language)
            regions.append(
                {"region": r, "label": label, "tally": tally, "url": urls.region(r.slug)}
            )
        bars = [charts.bar(x["label"], x["tally"], self.words, link(x["url"])) for x in regions]
        nation = self.rollups.nation.get(year) if year else None
        archives = dict(self.years.archives(years))
        return {
            "year": year,
            # (year, tally, the year's archived site or None): ui.years_table's rows
            "nation": [(y, self.rollups.nation[y], archives.get(y)) for y in years],
            "archives": archives,
            "agency_count": len(self.repo.agencies),
            "regions": regions,
            "statuses": progress.STATUSES,
            "distribution": [
                (self.t("national"), nation, None),
                *[(x["label"], x["tally"], link(x["url"])) for x in regions if x["tally"]],
            ]
            if nation
            else [],
            "map_title": map_svg.title(self.repo.regions, "map", self.t),
            "regions_list": map_svg.title(self.repo.regions, "ranked", self.t),
            "map": map_svg.draw(
                {x["region"].slug: bar for x, bar in zip(regions, bars, strict=True)},
                self.t,
                self.repo.regions,
                link("progress/"),
                self.env.globals.get("ranges"),  # type: ignore[arg-type]
            )
            if year
            else None,
        }

    def _region(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        region = self.repo.regions[spec.key[0]]
        rows: list[dict[str, Any]] = []
        for slug in self.index.by_region[region.slug]:
            agency = self.repo.agencies[slug]
            latest = self.index.of(slug)[:1]
            year = latest[0].plan.year if latest else None
            tally = self.rollups.agency.get((slug, year)) if year else None
            label = agency_label(agency, self.t.language)
            bar = charts.bar(label, tally, self.words, link(urls.agency(slug)))
            rows.append(
                {
                    "agency": agency,
                    "label": label,
                    "year": year,
                    "tally": tally,
                    "bar": bar,
                    "url": urls.agency(slug),
                }
            )
        # Ranked by average, best first; agencies with nothing assessed last, by name.
        rows.sort(key=lambda r: (r["bar"].value is None, -(r["bar"].value or 0), r["label"]))
        bars = [r["bar"] for r in rows]
        years = sorted(
            {y for (slug, y) in self.rollups.region if slug == region.slug}, reverse=True
        )
        url = urls.region(region.slug)  # the same page in the sites of other years
        return {
            "region": region,
            "label": region_label(region, self.t.language),
            "rows": rows,
            "by_year": [
                (y, self.rollups.region[(region.slug, y)], self.years.elsewhere(y, url))
                for y in years
            ],
            "chart": charts.bar_chart(bars, self.t("chart_agencies"), self.agency_lang),
            "chart_rows": bars,
        }

    def _agency(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        slug = spec.key[0]
        agency = self.repo.agencies[slug]
        plans = [(pf, self.rollups.agency[(slug, pf.plan.year)]) for pf in self.index.of(slug)]
        return {
            "years": self._year_over_year(plans, link),
            "plan_links": {
                pf.plan.year: self.years.href(pf.plan.year, urls.plan(slug, pf.plan.year), link)
                for pf, _ in plans
            },
            "all_years": self.years.main(urls.agency(slug), link) if self.years.archive else None,
            "agency": agency,
            "label": agency_label(agency, self.t.language),
            "region": self.repo.regions[agency.region],
            "region_label": region_label(self.repo.regions[agency.region], self.t.language),
            "plans": plans,
            "submit_url": self._submit(slug),
        }

    def _plan(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        key: tuple[str, int] = (spec.key[0], spec.key[1])
        pf = self.index.plan(*key)
        assert pf is not None
        agency = self.repo.agencies[pf.plan.agency]
        objectives = [
            (o, Tally.of(o.measures, self.on, pf.plan), self._objective_rows(pf, o))
            for o in pf.plan.objectives
        ]
        return {
            "pf": pf,
            "plan": pf.plan,
            "agency": agency,
            "label": agency_label(agency, self.t.language),
            "tally": self.rollups.agency[key],
            "objectives": objectives,
            "rows": list(self.rows(pf).values()),
            "data_json": self.data_href(*key, "json", link),
            "data_csv": self.data_href(*key, "csv", link),
            "print_url": urls.print_view(*key),
            "office": [
                {"href": self.data_href(*key, ext, link), "label": self.t(f"download_{ext}")}
                for ext in ("xlsx", "docx")
                if self.options.office_downloads
            ],
            "submit_url": self._submit(*key),
            **self._edit(spec),
        }

    def data_href(self, agency: str, year: int, ext: str, link: Link) -> str:
        """The link to a plan's open data file: in the site's ``data/``, or where the open data
        is published (``data_base_url``)."""
        base = self.options.data_base_url
        if base is not None:
            return base + urls.data_file(agency, year, ext)
        return link(urls.plan_data(agency, year, ext))

    def _print(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        return self._plan(spec, link)

    def _objective(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        pf = self.index.plan(*spec.key[:2])
        assert pf is not None
        objective = next(o for o in pf.plan.objectives if o.number == spec.key[2])
        return {
            "plan": pf.plan,
            "agency": self.repo.agencies[pf.plan.agency],
            "objective": objective,
            "tally": Tally.of(objective.measures, self.on, pf.plan),
            "rows": self._objective_rows(pf, objective),
            **self._edit(spec),
        }

    def _measure(self, spec: PageSpec, link: Link) -> dict[str, Any]:
        pf = self.index.plan(*spec.key[:2])
        assert pf is not None
        objective = next(o for o in pf.plan.objectives if o.number == spec.key[2])
        return {
            "plan": pf.plan,
            "agency": self.repo.agencies[pf.plan.agency],
            "objective": objective,
            "row": self.rows(pf)[spec.key[3]],
            **self._edit(spec),
        }

    def _year_over_year(
        self, plans: list[tuple[PlanFile, Tally]], link: Link
    ) -> dict[str, Any] | None:
        """Each objective number's average in every year of the agency's plans (newest
        first); None with fewer than two years. Titles are the newest year's."""
        if len(plans) < 2:
            return None
        years = [pf.plan.year for pf, _ in plans]
        titles: dict[int, str] = {}
        cells: dict[int, dict[int, charts.Bar]] = {}
        for pf, _ in plans:
            key = (pf.plan.agency, pf.plan.year)
            for o in pf.plan.objectives:
                titles.setdefault(o.number, o.title)
                bar = charts.bar(
                    o.title,
                    Tally.of(o.measures, self.on, pf.plan),
                    self.words,
                    self.years.href(pf.plan.year, urls.objective(*key, o.number), link),
                )
                cells.setdefault(o.number, {})[pf.plan.year] = bar
        rows = [(n, titles[n], [cells[n].get(y) for y in years]) for n in sorted(cells)]
        totals = [charts.bar(str(pf.plan.year), tally, self.words) for pf, tally in plans]
        return {"years": years, "rows": rows, "totals": totals}

    def site_info(self) -> dict[str, Any]:
        """What every page's footer and the measure pages say about the publisher."""
        o = self.options
        publisher = None
        if o.publisher is not None:
            publisher = (
                o.publisher.en if self.t.language == "en" and o.publisher.en else None
            ) or o.publisher.mn
        return {
            "publisher": publisher,
            "contact": _href(o.contact),
            "contact_text": o.contact,
            "licence": o.data_licence,
            "licence_url": o.data_licence_url,
            "source_url": o.source_url or self.repo_url,
            "as_of": (o.data_as_of or self.on).isoformat(),
            "feedback": _href(o.feedback),
        }

    def _submit(self, agency: str, year: int | None = None) -> str | None:
        """The "Submit a report" form, prefilled (issue 24); none in an archived year's site."""
        if not self.repo_url or self.years.archive:
            return None
        return submit_url(self.repo_url, agency, year)

    def _edit(self, spec: PageSpec) -> dict[str, Any]:
        url = (
            f"{self.repo_url.rstrip('/')}/edit/{self.options.branch}/{spec.edit_path}"
            if self.repo_url and spec.edit_path
            else None
        )
        return {"edit_url": url}


def _href(contact: str | None) -> str | None:
    """An e-mail address as a mailto: link; a web address as it is."""
    if contact is None:
        return None
    return contact if contact.startswith(("http://", "https://")) else f"mailto:{contact}"
