"""Render generated pages to HTML with Jinja2 (autoescaping on, StrictUndefined).

Agency text is untrusted: it only ever reaches HTML through Jinja's autoescaping or
:func:`html.escape`; nothing from a plan file is marked safe.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any

from iltod import indicators, progress, urls
from iltod.export import attachment_counts
from iltod.loader import Repository
from iltod.regions import REGIONS
from iltod.search import anchor
from iltod.site import charts
from iltod.site.i18n import Translator, ordinal_mn
from iltod.site.pages import PageSpec, PlanIndex, agency_label, region_label, regions_in_use
from iltod.site.rollup import Rollups
from iltod.templating import environment

Extra = Callable[[PageSpec, dict[str, Any]], None]


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
        self, repo: Repository, rollups: Rollups, t: Translator, options: dict[str, Any]
    ) -> None:
        self.repo, self.rollups, self.t, self.options = repo, rollups, t, options
        self.index = PlanIndex(repo)
        self.env = environment()
        self.env.globals.update(
            t=t,
            progress=progress,
            urls=urls,
            ordinal_mn=ordinal_mn,
            band=charts.band,
            attachment_counts=attachment_counts,
            is_subitem=indicators.is_subitem,
            anchor=anchor,
        )
        self.extras: list[Extra] = []

    def render(self, spec: PageSpec) -> str:
        ctx: dict[str, Any] = {"spec": spec, "link": lambda target: rel(target, spec.url)}
        ctx.update(getattr(self, f"_{spec.kind}")(spec, ctx["link"]))
        for extra in self.extras:
            extra(spec, ctx)
        return self.env.get_template(f"{spec.kind}.html").render(ctx)

    # -- per kind -----------------------------------------------------------------------
    def _home(self, spec: PageSpec, link: Callable[[str], str]) -> dict[str, Any]:
        years = self.rollups.years
        year = years[0] if years else None
        regions: list[dict[str, Any]] = []
        for r in regions_in_use(self.repo):
            tally = self.rollups.region.get((r.slug, year)) if year else None
            regions.append({"region": r, "label": region_label(r, self.t.language),
                            "tally": tally, "url": urls.region(r.slug)})  # fmt: skip
        bars = [
            charts.Bar(x["label"], x["tally"].average if x["tally"] else None, link(x["url"]))
            for x in regions
        ]
        return {
            "year": year,
            "nation": [(y, self.rollups.nation[y]) for y in years],
            "agency_count": len(self.repo.agencies),
            "regions": regions,
            "chart": charts.bar_chart(bars, self.t("chart_regions"), self.t("status.no-data")),
            "chart_rows": bars,
        }

    def _region(self, spec: PageSpec, link: Callable[[str], str]) -> dict[str, Any]:
        region = REGIONS[spec.key[0]]
        rows: list[dict[str, Any]] = []
        for slug in self.index.by_region[region.slug]:
            agency = self.repo.agencies[slug]
            latest = self.index.of(slug)[:1]
            year = latest[0].plan.year if latest else None
            tally = self.rollups.agency.get((slug, year)) if year else None
            rows.append({"agency": agency, "label": agency_label(agency, self.t.language),
                         "year": year, "tally": tally, "url": urls.agency(slug)})  # fmt: skip
        bars = [
            charts.Bar(r["label"], r["tally"].average if r["tally"] else None, link(r["url"]))
            for r in rows
        ]
        years = sorted(
            {y for (slug, y) in self.rollups.region if slug == region.slug}, reverse=True
        )
        return {
            "region": region,
            "label": region_label(region, self.t.language),
            "rows": rows,
            "by_year": [(y, self.rollups.region[(region.slug, y)]) for y in years],
            "chart": charts.bar_chart(bars, self.t("chart_agencies"), self.t("status.no-data")),
            "chart_rows": bars,
        }

    def _agency(self, spec: PageSpec, link: Callable[[str], str]) -> dict[str, Any]:
        slug = spec.key[0]
        agency = self.repo.agencies[slug]
        plans = [(pf, self.rollups.agency[(slug, pf.plan.year)]) for pf in self.index.of(slug)]
        return {
            "agency": agency,
            "label": agency_label(agency, self.t.language),
            "region": REGIONS[agency.region],
            "region_label": region_label(REGIONS[agency.region], self.t.language),
            "plans": plans,
        }

    def _plan(self, spec: PageSpec, link: Callable[[str], str]) -> dict[str, Any]:
        key: tuple[str, int] = (spec.key[0], spec.key[1])
        pf = self.index.plan(*key)
        assert pf is not None
        agency = self.repo.agencies[pf.plan.agency]
        objectives = [
            (o, progress.number(progress.mean(progress.assessed(o.measures))))
            for o in pf.plan.objectives
        ]
        bars = [charts.Bar(f"{self.t('objective')} {o.number}", avg, link(urls.objective(*key, o.number)))
                for o, avg in objectives]  # fmt: skip
        return {
            "pf": pf,
            "plan": pf.plan,
            "agency": agency,
            "label": agency_label(agency, self.t.language),
            "tally": self.rollups.agency[key],
            "objectives": objectives,
            "chart": charts.bar_chart(bars, self.t("chart_objectives"), self.t("status.no-data")),
            "chart_rows": bars,
            "data_json": urls.plan_data(*key, "json"),
            "data_csv": urls.plan_data(*key, "csv"),
            "print_url": urls.print_view(*key),
            "office": [
                {"href": urls.plan_data(*key, ext), "label": self.t(f"download_{ext}")}
                for ext in ("xlsx", "docx")
                if self.options.get("office_downloads", True)
            ],
            **self._edit(spec),
        }

    def _print(self, spec: PageSpec, link: Callable[[str], str]) -> dict[str, Any]:
        return self._plan(spec, link)

    def _objective(self, spec: PageSpec, link: Callable[[str], str]) -> dict[str, Any]:
        pf = self.index.plan(*spec.key[:2])
        assert pf is not None
        objective = next(o for o in pf.plan.objectives if o.number == spec.key[2])
        return {
            "plan": pf.plan,
            "agency": self.repo.agencies[pf.plan.agency],
            "objective": objective,
            "average": progress.number(progress.mean(progress.assessed(objective.measures))),
            **self._edit(spec),
        }

    def _measure(self, spec: PageSpec, link: Callable[[str], str]) -> dict[str, Any]:
        ctx = self._objective(spec, link)
        measure = next(m for m in ctx["objective"].measures if m.number == spec.key[3])
        ctx.update(
            measure=measure, counts=attachment_counts(measure), due=progress.due_date(measure)
        )
        return ctx

    def _edit(self, spec: PageSpec) -> dict[str, Any]:
        repo_url = self.options.get("repo_url")
        branch = self.options.get("branch", "main")
        url = (
            f"{repo_url.rstrip('/')}/edit/{branch}/{spec.edit_path}"
            if repo_url and spec.edit_path
            else None
        )
        return {"edit_url": url}
