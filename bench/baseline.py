"""Markdown for the baseline: each iltod page's text written as a hand-written Markdown page.

The baseline is what an agency would get with stock MkDocs + Material and hand-written pages:
the same titles, fields, tables and links, without iltod's hooks or templates.
"""

from __future__ import annotations

import posixpath
from typing import Any

from iltod import progress, urls
from iltod.site import Site
from iltod.site.pages import PageSpec, PlanIndex, agency_label, region_label, regions_in_use


def _pct(value: Any) -> str:
    return "—" if value is None else f"{value:g}%"


class Writer:
    """Writes one Markdown page per :class:`PageSpec` of a loaded iltod site."""

    def __init__(self, site: Site) -> None:
        # the plans whose pages the site has (a site of some years: only theirs), so that no
        # link names a page this baseline does not have
        self.site, self.repo, self.t, self.rollups = site, site.built, site.t, site.rollups
        self.index = PlanIndex(site.built)
        self.src = {spec.url: src_uri for src_uri, spec in site.pages.items()}

    def page(self, spec: PageSpec) -> str:
        here = spec.src_uri

        def link(url: str) -> str:
            return posixpath.relpath(self.src[url], posixpath.dirname(here) or ".")

        body = getattr(self, f"_{spec.kind}")(spec, link)
        return f"# {spec.title}\n\n{body}\n"

    def _home(self, spec: PageSpec, link: Any) -> str:
        year = self.rollups.years[0]
        rows = [
            f"| [{region_label(r, 'mn')}]({link(urls.region(r.slug))}) | "
            f"{_pct(self.rollups.region[(r.slug, year)].average)} |"
            for r in regions_in_use(self.repo)
        ]
        average = _pct(self.rollups.nation[year].average)
        return f"{self.t('average')} {year}: {average}\n\n| | |\n|---|---|\n" + "\n".join(rows)

    def _freshness(self, spec: PageSpec, link: Any) -> str:
        rows = [
            f"| [{f.label}]({link(urls.agency(f.slug))}) | "
            f"{f.changed.date().isoformat() if f.changed else '—'} |"
            for f in self.site.freshness.agencies.values()
        ]
        return "| | |\n|---|---|\n" + "\n".join(rows)

    def _region(self, spec: PageSpec, link: Any) -> str:
        region = self.repo.regions[spec.key[0]]
        rows = []
        for slug in self.index.by_region[region.slug]:
            tally = self.rollups.agency.get((slug, self.rollups.years[0]))
            label = agency_label(self.repo.agencies[slug], "mn")
            average = _pct(tally.average if tally else None)
            rows.append(f"| [{label}]({link(urls.agency(slug))}) | {average} |")
        return "| | |\n|---|---|\n" + "\n".join(rows)

    def _overdue(self, spec: PageSpec, link: Any) -> str:
        scope = spec.key
        year = self.rollups.years[0]
        if scope[0] == "agency":
            plans = self.index.of(scope[1])
        else:
            region = scope[1] if scope[0] == "region" else None
            plans = [
                pf
                for pf in self.repo.plans
                if pf.plan.year == year
                and (region is None or self.repo.agencies[pf.plan.agency].region == region)
            ]
        rows = []
        for pf in plans:
            for o in pf.plan.objectives:
                for m in o.measures:
                    a = progress.assess(m, self.site.on, pf.plan)
                    if a.overdue is True and a.due is not None:
                        href = link(urls.measure(pf.plan.agency, pf.plan.year, m.number))
                        days = (self.site.on - a.due).days
                        rows.append(f"| [{m.number}. {m.text}]({href}) | {a.due} | {days} |")
        return "| | | |\n|---|---|---|\n" + "\n".join(rows)

    def _ranking(self, spec: PageSpec, link: Any) -> str:
        rows = []
        for slug, agency in self.repo.agencies.items():
            latest = self.index.of(slug)[:1]
            tally = self.rollups.agency.get((slug, latest[0].plan.year)) if latest else None
            average = tally.average if tally else None
            label = agency_label(agency, "mn")
            rows.append((average is None, -(average or 0), label, slug))
        return "| | |\n|---|---|\n" + "\n".join(
            f"| [{label}]({link(urls.agency(slug))}) | {_pct(None if none else -neg)} |"
            for none, neg, label, slug in sorted(rows)
        )

    def _searchpage(self, spec: PageSpec, link: Any) -> str:
        return "<pagefind-input></pagefind-input><pagefind-results></pagefind-results>"

    def _updates(self, spec: PageSpec, link: Any) -> str:
        return "[Atom](all.xml)"

    def _agency(self, spec: PageSpec, link: Any) -> str:
        slug = spec.key[0]
        return "\n".join(
            f"- [{pf.plan.year}: {pf.plan.title}]({link(urls.plan(slug, pf.plan.year))}) — "
            f"{_pct(self.rollups.agency[(slug, pf.plan.year)].average)}"
            for pf in self.index.of(slug)
        )

    def _plan(self, spec: PageSpec, link: Any) -> str:
        pf = self.index.plan(*spec.key)
        assert pf is not None
        out = [f"{self.t('average')}: {_pct(self.rollups.agency[spec.key].average)}", ""]
        for o in pf.plan.objectives:
            avg = progress.average(o.measures)
            href = link(urls.objective(*spec.key, o.number))
            out.append(f"- [{self.t('objective')} {o.number}. {o.title}]({href}) — {_pct(avg)}")
        out += [
            "",
            "| " + " | ".join(self.t(k) for k in ("number", "measure", "percent", "status")) + " |",
            "|---|---|---|---|",
        ]
        for o in pf.plan.objectives:
            for m in o.measures:
                st = self.t("status." + progress.status(m))
                href = link(urls.measure(*spec.key, m.number))
                out.append(f"| [{m.number}]({href}) | {m.text} | {_pct(m.percent)} | {st} |")
        return "\n".join(out)

    def _print(self, spec: PageSpec, link: Any) -> str:
        return self._plan(spec, link)

    def _objective(self, spec: PageSpec, link: Any) -> str:
        pf = self.index.plan(*spec.key[:2])
        assert pf is not None
        o = next(o for o in pf.plan.objectives if o.number == spec.key[2])
        return "\n".join(
            f"- [{m.number}. {m.text}]({link(urls.measure(*spec.key[:2], m.number))})"
            f" — {_pct(m.percent)}"
            for m in o.measures
        )

    def _measure(self, spec: PageSpec, link: Any) -> str:
        pf = self.index.plan(*spec.key[:2])
        assert pf is not None
        o = next(o for o in pf.plan.objectives if o.number == spec.key[2])
        m = next(m for m in o.measures if m.number == spec.key[3])
        t = self.t
        fields = [
            f"[{t('objective')} {o.number}. {o.title}]({link(urls.objective(*spec.key[:3]))})",
            f"**{t('percent')}**: {_pct(m.percent)} · {t('status.' + progress.status(m))}",
            f"**{t('timeframe')}**: {m.timeframe}",
            f"**{t('indicators')}**:\n\n" + "\n".join(f"- {i}" for i in m.indicators),
            f"**{t('target')}**: {m.target or t('not_stated')}",
            f"**{t('budget')}**: "
            + (t("budget_none") if m.budget == "-" else m.budget or t("not_stated")),
            f"**{t('result')}**: {m.result or t('not_stated')}",
            f"## {t('attachments')}\n\n{t('no_attachments')}",
        ]
        return "\n\n".join(fields)
