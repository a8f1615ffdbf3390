"""The site's pages and navigation, derived from a loaded repository.

Each page is a :class:`PageSpec`: where it lives (``src_uri``, stable URL from
:mod:`iltod.urls`), what it shows (``kind`` and ``key``) and which file an agency edits to change
it. The navigation is a tree region → agency → year → objective → measure, which the theme
prunes to the current path so a page's size does not grow with the number of agencies.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from html import escape
from typing import Any

from iltod import urls
from iltod.load.loader import PlanFile, Repository
from iltod.model import Agency
from iltod.regions import Region
from iltod.site import bidi
from iltod.site.i18n import Translator


@dataclass(frozen=True)
class PageSpec:
    """One generated page."""

    kind: str  # home | region | agency | plan | print | objective | measure
    url: str
    title: str  # plain text; escaped where it is written into HTML
    key: tuple[Any, ...] = ()
    edit_path: str | None = None

    @property
    def src_uri(self) -> str:
        """The virtual Markdown file: index pages for sections, ``<name>.md`` for leaves."""
        if not self.url:
            return "index.md"
        if self.kind == "measure":
            return self.url.rstrip("/") + ".md"
        return self.url + "index.md"


@dataclass
class SitePlan:
    """The pages and navigation of a site."""

    pages: dict[str, PageSpec] = field(default_factory=dict)  # by src_uri
    nav: list[Any] = field(default_factory=list)

    def add(self, spec: PageSpec) -> str:
        self.pages[spec.src_uri] = spec
        return spec.src_uri


def agency_label(agency: Agency, language: str) -> str:
    """The agency's name in the site language, falling back to Mongolian."""
    return (agency.name.en if language == "en" and agency.name.en else None) or agency.name.mn


def region_label(region: Region, language: str) -> str:
    return region.en if language == "en" else region.mn


def regions_in_use(repo: Repository) -> list[Region]:
    """The repository's regions that have agencies, in the order its regions file lists them."""
    used = {a.region for a in repo.agencies.values()}
    return [r for r in repo.regions.regions if r.slug in used]


class PlanIndex:
    """Plans by (agency, year) and by agency, newest first, built once per build.

    Looking plans up by scanning ``repo.plans`` on every page made a national build quadratic
    (35,000 pages × 1,000 plans).
    """

    def __init__(self, repo: Repository) -> None:
        self.by_key = {(pf.plan.agency, pf.plan.year): pf for pf in repo.plans}
        grouped: dict[str, list[PlanFile]] = defaultdict(list)
        for pf in repo.plans:
            grouped[pf.plan.agency].append(pf)
        self.by_agency = {
            slug: sorted(pfs, key=lambda p: -p.plan.year) for slug, pfs in grouped.items()
        }
        self.by_region: dict[str, list[str]] = defaultdict(list)
        for slug in sorted(repo.agencies):
            self.by_region[repo.agencies[slug].region].append(slug)

    def plan(self, agency: str, year: int) -> PlanFile | None:
        return self.by_key.get((agency, year))

    def of(self, agency: str) -> list[PlanFile]:
        return self.by_agency.get(agency, [])


def build(repo: Repository, t: Translator) -> SitePlan:
    """All pages of the site and the navigation tree (titles HTML-escaped for the theme)."""
    site, index = SitePlan(), PlanIndex(repo)
    site.nav.append({escape(t("home")): site.add(PageSpec("home", "", t("site_name")))})
    for region in regions_in_use(repo):
        name = region_label(region, t.language)
        children: list[Any] = [
            site.add(PageSpec("region", urls.region(region.slug), name, (region.slug,)))
        ]
        for slug in index.by_region[region.slug]:
            children.append(_agency_nav(site, repo, index, slug, t))
        site.nav.append({escape(name): children})
    return site


def _agency_nav(
    site: SitePlan, repo: Repository, index: PlanIndex, slug: str, t: Translator
) -> dict[str, Any]:
    agency = repo.agencies[slug]
    name = agency_label(agency, t.language)
    edit = repo.agency_paths.get(slug)
    children: list[Any] = [site.add(PageSpec("agency", urls.agency(slug), name, (slug,), edit))]
    for pf in index.of(slug):
        children.append({str(pf.plan.year): _plan_nav(site, pf, name, t)})
    short = agency.short_name.mn if agency.short_name and t.language == "mn" else name
    # bidirectional controls left out of what the navigation shows (iltod.site.bidi)
    return {escape(bidi.plain(short if len(name) > 40 else name)): children}


def _plan_nav(site: SitePlan, pf: PlanFile, agency_name: str, t: Translator) -> list[Any]:
    plan = pf.plan
    key = (plan.agency, plan.year)
    title = f"{agency_name} — {plan.year}: {plan.title}"
    nav: list[Any] = [site.add(PageSpec("plan", urls.plan(*key), title, key, pf.path))]
    site.add(PageSpec("print", urls.print_view(*key), f"{title} ({t('print_view')})", key, pf.path))
    for o in plan.objectives:
        okey = key + (o.number,)
        otitle = f"{t('objective')} {o.number}. {o.title}"
        onav: list[Any] = [
            site.add(PageSpec("objective", urls.objective(*okey), otitle, okey, pf.path))
        ]
        for m in o.measures:
            mkey = key + (o.number, m.number)
            spec = PageSpec(
                "measure", urls.measure(*key, m.number), f"{m.number}. {m.text}", mkey, pf.path
            )
            onav.append({escape(m.number): site.add(spec)})
        nav.append({escape(f"{t('objective')} {o.number}"): onav})
    return nav
